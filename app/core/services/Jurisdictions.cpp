#include "Jurisdictions.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace hc::services {

namespace {
const char kSelect[] = "SELECT id, code, name, name_en, level, parent_id FROM jurisdictions";

Jurisdiction read(const QSqlQuery& q)
{
    return Jurisdiction{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
}
} // namespace

Result<QList<Jurisdiction>> Jurisdictions::all(const db::Database& db)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY code"));
    if (!q)
        return q.error();
    QList<Jurisdiction> list;
    while (q.value().next())
        list << read(q.value());
    return list;
}

Result<Jurisdiction> Jurisdictions::resolve(const db::Database& db, const QString& codeOrName)
{
    const QString key = codeOrName.trimmed();
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" WHERE code = ? OR name = ? OR name_en = ? "
                                                                        "ORDER BY CASE WHEN code = ? THEN 0 ELSE 1 END"),
                     {key, key, key, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hc::services::Jurisdictions",
                                                     "No jurisdiction has the code or name \"%1\". "
                                                     "`healthcode-ctl jurisdictions` lists them.")
                             .arg(key));
    return read(q.value());
}

Result<Jurisdiction> Jurisdictions::byId(const db::Database& db, qint64 id)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hc::services::Jurisdictions", "No jurisdiction with id %1.")
                             .arg(id));
    return read(q.value());
}

Result<QSet<qint64>> Jurisdictions::subtree(const db::Database& db, qint64 id)
{
    // The tree has a few hundred nodes at most: read the edges once and walk them here,
    // which needs no recursive SQL that would differ between the backends.
    auto q = db::run(db, QStringLiteral("SELECT id, parent_id FROM jurisdictions"));
    if (!q)
        return q.error();
    QMultiHash<qint64, qint64> children;
    while (q.value().next())
        children.insert(q.value().value(1).toLongLong(), q.value().value(0).toLongLong());
    QSet<qint64> out{id};
    QList<qint64> todo{id};
    while (!todo.isEmpty()) {
        const qint64 n = todo.takeLast();
        for (auto it = children.constFind(n); it != children.cend() && it.key() == n; ++it)
            if (!out.contains(it.value())) {
                out.insert(it.value());
                todo << it.value();
            }
    }
    return out;
}

Result<qint64> Jurisdictions::create(const db::Database& db, const QString& actor, const Jurisdiction& j)
{
    auto ins = db::insert(db,
                       QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {j.code, j.name, j.nameEn, j.level, j.parentId > 0 ? QVariant(j.parentId) : QVariant()});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    auto a = audit::AuditLog::append(db, actor, QStringLiteral("jurisdiction.create"),
                                     QStringLiteral("jurisdiction:") + j.code,
                                     {{QStringLiteral("name"), j.name}, {QStringLiteral("level"), j.level}});
    if (!a)
        return a.error();
    return id;
}

QString Jurisdictions::levelDisplayName(const QString& level)
{
    if (level == QLatin1String("province"))
        return QCoreApplication::translate("hc::services::Jurisdictions", "Province");
    if (level == QLatin1String("city"))
        return QCoreApplication::translate("hc::services::Jurisdictions", "City");
    if (level == QLatin1String("district"))
        return QCoreApplication::translate("hc::services::Jurisdictions", "District");
    return level;
}

} // namespace hc::services
