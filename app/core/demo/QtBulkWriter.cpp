#include "QtBulkWriter.h"

#include "db/Sql.h"

namespace hc::demo {

QtBulkWriter::QtBulkWriter(const db::Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns)
{
    m_row.resize(columns.size());
    m_pending.reserve(columns.size() * kRowsPerStatement);
}

void QtBulkWriter::setNull(int column)
{
    m_row[column] = QVariant();
}

void QtBulkWriter::setInt(int column, qint64 value)
{
    m_row[column] = value;
}

void QtBulkWriter::setDouble(int column, double value)
{
    m_row[column] = value;
}

void QtBulkWriter::setText(int column, const char* utf8, int length)
{
    m_row[column] = QString::fromUtf8(utf8, length);
}

Status QtBulkWriter::addRow()
{
    m_pending += m_row;
    if (++m_pendingRows == kRowsPerStatement)
        return flush();
    return {};
}

Status QtBulkWriter::finish()
{
    return m_pendingRows > 0 ? flush() : Status{};
}

Status QtBulkWriter::flush()
{
    Status s;
    if (m_pendingRows == kRowsPerStatement) {
        if (!m_full) {
            m_full.emplace(m_db.connection());
            if (!m_full->prepare(insertSql(QStringLiteral("INSERT"), m_table, m_columns, kRowsPerStatement))) {
                const Error e = db::sqlError(*m_full);
                m_full.reset();
                return e;
            }
        }
        s = db::rerun(*m_full, m_pending);
    } else {
        auto r = db::run(m_db, insertSql(QStringLiteral("INSERT"), m_table, m_columns, m_pendingRows), m_pending);
        if (!r)
            s = r.error();
    }
    m_pending.clear();
    m_pendingRows = 0;
    return s;
}

} // namespace hc::demo
