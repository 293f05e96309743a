#pragma once
// Fast appends of many rows to one table inside the caller's transaction: set the columns of a row,
// then addRow(); finish() writes what is still buffered. create() picks the fastest way for the backend.

#include "db/Database.h"

#include <QStringList>

#include <memory>

namespace hc::demo {

class RowWriter
{
public:
    virtual ~RowWriter() = default;
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    static Result<std::unique_ptr<RowWriter>> create(const db::Database& db, const QString& table,
                                                     const QStringList& columns);

    virtual void setNull(int column) = 0;
    virtual void setInt(int column, qint64 value) = 0;
    virtual void setDouble(int column, double value) = 0;
    // UTF-8 text; the bytes must stay valid until addRow() returns.
    virtual void setText(int column, const char* utf8, int length) = 0;
    void setText(int column, const QByteArray& utf8)
    {
        setText(column, utf8.constData(), static_cast<int>(utf8.size()));
    }
    virtual Status addRow() = 0;
    virtual Status finish() = 0;

protected:
    RowWriter() = default;
    // verb: "INSERT" or, on SQLite, "INSERT OR FAIL".
    static QString insertSql(const QString& verb, const QString& table, const QStringList& columns, int rows);
};

} // namespace hc::demo
