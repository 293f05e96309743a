#pragma once
// Venues: code (unique), name, kind, district (code or name), latitude and longitude, which must lie
// inside the district's boundary when it has one. A venue stored with the same details is a duplicate,
// with other details a rejected row.

#include "Importer.h"
#include "heatmap/Geography.h"

#include <optional>
#include <vector>

namespace hc::imports {

class VenueImporter final : public Importer
{
public:
    VenueImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    ~VenueImporter() override;

    QList<FieldSpec> fields() const override;

protected:
    Status prepare() override;
    std::optional<Reject> accept(const SourceRecord& record, const ColumnMapping& mapping) override;
    Status writeBatch(BatchResult& result) override;
    qint64 queued() const override { return static_cast<qint64>(m_rows.size()); }
    void discardBatch() override { m_rows.clear(); }

private:
    struct Row
    {
        qint64 line = 0;
        QString code;
        QString name;
        QString kind;
        qint64 districtId = 0;
        double lat = 0;
        double lon = 0;
    };
    std::optional<heatmap::Geography> m_geography;
    std::vector<Row> m_rows;
};

} // namespace hc::imports
