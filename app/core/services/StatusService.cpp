#include "StatusService.h"

#include "Jurisdictions.h"
#include "OverrideService.h"
#include "RuleService.h"
#include "audit/AuditLog.h"
#include "db/FastQuery.h"
#include "db/Sql.h"
#include "db/Retry.h"
#include "db/Transaction.h"
#include "overview/DailyCounts.h"
#include "rules/Evaluator.h"
#include "rules/ExplanationText.h"
#include "rules/FactsLoader.h"
#include "util/NationalId.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc::services {

using rules::Colour;

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::StatusService)
};

// A row of statuses as re-evaluation needs it.
struct Stored
{
    qint64 personId = 0;
    Colour colour = Colour::Green;
    QString ruleId;
    qint64 since = 0;
    qint64 until = rules::Explanation::kNever;
    bool overridden = false;
};

// All stored statuses, read before anything is written (SQLite leaves a table read while it is written to
// undefined), in person order.
class StoredStatuses
{
public:
    Status load(const db::Database& db)
    {
        auto q = db::FastQuery::prepare(db, QStringLiteral("SELECT person_id, colour, rule_name, since, until_at, "
                                                           "override_id FROM statuses ORDER BY person_id"));
        if (!q)
            return q.error();
        const Status s = q.value()->exec();
        if (!s)
            return s;
        db::FastQuery& r = *q.value();
        while (r.next()) {
            Stored row;
            row.personId = r.intValue(0);
            row.colour = rules::colourFromKey(r.textValue(1)).value_or(Colour::Green);
            row.ruleId = r.textValue(2);
            row.since = r.intValue(3);
            row.until = r.isNull(4) ? rules::Explanation::kNever : r.intValue(4);
            row.overridden = !r.isNull(5);
            m_rows.push_back(std::move(row));
        }
        return {};
    }
    // The stored row of personId, if any; people must be asked for in ascending order.
    const Stored* find(qint64 personId)
    {
        while (m_next < m_rows.size() && m_rows[m_next].personId < personId)
            ++m_next;
        return m_next < m_rows.size() && m_rows[m_next].personId == personId ? &m_rows[m_next] : nullptr;
    }

private:
    std::vector<Stored> m_rows;
    std::size_t m_next = 0;
};

// The prepared writes of one re-evaluation.
struct Writer
{
    std::unique_ptr<db::FastQuery> closeHistory;
    std::unique_ptr<db::FastQuery> addHistory;
    std::unique_ptr<db::FastQuery> upsert;

    Status prepare(const db::Database& db)
    {
        const QString statements[] = {
            QStringLiteral("UPDATE status_history SET until = ? WHERE person_id = ? AND until IS NULL"),
            QStringLiteral("INSERT INTO status_history (person_id, colour, since, rule_version_id, rule_name, "
                           "explanation, facts, override_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            QStringLiteral("INSERT INTO statuses (person_id, colour, since, rule_version_id, rule_name, explanation, "
                           "facts, until_at, override_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) "
                           "DO UPDATE SET colour = excluded.colour, since = excluded.since, rule_version_id = "
                           "excluded.rule_version_id, rule_name = excluded.rule_name, explanation = "
                           "excluded.explanation, facts = excluded.facts, until_at = excluded.until_at, "
                           "override_id = excluded.override_id, row_version = statuses.row_version + 1"),
        };
        std::unique_ptr<db::FastQuery>* targets[] = {&closeHistory, &addHistory, &upsert};
        for (int i = 0; i < 3; ++i) {
            auto q = db::FastQuery::prepare(db, statements[i]);
            if (!q)
                return q.error();
            *targets[i] = std::move(q.value());
        }
        return {};
    }

    Status write(qint64 ruleVersionId, const rules::Explanation& e, qint64 since, qint64 now, bool newColour)
    {
        return writeRow({e.personId, e.colour, since, ruleVersionId, e.ruleId, rules::ExplanationText::render(e),
                         QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)), e.until, 0},
                        now, newColour);
    }

    struct Row
    {
        qint64 personId;
        Colour colour;
        qint64 since;
        qint64 ruleVersionId; // 0: none (an override)
        QString ruleId;
        QString text;
        QString facts;
        qint64 until; // Explanation::kNever: none
        qint64 overrideId; // 0: none
    };

    Status writeRow(const Row& r, qint64 now, bool newColour)
    {
        auto bindOptional = [](db::FastQuery& q, int index, qint64 value, qint64 none) {
            if (value == none)
                q.bindNull(index);
            else
                q.bindInt(index, value);
        };
        const QString colour = rules::colourKey(r.colour);
        if (newColour) {
            closeHistory->bindInt(0, now);
            closeHistory->bindInt(1, r.personId);
            Status s = closeHistory->exec();
            if (!s)
                return s;
            addHistory->bindInt(0, r.personId);
            addHistory->bindText(1, colour);
            addHistory->bindInt(2, r.since);
            bindOptional(*addHistory, 3, r.ruleVersionId, 0);
            addHistory->bindText(4, r.ruleId);
            addHistory->bindText(5, r.text);
            addHistory->bindText(6, r.facts);
            bindOptional(*addHistory, 7, r.overrideId, 0);
            s = addHistory->exec();
            if (!s)
                return s;
        }
        upsert->bindInt(0, r.personId);
        upsert->bindText(1, colour);
        upsert->bindInt(2, r.since);
        bindOptional(*upsert, 3, r.ruleVersionId, 0);
        upsert->bindText(4, r.ruleId);
        upsert->bindText(5, r.text);
        upsert->bindText(6, r.facts);
        bindOptional(*upsert, 7, r.until, rules::Explanation::kNever);
        bindOptional(*upsert, 8, r.overrideId, 0);
        return upsert->exec();
    }
};

