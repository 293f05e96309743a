// Demo mode end to end on real widgets: started from the welcome dialog, built in a worker with progress,
// marked in the title, the banner and About, reset in one click, refused when IT disabled it or when it would
// be the configured database.

#include "GuiTest.h"

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "demo/DemoBanner.h"
#include "demo/DemoDatabase.h"
#include "db/Sql.h"
#include "services/UserService.h"
#include "util/MessageBox.h"
#include "util/Settings.h"
#include "welcome/WelcomeDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace hc;
using namespace hc::test;
using gui::ConsoleApp;
using gui::MessageBox;

namespace {
constexpr int kBuildTimeoutMs = 300000;

qint64 count(const db::Database& db, const QString& sql)
{
    auto q = db::run(db, sql);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

QSettings settingsFile(QSettings::Scope scope)
{
    return QSettings(QSettings::IniFormat, scope, QStringLiteral("HealthCode"), QStringLiteral("console"));
}

// Every page of the window in turn: the banner is on screen above it.
void checkBannerOnEveryPage(gui::MainWindow* window)
{
    auto* banner = window->demoBanner();
    QVERIFY(banner);
    auto* list = child<QListWidget>(window, "pageListWidget");
    auto* stack = child<QStackedWidget>(window, "pagesStackedWidget");
    QVERIFY(list->count() > 0);
    for (int row = 0; row < list->count(); ++row) {
        clickRow(list, row);
        QCOMPARE(list->currentRow(), row);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->visibleRegion().isEmpty());
        // Above the page: its bottom edge is at or above the page stack's top edge.
        const int bannerBottom = banner->mapTo(window, QPoint(0, banner->height())).y();
        const int stackTop = stack->mapTo(window, QPoint(0, 0)).y();
        QVERIFY2(bannerBottom <= stackTop, qPrintable(QStringLiteral("%1 > %2").arg(bannerBottom).arg(stackTop)));
    }
}
} // namespace

