#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "Page.h"
#include "login/LoginDialog.h"
#include "models/UserListModel.h"
#include "services/UserService.h"
#include "users/UsersPage.h"
#include "util/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace hc;
using namespace hc::test;
using gui::MessageBox;
using gui::UsersPage;
using models::UserListModel;

namespace {
const QString kUserPw = QString::fromLatin1(TestDatabase::kUserPassword);

QString state(const UsersPage& page, const QString& user)
{
    const UserListModel* model = page.model();
    const int row = model->rowOf(user);
    return row < 0 ? QString() : model->index(row, UserListModel::State).data().toString();
}

void selectByClick(UsersPage& page, const QString& user)
{
    auto* view = child<QTableView>(&page, "usersTableView");
    clickRow(view, page.model()->rowOf(user));
}
} // namespace

class TestUsersPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void showsUsersInTable()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        UsersPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = child<QTableView>(&page, "usersTableView");
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->columnCount(), int(UserListModel::ColumnCount));
        // Nothing selected: only adding is possible.
        QVERIFY(child<QPushButton>(&page, "addUserPushButton")->isEnabled());
        for (const char* name :
             {"disablePushButton", "unlockPushButton", "resetPasswordPushButton", "changeRolePushButton"})
            QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
        // The administrator's own account can be neither disabled nor given another role.
        selectByClick(page, QStringLiteral("admin"));
        QVERIFY(!child<QPushButton>(&page, "disablePushButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "changeRolePushButton")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "resetPasswordPushButton")->isEnabled());
    }

    void addUserThroughDialog()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        UsersPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QTest::mouseClick(child<QPushButton>(&page, "addUserPushButton"), Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("AddUserDialog"))));
        auto* ok = okButton(dialog, "addUserButtonBox");
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog, "userNameLineEdit"), QStringLiteral("zhao.lei"));
        QTest::keyClicks(child<QLineEdit>(dialog, "displayNameLineEdit"), QStringLiteral("Zhao Lei"));
        auto* role = child<QComboBox>(dialog, "roleComboBox");
        QCOMPARE(role->currentData().toString(), QStringLiteral("viewer"));
        role->setCurrentIndex(role->findData(QStringLiteral("operator")));
        QVERIFY(child<QLabel>(dialog, "roleDescriptionLabel")->text().contains(QStringLiteral("print cards")));
        auto* jurisdiction = child<QComboBox>(dialog, "jurisdictionComboBox");
        QCOMPARE(jurisdiction->count(), 1);
        QCOMPARE(jurisdiction->currentData().toLongLong(), admin.jurisdictionId);

        // Too short: OK stays disabled and the reason is shown next to the field.
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordLineEdit"), QStringLiteral("short"));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), QStringLiteral("short"));
        auto* problem = child<QLabel>(dialog, "passwordProblemLabel");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), services::UserService::passwordProblem(QStringLiteral("short")));
        QVERIFY(!ok->isEnabled());

        replaceText(child<QLineEdit>(dialog, "passwordLineEdit"), QStringLiteral("zhao-password-1"));
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QLabel>(dialog, "repeatPasswordProblemLabel")->isVisible());
        QVERIFY(!ok->isEnabled());
        replaceText(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), QStringLiteral("zhao-password-1"));
        QVERIFY(!child<QLabel>(dialog, "repeatPasswordProblemLabel")->isVisible());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog(QStringLiteral("AddUserDialog")));

        const int row = page.model()->rowOf(QStringLiteral("zhao.lei"));
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, UserListModel::DisplayName).data().toString(), QStringLiteral("Zhao Lei"));
        QCOMPARE(page.model()->index(row, UserListModel::Role).data().toString(),
                 auth::roleDisplayName(auth::Role::Operator));
        QCOMPARE(state(page, QStringLiteral("zhao.lei")), QStringLiteral("Active"));
        // The new user is selected, and can log in through the login dialog.
        auto* view = child<QTableView>(&page, "usersTableView");
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), row);

        gui::LoginDialog login(t.db());
        login.show();
        QTest::keyClicks(child<QLineEdit>(&login, "userNameLineEdit"), QStringLiteral("zhao.lei"));
        QTest::keyClicks(child<QLineEdit>(&login, "passwordLineEdit"), QStringLiteral("zhao-password-1"));
        QTest::mouseClick(okButton(&login, "loginButtonBox"), Qt::LeftButton);
        QTRY_VERIFY(login.session().has_value());
        QCOMPARE(login.session()->role, auth::Role::Operator);
    }

    void duplicateNameShowsCoreError()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Viewer);
        UsersPage page(t.db(), admin);
        page.show();
        QTest::mouseClick(child<QPushButton>(&page, "addUserPushButton"), Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("AddUserDialog"))));
        QTest::keyClicks(child<QLineEdit>(dialog, "userNameLineEdit"), QStringLiteral("li.na"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordLineEdit"), QStringLiteral("another-password"));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), QStringLiteral("another-password"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(okButton(dialog, "addUserButtonBox"), Qt::LeftButton);
        QCOMPARE(MessageBox::lastInformativeText(), QStringLiteral("A user named li.na already exists."));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void disableAndEnableUser()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        UsersPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        selectByClick(page, QStringLiteral("li.na"));
        auto* toggle = child<QPushButton>(&page, "disablePushButton");
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));

        // Answering "No" changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Active"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("li.na")));
        QCOMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Disabled"));
        QVERIFY(!canLogIn(t.db(), QStringLiteral("li.na"), kUserPw));
        // The selection survives the reload, and the button now enables.
        QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Active"));
        QVERIFY(canLogIn(t.db(), QStringLiteral("li.na"), kUserPw));
    }

    void unlockResetPasswordAndChangeRole()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Viewer);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!canLogIn(t.db(), QStringLiteral("li.na"), QStringLiteral("wrong password")));
        UsersPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Locked"));

        selectByClick(page, QStringLiteral("li.na"));
        auto* unlock = child<QPushButton>(&page, "unlockPushButton");
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Active"));
        QVERIFY(!unlock->isEnabled());
        QVERIFY(canLogIn(t.db(), QStringLiteral("li.na"), kUserPw));

        QTest::mouseClick(child<QPushButton>(&page, "resetPasswordPushButton"), Qt::LeftButton);
        QDialog* reset = nullptr;
        QTRY_VERIFY((reset = visibleDialog(QStringLiteral("ResetPasswordDialog"))));
        QVERIFY(reset->windowTitle().contains(QStringLiteral("li.na")));
        QTest::keyClicks(child<QLineEdit>(reset, "passwordLineEdit"), QStringLiteral("new-password-42"));
        QVERIFY(!okButton(reset, "resetPasswordButtonBox")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(reset, "repeatPasswordLineEdit"), QStringLiteral("new-password-42"));
        QTest::mouseClick(okButton(reset, "resetPasswordButtonBox"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog(QStringLiteral("ResetPasswordDialog")));
        QVERIFY(canLogIn(t.db(), QStringLiteral("li.na"), QStringLiteral("new-password-42")));
        QVERIFY(!canLogIn(t.db(), QStringLiteral("li.na"), kUserPw));

        QTest::mouseClick(child<QPushButton>(&page, "changeRolePushButton"), Qt::LeftButton);
        QDialog* change = nullptr;
        QTRY_VERIFY((change = visibleDialog(QStringLiteral("ChangeRoleDialog"))));
        auto* role = child<QComboBox>(change, "roleComboBox");
        QCOMPARE(role->currentData().toString(), QStringLiteral("viewer"));
        QVERIFY(!okButton(change, "changeRoleButtonBox")->isEnabled());
        role->setCurrentIndex(role->findData(QStringLiteral("approver")));
        QVERIFY(okButton(change, "changeRoleButtonBox")->isEnabled());
        QTest::mouseClick(okButton(change, "changeRoleButtonBox"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog(QStringLiteral("ChangeRoleDialog")));
        const int row = page.model()->rowOf(QStringLiteral("li.na"));
        QCOMPARE(page.model()->index(row, UserListModel::Role).data().toString(),
                 auth::roleDisplayName(auth::Role::Approver));
    }

    void changeRoleConflictIsReported()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Viewer);
        UsersPage page(t.db(), admin);
        page.show();
        selectByClick(page, QStringLiteral("li.na"));
        QTest::mouseClick(child<QPushButton>(&page, "changeRolePushButton"), Qt::LeftButton);
        QDialog* change = nullptr;
        QTRY_VERIFY((change = visibleDialog(QStringLiteral("ChangeRoleDialog"))));
        // Another administrator changes the account meanwhile.
        QVERIFY(services::UserService::setDisabled(t.db(), admin, QStringLiteral("li.na"), true).ok());
        auto* role = child<QComboBox>(change, "roleComboBox");
        role->setCurrentIndex(role->findData(QStringLiteral("operator")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(okButton(change, "changeRoleButtonBox"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastInformativeText().contains(QStringLiteral("changed by someone else")),
                 qPrintable(MessageBox::lastInformativeText()));
        QVERIFY(change->isVisible());
        change->reject();
        QTRY_COMPARE(state(page, QStringLiteral("li.na")), QStringLiteral("Disabled"));
    }

    void pagesFollowTheRole()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session viewer = t.addUser(admin, QStringLiteral("li.na"), auth::Role::Viewer);
        const auth::Session approver = t.addUser(admin, QStringLiteral("wang.fang"), auth::Role::Approver);

        gui::MainWindow adminWindow(t.db(), admin);
        adminWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&adminWindow));
        QApplication::setActiveWindow(&adminWindow);
        QVERIFY(QTest::qWaitForWindowActive(&adminWindow));
        QCOMPARE(adminWindow.windowTitle(), QStringLiteral("Health Code Console — admin"));
        QVERIFY(adminWindow.page(QStringLiteral("UsersPage")));
        QVERIFY(adminWindow.page(QStringLiteral("AuditPage")));
        auto* list = child<QListWidget>(&adminWindow, "pageListWidget");
        QVERIFY(adminWindow.page(QStringLiteral("PrintingPage")));
        QVERIFY(adminWindow.page(QStringLiteral("RulesPage")));
        QVERIFY(adminWindow.page(QStringLiteral("OverridesPage")));
        // The home page (the overview) comes first; the others are found by name, not by position.
        QVERIFY(adminWindow.page(QStringLiteral("OverviewPage")));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Overview"));
        auto* stack = child<QStackedWidget>(&adminWindow, "pagesStackedWidget");
        QCOMPARE(stack->currentWidget(), adminWindow.page(QStringLiteral("OverviewPage")));
        auto rowOf = [list](const QString& title) {
            for (int row = 0; row < list->count(); ++row)
                if (list->item(row)->text() == title)
                    return row;
            return -1;
        };
        QVERIFY(rowOf(QStringLiteral("Users")) > 0);
        // Ctrl+N switches to the Nth page.
        const int auditRow = rowOf(QStringLiteral("Audit Log"));
        QVERIFY(auditRow > 0 && auditRow < 9);
        QTest::keyClick(&adminWindow, static_cast<Qt::Key>(Qt::Key_1 + auditRow), Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), adminWindow.page(QStringLiteral("AuditPage")));
        QCOMPARE(list->currentRow(), auditRow);
        QCOMPARE(child<QLabel>(&adminWindow, "userStatusLabel")->text(), QStringLiteral("User: admin"));
        QCOMPARE(child<QLabel>(&adminWindow, "roleStatusLabel")->text(), QStringLiteral("Role: Administrator"));
        QCOMPARE(child<QLabel>(&adminWindow, "jurisdictionStatusLabel")->text(),
                 QStringLiteral("Jurisdiction: Test Province (990000)"));

        // About names the version, the database, the backend and the user.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QAction>(&adminWindow, "aboutAction")->trigger();
        const QString about = MessageBox::lastText();
        QVERIFY2(about.contains(QStringLiteral(HC_VERSION)), qPrintable(about));
        QVERIFY2(about.contains(t.url().displayString().toHtmlEscaped()), qPrintable(about));
        QCOMPARE(about.contains(QStringLiteral("Single-office mode")), !t.isPostgres());
        QCOMPARE(about.contains(QStringLiteral("The PostgreSQL server enforces your role")), t.isPostgres());
        QVERIFY(about.contains(QStringLiteral("admin (Administrator)")));

        gui::MainWindow viewerWindow(t.db(), viewer);
        QVERIFY(!viewerWindow.page(QStringLiteral("UsersPage")));
        QVERIFY(!viewerWindow.page(QStringLiteral("AuditPage")));
        // A viewer reads the rules in force and can change nothing there; overrides are not theirs.
        QVERIFY(!viewerWindow.findChild<UsersPage*>());
        QVERIFY(!viewerWindow.page(QStringLiteral("OverridesPage")));
        gui::Page* rules = viewerWindow.page(QStringLiteral("RulesPage"));
        QVERIFY(rules);
        for (const char* name : {"newDraftButton", "proposeButton", "approveButton", "publishButton", "rollbackButton"})
            QVERIFY2(!child<QPushButton>(rules, name)->isEnabled(), name);

        gui::MainWindow approverWindow(t.db(), approver);
        QVERIFY(!approverWindow.page(QStringLiteral("UsersPage")));
        QVERIFY(approverWindow.page(QStringLiteral("AuditPage")));
        QVERIFY(approverWindow.page(QStringLiteral("RulesPage")));
        QVERIFY(approverWindow.page(QStringLiteral("OverridesPage")));
    }
};

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