Result<qint64> personDistrict(const db::Database& db, qint64 personId)
{
    auto q = db::run(db, QStringLiteral("SELECT district_id FROM people WHERE id = ?"), {personId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no person with the number %1.").arg(personId));
    return q.value().value(0).toLongLong();
}

Status requirePersonInScope(const db::Database& db, const auth::Session& session, qint64 personId)
{
    const Status p = session.require(auth::Permission::ViewPeople);
    if (!p)
        return p;
    auto district = personDistrict(db, personId);
    if (!district)
        return district.error();
    return session.requireScope(district.value(), Tr::tr("person %1").arg(personId));
}

std::optional<rules::Explanation> explanationFrom(const QString& facts)
{
    if (facts.isEmpty())
        return std::nullopt;
    return rules::Explanation::fromJson(QJsonDocument::fromJson(facts.toUtf8()).object());
}

// The colour the daily counts hold a person under: their stored one, green without a row.
// The columns a status and a history entry share, in this order: colour, since, until, rule version, rule id,
// override id, facts; until is read by the caller (the current status has none when it never ends).
template <typename Entry>
void readStatusColumns(const QSqlQuery& r, Entry& e)
{
    e.colour = rules::colourFromKey(r.value(0).toString()).value_or(Colour::Green);
    e.since = r.value(1).toLongLong();
    e.ruleVersion = r.value(3).toInt();
    e.ruleId = r.value(4).toString();
    e.overrideId = r.value(5).toLongLong();
    e.explanation = explanationFrom(r.value(6).toString());
}

Result<Colour> storedColour(const db::Database& db, qint64 personId)
{
    auto q = db::run(db, QStringLiteral("SELECT colour FROM statuses WHERE person_id = ?"), {personId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Colour::Green;
    return rules::colourFromKey(q.value().value(0).toString()).value_or(Colour::Green);
}

QJsonArray transitionsJson(const ReevaluationReport& r)
{
    QJsonArray list;
    for (int from = 0; from < rules::kColourCount; ++from)
        for (int to = 0; to < rules::kColourCount; ++to)
            if (r.transitions[from][to] > 0)
                list.append(QJsonObject{{QStringLiteral("from"), rules::colourKey(Colour(from))},
                                        {QStringLiteral("to"), rules::colourKey(Colour(to))},
                                        {QStringLiteral("people"), r.transitions[from][to]}});
    return list;
}
} // namespace

namespace {
Result<ReevaluationReport> reevaluateOnce(const db::Database& db, const QString& actor, qint64 now,
                                          const StatusService::Progress& progress)
{
    ReevaluationReport report;
    // Overrides and requests that ran out end first, so that their people are evaluated like everyone else.
    auto expired = OverrideService::expireDue(db, actor, now);
    if (!expired)
        return expired.error();
    auto version = RuleService::inForce(db, now);
    if (!version)
        return version.error();
    auto compiled = RuleService::compiledInForce(db, now);
    if (!compiled)
        return compiled.error();
    const rules::CompiledRules& rules = compiled.value();
    report.ruleVersion = rules.version();

    QElapsedTimer timer;
    timer.start();
    auto all = Jurisdictions::all(db);
    if (!all)
        return all.error();
    QSet<qint64> scope;
    for (const Jurisdiction& j : all.value())
        scope.insert(j.id);
    auto loaded = rules::FactsLoader::load(
        db, scope, now - rules.longestWindowSecs(), [&](const QString& phase, qint64 step, qint64 steps) {
            return !progress || progress(phase, step, steps);
        });
    if (!loaded)
        return loaded.error();
    const rules::FactStore& facts = loaded.value();
    report.people = facts.personCount();
    report.loadSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    const QString evaluating = Tr::tr("Evaluating the rules");
    auto evaluated = rules::Evaluator::evaluateAll(facts, rules, now, [&](qint64 done, qint64 total) {
        return !progress || progress(evaluating, done, total);
    });
    if (!evaluated)
        return evaluated.error();
    const rules::Evaluation& evaluation = evaluated.value();
    report.evaluateSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // Re-evaluations write one after the other (SQLite: BEGIN IMMEDIATE already does), and only under the
    // rules they were computed with: a version published since they were loaded means starting again, or
    // an older run committing last would put its colours back over the newer rules'.
    if (!db.isSqlite()) {
        const Status locked = db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242020)"));
        if (!locked)
            return locked.error();
    }
    auto current = RuleService::inForce(db, now);
    if (!current)
        return current.error();
    if (current.value().id != version.value().id)
        return db::transientConflict(Tr::tr("Rule version %1 came into force while the statuses were computed "
                                            "under version %2.")
                                         .arg(current.value().version)
                                         .arg(version.value().version));
    StoredStatuses stored;
    Writer writer;
    Status s = stored.load(db);
    if (s)
        s = writer.prepare(db);
    if (!s)
        return s.error();
    const QString writing = Tr::tr("Writing changed statuses");
    for (int i = 0; i < evaluation.size(); ++i) {
        if (progress && i % 65536 == 0 && !progress(writing, i, evaluation.size()))
            return makeError(ErrorCode::Cancelled, Tr::tr("Re-evaluation cancelled; no status was changed."));
        const Colour colour = evaluation.colour(i);
        report.counts[static_cast<int>(colour)]++;
        const qint64 personId = facts.personId(i);
        const Stored* row = stored.find(personId);
        if (row && row->overridden)
            continue; // the override decides until it ends (issue 4 re-evaluates then)
        if (!row && colour == Colour::Green)
            continue;
        const int ruleIndex = evaluation.rules[static_cast<std::size_t>(i)];
        const QString ruleId = ruleIndex >= 0 ? rules.rule(ruleIndex).id : QString();
        const qint64 until = evaluation.until[static_cast<std::size_t>(i)];
        const bool newColour = !row || row->colour != colour || row->ruleId != ruleId;
        if (!newColour && row->until == until)
            continue;
        const rules::Explanation e = rules::Evaluator::explain(facts, rules, i, now);
        qint64 since = row && !newColour ? row->since : now;
        // Facts arriving late (a test imported a day after sampling) date the colour back to them, never
        // before the previous entry of the history.
        if (newColour && e.since != rules::Explanation::kUnknown && e.since <= now && (!row || e.since > row->since))
            since = e.since;
        s = writer.write(version.value().id, e, since, now, newColour);
        if (!s)
            return s.error();
        if (newColour) {
            report.changed++;
            report.transitions[static_cast<int>(row ? row->colour : Colour::Green)][static_cast<int>(colour)]++;
        } else {
            report.refreshed++;
        }
    }
    // The day's counts after this run, in its transaction: a cancelled run leaves the previous ones.
    s = overview::DailyCounts::record(db, now);
    if (!s)
        return s.error();
    auto a = audit::AuditLog::append(db, actor, QStringLiteral("statuses.reevaluate"), QStringLiteral("statuses"),
                                     {{QStringLiteral("rule_version"), report.ruleVersion},
                                      {QStringLiteral("evaluated_at"), now},
                                      {QStringLiteral("people"), report.people},
                                      {QStringLiteral("changed"), report.changed},
                                      {QStringLiteral("refreshed"), report.refreshed},
                                      {QStringLiteral("transitions"), transitionsJson(report)}});
    if (!a)
        return a.error();
    s = tx.commit();
    if (!s)
        return s.error();
    report.writeSeconds = timer.nsecsElapsed() / 1e9;
    return report;
}
} // namespace

Result<ReevaluationReport> StatusService::reevaluate(const db::Database& db, const QString& actor, qint64 now,
                                                     const Progress& progress)
{
    return db::retry([&] { return reevaluateOnce(db, actor, now, progress); });
}

Result<ReevaluationReport> StatusService::reevaluate(const db::Database& db, const auth::Session& session,
                                                     qint64 now, const Progress& progress)
{
    using auth::Permission;
    if (!session.can(Permission::EditRules) && !session.can(Permission::ApproveRules)
        && !session.can(Permission::ImportData))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("User %1 (%2) may not re-evaluate statuses: that needs the operator, rule editor or "
                                "approver role. Ask an administrator for the right role.")
                             .arg(session.userName, auth::roleDisplayName(session.role)));
    return reevaluate(db, session.userName, now, progress);
}

Result<PersonStatus> StatusService::status(const db::Database& db, const auth::Session& session, qint64 personId)
{
    const Status allowed = requirePersonInScope(db, session, personId);
    if (!allowed)
        return allowed.error();
    auto q = db::run(db,
                     QStringLiteral("SELECT s.colour, s.since, s.until_at, r.version, s.rule_name, s.override_id, "
                                    "s.facts, s.row_version FROM statuses s LEFT JOIN rule_versions r "
                                    "ON r.id = s.rule_version_id WHERE s.person_id = ?"),
                     {personId});
    if (!q)
        return q.error();
    PersonStatus st;
    st.personId = personId;
    if (!q.value().next())
        return st;
    const QSqlQuery& r = q.value();
    st.recorded = true;
    readStatusColumns(r, st);
    st.until = r.value(2).isNull() ? rules::Explanation::kNever : r.value(2).toLongLong();
    st.rowVersion = r.value(7).toInt();
    return st;
}

Result<QList<StatusHistoryEntry>> StatusService::history(const db::Database& db, const auth::Session& session,
                                                         qint64 personId)
{
    const Status allowed = requirePersonInScope(db, session, personId);
    if (!allowed)
        return allowed.error();
    auto q = db::run(db,
                     QStringLiteral("SELECT h.colour, h.since, h.until, r.version, h.rule_name, h.override_id, "
                                    "h.facts FROM status_history h LEFT JOIN rule_versions r "
                                    "ON r.id = h.rule_version_id WHERE h.person_id = ? ORDER BY h.since DESC, "
                                    "h.id DESC"),
                     {personId});
    if (!q)
        return q.error();
    QList<StatusHistoryEntry> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        StatusHistoryEntry h;
        readStatusColumns(r, h);
        h.until = r.value(2).toLongLong();
        list << h;
    }
    return list;
}

