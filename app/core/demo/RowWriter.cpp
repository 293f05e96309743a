#include "RowWriter.h"

#include "QtBulkWriter.h"
#include "SqliteBulkWriter.h"

namespace hc::demo {

Result<std::unique_ptr<RowWriter>> RowWriter::create(const db::Database& db, const QString& table,
                                                     const QStringList& columns)
{
    if (db.isSqlite()) {
        auto w = SqliteBulkWriter::open(db, table, columns);
        if (!w)
            return w.error();
        return std::unique_ptr<RowWriter>(std::move(w).value());
    }
    return std::unique_ptr<RowWriter>(std::make_unique<QtBulkWriter>(db, table, columns));
}

QString RowWriter::insertSql(const QString& verb, const QString& table, const QStringList& columns, int rows)
{
    QString one = QStringLiteral("(?");
    for (qsizetype i = 1; i < columns.size(); ++i)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QString sql = verb + QStringLiteral(" INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES ") + one;
    sql.reserve(sql.size() + (one.size() + 2) * rows);
    for (int r = 1; r < rows; ++r)
        sql += QStringLiteral(", ") + one;
    return sql;
}

} // namespace hc::demo
