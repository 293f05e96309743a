#include "TestDatabase.h"

#include "db/Migrations.h"
#include "db/PgSecurity.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "audit/AuditLog.h"
#include "services/UserService.h"

#include <QDir>

#include <QSqlQuery>
#include <QTest>

using namespace hc;

class TestMigrations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(test::TestDatabase::backendName())); }

    void emptyToLatest()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        QCOMPARE(t.db().schemaVersion().value(), db::Migrations::latestVersion());
        const QStringList tables = t.db().connection().tables();
        for (const char* table : {"jurisdictions", "users", "audit_log", "signing_keys", "people", "venues",
                                  "test_results", "risk_areas", "close_contacts", "symptom_declarations",
                                  "scan_events", "rule_versions", "statuses", "status_history", "overrides",
                                  "approvals", "print_batches", "printed_cards"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        // One row per step: each step ran exactly once.
        auto q = db::run(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), db::Migrations::latestVersion());
    }

    void reopeningChangesNothing()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auto again = db::Database::open(t.url(), QStringLiteral("again"));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        auto q = db::run(again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), db::Migrations::latestVersion());
    }

    // Every earlier version upgrades to the latest and keeps its data.
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < db::Migrations::latestVersion(); ++v)
            QTest::addRow("from %d", v) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        test::TestDatabase t(test::TestDatabase::Mode::EmptyUnopened);
        QVERIFY2(t.isCreated(), qPrintable(t.error()));
        QVERIFY2(t.open(db::Database::OpenMode::NoMigrate), qPrintable(t.error()));
        QCOMPARE(t.db().schemaVersion().value(), 0);
        const Status m = db::Migrations::migrate(t.db(), from);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(t.db().schemaVersion().value(), from);
        if (from >= 1) {
            // Version 1 has accounts and the audit log: store an administrator as that version would.
            auth::Session admin = t.initAdmin();
            QVERIFY(admin.userId > 0);
        }
        t.close();
        QVERIFY2(t.open(db::Database::OpenMode::Migrate), qPrintable(t.error()));
        QCOMPARE(t.db().schemaVersion().value(), db::Migrations::latestVersion());
        if (from >= 1) {
            auto q = db::run(t.db(), QStringLiteral("SELECT name, role FROM users"));
            QVERIFY(q.ok() && q.value().next());
            QCOMPARE(q.value().value(0).toString(), QStringLiteral("admin"));
            QCOMPARE(q.value().value(1).toString(), QStringLiteral("administrator"));
            auto v = audit::AuditLog::verify(t.db());
            QVERIFY(v.ok() && v.value().ok);
            QVERIFY(v.value().records >= 1);
        }
        // The domain tables of step 2 accept rows after the upgrade.
        auto j = db::run(t.db(), QStringLiteral("SELECT COUNT(*) FROM people"));
        QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().message));
    }

    // Step 11's PostgreSQL statements may run again (a restored database, a role dropped by hand) and change
    // nothing: the same roles, policies and triggers, and the audit log still append-only.
    void postgresSecurityRunsAgain()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        if (!t.isPostgres())
            QSKIP("SQLite has no server roles (single-office mode)");
        t.initAdmin();
        const QString state = QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM pg_roles WHERE starts_with(rolname, current_database() || '_')) * 10000 "
            "+ (SELECT COUNT(*) FROM pg_policies WHERE schemaname = 'public') * 100 "
            "+ (SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal)");
        const qint64 before = test::scalar(t.db(), state);
        QVERIFY(before > 0);
        {
            db::Transaction tx(t.db());
            for (const QString& sql : db::PgSecurity::statements()) {
                const Status s = t.db().execute(sql);
                QVERIFY2(s.ok(), qPrintable(s.error().message));
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(test::scalar(t.db(), state), before);
        QVERIFY(!t.db().execute(QStringLiteral("DELETE FROM audit_log")).ok());
        auto v = audit::AuditLog::verify(t.db());
        QVERIFY(v.ok() && v.value().ok);
    }

    // Step 13: accounts created before it were last set up, as far as anyone knows, by whoever created them; from
    // then on creating an account, setting someone else's password or role records who did, one's own password not.
    void step13RecordsWhoSetAccountsUp()
    {
        test::TestDatabase t(test::TestDatabase::Mode::EmptyUnopened);
        QVERIFY2(t.isCreated(), qPrintable(t.error()));
        QVERIFY2(t.open(db::Database::OpenMode::NoMigrate), qPrintable(t.error()));
        QVERIFY(db::Migrations::migrate(t.db(), 12).ok());
        const auth::Session admin = t.initAdmin();
        const auth::Session admin2 = t.addUser(admin, QStringLiteral("admin2"), auth::Role::Administrator);
        t.addUser(admin, QStringLiteral("old.approver"), auth::Role::Approver);
        t.close();
        QVERIFY2(t.open(db::Database::OpenMode::Migrate), qPrintable(t.error()));
        QCOMPARE(t.db().schemaVersion().value(), db::Migrations::latestVersion());
        const QString setUpBy = QStringLiteral("SELECT COALESCE(set_up_by, 0) FROM users WHERE name = ?");
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("old.approver")}), admin.userId);
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("admin")}), 0);

        const auth::Session approver = t.addUser(admin2, QStringLiteral("approver"), auth::Role::Approver);
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("approver")}), admin2.userId);
        QVERIFY(services::UserService::setPassword(t.db(), approver, QStringLiteral("approver"),
                                                   QStringLiteral("my-own-password-1"))
                    .ok());
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("approver")}), admin2.userId);
        auto found = services::UserService::find(t.db(), admin, QStringLiteral("approver"));
        QVERIFY(found.ok());
        QVERIFY(services::UserService::setRole(t.db(), admin, QStringLiteral("approver"), auth::Role::Operator,
                                               found.value().rowVersion)
                    .ok());
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("approver")}), admin.userId);
        QVERIFY(services::UserService::setPassword(t.db(), admin2, QStringLiteral("approver"),
                                                   QStringLiteral("reset-password-1"))
                    .ok());
        QCOMPARE(test::scalar(t.db(), setUpBy, {QStringLiteral("approver")}), admin2.userId);
    }

    void refusesNewerDatabase()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auto ins = db::run(t.db(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 0)"),
                           {db::Migrations::latestVersion() + 1});
        QVERIFY(ins.ok());
        t.close();
        QVERIFY(!t.open(db::Database::OpenMode::Migrate));
        QVERIFY2(t.error().contains(QString::number(db::Migrations::latestVersion() + 1)), qPrintable(t.error()));
        auto direct = db::Database::open(t.url(), QStringLiteral("direct"));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().code, ErrorCode::DatabaseTooNew);
    }

    void sqlitePragmas()
    {
        if (test::TestDatabase::backendName() != QLatin1String("sqlite"))
            QSKIP("SQLite only");
        test::TestDatabase t;
        QVERIFY(t.isReady());
        auto wal = db::run(t.db(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(wal.ok() && wal.value().next());
        QCOMPARE(wal.value().value(0).toString(), QStringLiteral("wal"));
        auto fk = db::run(t.db(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.ok() && fk.value().next());
        QCOMPARE(fk.value().value(0).toInt(), 1);
        auto sync = db::run(t.db(), QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync.ok() && sync.value().next());
        QCOMPARE(sync.value().value(0).toInt(), 2); // FULL
        // A foreign key violation is refused, not stored.
        auto bad = db::run(t.db(), QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) "
                                                  "VALUES ('1', 'x', 'city', 424242)"));
        QVERIFY(!bad.ok());
    }

    void networkShareRefused()
    {
        QVERIFY(db::Database::isOnNetworkShare(QStringLiteral("//fileserver/share/hc.sqlite")));
        QVERIFY(db::Database::isOnNetworkShare(QStringLiteral("\\\\fileserver\\share\\hc.sqlite")));
        QVERIFY(!db::Database::isOnNetworkShare(QDir::tempPath() + QStringLiteral("/hc.sqlite")));
        db::DatabaseUrl url;
        url.path = QStringLiteral("//fileserver/share/hc.sqlite");
        auto r = db::Database::open(url, QStringLiteral("share"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("PostgreSQL")), qPrintable(r.error().message));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        {
            db::Transaction tx(t.db());
            QVERIFY(tx.isActive());
            auto ins = db::run(t.db(), QStringLiteral("INSERT INTO jurisdictions (code, name, level) VALUES "
                                                      "('1', 'gone', 'province')"));
            QVERIFY(ins.ok());
        }
        auto q = db::run(t.db(), QStringLiteral("SELECT COUNT(*) FROM jurisdictions"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 0);
        {
            db::Transaction tx(t.db());
            auto ins = db::run(t.db(), QStringLiteral("INSERT INTO jurisdictions (code, name, level) VALUES "
                                                      "('1', 'kept', 'province')"));
            QVERIFY(ins.ok());
            QVERIFY(tx.commit().ok());
        }
        auto q2 = db::run(t.db(), QStringLiteral("SELECT name FROM jurisdictions"));
        QVERIFY(q2.ok() && q2.value().next());
        QCOMPARE(q2.value().value(0).toString(), QStringLiteral("kept"));
    }

    void unreachableServer()
    {
        db::DatabaseUrl url;
        url.backend = db::Backend::PostgreSQL;
        url.host = QStringLiteral("127.0.0.1");
        url.port = 1; // nothing listens there
        url.name = QStringLiteral("nothing");
        url.user = QStringLiteral("nobody");
        auto r = db::Database::open(url, QStringLiteral("unreachable"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
