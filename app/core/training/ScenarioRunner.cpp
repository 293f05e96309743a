#include "ScenarioRunner.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "demo/DemoDatabase.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace hc::training {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::training::ScenarioRunner)
};

Result<QString> info(const db::Database& db, const QString& name)
{
    auto q = db::run(db, QStringLiteral("SELECT value FROM database_info WHERE name = ?"), {name});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status writeInfo(const db::Database& db, const QString& name, const QString& value)
{
    auto del = db::run(db, QStringLiteral("DELETE FROM database_info WHERE name = ?"), {name});
    if (!del)
        return del.error();
    auto ins = db::run(db, QStringLiteral("INSERT INTO database_info (name, value) VALUES (?, ?)"), {name, value});
    return ins ? Status() : Status(ins.error());
}

// Ids from a query, in its order.
Result<QList<qint64>> ids(const db::Database& db, const QString& sql, const QVariantList& values)
{
    auto q = db::run(db, sql, values);
    if (!q)
        return q.error();
    QList<qint64> list;
    while (q.value().next())
        list << q.value().value(0).toLongLong();
    return list;
}

// Writes one event at now. People and venues are picked by a stride that depends on the step and the
// event, so replays pick the same ones and different events mostly pick different people.
Status apply(const db::Database& db, const ScenarioEvent& e, const QList<qint64>& districts, int salt, qint64 now)
{
    if (e.district > districts.size())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The scenario names district %1 but the demo city has %2 districts.")
                             .arg(e.district)
                             .arg(districts.size()));
    const qint64 district = districts.at(e.district - 1);
    auto people = [&](int count) {
        return ids(db,
                   QStringLiteral("SELECT id FROM people WHERE district_id = ? ORDER BY (id * 7919 + ?) % 10007, id "
                                  "LIMIT ?"),
                   {district, salt, count});
    };
    auto insertEach = [&](const QList<qint64>& list, const QString& sql, const std::function<QVariantList(qint64)>& row) {
        for (const qint64 id : list) {
            auto r = db::run(db, sql, row(id));
            if (!r)
                return Status(r.error());
        }
        return Status();
    };
    switch (e.type) {
    case ScenarioEvent::Type::PositiveTests: {
        auto list = people(e.people);
        if (!list)
            return list.error();
        return insertEach(list.value(),
                          QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at, "
                                         "lab) VALUES (?, 'pcr', 'positive', ?, ?, 'training')"),
                          [&](qint64 id) { return QVariantList{id, now - 6 * 3600, now}; });
    }
    case ScenarioEvent::Type::CloseContacts: {
        auto list = people(e.people);
        if (!list)
            return list.error();
        return insertEach(list.value(),
                          QStringLiteral("INSERT INTO close_contacts (person_id, designated_at, note) VALUES (?, ?, "
                                         "'training')"),
                          [&](qint64 id) { return QVariantList{id, now}; });
    }
    case ScenarioEvent::Type::Symptoms: {
        auto list = people(e.people);
        if (!list)
            return list.error();
        return insertEach(list.value(),
                          QStringLiteral("INSERT INTO symptom_declarations (person_id, declared_at, symptom) VALUES "
                                         "(?, ?, 'fever')"),
                          [&](qint64 id) { return QVariantList{id, now}; });
    }
    case ScenarioEvent::Type::DesignateVenues: {
        auto list = ids(db, QStringLiteral("SELECT id FROM venues WHERE district_id = ? ORDER BY id LIMIT ?"),
                        {district, e.venues});
        if (!list)
            return list.error();
        return insertEach(list.value(),
                          QStringLiteral("INSERT INTO risk_areas (venue_id, level, from_at, note) VALUES (?, ?, ?, "
                                         "'training')"),
                          [&](qint64 id) { return QVariantList{id, e.level, now - qint64(e.sinceHours) * 3600}; });
    }
    case ScenarioEvent::Type::DesignateDistrict: {
        auto r = db::run(db,
                         QStringLiteral("INSERT INTO risk_areas (district_id, level, from_at, note) VALUES (?, ?, ?, "
                                        "'training')"),
                         {district, e.level, now});
        return r ? Status() : Status(r.error());
    }
    case ScenarioEvent::Type::LiftDistrict: {
        // The district's own designations and those of its venues end now.
        auto r = db::run(db,
                         QStringLiteral("UPDATE risk_areas SET to_at = ? WHERE (to_at IS NULL OR to_at > ?) AND from_at < ? "
                                        "AND (district_id = ? OR venue_id IN (SELECT id FROM venues WHERE district_id "
                                        "= ?))"),
                         {now, now, now, district, district});
        return r ? Status() : Status(r.error());
    }
    }
    return {};
}
} // namespace

