#include "TestDatabase.h"

#include "db/Sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using test::runCtl;

namespace {
const QString kAdminPw = QString::fromLatin1(test::TestDatabase::kAdminPassword);
const QString kNewPw = QStringLiteral("new-user-password");

QStringList asAdmin()
{
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + kAdminPw};
}

qint64 count(const db::Database& db, const QString& table)
{
    auto q = db::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}
} // namespace

// healthcode-ctl end to end: the real executable against the test database.
class TestCtl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HC_CTL"), "HC_CTL must name the healthcode-ctl executable");
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }

    void versionAndHelp()
    {
        auto v = runCtl({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("healthcode-ctl ")));
        auto h = runCtl({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("audit verify")));
        auto bad = runCtl({QStringLiteral("frobnicate")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("frobnicate")));
    }

    void initUsersAndJurisdictions()
    {
        test::TestDatabase t(test::TestDatabase::Mode::EmptyUnopened);
        QVERIFY2(t.isCreated(), qPrintable(t.error()));
        const QString db = t.urlString();
        auto init = runCtl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                            QStringLiteral("admin"), QStringLiteral("--jurisdiction-code"), QStringLiteral("330000"),
                            QStringLiteral("--jurisdiction-name"), QStringLiteral("浙江省")},
                           asAdmin());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        auto again = runCtl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                             QStringLiteral("other")},
                            asAdmin());
        QCOMPARE(again.exitCode, 12);

        auto j = runCtl({QStringLiteral("--db"), db, QStringLiteral("jurisdictions")});
        QCOMPARE(j.exitCode, 0);
        QVERIFY2(j.out.contains(QStringLiteral("330000")) && j.out.contains(QStringLiteral("浙江省")), qPrintable(j.out));

        auto add = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("liu"), QStringLiteral("--role"),
                           QStringLiteral("operator"), QStringLiteral("--scope"), QStringLiteral("浙江省")},
                          asAdmin() << QStringLiteral("HEALTHCODE_NEW_PASSWORD=") + kNewPw);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        auto list = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("user"), QStringLiteral("list")},
                           asAdmin());
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("liu")) && list.out.contains(QStringLiteral("operator")));

        // The operator may not manage users: distinct exit code, nothing written.
        auto denied = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("liu"),
                              QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhou"),
                              QStringLiteral("--role"), QStringLiteral("viewer")},
                             {QStringLiteral("HEALTHCODE_PASSWORD=") + kNewPw,
                              QStringLiteral("HEALTHCODE_NEW_PASSWORD=") + kNewPw});
        QCOMPARE(denied.exitCode, 9);
        QVERIFY(denied.err.contains(QStringLiteral("liu")));

        auto disable = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("liu")},
                              asAdmin());
        QCOMPARE(disable.exitCode, 0);
        auto disabled = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("liu"),
                                QStringLiteral("user"), QStringLiteral("list")},
                               {QStringLiteral("HEALTHCODE_PASSWORD=") + kNewPw});
        QCOMPARE(disabled.exitCode, 8);

        auto badRole = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"),
                               QStringLiteral("--role"), QStringLiteral("emperor")},
                              asAdmin());
        QCOMPARE(badRole.exitCode, 16);
        QVERIFY(badRole.err.contains(QStringLiteral("emperor")));

        QVERIFY(t.open(db::Database::OpenMode::NoMigrate));
        QCOMPARE(count(t.db(), QStringLiteral("users")), 2);
    }

    void wrongPasswordAndLock()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        t.initAdmin();
        const QString db = t.urlString();
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("user"), QStringLiteral("list")};
        for (int i = 0; i < 5; ++i) {
            auto r = runCtl(args, {QStringLiteral("HEALTHCODE_PASSWORD=wrong password")});
            QCOMPARE(r.exitCode, 6);
            QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
        }
        auto locked = runCtl(args, asAdmin());
        QCOMPARE(locked.exitCode, 7);
        // No password and no terminal: a clear message, not a hang.
        auto none = runCtl(args, {QStringLiteral("HEALTHCODE_PASSWORD")});
        QVERIFY(none.exitCode != 0);
    }

    void databaseErrors()
    {
        auto badUrl = runCtl({QStringLiteral("--db"), QStringLiteral("oracle://x"), QStringLiteral("jurisdictions")});
        QCOMPARE(badUrl.exitCode, 3);
        QVERIFY(badUrl.err.contains(QStringLiteral("oracle://x")));
        auto noServer = runCtl({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                QStringLiteral("jurisdictions")});
        QCOMPARE(noServer.exitCode, 4);
        QTemporaryDir dir;
        auto noFolder = runCtl({QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("no/such/x.sqlite")),
                                QStringLiteral("jurisdictions")});
        QCOMPARE(noFolder.exitCode, 4);

        test::TestDatabase t;
        QVERIFY(t.isReady());
        auto ins = db::run(t.db(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"));
        QVERIFY(ins.ok());
        auto tooNew = runCtl({QStringLiteral("--db"), t.urlString(), QStringLiteral("jurisdictions")});
        QCOMPARE(tooNew.exitCode, 5);
        QVERIFY(tooNew.err.contains(QStringLiteral("999")));
    }

    void auditVerifyCheckpointAndTamper()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        t.initAdmin();
        const QString db = t.urlString();
        QTemporaryDir dir;
        const QString cp = dir.filePath(QStringLiteral("head.json"));
        const QStringList admin{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")};
        const QStringList env = asAdmin() << QStringLiteral("HEALTHCODE_KEY_PASSPHRASE=correct horse battery");

        auto ok = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, env);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("intact")));
        auto c = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), cp}, env);
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        auto withCp = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), cp}, env);
        QVERIFY2(withCp.exitCode == 0, qPrintable(withCp.err));

        auto wrongPass = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                                    QStringLiteral("--out"), dir.filePath(QStringLiteral("x.json"))},
                                asAdmin() << QStringLiteral("HEALTHCODE_KEY_PASSPHRASE=wrong"));
        QCOMPARE(wrongPass.exitCode, 6);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.json"))));

        // Edit record 2 directly in SQL: verify names it and exits 13.
        test::bypassServerTriggers(t.db(), true); // as a PostgreSQL superuser can
        auto up = db::run(t.db(), QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"));
        QVERIFY(up.ok());
        auto broken = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, env);
        QCOMPARE(broken.exitCode, 13);
        QVERIFY2(broken.err.contains(QStringLiteral("record 2")), qPrintable(broken.err));

        // Truncation after the checkpoint is caught only with it.
        auto fix = db::run(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 2"));
        QVERIFY(fix.ok());
        test::bypassServerTriggers(t.db(), false);
        auto truncated = runCtl(admin + QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                    QStringLiteral("--checkpoint"), cp},
                                env);
        QCOMPARE(truncated.exitCode, 13);
        QVERIFY2(truncated.err.contains(QStringLiteral("truncated")), qPrintable(truncated.err));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "TestCtl.moc"
