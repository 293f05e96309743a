// The overview as the home page on a small demo city: the counts it shows are the city's, small figures never
// show as numbers, and an approver approves an operator's override request from it (the person's colour
// changes at once and the request leaves the list). Also times the load (the figure is printed).

#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "demo/DemoDatabase.h"
#include "overview/OverviewPage.h"
#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "services/UserService.h"
#include "util/Clock.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace hc;
using namespace hc::test;

class TestOverviewPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void homePageOnADemoCity()
    {
        QTemporaryDir dir;
        demo::DemoDataOptions options = demo::DemoDatabase::defaultOptions();
        options.people = 3000;
        options.scansPerDay = 3000;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto login = demo::DemoDatabase::create(path, QStringLiteral("overview-build"), options);
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        db::DatabaseUrl url;
        url.backend = db::Backend::SQLite;
        url.path = path;
        auto opened = db::Database::open(url, QStringLiteral("overview"));
        QVERIFY(opened.ok());
        const db::Database& db = opened.value();
        auto admin = auth::Authenticator::forDatabase(db)->login(db, login->userName, login->password);
        QVERIFY(admin.ok());
        const QString password = QStringLiteral("overview-pass-1");
        for (const auto& [name, role] : {std::pair{QStringLiteral("clerk"), auth::Role::Operator},
                                         std::pair{QStringLiteral("approver"), auth::Role::Approver}})
            QVERIFY(services::UserService::add(db, admin.value(),
                                               {name, name, password, role, admin.value().jurisdictionId})
                        .ok());
        auto clerk = auth::Authenticator::forDatabase(db)->login(db, QStringLiteral("clerk"), password);
        auto approver = auth::Authenticator::forDatabase(db)->login(db, QStringLiteral("approver"), password);
        QVERIFY(clerk.ok() && approver.ok());

        // The operator asks to turn a red person green.
        const qint64 red = scalar(db, QStringLiteral("SELECT person_id FROM statuses WHERE colour = 'red' AND "
                                                     "override_id IS NULL ORDER BY person_id LIMIT 1"));
        QVERIFY2(red > 0, "the demo city has nobody red");
        services::OverrideRequest r;
        r.personId = red;
        r.target = rules::Colour::Green;
        r.reason = services::OverrideReason::TestResultCorrection;
        r.note = QStringLiteral("Lab swapped two samples");
        r.expiresAt = Clock::nowSecs() + 5 * 86400;
        auto requested = services::OverrideService::request(db, clerk.value(), r);
        QVERIFY2(requested.ok(), qPrintable(requested.error().message));

        // The approver logs in: the overview is the home page.
        gui::MainWindow window(db, approver.value());
        window.resize(1360, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<gui::OverviewPage*>(window.page(QStringLiteral("OverviewPage")));
        QVERIFY(page);
        QCOMPARE(child<QStackedWidget>(&window, "pagesStackedWidget")->currentWidget(), page);
        QCOMPARE(child<QListWidget>(&window, "pageListWidget")->item(0)->text(), QStringLiteral("Overview"));
        qInfo("overview load on the demo city (%lld people): %lld ms", static_cast<long long>(options.people),
              static_cast<long long>(page->lastLoadMs()));

        // The counts are the city's: everyone, and the red ones as the statuses say.
        const qint64 people = scalar(db, QStringLiteral("SELECT COUNT(*) FROM people"));
        const qint64 reds = scalar(db, QStringLiteral("SELECT COUNT(*) FROM statuses WHERE colour = 'red'"));
        QCOMPARE(page->data().current.people.value, std::optional<qint64>(people));
        QVERIFY2(child<QLabel>(page, "totalCountLabel")->text().contains(QLocale().toString(people)),
                 qPrintable(child<QLabel>(page, "totalCountLabel")->text()));
        const auto& redFigure = page->data().current.colours[2];
        if (reds >= page->data().threshold)
            QCOMPARE(redFigure.value, std::optional<qint64>(reds));
        else
            QVERIFY(redFigure.suppressed() &&
                    child<QLabel>(page, "redCountLabel")->text().contains(QStringLiteral("suppressed")));
        auto* chart = child<QChartView>(page, "coloursChartView");
        QCOMPARE(chart->chart()->series().size(), 4); // green, yellow, red, and what suppression hides
        QCOMPARE(chart->chart()->series().at(2)->name(), rules::colourDisplayName(rules::Colour::Red));

        // One district on demand: the chart's top is that district's people (suppressed parts in one band).
        auto* districts = child<QComboBox>(page, "districtComboBox");
        QVERIFY(districts->isVisible() && districts->count() > 2);
        districts->setCurrentIndex(1);
        const qint64 district = districts->currentData().toLongLong();
        const qint64 inDistrict =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE district_id = ?"), {district});
        QVERIFY(inDistrict >= page->data().threshold);
        auto* top = qobject_cast<QAreaSeries*>(chart->chart()->series().at(3));
        QVERIFY(top && top->upperSeries()->count() > 0);
        QCOMPARE(top->upperSeries()->at(top->upperSeries()->count() - 1).y(), static_cast<qreal>(inDistrict));
        saveScreenshot(&window, QStringLiteral("overview-district"));
        districts->setCurrentIndex(0);
        chart = child<QChartView>(page, "coloursChartView");
        top = qobject_cast<QAreaSeries*>(chart->chart()->series().at(3));
        QCOMPARE(top->upperSeries()->at(top->upperSeries()->count() - 1).y(), static_cast<qreal>(people));

        // The request waits for this approver; approving it from here takes effect at once.
        auto* pending = child<QTableWidget>(page, "pendingTableWidget");
        QCOMPARE(pending->rowCount(), 1);
        QVERIFY(pending->item(0, 0)->text().contains(QString::number(requested.value())));
        QCOMPARE(pending->item(0, 2)->text(), QStringLiteral("clerk"));
        auto* approve = child<QPushButton>(page, "approveButton");
        QVERIFY(approve->isVisible() && approve->isEnabled());
        saveScreenshot(&window, QStringLiteral("overview"));
        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("approveOverrideDialog"))));
            QTest::mouseClick(okButton(dialog, "reasonButtonBox"), Qt::LeftButton);
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(services::StatusService::status(db, admin.value(), red)->colour, rules::Colour::Green);
        QCOMPARE(services::OverrideService::byId(db, admin.value(), requested.value())->decidedBy,
                 QStringLiteral("approver"));
        QTRY_COMPARE(pending->rowCount(), 0);
        QVERIFY(!approve->isEnabled());
        // The day's counts moved with it.
        if (reds >= page->data().threshold + 1)
            QCOMPARE(page->data().current.colours[2].value, std::optional<qint64>(reds - 1));

        // The operator's own request never waits for the operator.
        gui::MainWindow clerkWindow(db, clerk.value());
        auto* clerkPage = qobject_cast<gui::OverviewPage*>(clerkWindow.page(QStringLiteral("OverviewPage")));
        QVERIFY(clerkPage);
        QVERIFY(clerkPage->data().pendingOverrides.isEmpty());

        // The daily report from the page, written on a worker thread.
        QSignalSpy done(page, &gui::OverviewPage::reportFinished);
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(page->saveReport(report, overview::DailyCounts::dayOf(Clock::nowSecs())));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("report,day,jurisdiction"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
