#include "BatchLookup.h"

#include "db/Sql.h"

#include <QSet>

namespace hc::imports {

Status BatchLookup::run(const db::Database& db, const QString& selectWhereIn, const QVariantList& keys,
                        const std::function<void(const QSqlQuery&)>& row)
{
    QVariantList unique;
    QSet<QString> seen;
    for (const QVariant& k : keys) {
        const QString s = k.toString();
        if (!seen.contains(s)) {
            seen.insert(s);
            unique << k;
        }
    }
    for (qsizetype i = 0; i < unique.size(); i += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, unique.size() - i);
        QStringList marks;
        for (qsizetype k = 0; k < n; ++k)
            marks << QStringLiteral("?");
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(selectWhereIn + QStringLiteral(" (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')')))
            return db::sqlError(q);
        const Status st = db::rerun(q, unique.mid(i, n));
        if (!st)
            return st;
        while (q.next())
            row(q);
    }
    return {};
}

Status BatchLookup::run(const db::Database& db, const QString& selectWhereIn, const QStringList& keys,
                        const std::function<void(const QSqlQuery&)>& row)
{
    QVariantList v;
    v.reserve(keys.size());
    for (const QString& k : keys)
        v << k;
    return run(db, selectWhereIn, v, row);
}

} // namespace hc::imports
