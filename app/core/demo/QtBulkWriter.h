#pragma once
// RowWriter through Qt SQL for servers (PostgreSQL): rows are buffered and sent as prepared multi-row
// INSERTs of up to 500 rows, which saves a round trip per row.

#include "RowWriter.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace hc::demo {

class QtBulkWriter final : public RowWriter
{
public:
    static constexpr int kRowsPerStatement = 500;

    QtBulkWriter(const db::Database& db, const QString& table, const QStringList& columns);

    void setNull(int column) override;
    void setInt(int column, qint64 value) override;
    void setDouble(int column, double value) override;
    void setText(int column, const char* utf8, int length) override;
    using RowWriter::setText;
    Status addRow() override;
    Status finish() override;

private:
    Status flush();

    const db::Database& m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_row;
    QVariantList m_pending; // whole rows, column after column
    int m_pendingRows = 0;
    std::optional<QSqlQuery> m_full; // prepared once for full batches
};

} // namespace hc::demo
