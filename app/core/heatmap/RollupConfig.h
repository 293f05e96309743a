#pragma once
// The settings the stored rollups were built with, kept in the database (heatmap_config) because every
// rollup row depends on them: grid cell size and reference latitude, the local-day offset of day
// buckets, the salt of person hashes, and up to when raw scans were purged (sketches before it are hardened).

#include "Grid.h"
#include "db/Database.h"

#include <cstdint>

namespace hc::heatmap {

class RollupConfig final
{
public:
    static constexpr int kHour = 3600;
    static constexpr int kDay = 86400;
    static constexpr int kWeek = 7 * 86400;
    static constexpr int kDefaultCellSize = 500;
    static constexpr int kDefaultDayOffset = 8 * 3600; // day buckets start at midnight China Standard Time

    // Reads the configuration; the first call on a database chooses the salt and the reference latitude
    // (the mean latitude of the venues, else 30 degrees) and stores them.
    static Result<RollupConfig> load(const db::Database& db);
    // Stores cell size, reference latitude and day offset (only Rollups::rebuild changes them).
    Status save(const db::Database& db) const;

    const Grid& grid() const { return m_grid; }
    void setGrid(const Grid& grid) { m_grid = grid; }
    int dayOffset() const { return m_dayOffset; }
    qint64 purgedBefore() const { return m_purgedBefore; }
    Status setPurgedBefore(const db::Database& db, qint64 secs);

    qint64 hourBucket(qint64 t) const;
    // Start (UTC seconds) of the local day containing t.
    qint64 dayBucket(qint64 t) const;
    // Start (UTC seconds) of the local week (from Monday) containing t.
    qint64 weekBucket(qint64 t) const;
    // The value sketches count for one person: a salted 64-bit mix of the person's id.
    std::uint64_t personHash(qint64 personId) const;
    // The mean venue latitude rounded to 0.1 degree, or 30 when there are no venues.
    static Result<double> defaultReferenceLatitude(const db::Database& db);

private:
    Grid m_grid;
    int m_dayOffset = kDefaultDayOffset;
    std::uint64_t m_salt = 0;
    qint64 m_purgedBefore = 0;
};

} // namespace hc::heatmap
