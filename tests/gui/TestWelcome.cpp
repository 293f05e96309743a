// First run from an empty configuration on real widgets: the welcome dialog's SQLite choice is created,
// remembered and followed by the first-administrator dialog; the PostgreSQL connection test reports the core's
// error inline (unreachable server) or success (HC_TEST_PG_URL's server); IT's system-wide address skips it.

#include "GuiTest.h"

#include "ConsoleApp.h"
#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "util/MessageBox.h"
#include "util/Settings.h"
#include "welcome/WelcomeDialog.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace hc;
using namespace hc::test;
using gui::ConsoleApp;
using gui::WelcomeDialog;

namespace {
QSettings settingsFile(QSettings::Scope scope)
{
    return QSettings(QSettings::IniFormat, scope, QStringLiteral("HealthCode"), QStringLiteral("console"));
}

void fillPostgres(WelcomeDialog* dialog, const db::DatabaseUrl& url)
{
    // On the indicator: a radio button reacts only to clicks on its indicator and label.
    auto* radio = child<QRadioButton>(dialog, "postgresRadioButton");
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
    replaceText(child<QLineEdit>(dialog, "postgresHostLineEdit"), url.host);
    child<QSpinBox>(dialog, "postgresPortSpinBox")->setValue(url.port);
    replaceText(child<QLineEdit>(dialog, "postgresDatabaseLineEdit"), url.name);
    replaceText(child<QLineEdit>(dialog, "postgresUserLineEdit"), url.user);
    replaceText(child<QLineEdit>(dialog, "postgresPasswordLineEdit"), url.password);
}
} // namespace

