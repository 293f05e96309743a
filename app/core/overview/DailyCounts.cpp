#include "DailyCounts.h"

#include "db/Sql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace hc::overview {

using rules::Colour;

ColourCounts& ColourCounts::operator+=(const ColourCounts& other)
{
    people += other.people;
    for (int c = 0; c < rules::kColourCount; ++c)
        colours[static_cast<std::size_t>(c)] += other.colours[static_cast<std::size_t>(c)];
    return *this;
}

namespace {

ColourCounts countsFrom(const QSqlQuery& q, int first)
{
    ColourCounts c;
    c.people = q.value(first).toLongLong();
    for (int i = 0; i < rules::kColourCount; ++i)
        c.colours[static_cast<std::size_t>(i)] = q.value(first + 1 + i).toLongLong();
    return c;
}

QDate dayFromKey(qint64 key)
{
    return QDate(static_cast<int>(key / 10000), static_cast<int>(key / 100 % 100), static_cast<int>(key % 100));
}

// The newest row of each district at or before the day key (strictly before when `before`).
Result<QMap<qint64, ColourCounts>> latest(const db::Database& db, const QSet<qint64>& districts, qint64 key,
                                          bool before)
{
    auto q =
        db::run(db,
                QStringLiteral("SELECT d.district_id, d.people, d.green, d.yellow, d.red FROM status_daily_counts d "
                               "WHERE d.day = (SELECT max(e.day) FROM status_daily_counts e WHERE e.district_id = "
                               "d.district_id AND e.day %1 ?)")
                    .arg(before ? QLatin1String("<") : QLatin1String("<=")),
                {key});
    if (!q)
        return q.error();
    QMap<qint64, ColourCounts> result;
    while (q.value().next()) {
        const qint64 district = q.value().value(0).toLongLong();
        if (districts.contains(district))
            result.insert(district, countsFrom(q.value(), 1));
    }
    return result;
}

} // namespace

QDate DailyCounts::dayOf(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::systemTimeZone()).date();
}

qint64 DailyCounts::dayKey(const QDate& day)
{
    return day.year() * 10000LL + day.month() * 100 + day.day();
}

std::pair<qint64, qint64> DailyCounts::dayBounds(const QDate& day)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    return {day.startOfDay(zone).toSecsSinceEpoch(), day.addDays(1).startOfDay(zone).toSecsSinceEpoch()};
}

Status DailyCounts::record(const db::Database& db, qint64 now)
{
    // One grouped pass over people joined to their status: re-evaluation has just read everyone's facts, so
    // this adds little to it, and it is the only place that ever counts everyone.
    auto q = db::run(db, QStringLiteral("SELECT p.district_id, count(*), "
                                        "sum(CASE WHEN s.colour = 'yellow' THEN 1 ELSE 0 END), "
                                        "sum(CASE WHEN s.colour = 'red' THEN 1 ELSE 0 END) "
                                        "FROM people p LEFT JOIN statuses s ON s.person_id = p.id "
                                        "GROUP BY p.district_id"));
    if (!q)
        return q.error();
    struct Row
    {
        qint64 district, people, yellow, red;
    };
    QList<Row> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong(),
                     q.value().value(3).toLongLong()});
    const qint64 key = dayKey(dayOf(now));
    // Districts that lost all their people since the last run get a row of zeros rather than a stale one.
    auto cleared = db::run(db,
                           QStringLiteral("UPDATE status_daily_counts SET people = 0, green = 0, yellow = 0, "
                                          "red = 0, recorded_at = ? WHERE day = ?"),
                           {now, key});
    if (!cleared)
        return cleared.error();
    const QString upsert = QStringLiteral(
        "INSERT INTO status_daily_counts (day, district_id, people, green, yellow, red, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, district_id) DO UPDATE SET people = excluded.people, "
        "green = excluded.green, yellow = excluded.yellow, red = excluded.red, recorded_at = excluded.recorded_at");
    for (const Row& r : rows) {
        auto w = db::run(db, upsert, {key, r.district, r.people, r.people - r.yellow - r.red, r.yellow, r.red, now});
        if (!w)
            return w.error();
    }
    return {};
}

Status DailyCounts::move(const db::Database& db, qint64 personId, Colour from, Colour to, qint64 now)
{
    if (from == to)
        return {};
    auto d = db::run(db, QStringLiteral("SELECT district_id FROM people WHERE id = ?"), {personId});
    if (!d)
        return d.error();
    if (!d.value().next())
        return {};
    const qint64 district = d.value().value(0).toLongLong();
    const qint64 key = dayKey(dayOf(now));
    // The day's row starts from the counts carried forward; with nothing recorded yet there is nothing to
    // move (the next re-evaluation records everything).
    auto copied = db::run(
        db,
        QStringLiteral(
            "INSERT INTO status_daily_counts (day, district_id, people, green, yellow, red, recorded_at) "
            "SELECT ?, district_id, people, green, yellow, red, ? FROM status_daily_counts "
            "WHERE district_id = ? AND day = (SELECT max(day) FROM status_daily_counts WHERE district_id = ? "
            "AND day < ?) AND NOT EXISTS (SELECT 1 FROM status_daily_counts WHERE district_id = ? AND day = ?)"),
        {key, now, district, district, key, district, key});
    if (!copied)
        return copied.error();
    // Column names from the fixed colour keys, never from input.
    const QString a = rules::colourKey(from);
    const QString b = rules::colourKey(to);
    auto moved = db::run(db,
                         QStringLiteral("UPDATE status_daily_counts SET %1 = %1 - 1, %2 = %2 + 1, recorded_at = ? "
                                        "WHERE day = ? AND district_id = ?")
                             .arg(a, b),
                         {now, key, district});
    if (!moved)
        return moved.error();
    return {};
}

Result<QMap<qint64, ColourCounts>> DailyCounts::byDistrict(const db::Database& db, const QSet<qint64>& districts,
                                                           const QDate& day)
{
    return latest(db, districts, dayKey(day), false);
}

Result<QList<DayCounts>> DailyCounts::series(const db::Database& db, const QSet<qint64>& districts, const QDate& first,
                                             const QDate& last)
{
    auto start = latest(db, districts, dayKey(first), true);
    if (!start)
        return start.error();
    QMap<qint64, ColourCounts> current = start.value();
    auto q = db::run(db,
                     QStringLiteral("SELECT day, district_id, people, green, yellow, red FROM status_daily_counts "
                                    "WHERE day >= ? AND day <= ? ORDER BY day"),
                     {dayKey(first), dayKey(last)});
    if (!q)
        return q.error();
    QMap<QDate, QList<std::pair<qint64, ColourCounts>>> changes;
    while (q.value().next()) {
        const qint64 district = q.value().value(1).toLongLong();
        if (districts.contains(district))
            changes[dayFromKey(q.value().value(0).toLongLong())].append({district, countsFrom(q.value(), 2)});
    }
    QList<DayCounts> result;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const auto& [district, counts] : changes.value(day))
            current.insert(district, counts);
        DayCounts total{day, {}};
        for (const ColourCounts& c : std::as_const(current))
            total.counts += c;
        result.append(total);
    }
    return result;
}

Result<QDate> DailyCounts::lastRecorded(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT max(day) FROM status_daily_counts"));
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().isNull(0))
        return QDate();
    return dayFromKey(q.value().value(0).toLongLong());
}

} // namespace hc::overview
