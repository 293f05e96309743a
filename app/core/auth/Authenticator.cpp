#include "Authenticator.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "db/PgSecurity.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "services/UserService.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace hc::auth {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::auth::Authenticator)
};

struct UserRow
{
    qint64 id = 0;
    QString name;
    QString hash;
    QString role;
    qint64 jurisdictionId = 0;
    bool disabled = false;
    qint64 lockedUntil = 0;
};

Result<std::optional<UserRow>> findUser(const db::Database& db, const QString& column, const QVariant& key)
{
    // The hash only where it is checked: an official's own login role may not read password hashes.
    auto q = db::run(
        db,
        QStringLiteral("SELECT id, name, %2, role, jurisdiction_id, disabled, locked_until "
                       "FROM users WHERE %1 = ?")
            .arg(column, column == QLatin1String("db_role") ? QStringLiteral("''") : QStringLiteral("password_hash")),
        {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<UserRow>{};
    const QSqlQuery& r = q.value();
    return std::optional<UserRow>{UserRow{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                          r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toInt() != 0,
                                          r.value(6).toLongLong()}};
}

Error wrongCredentials()
{
    return makeError(ErrorCode::AuthenticationFailed, Tr::tr("Wrong user name or password."));
}

Result<Session> buildSession(const db::Database& db, const UserRow& u)
{
    const auto role = roleFromKey(u.role);
    if (!role)
        return makeError(ErrorCode::DatabaseError, Tr::tr("User %1 has an unknown role \"%2\".").arg(u.name, u.role));
    auto scope = services::Jurisdictions::subtree(db, u.jurisdictionId);
    if (!scope)
        return scope.error();
    Session s;
    s.userId = u.id;
    s.userName = u.name;
    s.role = *role;
    s.jurisdictionId = u.jurisdictionId;
    s.scope = scope.value();
    return s;
}

Error accountDisabled(const QString& name)
{
    return makeError(ErrorCode::AccountDisabled,
                     Tr::tr("The account %1 is disabled. Ask an administrator to enable it.").arg(name));
}

// The successful login's writes (the user row's counters and the login record) and the session, in one transaction.
Result<Session> completeLogin(const db::Database& db, const UserRow& u, const QString& update, const QVariantList& binds,
                              const QJsonObject& details)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto up = db::run(db, update, binds);
    if (!up)
        return up.error();
    auto a = audit::AuditLog::append(db, u.name, QStringLiteral("login"), QStringLiteral("user:") + u.name, details);
    if (!a)
        return a.error();
    auto session = buildSession(db, u);
    if (!session)
        return session.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return session;
}

// Counts a failure and locks the account when the limit is reached, with the audit record, in one transaction.
Status recordFailure(const db::Database& db, const UserRow& u)
{
    const int maxFailures = Settings::intValue(Settings::Key::MaxFailedLogins);
    const qint64 lockUntil = Clock::nowSecs() + 60LL * Settings::intValue(Settings::Key::LockoutMinutes);
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto up = db::run(db,
                      QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, "
                                     "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END "
                                     "WHERE id = ?"),
                      {maxFailures, lockUntil, u.id});
    if (!up)
        return up.error();
    auto q = db::run(db, QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {u.id});
    if (!q)
        return q.error();
    const int failures = q.value().next() ? q.value().value(0).toInt() : 0;
    const bool locked = failures >= maxFailures;
    auto a = audit::AuditLog::append(db, u.name, locked ? QStringLiteral("login.locked") : QStringLiteral("login.failed"),
                                     QStringLiteral("user:") + u.name,
                                     {{QStringLiteral("failures"), failures}});
    if (!a)
        return a.error();
    return tx.commit();
}
} // namespace

std::unique_ptr<Authenticator> Authenticator::forDatabase(const db::Database& db)
{
    if (!db.isSqlite()) {
        const auto owner = PostgresRoleAuthenticator::connectedAsOwner(db);
        if (owner && !owner.value())
            return std::make_unique<PostgresRoleAuthenticator>();
    }
    return std::make_unique<LocalAuthenticator>();
}

Result<bool> PostgresRoleAuthenticator::connectedAsOwner(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c "
                                        "WHERE c.oid = to_regclass('public.people')"));
    if (!q)
        return q.error();
    // No schema yet: whoever creates it is the owner.
    return !q.value().next() || q.value().value(0).toBool();
}

