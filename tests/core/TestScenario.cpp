// Training scenarios: the shipped files read, bad files are refused naming file and field, and a scenario
// plays in a real demo database (SQLite file) day by day, refusing a database that is not a demo.

#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "demo/DemoDatabase.h"
#include "training/Scenario.h"
#include "training/ScenarioRunner.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace hc;
using training::Scenario;
using training::ScenarioRunner;

namespace {

QByteArray minimal(const QString& events)
{
    return QStringLiteral(R"({"format": 1, "id": "t", "title": {"en": "T"}, "summary": {"en": "S"},
        "steps": [{"title": {"en": "D1"}, "narrative": {"en": "N"}, "events": [%1], "tasks": [{"en": "do"}]}]})")
        .arg(events)
        .toUtf8();
}
} // namespace

class TestScenario final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::setSource(nullptr); }

    void builtInScenariosRead()
    {
        const QList<Scenario> list = Scenario::builtIn();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("outbreak"));
        QCOMPARE(list.at(0).steps.size(), 5);
        QCOMPARE(list.at(1).steps.size(), 3);
        for (const Scenario& s : list)
            for (const training::ScenarioStep& step : s.steps) {
                QVERIFY(!step.title.text(QLocale(QLocale::Chinese, QLocale::China)).isEmpty());
                QVERIFY(step.title.byLanguage.contains(QStringLiteral("zh_CN")));
                QVERIFY(!step.events.isEmpty());
            }
        QCOMPARE(list.at(0).title.text(QLocale(QLocale::Chinese, QLocale::China)),
                 QString::fromUtf8("一个区暴发疫情并经场所传播"));
        QCOMPARE(list.at(0).title.text(QLocale(QLocale::German)), list.at(0).title.byLanguage.value(QStringLiteral("en")));
    }

    void badFilesNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QStringLiteral("mine.json: not valid JSON at character");
        QTest::newRow("unknown type") << minimal(QStringLiteral(R"({"type": "meteor", "district": 1})"))
                                      << QStringLiteral("mine.json: steps[0].events[0].type: unknown event type \"meteor\"");
        QTest::newRow("bad level") << minimal(QStringLiteral(R"({"type": "designate_district", "district": 1, "level": "purple"})"))
                                   << QStringLiteral("mine.json: steps[0].events[0].level:");
        QTest::newRow("people missing") << minimal(QStringLiteral(R"({"type": "positive_tests", "district": 2})"))
                                        << QStringLiteral("mine.json: steps[0].events[0].people: expected a whole number");
        QTest::newRow("district zero") << minimal(QStringLiteral(R"({"type": "lift_district", "district": 0})"))
                                       << QStringLiteral("mine.json: steps[0].events[0].district:");
        QTest::newRow("no english")
            << QByteArray(R"({"format": 1, "id": "t", "title": {"zh_CN": "T"}, "summary": {"en": "S"}, "steps": []})")
            << QStringLiteral("mine.json: .title: the English text");
        QTest::newRow("no steps")
            << QByteArray(R"({"format": 1, "id": "t", "title": {"en": "T"}, "summary": {"en": "S"}, "steps": []})")
            << QStringLiteral("mine.json: steps: expected 1 to");
    }

    void badFilesNameFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto s = Scenario::parse(json, QStringLiteral("mine.json"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(expected), qPrintable(s.error().message));
    }

    void playsInADemoDatabaseOnly()
    {
        QTemporaryDir dir;
        demo::DemoDataOptions options;
        options.people = 1500;
        options.days = 3;
        options.scansPerDay = 3000;
        options.seed = 7;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto login = demo::DemoDatabase::create(path, QStringLiteral("scenario-build"), options);
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        db::DatabaseUrl url;
        url.backend = db::Backend::SQLite;
        url.path = path;
        auto opened = db::Database::open(url, QStringLiteral("scenario"));
        QVERIFY(opened.ok());
        const db::Database& db = opened.value();
        auto session = auth::Authenticator::forDatabase(db)->login(db, login->userName, login->password);
        QVERIFY(session.ok());

        const Scenario outbreak = Scenario::builtIn().at(0);
        const qint64 positivesBefore = test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM test_results WHERE lab = 'training'"));
        QCOMPARE(positivesBefore, 0);
        auto day1 = ScenarioRunner::advance(db, session.value(), outbreak);
        QVERIFY2(day1.ok(), qPrintable(day1.error().message));
        QCOMPARE(day1->stepsDone, 1);
        QCOMPARE(ScenarioRunner::clockOffset(day1.value()), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM test_results WHERE lab = 'training'")), 8);
        // Everyone with a new positive test is red now, under the rules in force.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM statuses s JOIN test_results t ON t.person_id = "
                                           "s.person_id WHERE t.lab = 'training' AND s.colour <> 'red'")),
                 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'training.step'")), 1);

        // Another scenario cannot start on top of it.
        auto other = ScenarioRunner::advance(db, session.value(), Scenario::builtIn().at(1));
        QCOMPARE(other.error().code, ErrorCode::Conflict);

        auto day2 = ScenarioRunner::advance(db, session.value(), outbreak);
        QVERIFY2(day2.ok(), qPrintable(day2.error().message));
        QCOMPARE(ScenarioRunner::clockOffset(day2.value()), ScenarioRunner::kStepSecs);
        // Three venues of the first district, or all it has in this small city.
        const qint64 venues = test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM venues WHERE district_id = (SELECT id FROM "
                                                        "jurisdictions WHERE level = 'district' ORDER BY code LIMIT 1)"));
        QVERIFY(venues > 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM risk_areas WHERE note = 'training' AND venue_id IS NOT NULL")),
                 std::min<qint64>(3, venues));
        auto state = ScenarioRunner::state(db);
        QVERIFY(state.ok() && state.value().has_value());
        QCOMPARE(state.value()->stepsDone, 2);
        for (int i = 2; i < outbreak.steps.size(); ++i)
            QVERIFY(ScenarioRunner::advance(db, session.value(), outbreak).ok());
        QCOMPARE(ScenarioRunner::advance(db, session.value(), outbreak).error().code, ErrorCode::Conflict);
        // Lifted on the last day: no training designation of district 1 is open any more.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM risk_areas WHERE note = 'training' AND to_at IS NULL "
                                           "AND district_id IS NOT NULL")),
                 0);

        // A database that is not a demo one is refused before anything is written.
        test::TestDatabase real;
        QVERIFY2(real.isReady(), qPrintable(real.error()));
        const auth::Session admin = real.initAdmin();
        auto refused = ScenarioRunner::advance(real.db(), admin, outbreak);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(real.db(), QStringLiteral("SELECT COUNT(*) FROM database_info")), 0);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "TestScenario.moc"
