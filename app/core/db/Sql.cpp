#include "Sql.h"

#include "Retry.h"
#include "util/KillPoint.h"

#include <QCoreApplication>
#include <QSqlError>

namespace hc::db {

namespace {
// A null QString would be bound as SQL NULL; callers pass QVariant() when they mean NULL.
QVariant bindable(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return v;
}
} // namespace

Result<bool> updateIfUnchanged(const Database& db, const QString& table, const QString& set, QVariantList values,
                               qint64 id, int rowVersion)
{
    values << id << rowVersion;
    auto up = run(db,
                  QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + set
                      + QStringLiteral(", row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                  values);
    if (!up)
        return up.error();
    return up.value().numRowsAffected() == 1;
}

Error sqlError(const QSqlQuery& query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    ErrorCode code = ErrorCode::DatabaseError;
    // Unique and foreign-key violations are caller conflicts, not broken databases.
    const QString native = e.nativeErrorCode();
    if (native == QLatin1String("23505") || native == QLatin1String("2067") || native == QLatin1String("1555")
        || text.contains(QLatin1String("UNIQUE constraint failed")))
        code = ErrorCode::Conflict;
    Error error = makeError(code, QCoreApplication::translate("hc::db", "Database error: %1").arg(text.trimmed()));
    return isTransient(e) ? markTransient(error) : error;
}

Result<QSqlQuery> run(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return sqlError(q);
    killpoint::reach("sql.run");
    return q;
}

Result<qint64> insert(const Database& db, const QString& sql, const QVariantList& values)
{
    auto q = run(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return sqlError(q.value());
    return q.value().value(0).toLongLong();
}

Status rerun(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values.at(i)));
    if (!q.exec())
        return sqlError(q);
    killpoint::reach("sql.rerun");
    return {};
}

} // namespace hc::db
