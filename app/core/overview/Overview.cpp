#include "Overview.h"

#include "db/Sql.h"
#include "heatmap/Heatmap.h"
#include "services/Jurisdictions.h"

#include <QHash>
#include <QSet>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace hc::overview {

using rules::Colour;

Figure suppress(qint64 count, int k)
{
    if (count > 0 && count < k)
        return {};
    return {count};
}

bool protectSum(const QList<qint64>& parts, QList<bool>& hidden, bool& totalHidden, int k)
{
    bool changed = false;
    // A hidden total is the sum of its parts: one of them at least must be hidden with it.
    if (totalHidden && std::none_of(hidden.begin(), hidden.end(), [](bool h) { return h; })) {
        int smallest = -1;
        for (int i = 0; i < parts.size(); ++i)
            if (parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest]))
                smallest = i;
        if (smallest >= 0) {
            hidden[smallest] = true;
            changed = true;
        }
    }
    while (!totalHidden) {
        qint64 hiddenSum = 0;
        int smallest = -1;
        for (int i = 0; i < parts.size(); ++i) {
            if (hidden[i])
                hiddenSum += parts[i];
            else if (parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest]))
                smallest = i;
        }
        if (hiddenSum == 0 || hiddenSum >= k)
            break;
        if (smallest >= 0)
            hidden[smallest] = true;
        else
            totalHidden = true;
        changed = true;
    }
    return changed;
}

ColourFigures suppress(const ColourCounts& counts, int k)
{
    ColourFigures f;
    f.people = suppress(counts.people, k);
    const QList<qint64> parts(counts.colours.begin(), counts.colours.end());
    QList<bool> hidden;
    for (qint64 n : parts)
        hidden << suppress(n, k).suppressed();
    bool totalHidden = f.people.suppressed();
    protectSum(parts, hidden, totalHidden, k);
    for (std::size_t c = 0; c < f.colours.size(); ++c)
        if (!hidden[static_cast<int>(c)] && !totalHidden)
            f.colours[c] = {counts.colours[c]};
        else
            f.colours[c] = {};
    if (totalHidden)
        f.people = {};
    return f;
}

QList<RuleChanges> suppressRules(const QHash<std::pair<QString, int>, qint64>& perRuleColour,
                                 const ColourFigures& shown, int k)
{
    QHash<QString, qint64> perRule;
    QSet<QString> hiddenRules;
    for (int c = 0; c < rules::kColourCount; ++c) {
        QList<QString> names;
        QList<qint64> parts;
        for (auto it = perRuleColour.cbegin(); it != perRuleColour.cend(); ++it)
            if (it.key().second == c) {
                names << it.key().first;
                parts << it.value();
            }
        QList<bool> hidden;
        for (qint64 n : std::as_const(parts))
            hidden << suppress(n, k).suppressed();
        bool colourHidden = shown.colours[static_cast<std::size_t>(c)].suppressed();
        if (!colourHidden)
            protectSum(parts, hidden, colourHidden, k);
        for (qsizetype i = 0; i < names.size(); ++i) {
            perRule[names[i]] += parts[i];
            if (colourHidden || hidden[i])
                hiddenRules.insert(names[i]);
        }
    }
    QList<RuleChanges> result;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        result.append({it.key(), hiddenRules.contains(it.key()) ? Figure() : Figure{it.value()}});
    // Largest first; the hidden ones last by name, since their place among the others would tell their size.
    std::sort(result.begin(), result.end(), [](const RuleChanges& a, const RuleChanges& b) {
        if (a.people.suppressed() != b.people.suppressed())
            return b.people.suppressed();
        if (!a.people.suppressed() && *a.people.value != *b.people.value)
            return *a.people.value > *b.people.value;
        return a.ruleId < b.ruleId;
    });
    return result;
}

Status Overview::changes(const db::Database& db, const QSet<qint64>& districts, qint64 from, qint64 to, int k,
                         Figure* total, std::array<Figure, rules::kColourCount>* byColour, QList<RuleChanges>* byRule)
{
    // Only the history rows of the window (status_history_since), grouped in the database.
    auto q = db::run(db,
                     QStringLiteral("SELECT p.district_id, h.rule_name, h.colour, count(*) FROM status_history h "
                                    "JOIN people p ON p.id = h.person_id WHERE h.since >= ? AND h.since < ? "
                                    "GROUP BY p.district_id, h.rule_name, h.colour"),
                     {from, to});
    if (!q)
        return q.error();
    qint64 all = 0;
    std::array<qint64, rules::kColourCount> colours{};
    QHash<std::pair<QString, int>, qint64> perRuleColour; // (rule, colour) -> people
    while (q.value().next()) {
        if (!districts.contains(q.value().value(0).toLongLong()))
            continue;
        const qint64 n = q.value().value(3).toLongLong();
        all += n;
        const Colour c = rules::colourFromKey(q.value().value(2).toString()).value_or(Colour::Green);
        perRuleColour[{q.value().value(1).toString(), static_cast<int>(c)}] += n;
        colours[static_cast<std::size_t>(c)] += n;
    }
    const ColourFigures shown = suppress(ColourCounts{all, colours}, k);
    if (total)
        *total = shown.people;
    if (byColour)
        *byColour = shown.colours;
    if (byRule)
        *byRule = suppressRules(perRuleColour, shown, k);
    return {};
}

