#pragma once
// What the overview page shows an official at a glance, computed in core for the session's scope: people by
// colour now and over the last days (from DailyCounts, never a scan of everyone), the last day's colour
// changes and the rules behind them, what waits for this official's decision, overrides ending soon, misuse
// signals, the last imports and the last audit verification and checkpoint. Counts of fewer than k people
// (the heatmaps' suppression threshold) come back suppressed and without their number.

#include "DailyCounts.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "services/OverrideService.h"
#include "services/RuleService.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hc::overview {

// A published figure: the number, or nothing when it is suppressed.
struct Figure
{
    std::optional<qint64> value;
    bool suppressed() const { return !value.has_value(); }
};

struct ColourFigures
{
    Figure people;
    std::array<Figure, rules::kColourCount> colours;
};

// Small-count suppression of a total and its colours: a part of fewer than k people (but not zero) is
// suppressed, and when that leaves a single suppressed part the smallest other non-zero part goes with it,
// so that the total minus the shown parts never gives a small group away.
ColourFigures suppress(const ColourCounts& counts, int k);
Figure suppress(qint64 count, int k);
// Secondary suppression of one published sum (the heatmaps' rule): while the suppressed parts add up to fewer
// than k (the total minus the shown parts would give them away), the smallest shown non-zero part is
// suppressed too, or the total when no part is left. Returns whether anything changed.
bool protectSum(const QList<qint64>& parts, QList<bool>& hidden, bool& totalHidden, int k);

struct RuleChanges
{
    QString ruleId; // empty: no rule (back to green) or an override
    Figure people;
};

// The changes per rule from people per (rule, colour index), published beside shown (the suppressed colour
// counts of the same changes): each rule's count is a part of its colour's, so it must not give away what
// shown hides. A suppressed colour hides all its rules; within a shown colour the rules are suppressed as the
// parts of a sum (protectSum), and when even that cannot protect them, all of that colour's rules are hidden.
// A rule with parts in several colours (no rule: back to green, or an override) is hidden when any part is.
// Largest first; the hidden ones last by name, since their place among the others would tell their size.
QList<RuleChanges> suppressRules(const QHash<std::pair<QString, int>, qint64>& perRuleColour,
                                 const ColourFigures& shown, int k);

struct ImportRunSummary
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString state;
    QString startedBy;
    qint64 startedAt = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
};

struct AuditMark
{
    QString actor;
    qint64 at = 0; // 0: never
};

// People by colour per day, with what suppression hides of each day.
struct ColourSeries
{
    QList<DayCounts> days; // from the first recorded day within the window, oldest first, raw
    QList<std::array<bool, rules::kColourCount>> suppressed;
};

struct DistrictName
{
    qint64 id = 0;
    QString name;
};

struct OverviewData
{
    qint64 now = 0;
    int threshold = 0;
    QDate countsDay; // the day the current counts were recorded for (invalid: never)
    ColourFigures current;
    QList<DayCounts> days; // the last 30 days from the first recorded one, oldest first, raw
    QList<std::array<bool, rules::kColourCount>> daysSuppressed; // per day: which colours are suppressed
    QList<DistrictName> districts; // the districts in scope, by name, for a chart of one of them
    Figure changes24h;
    std::array<Figure, rules::kColourCount> changesTo; // changes in the last 24 h by new colour
    QList<RuleChanges> topRules;                       // most changes first, at most 5
    QList<services::RuleVersionInfo> pendingRules;     // proposed, this official may approve
    QList<services::OverrideInfo> pendingOverrides;    // requested, this official may decide
    QList<services::OverrideInfo> expiringSoon;        // active, ending within kExpiringSecs
    bool signalsAllowed = false;
    QList<services::OverrideSignal> misuseSignals; // flagged officials only
    bool importsAllowed = false;
    QList<ImportRunSummary> imports; // newest first, at most 5
    bool auditAllowed = false;
    AuditMark lastVerification;
    AuditMark lastCheckpoint;
};

class Overview final
{
public:
    static constexpr int kDays = 30;
    static constexpr qint64 kExpiringSecs = 3 * 86400;

    static Result<OverviewData> load(const db::Database& db, const auth::Session& session, qint64 now);
    // The last kDays days of one district in the session's scope (0: the whole scope).
    static Result<ColourSeries> series(const db::Database& db, const auth::Session& session, qint64 district,
                                       qint64 now);
    // The colour changes recorded in [from, to) in the districts, by rule (most first) and by new colour.
    static Status changes(const db::Database& db, const QSet<qint64>& districts, qint64 from, qint64 to, int k,
                          Figure* total, std::array<Figure, rules::kColourCount>* byColour, QList<RuleChanges>* byRule);
};

} // namespace hc::overview
