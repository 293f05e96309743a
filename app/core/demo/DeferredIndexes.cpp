#include "DeferredIndexes.h"

#include "db/Sql.h"

namespace hc::demo {

Result<DeferredIndexes> DeferredIndexes::suspend(const db::Database& db, const QString& table)
{
    DeferredIndexes d(db);
    if (!db.isSqlite())
        return d;
    // Automatic indexes (UNIQUE constraints) have no SQL and cannot be dropped; explicit unique ones stay too.
    auto q = db::run(db,
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                    "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name"),
                     {table});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next()) {
        names << q.value().value(0).toString();
        d.m_definitions << q.value().value(1).toString();
    }
    q.value().finish();
    for (const QString& name : names) {
        const Status s = db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
        if (!s)
            return s.error();
    }
    return d;
}

Status DeferredIndexes::restore()
{
    if (m_definitions.isEmpty())
        return {};
    // SQLite's sorter sorts runs of at most the page cache size in memory and merges them. Runs of a few
    // megabytes stay in the CPU caches; one run of a large cache is pointer chasing through hundreds of
    // megabytes. Measured for two indexes of 6 million scans: 7 s with 2 MiB, 13 s with 64 MiB, 18 s with
    // 256 MiB (and that much more memory).
    auto cache = db::run(*m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    const qint64 previous = cache.value().next() ? cache.value().value(0).toLongLong() : -2000;
    cache.value().finish();
    Status s = m_db->execute(QStringLiteral("PRAGMA cache_size=-2048"));
    for (qsizetype i = 0; s && i < m_definitions.size(); ++i)
        s = m_db->execute(m_definitions.at(i));
    const Status back = m_db->execute(QStringLiteral("PRAGMA cache_size=%1").arg(previous));
    if (!s)
        return s;
    if (!back)
        return back;
    m_definitions.clear();
    return {};
}

} // namespace hc::demo
