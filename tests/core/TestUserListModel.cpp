#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Transaction.h"
#include "models/UserListModel.h"
#include "services/Jurisdictions.h"
#include "services/UserService.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace hc;
using models::UserListModel;
using services::UserService;

namespace {
QString cell(const UserListModel& model, const QString& user, int column)
{
    const int row = model.rowOf(user);
    return row < 0 ? QString() : model.index(row, column).data().toString();
}

qint64 addJurisdiction(test::TestDatabase& t, const QString& code, const QString& name, const QString& level,
                       qint64 parent)
{
    db::Transaction tx(t.db());
    auto id = services::Jurisdictions::create(t.db(), QStringLiteral("admin"),
                                              services::Jurisdiction{0, code, name, name, level, parent});
    if (!id || !tx.commit())
        qFatal("cannot create jurisdiction %s", qPrintable(code));
    return id.value();
}
} // namespace

class TestUserListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }

    void listsUsersWithColumns()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);

        UserListModel model(t.db(), admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
        QCOMPARE(model.headerData(UserListModel::Name, Qt::Horizontal).toString(), QStringLiteral("User name"));
        QCOMPARE(model.headerData(UserListModel::LastLogin, Qt::Horizontal).toString(), QStringLiteral("Last login"));
        // Ordered by name.
        QCOMPARE(model.index(0, UserListModel::Name).data().toString(), QStringLiteral("admin"));
        QCOMPARE(cell(model, QStringLiteral("li.na"), UserListModel::Role),
                 auth::roleDisplayName(auth::Role::Operator));
        QCOMPARE(cell(model, QStringLiteral("li.na"), UserListModel::Jurisdiction), QStringLiteral("Test Province"));
        QCOMPARE(cell(model, QStringLiteral("li.na"), UserListModel::State), QStringLiteral("Active"));
        QCOMPARE(cell(model, QStringLiteral("li.na"), UserListModel::LastLogin), QStringLiteral("Never"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("li.na")), 0).data(UserListModel::UserNameRole).toString(),
                 QStringLiteral("li.na"));
        QVERIFY(model.user(model.rowOf(QStringLiteral("li.na"))));
        QVERIFY(!model.user(5));
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);

        // A login fills the last-login column after a reload.
        auto login = auth::Authenticator::forDatabase(t.db())->login(
            t.db(), QStringLiteral("li.na"), QString::fromLatin1(test::TestDatabase::kUserPassword));
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        QVERIFY(model.reload());
        QVERIFY(cell(model, QStringLiteral("li.na"), UserListModel::LastLogin) != QStringLiteral("Never"));
    }

    void showsDisabledAndLocked()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Viewer);
        t.addUser(admin, QStringLiteral("wang.fang"), auth::Role::Viewer);
        UserListModel model(t.db(), admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(UserService::setDisabled(t.db(), admin, QStringLiteral("li.na"), true).ok());
        auto auth = auth::Authenticator::forDatabase(t.db());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!auth->login(t.db(), QStringLiteral("wang.fang"), QStringLiteral("wrong password")).ok());
        QVERIFY(model.reload());
        QCOMPARE(cell(model, QStringLiteral("li.na"), UserListModel::State), QStringLiteral("Disabled"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("li.na")), UserListModel::State)
                     .data(UserListModel::StateRole)
                     .toInt(),
                 int(UserListModel::AccountState::Disabled));
        QVERIFY(model.index(model.rowOf(QStringLiteral("li.na")), 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(model, QStringLiteral("wang.fang"), UserListModel::State), QStringLiteral("Locked"));
        QVERIFY(model.index(model.rowOf(QStringLiteral("wang.fang")), UserListModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Locked after too many wrong passwords")));

        QVERIFY(UserService::unlock(t.db(), admin, QStringLiteral("wang.fang")).ok());
        QVERIFY(model.reload());
        QCOMPARE(cell(model, QStringLiteral("wang.fang"), UserListModel::State), QStringLiteral("Active"));
    }

    void limitedToScope()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session root = t.initAdmin();
        const qint64 cityA = addJurisdiction(t, QStringLiteral("990100"), QStringLiteral("City A"),
                                             QStringLiteral("city"), root.jurisdictionId);
        const qint64 cityB = addJurisdiction(t, QStringLiteral("990200"), QStringLiteral("City B"),
                                             QStringLiteral("city"), root.jurisdictionId);
        // The scope of a session is read at login: take the administrator's again now that the cities exist.
        auto admin = auth::Authenticator::sessionFor(t.db(), root.userId);
        QVERIFY(admin.ok());
        const auth::Session cityAdmin =
            t.addUser(admin.value(), QStringLiteral("a.admin"), auth::Role::Administrator, cityA);
        t.addUser(admin.value(), QStringLiteral("a.viewer"), auth::Role::Viewer, cityA);
        t.addUser(admin.value(), QStringLiteral("b.viewer"), auth::Role::Viewer, cityB);

        UserListModel all(t.db(), admin.value());
        QCOMPARE(all.rowCount(), 4);
        UserListModel model(t.db(), cityAdmin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(QStringLiteral("a.viewer")) >= 0);
        QCOMPARE(model.rowOf(QStringLiteral("b.viewer")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("admin")), -1);
    }

    void emptyWithoutManageUsers()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session viewer = t.addUser(admin, QStringLiteral("li.na"), auth::Role::Approver);
        UserListModel model(t.db(), viewer);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.reload());
        QVERIFY2(model.lastError().contains(QStringLiteral("li.na")), qPrintable(model.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "TestUserListModel.moc"