Result<ColourSeries> Overview::series(const db::Database& db, const auth::Session& session, qint64 district, qint64 now)
{
    QSet<qint64> districts = session.scope;
    if (district != 0) {
        if (const Status s = session.requireScope(district, QString::number(district)); !s)
            return s.error();
        districts = {district};
    }
    const QDate today = DailyCounts::dayOf(now);
    auto days = DailyCounts::series(db, districts, today.addDays(1 - kDays), today);
    if (!days)
        return days.error();
    ColourSeries result;
    result.days = days.value();
    // Days before anything was recorded are unknown, not zero: the series starts with the first record.
    while (result.days.size() > 1 && result.days.first().counts.people == 0)
        result.days.removeFirst();
    const int k = heatmap::Heatmap::threshold();
    for (const DayCounts& day : result.days) {
        const ColourFigures f = suppress(day.counts, k);
        result.suppressed.append(std::array<bool, rules::kColourCount>{
            f.colours[0].suppressed(), f.colours[1].suppressed(), f.colours[2].suppressed()});
    }
    return result;
}

Result<OverviewData> Overview::load(const db::Database& db, const auth::Session& session, qint64 now)
{
    using auth::Permission;
    OverviewData d;
    d.now = now;
    d.threshold = heatmap::Heatmap::threshold();
    const int k = d.threshold;

    const QDate today = DailyCounts::dayOf(now);
    auto last = DailyCounts::lastRecorded(db);
    if (!last)
        return last.error();
    d.countsDay = last.value().isValid() ? std::min(last.value(), today) : QDate();
    auto series = Overview::series(db, session, 0, now);
    if (!series)
        return series.error();
    d.days = series.value().days;
    d.daysSuppressed = series.value().suppressed;
    auto all = services::Jurisdictions::all(db);
    if (!all)
        return all.error();
    for (const services::Jurisdiction& j : all.value())
        if (j.level == QLatin1String("district") && session.inScope(j.id))
            d.districts << DistrictName{
                j.id, QLocale().language() == QLocale::Chinese || j.nameEn.isEmpty() ? j.name : j.nameEn};
    std::sort(d.districts.begin(), d.districts.end(),
              [](const DistrictName& a, const DistrictName& b) { return a.name < b.name; });
    d.current = suppress(d.days.isEmpty() ? ColourCounts{} : d.days.last().counts, k);

    QList<RuleChanges> byRule;
    if (const Status s = changes(db, session.scope, now - 86400, now + 1, k, &d.changes24h, &d.changesTo, &byRule); !s)
        return s.error();
    d.topRules = byRule.mid(0, 5);

    if (session.can(Permission::ApproveRules)) {
        auto versions = services::RuleService::list(db);
        if (!versions)
            return versions.error();
        for (const services::RuleVersionInfo& v : versions.value())
            if (v.state == services::RuleState::Proposed && v.proposedBy != session.userName &&
                v.createdBy != session.userName)
                d.pendingRules << v;
    }
    if (session.can(Permission::ViewPeople)) {
        auto overrides = services::OverrideService::list(db, session);
        if (!overrides)
            return overrides.error();
        for (const services::OverrideInfo& o : overrides.value()) {
            if (o.state == services::OverrideState::Requested && session.can(Permission::ApproveOverride) &&
                o.requestedBy != session.userName && o.requestExpiresAt > now)
                d.pendingOverrides << o;
            if (o.state == services::OverrideState::Active && o.expiresAt <= now + kExpiringSecs)
                d.expiringSoon << o;
        }
        std::sort(d.expiringSoon.begin(), d.expiringSoon.end(),
                  [](const auto& a, const auto& b) { return a.expiresAt < b.expiresAt; });
    }
    d.signalsAllowed = session.can(Permission::ViewAudit);
    if (d.signalsAllowed) {
        auto signalList = services::OverrideService::misuseSignals(db, session, now - kDays * 86400LL);
        if (!signalList)
            return signalList.error();
        for (const services::OverrideSignal& s : signalList.value())
            if (!s.flags.isEmpty())
                d.misuseSignals << s;
    }
    d.importsAllowed = session.can(Permission::ImportData) || session.can(Permission::ViewAudit);
    if (d.importsAllowed) {
        auto q = db::run(db, QStringLiteral("SELECT r.id, r.kind, r.file_name, r.state, u.name, r.started_at, "
                                            "r.rows_imported, r.rows_rejected FROM import_runs r LEFT JOIN users u "
                                            "ON u.id = r.started_by ORDER BY r.id DESC LIMIT 5"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            d.imports << ImportRunSummary{r.value(0).toLongLong(), r.value(1).toString(),  r.value(2).toString(),
                                          r.value(3).toString(),   r.value(4).toString(),  r.value(5).toLongLong(),
                                          r.value(6).toLongLong(), r.value(7).toLongLong()};
        }
    }
    d.auditAllowed = session.can(Permission::ViewAudit);
    if (d.auditAllowed) {
        const std::pair<QString, AuditMark*> marks[] = {{QStringLiteral("audit.verify"), &d.lastVerification},
                                                        {QStringLiteral("audit.checkpoint"), &d.lastCheckpoint}};
        for (const auto& [action, mark] : marks) {
            auto q = db::run(db,
                             QStringLiteral("SELECT actor, at FROM audit_log WHERE seq = (SELECT max(seq) FROM "
                                            "audit_log WHERE action = ?)"),
                             {action});
            if (!q)
                return q.error();
            if (q.value().next())
                *mark = {q.value().value(0).toString(), q.value().value(1).toLongLong() / 1000}; // the log keeps ms
        }
    }
    return d;
}

} // namespace hc::overview
