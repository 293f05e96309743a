#pragma once
// Risk areas: a district (code or name) or a venue (code), its level (low, medium, high), from when and
// until when (open-ended when absent). The same area, level and period again is a duplicate.

#include "Importer.h"
#include "heatmap/Geography.h"

#include <QHash>

#include <optional>
#include <vector>

namespace hc::imports {

class RiskAreaImporter final : public Importer
{
public:
    RiskAreaImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    ~RiskAreaImporter() override;

    QList<FieldSpec> fields() const override;

protected:
    QString columnProblem(const ColumnMapping& mapping) const override;
    Status prepare() override;
    std::optional<Reject> accept(const SourceRecord& record, const ColumnMapping& mapping) override;
    Status writeBatch(BatchResult& result) override;
    qint64 queued() const override { return static_cast<qint64>(m_rows.size()); }
    void discardBatch() override { m_rows.clear(); }

private:
    struct Row
    {
        qint64 line = 0;
        qint64 districtId = 0;
        qint64 venueId = 0;
        QString level;
        qint64 from = 0;
        qint64 to = 0; // 0: open-ended
        QString note;
    };
    std::optional<heatmap::Geography> m_geography;
    QHash<QString, std::pair<qint64, qint64>> m_venues; // code -> (id, district)
    std::vector<Row> m_rows;
};

} // namespace hc::imports
