#include "SqliteTuning.h"

#include "db/Sql.h"
#include "util/Logging.h"

namespace hc::demo {

namespace {
Result<qint64> pragmaValue(const db::Database& db, const QString& name)
{
    auto q = db::run(db, QStringLiteral("PRAGMA ") + name);
    if (!q)
        return q.error();
    if (!q.value().next())
        return db::sqlError(q.value());
    return q.value().value(0).toLongLong();
}
} // namespace

SqliteTuning::SqliteTuning(const db::Database& db, qint64 cacheKiB) : m_db(db)
{
    if (!db.isSqlite())
        return;
    auto sync = pragmaValue(db, QStringLiteral("synchronous"));
    auto cache = pragmaValue(db, QStringLiteral("cache_size"));
    auto fk = pragmaValue(db, QStringLiteral("foreign_keys"));
    if (!sync || !cache || !fk) {
        m_status = !sync ? sync.error() : !cache ? cache.error() : fk.error();
        return;
    }
    m_synchronous = static_cast<int>(sync.value());
    m_cacheSize = cache.value();
    m_foreignKeys = static_cast<int>(fk.value());
    m_active = true;
    for (const QString& sql :
         {QStringLiteral("PRAGMA synchronous=OFF"), QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKiB),
          QStringLiteral("PRAGMA foreign_keys=OFF")}) {
        m_status = db.execute(sql);
        if (!m_status)
            return;
    }
}

SqliteTuning::~SqliteTuning()
{
    if (!m_active)
        return;
    // The last transaction's pages are already in the database file; empty the write-ahead log so an
    // open connection does not keep a log as large as the data. Busy readers only make this a no-op.
    const Status truncated = m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!truncated)
        qCWarning(lcDemo) << "could not truncate the write-ahead log:" << truncated.error().message;
    for (const QString& sql : {QStringLiteral("PRAGMA foreign_keys=%1").arg(m_foreignKeys),
                               QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize),
                               QStringLiteral("PRAGMA synchronous=%1").arg(m_synchronous)}) {
        const Status s = m_db.execute(sql);
        if (!s)
            qCWarning(lcDemo) << "could not restore" << sql << s.error().message;
    }
}

} // namespace hc::demo
