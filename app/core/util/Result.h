#pragma once
// Result-or-error returned by every core service; the message is already translated for the user.

#include <QString>

#include <optional>
#include <utility>

namespace hc {

// Kinds of failure; each maps to its own exit code in healthcode-ctl (see ExitCodes in app/cli).
enum class ErrorCode {
    None = 0,
    InvalidArgument,   // bad input from the caller: names the field
    BadDatabaseUrl,
    DatabaseUnavailable,
    DatabaseTooNew,
    DatabaseError,
    NotFound,
    AuthenticationFailed,
    AccountLocked,
    AccountDisabled,
    PermissionDenied,
    OutOfScope,
    Conflict,          // stale row version, duplicate name
    AuditBroken,
    CryptoError,
    Cancelled,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, const QString& message)
{
    return Error{code, message};
}

} // namespace hc
