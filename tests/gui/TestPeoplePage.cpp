// The People page driven like an official uses it: search by the last digits of an ID number and by name, open a
// person with Enter or a double-click, read the colour with the sentence that explains it, reveal the ID number
// and phone as an operator (audited, with a reason), and see that a viewer has no Reveal button and that a person
// outside the official's scope is never found.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "models/PersonSearchModel.h"
#include "people/PeoplePage.h"
#include "people/PersonView.h"
#include "services/StatusService.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace hc;
using namespace hc::test;
using gui::PeoplePage;

namespace {
constexpr qint64 kDay = 86400;

QString nationalId(const QString& first17)
{
    return first17 + NationalId::checkCharacter(first17);
}

struct Fixture
{
    TestDatabase t;
    auth::Session admin, clerk, viewer;
    qint64 district = 0, other = 0, wangFang = 0;
    const QString wangFangId = nationalId(QStringLiteral("33010619800501123"));
    const QString strangerId = nationalId(QStringLiteral("33010219700101555"));

    Fixture()
    {
        if (!t.isReady())
            qFatal("database: %s", qPrintable(t.error()));
        admin = t.initAdmin();
        const db::Database& db = t.db();
        district =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES "
                                           "('990101', '西湖区', 'Xihu', 'district', ?)"),
                            {admin.jurisdictionId});
        other =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES "
                                           "('990102', '上城区', 'Shangcheng', 'district', ?)"),
                            {admin.jurisdictionId});
        admin = auth::Authenticator::sessionFor(db, admin.userId).value();
        clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator, district);
        viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer, district);
        wangFang = person(wangFangId, QStringLiteral("王芳"), QStringLiteral("wf"), district);
        person(nationalId(QStringLiteral("33010619900202456")), QStringLiteral("王飞"), QStringLiteral("wf"), district);
        person(nationalId(QStringLiteral("33010619850303789")), QStringLiteral("李娜"), QStringLiteral("ln"), district);
        person(strangerId, QStringLiteral("王芳"), QStringLiteral("wf"), other);

        // A positive PCR test three days ago, and scans at a market designated high-risk since.
        const qint64 now = Clock::nowSecs();
        test::insertRow(
            db,
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at, lab) VALUES "
                           "(?, 'pcr', 'positive', ?, ?, '西湖区疾控')"),
            {wangFang, now - 3 * kDay, now - 3 * kDay + 7200});
        test::insertRow(
            db,
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at, lab) VALUES "
                           "(?, 'antigen', 'negative', ?, ?, '')"),
            {wangFang, now - 9 * kDay, now - 9 * kDay + 600});
        const qint64 venue =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO venues (code, name, kind, district_id, lat, lon) VALUES "
                                           "('V1', '文三路菜市场', 'market', ?, 30.28, 120.13)"),
                            {district});
        test::insertRow(db, QStringLiteral("INSERT INTO risk_areas (venue_id, level, from_at) VALUES (?, 'high', ?)"),
                        {venue, now - 5 * kDay});
        for (int i = 0; i < 4; ++i)
            test::insertRow(db,
                            QStringLiteral("INSERT INTO scan_events (scanned_at, venue_id, person_id, colour) VALUES "
                                           "(?, ?, ?, 'green')"),
                            {now - (2 + i) * kDay - 3600 * i, venue, wangFang});
        if (!services::StatusService::reevaluate(db, QStringLiteral("test"), now))
            qFatal("re-evaluation failed");
    }

    qint64 person(const QString& id, const QString& name, const QString& initials, qint64 inDistrict)
    {
        return test::insertRow(
            t.db(),
            QStringLiteral("INSERT INTO people (national_id, pseudonym, name, name_initials, sex, birth_date, "
                           "phone, district_id, has_smartphone) VALUES (?, ?, ?, ?, 'F', '1980-05-01', "
                           "'13812345678', ?, 0)"),
            {id, QString(QStringLiteral("P-") + id), name, initials, inDistrict});
    }
};

// Typed like a user: Latin text key by key, Chinese as an input method commits it.
void search(PeoplePage& page, const QString& text)
{
    auto* edit = child<QLineEdit>(&page, "searchLineEdit");
    replaceText(edit, QString());
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(edit, text);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

// After the layouts caught up with the texts just set, as the user sees the page.
void shot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    saveScreenshot(widget, name);
}

QString cell(const QTableView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}
} // namespace

