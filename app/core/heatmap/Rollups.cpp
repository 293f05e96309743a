#include "Rollups.h"

#include "audit/AuditLog.h"
#include "db/FastQuery.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::Rollups)
};

constexpr int kPage = 50000;
constexpr qint64 kFlushBuckets = 400000;

Result<QHash<qint64, VenuePlace>> loadVenues(const db::Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, district_id, lat, lon FROM venues")))
        return db::sqlError(q);
    QHash<qint64, VenuePlace> out;
    while (q.next()) {
        const VenuePlace v{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(),
                           q.value(3).toDouble()};
        out.insert(v.id, v);
    }
    return out;
}

} // namespace

Status Rollups::lock(const db::Database& db)
{
    if (db.isSqlite())
        return {};
    return db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242010)"));
}

bool Rollups::place(const Geography& geography, const VenuePlace* venue, bool hasCoordinates, double lat, double lon,
                    ScanFact& fact)
{
    if (venue) {
        fact.venueId = venue->id;
        fact.districtId = venue->districtId;
        fact.lat = venue->lat;
        fact.lon = venue->lon;
    } else if (hasCoordinates) {
        fact.venueId = 0;
        fact.districtId = geography.locate(lat, lon);
        fact.lat = lat;
        fact.lon = lon;
    } else {
        return false;
    }
    if (fact.districtId == 0)
        return false;
    fact.cityId = geography.cityOf(fact.districtId);
    const Area* city = geography.find(fact.cityId);
    return city && city->level == QLatin1String("city");
}

Status Rollups::requireWholeDatabase(const db::Database& db, const auth::Session& session, const QString& what)
{
    auto geography = Geography::load(db);
    if (!geography)
        return geography.error();
    const QSet<qint64> scope = geography.value().subtree(session.jurisdictionId);
    for (const Area& a : geography.value().areas())
        if (!scope.contains(a.id))
            return makeError(ErrorCode::OutOfScope,
                             Tr::tr("%1 changes data of every jurisdiction; user %2 is scoped to only part of them. "
                                    "Ask an official scoped to the top-level jurisdiction.")
                                 .arg(what, session.userName));
    return {};
}

qint64 Rollups::rebuildableFrom(const RollupConfig& config, qint64 purged)
{
    if (purged <= 0)
        return 0;
    // Whole weeks: a kept week bucket must not also be counted again from raw scans.
    const qint64 week = config.weekBucket(purged);
    return week == purged ? week : week + RollupConfig::kWeek;
}

Result<RebuildReport> Rollups::rebuild(const db::Database& db, const auth::Session& session, const Progress& progress,
                                       int cellSizeMetres)
{
    QElapsedTimer timer;
    timer.start();
    const Status allowed = session.require(auth::Permission::ImportData);
    if (!allowed)
        return allowed.error();
    const Status whole = requireWholeDatabase(db, session, Tr::tr("Rebuilding the heatmap rollups"));
    if (!whole)
        return whole.error();
    if (cellSizeMetres != 0 && (cellSizeMetres < 50 || cellSizeMetres > 20000))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The cell size must be from 50 to 20000 metres, not %1.").arg(cellSizeMetres));

    auto geography = Geography::load(db);
    if (!geography)
        return geography.error();
    auto venues = loadVenues(db);
    if (!venues)
        return venues.error();

    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const Status locked = lock(db);
    if (!locked)
        return locked.error();
    auto config = RollupConfig::load(db);
    if (!config)
        return config.error();
    RebuildReport report;
    report.keptBefore = rebuildableFrom(config.value(), config.value().purgedBefore());
    const int cell = cellSizeMetres > 0 ? cellSizeMetres : config.value().grid().cellSizeMetres();
    if (cell != config.value().grid().cellSizeMetres() && report.keptBefore > 0)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The cell size cannot change any more: scans before %1 were purged, and their rollups "
                                "could not be redrawn on the new grid.")
                             .arg(QDateTime::fromSecsSinceEpoch(report.keptBefore, Qt::UTC).toString(Qt::ISODate)));
    // Only a fresh start (nothing purged) may move the reference latitude to where the venues are now.
    double refLat = config.value().grid().referenceLatitude();
    if (report.keptBefore == 0) {
        auto lat = RollupConfig::defaultReferenceLatitude(db);
        if (!lat)
            return lat.error();
        refLat = lat.value();
    }
    RollupConfig cfg = config.value();
    cfg.setGrid(Grid(cell, refLat));
    const Status saved = cfg.save(db);
    if (!saved)
        return saved.error();
    report.cellSizeMetres = cell;

    for (const char* table : {"scan_rollup_cells", "scan_rollup_districts", "scan_rollup_venues"}) {
        auto del = db::run(db, QStringLiteral("DELETE FROM %1 WHERE bucket >= ?").arg(QLatin1String(table)),
                           {report.keptBefore});
        if (!del)
            return del.error();
    }

    auto count =
        db::run(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at >= ?"), {report.keptBefore});
    if (!count)
        return count.error();
    const qint64 total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    const QString phase = Tr::tr("Rebuilding heatmap rollups");
    if (progress && !progress(phase, 0, total))
        return makeError(ErrorCode::Cancelled, Tr::tr("Rebuilding the rollups was cancelled; nothing was changed."));

    RollupAccumulator acc(cfg);
    auto page =
        db::FastQuery::prepare(db, QStringLiteral("SELECT id, scanned_at, venue_id, lat, lon, person_id, colour "
                                                  "FROM scan_events WHERE id > ? AND scanned_at >= ? ORDER BY id "
                                                  "LIMIT ?"));
    if (!page)
        return page.error();
    qint64 lastId = 0;
    for (;;) {
        db::FastQuery& p = *page.value();
        p.bindInt(0, lastId);
        p.bindInt(1, report.keptBefore);
        p.bindInt(2, kPage);
        const Status st = p.exec();
        if (!st)
            return st.error();
        int rows = 0;
        while (p.next()) {
            ++rows;
            lastId = p.intValue(0);
            ScanFact f;
            f.at = p.intValue(1);
            f.personId = p.isNull(5) ? 0 : p.intValue(5);
            const auto colour = ScanColours::fromKey(p.textValue(6));
            const qint64 venueId = p.isNull(2) ? 0 : p.intValue(2);
            const auto venue = venueId > 0 ? venues.value().constFind(venueId) : venues.value().cend();
            const bool hasCoordinates = !p.isNull(3) && !p.isNull(4);
            if (!colour || !place(geography.value(), venue != venues.value().cend() ? &*venue : nullptr, hasCoordinates,
                                  p.doubleValue(3), p.doubleValue(4), f)) {
                ++report.unplaced;
                continue;
            }
            f.colour = *colour;
            acc.add(f);
            ++report.scans;
        }
        if (acc.pendingBuckets() >= kFlushBuckets || rows < kPage) {
            const Status flushed = acc.flush(db);
            if (!flushed)
                return flushed.error();
        }
        if (progress && !progress(phase, report.scans + report.unplaced, total))
            return makeError(ErrorCode::Cancelled,
                             Tr::tr("Rebuilding the rollups was cancelled; nothing was changed."));
        if (rows < kPage)
            break;
    }
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("rollups.rebuild"), QStringLiteral("heatmap"),
                                     {{QStringLiteral("scans"), static_cast<double>(report.scans)},
                                      {QStringLiteral("unplaced"), static_cast<double>(report.unplaced)},
                                      {QStringLiteral("cell_size_m"), cell},
                                      {QStringLiteral("kept_before"), static_cast<double>(report.keptBefore)}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace hc::heatmap
