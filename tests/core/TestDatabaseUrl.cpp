#include "db/DatabaseUrl.h"
#include "util/NationalId.h"

#include <QTest>

using hc::db::Backend;
using hc::db::DatabaseUrl;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqlite()
    {
        auto u = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/hc/db.sqlite"));
        QVERIFY(u.ok());
        QCOMPARE(u->backend, Backend::SQLite);
        QCOMPARE(u->path, QStringLiteral("/var/lib/hc/db.sqlite"));
        auto rel = DatabaseUrl::parse(QStringLiteral("sqlite:data/x.sqlite"));
        QVERIFY(rel.ok());
        QCOMPARE(rel->path, QStringLiteral("data/x.sqlite"));
        auto triple = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/x.sqlite"));
        QVERIFY(triple.ok());
        QCOMPARE(triple->path, QStringLiteral("/tmp/x.sqlite"));
    }

    void postgres()
    {
        auto u = DatabaseUrl::parse(QStringLiteral("postgresql://official:s3cret@db.example:6543/healthcode"));
        QVERIFY(u.ok());
        QCOMPARE(u->backend, Backend::PostgreSQL);
        QCOMPARE(u->host, QStringLiteral("db.example"));
        QCOMPARE(u->port, 6543);
        QCOMPARE(u->user, QStringLiteral("official"));
        QCOMPARE(u->password, QStringLiteral("s3cret"));
        QCOMPARE(u->name, QStringLiteral("healthcode"));
        // The password never appears where the URL is shown.
        QVERIFY(!u->displayString().contains(QStringLiteral("s3cret")));
        auto d = DatabaseUrl::parse(QStringLiteral("postgres://u@h/n"));
        QVERIFY(d.ok());
        QCOMPARE(d->port, 5432);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("scheme") << QStringLiteral("mysql://u@h/db") << QStringLiteral("scheme");
        QTest::newRow("no path") << QStringLiteral("sqlite:") << QStringLiteral("path");
        QTest::newRow("no db name") << QStringLiteral("postgresql://u@h:5432/") << QStringLiteral("database name");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@h:99999/x") << QStringLiteral("port");
    }

    void rejects()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        auto u = DatabaseUrl::parse(url);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, hc::ErrorCode::BadDatabaseUrl);
        QVERIFY2(u.error().message.contains(mentions), qPrintable(u.error().message));
    }

    void nationalId()
    {
        // The example number printed in GB 11643-1999 itself.
        QVERIFY(hc::NationalId::isValid(QStringLiteral("11010519491231002X")));
        QCOMPARE(hc::NationalId::checkCharacter(QStringLiteral("11010519491231002")), QLatin1Char('X'));
        QVERIFY(!hc::NationalId::isValid(QStringLiteral("110105194912310021"))); // wrong check character
        QVERIFY(!hc::NationalId::isValid(QStringLiteral("110105194913310029"))); // month 13
        QVERIFY(!hc::NationalId::isValid(QStringLiteral("1101051949123100")));   // too short
        QCOMPARE(hc::NationalId::masked(QStringLiteral("11010519491231002X")), QStringLiteral("110***********002X"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
