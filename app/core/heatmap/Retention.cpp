#include "Retention.h"

#include "Geography.h"
#include "PeopleSketch.h"
#include "RollupConfig.h"
#include "Rollups.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::Retention)
};

constexpr int kChunk = 100000;

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

struct TableParts
{
    const char* name;
    const char* parts;
    int count;
};

const TableParts kTables[] = {
    {"scan_rollup_cells", "district_id, cx, cy, colour", 4},
    {"scan_rollup_districts", "district_id, colour", 2},
    {"scan_rollup_venues", "venue_id, district_id, colour", 3},
};

// Hardens the exact sketches of one city's buckets of one span that ended in [from, to).
Result<qint64> hardenRange(const db::Database& db, const TableParts& t, qint64 city, int span, qint64 from, qint64 to)
{
    const QString table = QString::fromLatin1(t.name);
    const QStringList parts = QString::fromLatin1(t.parts).split(QStringLiteral(", "));
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT bucket, %1, people FROM %2 WHERE city_id = ? AND span = ? "
                                     "AND bucket >= ? AND bucket < ?")
                          .arg(QString::fromLatin1(t.parts), table)))
        return db::sqlError(read);
    const Status st = db::rerun(read, {city, span, from - span, to - span});
    if (!st)
        return st.error();
    struct Row
    {
        QVariantList key;
        QByteArray people;
    };
    QList<Row> rows;
    while (read.next()) {
        const QByteArray bytes = read.value(1 + t.count).toByteArray();
        if (PeopleSketch::kindOf(bytes) != 'E')
            continue;
        auto sketch = PeopleSketch::fromBytes(bytes);
        if (!sketch)
            continue;
        sketch->harden();
        Row r;
        r.people = sketch->toBytes();
        r.key << city << span;
        for (int i = 0; i <= t.count; ++i)
            r.key << read.value(i);
        rows << r;
    }
    read.finish();
    if (rows.isEmpty())
        return 0;
    QStringList where{QStringLiteral("city_id = ?"), QStringLiteral("span = ?"), QStringLiteral("bucket = ?")};
    for (const QString& p : parts)
        where << p + QStringLiteral(" = ?");
    QSqlQuery write(db.connection());
    if (!write.prepare(QStringLiteral("UPDATE %1 SET people = ? WHERE ").arg(table) +
                       where.join(QStringLiteral(" AND "))))
        return db::sqlError(write);
    for (const Row& r : rows) {
        const Status w = db::rerun(write, QVariantList{r.people} + r.key);
        if (!w)
            return w.error();
    }
    return rows.size();
}
// Scans before this are past the retention window of keepDays days.
qint64 cutoffFor(int keepDays)
{
    return Clock::nowSecs() - qint64(keepDays) * RollupConfig::kDay;
}
} // namespace

Result<bool> Retention::due(const db::Database& db, const auth::Session& session)
{
    if (!session.can(auth::Permission::PurgeScans))
        return false;
    const qint64 cutoff = cutoffFor(Settings::intValue(Settings::Key::ScanRetentionDays));
    auto q = db::run(db, QStringLiteral("SELECT 1 FROM scan_events WHERE scanned_at < ? LIMIT 1"), {cutoff});
    if (!q)
        return q.error();
    if (!q.value().next())
        return false;
    // Only now the scope check, which reads every jurisdiction's boundary: most logins have nothing to purge.
    return Rollups::requireWholeDatabase(db, session, QString()).ok();
}