Result<rules::Explanation> StatusService::explainNow(const db::Database& db, const auth::Session& session,
                                                     qint64 personId, qint64 now)
{
    const Status allowed = requirePersonInScope(db, session, personId);
    if (!allowed)
        return allowed.error();
    auto compiled = RuleService::compiledInForce(db, now);
    if (!compiled)
        return compiled.error();
    auto facts = rules::FactsLoader::loadPeople(db, {personId}, now - compiled.value().longestWindowSecs());
    if (!facts)
        return facts.error();
    const int index = facts.value().indexOf(personId);
    if (index < 0)
        return makeError(ErrorCode::NotFound, Tr::tr("There is no person with the number %1.").arg(personId));
    return rules::Evaluator::explain(facts.value(), compiled.value(), index, now);
}

Result<qint64> StatusService::findPerson(const db::Database& db, const auth::Session& session, const QString& key)
{
    if (const Status p = session.require(auth::Permission::ViewPeople); !p)
        return p.error();
    const QString k = key.trimmed();
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    auto q = db::run(db,
                     QStringLiteral("SELECT id, district_id FROM people WHERE pseudonym = ? OR national_id = ? OR id = ? "
                                    "ORDER BY id LIMIT 3"),
                     {k, k.toUpper(), isNumber ? id : qint64(-1)});
    if (!q)
        return q.error();
    // Matches outside the scope count as none: the answer must not tell whether a number exists elsewhere.
    QList<qint64> found;
    qint64 outside = 0;
    while (q.value().next()) {
        if (session.inScope(q.value().value(1).toLongLong()))
            found << q.value().value(0).toLongLong();
        else if (outside == 0)
            outside = q.value().value(0).toLongLong();
    }
    if (found.isEmpty()) {
        // The same words as PersonSearch::lookup (status show); an ID number only masked, here and in the log.
        const QString shown = k.size() == 18 ? NationalId::masked(k.toUpper()) : k;
        const Error e = makeError(ErrorCode::NotFound,
                                  Tr::tr("No person in the jurisdiction of %1 has the number, pseudonym or ID number "
                                         "%2.")
                                      .arg(session.userName, shown));
        // Who looked for whom is on file even when nothing was shown, above all for people outside the scope.
        auto a = audit::AuditLog::appendAlone(
            db, session.userName, QStringLiteral("people.refused"),
            outside > 0 ? QStringLiteral("person:%1").arg(outside) : QString(),
            {{QStringLiteral("key"), shown}, {QStringLiteral("reason"), e.message}});
        if (!a)
            return a.error();
        return e;
    }
    if (found.size() > 1)
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("\"%1\" matches more than one person; give the full ID number or the pseudonym.").arg(k));
    return found.first();
}

