#include "UserService.h"

#include "Jurisdictions.h"
#include "RuleService.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hc::services {

using auth::Permission;

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::UserService)
};

const char kSelect[] = "SELECT u.id, u.name, u.display_name, u.role, u.jurisdiction_id, j.name, u.disabled, "
                       "u.locked_until, u.last_login_at, u.created_at, u.row_version "
                       "FROM users u JOIN jurisdictions j ON j.id = u.jurisdiction_id";

UserInfo read(const QSqlQuery& q)
{
    UserInfo u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = auth::roleFromKey(q.value(3).toString()).value_or(auth::Role::Viewer);
    u.jurisdictionId = q.value(4).toLongLong();
    u.jurisdictionName = q.value(5).toString();
    u.disabled = q.value(6).toInt() != 0;
    u.lockedUntil = q.value(7).toLongLong();
    u.lastLoginAt = q.value(8).toLongLong();
    u.createdAt = q.value(9).toLongLong();
    u.rowVersion = q.value(10).toInt();
    return u;
}

Result<QString> hashChecked(const QString& password)
{
    const QString problem = UserService::passwordProblem(password);
    if (!problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument, problem);
    return crypto::Crypto::hashPassword(password);
}

// Loads a user the caller may manage: ManageUsers and the account inside the caller's scope.
Result<UserInfo> manageable(const db::Database& db, const auth::Session& s, const QString& name)
{
    const Status p = s.require(Permission::ManageUsers);
    if (!p)
        return p.error();
    return UserService::find(db, s, name);
}

// On PostgreSQL every account is also the official's own login role (app/core/db/PgSecurity.cpp): created or
// brought in line with the users row (group of its role, LOGIN unless disabled) in the caller's transaction, with
// the password given to the server only as a SCRAM verifier. SQLite has no server roles (single office).
Status syncLogin(const db::Database& db, qint64 userId, const QString& password = {})
{
    if (db.isSqlite())
        return {};
    // A database still at an older schema (tests that stop migrating early) has no roles to keep in line.
    const auto version = db.schemaVersion();
    if (!version)
        return version.error();
    if (version.value() < 11)
        return {};
    auto q = password.isEmpty() ? db::run(db, QStringLiteral("SELECT hc_sync_login(?, NULL)"), {userId})
                                : db::run(db, QStringLiteral("SELECT hc_sync_login(?, ?)"),
                                          {userId, crypto::Crypto::scramSha256Verifier(password)});
    if (!q)
        return q.error();
    return {};
}

// Schema step 13 records who last set an account up (created it, set its password, changed its role or scope);
// tests that stop migrating earlier have no column for it.
Result<bool> recordsSetUp(const db::Database& db)
{
    const auto version = db.schemaVersion();
    if (!version)
        return version.error();
    return version.value() >= 13;
}

enum class Login
{
    Keep,
    Sync
};

// One UPDATE with its audit record; refuses if the row changed since it was read.
Status updateUser(const db::Database& db, const auth::Session& s, const UserInfo& u, const QString& setClause,
                  QVariantList values, const QString& action, const QJsonObject& details, int expectedRowVersion,
                  Login login = Login::Keep, const QString& newPassword = {})
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto up = db::updateIfUnchanged(db, QStringLiteral("users"), setClause, std::move(values), u.id, expectedRowVersion);
    if (!up)
        return up.error();
    if (!up.value())
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("User %1 was changed by someone else in the meantime. Reload and try again.").arg(u.name));
    if (login == Login::Sync) {
        const Status synced = syncLogin(db, u.id, newPassword);
        if (!synced)
            return synced;
    }
    auto a = audit::AuditLog::append(db, s.userName, action, QStringLiteral("user:") + u.name, details);
    if (!a)
        return a.error();
    return tx.commit();
}
} // namespace

QString UserService::nameProblem(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.-]{1,31}$"));
    if (!re.match(name).hasMatch())
        return Tr::tr("A user name is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', "
                      "starting with a letter.");
    return {};
}

QString UserService::passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return Tr::tr("The password must have at least %1 characters.").arg(kMinPasswordLength);
    return {};
}

Result<bool> UserService::anyUserExists(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toLongLong() > 0;
}

