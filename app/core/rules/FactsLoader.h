#pragma once
// Loads the facts of the people of a jurisdiction scope into a FactStore with a few bulk queries streamed
// row by row (db::FastQuery; never one query per person): the people of the scope ORDER BY id, their tests,
// close contacts and symptoms ORDER BY person_id, the home-district designations, and the scans at designated
// venues and in designated districts, classified by the designation in force at scan time (read by venue and
// sorted by person in memory). Facts before `from` are left out. A worker thread loads on its own connection
// (loadWithOwnConnection, or a Database it opened with openAnother()).

#include "FactStore.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QSet>
#include <QString>

#include <functional>

namespace hc::rules {

class FactsLoader final
{
public:
    // progress(phase, step, steps) between and during the queries; returning false cancels
    // (ErrorCode::Cancelled).
    using Progress = std::function<bool(const QString& phase, qint64 step, qint64 steps)>;

    struct Statistics
    {
        qint64 people = 0;
        qint64 events = 0;
        double seconds = 0;
    };

    // scope: jurisdiction ids (districts, or any ids of which only the districts matter). from: Unix seconds.
    static Result<FactStore> load(const db::Database& db, const QSet<qint64>& scope, qint64 from,
                                  const Progress& progress = {}, Statistics* statistics = nullptr);
    // A few people only (a person's page, "healthcode-ctl rules explain"), through the person indexes.
    static Result<FactStore> loadPeople(const db::Database& db, const QList<qint64>& personIds, qint64 from);
    // Opens connectionName on the calling thread, loads, and closes it again.
    static Result<FactStore> loadWithOwnConnection(const db::DatabaseUrl& url, const QString& connectionName,
                                                   const QSet<qint64>& scope, qint64 from,
                                                   const Progress& progress = {}, Statistics* statistics = nullptr);
};

} // namespace hc::rules
