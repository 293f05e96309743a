#pragma once
// Officials' accounts: first administrator, adding, listing, disabling, unlocking, roles and passwords.
// Every call checks the caller's role and scope and writes its audit record in the same transaction.

#include "auth/Session.h"
#include "db/Database.h"

#include <QList>
#include <QString>

namespace hc::services {

struct UserInfo
{
    qint64 id = 0;
    QString name;
    QString displayName;
    auth::Role role = auth::Role::Viewer;
    qint64 jurisdictionId = 0;
    QString jurisdictionName;
    bool disabled = false;
    qint64 lockedUntil = 0;
    qint64 lastLoginAt = 0;
    qint64 createdAt = 0;
    int rowVersion = 0;
};

struct NewUser
{
    QString name;
    QString displayName;
    QString password;
    auth::Role role = auth::Role::Viewer;
    qint64 jurisdictionId = 0;
};

class UserService final
{
public:
    static constexpr int kMinPasswordLength = 10;

    // Creates the schema's first administrator (and the root jurisdiction if there is none).
    // Refused once any user exists.
    static Result<qint64> initialize(const db::Database& db, const QString& adminName, const QString& password,
                                     const QString& rootCode, const QString& rootName);
    static Result<qint64> add(const db::Database& db, const auth::Session& session, const NewUser& user);
    static Result<QList<UserInfo>> list(const db::Database& db, const auth::Session& session);
    static Result<UserInfo> find(const db::Database& db, const auth::Session& session, const QString& name);
    static Status setDisabled(const db::Database& db, const auth::Session& session, const QString& name, bool disabled);
    static Status unlock(const db::Database& db, const auth::Session& session, const QString& name);
    static Status setPassword(const db::Database& db, const auth::Session& session, const QString& name,
                              const QString& password);
    // expectedRowVersion guards against two administrators changing one account at once.
    static Status setRole(const db::Database& db, const auth::Session& session, const QString& name, auth::Role role,
                          int expectedRowVersion);

    // Four-eyes across accounts: refuses (PermissionDenied) when the account `decider` was last set up (created,
    // given a password by someone else, given a role) by one of `askers`, who could then decide in its name.
    static Status requireNotSetUpBy(const db::Database& db, const QString& decider, const QStringList& askers);

    // Field checks shared with the GUI's inline validation; empty when valid.
    static QString nameProblem(const QString& name);
    static QString passwordProblem(const QString& password);
    static Result<bool> anyUserExists(const db::Database& db);
};

} // namespace hc::services
