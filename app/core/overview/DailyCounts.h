#pragma once
// People by colour per district and local day, precomputed (status_daily_counts) so that the overview and the
// daily report read a few rows per district instead of counting everyone. StatusService keeps it: each
// re-evaluation records the day's counts for every district (inside its transaction, so they are the counts
// after that run), and an override that changes a colour moves one person between colours in that day's row.
// A day without a row of its own carries the last recorded counts forward.

#include "db/Database.h"
#include "rules/Colour.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>

#include <array>

namespace hc::overview {

struct ColourCounts
{
    qint64 people = 0;
    std::array<qint64, rules::kColourCount> colours{}; // green, yellow, red
    ColourCounts& operator+=(const ColourCounts& other);
    bool operator==(const ColourCounts&) const = default;
};

struct DayCounts
{
    QDate day;
    ColourCounts counts;
};

class DailyCounts final
{
public:
    // The local day of a time (system time zone) and its key in status_daily_counts (yyyymmdd).
    static QDate dayOf(qint64 utcSeconds);
    static qint64 dayKey(const QDate& day);
    // [start, end) of a local day in UTC seconds.
    static std::pair<qint64, qint64> dayBounds(const QDate& day);

    // Counts every district's people by their stored colour (no status row: green) and stores them as the
    // counts of now's day. Call inside the transaction that wrote the statuses.
    static Status record(const db::Database& db, qint64 now);
    // One person's colour changed from `from` to `to` at now outside a re-evaluation (an override or its end).
    static Status move(const db::Database& db, qint64 personId, rules::Colour from, rules::Colour to, qint64 now);

    // The counts of each of the districts on a day (carried forward from the last day recorded before it).
    static Result<QMap<qint64, ColourCounts>> byDistrict(const db::Database& db, const QSet<qint64>& districts,
                                                         const QDate& day);
    // The districts' totals for each day from first to last.
    static Result<QList<DayCounts>> series(const db::Database& db, const QSet<qint64>& districts, const QDate& first,
                                           const QDate& last);
    // The day of the newest row (invalid when nothing was ever recorded).
    static Result<QDate> lastRecorded(const db::Database& db);
};

} // namespace hc::overview
