#pragma once
// Adds scans to the heatmap rollups in memory and merges them into the rollup tables in one go:
// per city, grid cell (split at district borders), hour, day and week, and colour; per district, hour,
// day and week, and colour; per venue, day and week, and colour. Each bucket holds a scan count and a PeopleSketch.

#include "PeopleSketch.h"
#include "RollupConfig.h"
#include "ScanColour.h"
#include "db/Database.h"

#include <QHash>

#include <array>

namespace hc::heatmap {

// One scan, already placed: the district and city it counts for and the point its cell comes from.
struct ScanFact
{
    qint64 at = 0; // UTC seconds
    ScanColour colour = ScanColour::Green;
    qint64 districtId = 0;
    qint64 cityId = 0;
    qint64 venueId = 0; // 0: none
    double lat = 0;
    double lon = 0;
    qint64 personId = 0; // 0: unknown person (counts as a scan, not as a person)
};

class RollupAccumulator final
{
public:
    explicit RollupAccumulator(const RollupConfig& config);

    void add(const ScanFact& fact);
    bool isEmpty() const;
    qint64 pendingBuckets() const;
    // Merges everything added into the tables and clears. The caller holds the transaction and the
    // rollup lock (Rollups::lock), so nobody else changes the rows between reading and writing them.
    Status flush(const db::Database& db);
    void clear();

    struct Key
    {
        qint64 city = 0;
        qint64 bucket = 0;
        qint32 span = 0;
        std::array<qint64, 4> parts{}; // table-specific key columns
        bool operator==(const Key& o) const = default;
    };
    struct Value
    {
        qint64 scans = 0;
        PeopleSketch people;
    };

private:
    void bump(int table, const Key& key, qint64 personId);

    RollupConfig m_config;
    std::array<QHash<Key, Value>, 3> m_tables;
};

size_t qHash(const RollupAccumulator::Key& key, size_t seed = 0) noexcept;

} // namespace hc::heatmap
