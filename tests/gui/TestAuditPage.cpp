#include "GuiTest.h"
#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "audit/AuditPage.h"
#include "audit/AuditText.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "models/AuditLogModel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hc;
using namespace hc::test;
using gui::AuditPage;
using models::AuditLogModel;

namespace {
QString resultText(const AuditPage& page)
{
    return child<QLabel>(&page, "verifyResultLabel")->text();
}

void verify(AuditPage& page)
{
    QTest::mouseClick(child<QPushButton>(&page, "verifyChainPushButton"), Qt::LeftButton);
}

qint64 headSeq(const db::Database& db)
{
    auto head = audit::AuditLog::head(db);
    return head ? head.value().first : -1;
}
} // namespace

class TestAuditPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void showsAndFiltersRecords()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        t.addUser(admin, QStringLiteral("wang.fang"), auth::Role::Viewer);
        QVERIFY(!canLogIn(t.db(), QStringLiteral("li.na"), QStringLiteral("wrong password")));
        const qint64 records = headSeq(t.db());

        AuditPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = child<QTableView>(&page, "auditTableView");
        QCOMPARE(view->model()->rowCount(), int(records));
        // Newest first.
        QCOMPARE(view->model()->index(0, AuditLogModel::Action).data(AuditLogModel::KeyRole).toString(),
                 QStringLiteral("login.failed"));
        QCOMPARE(view->model()->index(0, AuditLogModel::Seq).data().toLongLong(), records);
        // Shown by name, not by key; the key stays in the tooltip (and in KeyRole).
        QCOMPARE(view->model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Login failed"));
        QCOMPARE(view->model()->index(0, AuditLogModel::Action).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("login.failed"));
        // Details as "name: value", times as dates; the stored JSON in the tooltip.
        const QString json = QStringLiteral("{\"cards\":3,\"created_at\":1795843089,\"demo\":true,\"note\":\"x\"}");
        const QString shown = audit::AuditText::details(json);
        QVERIFY2(shown.contains(QStringLiteral("cards: 3")) && shown.contains(QStringLiteral("demo: yes")) &&
                     shown.contains(QStringLiteral("note: x")),
                 qPrintable(shown));
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(1795843089), QLocale::ShortFormat);
        QVERIFY2(!shown.contains(QStringLiteral("1795843089")) && shown.contains(when), qPrintable(shown));
        QCOMPARE(audit::AuditText::details(QStringLiteral("{}")), QString());
        QCOMPARE(audit::AuditText::actionName(QStringLiteral("something.new")), QStringLiteral("something.new"));

        // Filter by action prefix with Enter.
        auto* action = child<QLineEdit>(&page, "actionLineEdit");
        QTest::keyClicks(action, QStringLiteral("user."));
        QTest::keyClick(action, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 2);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, AuditLogModel::Action).data(AuditLogModel::KeyRole).toString(),
                     QStringLiteral("user.add"));

        // Text and user filters combine with it; Apply works like Enter.
        QTest::keyClicks(child<QLineEdit>(&page, "textLineEdit"), QStringLiteral("wang"));
        QTest::mouseClick(child<QPushButton>(&page, "applyFilterPushButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AuditLogModel::Target).data().toString(), QStringLiteral("user:wang.fang"));
        QTest::keyClicks(child<QLineEdit>(&page, "actorLineEdit"), QStringLiteral("nobody"));
        QTest::mouseClick(child<QPushButton>(&page, "applyFilterPushButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);

        // Dates: today's records are inside [today, today].
        QTest::mouseClick(child<QPushButton>(&page, "clearFilterPushButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), int(records));
        QVERIFY(action->text().isEmpty());
        child<QCheckBox>(&page, "fromCheckBox")->setChecked(true);
        child<QCheckBox>(&page, "toCheckBox")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&page, "applyFilterPushButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), int(records));
    }

    void loadsLazilyOnScroll()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        {
            db::Transaction tx(t.db());
            for (int i = 0; i < AuditLogModel::kPageSize + 50; ++i)
                QVERIFY(audit::AuditLog::append(t.db(), QStringLiteral("admin"), QStringLiteral("test.filler"),
                                                QStringLiteral("n:%1").arg(i))
                            .ok());
            QVERIFY(tx.commit().ok());
        }
        AuditPage page(t.db(), admin);
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = child<QTableView>(&page, "auditTableView");
        QCOMPARE(view->model()->rowCount(), AuditLogModel::kPageSize);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_COMPARE(view->model()->rowCount(), int(headSeq(t.db())));
    }

    void verifiesIntactAndBrokenChains()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Operator);
        t.addUser(admin, QStringLiteral("wang.fang"), auth::Role::Viewer);
        const qint64 records = headSeq(t.db());
        QVERIFY(records >= 3);

        AuditPage page(t.db(), admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        verify(page);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(resultText(page), QStringLiteral("Intact: %1 records").arg(records));
        QVERIFY(!page.isVerifying());
        QVERIFY(child<QPushButton>(&page, "verifyChainPushButton")->isEnabled());
        // The verification is itself recorded, and the table shows it.
        auto* view = child<QTableView>(&page, "auditTableView");
        QCOMPARE(view->model()->index(0, AuditLogModel::Action).data(AuditLogModel::KeyRole).toString(),
                 QStringLiteral("audit.verify"));

        // Someone edits record 2 behind the console's back.
        test::bypassServerTriggers(t.db(), true); // as a PostgreSQL superuser can
        auto tamper = db::run(t.db(), QStringLiteral("UPDATE audit_log SET details = ? WHERE seq = 2"),
                              {QStringLiteral("{\"role\":\"viewer\"}")});
        QVERIFY2(tamper.ok(), qPrintable(tamper.error().message));
        test::bypassServerTriggers(t.db(), false);
        verify(page);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY2(resultText(page).startsWith(QStringLiteral("Broken at record 2: ")), qPrintable(resultText(page)));
        // A broken chain is not extended by the verification record; the bad record is selected.
        QCOMPARE(headSeq(t.db()), records + 1);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(Qt::UserRole).toLongLong(), 2);
    }

    void verifyNeedsTheRight()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session approver = t.addUser(admin, QStringLiteral("li.na"), auth::Role::Approver);
        AuditPage page(t.db(), approver);
        page.show();
        QVERIFY(page.model()->rowCount() > 0);
        auto* button = child<QPushButton>(&page, "verifyChainPushButton");
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("Approver")));
    }
};

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
