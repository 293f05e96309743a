#pragma once
// Prepared statements with bound values, with errors turned into translated messages.

#include "Database.h"

#include <QSqlQuery>
#include <QVariantList>

#include <initializer_list>

namespace hc::db {

// Prepares sql on db, binds values in order and executes. On failure the error names the statement.
Result<QSqlQuery> run(const Database& db, const QString& sql, const QVariantList& values = {});
// INSERT ... RETURNING id on both backends (Qt's lastInsertId() is empty for PostgreSQL identity columns).
Result<qint64> insert(const Database& db, const QString& sql, const QVariantList& values);
// Same, for a query already prepared (batches): binds and executes again.
Status rerun(QSqlQuery& query, const QVariantList& values);
// UPDATE table SET set, row_version = row_version + 1 WHERE id = ? AND row_version = ? (values bind set's
// placeholders): false when the row changed or went since it was read at rowVersion, so nothing was written.
Result<bool> updateIfUnchanged(const Database& db, const QString& table, const QString& set, QVariantList values,
                               qint64 id, int rowVersion);
// The database error of a failed query as a user message.
Error sqlError(const QSqlQuery& query);

} // namespace hc::db
