#pragma once
// RowWriter for SQLite through the sqlite3 C API on the connection's own handle. Rows are buffered and
// written by multi-row INSERT statements: a single-row INSERT opens and closes a cursor on the table and
// on every index at each step, which costs more than the insert itself. The only file with sqlite3.h.

#include "RowWriter.h"

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hc::demo {

class SqliteBulkWriter final : public RowWriter
{
public:
    static Result<std::unique_ptr<SqliteBulkWriter>> open(const db::Database& db, const QString& table,
                                                          const QStringList& columns);
    ~SqliteBulkWriter() override;

    void setNull(int column) override;
    void setInt(int column, qint64 value) override;
    void setDouble(int column, double value) override;
    void setText(int column, const char* utf8, int length) override;
    using RowWriter::setText;
    Status addRow() override;
    Status finish() override;

private:
    struct Value
    {
        enum Type : unsigned char
        {
            Null,
            Int,
            Double,
            Text
        } type = Null;
        qint64 integer = 0; // Text: offset into m_text
        double real = 0;
        int length = 0;
    };

    SqliteBulkWriter() = default;
    Error lastError() const;
    // Binds the buffered rows to stmt (which has exactly that many rows of placeholders) and runs it.
    Status write(sqlite3_stmt* stmt, int rows);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_batch = nullptr;  // m_batchRows rows of placeholders
    sqlite3_stmt* m_single = nullptr; // one row, for the remainder
    QString m_table;
    QStringList m_columns;
    int m_columnCount = 0;
    int m_batchRows = 1;
    int m_rows = 0;              // buffered complete rows
    std::vector<Value> m_values; // m_batchRows x m_columnCount
    std::string m_text;          // UTF-8 bytes of the buffered text values
};

} // namespace hc::demo
