#pragma once
// Checks a login and builds the Session. The backend decides how: today both backends check the
// Argon2id hash in the users table; a PostgreSQL authenticator that logs in as the official's own
// server role can replace it without touching the callers.

#include "Session.h"
#include "db/Database.h"

#include <memory>

namespace hc::auth {

class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // Wrong name and wrong password give the same message, so names cannot be probed.
    virtual Result<Session> login(const db::Database& db, const QString& userName, const QString& password) = 0;
    // Re-checks the password of the session's user (unlocking after the idle lock).
    virtual Status confirm(const db::Database& db, const Session& session, const QString& password) = 0;

    static std::unique_ptr<Authenticator> forDatabase(const db::Database& db);
    // The session of a user by name, for tools that have already authenticated (first-run setup, tests).
    static Result<Session> sessionFor(const db::Database& db, qint64 userId);
};

class LocalAuthenticator final : public Authenticator
{
public:
    Result<Session> login(const db::Database& db, const QString& userName, const QString& password) override;
    Status confirm(const db::Database& db, const Session& session, const QString& password) override;
};

} // namespace hc::auth