class TestPeoplePage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void operatorFindsOpensAndReveals()
    {
        Fixture f;
        PeoplePage page(f.t.db(), f.clerk);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* results = child<QTableView>(&page, "resultsTableView");
        auto* stack = child<QStackedWidget>(&page, "peopleStackedWidget");
        auto* summary = child<QLabel>(&page, "resultsLabel");

        // Too few digits: said next to the field, nothing searched.
        search(page, QStringLiteral("23"));
        auto* problem = child<QLabel>(&page, "problemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("last 4")), qPrintable(problem->text()));

        // The last four digits: only 王芳 of this district (the other 王芳 lives outside the clerk's scope).
        search(page, f.wangFangId.right(4));
        QVERIFY(!problem->isVisible());
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(cell(results, 0, models::PersonSearchModel::Name), QStringLiteral("王芳"));
        QCOMPARE(cell(results, 0, models::PersonSearchModel::NationalId), NationalId::masked(f.wangFangId));
        QCOMPARE(cell(results, 0, models::PersonSearchModel::District), QStringLiteral("Xihu"));
        QCOMPARE(cell(results, 0, models::PersonSearchModel::Colour), QStringLiteral("Red"));
        QVERIFY2(summary->text().contains(QStringLiteral("Last digits of the ID number")), qPrintable(summary->text()));

        // By name: both 王 of the district, none from outside.
        search(page, QStringLiteral("王"));
        QCOMPARE(results->model()->rowCount(), 2);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Found: 2")), qPrintable(summary->text()));
        shot(&page, QStringLiteral("people-search"));

        // The stranger's full ID number finds nobody.
        search(page, f.strangerId);
        QCOMPARE(results->model()->rowCount(), 0);
        QVERIFY2(summary->text().startsWith(QStringLiteral("No one")), qPrintable(summary->text()));

        // Enter on the selected row opens the person.
        search(page, QStringLiteral("王芳"));
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(results->hasFocus());
        QTest::keyClick(results, Qt::Key_Return);
        gui::PersonView* view = page.personView();
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(view));
        QCOMPARE(view->personId(), f.wangFang);
        QCOMPARE(child<QLabel>(view, "nameLabel")->text(), QStringLiteral("王芳"));
        QCOMPARE(child<QLabel>(view, "colourLabel")->text(), QStringLiteral("Red"));
        const QString why = child<QLabel>(view, "explanationLabel")->text();
        QVERIFY2(why.startsWith(QStringLiteral("Red since")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("positive PCR test")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("turns")), qPrintable(why));
        QCOMPARE(child<QLabel>(view, "nationalIdLabel")->text(), NationalId::masked(f.wangFangId));
        QCOMPARE(child<QLabel>(view, "phoneLabel")->text(), QStringLiteral("138****5678"));
        QCOMPARE(child<QTableWidget>(view, "testsTableWidget")->rowCount(), 2);
        QCOMPARE(child<QTableWidget>(view, "scansTableWidget")->rowCount(), 4);
        QCOMPARE(child<QTableWidget>(view, "scansTableWidget")->item(0, 1)->text(), QStringLiteral("文三路菜市场"));
        QVERIFY(child<QTableWidget>(view, "staysTableWidget")->rowCount() >= 2);
        QCOMPARE(child<QTableWidget>(view, "historyTableWidget")->rowCount(), 1);
        auto* tabs = child<QTabWidget>(view, "detailsTabWidget");
        QCOMPARE(tabs->tabText(tabs->indexOf(child<QWidget>(view, "testsTab"))), QStringLiteral("Tests (2)"));
        QCOMPARE(
            test::scalar(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.view' AND "
                                                  "actor = 'clerk'")),
            1);
        shot(&page, QStringLiteral("people-person"));
        tabs->setCurrentWidget(child<QWidget>(view, "staysTab"));
        shot(&page, QStringLiteral("people-person-stays"));

        // Reveal asks why; the answer goes into the audit record with the person.
        auto* reveal = child<QPushButton>(view, "revealPushButton");
        QVERIFY(reveal->isVisible() && reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("revealDialog"))));
        QVERIFY(!okButton(dialog, "reasonButtonBox")->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonPlainTextEdit"),
                         QStringLiteral("Caller confirms identity"));
        QTest::mouseClick(okButton(dialog, "reasonButtonBox"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(view, "nationalIdLabel")->text(), f.wangFangId);
        QCOMPARE(child<QLabel>(view, "phoneLabel")->text(), QStringLiteral("13812345678"));
        QVERIFY(view->isRevealed());
        QVERIFY(!reveal->isEnabled());
        auto q = db::run(f.t.db(), QStringLiteral("SELECT actor, target, details FROM audit_log WHERE action = "
                                                  "'people.reveal'"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("clerk"));
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("person:%1").arg(f.wangFang));
        QVERIFY(q.value().value(2).toString().contains(QStringLiteral("Caller confirms identity")));
        QVERIFY(!q.value().next());

        // Back to the results; opening again shows the person masked.
        QTest::mouseClick(child<QPushButton>(view, "backPushButton"), Qt::LeftButton);
        QCOMPARE(stack->currentWidget(), child<QWidget>(&page, "searchWidget"));
        page.openRow(0);
        QCOMPARE(child<QLabel>(view, "nationalIdLabel")->text(), NationalId::masked(f.wangFangId));
    }

    void viewerOpensWithADoubleClickAndCannotReveal()
    {
        Fixture f;
        PeoplePage page(f.t.db(), f.viewer);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Chosen kind: initials in capitals.
        auto* kind = child<QComboBox>(&page, "kindComboBox");
        kind->setCurrentIndex(kind->findData(static_cast<int>(services::SearchKind::Initials)));
        search(page, QStringLiteral("LN"));
        auto* results = child<QTableView>(&page, "resultsTableView");
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(cell(results, 0, models::PersonSearchModel::Name), QStringLiteral("李娜"));
        QCOMPARE(cell(results, 0, models::PersonSearchModel::Colour), QStringLiteral("Green"));
        const QRect rect = results->visualRect(results->model()->index(0, 0));
        // As the window system delivers a double-click: a click, then the double-click event.
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        gui::PersonView* view = page.personView();
        QTRY_COMPARE(child<QStackedWidget>(&page, "peopleStackedWidget")->currentWidget(), static_cast<QWidget*>(view));
        QCOMPARE(child<QLabel>(view, "colourLabel")->text(), QStringLiteral("Green"));
        QCOMPARE(child<QLabel>(view, "explanationLabel")->text(), QStringLiteral("Green: no rule applies."));
        QVERIFY(!child<QPushButton>(view, "revealPushButton")->isVisible());
        shot(&page, QStringLiteral("people-viewer"));
    }
};

QTEST_MAIN(TestPeoplePage)
#include "TestPeoplePage.moc"
