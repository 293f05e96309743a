#pragma once
// For the duration of a bulk load into SQLite: no fsync, a large page cache and no per-row foreign-key
// lookups (the generator writes consistent data); at the end the write-ahead log is emptied. The destructor restores
// the connection's settings, also after a failure. Does nothing on other backends. Must be created outside any
// transaction.

#include "db/Database.h"

namespace hc::demo {

class SqliteTuning final
{
public:
    explicit SqliteTuning(const db::Database& db, qint64 cacheKiB);
    ~SqliteTuning();
    SqliteTuning(const SqliteTuning&) = delete;
    SqliteTuning& operator=(const SqliteTuning&) = delete;

    const Status& status() const { return m_status; }

private:
    const db::Database& m_db;
    bool m_active = false;
    int m_synchronous = 2;
    qint64 m_cacheSize = -2000;
    int m_foreignKeys = 1;
    Status m_status;
};

} // namespace hc::demo
