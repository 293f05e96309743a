// healthcode-ctl import / scans purge / rollups rebuild end to end: the real executable against the
// test database, with the fixture files.

#include "TestDatabase.h"

#include "db/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using test::runCtl;

namespace {
QString data(const char* name)
{
    return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/") + QString::fromLatin1(name);
}

QStringList asAdmin()
{
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(test::TestDatabase::kAdminPassword)};
}

qint64 count(const db::Database& db, const QString& sql)
{
    auto q = db::run(db, sql);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}
} // namespace

class TestImportCtl final : public QObject
{
    Q_OBJECT

    QStringList ctl(const test::TestDatabase& t, const QStringList& args)
    {
        return QStringList{QStringLiteral("--db"), t.urlString(), QStringLiteral("--user"), QStringLiteral("admin")} +
               args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HC_CTL"), "HC_CTL must name the healthcode-ctl executable");
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }

    void helpListsTheCommands()
    {
        auto h = runCtl({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char* s : {"import scans", "import jurisdictions", "scans purge", "rollups rebuild"})
            QVERIFY2(h.out.contains(QString::fromLatin1(s)), s);
        auto bad = runCtl({QStringLiteral("import"), QStringLiteral("spreadsheets"), QStringLiteral("x.csv")});
        QCOMPARE(bad.exitCode, 2);
    }

    void importPurgeRebuild()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        t.initAdmin();
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("rejects.csv"));

        auto j = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("jurisdictions"), data("city.geojson")}),
                        asAdmin());
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        QVERIFY2(j.out.contains(QStringLiteral("3 imported")), qPrintable(j.out));
        auto v = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("venues"), data("venues.csv")}), asAdmin());
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        auto p = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("people"), data("people.csv"),
                                data("people_gb18030.csv")}),
                        asAdmin());
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QVERIFY2(p.out.contains(QStringLiteral("GB18030")), qPrintable(p.out));

        // Two files, one refused as a whole: the good one goes in, the exit code says invalid input.
        auto s = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), data("scans.csv"),
                                data("scans_missing_column.csv"), QStringLiteral("--provider"), QStringLiteral("acme"),
                                QStringLiteral("--report"), report}),
                        asAdmin());
        QCOMPARE(s.exitCode, 16);
        QVERIFY2(s.out.contains(QStringLiteral("5 imported, 1 duplicates, 8 rejected")), qPrintable(s.out));
        QVERIFY2(s.err.contains(QStringLiteral("scans_missing_column.csv")) && s.err.contains(QStringLiteral("colour")),
                 qPrintable(s.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "file,line,field,reason\r\n")); // a BOM, so spreadsheets read UTF-8
        const QString rejects = QString::fromUtf8(bytes);
        QVERIFY(rejects.contains(QStringLiteral("scans.csv,9,colour,")));
        QVERIFY(rejects.contains(QStringLiteral("scans_missing_column.csv,0,,")));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 5);

        auto again = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), data("scans.csv"),
                                    QStringLiteral("--provider"), QStringLiteral("acme")}),
                            asAdmin());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already imported")), qPrintable(again.out));
        auto bad = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), data("scans_bad_encoding.csv")}),
                          asAdmin());
        QCOMPARE(bad.exitCode, 16);
        QVERIFY2(bad.err.contains(QStringLiteral("line 5")), qPrintable(bad.err));
        auto enc = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), data("scans.csv"),
                                  QStringLiteral("--encoding"), QStringLiteral("latin1")}),
                          asAdmin());
        QCOMPARE(enc.exitCode, 2);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 5);

        auto rebuild = runCtl(ctl(t, {QStringLiteral("rollups"), QStringLiteral("rebuild")}), asAdmin());
        QVERIFY2(rebuild.exitCode == 0, qPrintable(rebuild.err));
        QVERIFY2(rebuild.out.contains(QStringLiteral("from 5 scans")), qPrintable(rebuild.out));
        auto purge = runCtl(
            ctl(t, {QStringLiteral("scans"), QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("30")}),
            asAdmin());
        QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
        QVERIFY2(purge.out.contains(QStringLiteral("Purged 5 scans")), qPrintable(purge.out));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 0);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_rollup_cells")) > 0);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge'")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCtl)
#include "TestImportCtl.moc"