Result<rules::Explanation> StatusService::explainPerson(const db::Database& db, const auth::Session& session,
                                                        qint64 personId, qint64 now)
{
    auto e = explainNow(db, session, personId, now);
    if (!e)
        return e;
    // Explaining a colour shows the person's facts: audited as opening their record is.
    auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("people.view"),
                                          QStringLiteral("person:%1").arg(personId),
                                          {{QStringLiteral("person"), personId}});
    if (!a)
        return a.error();
    return e;
}

Status StatusService::applyOverride(const db::Database& db, qint64 personId, rules::Colour colour, qint64 overrideId,
                                   qint64 until, const QString& text, qint64 now)
{
    auto before = storedColour(db, personId);
    if (!before)
        return before.error();
    Writer writer;
    Status s = writer.prepare(db);
    if (s)
        s = writer.writeRow({personId, colour, now, 0, QString(), text, QString(), until, overrideId}, now, true);
    if (s)
        s = overview::DailyCounts::move(db, personId, before.value(), colour, now);
    return s;
}

Status StatusService::restoreRuleColour(const db::Database& db, qint64 personId, qint64 now)
{
    auto version = RuleService::inForce(db, now);
    if (!version)
        return version.error();
    auto compiled = RuleService::compiledInForce(db, now);
    if (!compiled)
        return compiled.error();
    auto facts = rules::FactsLoader::loadPeople(db, {personId}, now - compiled.value().longestWindowSecs());
    if (!facts)
        return facts.error();
    const int index = facts.value().indexOf(personId);
    if (index < 0)
        return makeError(ErrorCode::NotFound, Tr::tr("There is no person with the number %1.").arg(personId));
    const rules::Explanation e = rules::Evaluator::explain(facts.value(), compiled.value(), index, now);
    auto before = storedColour(db, personId);
    if (!before)
        return before.error();
    Writer writer;
    Status s = writer.prepare(db);
    // The rule-computed colour is back from now on, whatever the facts date it from.
    if (s)
        s = writer.write(version.value().id, e, now, now, true);
    if (s)
        s = overview::DailyCounts::move(db, personId, before.value(), e.colour, now);
    return s;
}

} // namespace hc::services
