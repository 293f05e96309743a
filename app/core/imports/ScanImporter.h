#pragma once
// Scan events from scanning providers: event id (unique per provider), time with zone, venue code or
// coordinates, person pseudonym, colour shown. Duplicates (same provider and event id, already stored or
// earlier in the file, with the same content) are counted, not stored again; the same event id with other
// content is a rejected row. Scans older than the retention window or than the last purge are rejected
// (their rollups would keep exact per-person sets). The heatmap rollups are updated in the same
// transaction as the scans they count.

#include "Importer.h"
#include "db/FastQuery.h"
#include "heatmap/Geography.h"
#include "heatmap/RollupAccumulator.h"
#include "heatmap/Rollups.h"

#include <QHash>

#include <optional>
#include <vector>

namespace hc::imports {

class ScanImporter final : public Importer
{
public:
    ScanImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    ~ScanImporter() override;

    QList<FieldSpec> fields() const override;

protected:
    QString columnProblem(const ColumnMapping& mapping) const override;
    Status prepare() override;
    std::optional<Reject> accept(const SourceRecord& record, const ColumnMapping& mapping) override;
    Status writeBatch(BatchResult& result) override;
    qint64 queued() const override { return static_cast<qint64>(m_rows.size()); }
    void discardBatch() override;
    QString provider() const override { return options().provider; }

private:
    struct Row
    {
        qint64 line = 0;
        QString provider;
        QString eventId;
        QString pseudonym;
        heatmap::ScanFact fact;
        bool hasCoordinates = false;
        double lat = 0;
        double lon = 0;
    };
    // Column indexes of the fields (-1: absent), looked up once per mapping rather than by name per row.
    struct Columns
    {
        const ColumnMapping* mapping = nullptr;
        int eventId = -1, time = -1, venue = -1, lat = -1, lon = -1, pseudonym = -1, colour = -1, provider = -1;
    };
    Status resolvePeople(BatchResult& result, std::vector<bool>& keep);
    static void bindScan(db::FastQuery& q, int first, const Row& r);
    Status insertSqlite(const std::vector<std::size_t>& rows, BatchResult& result);
    Status insertMultiRow(const std::vector<std::size_t>& rows, BatchResult& result);
    // The rows whose insert did nothing: duplicates when the stored scan of their event id has their content,
    // rejected rows when not.
    Status checkCollisions(const std::vector<std::size_t>& rows, BatchResult& result);

    Columns m_columns;
    std::unique_ptr<db::FastQuery> m_insert; // SQLite: the one-row insert, prepared once per import

    std::optional<heatmap::Geography> m_geography;
    std::optional<heatmap::RollupAccumulator> m_rollups;
    QHash<QString, heatmap::VenuePlace> m_venues; // by code
    QHash<QString, qint64> m_people;              // pseudonym -> id, a bounded cache
    std::vector<Row> m_rows;
    qint64 m_now = 0;
    qint64 m_oldest = 0;         // scans before this are refused: max(retention cutoff, purged before)
    bool m_oldestIsPurge = false; // m_oldest is where raw scans were purged, not the retention cutoff
    int m_retentionDays = 0;
};

} // namespace hc::imports