qint64 ScenarioRunner::clockOffset(const ScenarioState& state)
{
    return state.stepsDone > 1 ? (state.stepsDone - 1) * kStepSecs : 0;
}

void ScenarioRunner::applyClock(const std::optional<ScenarioState>& state)
{
    const qint64 offset = state ? clockOffset(*state) : 0;
    if (offset == 0)
        Clock::setSource(nullptr);
    else
        Clock::setSource([offset] { return QDateTime::currentDateTimeUtc().addSecs(offset); });
}

Result<std::optional<ScenarioState>> ScenarioRunner::state(const db::Database& db)
{
    auto id = info(db, QStringLiteral("scenario_id"));
    if (!id)
        return id.error();
    if (id.value().isEmpty())
        return std::optional<ScenarioState>();
    auto steps = info(db, QStringLiteral("scenario_steps_done"));
    auto started = info(db, QStringLiteral("scenario_started_at"));
    if (!steps)
        return steps.error();
    if (!started)
        return started.error();
    return std::optional<ScenarioState>(ScenarioState{id.value(), steps.value().toInt(), started.value().toLongLong()});
}

Result<ScenarioState> ScenarioRunner::advance(const db::Database& db, const auth::Session& session,
                                              const Scenario& scenario, const Progress& progress)
{
    auto demo = demo::DemoDatabase::info(db);
    if (!demo)
        return demo.error();
    if (!demo.value().demo)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Training scenarios run only in a demo database, never on real data."));
    const Status allowed = session.require(auth::Permission::GenerateDemoData);
    if (!allowed)
        return allowed.error();

    ScenarioState next;
    {
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        auto current = state(db);
        if (!current)
            return current.error();
        if (current.value() && current.value()->scenarioId != scenario.id)
            return makeError(ErrorCode::Conflict, Tr::tr("Another scenario (%1) is running in this demo city; reset "
                                                         "the demo to start a new one.")
                                                      .arg(current.value()->scenarioId));
        next = current.value().value_or(ScenarioState{scenario.id, 0, QDateTime::currentSecsSinceEpoch()});
        if (next.stepsDone >= scenario.steps.size())
            return makeError(ErrorCode::Conflict, Tr::tr("The scenario is complete; reset the demo to play it again."));
        const ScenarioStep& step = scenario.steps.at(next.stepsDone);
        next.stepsDone++;
        const qint64 now = QDateTime::currentSecsSinceEpoch() + clockOffset(next);
        auto districts = ids(db, QStringLiteral("SELECT id FROM jurisdictions WHERE level = 'district' ORDER BY code"),
                             {});
        if (!districts)
            return districts.error();
        for (int i = 0; i < step.events.size(); ++i) {
            const Status s = apply(db, step.events.at(i), districts.value(), next.stepsDone * 31 + i, now);
            if (!s)
                return s.error();
        }
        Status s = writeInfo(db, QStringLiteral("scenario_id"), next.scenarioId);
        if (s)
            s = writeInfo(db, QStringLiteral("scenario_steps_done"), QString::number(next.stepsDone));
        if (s)
            s = writeInfo(db, QStringLiteral("scenario_started_at"), QString::number(next.startedAt));
        if (!s)
            return s.error();
        auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("training.step"),
                                         QStringLiteral("scenario:") + scenario.id,
                                         {{QStringLiteral("step"), next.stepsDone},
                                          {QStringLiteral("scenario_time"), now},
                                          {QStringLiteral("events"), static_cast<int>(step.events.size())}});
        if (!a)
            return a.error();
        s = tx.commit();
        if (!s)
            return s.error();
    }
    auto statuses = services::StatusService::reevaluate(
        db, session, QDateTime::currentSecsSinceEpoch() + clockOffset(next), progress);
    if (!statuses)
        return statuses.error();
    return next;
}

} // namespace hc::training