Result<qint64> UserService::initialize(const db::Database& db, const QString& adminName, const QString& password,
                                       const QString& rootCode, const QString& rootName)
{
    const QString np = nameProblem(adminName);
    if (!np.isEmpty())
        return makeError(ErrorCode::InvalidArgument, np);
    auto hash = hashChecked(password);
    if (!hash)
        return hash.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto any = anyUserExists(db);
    if (!any)
        return any.error();
    if (any.value())
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The database already has users; add more with `healthcode-ctl user add`."));
    // The first administrator is scoped to the root of the tree; create one if the database is new.
    auto roots = db::run(db, QStringLiteral("SELECT id FROM jurisdictions WHERE parent_id IS NULL ORDER BY id"));
    if (!roots)
        return roots.error();
    qint64 rootId = 0;
    if (roots.value().next()) {
        rootId = roots.value().value(0).toLongLong();
        if (roots.value().next())
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("The database has more than one top-level jurisdiction; the first administrator "
                                    "needs a single root."));
    } else {
        auto id = Jurisdictions::create(db, adminName,
                                        Jurisdiction{0, rootCode, rootName, rootName, QStringLiteral("province"), 0});
        if (!id)
            return id.error();
        rootId = id.value();
    }
    auto ins = db::insert(db,
                          QStringLiteral("INSERT INTO users (name, display_name, password_hash, role, jurisdiction_id, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {adminName, adminName, hash.value(), auth::roleKey(auth::Role::Administrator), rootId,
                           Clock::nowSecs()});
    if (!ins)
        return ins.error();
    const Status login = syncLogin(db, ins.value(), password);
    if (!login)
        return login.error();
    auto a = audit::AuditLog::append(db, adminName, QStringLiteral("init"), QStringLiteral("user:") + adminName,
                                     {{QStringLiteral("role"), auth::roleKey(auth::Role::Administrator)}});
    if (!a)
        return a.error();
    // A new database is never without risk rules.
    const Status rules = RuleService::installDefault(db, adminName);
    if (!rules)
        return rules.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return ins.value();
}

Result<qint64> UserService::add(const db::Database& db, const auth::Session& s, const NewUser& user)
{
    const Status p = s.require(Permission::ManageUsers);
    if (!p)
        return p.error();
    const QString np = nameProblem(user.name);
    if (!np.isEmpty())
        return makeError(ErrorCode::InvalidArgument, np);
    const Status scope = s.requireScope(user.jurisdictionId, Tr::tr("The jurisdiction of the new user"));
    if (!scope)
        return scope.error();
    auto hash = hashChecked(user.password);
    if (!hash)
        return hash.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto exists = db::run(db, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {user.name});
    if (!exists)
        return exists.error();
    if (exists.value().next())
        return makeError(ErrorCode::Conflict, Tr::tr("A user named %1 already exists.").arg(user.name));
    auto setUp = recordsSetUp(db);
    if (!setUp)
        return setUp.error();
    QVariantList values{user.name, user.displayName.isEmpty() ? user.name : user.displayName, hash.value(),
                        auth::roleKey(user.role), user.jurisdictionId, Clock::nowSecs(), s.userId};
    if (setUp.value())
        values << s.userId;
    auto ins = db::insert(db,
                          setUp.value() ? QStringLiteral("INSERT INTO users (name, display_name, password_hash, role, "
                                                         "jurisdiction_id, created_at, created_by, set_up_by) VALUES "
                                                         "(?, ?, ?, ?, ?, ?, ?, ?)")
                                        : QStringLiteral("INSERT INTO users (name, display_name, password_hash, role, "
                                                         "jurisdiction_id, created_at, created_by) VALUES (?, ?, ?, ?, "
                                                         "?, ?, ?)"),
                          values);
    if (!ins)
        return ins.error();
    const Status login = syncLogin(db, ins.value(), user.password);
    if (!login)
        return login.error();
    auto a = audit::AuditLog::append(db, s.userName, QStringLiteral("user.add"), QStringLiteral("user:") + user.name,
                                     {{QStringLiteral("role"), auth::roleKey(user.role)},
                                      {QStringLiteral("jurisdiction_id"), static_cast<double>(user.jurisdictionId)}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return ins.value();
}

Result<QList<UserInfo>> UserService::list(const db::Database& db, const auth::Session& s)
{
    const Status p = s.require(Permission::ManageUsers);
    if (!p)
        return p.error();
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY u.name"));
    if (!q)
        return q.error();
    QList<UserInfo> users;
    while (q.value().next()) {
        UserInfo u = read(q.value());
        if (s.inScope(u.jurisdictionId))
            users << u;
    }
    return users;
}

Result<UserInfo> UserService::find(const db::Database& db, const auth::Session& s, const QString& name)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" WHERE u.name = ?"), {name.trimmed()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no user named %1.").arg(name.trimmed()));
    UserInfo u = read(q.value());
    const Status scope = s.requireScope(u.jurisdictionId, Tr::tr("User %1").arg(u.name));
    if (!scope)
        return scope.error();
    return u;
}

Status UserService::setDisabled(const db::Database& db, const auth::Session& s, const QString& name, bool disabled)
{
    auto u = manageable(db, s, name);
    if (!u)
        return u.error();
    if (u.value().id == s.userId && disabled)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("You cannot disable your own account."));
    return updateUser(db, s, u.value(), QStringLiteral("disabled = ?"), {disabled ? 1 : 0},
                      disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), {},
                      u.value().rowVersion, Login::Sync);
}

