#pragma once
// Maintenance of the heatmap rollups: placing a scan (district, city, point), the writers' lock, and
// rebuilding every rollup from the raw scan_events (after the demo generator or a bulk load wrote scans
// directly, or to change the cell size). Imports keep the rollups current batch by batch.

#include "Geography.h"
#include "RollupAccumulator.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QString>

#include <functional>

namespace hc::heatmap {

struct VenuePlace
{
    qint64 id = 0;
    qint64 districtId = 0;
    double lat = 0;
    double lon = 0;
};

struct RebuildReport
{
    qint64 scans = 0;      // raw scans counted
    qint64 unplaced = 0;   // scans in no city (no venue and coordinates outside every boundary)
    qint64 keptBefore = 0; // rollups of buckets before this time (UTC seconds) were kept: their raw scans are purged
    int cellSizeMetres = 0;
    double seconds = 0;
};

class Rollups final
{
public:
    // progress(phase, done, total) may return false to cancel.
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    // Recomputes every rollup from the raw scans in one transaction (all or nothing; readers keep seeing
    // the old rollups until it commits). Periods whose raw scans were purged keep their rollups.
    // cellSizeMetres > 0 changes the grid (refused once scans have been purged). Needs ImportData and a
    // user scoped to the whole database.
    static Result<RebuildReport> rebuild(const db::Database& db, const auth::Session& session,
                                         const Progress& progress = {}, int cellSizeMetres = 0);

    // Serialises rollup writers across connections on PostgreSQL (SQLite's BEGIN IMMEDIATE already
    // does). Call first inside the writing transaction.
    static Status lock(const db::Database& db);

    // Fills the district, city and point of a scan from its venue (preferred) or its coordinates.
    // False when it lies in no city.
    static bool place(const Geography& geography, const VenuePlace* venue, bool hasCoordinates, double lat, double lon,
                      ScanFact& fact);

    // Refuses users whose scope is not the whole jurisdiction tree (for whole-database maintenance).
    static Status requireWholeDatabase(const db::Database& db, const auth::Session& session, const QString& what);

    // Rollup buckets from here on can be rebuilt from raw scans: the first local week boundary at or after
    // the last purge cutoff (0 when nothing was purged).
    static qint64 rebuildableFrom(const RollupConfig& config, qint64 purgedBefore);
};

} // namespace hc::heatmap
