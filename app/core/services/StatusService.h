#pragma once
// People's health code colours as the rules in force compute them, stored with why (statuses) and kept over
// time (status_history). Re-evaluation loads everyone's facts in bulk (rules::FactsLoader), evaluates the
// compiled rule set once for all (rules::Evaluator) and writes only what changed: a person whose colour or
// deciding rule changed gets a new status and history row with the explanation (which rule of which version,
// which facts, how it turns back); one whose colour is unchanged but whose window now ends at another time
// gets the new end and explanation. People who were never anything but green have no row (green, because no
// rule applies). A status held by an override is left alone. All writes and one audit record with the
// counts go in one transaction, so a cancelled or failed run changes nothing.

#include "auth/Session.h"
#include "db/Database.h"
#include "rules/Colour.h"
#include "rules/Explanation.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace hc::services {

struct ReevaluationReport
{
    int ruleVersion = 0;
    qint64 people = 0;
    qint64 changed = 0;   // new colour or deciding rule: a history row each
    qint64 refreshed = 0; // same colour, new end or explanation
    std::array<std::array<qint64, rules::kColourCount>, rules::kColourCount> transitions{}; // [from][to]
    std::array<qint64, rules::kColourCount> counts{};                                      // after
    double loadSeconds = 0;
    double evaluateSeconds = 0;
    double writeSeconds = 0;
};

struct PersonStatus
{
    qint64 personId = 0;
    rules::Colour colour = rules::Colour::Green;
    bool recorded = false; // false: no rule ever applied (green, no row)
    qint64 since = 0;
    qint64 until = rules::Explanation::kNever;
    int ruleVersion = 0;
    QString ruleId;
    qint64 overrideId = 0;
    std::optional<rules::Explanation> explanation;
    int rowVersion = 0;
};

struct StatusHistoryEntry
{
    rules::Colour colour = rules::Colour::Green;
    qint64 since = 0;
    qint64 until = 0; // 0: current
    int ruleVersion = 0;
    QString ruleId;
    qint64 overrideId = 0;
    std::optional<rules::Explanation> explanation;
};

class StatusService final
{
public:
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    // Everyone, under the rule set in force at now. actor names who (or what) asked, for the audit record.
    static Result<ReevaluationReport> reevaluate(const db::Database& db, const QString& actor, qint64 now,
                                                 const Progress& progress = {});
    // A reevaluate() with the session's name, refused unless the session may edit or approve rules or import.
    static Result<ReevaluationReport> reevaluate(const db::Database& db, const auth::Session& session, qint64 now,
                                                 const Progress& progress = {});

    // The stored status of a person in the session's scope.
    static Result<PersonStatus> status(const db::Database& db, const auth::Session& session, qint64 personId);
    // Newest first.
    static Result<QList<StatusHistoryEntry>> history(const db::Database& db, const auth::Session& session,
                                                     qint64 personId);
    // What the rules in force at now say about a person right now, from their facts (not the stored status).
    static Result<rules::Explanation> explainNow(const db::Database& db, const auth::Session& session,
                                                 qint64 personId, qint64 now);
    // For OverrideService, inside its transaction: the person's status becomes colour by the override (with
    // a history entry), or goes back to what the rules in force compute now.
    static Status applyOverride(const db::Database& db, qint64 personId, rules::Colour colour, qint64 overrideId,
                                qint64 until, const QString& text, qint64 now);
    static Status restoreRuleColour(const db::Database& db, qint64 personId, qint64 now);

    // explainNow for a caller that shows it without opening the person's record: audited as people.view.
    static Result<rules::Explanation> explainPerson(const db::Database& db, const auth::Session& session,
                                                    qint64 personId, qint64 now);

    // A person by id, pseudonym or national ID number (exact), in the session's scope. Unknown and outside the
    // scope get the same answer (NotFound, without an internal id) and an audit record (people.refused).
    static Result<qint64> findPerson(const db::Database& db, const auth::Session& session, const QString& key);
};

} // namespace hc::services
