// A trainer's session in demo mode, end to end: a demo city, the Training page, the outbreak scenario played
// day by day (the banner says which day, the clock follows, statuses turn red), then cards printed for the
// elderly of the affected district, signed with the demo key and watermarked DEMO - NOT VALID.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "demo/DemoBanner.h"
#include "demo/DemoDatabase.h"
#include "printing/PrintingPage.h"
#include "training/TrainingPage.h"
#include "util/Clock.h"
#include "util/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace hc;
using namespace hc::test;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                                          QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestTrainingScenario final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::setSource(nullptr); }

    void outbreakScenarioEndToEnd()
    {
        QTemporaryDir dir;
        demo::DemoDataOptions options = demo::DemoDatabase::defaultOptions();
        options.people = 2000;
        options.scansPerDay = 4000;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto login = demo::DemoDatabase::create(path, QStringLiteral("training-build"), options);
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        db::DatabaseUrl url;
        url.backend = db::Backend::SQLite;
        url.path = path;
        auto opened = db::Database::open(url, QStringLiteral("training"));
        QVERIFY(opened.ok());
        const db::Database& db = opened.value();
        auto session = auth::Authenticator::forDatabase(db)->login(db, login->userName, login->password);
        QVERIFY(session.ok());

        gui::MainWindow window(db, session.value());
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isDemo());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("[DEMO] ")));
        auto* training = qobject_cast<gui::TrainingPage*>(window.page(QStringLiteral("TrainingPage")));
        QVERIFY(training);
        window.showPage(training);
        auto* banner = window.demoBanner();
        auto* bannerScenario = child<QLabel>(banner, "scenarioLabel");
        QVERIFY(banner->isVisible());
        QVERIFY(!bannerScenario->isVisible());

        auto* combo = child<QComboBox>(training, "scenarioComboBox");
        combo->setCurrentIndex(combo->findData(QStringLiteral("outbreak")));
        auto* next = child<QPushButton>(training, "nextStepButton");
        const qint64 realStart = QDateTime::currentSecsSinceEpoch();
        for (int day = 1; day <= 5; ++day) {
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(training->state() && training->state()->stepsDone == day && next->isEnabled() ==
                                                                                                      (day < 5),
                                     60000);
            QVERIFY2(bannerScenario->isVisible() &&
                         bannerScenario->text().contains(QStringLiteral("day %1 of 5").arg(day)),
                     qPrintable(bannerScenario->text()));
            QVERIFY(child<QListWidget>(training, "tasksListWidget")->count() > 0);
            if (day == 1) {
                QCOMPARE(next->text(), QStringLiteral("&Next day"));
                QVERIFY(!combo->isEnabled()); // one scenario at a time
                saveScreenshot(&window, QStringLiteral("training"));
            }
        }
        // Four days later by the scenario's clock.
        const qint64 offset = Clock::nowSecs() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(qAbs(offset - 4 * 86400) < 120, qPrintable(QString::number(offset)));
        QVERIFY(QDateTime::currentSecsSinceEpoch() - realStart < 600);
        // The outbreak coloured people: the 26 positive tests are red, close contacts too.
        QVERIFY(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM statuses WHERE colour = 'red'")) >= 26);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'training.step'")), 5);

        // Day 5's task: cards for people over 60 without a smartphone in the first district.
        auto* printing = qobject_cast<gui::PrintingPage*>(window.page(QStringLiteral("PrintingPage")));
        QVERIFY(printing);
        window.showPage(printing);
        QVERIFY(!child<QCheckBox>(printing, "demoCheckBox")->isEnabled());
        QVERIFY(child<QCheckBox>(printing, "demoCheckBox")->isChecked());
        QTRY_VERIFY(!printing->isCounting());
        QTest::mouseClick(child<QCheckBox>(printing, "noSmartphoneCheckBox"), Qt::LeftButton);
        replaceText(child<QSpinBox>(printing, "minAgeSpinBox"), QStringLiteral("60"));
        auto* district = child<QComboBox>(printing, "districtComboBox");
        QVERIFY(district->count() > 1);
        district->setCurrentIndex(1);
        QTRY_VERIFY(!printing->isCounting());
        const QString pdf = dir.filePath(QStringLiteral("elderly.pdf"));
        replaceText(child<QLineEdit>(printing, "pdfFileLineEdit"), pdf);
        replaceText(child<QLineEdit>(printing, "passphraseLineEdit"), login->password);
        QSignalSpy finished(printing, &gui::PrintingPage::printFinished);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(printing, "printPdfPushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("card(s)")), qPrintable(gui::MessageBox::lastText()));
        QVERIFY(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM printed_cards")) > 0);
        QVERIFY(pdfText(pdf).contains(QStringLiteral("DEMO - NOT VALID")));
        QVERIFY(banner->isVisible());
    }
};

QTEST_MAIN(TestTrainingScenario)
#include "TestTrainingScenario.moc"
