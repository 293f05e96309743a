#pragma once
// During a bulk load into SQLite, drops a table's plain (non-unique) indexes inside the caller's
// transaction and creates them again from their stored definitions at the end: one sort per index
// is cheaper than keeping it up to date row by row, and the WAL does not see every index page again
// and again. A rollback brings the indexes back. Does nothing on other backends.

#include "db/Database.h"

#include <QStringList>

namespace hc::demo {

class DeferredIndexes final
{
public:
    // Must run inside an open transaction; unique indexes stay (they enforce constraints).
    static Result<DeferredIndexes> suspend(const db::Database& db, const QString& table);
    // Creates the dropped indexes again with their original SQL.
    Status restore();
    int count() const { return static_cast<int>(m_definitions.size()); }

private:
    explicit DeferredIndexes(const db::Database& db) : m_db(&db) {}

    const db::Database* m_db;
    QStringList m_definitions;
};

} // namespace hc::demo
