#pragma once
// healthcode-ctl's exit codes: one per kind of failure, so scripts can tell them apart.

#include "util/Result.h"

namespace hc::cli {

enum ExitCode : int {
    Ok = 0,
    Internal = 1,
    Usage = 2,
    BadDatabaseUrl = 3,
    DatabaseUnavailable = 4,
    DatabaseTooNew = 5,
    AuthenticationFailed = 6,
    AccountLocked = 7,
    AccountDisabled = 8,
    PermissionDenied = 9,
    OutOfScope = 10,
    NotFound = 11,
    Conflict = 12,
    AuditBroken = 13,
    CryptoError = 14,
    DatabaseError = 15,
    InvalidArgument = 16,
    Cancelled = 17,
};

int exitCodeFor(ErrorCode code);

} // namespace hc::cli
