// The Rules page driven like officials use it: a rule editor opens the rules in force, starts a draft, edits
// a condition in the structured editor, sees the validation message for a mistake, previews the impact and
// proposes; an approver approves and publishes at once with a reason; statuses change with their
// explanations; the previous rules are restored in one step.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "db/Sql.h"
#include "models/RuleVersionListModel.h"
#include "rules/RuleValidator.h"
#include "rules/RulesPage.h"
#include "services/RuleService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace hc;
using namespace hc::test;
using gui::RulesPage;
using services::RuleService;
using services::RuleState;

namespace {
constexpr qint64 kDay = 86400;

// A district with a person whose positive test is 10 days old (red under the 14-day rule, green under 7).
qint64 addPositivePerson(const db::Database& db, qint64 root)
{
    const qint64 district = test::insertRow(db,
                                QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) "
                                               "VALUES ('990101', '测试区', 'Test District', 'district', ?)"),
                                {root});
    const qint64 person = test::insertRow(db,
                              QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                             "district_id) VALUES ('330102198005011234', 'P1', '王芳', 'F', "
                                             "'1980-05-01', ?)"),
                              {district});
    const qint64 sampled = Clock::nowSecs() - 10 * kDay;
    test::insertRow(db,
        QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES "
                       "(?, 'pcr', 'positive', ?, ?)"),
        {person, sampled, sampled + 3600});
    return person;
}

rules::Colour colourOf(const db::Database& db, const auth::Session& s, qint64 person)
{
    auto st = services::StatusService::status(db, s, person);
    return st ? st.value().colour : rules::Colour::Green;
}

int stateVersionRow(RulesPage& page, int version)
{
    auto* view = child<QTableView>(&page, "versionsTableView");
    auto* model = qobject_cast<models::RuleVersionListModel*>(view->model());
    return model ? model->rowOf(version) : -1;
}

// Fills and accepts the reason dialog named name as soon as it shows.
void answerReasonDialog(const QString& name, const QString& reason)
{
    QTimer::singleShot(0, [name, reason] {
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog(name)));
        if (!reason.isEmpty())
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonPlainTextEdit"), reason);
        auto* ok = okButton(dialog, "reasonButtonBox");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}
} // namespace

class TestRulesPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void editProposeApprovePublishRestore()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const qint64 person = addPositivePerson(t.db(), admin.jurisdictionId);
        const auth::Session editor = t.addUser(admin, QStringLiteral("editor"), auth::Role::RuleEditor);
        const auth::Session approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        QVERIFY(services::StatusService::reevaluate(t.db(), approver, Clock::nowSecs()).ok());
        QCOMPARE(colourOf(t.db(), approver, person), rules::Colour::Red);

        // The rule editor: the rules in force are shown, read-only.
        RulesPage page(t.db(), editor);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* ruleId = child<QLineEdit>(&page, "ruleIdLineEdit");
        QCOMPARE(ruleId->text(), QStringLiteral("R1"));
        QVERIFY(ruleId->isReadOnly());
        QVERIFY(!child<QPushButton>(&page, "proposeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "approveButton")->isEnabled());
        QCOMPARE(child<QListWidget>(&page, "rulesListWidget")->count(), page.ruleSet().rules.size());

        // A new draft from version 1, edited in the structured editor: the red window of R1 becomes 7 days.
        QTest::mouseClick(child<QPushButton>(&page, "newDraftButton"), Qt::LeftButton);
        QTRY_COMPARE(RuleService::list(t.db())->size(), 2);
        QVERIFY(!ruleId->isReadOnly());
        auto* window = child<QSpinBox>(&page, "windowSpinBox");
        QVERIFY(window->isVisible() && window->isEnabled());
        QCOMPARE(window->value(), 14);
        replaceText(window, QStringLiteral("7"));
        QCOMPARE(window->value(), 7);
        QVERIFY(page.isDirty());
        QVERIFY(child<QLabel>(&page, "sentenceLabel")->text().contains(QStringLiteral("within 7 days")));
        saveScreenshot(&page, QStringLiteral("rules-editor"));
        QVERIFY(child<QListWidget>(&page, "rulesListWidget")->currentItem()->text().contains(QStringLiteral("R1")));

        // A mistake: the ID of another rule. The message names the rule and says how to fix it; proposing waits.
        replaceText(ruleId, QStringLiteral("R2"));
        auto* problems = child<QListWidget>(&page, "problemsListWidget");
        QTRY_VERIFY(problems->count() > 0 && problems->item(0)->text().contains(QStringLiteral("R2")));
        auto* problem = child<QLabel>(&page, "problemLabel");
        QTRY_VERIFY(problem->isVisible());
        saveScreenshot(&page, QStringLiteral("rules-problem"));
        QVERIFY(!child<QPushButton>(&page, "proposeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "previewButton")->isEnabled());
        replaceText(ruleId, QStringLiteral("R1"));
        QTRY_VERIFY(!problem->isVisible());
        QTRY_VERIFY(child<QPushButton>(&page, "proposeButton")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(&page, "rulesTextPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("red when a positive test within 7 days")));

        // The dry run: one person would turn from red to green.
        QTest::mouseClick(child<QPushButton>(&page, "previewButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.impact().has_value(), 30000);
        QCOMPARE(page.impact()->changed(), 1);
        QCOMPARE(page.impact()->overall.count[2][0], 1);
        QCOMPARE(page.impact()->sample, QList<qint64>{person});
        auto* impactTable = child<QTableWidget>(&page, "impactTableWidget");
        QVERIFY(impactTable->rowCount() >= 2);
        QCOMPARE(impactTable->item(0, 2)->text(), QStringLiteral("1"));
        bool districtRow = false;
        for (int r = 0; r < impactTable->rowCount(); ++r)
            districtRow = districtRow || impactTable->item(r, 0)->text() == QStringLiteral("测试区");
        QVERIFY(districtRow);
        saveScreenshot(&page, QStringLiteral("rules-impact"));
        // A rule editor may not see who: names are for operators, and audited.
        QVERIFY(!child<QPushButton>(&page, "revealSampleButton")->isVisible());
        QVERIFY(!child<QListWidget>(&page, "sampleListWidget")->item(0)->text().contains(QStringLiteral("王芳")));

        // Propose saves the draft first; the author cannot approve it.
        QTest::mouseClick(child<QPushButton>(&page, "proposeButton"), Qt::LeftButton);
        QTRY_COMPARE(RuleService::byVersion(t.db(), 2)->state, RuleState::Proposed);
        QCOMPARE(RuleService::byVersion(t.db(), 2)->text.contains(QStringLiteral("within 7 days")), true);
        QVERIFY(!page.isDirty());
        QVERIFY(!child<QPushButton>(&page, "approveButton")->isEnabled());

        // The approver: approves with a note and publishes at once, with the urgency on record.
        RulesPage second(t.db(), approver);
        second.resize(1200, 800);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        clickRow(child<QTableView>(&second, "versionsTableView"), stateVersionRow(second, 2));
        QTRY_VERIFY(child<QPushButton>(&second, "approveButton")->isEnabled());
        // The side-by-side comparison shows the one changed line on both sides.
        auto* changes = child<QTextBrowser>(&second, "changesTextBrowser");
        QVERIFY(changes->toPlainText().contains(QStringLiteral("within 14 days")));
        QVERIFY(changes->toPlainText().contains(QStringLiteral("within 7 days")));
        auto* tabs = child<QTabWidget>(&second, "detailsTabWidget");
        QCOMPARE(tabs->tabText(tabs->indexOf(child<QWidget>(&second, "changesTab"))), QStringLiteral("Changes (2)"));
        tabs->setCurrentWidget(child<QWidget>(&second, "changesTab"));
        saveScreenshot(&second, QStringLiteral("rules-changes"));

        answerReasonDialog(QStringLiteral("approveDialog"), QStringLiteral("Checked against the NHC guidance"));
        QTest::mouseClick(child<QPushButton>(&second, "approveButton"), Qt::LeftButton);
        QTRY_COMPARE(RuleService::byVersion(t.db(), 2)->state, RuleState::Approved);
        QCOMPARE(RuleService::byVersion(t.db(), 2)->approvedBy, QStringLiteral("approver"));

        QTimer::singleShot(0, [] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("publishDialog"))));
            auto* ok = okButton(dialog, "publishButtonBox");
            QVERIFY(ok->isEnabled()); // after the lead time, by default
            QTest::mouseClick(child<QCheckBox>(dialog, "urgentCheckBox"), Qt::LeftButton);
            QVERIFY(!ok->isEnabled()); // urgent needs its reason
            QTest::keyClicks(child<QLineEdit>(dialog, "urgencyLineEdit"), QStringLiteral("Outbreak response"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&second, "publishButton"), Qt::LeftButton);
        QTRY_COMPARE(RuleService::inForce(t.db(), Clock::nowSecs())->version, 2);
        QCOMPARE(RuleService::byVersion(t.db(), 2)->urgencyReason, QStringLiteral("Outbreak response"));
        // Statuses follow in the background, each with its explanation.
        QTRY_COMPARE_WITH_TIMEOUT(colourOf(t.db(), approver, person), rules::Colour::Green, 30000);
        auto status = services::StatusService::status(t.db(), approver, person);
        QCOMPARE(status->ruleVersion, 2);
        QVERIFY(status->explanation.has_value());
        QCOMPARE(services::StatusService::history(t.db(), approver, person)->size(), 2);

        // Version 1 restored in one step, as version 3; the person is red again under it.
        clickRow(child<QTableView>(&second, "versionsTableView"), stateVersionRow(second, 1));
        QTRY_VERIFY(child<QPushButton>(&second, "rollbackButton")->isEnabled());
        answerReasonDialog(QStringLiteral("rollbackDialog"), QStringLiteral("Seven days proved too short"));
        QTest::mouseClick(child<QPushButton>(&second, "rollbackButton"), Qt::LeftButton);
        QTRY_COMPARE(RuleService::inForce(t.db(), Clock::nowSecs())->version, 3);
        QCOMPARE(RuleService::byVersion(t.db(), 3)->text, RuleService::byVersion(t.db(), 1)->text);
        QTRY_COMPARE_WITH_TIMEOUT(colourOf(t.db(), approver, person), rules::Colour::Red, 30000);
        QCOMPARE(services::StatusService::status(t.db(), approver, person)->ruleVersion, 3);
    }

    void structuredEditorBuildsConditions()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session editor = t.addUser(admin, QStringLiteral("editor"), auth::Role::RuleEditor);
        RulesPage page(t.db(), editor);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QPushButton>(&page, "newDraftButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QLineEdit>(&page, "ruleIdLineEdit")->isReadOnly());

        // A new rule, then "all of": a declared symptom and age over 60.
        const int before = static_cast<int>(page.ruleSet().rules.size());
        QTest::mouseClick(child<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
        QCOMPARE(page.ruleSet().rules.size(), before + 1);
        auto* tree = child<QTreeWidget>(&page, "conditionTreeWidget");
        QTest::mouseClick(child<QPushButton>(&page, "allOfButton"), Qt::LeftButton);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        auto* kind = child<QComboBox>(&page, "factKindComboBox");
        kind->setCurrentIndex(kind->findData(static_cast<int>(rules::FactKind::AgeOver)));
        QCOMPARE(child<QSpinBox>(&page, "yearsSpinBox")->value(), 60);
        QVERIFY(!child<QSpinBox>(&page, "windowSpinBox")->isEnabled());
        QTRY_VERIFY(page.ruleSet().rules.constLast().condition.op == rules::Condition::Op::And);
        const QString sentence = child<QLabel>(&page, "sentenceLabel")->text();
        QVERIFY2(sentence.contains(QStringLiteral("a declared symptom within 7 days and age over 60")),
                 qPrintable(sentence));
        // "Not", then remove it again; removing one of two facts leaves the other alone.
        QTest::mouseClick(child<QPushButton>(&page, "notButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, "sentenceLabel")->text().contains(QStringLiteral("not age over 60")));
        QTest::mouseClick(child<QPushButton>(&page, "notButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "removeNodeButton"), Qt::LeftButton);
        QCOMPARE(page.ruleSet().rules.constLast().condition.op, rules::Condition::Op::Fact);
        QCOMPARE(page.ruleSet().rules.constLast().condition.fact.kind, rules::FactKind::Symptom);
        // Turning back after one negative PCR test.
        auto* turnBack = child<QComboBox>(&page, "turnBackComboBox");
        turnBack->setCurrentIndex(1);
        QVERIFY(child<QLabel>(&page, "sentenceLabel")->text().contains(QStringLiteral("Turns back after 1 negative")));

        // Saved as text that reads back to exactly the same rules.
        QTest::mouseClick(child<QPushButton>(&page, "saveDraftButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isDirty());
        auto saved = RuleService::byVersion(t.db(), 2);
        QVERIFY(saved.ok());
        rules::RuleSet reread;
        QVERIFY(!rules::hasErrors(rules::RuleValidator::check(saved->text, &reread)));
        QCOMPARE(reread, page.ruleSet());
    }
};

QTEST_MAIN(TestRulesPage)
#include "TestRulesPage.moc"