Result<Session> PostgresRoleAuthenticator::login(const db::Database& db, const QString& userName,
                                                 const QString& password)
{
    const QString name = userName.trimmed();
    const QString role = db::PgSecurity::loginRole(db.url().name, name);
    // Checked on a connection of its own first, so that a refusal is recorded through the one the console has.
    const Status probe =
        services::UserService::nameProblem(name).isEmpty() ? db.probeLogin(role, password) : Status(wrongCredentials());
    if (!probe) {
        // PostgreSQL's reasons: a wrong password or unknown role ("password authentication failed"), or NOLOGIN.
        const bool disabled = probe.error().message.contains(QLatin1String("not permitted to log in"));
        qCInfo(lcAuth) << "login refused by the server for" << name << probe.error().message;
        auto a = audit::AuditLog::appendAlone(
            db, name, disabled ? QStringLiteral("login.refused") : QStringLiteral("login.failed"),
            QStringLiteral("user:") + name,
            {{QStringLiteral("reason"), disabled ? QStringLiteral("disabled") : QStringLiteral("server refused")}});
        if (!a)
            qCWarning(lcAuth) << "could not record the refused login:" << a.error().message;
        if (disabled)
            return accountDisabled(name);
        return wrongCredentials();
    }
    const Status switched = db.reconnectAs(role, password);
    if (!switched)
        return makeError(ErrorCode::DatabaseUnavailable,
                         Tr::tr("Cannot connect as %1: %2").arg(role, switched.error().message));
    auto found = findUser(db, QStringLiteral("db_role"), role);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->name != name)
        return wrongCredentials();
    const UserRow u = *found.value();
    if (u.disabled)
        return accountDisabled(u.name);
    auto session = completeLogin(db, u, QStringLiteral("UPDATE users SET failed_logins = 0, last_login_at = ? WHERE id = ?"),
                                 {Clock::nowSecs(), u.id}, {{QStringLiteral("as"), role}});
    if (session)
        qCInfo(lcAuth) << "login" << u.name << "as role" << role;
    return session;
}

Status PostgresRoleAuthenticator::confirm(const db::Database& db, const Session& session, const QString& password)
{
    const Status probe = db.probeLogin(db::PgSecurity::loginRole(db.url().name, session.userName), password);
    if (!probe) {
        auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("login.failed"),
                                              QStringLiteral("user:") + session.userName,
                                              {{QStringLiteral("reason"), QStringLiteral("server refused")}});
        if (!a)
            return a.error();
        return wrongCredentials();
    }
    auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("unlock"),
                                          QStringLiteral("user:") + session.userName);
    if (!a)
        return a.error();
    return {};
}

Result<Session> Authenticator::sessionFor(const db::Database& db, qint64 userId)
{
    auto u = findUser(db, QStringLiteral("id"), userId);
    if (!u)
        return u.error();
    if (!u.value())
        return makeError(ErrorCode::NotFound, Tr::tr("No user with id %1.").arg(userId));
    return buildSession(db, *u.value());
}

Result<Session> LocalAuthenticator::login(const db::Database& db, const QString& userName, const QString& password)
{
    auto found = findUser(db, QStringLiteral("name"), userName.trimmed());
    if (!found)
        return found.error();
    if (!found.value()) {
        auto a = audit::AuditLog::appendAlone(db, userName.trimmed(), QStringLiteral("login.failed"),
                                              QStringLiteral("user:") + userName.trimmed(),
                                              {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
        if (!a)
            return a.error();
        return wrongCredentials();
    }
    const UserRow u = *found.value();
    const qint64 now = Clock::nowSecs();
    if (u.disabled) {
        auto a = audit::AuditLog::appendAlone(db, u.name, QStringLiteral("login.refused"), QStringLiteral("user:") + u.name,
                                              {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        if (!a)
            return a.error();
        return accountDisabled(u.name);
    }
    if (u.lockedUntil > now) {
        auto a = audit::AuditLog::appendAlone(db, u.name, QStringLiteral("login.refused"), QStringLiteral("user:") + u.name,
                                              {{QStringLiteral("reason"), QStringLiteral("locked")}});
        if (!a)
            return a.error();
        const QString until = QLocale().toString(QDateTime::fromSecsSinceEpoch(u.lockedUntil).toLocalTime(),
                                                 QLocale::ShortFormat);
        return makeError(ErrorCode::AccountLocked,
                         Tr::tr("The account %1 is locked after too many wrong passwords until %2, "
                                "or until an administrator unlocks it.")
                             .arg(u.name, until));
    }
    // The slow Argon2id check runs outside any transaction so it never holds the database's write lock.
    if (!crypto::Crypto::verifyPassword(u.hash, password)) {
        const Status s = recordFailure(db, u);
        if (!s)
            return s.error();
        return wrongCredentials();
    }
    QString newHash;
    if (crypto::Crypto::passwordNeedsRehash(u.hash)) {
        auto h = crypto::Crypto::hashPassword(password);
        if (h)
            newHash = h.value();
    }
    QJsonObject details;
    if (!newHash.isEmpty())
        details.insert(QStringLiteral("rehashed"), true);
    auto session =
        newHash.isEmpty()
            ? completeLogin(db, u,
                            QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
                                           "WHERE id = ?"),
                            {now, u.id}, details)
            : completeLogin(db, u,
                            QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ?, "
                                           "password_hash = ? WHERE id = ?"),
                            {now, newHash, u.id}, details);
    if (session)
        qCInfo(lcAuth) << "login" << u.name;
    return session;
}

Status LocalAuthenticator::confirm(const db::Database& db, const Session& session, const QString& password)
{
    auto found = findUser(db, QStringLiteral("id"), session.userId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->disabled)
        return makeError(ErrorCode::AccountDisabled, Tr::tr("The account %1 is disabled.").arg(session.userName));
    if (found.value()->lockedUntil > Clock::nowSecs())
        return makeError(ErrorCode::AccountLocked, Tr::tr("The account %1 is locked.").arg(session.userName));
    if (!crypto::Crypto::verifyPassword(found.value()->hash, password)) {
        const Status s = recordFailure(db, *found.value());
        if (!s)
            return s;
        return wrongCredentials();
    }
    auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("unlock"),
                                          QStringLiteral("user:") + session.userName);
    if (!a)
        return a.error();
    return {};
}

} // namespace hc::auth
