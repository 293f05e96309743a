// Issue 4's whole path through the real pages: an operator searches a person, opens them, requests an override
// from their page; a second official approves it on the Overrides page and sees the colour change on the
// person's page with who asked, who approved and why; eight days later (injected clock) the override has
// ended and the rule-computed colour is back with its explanation.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "overrides/OverridesPage.h"
#include "people/PeoplePage.h"
#include "people/PersonView.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

using namespace hc;
using namespace hc::test;

namespace {
const QString kId = QStringLiteral("330102197001010011");

gui::PersonView* openPerson(gui::PeoplePage& page)
{
    auto* edit = child<QLineEdit>(&page, "searchLineEdit");
    replaceText(edit, kId);
    QTest::keyClick(edit, Qt::Key_Return);
    auto* results = child<QTableView>(&page, "resultsTableView");
    if (!results || results->model()->rowCount() != 1)
        return nullptr;
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    return page.personView();
}
} // namespace

class TestOverridePath final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::setSource(nullptr); }

    void searchRequestApproveExpire()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        const qint64 district = insertRow(t.db(),
                                          QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) "
                                                         "VALUES ('990101', '测试区', 'district', ?)"),
                                          {admin.jurisdictionId});
        admin.scope.insert(district);
        const qint64 person = insertRow(t.db(),
                                        QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, "
                                                       "birth_date, district_id) VALUES (?, 'P1', '李四', 'M', "
                                                       "'1970-01-01', ?)"),
                                        {kId, district});
        insertRow(t.db(),
                  QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES "
                                 "(?, 'pcr', 'positive', ?, ?)"),
                  {person, Clock::nowSecs() - 86400, Clock::nowSecs() - 80000});
        const auth::Session clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator);
        const auth::Session approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        QVERIFY(services::StatusService::reevaluate(t.db(), admin, Clock::nowSecs()).ok());

        // The operator finds the person and asks for an override from their page.
        gui::PeoplePage people(t.db(), clerk);
        people.resize(1200, 800);
        people.show();
        QVERIFY(QTest::qWaitForWindowExposed(&people));
        gui::PersonView* view = openPerson(people);
        QVERIFY(view);
        QTRY_COMPARE(view->personId(), person);
        QCOMPARE(child<QLabel>(view, "colourLabel")->text(), QStringLiteral("Red"));
        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("OverrideDialog"))));
            QVERIFY(child<QLineEdit>(dialog, "personLineEdit")->isReadOnly());
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "notePlainTextEdit"), QStringLiteral("Samples swapped"));
            QTest::mouseClick(okButton(dialog, "overrideButtonBox"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(view, "requestOverridePushButton"), Qt::LeftButton);
        QTRY_COMPARE(view->record()->overrides.size(), 1);
        QCOMPARE(child<QLabel>(view, "colourLabel")->text(), QStringLiteral("Red")); // not before approval

        // A second official approves it.
        gui::OverridesPage overrides(t.db(), approver);
        overrides.resize(1100, 700);
        overrides.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overrides));
        clickRow(child<QTableView>(&overrides, "overridesTableView"), 0);
        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("approveOverrideDialog"))));
            QTest::mouseClick(okButton(dialog, "reasonButtonBox"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&overrides, "approveButton"), Qt::LeftButton);

        // The approver opens the person: green, and the page says by whom and why.
        gui::PeoplePage approverPeople(t.db(), approver);
        approverPeople.resize(1200, 800);
        approverPeople.show();
        QVERIFY(QTest::qWaitForWindowExposed(&approverPeople));
        gui::PersonView* seen = openPerson(approverPeople);
        QVERIFY(seen);
        QTRY_COMPARE(seen->personId(), person);
        QCOMPARE(child<QLabel>(seen, "colourLabel")->text(), QStringLiteral("Green (override)"));
        const QString why = child<QLabel>(seen, "explanationLabel")->text();
        QVERIFY2(why.contains(QStringLiteral("requested by clerk and approved by approver")) &&
                     why.contains(QStringLiteral("Samples swapped")),
                 qPrintable(why));
        saveScreenshot(&approverPeople, QStringLiteral("person-override"));

        // Eight days on: the override has ended and the rules decide again.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(8 * 86400);
        Clock::setSource([later] { return later; });
        overrides.activate();
        QTest::mouseClick(child<QPushButton>(seen, "reloadPushButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(seen, "colourLabel")->text(), QStringLiteral("Red"));
        const QString back = child<QLabel>(seen, "explanationLabel")->text();
        QVERIFY2(back.contains(QStringLiteral("Confirmed case")), qPrintable(back));
    }
};

QTEST_MAIN(TestOverridePath)
#include "TestOverridePath.moc"
