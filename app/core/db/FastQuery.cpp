#include "FastQuery.h"

#include "Retry.h"
#include "Sql.h"
#include "util/KillPoint.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace hc::db {

namespace {
class SqliteQuery final : public FastQuery
{
public:
    SqliteQuery(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteQuery() override { sqlite3_finalize(m_stmt); }

    void bindNull(int i) override
    {
        rewind();
        sqlite3_bind_null(m_stmt, i + 1);
    }
    void bindInt(int i, qint64 v) override
    {
        rewind();
        sqlite3_bind_int64(m_stmt, i + 1, v);
    }
    void bindDouble(int i, double v) override
    {
        rewind();
        sqlite3_bind_double(m_stmt, i + 1, v);
    }
    void bindText(int i, const QString& v) override
    {
        rewind();
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int i, const QByteArray& v) override
    {
        rewind();
        sqlite3_bind_blob(m_stmt, i + 1, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    Status exec() override
    {
        rewind();
        m_used = true;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_pending = true;
            killpoint::reach("sql.fast");
            return {};
        }
        m_pending = false;
        m_done = true;
        if (rc == SQLITE_DONE) {
            killpoint::reach("sql.fast");
            return {};
        }
        return error();
    }
    bool next() override
    {
        if (m_pending) {
            m_pending = false;
            return true;
        }
        if (m_done)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_done = true;
        return false;
    }
    qint64 changes() const override { return sqlite3_changes64(m_db); }
    bool isNull(int c) const override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 intValue(int c) const override { return sqlite3_column_int64(m_stmt, c); }
    double doubleValue(int c) const override { return sqlite3_column_double(m_stmt, c); }
    QString textValue(int c) const override
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, c));
    }
    QByteArray blobValue(int c) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, c));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, c));
    }
    QByteArrayView blobView(int c) override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, c));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, c));
    }

private:
    // A statement that ran must be reset before it is bound or run again (bindings survive a reset).
    void rewind()
    {
        if (m_used) {
            sqlite3_reset(m_stmt);
            m_used = false;
            m_pending = false;
            m_done = false;
        }
    }
    Error error() const
    {
        const int code = sqlite3_extended_errcode(m_db);
        const ErrorCode kind = (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
                                   ? ErrorCode::Conflict
                                   : ErrorCode::DatabaseError;
        Error e = makeError(
            kind,
            QCoreApplication::translate("hc::db", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        const int primary = code & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? markTransient(e) : e;
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    bool m_used = false;
    bool m_pending = false;
    bool m_done = false;
};

class QtQuery final : public FastQuery
{
public:
    explicit QtQuery(const Database& db) : m_query(db.connection()) { m_query.setForwardOnly(true); }
    bool prepare(const QString& sql) { return m_query.prepare(sql); }
    Error lastError() const { return sqlError(m_query); }

    void bindNull(int i) override { m_query.bindValue(i, QVariant(QMetaType(QMetaType::LongLong))); }
    void bindInt(int i, qint64 v) override { m_query.bindValue(i, v); }
    void bindDouble(int i, double v) override { m_query.bindValue(i, v); }
    void bindText(int i, const QString& v) override
    {
        m_query.bindValue(i, v.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(v));
    }
    void bindBlob(int i, const QByteArray& v) override { m_query.bindValue(i, v); }
    Status exec() override
    {
        m_query.finish();
        if (!m_query.exec())
            return sqlError(m_query);
        killpoint::reach("sql.fast");
        return {};
    }
    bool next() override { return m_query.next(); }
    qint64 changes() const override { return m_query.numRowsAffected(); }
    bool isNull(int c) const override { return m_query.isNull(c); }
    qint64 intValue(int c) const override { return m_query.value(c).toLongLong(); }
    double doubleValue(int c) const override { return m_query.value(c).toDouble(); }
    QString textValue(int c) const override { return m_query.value(c).toString(); }
    QByteArray blobValue(int c) const override { return m_query.value(c).toByteArray(); }
    QByteArrayView blobView(int c) override
    {
        m_blob = m_query.value(c).toByteArray();
        return m_blob;
    }

private:
    QSqlQuery m_query;
    QByteArray m_blob;
};
} // namespace

FastQuery::~FastQuery() = default;

Result<std::unique_ptr<FastQuery>> FastQuery::prepare(const Database& db, const QString& sql)
{
    if (db.isSqlite()) {
        // Qt's SQLite driver links the same system libsqlite3, so its handle is ours to use.
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
            sqlite3_stmt* stmt = nullptr;
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(h, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                   nullptr) != SQLITE_OK) {
                sqlite3_finalize(stmt);
                return makeError(ErrorCode::DatabaseError, QCoreApplication::translate("hc::db", "Database error: %1")
                                                               .arg(QString::fromUtf8(sqlite3_errmsg(h))));
            }
            return std::unique_ptr<FastQuery>(std::make_unique<SqliteQuery>(h, stmt));
        }
    }
    auto q = std::make_unique<QtQuery>(db);
    if (!q->prepare(sql))
        return q->lastError();
    return std::unique_ptr<FastQuery>(std::move(q));
}

} // namespace hc::db
