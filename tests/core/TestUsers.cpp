#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Authenticator.h"
#include "db/PgSecurity.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "services/UserService.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

using namespace hc;
using services::UserService;

namespace {
qint64 count(const db::Database& db, const QString& table)
{
    auto q = db::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

Result<auth::Session> login(const db::Database& db, const QString& name, const QString& password)
{
    return auth::Authenticator::forDatabase(db)->login(db, name, password);
}

const QString kUserPw = QString::fromLatin1(test::TestDatabase::kUserPassword);
} // namespace

class TestUsers final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(test::TestDatabase::backendName())); }
    void cleanup() { Clock::setSource(nullptr); }

    void initializeOnce()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        QCOMPARE(admin.role, auth::Role::Administrator);
        QVERIFY(admin.inScope(admin.jurisdictionId));
        const qint64 audits = count(t.db(), QStringLiteral("audit_log"));
        auto again = UserService::initialize(t.db(), QStringLiteral("second"), QStringLiteral("long enough pw"),
                                             QStringLiteral("1"), QStringLiteral("x"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(count(t.db(), QStringLiteral("users")), 1);
        QCOMPARE(count(t.db(), QStringLiteral("audit_log")), audits);
        // Stored hash is Argon2id with at least 64 MiB and 2 passes.
        auto q = db::run(t.db(), QStringLiteral("SELECT password_hash FROM users"));
        QVERIFY(q.ok() && q.value().next());
        const QString hash = q.value().value(0).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY2(hash.contains(QStringLiteral("m=65536,t=2")), qPrintable(hash));
    }

    void addAndLogin()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        const qint64 audits = count(t.db(), QStringLiteral("audit_log"));
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        QCOMPARE(count(t.db(), QStringLiteral("audit_log")), audits + 1); // the add and its record, together
        auto s = login(t.db(), QStringLiteral("li.na"), kUserPw);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s.value().role, auth::Role::Operator);
        QVERIFY(s.value().can(auth::Permission::RequestOverride));
        QVERIFY(!s.value().can(auth::Permission::ManageUsers));
        auto list = UserService::list(t.db(), admin);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::newRow("short password") << QStringLiteral("zhang") << QStringLiteral("short") << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad name") << QStringLiteral("Zhang San") << kUserPw << int(ErrorCode::InvalidArgument);
        QTest::newRow("injection") << QStringLiteral("x'; DROP TABLE users; --") << kUserPw << int(ErrorCode::InvalidArgument);
        QTest::newRow("duplicate") << QStringLiteral("admin") << kUserPw << int(ErrorCode::Conflict);
    }

    void badInputStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(int, code);
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        const qint64 audits = count(t.db(), QStringLiteral("audit_log"));
        auto r = UserService::add(t.db(), admin, services::NewUser{name, {}, password, auth::Role::Viewer, admin.jurisdictionId});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(count(t.db(), QStringLiteral("users")), 1);
        QCOMPARE(count(t.db(), QStringLiteral("audit_log")), audits);
    }

    void rolesAndScopeEnforcedInCore()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        // A city below the root, and an administrator scoped to it.
        db::Transaction tx(t.db());
        auto city = services::Jurisdictions::create(
            t.db(), QStringLiteral("admin"),
            services::Jurisdiction{0, QStringLiteral("990100"), QStringLiteral("City"), QStringLiteral("City"),
                                   QStringLiteral("city"), admin.jurisdictionId});
        QVERIFY(city.ok());
        QVERIFY(tx.commit().ok());
        const auth::Session root = auth::Authenticator::sessionFor(t.db(), admin.userId).value();
        QVERIFY(root.inScope(city.value()));
        const auth::Session cityAdmin = t.addUser(root, QStringLiteral("city.admin"), auth::Role::Administrator, city.value());
        QVERIFY(cityAdmin.inScope(city.value()));
        QVERIFY(!cityAdmin.inScope(root.jurisdictionId));

        const qint64 users = count(t.db(), QStringLiteral("users"));
        auto outside = UserService::add(t.db(), cityAdmin,
                                        services::NewUser{QStringLiteral("prov.user"), {}, kUserPw, auth::Role::Viewer,
                                                          root.jurisdictionId});
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().code, ErrorCode::OutOfScope);
        // The city administrator does not see (or touch) the provincial administrator.
        auto list = UserService::list(t.db(), cityAdmin);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        auto disable = UserService::setDisabled(t.db(), cityAdmin, QStringLiteral("admin"), true);
        QCOMPARE(disable.error().code, ErrorCode::OutOfScope);

        const auth::Session viewer = t.addUser(root, QStringLiteral("viewer"), auth::Role::Viewer);
        auto denied = UserService::add(t.db(), viewer,
                                       services::NewUser{QStringLiteral("other"), {}, kUserPw, auth::Role::Viewer,
                                                         root.jurisdictionId});
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QVERIFY(denied.error().message.contains(QStringLiteral("viewer")));
        QCOMPARE(count(t.db(), QStringLiteral("users")), users + 1);
    }

    void lockoutAfterRepeatedFailures()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("wang"), auth::Role::Operator);
        for (int i = 0; i < 5; ++i) {
            auto s = login(t.db(), QStringLiteral("wang"), QStringLiteral("wrong password!"));
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::AuthenticationFailed);
        }
        auto locked = login(t.db(), QStringLiteral("wang"), kUserPw);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::AccountLocked);
        // The lock ends on its own...
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
        Clock::setSource([later] { return later; });
        QVERIFY(login(t.db(), QStringLiteral("wang"), kUserPw).ok());
        Clock::setSource(nullptr);
        // ...or when an administrator unlocks it.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!login(t.db(), QStringLiteral("wang"), QStringLiteral("wrong password!")).ok());
        QCOMPARE(login(t.db(), QStringLiteral("wang"), kUserPw).error().code, ErrorCode::AccountLocked);
        QVERIFY(UserService::unlock(t.db(), admin, QStringLiteral("wang")).ok());
        QVERIFY(login(t.db(), QStringLiteral("wang"), kUserPw).ok());
        // Failures and the lock are in the audit log, and the chain holds.
        auto q = db::run(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.locked'"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 2);
        QVERIFY(audit::AuditLog::verify(t.db()).value().ok);
    }

    void unknownUserLooksLikeWrongPassword()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        t.initAdmin();
        auto unknown = login(t.db(), QStringLiteral("nobody"), QStringLiteral("whatever pw"));
        auto wrong = login(t.db(), QStringLiteral("admin"), QStringLiteral("whatever pw"));
        QCOMPARE(unknown.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void disabledAccount()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("zhao"), auth::Role::Viewer);
        QVERIFY(UserService::setDisabled(t.db(), admin, QStringLiteral("zhao"), true).ok());
        QCOMPARE(login(t.db(), QStringLiteral("zhao"), kUserPw).error().code, ErrorCode::AccountDisabled);
        QCOMPARE(UserService::setDisabled(t.db(), admin, QStringLiteral("admin"), true).error().code,
                 ErrorCode::InvalidArgument); // never oneself
        QVERIFY(UserService::setDisabled(t.db(), admin, QStringLiteral("zhao"), false).ok());
        QVERIFY(login(t.db(), QStringLiteral("zhao"), kUserPw).ok());
    }

    void staleRowVersionRefused()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("chen"), auth::Role::Viewer);
        auto before = UserService::find(t.db(), admin, QStringLiteral("chen"));
        QVERIFY(before.ok());
        QVERIFY(UserService::setRole(t.db(), admin, QStringLiteral("chen"), auth::Role::Operator,
                                     before.value().rowVersion)
                    .ok());
        // A second administrator still holding the old version loses, visibly.
        auto stale = UserService::setRole(t.db(), admin, QStringLiteral("chen"), auth::Role::Approver,
                                          before.value().rowVersion);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(UserService::find(t.db(), admin, QStringLiteral("chen")).value().role, auth::Role::Operator);
    }

    void rehashOnLoginWhenParametersChange()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("sun"), auth::Role::Viewer);
        // A hash from an older, weaker configuration (libsodium's interactive limits: 2 passes, 64 MiB is ours).
        char weak[crypto_pwhash_STRBYTES];
        const QByteArray pw = kUserPw.toUtf8();
        QCOMPARE(crypto_pwhash_str_alg(weak, pw.constData(), static_cast<unsigned long long>(pw.size()), 1,
                                       8 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13),
                 0);
        auto up = db::run(t.db(), QStringLiteral("UPDATE users SET password_hash = ? WHERE name = 'sun'"),
                          {QString::fromLatin1(weak)});
        QVERIFY(up.ok());
        QVERIFY(login(t.db(), QStringLiteral("sun"), kUserPw).ok());
        auto q = db::run(t.db(), QStringLiteral("SELECT password_hash FROM users WHERE name = 'sun'"));
        QVERIFY(q.ok() && q.value().next());
        QVERIFY2(q.value().value(0).toString().contains(QStringLiteral("m=65536,t=2")),
                 qPrintable(q.value().value(0).toString()));
        QVERIFY(login(t.db(), QStringLiteral("sun"), kUserPw).ok());
    }

    // PostgreSQL: through the gate's URL the console logs an official in as their own server role and stays that
    // role for everything after, on this connection and the ones openAnother() makes; the server's policies apply.
    void postgresLoginAsOwnRole()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        if (!t.isPostgres())
            QSKIP("SQLite has no server roles (single-office mode)");
        QCOMPARE(
            auth::Authenticator::forDatabase(t.db())->login(t.db(), QStringLiteral("nobody"), kUserPw).error().code,
            ErrorCode::AuthenticationFailed); // the owner's URL: the Argon2id check as before
        const auth::Session admin = t.initAdmin();
        db::Transaction tx(t.db());
        auto district = services::Jurisdictions::create(
            t.db(), QStringLiteral("admin"),
            services::Jurisdiction{0, QStringLiteral("990101"), QStringLiteral("District"), QStringLiteral("District"),
                                   QStringLiteral("district"), admin.jurisdictionId});
        QVERIFY(district.ok());
        for (const char* id : {"1", "2"})
            test::insertRow(
                t.db(),
                QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                               "district_id) VALUES (?, ?, 'P', 'F', '1980-01-01', ?)"),
                QVariantList{QString(QStringLiteral("99010119800101000") + QLatin1String(id)), QString::fromLatin1(id),
                             QLatin1String(id) == QLatin1String("1") ? district.value() : admin.jurisdictionId});
        QVERIFY(tx.commit().ok());
        const auth::Session root = auth::Authenticator::sessionFor(t.db(), admin.userId).value(); // sees the district
        t.addUser(root, QStringLiteral("li.na"), auth::Role::Operator, district.value());
        const QString name = t.url().name;
        QVERIFY(t.db()
                    .execute(QStringLiteral("CREATE ROLE %1_user_office LOGIN PASSWORD 'office-pw' IN ROLE %2")
                                 .arg(name, db::PgSecurity::groupRole(name, QStringLiteral("gate"))))
                    .ok());
        db::DatabaseUrl gateUrl = t.url();
        gateUrl.user = name + QStringLiteral("_user_office");
        gateUrl.password = QStringLiteral("office-pw");
        auto gate = db::Database::open(gateUrl, QStringLiteral("gate_conn"));
        QVERIFY2(gate.ok(), qPrintable(gate.error().message));
        const db::Database& g = gate.value();
        auto currentUser = [](const db::Database& d) {
            auto q = db::run(d, QStringLiteral("SELECT current_user"));
            return q.ok() && q.value().next() ? q.value().value(0).toString() : QString();
        };
        // Before the login the console asks whether there are users (or the first-run dialog); the gate itself
        // reads no personal data.
        auto any = UserService::anyUserExists(g);
        QVERIFY2(any.ok() && any.value(), qPrintable(any.error().message));
        QVERIFY(!db::run(g, QStringLiteral("SELECT COUNT(*) FROM people")).ok());

        auto wrong = login(g, QStringLiteral("li.na"), QStringLiteral("wrong-password-1"));
        QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(currentUser(g), gateUrl.user);
        auto s = login(g, QStringLiteral("li.na"), kUserPw);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s.value().userName, QStringLiteral("li.na"));
        QCOMPARE(s.value().role, auth::Role::Operator);
        const QString role = db::PgSecurity::loginRole(name, QStringLiteral("li.na"));
        QCOMPARE(currentUser(g), role);
        auto worker = g.openAnother(QStringLiteral("gate_worker"));
        QVERIFY2(worker.ok(), qPrintable(worker.error().message));
        QCOMPARE(currentUser(worker.value()), role);
        // Row-level security: the district's person only; the password hashes not at all.
        QCOMPARE(test::scalar(g, QStringLiteral("SELECT COUNT(*) FROM people")), 1);
        QVERIFY(!db::run(g, QStringLiteral("SELECT password_hash FROM users")).ok());
        // The login is recorded under the official's name, and the chain still verifies.
        QCOMPARE(test::scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login' "
                                                     "AND actor = 'li.na'")),
                 1);
        QCOMPARE(test::scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.failed' "
                                                     "AND actor = 'li.na'")),
                 1);
        QVERIFY(auth::Authenticator::forDatabase(g)->confirm(g, s.value(), kUserPw).ok());
        QCOMPARE(auth::Authenticator::forDatabase(g)->confirm(g, s.value(), QStringLiteral("nope-nope-1")).error().code,
                 ErrorCode::AuthenticationFailed);
        auto verified = audit::AuditLog::verify(t.db());
        QVERIFY(verified.ok() && verified.value().ok);

        // Disabled: the role is NOLOGIN and the server refuses it.
        QVERIFY(UserService::setDisabled(t.db(), root, QStringLiteral("li.na"), true).ok());
        auto gate2 = db::Database::open(gateUrl, QStringLiteral("gate_conn2"));
        QVERIFY(gate2.ok());
        QCOMPARE(login(gate2.value(), QStringLiteral("li.na"), kUserPw).error().code, ErrorCode::AccountDisabled);
        // A Chinese password survives SASLprep on both sides.
        QVERIFY(UserService::setDisabled(t.db(), root, QStringLiteral("li.na"), false).ok());
        const QString chinese = QStringLiteral("健康码密码很长很长的ｐａｓｓ");
        QVERIFY(UserService::setPassword(t.db(), root, QStringLiteral("li.na"), chinese).ok());
        QVERIFY2(login(gate2.value(), QStringLiteral("li.na"), chinese).ok(), "non-ASCII password");
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "TestUsers.moc"
