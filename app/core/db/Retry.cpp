#include "Retry.h"

#include "util/Logging.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace hc::db {

namespace {
std::atomic<int> g_retries{0};
thread_local QString t_lastTransient;
} // namespace

bool isTransient(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    // PostgreSQL: the SQLSTATE. SQLite (Qt's driver reports the primary or extended result code):
    // SQLITE_BUSY 5 and its extended codes (261 recovery, 517 snapshot, 773 timeout), SQLITE_LOCKED 6 (262).
    static const QStringList codes{QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("5"),
                                   QStringLiteral("6"),     QStringLiteral("261"),   QStringLiteral("262"),
                                   QStringLiteral("517"),   QStringLiteral("773")};
    if (codes.contains(native))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("database is busy")) ||
           text.contains(QLatin1String("deadlock detected")) ||
           text.contains(QLatin1String("could not serialize access"));
}

Error markTransient(Error error)
{
    t_lastTransient = error.message;
    return error;
}

Error transientConflict(const QString& message)
{
    return markTransient(makeError(ErrorCode::Conflict, message));
}

bool isTransient(const Error& error)
{
    return !t_lastTransient.isEmpty() && error.message.contains(t_lastTransient);
}

void backOff(int attempt)
{
    const int base = 10 << std::min(attempt, 5);
    QThread::msleep(static_cast<unsigned long>(base + QRandomGenerator::global()->bounded(base)));
}

int retriesSoFar()
{
    return g_retries.load();
}

void countRetry()
{
    ++g_retries;
    t_lastTransient.clear();
    qCInfo(lcDb) << "a transaction met another connection's and runs again";
}

} // namespace hc::db
