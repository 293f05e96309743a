// The daily situation report on a real database (SQLite and PostgreSQL): its figures agree with counting the
// tables directly, its CSV and the text of its PDF match the golden files, and healthcode-ctl writes the same
// tables.
//
// Golden files: tests/data/reports/daily-report.csv and daily-report.txt (pdftotext -layout of the whole PDF)
// for a fixed day, clock, time zone (UTC) and city. Regenerate after an intended change with
//   HC_REGENERATE_GOLDEN=1 ctest -R TestDailyReport_sqlite
// and review the diff (git diff tests/data/reports) and the PDF (pdftoppm -png -r 60) before committing.

#include "TestDatabase.h"

#include "db/Sql.h"
#include "overview/DailyCounts.h"
#include "reports/DailyReport.h"
#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hc;
using reports::DailyReport;

namespace {
constexpr qint64 kHour = 3600;
const QDate kDay(2026, 3, 1);

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Compares text with the golden file name under tests/data/reports, or rewrites it with HC_REGENERATE_GOLDEN=1.
void compareGolden(const QString& text, const QString& name, const QTemporaryDir& dir)
{
    const QString golden = qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/reports/") + name;
    if (qEnvironmentVariableIntValue("HC_REGENERATE_GOLDEN") == 1) {
        QFile f(golden);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        qInfo("Regenerated %s", qPrintable(golden));
        return;
    }
    QFile f(golden);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("Missing %1: run with HC_REGENERATE_GOLDEN=1").arg(golden)));
    const QString expected = QString::fromUtf8(f.readAll());
    if (text != expected) {
        QFile actual(dir.filePath(name + QStringLiteral(".actual")));
        QVERIFY(actual.open(QIODevice::WriteOnly));
        actual.write(text.toUtf8());
        actual.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), golden, actual.fileName()});
        diff.waitForFinished();
        QFAIL(
            qPrintable(QStringLiteral("%1 differs:\n%2").arg(golden, QString::fromUtf8(diff.readAllStandardOutput()))));
    }
}
} // namespace

class TestDailyReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isReady(), qPrintable(m_t->error()));
        m_admin = m_t->initAdmin();
        const db::Database& db = m_t->db();
        // 2026-03-01 10:00 UTC: the whole fixture happens on the report's day.
        const QDateTime t0(kDay, QTime(10, 0), QTimeZone::utc());
        Clock::setSource([t0] { return t0; });
        const qint64 now = t0.toSecsSinceEpoch();
        auto district = [&](const char* code, const QString& name, const char* en) {
            return test::insertRow(
                db,
                QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES (?, ?, "
                               "?, 'district', ?)"),
                {QString::fromLatin1(code), name, QString::fromLatin1(en), m_admin.jurisdictionId});
        };
        m_east = district("990101", QStringLiteral("东城区"), "Dongcheng");
        m_west = district("990102", QStringLiteral("西城区"), "Xicheng");
        const qint64 north = district("990103", QStringLiteral("北城区"), "Beicheng");
        m_admin.scope << m_east << m_west << north;
        int serial = 0;
        auto addPerson = [&](qint64 d) {
            const QString id = QStringLiteral("3301021970010%1").arg(++serial, 5, 10, QLatin1Char('0'));
            return test::insertRow(
                db,
                QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id) "
                               "VALUES (?, ?, 'Li Si', 'M', '1970-01-01', ?)"),
                {id, QString(QStringLiteral("P-") + id), d});
        };
        QList<qint64> east;
        for (int i = 0; i < 40; ++i)
            east << addPerson(m_east);
        for (int i = 0; i < 4; ++i)
            addPerson(m_west);
        // The north is there so that hiding the west's four needs none of the east's figures.
        QList<qint64> northPeople;
        for (int i = 0; i < 25; ++i)
            northPeople << addPerson(north);
        for (int i = 0; i < 10; ++i)
            test::insertRow(
                db,
                QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES (?, "
                               "'pcr', 'positive', ?, ?)"),
                {northPeople[i], now - 8 * kHour, now - 2 * kHour});
        // 14 positive tests reported this morning in the east, 12 close contacts designated; the west is a risk area.
        for (int i = 0; i < 14; ++i)
            test::insertRow(
                db,
                QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES (?, "
                               "'pcr', 'positive', ?, ?)"),
                {east[i], now - 8 * kHour, now - 2 * kHour});
        for (int i = 14; i < 26; ++i)
            test::insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO close_contacts (person_id, designated_at, source_person_id) VALUES (?, ?, ?)"),
                {east[i], now - kHour, east[0]});
        test::insertRow(
            db,
            QStringLiteral(
                "INSERT INTO risk_areas (district_id, level, from_at, note) VALUES (?, 'high', ?, 'outbreak')"),
            {m_west, now - 24 * kHour});
        QVERIFY(services::StatusService::reevaluate(db, m_admin, now).ok());

        // One override: requested and approved an hour later (a lab mix-up), so one red person is green.
        const auth::Session clerk = m_t->addUser(m_admin, QStringLiteral("clerk"), auth::Role::Operator, m_east);
        auth::Session approver = m_t->addUser(m_admin, QStringLiteral("approver"), auth::Role::Approver);
        approver.scope << m_east << m_west << north;
        services::OverrideRequest r;
        r.personId = east[0];
        r.target = rules::Colour::Green;
        r.reason = services::OverrideReason::TestResultCorrection;
        r.note = QStringLiteral("Lab swapped two samples");
        r.expiresAt = now + 7 * 24 * kHour;
        auto id = services::OverrideService::request(db, clerk, r);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const QDateTime t1 = t0.addSecs(kHour);
        Clock::setSource([t1] { return t1; });
        const int version = services::OverrideService::byId(db, m_admin, id.value())->rowVersion;
        const Status ok =
            services::OverrideService::approve(db, approver, id.value(), QStringLiteral("checked"), version);
        QVERIFY2(ok, qPrintable(ok.error().message));
        const QDateTime t2 = t0.addSecs(2 * kHour);
        Clock::setSource([t2] { return t2; });
    }

    void cleanupTestCase()
    {
        Clock::setSource(nullptr);
        m_t.reset();
    }

    void figuresAgreeWithTheTables()
    {
        auto d = DailyReport::build(m_t->db(), m_admin, kDay, QString(), Clock::nowSecs());
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->districts.size(), 3);
        const reports::DistrictLine& east = d->districts.at(0);
        QCOMPARE(east.code, QStringLiteral("990101"));
        const db::Database& db = m_t->db();
        auto count = [&](const char* sql) {
            return std::optional<qint64>(test::scalar(db, QString::fromLatin1(sql), {m_east}));
        };
        QCOMPARE(east.counts.people.value, count("SELECT COUNT(*) FROM people WHERE district_id = ?"));
        QCOMPARE(east.counts.colours[2].value,
                 count("SELECT COUNT(*) FROM statuses s JOIN people p ON p.id = s.person_id WHERE p.district_id = ? "
                       "AND s.colour = 'red'"));
        QCOMPARE(east.counts.colours[1].value,
                 count("SELECT COUNT(*) FROM statuses s JOIN people p ON p.id = s.person_id WHERE p.district_id = ? "
                       "AND s.colour = 'yellow'"));
        QCOMPARE(east.changes.value, count("SELECT COUNT(*) FROM status_history h JOIN people p ON p.id = h.person_id "
                                           "WHERE p.district_id = ?"));
        QCOMPARE(east.positiveTests.value, std::optional<qint64>(14));
        QCOMPARE(east.closeContacts.value, std::optional<qint64>(12));
        for (const overview::Figure& f : east.counts.colours)
            QVERIFY(!f.suppressed());
        QCOMPARE(east.counts.colours[0].value,
                 count("SELECT COUNT(*) FROM people p LEFT JOIN statuses s ON s.person_id = p.id WHERE "
                       "p.district_id = ? AND (s.colour IS NULL OR s.colour = 'green')"));
        // The west has four people: below k, suppressed, never a number; and since the total is shown, so is
        // the next smallest district's figure in each column the west's is hidden in.
        const reports::DistrictLine& west = d->districts.at(1);
        const reports::DistrictLine& north = d->districts.at(2);
        QVERIFY(west.counts.people.suppressed() && west.counts.colours[2].suppressed());
        QVERIFY(north.counts.people.suppressed() && north.counts.colours[2].suppressed());
        QCOMPARE(d->total.counts.people.value, std::optional<qint64>(69));
        QCOMPARE(d->total.positiveTests.value, std::optional<qint64>(24));
        QCOMPARE(d->riskAreas.size(), 1);
        QCOMPARE(d->ruleVersions.size(), 1);
        QCOMPARE(d->overrides.first().reasonKey, QStringLiteral("test_result_correction"));
        QCOMPARE(d->overrides.first().granted, 1);
        // Outside the official's scope: refused.
        const auth::Session westViewer =
            m_t->addUser(m_admin, QStringLiteral("west.viewer"), auth::Role::Viewer, m_west);
        auto refused = DailyReport::build(db, westViewer, kDay, QStringLiteral("990101"), Clock::nowSecs());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::OutOfScope);
    }

    void goldenCsvAndPdf()
    {
        auto d = DailyReport::build(m_t->db(), m_admin, kDay, QString(), Clock::nowSecs());
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(DailyReport::writeCsv(d.value(), csv).ok());
        compareGolden(QString::fromUtf8(csv.data()), QStringLiteral("daily-report.csv"), m_dir);

        const QString pdf = m_dir.filePath(QStringLiteral("daily-report.pdf"));
        const Status saved = DailyReport::save(d.value(), pdf);
        QVERIFY2(saved, qPrintable(saved.error().message));
        if (!qEnvironmentVariableIsEmpty("HC_REPORT_PDF_COPY"))
            QFile::copy(pdf, qEnvironmentVariable("HC_REPORT_PDF_COPY"));
        compareGolden(pdfText(pdf), QStringLiteral("daily-report.txt"), m_dir);
    }

    void ctlWritesTheSameTables()
    {
        const QString out = m_dir.filePath(QStringLiteral("ctl.csv"));
        const QStringList env = {QStringLiteral("HEALTHCODE_PASSWORD=") +
                                     QString::fromLatin1(test::TestDatabase::kAdminPassword),
                                 QStringLiteral("TZ=UTC"), QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C")};
        const test::CtlResult r =
            test::runCtl({QStringLiteral("--db"), m_t->urlString(), QStringLiteral("--user"), QStringLiteral("admin"),
                          QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                          kDay.toString(Qt::ISODate), QStringLiteral("--out"), out},
                         env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("990000")) || r.out.contains(QStringLiteral("Wrote")),
                 qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList ctlLines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        auto d = DailyReport::build(m_t->db(), m_admin, kDay, QString(), Clock::nowSecs());
        QVERIFY(d.ok());
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(DailyReport::writeCsv(d.value(), csv).ok());
        QStringList ownLines = QString::fromUtf8(csv.data()).split(QLatin1Char('\n'));
        // All but the generation time.
        QCOMPARE(ctlLines.size(), ownLines.size());
        ctlLines.removeAt(1);
        ownLines.removeAt(1);
        QCOMPARE(ctlLines, ownLines);

        // The PDF too, and a bad --out is a usage error.
        const QString pdf = m_dir.filePath(QStringLiteral("ctl.pdf"));
        const test::CtlResult p = test::runCtl(
            {QStringLiteral("--db"), m_t->urlString(), QStringLiteral("--user"), QStringLiteral("admin"),
             QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), kDay.toString(Qt::ISODate),
             QStringLiteral("--jurisdiction"), QStringLiteral("990101"), QStringLiteral("--out"), pdf},
            env);
        QVERIFY2(p.exitCode == 0, qPrintable(p.err + p.out));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Page 1 of 1")));
        const test::CtlResult bad =
            test::runCtl({QStringLiteral("--db"), m_t->urlString(), QStringLiteral("--user"), QStringLiteral("admin"),
                          QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                          QStringLiteral("2026-02-30"), QStringLiteral("--out"), pdf},
                         env);
        QCOMPARE(bad.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_t;
    auth::Session m_admin;
    qint64 m_east = 0;
    qint64 m_west = 0;
};

int main(int argc, char** argv)
{
    // Days and times in the report are local: the golden files are written in UTC.
    qputenv("TZ", "UTC");
    QGuiApplication app(argc, argv);
    TestDailyReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDailyReport.moc"
