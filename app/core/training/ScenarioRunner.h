#pragma once
// Plays a training scenario in a demo database, one day per step: the scenario's clock starts when the
// trainer starts it and moves a day forward with each step, the step's events are written (positive
// tests, designations, contacts, symptoms among the synthetic people and venues, picked the same way on
// every replay) with an audit record, and everyone's status is re-evaluated at the new time. The state
// lives in database_info, so a restarted console continues where it was; resetting the demo city starts
// over. Refused outside a demo database: a scenario never touches real data.

#include "Scenario.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <functional>
#include <optional>

namespace hc::training {

struct ScenarioState
{
    QString scenarioId;
    int stepsDone = 0;    // steps applied so far; the current day is stepsDone
    qint64 startedAt = 0; // real time (UTC seconds) the scenario started
    bool isRunning() const { return !scenarioId.isEmpty(); }
};

class ScenarioRunner final
{
public:
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;
    static constexpr qint64 kStepSecs = 24 * 3600;

    static Result<std::optional<ScenarioState>> state(const db::Database& db);
    // Applies the next step of scenario (the first when none ran; refused when another scenario runs or
    // all steps are done) and re-evaluates statuses. Returns the new state.
    static Result<ScenarioState> advance(const db::Database& db, const auth::Session& session,
                                         const Scenario& scenario, const Progress& progress = {});
    // The clock offset (seconds) the console applies while the scenario runs: one day per step taken
    // after the first.
    static qint64 clockOffset(const ScenarioState& state);
    // Sets hc::Clock to the scenario's time (or back to real time for nullopt).
    static void applyClock(const std::optional<ScenarioState>& state);
};

} // namespace hc::training
