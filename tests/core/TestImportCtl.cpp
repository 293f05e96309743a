// healthcode-ctl import / scans purge / rollups rebuild end to end: the real executable against the
// test database, with the fixture files.

#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "util/NationalId.h"

#include <QDateTime>
#include <QDir>
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

QStringList asUser()
{
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(test::TestDatabase::kUserPassword)};
}

// The fixture scans are dated 2024-03-01, older than the retention window (IT's setting, which a test cannot
// widen for healthcode-ctl): a copy of the file dated two days ago, under the same name.
QString recentScans(const QTemporaryDir& dir)
{
    QFile in(data("scans.csv"));
    QDir(dir.path()).mkpath(QStringLiteral("recent"));
    QFile out(dir.filePath(QStringLiteral("recent/scans.csv")));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot copy scans.csv");
    const QByteArray day = QDateTime::currentDateTimeUtc().addDays(-2).toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    out.write(in.readAll().replace("2024-03-01", day));
    return out.fileName();
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
        const QString scans = recentScans(dir);

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
        auto s = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), scans,
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

        auto again = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), scans,
                                    QStringLiteral("--provider"), QStringLiteral("acme")}),
                            asAdmin());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already imported")) &&
                     again.out.contains(QStringLiteral("rows rejected: 8")) &&
                     again.out.contains(QStringLiteral("--force")),
                 qPrintable(again.out));
        // Other settings (a time zone for the rows that had none) read it again; what is stored is skipped.
        auto zoned = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), scans,
                                    QStringLiteral("--provider"), QStringLiteral("acme"), QStringLiteral("--time-zone"),
                                    QStringLiteral("Asia/Shanghai")}),
                            asAdmin());
        QCOMPARE(zoned.exitCode, 0);
        QVERIFY2(zoned.out.contains(QStringLiteral("1 imported, 6 duplicates, 7 rejected")), qPrintable(zoned.out));
        auto bad = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), data("scans_bad_encoding.csv")}),
                          asAdmin());
        QCOMPARE(bad.exitCode, 16);
        QVERIFY2(bad.err.contains(QStringLiteral("line 5")), qPrintable(bad.err));
        auto enc = runCtl(ctl(t, {QStringLiteral("import"), QStringLiteral("scans"), scans,
                                  QStringLiteral("--encoding"), QStringLiteral("latin1")}),
                          asAdmin());
        QCOMPARE(enc.exitCode, 2);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 6);

        auto rebuild = runCtl(ctl(t, {QStringLiteral("rollups"), QStringLiteral("rebuild")}), asAdmin());
        QVERIFY2(rebuild.exitCode == 0, qPrintable(rebuild.err));
        QVERIFY2(rebuild.out.contains(QStringLiteral("from 6 scans")), qPrintable(rebuild.out));
        // The scans age past the window, as the purge needs them to (it never keeps fewer days than the window).
        QVERIFY(t.db().execute(QStringLiteral("UPDATE scan_events SET scanned_at = scanned_at - 40 * 86400")).ok());
        auto purge = runCtl(
            ctl(t, {QStringLiteral("scans"), QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("30")}),
            asAdmin());
        QVERIFY2(purge.exitCode == 0, qPrintable(purge.err));
        QVERIFY2(purge.out.contains(QStringLiteral("Purged 6 scans")), qPrintable(purge.out));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 0);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_rollup_cells")) > 0);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge'")) > 0);
    }

    // An operator importing a person who lives outside their scope learns only that the ID number cannot be
    // imported there: one reason whatever the name, phone or district, with the row's line. On PostgreSQL the
    // operator's database role does not see that person at all (row-level security), and the row used to fail
    // the whole batch on the unique key.
    void peopleOutsideTheScope()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        for (const auto& [kind, file] : {std::pair{"jurisdictions", "city.geojson"}, {"people", "people.csv"}}) {
            auto r = runCtl(ctl(t, {QStringLiteral("import"), QString::fromLatin1(kind), data(file)}), asAdmin());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        auto fresh = auth::Authenticator::sessionFor(t.db(), admin.userId);
        QVERIFY(fresh.ok());
        const qint64 east = count(t.db(), QStringLiteral("SELECT id FROM jurisdictions WHERE code = '990101'"));
        t.addUser(fresh.value(), QStringLiteral("east"), auth::Role::Operator, east);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("people-east.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // 赵磊 (990102199001010111) lives in the west.
        f.write("national_id,name,phone,district\n"
                "990102199001010111,王五,13800000000,990101\n"
                "990101200001010014,新人,13700000000,990101\n"
                "990102199001010111,赵磊,13900000000,990101\n");
        f.close();
        const QString report = dir.filePath(QStringLiteral("rejects.csv"));
        auto r = runCtl(QStringList{QStringLiteral("--db"), t.urlString(), QStringLiteral("--user"),
                                    QStringLiteral("east"), QStringLiteral("import"), QStringLiteral("people"), file,
                                    QStringLiteral("--report"), report},
                        asUser());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 imported, 0 duplicates, 2 rejected")), qPrintable(r.out));
        QFile rf(report);
        QVERIFY(rf.open(QIODevice::ReadOnly));
        const QString rejects = QString::fromUtf8(rf.readAll());
        const QString reason =
            QStringLiteral(",national_id,%1 is registered outside the jurisdiction of east and cannot be imported here.")
                .arg(NationalId::masked(QStringLiteral("990102199001010111")));
        QVERIFY2(rejects.contains(QStringLiteral("people-east.csv,2") + reason), qPrintable(rejects));
        QVERIFY2(rejects.contains(QStringLiteral("people-east.csv,4") + reason), qPrintable(rejects));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE national_id = '990101200001010014'")),
                 1);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM people WHERE national_id = '990102199001010111' "
                                              "AND name = '赵磊'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestImportCtl)
#include "TestImportCtl.moc"