Result<PurgeReport> Retention::purge(const db::Database& db, const auth::Session& session, const Progress& progress,
                                     std::optional<int> days)
{
    const Status allowed = session.require(auth::Permission::PurgeScans);
    if (!allowed)
        return allowed.error();
    const Status whole = Rollups::requireWholeDatabase(db, session, Tr::tr("Purging old scans"));
    if (!whole)
        return whole.error();
    // A purge may keep more than the policy asks, never less: the rules' venue exposure reads the scans inside
    // the window, and the window is IT's setting (system-wide file), not a command-line choice.
    const int window = Settings::intValue(Settings::Key::ScanRetentionDays);
    const int keep = days.value_or(window);
    if (keep < window)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Scans are kept for %n day(s) (scans/retention_days, set by IT in the system-wide "
                                "settings file); a purge cannot keep fewer.",
                                nullptr, window));
    PurgeReport report;
    report.cutoff = cutoffFor(keep);

    qint64 toDelete = 0;
    {
        // Scoped: a statement left open keeps a read snapshot, and on SQLite the chunks' BEGIN IMMEDIATE then
        // fails at once with "database is locked" whenever another connection is writing (an import),
        // instead of waiting for it (found by TestInterleavings::importVsHeatmap).
        auto total = db::run(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at < ?"), {report.cutoff});
        if (!total)
            return total.error();
        toDelete = total.value().next() ? total.value().value(0).toLongLong() : 0;
    }
    const QString phase = Tr::tr("Purging scans older than %1 days").arg(keep);
    const QString cancelled = Tr::tr("The purge was cancelled; %1 scans were deleted before that, the rest stay until "
                                     "the next purge.");
    if (progress && !progress(phase, 0, toDelete))
        return makeError(ErrorCode::Cancelled, cancelled.arg(0));

    for (;;) {
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const Status locked = Rollups::lock(db);
        if (!locked)
            return locked.error();
        auto range = db::run(db,
                             QStringLiteral("SELECT COUNT(*), MIN(scanned_at), MAX(scanned_at) FROM (SELECT scanned_at "
                                            "FROM scan_events WHERE scanned_at < ? ORDER BY id LIMIT ?) chunk"),
                             {report.cutoff, kChunk});
        if (!range)
            return range.error();
        range.value().next();
        const qint64 n = range.value().value(0).toLongLong();
        if (n == 0)
            break;
        const qint64 oldest = range.value().value(1).toLongLong();
        const qint64 newest = range.value().value(2).toLongLong();
        auto del = db::run(db,
                           QStringLiteral("DELETE FROM scan_events WHERE id IN (SELECT id FROM scan_events "
                                          "WHERE scanned_at < ? ORDER BY id LIMIT ?)"),
                           {report.cutoff, kChunk});
        if (!del)
            return del.error();
        auto a =
            audit::AuditLog::append(db, session.userName, QStringLiteral("scans.purge"), QStringLiteral("scan_events"),
                                    {{QStringLiteral("deleted"), static_cast<double>(n)},
                                     {QStringLiteral("oldest"), iso(oldest)},
                                     {QStringLiteral("newest"), iso(newest)},
                                     {QStringLiteral("cutoff"), iso(report.cutoff)},
                                     {QStringLiteral("retention_days"), keep}});
        if (!a)
            return a.error();
        const Status c = tx.commit();
        if (!c)
            return c.error();
        report.deleted += n;
        report.oldestDeleted = report.oldestDeleted == 0 ? oldest : std::min(report.oldestDeleted, oldest);
        report.newestDeleted = std::max(report.newestDeleted, newest);
        if (progress && !progress(phase, report.deleted, toDelete))
            return makeError(ErrorCode::Cancelled, cancelled.arg(report.deleted));
    }

    // Harden the rollups of buckets that ended before the cutoff, one city and local day at a time.
    auto config = RollupConfig::load(db);
    if (!config)
        return config.error();
    auto geography = Geography::load(db);
    if (!geography)
        return geography.error();
    QList<qint64> cities;
    for (const Area& a : geography.value().areas())
        if (a.level == QLatin1String("city"))
            cities << a.id;
    qint64 start = config.value().purgedBefore();
    if (start <= 0) {
        auto first = db::run(db, QStringLiteral("SELECT MIN(bucket) FROM scan_rollup_districts"));
        if (!first)
            return first.error();
        start = first.value().next() && !first.value().value(0).isNull()
                    ? config.value().dayBucket(first.value().value(0).toLongLong())
                    : report.cutoff;
    }
    const QString hardenPhase = Tr::tr("Hardening rollups before %1").arg(iso(report.cutoff));
    const qint64 dayCount = std::max<qint64>(0, (report.cutoff - start) / RollupConfig::kDay + 1);
    qint64 dayIndex = 0;
    for (qint64 from = start; from < report.cutoff; from += RollupConfig::kDay, ++dayIndex) {
        const qint64 to = std::min(from + RollupConfig::kDay, report.cutoff);
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const Status locked = Rollups::lock(db);
        if (!locked)
            return locked.error();
        qint64 hardened = 0;
        for (const qint64 city : cities)
            for (const TableParts& t : kTables)
                for (const int span : {RollupConfig::kHour, RollupConfig::kDay, RollupConfig::kWeek}) {
                    auto n = hardenRange(db, t, city, span, from, to);
                    if (!n)
                        return n.error();
                    hardened += n.value();
                }
        RollupConfig c = config.value();
        const Status mark = c.setPurgedBefore(db, to);
        if (!mark)
            return mark.error();
        if (hardened > 0) {
            auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("rollups.harden"),
                                             QStringLiteral("heatmap"),
                                             {{QStringLiteral("buckets"), static_cast<double>(hardened)},
                                              {QStringLiteral("ended_from"), iso(from)},
                                              {QStringLiteral("ended_before"), iso(to)}});
            if (!a)
                return a.error();
        }
        const Status c2 = tx.commit();
        if (!c2)
            return c2.error();
        report.hardenedBuckets += hardened;
        if (progress && !progress(hardenPhase, dayIndex + 1, dayCount))
            return makeError(ErrorCode::Cancelled, cancelled.arg(report.deleted));
    }
    if (start >= report.cutoff && config.value().purgedBefore() < report.cutoff) {
        // Nothing to harden: only record how far raw scans are gone (a rebuild keeps the rollups before it).
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        RollupConfig c = config.value();
        const Status mark = c.setPurgedBefore(db, report.cutoff);
        if (!mark)
            return mark.error();
        auto a = audit::AuditLog::append(
            db, session.userName, QStringLiteral("rollups.harden"), QStringLiteral("heatmap"),
            {{QStringLiteral("buckets"), 0}, {QStringLiteral("ended_before"), iso(report.cutoff)}});
        if (!a)
            return a.error();
        const Status c2 = tx.commit();
        if (!c2)
            return c2.error();
    }
    return report;
}

} // namespace hc::heatmap
