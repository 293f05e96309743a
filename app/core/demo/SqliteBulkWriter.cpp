#include "SqliteBulkWriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace hc::demo {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::demo::SqliteBulkWriter)
};

// Rows per statement: enough to spread the cursor set-up thin, small enough to stay in the CPU cache.
constexpr int kMaxBatchRows = 128;

} // namespace

Result<std::unique_ptr<SqliteBulkWriter>> SqliteBulkWriter::open(const db::Database& db, const QString& table,
                                                                 const QStringList& columns)
{
    // Qt's SQLite driver links the same system libsqlite3 as we do, so its handle is ours to use.
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::DatabaseError, Tr::tr("The SQLite connection does not expose its native handle."));
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    if (!h || columns.isEmpty())
        return makeError(ErrorCode::DatabaseError, Tr::tr("The SQLite connection is not open."));
    std::unique_ptr<SqliteBulkWriter> w(new SqliteBulkWriter);
    w->m_db = h;
    w->m_table = table;
    w->m_columns = columns;
    w->m_columnCount = static_cast<int>(columns.size());
    const int maxVariables = sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    w->m_batchRows = std::clamp(maxVariables / w->m_columnCount, 1, kMaxBatchRows);
    w->m_values.resize(static_cast<std::size_t>(w->m_batchRows * w->m_columnCount));
    for (auto [stmt, rows] : {std::pair{&w->m_batch, w->m_batchRows}, std::pair{&w->m_single, 1}}) {
        // OR FAIL: a multi-row INSERT that may abort halfway makes SQLite copy every page it touches to
        // a statement journal first (gigabytes for random-key indexes). A failing statement fails the
        // caller's whole transaction anyway, so undoing just the statement is not needed.
        const QByteArray sql = insertSql(QStringLiteral("INSERT OR FAIL"), table, columns, rows).toUtf8();
        if (sqlite3_prepare_v3(h, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, stmt,
                               nullptr) != SQLITE_OK)
            return w->lastError();
    }
    return w;
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    // Unwritten rows are dropped: finish() was not called, so the caller is failing anyway.
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

Error SqliteBulkWriter::lastError() const
{
    const int code = sqlite3_extended_errcode(m_db);
    const ErrorCode kind = (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
                               ? ErrorCode::Conflict
                               : ErrorCode::DatabaseError;
    return makeError(
        kind, QCoreApplication::translate("hc::db", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteBulkWriter::setNull(int column)
{
    m_values[static_cast<std::size_t>(m_rows * m_columnCount + column)].type = Value::Null;
}

void SqliteBulkWriter::setInt(int column, qint64 value)
{
    Value& v = m_values[static_cast<std::size_t>(m_rows * m_columnCount + column)];
    v.type = Value::Int;
    v.integer = value;
}

void SqliteBulkWriter::setDouble(int column, double value)
{
    Value& v = m_values[static_cast<std::size_t>(m_rows * m_columnCount + column)];
    v.type = Value::Double;
    v.real = value;
}

void SqliteBulkWriter::setText(int column, const char* utf8, int length)
{
    Value& v = m_values[static_cast<std::size_t>(m_rows * m_columnCount + column)];
    v.type = Value::Text;
    v.integer = static_cast<qint64>(m_text.size());
    v.length = length;
    m_text.append(utf8, static_cast<std::size_t>(length));
}

Status SqliteBulkWriter::addRow()
{
    if (++m_rows < m_batchRows)
        return {};
    return write(m_batch, m_rows);
}

Status SqliteBulkWriter::finish()
{
    // The remainder goes row by row; rows are shifted to the front so one-row binding can be reused.
    const int rows = m_rows;
    for (int r = 0; r < rows; ++r) {
        std::copy_n(m_values.begin() + r * m_columnCount, m_columnCount, m_values.begin());
        m_rows = 1;
        const Status s = write(m_single, 1);
        if (!s)
            return s;
        m_rows = 0;
    }
    m_rows = 0;
    m_text.clear();
    return {};
}

Status SqliteBulkWriter::write(sqlite3_stmt* stmt, int rows)
{
    // m_text no longer grows while binding, so pointers into it stay valid until the step.
    const char* text = m_text.data();
    int rc = SQLITE_OK;
    for (int i = 0; i < rows * m_columnCount && rc == SQLITE_OK; ++i) {
        const Value& v = m_values[static_cast<std::size_t>(i)];
        switch (v.type) {
        case Value::Null:
            rc = sqlite3_bind_null(stmt, i + 1);
            break;
        case Value::Int:
            rc = sqlite3_bind_int64(stmt, i + 1, v.integer);
            break;
        case Value::Double:
            rc = sqlite3_bind_double(stmt, i + 1, v.real);
            break;
        case Value::Text:
            rc = sqlite3_bind_text(stmt, i + 1, text + v.integer, v.length, SQLITE_STATIC);
            break;
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    const Error e = rc == SQLITE_DONE ? Error{} : lastError();
    sqlite3_reset(stmt);
    if (stmt == m_batch) {
        m_rows = 0;
        m_text.clear();
    }
    if (rc != SQLITE_DONE)
        return e;
    return {};
}

} // namespace hc::demo