class TestWelcome final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("HEALTHCODE_DB");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("user")));
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_home.filePath(QStringLiteral("system")));
    }

    void init()
    {
        for (auto scope : {QSettings::UserScope, QSettings::SystemScope}) {
            QSettings s = settingsFile(scope);
            s.clear();
            s.sync();
        }
    }

    void sqliteFileIsCreatedRememberedAndFollowedByFirstAdministrator()
    {
        const QString path = m_home.filePath(QStringLiteral("office/console.sqlite"));
        {
            ConsoleApp console;
            QVERIFY(console.start({}));
            WelcomeDialog* welcome = console.welcomeDialog();
            QVERIFY(welcome && welcome->isVisible());
            QVERIFY(QTest::qWaitForWindowExposed(welcome));
            QVERIFY(child<QRadioButton>(welcome, "sqliteRadioButton")->isChecked());
            auto* pathEdit = child<QLineEdit>(welcome, "sqlitePathLineEdit");
            QCOMPARE(QDir::fromNativeSeparators(pathEdit->text()), WelcomeDialog::defaultSqlitePath());
            QVERIFY(!pathEdit->accessibleName().isEmpty());

            // Inline validation: Continue stays disabled, and says why, until the file is given.
            auto* ok = okButton(welcome, "continueButtonBox");
            replaceText(pathEdit, QString());
            QVERIFY(!ok->isEnabled());
            QVERIFY(child<QLabel>(welcome, "sqliteProblemLabel")->isVisible());
            replaceText(pathEdit, path);
            QVERIFY(ok->isEnabled());
            QVERIFY(!child<QLabel>(welcome, "sqliteProblemLabel")->isVisible());
            QTest::mouseClick(ok, Qt::LeftButton);

            QTRY_VERIFY(console.firstAdminDialog() && console.firstAdminDialog()->isVisible());
            QVERIFY(QFileInfo::exists(path));
            QCOMPARE(Settings::stringValue(Settings::Key::DatabaseUrl),
                     QStringLiteral("sqlite:") + QFileInfo(path).absoluteFilePath());
            QCOMPARE(Settings::source(Settings::Key::DatabaseUrl), Settings::Source::User);

            gui::FirstAdminDialog* first = console.firstAdminDialog();
            QTest::keyClicks(child<QLineEdit>(first, "userNameLineEdit"), QStringLiteral("chief"));
            QTest::keyClicks(child<QLineEdit>(first, "passwordLineEdit"), QStringLiteral("chief-password"));
            QTest::keyClicks(child<QLineEdit>(first, "repeatPasswordLineEdit"), QStringLiteral("chief-password"));
            QTest::mouseClick(okButton(first, "createButtonBox"), Qt::LeftButton);
            QTRY_VERIFY(console.loginDialog() && console.loginDialog()->isVisible());
            QVERIFY(!console.welcomeDialog() || !console.welcomeDialog()->isVisible());
        }
        // The next start goes straight to the login: the choice was remembered.
        ConsoleApp again;
        QVERIFY(again.start({}));
        QVERIFY(!again.welcomeDialog());
        QVERIFY(!again.firstAdminDialog());
        QVERIFY(again.loginDialog() && again.loginDialog()->isVisible());
        QCOMPARE(again.database()->url().path, QFileInfo(path).absoluteFilePath());
    }

    void postgresFieldsAreValidatedInline()
    {
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QPushButton>(&dialog, "testConnectionPushButton")->isEnabled()); // SQLite is chosen
        fillPostgres(&dialog, db::DatabaseUrl{db::Backend::PostgreSQL, {}, {}, 5432, QStringLiteral("hc"), {},
                                              QStringLiteral("healthcode")});
        QVERIFY(!child<QPushButton>(&dialog, "testConnectionPushButton")->isEnabled());
        QVERIFY(!okButton(&dialog, "continueButtonBox")->isEnabled());
        auto* problem = child<QLabel>(&dialog, "postgresProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("host")));
        replaceText(child<QLineEdit>(&dialog, "postgresHostLineEdit"), QStringLiteral("db.example"));
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "testConnectionPushButton")->isEnabled());
        QVERIFY(okButton(&dialog, "continueButtonBox")->isEnabled());
        // The remembered address never carries the password.
        replaceText(child<QLineEdit>(&dialog, "postgresPasswordLineEdit"), QStringLiteral("s3cret"));
        QCOMPARE(dialog.urlToRemember(), QStringLiteral("postgresql://hc@db.example:5432/healthcode"));
        QCOMPARE(dialog.databaseUrl().password, QStringLiteral("s3cret"));
        auto parsed = db::DatabaseUrl::parse(dialog.urlToRemember());
        QVERIFY(parsed);
        QCOMPARE(parsed.value().host, QStringLiteral("db.example"));
        QVERIFY(parsed.value().password.isEmpty());
    }

    void unreachablePostgresShowsTheCoreErrorInline()
    {
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPostgres(&dialog, db::DatabaseUrl{db::Backend::PostgreSQL, {}, QStringLiteral("127.0.0.1"), 1,
                                              QStringLiteral("hc"), QStringLiteral("pw"), QStringLiteral("healthcode")});
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        auto* result = child<QLabel>(&dialog, "connectionResultLabel");
        QVERIFY(result->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Cannot open the database")), 20000);
        QVERIFY2(result->text().contains(QStringLiteral("postgresql://hc@127.0.0.1:1/healthcode")),
                 qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("pw@")));
        QVERIFY(child<QPushButton>(&dialog, "testConnectionPushButton")->isEnabled());
        QVERIFY(dialog.isVisible());
        saveScreenshot(&dialog, QStringLiteral("welcome-postgres-error"));
    }

    void reachablePostgresShowsSuccess()
    {
        const QString pgUrl = qEnvironmentVariable("HC_TEST_PG_URL");
        if (pgUrl.isEmpty())
            QSKIP("HC_TEST_PG_URL is not set (the PostgreSQL variant of this test sets it)");
        auto url = db::DatabaseUrl::parse(pgUrl);
        QVERIFY(url);
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPostgres(&dialog, url.value());
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        auto* result = child<QLabel>(&dialog, "connectionResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 20000);
        QVERIFY(result->isVisible());
    }

    void systemWideAddressSkipsTheWelcome()
    {
        const QString path = m_home.filePath(QStringLiteral("managed.sqlite"));
        {
            QSettings system = settingsFile(QSettings::SystemScope);
            system.setValue(Settings::name(Settings::Key::DatabaseUrl), QString(QStringLiteral("sqlite:") + path));
            system.sync();
        }
        QVERIFY(Settings::isLocked(Settings::Key::DatabaseUrl));
        ConsoleApp console;
        QVERIFY(console.start({}));
        QVERIFY(!console.welcomeDialog());
        QVERIFY(console.firstAdminDialog() && console.firstAdminDialog()->isVisible());
        QCOMPARE(console.database()->url().path, path);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
