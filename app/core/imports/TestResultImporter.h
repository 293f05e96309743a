#pragma once
// Test results: the person (ID number or pseudonym), kind (PCR or antigen), result, when sampled and
// reported, the lab. A result already stored for the same person, kind, sampling time and outcome is a
// duplicate.

#include "Importer.h"

#include <optional>
#include <vector>

namespace hc::imports {

class TestResultImporter final : public Importer
{
public:
    TestResultImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    ~TestResultImporter() override;

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
        QString nationalId;
        QString pseudonym;
        QString kind;
        QString result;
        qint64 sampledAt = 0;
        qint64 reportedAt = 0;
        QString lab;
    };
    std::vector<Row> m_rows;
    qint64 m_now = 0;
};

} // namespace hc::imports
