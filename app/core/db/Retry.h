#pragma once
// Runs a unit of work again when it failed only because another connection got in its way: PostgreSQL
// aborts one of two transactions with a serialization failure (SQLSTATE 40001) or a deadlock (40P01), and
// SQLite answers busy or locked when its busy timeout ran out. The work is a function that opens, fills and
// commits its own db::Transaction, so every attempt starts from what is committed; a failed attempt left
// nothing behind (its transaction was rolled back), so nothing is lost and nothing is done twice. Other
// errors, and the last transient one after kRetryAttempts tries, are returned unchanged.
//
// How a transient error is known: db::sqlError, Transaction and FastQuery note the message of each one
// they make on the calling thread (markTransient); isTransient(error) is true when error's message carries
// that text, however the services wrapped it on the way up.

#include "Database.h"
#include "util/Result.h"

#include <QSqlError>

namespace hc::db {

constexpr int kRetryAttempts = 6;

// True for the database errors named above.
bool isTransient(const QSqlError& error);
// The error made from a transient database error: remembered for isTransient(const Error&).
Error markTransient(Error error);
// A service error of this thread that came from a transient database error.
bool isTransient(const Error& error);
// Marks error as transient: for a service's own "another connection changed it meanwhile, try again".
Error transientConflict(const QString& message);
// Waits a little before attempt (1-based), longer each time and with jitter, so two retrying
// connections do not meet again in step.
void backOff(int attempt);
// Transient failures retried in this process so far (for tests and logs).
int retriesSoFar();
void countRetry();

template <typename Work>
auto retry(Work&& work) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        auto result = work();
        if (result || !isTransient(result.error()) || attempt >= kRetryAttempts)
            return result;
        countRetry();
        backOff(attempt);
    }
}

} // namespace hc::db