class TestDemoMode final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Nothing of the developer's own configuration or data may leak in, nor anything out.
        qputenv("HOME", m_home.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("HEALTHCODE_DB");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("user")));
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_home.filePath(QStringLiteral("system")));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home.path()));
    }

    void init()
    {
        for (auto scope : {QSettings::UserScope, QSettings::SystemScope}) {
            QSettings s = settingsFile(scope);
            s.clear();
            s.sync();
        }
    }

    void startFromWelcomeMarksEverythingAndResets()
    {
        ConsoleApp console;
        QSignalSpy finished(&console, &ConsoleApp::demoFinished);
        QVERIFY(console.start({}));
        QPointer<gui::WelcomeDialog> welcome = console.welcomeDialog();
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        saveScreenshot(welcome, QStringLiteral("welcome"));
        QTest::mouseClick(child<QPushButton>(welcome, "startDemoPushButton"), Qt::LeftButton);

        // Built in a worker behind a progress dialog with Cancel.
        QVERIFY(console.demoProgressDialog());
        QVERIFY(console.demoProgressDialog()->isVisible());
        QVERIFY(console.demoProgressDialog()->findChild<QPushButton*>());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kBuildTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(MessageBox::lastInformativeText()));
        QTRY_VERIFY(!welcome);
        QVERIFY(!console.demoProgressDialog());

        // Its own database file, marked as demo, under the application's data folder.
        const db::Database* db = console.database();
        QVERIFY(db);
        QCOMPARE(db->url().path, demo::DemoDatabase::defaultPath());
        QVERIFY(db->url().path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        auto info = demo::DemoDatabase::info(*db);
        QVERIFY(info && info.value().demo);
        QVERIFY(info.value().createdAt > 0);
        QCOMPARE(info.value().seed, demo::DemoDatabase::defaultOptions().seed);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM people")), qint64(5000));
        QVERIFY(!QFileInfo::exists(db->url().path + QStringLiteral(".new")));

        // Logged in directly as the demo administrator; marked in title, banner and About.
        QPointer<gui::MainWindow> window = console.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->session().userName, QString::fromLatin1(demo::DemoDatabase::kAdminName));
        QVERIFY(window->isDemo());
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("[DEMO] ")), qPrintable(window->windowTitle()));
        checkBannerOnEveryPage(window);
        saveScreenshot(window, QStringLiteral("main-window-demo"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QAction>(window, "aboutAction")->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Demo mode: yes")), qPrintable(MessageBox::lastText()));

        // It cannot be hidden: hide() is ignored, and it is no tool bar or dock the window's menus could hide.
        gui::DemoBanner* banner = window->demoBanner();
        banner->hide();
        QVERIFY(banner->isVisible());
        banner->setVisible(false);
        QVERIFY(banner->isVisible());
        for (QWidget* w = banner; w; w = w->parentWidget())
            QVERIFY(!qobject_cast<QToolBar*>(w) && !qobject_cast<QDockWidget*>(w));
        std::unique_ptr<QMenu> popup(window->createPopupMenu());
        if (popup)
            for (QAction* a : popup->actions())
                QVERIFY2(!a->text().contains(QStringLiteral("demo"), Qt::CaseInsensitive), qPrintable(a->text()));
        QVERIFY(child<QPushButton>(banner, "resetPushButton"));
        QVERIFY(!child<QPushButton>(banner, "resetPushButton")->accessibleName().isEmpty());

        // A trainee adds a user; the reset takes the city back to its start and logs in again.
        const auth::Session admin = window->session();
        services::NewUser user{QStringLiteral("trainee.one"), QStringLiteral("Trainee One"),
                               QStringLiteral("trainee-password"), auth::Role::Operator, admin.jurisdictionId};
        QVERIFY(services::UserService::add(*db, admin, user).ok());
        QVERIFY(services::UserService::find(*db, admin, QStringLiteral("trainee.one")).ok());

        // Declining the confirmation changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(banner, "resetPushButton"), Qt::LeftButton);
        QVERIFY(!console.demoProgressDialog());
        QCOMPARE(console.mainWindow(), window.data());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(banner, "resetPushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Rebuild the demo city")));
        QVERIFY(console.demoProgressDialog());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kBuildTimeoutMs);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(MessageBox::lastInformativeText()));
        QTRY_VERIFY(!window);
        window = console.mainWindow();
        QVERIFY(window && window->isVisible());
        QVERIFY(window->isDemo());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("[DEMO] ")));
        QCOMPARE(window->session().userName, QString::fromLatin1(demo::DemoDatabase::kAdminName));
        db = console.database();
        QCOMPARE(db->url().path, demo::DemoDatabase::defaultPath());
        QVERIFY(!services::UserService::find(*db, window->session(), QStringLiteral("trainee.one")).ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(1));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM people")), qint64(5000));
        checkBannerOnEveryPage(window);
    }

    void refusedWhenItIsTheConfiguredDatabase()
    {
        const QString path = m_home.filePath(QStringLiteral("shared.sqlite"));
        ConsoleApp console;
        ConsoleApp::StartOptions options;
        options.demo = true;
        options.databaseUrl = QStringLiteral("sqlite:") + path;
        options.demoPath = path;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!console.start(options));
        QVERIFY2(MessageBox::lastInformativeText().contains(QStringLiteral("never uses the production database")),
                 qPrintable(MessageBox::lastInformativeText()));
        QVERIFY(!console.demoProgressDialog());
        QVERIFY(!QFileInfo::exists(path));

        // The same through the configuration (database/url), written another way.
        QVERIFY(Settings::setValue(Settings::Key::DatabaseUrl,
                                   QString(QStringLiteral("sqlite:") + m_home.path() + QStringLiteral("/./shared.sqlite"))));
        ConsoleApp second;
        options.databaseUrl.clear();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!second.start(options));
        QVERIFY(MessageBox::lastInformativeText().contains(QStringLiteral("never uses the production database")));
    }

    void disabledByIt()
    {
        {
            QSettings system = settingsFile(QSettings::SystemScope);
            system.setValue(Settings::name(Settings::Key::DemoAllowed), QStringLiteral("false"));
            system.sync();
        }
        QVERIFY(Settings::isLocked(Settings::Key::DemoAllowed));
        QVERIFY(!Settings::value(Settings::Key::DemoAllowed).toBool());

        // No Start Demo on the welcome screen...
        ConsoleApp console;
        QVERIFY(console.start({}));
        QPointer<gui::WelcomeDialog> welcome = console.welcomeDialog();
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(child<QGroupBox>(welcome, "demoGroupBox")->isHidden());
        QVERIFY(!child<QPushButton>(welcome, "startDemoPushButton")->isVisible());

        // ...and --demo refuses with the reason.
        ConsoleApp demoConsole;
        ConsoleApp::StartOptions options;
        options.demo = true;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!demoConsole.start(options));
        QVERIFY2(MessageBox::lastInformativeText().contains(QStringLiteral("disabled")),
                 qPrintable(MessageBox::lastInformativeText()));
        QVERIFY(!demoConsole.demoProgressDialog());
        QVERIFY(!demoConsole.mainWindow());

        // The core refuses too (the command-line tool and any other caller).
        auto created = demo::DemoDatabase::create(m_home.filePath(QStringLiteral("x.sqlite")), QStringLiteral("x"),
                                                  demo::DemoDatabase::defaultOptions());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::PermissionDenied);
    }

    void neverOverwritesARealDatabase()
    {
        // A file with users and no demo marker at the demo path is left alone.
        const QString path = m_home.filePath(QStringLiteral("real/office.sqlite"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            db::DatabaseUrl url;
            url.path = path;
            auto db = db::Database::open(url, QStringLiteral("real"));
            QVERIFY(db);
            QVERIFY(services::UserService::initialize(db.value(), QStringLiteral("admin"),
                                                      QStringLiteral("admin-password-1"), QStringLiteral("110000"),
                                                      QStringLiteral("Real"))
                        .ok());
        }
        auto created = demo::DemoDatabase::install(path + QStringLiteral(".new"), path);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(QStringLiteral("not a demo database")),
                 qPrintable(created.error().message));
        QVERIFY(QFileInfo(path).size() > 0);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestDemoMode)
#include "TestDemoMode.moc"
