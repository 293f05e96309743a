#pragma once
// Checks a login and builds the Session. The connection decides how (forDatabase): on SQLite, and on PostgreSQL
// when connected as the schema's owner (IT's URL: init, migrations, automation), the Argon2id hash in the users
// table is checked; on PostgreSQL with any other URL the official logs in as their own login role
// (<database>_user_<name>, SCRAM password) and the Database is reconnected as that role, so that the server's
// grants, row-level security and triggers apply to everything the console does afterwards.

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

class PostgresRoleAuthenticator final : public Authenticator
{
public:
    Result<Session> login(const db::Database& db, const QString& userName, const QString& password) override;
    Status confirm(const db::Database& db, const Session& session, const QString& password) override;
    // True when db is connected as (a member of) the schema's owner.
    static Result<bool> connectedAsOwner(const db::Database& db);
};

} // namespace hc::auth