Status UserService::unlock(const db::Database& db, const auth::Session& s, const QString& name)
{
    auto u = manageable(db, s, name);
    if (!u)
        return u.error();
    return updateUser(db, s, u.value(), QStringLiteral("failed_logins = 0, locked_until = NULL"), {},
                      QStringLiteral("user.unlock"), {}, u.value().rowVersion);
}

Status UserService::setPassword(const db::Database& db, const auth::Session& s, const QString& name,
                                const QString& password)
{
    // Officials may change their own password; everyone else's needs ManageUsers.
    auto u = name == s.userName ? find(db, s, name) : manageable(db, s, name);
    if (!u)
        return u.error();
    auto hash = hashChecked(password);
    if (!hash)
        return hash.error();
    auto setUp = recordsSetUp(db);
    if (!setUp)
        return setUp.error();
    // Whoever sets someone else's password can log in as them: that counts as setting the account up.
    if (setUp.value() && u.value().id != s.userId)
        return updateUser(db, s, u.value(),
                          QStringLiteral("password_hash = ?, failed_logins = 0, locked_until = NULL, set_up_by = ?"),
                          {hash.value(), s.userId}, QStringLiteral("user.password"), {}, u.value().rowVersion,
                          Login::Sync, password);
    return updateUser(db, s, u.value(), QStringLiteral("password_hash = ?, failed_logins = 0, locked_until = NULL"),
                      {hash.value()}, QStringLiteral("user.password"), {}, u.value().rowVersion, Login::Sync, password);
}

Status UserService::setRole(const db::Database& db, const auth::Session& s, const QString& name, auth::Role role,
                            int expectedRowVersion)
{
    auto u = manageable(db, s, name);
    if (!u)
        return u.error();
    if (u.value().id == s.userId)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("You cannot change your own role; another administrator must do it."));
    auto setUp = recordsSetUp(db);
    if (!setUp)
        return setUp.error();
    return updateUser(
        db, s, u.value(), setUp.value() ? QStringLiteral("role = ?, set_up_by = ?") : QStringLiteral("role = ?"),
        setUp.value() ? QVariantList{auth::roleKey(role), s.userId} : QVariantList{auth::roleKey(role)},
        QStringLiteral("user.role"),
        {{QStringLiteral("from"), auth::roleKey(u.value().role)}, {QStringLiteral("to"), auth::roleKey(role)}},
        expectedRowVersion, Login::Sync);
}

Status UserService::requireNotSetUpBy(const db::Database& db, const QString& decider, const QStringList& askers)
{
    auto setUp = recordsSetUp(db);
    if (!setUp)
        return setUp.error();
    if (!setUp.value())
        return {};
    auto q = db::run(db,
                     QStringLiteral("SELECT b.name FROM users u JOIN users b ON b.id = u.set_up_by WHERE u.name = ?"),
                     {decider});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    const QString by = q.value().value(0).toString();
    if (!askers.contains(by))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("%1 was set up by %2, who asked for this; another official must decide.").arg(decider, by));
}

} // namespace hc::services
