#pragma once
// A prepared statement for hot loops (bulk imports, rollup reads): binds by position without QVariant
// and reads columns by index. On SQLite it drives the connection's own sqlite3 handle (Qt's binding
// converts every value through QVariant and UTF-16 and looks each placeholder up by name, which costs
// more than the insert itself); on PostgreSQL it wraps QSqlQuery. sqlite3.h stays in the .cpp.

#include "Database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace hc::db {

class FastQuery
{
public:
    static Result<std::unique_ptr<FastQuery>> prepare(const Database& db, const QString& sql);
    virtual ~FastQuery();
    FastQuery(const FastQuery&) = delete;
    FastQuery& operator=(const FastQuery&) = delete;

    // Positions count from 0. Bindings stay until replaced.
    virtual void bindNull(int index) = 0;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindText(int index, const QString& value) = 0;
    virtual void bindBlob(int index, const QByteArray& value) = 0;
    // Runs the statement with the current bindings; result rows follow through next().
    virtual Status exec() = 0;
    virtual bool next() = 0;
    // Rows inserted, updated or deleted by the last exec() (an INSERT ... ON CONFLICT DO NOTHING that met a
    // conflict: 0).
    virtual qint64 changes() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 intValue(int column) const = 0;
    virtual double doubleValue(int column) const = 0;
    virtual QString textValue(int column) const = 0;
    virtual QByteArray blobValue(int column) const = 0;
    // The bytes without a copy, valid until the next call of next() or exec().
    virtual QByteArrayView blobView(int column) = 0;

protected:
    FastQuery() = default;
};

} // namespace hc::db
