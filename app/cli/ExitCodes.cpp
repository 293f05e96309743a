#include "ExitCodes.h"

namespace hc::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return Ok;
    case ErrorCode::InvalidArgument:
        return InvalidArgument;
    case ErrorCode::BadDatabaseUrl:
        return BadDatabaseUrl;
    case ErrorCode::DatabaseUnavailable:
        return DatabaseUnavailable;
    case ErrorCode::DatabaseTooNew:
        return DatabaseTooNew;
    case ErrorCode::DatabaseError:
        return DatabaseError;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::AuthenticationFailed:
        return AuthenticationFailed;
    case ErrorCode::AccountLocked:
        return AccountLocked;
    case ErrorCode::AccountDisabled:
        return AccountDisabled;
    case ErrorCode::PermissionDenied:
        return PermissionDenied;
    case ErrorCode::OutOfScope:
        return OutOfScope;
    case ErrorCode::Conflict:
        return Conflict;
    case ErrorCode::AuditBroken:
        return AuditBroken;
    case ErrorCode::CryptoError:
        return CryptoError;
    case ErrorCode::Cancelled:
        return Cancelled;
    }
    return Internal;
}

} // namespace hc::cli
