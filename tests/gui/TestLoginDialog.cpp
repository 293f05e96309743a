#include "GuiTest.h"
#include "TestDatabase.h"

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "login/FirstAdminDialog.h"
#include "login/IdleLock.h"
#include "login/LockDialog.h"
#include "login/LoginDialog.h"
#include "services/UserService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace hc;
using namespace hc::test;
using gui::LoginDialog;

namespace {
const QString kAdminPw = QString::fromLatin1(TestDatabase::kAdminPassword);
const QString kUserPw = QString::fromLatin1(TestDatabase::kUserPassword);

// Types name and password into the dialog and presses OK like a user.
void tryLogin(LoginDialog& dialog, const QString& name, const QString& password)
{
    replaceText(child<QLineEdit>(&dialog, "userNameLineEdit"), name);
    replaceText(child<QLineEdit>(&dialog, "passwordLineEdit"), password);
    QTest::mouseClick(okButton(&dialog, "loginButtonBox"), Qt::LeftButton);
}
} // namespace

class TestLoginDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void okNeedsBothFieldsAndUrlHasNoPassword()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        t.initAdmin();
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = okButton(&dialog, "loginButtonBox");
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "userNameLineEdit"), QStringLiteral("admin"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("x"));
        QVERIFY(ok->isEnabled());
        replaceText(child<QLineEdit>(&dialog, "userNameLineEdit"), QString());
        QVERIFY(!ok->isEnabled());

        const QString shown = child<QLabel>(&dialog, "databaseUrlLabel")->text();
        QCOMPARE(shown, t.url().displayString());
        if (!t.url().password.isEmpty())
            QVERIFY2(!shown.contains(QLatin1Char(':') + t.url().password + QLatin1Char('@')), qPrintable(shown));
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->accessibleName().isEmpty());
    }

    void wrongPasswordShowsErrorAndStaysOpen()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        t.initAdmin();
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tryLogin(dialog, QStringLiteral("admin"), QStringLiteral("not the password"));
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session());
        QVERIFY(child<QLineEdit>(&dialog, "passwordLineEdit")->text().isEmpty());

        // An unknown user gets the same message, so names cannot be probed.
        tryLogin(dialog, QStringLiteral("nobody"), QStringLiteral("whatever"));
        QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    }

    void rightPasswordAccepts()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        t.initAdmin();
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tryLogin(dialog, QStringLiteral("admin"), QStringLiteral("wrong"));
        QVERIFY(dialog.isVisible());
        // Enter in the password field logs in too.
        replaceText(child<QLineEdit>(&dialog, "passwordLineEdit"), kAdminPw);
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->userName, QStringLiteral("admin"));
        QCOMPARE(dialog.session()->role, auth::Role::Administrator);
    }

    void lockedAndDisabledAccountsAreExplained()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        t.addUser(admin, QStringLiteral("wang.fang"), auth::Role::Operator);
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* error = child<QLabel>(&dialog, "errorLabel");

        for (int i = 0; i < 5; ++i)
            tryLogin(dialog, QStringLiteral("li.na"), QStringLiteral("wrong password"));
        // Even the right password is refused now, with the core's explanation.
        tryLogin(dialog, QStringLiteral("li.na"), kUserPw);
        QVERIFY2(error->text().startsWith(QStringLiteral("The account li.na is locked")), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session());

        QVERIFY(services::UserService::setDisabled(t.db(), admin, QStringLiteral("wang.fang"), true).ok());
        tryLogin(dialog, QStringLiteral("wang.fang"), kUserPw);
        QVERIFY2(error->text().startsWith(QStringLiteral("The account wang.fang is disabled")),
                 qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
    }

    void firstAdministrator()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        gui::FirstAdminDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = okButton(&dialog, "createButtonBox");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "userNameLineEdit"), QStringLiteral("Chief"));
        QVERIFY(child<QLabel>(&dialog, "userNameProblemLabel")->isVisible());
        replaceText(child<QLineEdit>(&dialog, "userNameLineEdit"), QStringLiteral("chief"));
        QVERIFY(!child<QLabel>(&dialog, "userNameProblemLabel")->isVisible());
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("short"));
        auto* passwordProblem = child<QLabel>(&dialog, "passwordProblemLabel");
        QVERIFY(passwordProblem->isVisible());
        QCOMPARE(passwordProblem->text(), services::UserService::passwordProblem(QStringLiteral("short")));
        QVERIFY(!ok->isEnabled());
        replaceText(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("chief-password-1"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPasswordLineEdit"), QStringLiteral("chief-password-2"));
        QVERIFY(child<QLabel>(&dialog, "repeatPasswordProblemLabel")->isVisible());
        QVERIFY(!ok->isEnabled());
        replaceText(child<QLineEdit>(&dialog, "repeatPasswordLineEdit"), QStringLiteral("chief-password-1"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto any = services::UserService::anyUserExists(t.db());
        QVERIFY(any.ok() && any.value());
        QVERIFY(canLogIn(t.db(), QStringLiteral("chief"), QStringLiteral("chief-password-1")));
    }

    void idleLockLocksAndUnlocks()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        gui::MainWindow window(t.db(), admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::IdleLock* lock = window.idleLock();
        QVERIFY(lock);
        QVERIFY(!lock->isLocked());

        // Idle time runs out.
        lock->setInterval(std::chrono::milliseconds(50));
        QTRY_VERIFY(lock->isLocked());
        lock->setInterval(std::chrono::hours(1));
        QVERIFY(!window.isVisible());
        gui::LockDialog* dialog = lock->lockDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());

        // Escape does not unlock; a wrong password is explained and keeps it locked.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(lock->isLocked());
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        auto* unlock = child<QPushButton>(dialog, "unlockPushButton");
        QVERIFY(!unlock->isEnabled());
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(lock->isLocked());
        QCOMPARE(child<QLabel>(dialog, "errorLabel")->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(!window.isVisible());

        QTest::keyClicks(password, kAdminPw);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!lock->isLocked());
        QVERIFY(window.isVisible());
        QVERIFY(!dialog->isVisible());

        // Ctrl+L (File > Lock) locks at once; the dialog starts empty again.
        auto* lockAction = child<QAction>(&window, "lockAction");
        QCOMPARE(lockAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
        lockAction->trigger();
        QVERIFY(lock->isLocked());
        QVERIFY(!window.isVisible());
        QVERIFY(password->text().isEmpty());
        QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());
        QTest::keyClicks(password, kAdminPw);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY(!lock->isLocked());
        QVERIFY(window.isVisible());

        // Log out from the lock: the window asks its owner to log out.
        QSignalSpy logout(&window, &gui::MainWindow::logoutRequested);
        lock->lockNow();
        QTest::mouseClick(child<QPushButton>(dialog, "logOutPushButton"), Qt::LeftButton);
        QCOMPARE(logout.count(), 1);
    }

    void logOutReturnsToLogin()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        t.initAdmin();
        auto connection = t.another(QStringLiteral("console_app"));
        QVERIFY(connection);
        gui::ConsoleApp console(std::move(*connection));
        console.showLogin();
        QPointer<LoginDialog> login = console.loginDialog();
        QVERIFY(login && login->isVisible());
        tryLogin(*login, QStringLiteral("admin"), kAdminPw);
        QTRY_VERIFY(console.mainWindow() && console.mainWindow()->isVisible());
        QTRY_VERIFY(!login); // the login dialog is gone once used
        QPointer<gui::MainWindow> window = console.mainWindow();
        QCOMPARE(window->session().userName, QStringLiteral("admin"));

        child<QAction>(window, "logOutAction")->trigger();
        QTRY_VERIFY(!window);
        QVERIFY(console.loginDialog() && console.loginDialog()->isVisible());
        QVERIFY(!console.mainWindow());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
