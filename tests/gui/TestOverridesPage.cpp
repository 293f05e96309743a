// The Overrides page driven by two officials: an operator requests an override for a red person, cannot
// approve it, an approver approves it and the person turns green with the override on record; eight days
// later (injected clock) it has ended and the rule-computed red is back; the supervisor's table names the
// requester.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "db/Sql.h"
#include "models/OverrideListModel.h"
#include "overrides/OverridesPage.h"
#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace hc;
using namespace hc::test;

class TestOverridesPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::setSource(nullptr); }

    void requestApproveExpire()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        const qint64 district = test::insertRow(t.db(),
                                    QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) VALUES "
                                                   "('990101', '测试区', 'district', ?)"),
                                    {admin.jurisdictionId});
        admin.scope.insert(district);
        const qint64 person = test::insertRow(t.db(),
                                  QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                                 "district_id) VALUES ('330102197001010011', 'P1', '李四', 'M', "
                                                 "'1970-01-01', ?)"),
                                  {district});
        test::insertRow(t.db(),
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES (?, "
                           "'pcr', 'positive', ?, ?)"),
            {person, Clock::nowSecs() - 86400, Clock::nowSecs() - 80000});
        const auth::Session clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator);
        const auth::Session approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        QVERIFY(services::StatusService::reevaluate(t.db(), admin, Clock::nowSecs()).ok());
        auto colour = [&] { return services::StatusService::status(t.db(), admin, person)->colour; };
        QCOMPARE(colour(), rules::Colour::Red);

        // The operator asks; the dialog refuses nothing until the explanation is there.
        gui::OverridesPage page(t.db(), clerk);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!child<QPushButton>(&page, "approveButton")->isVisible());
        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("OverrideDialog"))));
            QTest::keyClicks(child<QLineEdit>(dialog, "personLineEdit"), QStringLiteral("330102197001010011"));
            auto* ok = okButton(dialog, "overrideButtonBox");
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "notePlainTextEdit"), QStringLiteral("Samples swapped"));
            QTest::keyClicks(child<QLineEdit>(dialog, "evidenceLineEdit"), QStringLiteral("LAB-42"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, "requestButton"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        const services::OverrideInfo requested = *page.model()->item(0);
        QCOMPARE(requested.state, services::OverrideState::Requested);
        QCOMPARE(requested.evidence, QStringLiteral("LAB-42"));
        QCOMPARE(colour(), rules::Colour::Red);

        // The approver approves with a note; the person is green at once.
        gui::OverridesPage second(t.db(), approver);
        second.resize(1100, 700);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        clickRow(child<QTableView>(&second, "overridesTableView"), 0);
        QVERIFY(child<QPushButton>(&second, "approveButton")->isEnabled());
        QVERIFY(child<QLabel>(&second, "detailsLabel")->text().contains(QStringLiteral("Samples swapped")));
        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("approveOverrideDialog"))));
            QTest::mouseClick(okButton(dialog, "reasonButtonBox"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&second, "approveButton"), Qt::LeftButton);
        QTRY_COMPARE(colour(), rules::Colour::Green);
        auto status = services::StatusService::status(t.db(), admin, person);
        QCOMPARE(status->overrideId, requested.id);
        // The supervisor's table has the requester.
        auto* signalTable = child<QTableWidget>(&second, "signalsTableWidget");
        QVERIFY(signalTable->isVisible());
        QCOMPARE(signalTable->rowCount(), 1);
        QCOMPARE(signalTable->item(0, 0)->text(), QStringLiteral("clerk"));
        saveScreenshot(&second, QStringLiteral("overrides"));

        // Eight days on, the page ends what ran out and the rules decide again.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(8 * 86400);
        Clock::setSource([later] { return later; });
        second.activate();
        QCOMPARE(colour(), rules::Colour::Red);
        auto* filter = child<QComboBox>(&second, "filterComboBox");
        filter->setCurrentIndex(filter->findData(QVariantList()));
        QCOMPARE(second.model()->item(second.model()->rowOf(requested.id))->state, services::OverrideState::Expired);
    }
};

QTEST_MAIN(TestOverridesPage)
#include "TestOverridesPage.moc"
