#pragma once
// Looks many keys up at once ("... WHERE column IN (?, ?, ...)" in chunks of 500) instead of one
// statement per row: what keeps batches fast on PostgreSQL, where every statement is a round trip.

#include "db/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace hc::imports {

class BatchLookup final
{
public:
    static constexpr int kChunk = 500;
    // selectWhereIn ends with "IN": e.g. "SELECT pseudonym, id FROM people WHERE pseudonym IN".
    // Calls row() for every result row. Duplicate keys are asked once.
    static Status run(const db::Database& db, const QString& selectWhereIn, const QVariantList& keys,
                      const std::function<void(const QSqlQuery&)>& row);
    static Status run(const db::Database& db, const QString& selectWhereIn, const QStringList& keys,
                      const std::function<void(const QSqlQuery&)>& row);
};

} // namespace hc::imports
