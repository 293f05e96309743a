// Rule governance and statuses on a real database: the default rules at init, drafts that cannot be proposed
// with errors, the four-eyes approval, lead time and urgency, statuses that follow a publish and a rollback
// with their history and explanations, and the same path through healthcode-ctl.

#include "TestDatabase.h"

#include "db/Sql.h"
#include "rules/DefaultRules.h"
#include "services/RuleService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using services::RuleService;
using services::RuleState;
using services::StatusService;
using rules::Colour;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// The default rules with the red window of R1 shortened from 14 to 7 days.
QString shorterRedWindow()
{
    QString text = rules::DefaultRules::text();
    const QString from = QStringLiteral("red when a positive test within 14 days");
    if (!text.contains(from))
        qFatal("default rules changed: R1 not found");
    return text.replace(from, QStringLiteral("red when a positive test within 7 days"));
}

struct Fixture
{
    test::TestDatabase t;
    auth::Session admin, editor, approver, operatorSession;
    qint64 district = 0, positive = 0, contact = 0, nobody = 0;
    qint64 now = Clock::nowSecs();

    Fixture()
    {
        if (!t.isReady())
            qFatal("database: %s", qPrintable(t.error()));
        admin = t.initAdmin();
        editor = t.addUser(admin, QStringLiteral("editor"), auth::Role::RuleEditor);
        approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        operatorSession = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator);
        const db::Database& db = t.db();
        district = test::insertRow(db,
                       QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES "
                                      "('990101', '测试区', 'Test District', 'district', ?)"),
                       {admin.jurisdictionId});
        auto person = [&](int n) {
            return test::insertRow(db,
                       QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                      "district_id) VALUES (?, ?, ?, 'F', '1980-05-01', ?)"),
                       {QStringLiteral("ID%1").arg(n), QStringLiteral("P%1").arg(n), QStringLiteral("Person %1").arg(n),
                        district});
        };
        positive = person(1);
        test::insertRow(db,
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES "
                           "(?, 'pcr', 'positive', ?, ?)"),
            {positive, now - 10 * kDay, now - 10 * kDay + 6 * kHour});
        contact = person(2);
        test::insertRow(db, QStringLiteral("INSERT INTO close_contacts (person_id, designated_at) VALUES (?, ?)"),
            {contact, now - 16 * kDay});
        nobody = person(3);
        // The admin's session scope was read before the district existed.
        admin.scope.insert(district);
        editor.scope.insert(district);
        approver.scope.insert(district);
        operatorSession.scope.insert(district);
    }

    const db::Database& db() { return t.db(); }

    int rowVersion(int version)
    {
        auto v = RuleService::byVersion(db(), version);
        return v ? v.value().rowVersion : -1;
    }

    // Draft, propose (editor), approve (approver), publish at once with an urgency reason (approver).
    int publishNow(const QString& text)
    {
        auto v = RuleService::createDraft(db(), editor, text, QStringLiteral("test change"), 1);
        if (!v)
            qFatal("draft: %s", qPrintable(v.error().message));
        Status s = RuleService::propose(db(), editor, v.value(), rowVersion(v.value()));
        if (s)
            s = RuleService::approve(db(), approver, v.value(), QString(), rowVersion(v.value()));
        if (s)
            s = RuleService::publish(db(), approver, v.value(), RuleService::kEffectiveNow, QStringLiteral("outbreak"),
                                     rowVersion(v.value()));
        if (!s)
            qFatal("publish: %s", qPrintable(s.error().message));
        return v.value();
    }

    services::ReevaluationReport reevaluate()
    {
        auto r = StatusService::reevaluate(db(), approver, Clock::nowSecs());
        if (!r)
            qFatal("reevaluate: %s", qPrintable(r.error().message));
        return r.value();
    }

    services::PersonStatus status(qint64 person)
    {
        auto s = StatusService::status(db(), admin, person);
        if (!s)
            qFatal("status: %s", qPrintable(s.error().message));
        return s.value();
    }
};

QStringList asUser(const char* password)
{
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(password)};
}

} // namespace

class TestRuleGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRulesArePublishedAtInit()
    {
        Fixture f;
        auto v = RuleService::inForce(f.db(), Clock::nowSecs());
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(v->version, 1);
        QCOMPARE(v->state, RuleState::Published);
        QCOMPARE(v->text, rules::DefaultRules::text());
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.install_default'")),
                 1);
        auto compiled = RuleService::compiledInForce(f.db(), Clock::nowSecs());
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        QCOMPARE(compiled->version(), 1);
        QVERIFY(compiled->ruleCount() >= 9);
    }

    void invalidDraftCannotBeProposed()
    {
        Fixture f;
        const QString bad = QStringLiteral("Rule R1 \"Confirmed\": red when a positive tset within 14 days.\n");
        auto v = RuleService::createDraft(f.db(), f.editor, bad, QString(), 1);
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QList<rules::Diagnostic> problems;
        const Status p = RuleService::propose(f.db(), f.editor, v.value(), f.rowVersion(v.value()), &problems);
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(p.error().message.contains(QStringLiteral("Line 1")), qPrintable(p.error().message));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().span.line, 1);
        QCOMPARE(RuleService::byVersion(f.db(), v.value())->state, RuleState::Draft);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.propose'")), 0);

        // Someone else's draft is not theirs to change; the author fixes it and proposes.
        const Status other = RuleService::updateDraft(f.db(), f.admin, v.value(), shorterRedWindow(), QString(),
                                                      f.rowVersion(v.value()));
        QCOMPARE(other.error().code, ErrorCode::PermissionDenied);
        QVERIFY(RuleService::updateDraft(f.db(), f.editor, v.value(), shorterRedWindow(), QString(),
                                         f.rowVersion(v.value())));
        // A stale row version is refused rather than overwriting someone's change.
        const Status stale = RuleService::propose(f.db(), f.editor, v.value(), f.rowVersion(v.value()) - 1);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        const Status ok = RuleService::propose(f.db(), f.editor, v.value(), f.rowVersion(v.value()));
        QVERIFY2(ok, qPrintable(ok.error().message));
        QCOMPARE(RuleService::byVersion(f.db(), v.value())->state, RuleState::Proposed);
    }

    void secondOfficialMustApprove()
    {
        Fixture f;
        // An administrator holds both permissions and still cannot approve their own proposal.
        auto own = RuleService::createDraft(f.db(), f.admin, shorterRedWindow(), QString(), 1);
        QVERIFY(own.ok());
        QVERIFY(RuleService::propose(f.db(), f.admin, own.value(), f.rowVersion(own.value())));
        const Status self = RuleService::approve(f.db(), f.admin, own.value(), QString(), f.rowVersion(own.value()));
        QCOMPARE(self.error().code, ErrorCode::PermissionDenied);
        // A rule editor, an operator: no approver role.
        QCOMPARE(RuleService::approve(f.db(), f.editor, own.value(), QString(), f.rowVersion(own.value())).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(RuleService::approve(f.db(), f.operatorSession, own.value(), QString(), f.rowVersion(own.value()))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        // Publishing before approval is not possible.
        QCOMPARE(RuleService::publish(f.db(), f.approver, own.value(), RuleService::kEffectiveNow, QStringLiteral("x"),
                                      f.rowVersion(own.value()))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        // Nor an approver the administrator created: another administrator's approver approves.
        QCOMPARE(RuleService::approve(f.db(), f.approver, own.value(), QString(), f.rowVersion(own.value())).error().code,
                 ErrorCode::PermissionDenied);
        const auth::Session admin2 = f.t.addUser(f.admin, QStringLiteral("admin2"), auth::Role::Administrator);
        const auth::Session approver2 = f.t.addUser(admin2, QStringLiteral("approver2"), auth::Role::Approver);
        const Status approved =
            RuleService::approve(f.db(), approver2, own.value(), QStringLiteral("checked"), f.rowVersion(own.value()));
        QVERIFY2(approved, qPrintable(approved.error().message));
        auto v = RuleService::byVersion(f.db(), own.value());
        QCOMPARE(v->state, RuleState::Approved);
        QCOMPARE(v->approvedBy, QStringLiteral("approver2"));
        QCOMPARE(v->proposedBy, QStringLiteral("admin"));
        QCOMPARE(test::scalar(f.db(),
                       QStringLiteral("SELECT COUNT(*) FROM approvals WHERE subject_kind = 'rule_version' AND "
                                      "decision = 'approved' AND note = 'checked'")),
                 1);
    }

    void leadTimeUnlessUrgent()
    {
        Fixture f;
        auto v = RuleService::createDraft(f.db(), f.editor, shorterRedWindow(), QString(), 1);
        QVERIFY(RuleService::propose(f.db(), f.editor, v.value(), f.rowVersion(v.value())));
        QVERIFY(RuleService::approve(f.db(), f.approver, v.value(), QString(), f.rowVersion(v.value())));
        const qint64 now = Clock::nowSecs();
        const Status soon = RuleService::publish(f.db(), f.approver, v.value(), now + kHour, QString(),
                                                 f.rowVersion(v.value()));
        QCOMPARE(soon.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(soon.error().message.contains(QStringLiteral("urgency")), qPrintable(soon.error().message));
        // A time already past is refused even when urgent: "now" is RuleService::kEffectiveNow.
        const Status past = RuleService::publish(f.db(), f.approver, v.value(), now - 60, QStringLiteral("outbreak"),
                                                 f.rowVersion(v.value()));
        QCOMPARE(past.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(past.error().message.contains(QStringLiteral("in the past")), qPrintable(past.error().message));
        const qint64 later = now + RuleService::leadTimeSecs() + kHour;
        const Status scheduled =
            RuleService::publish(f.db(), f.approver, v.value(), later, QString(), f.rowVersion(v.value()));
        QVERIFY2(scheduled, qPrintable(scheduled.error().message));
        QCOMPARE(RuleService::inForce(f.db(), now)->version, 1);
        QCOMPARE(RuleService::inForce(f.db(), later)->version, v.value());
        QCOMPARE(RuleService::scheduled(f.db(), now)->size(), 1);

        // Urgent: in force at once, with the reason on record.
        const int urgent = f.publishNow(shorterRedWindow());
        auto u = RuleService::byVersion(f.db(), urgent);
        QCOMPARE(u->urgencyReason, QStringLiteral("outbreak"));
        QCOMPARE(RuleService::inForce(f.db(), Clock::nowSecs())->version, urgent);
    }

    void statusesFollowPublishAndRollback()
    {
        Fixture f;
        services::ReevaluationReport r = f.reevaluate();
        QCOMPARE(r.ruleVersion, 1);
        QCOMPARE(r.people, 3);
        QCOMPARE(r.changed, 2);
        QCOMPARE(r.transitions[0][2], 1);
        QCOMPARE(r.transitions[0][1], 1);
        services::PersonStatus red = f.status(f.positive);
        QVERIFY(red.recorded);
        QCOMPARE(red.colour, Colour::Red);
        QCOMPARE(red.ruleId, QStringLiteral("R1"));
        QCOMPARE(red.ruleVersion, 1);
        QVERIFY(red.explanation.has_value());
        QCOMPARE(red.explanation->ruleName, QStringLiteral("Confirmed case"));
        QCOMPARE(red.explanation->facts.size(), 1);
        // Since the positive test was sampled: the facts date the colour, not the moment of evaluation.
        QCOMPARE(red.since, f.now - 10 * kDay);
        QCOMPARE(f.status(f.contact).colour, Colour::Yellow);
        QCOMPARE(f.status(f.contact).ruleId, QStringLiteral("R3"));
        QVERIFY(!f.status(f.nobody).recorded);
        QCOMPARE(f.status(f.nobody).colour, Colour::Green);
        // Nothing new: nothing written (but an audit record of the run).
        QCOMPARE(f.reevaluate().changed, 0);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM status_history")), 2);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'statuses.reevaluate'")),
                 2);

        // A 7-day red window: the 10-day-old positive test no longer makes anyone red.
        const int shorter = f.publishNow(shorterRedWindow());
        r = f.reevaluate();
        QCOMPARE(r.ruleVersion, shorter);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.transitions[2][0], 1);
        const services::PersonStatus green = f.status(f.positive);
        QCOMPARE(green.colour, Colour::Green);
        QCOMPARE(green.ruleVersion, shorter);
        auto history = StatusService::history(f.db(), f.admin, f.positive);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).colour, Colour::Green);
        QCOMPARE(history->at(0).until, 0);
        QCOMPARE(history->at(1).colour, Colour::Red);
        QVERIFY(history->at(1).until > 0);

        // One step back to version 1: red again, under a new version that carries version 1's text.
        QCOMPARE(RuleService::rollback(f.db(), f.approver, 1, QString()).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(RuleService::rollback(f.db(), f.editor, 1, QStringLiteral("x")).error().code,
                 ErrorCode::PermissionDenied);
        auto back = RuleService::rollback(f.db(), f.approver, 1, QStringLiteral("the shorter window was a mistake"));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), shorter + 1);
        auto restored = RuleService::byVersion(f.db(), back.value());
        QCOMPARE(restored->text, rules::DefaultRules::text());
        QCOMPARE(restored->basedOn, 1);
        QCOMPARE(RuleService::inForce(f.db(), Clock::nowSecs())->version, back.value());
        r = f.reevaluate();
        QCOMPARE(r.transitions[0][2], 1);
        QCOMPARE(f.status(f.positive).colour, Colour::Red);
        QCOMPARE(f.status(f.positive).ruleVersion, back.value());
        QCOMPARE(StatusService::history(f.db(), f.admin, f.positive)->size(), 3);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.rollback'")), 1);
    }

    void cancelledReevaluationChangesNothing()
    {
        Fixture f;
        auto r = StatusService::reevaluate(f.db(), f.approver, Clock::nowSecs(),
                                           [](const QString&, qint64, qint64) { return false; });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM statuses")), 0);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM status_history")), 0);
        // A viewer may not start it.
        auto viewer = f.t.addUser(f.admin, QStringLiteral("viewer"), auth::Role::Viewer);
        const auto refused = StatusService::reevaluate(f.db(), viewer, Clock::nowSecs());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        // Told what they tried, not about approving rules.
        QVERIFY2(refused.error().message.contains(QStringLiteral("may not re-evaluate statuses")),
                 qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(QStringLiteral("approve risk rules")),
                 qPrintable(refused.error().message));
    }

    // The reviewer's reproduction: an administrator proposes rules, creates an approver and approves as them, then
    // publishes. The approval is refused (audited) and so is publishing an approval that such an account gave
    // (stored before this check existed, or by a client the server did not stop).
    void accountsTheProposerSetUpDoNotApprove()
    {
        Fixture f;
        const QString db = f.t.urlString();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("good.rules"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(shorterRedWindow().toUtf8());
        }
        auto ctl = [&](const char* user, const char* password, const QStringList& args, const QStringList& env = {}) {
            return test::runCtl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                            QString::fromLatin1(user)}
                                    + args,
                                asUser(password) + env);
        };
        const char* adminPw = test::TestDatabase::kAdminPassword;
        const char* userPw = test::TestDatabase::kUserPassword;
        auto proposed = ctl("admin", adminPw, {QStringLiteral("rules"), QStringLiteral("propose"), file});
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.err));
        auto added = ctl("admin", adminPw,
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("puppet"), QStringLiteral("--role"),
                          QStringLiteral("approver")},
                         {QStringLiteral("HEALTHCODE_NEW_PASSWORD=") + QString::fromLatin1(userPw)});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString refusals = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.refused' AND "
                                                "target = 'rules:v2' AND details LIKE ?");
        auto approved = ctl("puppet", userPw, {QStringLiteral("rules"), QStringLiteral("approve"), QStringLiteral("2")});
        QCOMPARE(approved.exitCode, 9);
        QVERIFY2(approved.err.contains(QStringLiteral("puppet was set up by admin, who asked for this; another "
                                                      "official must decide")),
                 qPrintable(approved.err));
        QCOMPARE(test::scalar(f.db(), refusals, {QStringLiteral("%\"approve\"%")}), 1);
        QCOMPARE(RuleService::byVersion(f.db(), 2)->state, RuleState::Proposed);
        auto published = ctl("admin", adminPw,
                             {QStringLiteral("rules"), QStringLiteral("publish"), QStringLiteral("2"),
                              QStringLiteral("--urgent"), QStringLiteral("outbreak")});
        QVERIFY(published.exitCode != 0);
        QCOMPARE(RuleService::inForce(f.db(), Clock::nowSecs())->version, 1);

        // The approval stored anyway. On PostgreSQL the server refuses it first.
        const qint64 puppet = test::scalar(f.db(), QStringLiteral("SELECT id FROM users WHERE name = 'puppet'"));
        const QString plant = QStringLiteral("UPDATE rule_versions SET state = 'approved', approved_by = %1, "
                                             "approved_at = 1, row_version = row_version + 1 WHERE version = 2")
                                  .arg(puppet);
        if (f.t.isPostgres()) {
            const Status direct = f.db().execute(plant);
            QVERIFY(!direct.ok());
            QVERIFY2(direct.error().message.contains(QStringLiteral("set up by")), qPrintable(direct.error().message));
        }
        test::bypassServerTriggers(f.db(), true);
        const Status planted = f.db().execute(plant);
        test::bypassServerTriggers(f.db(), false);
        QVERIFY2(planted.ok(), qPrintable(planted.error().message));
        published = ctl("admin", adminPw,
                        {QStringLiteral("rules"), QStringLiteral("publish"), QStringLiteral("2"), QStringLiteral("--urgent"),
                         QStringLiteral("outbreak")});
        QCOMPARE(published.exitCode, 9);
        QVERIFY2(published.err.contains(QStringLiteral("puppet was set up by admin")), qPrintable(published.err));
        QCOMPARE(test::scalar(f.db(), refusals, {QStringLiteral("%\"publish\"%")}), 1);
        QCOMPARE(RuleService::byVersion(f.db(), 2)->state, RuleState::Approved);
        QCOMPARE(RuleService::inForce(f.db(), Clock::nowSecs())->version, 1);
        if (f.t.isPostgres()) {
            const Status direct = f.db().execute(
                QStringLiteral("UPDATE rule_versions SET state = 'published', published_by = %1, published_at = 2, "
                               "effective_at = 2 WHERE version = 2")
                    .arg(f.admin.userId));
            QVERIFY(!direct.ok());
            QVERIFY2(direct.error().message.contains(QStringLiteral("set up by")), qPrintable(direct.error().message));
        }
    }

    void commandLinePath()
    {
        Fixture f;
        const QString db = f.t.urlString();
        QTemporaryDir dir;
        const QString badFile = dir.filePath(QStringLiteral("bad.rules"));
        const QString goodFile = dir.filePath(QStringLiteral("good.rules"));
        auto write = [](const QString& path, const QString& text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        };
        write(badFile, QStringLiteral("Rule R1 \"Confirmed\": red when a positive test within 14 dayz.\n"));
        write(goodFile, shorterRedWindow());

        auto check = test::runCtl({QStringLiteral("rules"), QStringLiteral("check"), badFile});
        QCOMPARE(check.exitCode, 16);
        QVERIFY2(check.out.contains(badFile + QStringLiteral(":1:")), qPrintable(check.out));
        QCOMPARE(test::runCtl({QStringLiteral("rules"), QStringLiteral("check"), goodFile}).exitCode, 0);

        const QStringList asEditor = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("editor")};
        const QStringList asApprover = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                        QStringLiteral("approver")};
        auto preview = test::runCtl(asEditor + QStringList{QStringLiteral("rules"), QStringLiteral("preview"), goodFile},
                                    asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(QStringLiteral("1 of 3 people")), qPrintable(preview.out));
        QVERIFY2(preview.out.contains(QStringLiteral("测试区")), qPrintable(preview.out));

        auto bad = test::runCtl(asEditor + QStringList{QStringLiteral("rules"), QStringLiteral("propose"), badFile},
                                asUser(test::TestDatabase::kUserPassword));
        QCOMPARE(bad.exitCode, 16);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM rule_versions")), 1); // nothing stored

        auto proposed = test::runCtl(asEditor + QStringList{QStringLiteral("rules"), QStringLiteral("propose"),
                                                            goodFile, QStringLiteral("--summary"),
                                                            QStringLiteral("Shorter red window")},
                                     asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.err));
        auto selfApprove = test::runCtl(asEditor + QStringList{QStringLiteral("rules"), QStringLiteral("approve"),
                                                               QStringLiteral("2")},
                                        asUser(test::TestDatabase::kUserPassword));
        QCOMPARE(selfApprove.exitCode, 9);
        auto approved = test::runCtl(asApprover + QStringList{QStringLiteral("rules"), QStringLiteral("approve"),
                                                              QStringLiteral("2")},
                                     asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        auto early = test::runCtl(asApprover + QStringList{QStringLiteral("rules"), QStringLiteral("publish"),
                                                           QStringLiteral("2"), QStringLiteral("--at"),
                                                           QDateTime::currentDateTime().addSecs(60).toString(
                                                               Qt::ISODate)},
                                  asUser(test::TestDatabase::kUserPassword));
        QCOMPARE(early.exitCode, 16);
        auto published = test::runCtl(asApprover + QStringList{QStringLiteral("rules"), QStringLiteral("publish"),
                                                               QStringLiteral("2"), QStringLiteral("--urgent"),
                                                               QStringLiteral("outbreak")},
                                      asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY2(published.out.contains(QStringLiteral("re-evaluated")), qPrintable(published.out));

        auto list = test::runCtl({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("Shorter red window")), qPrintable(list.out));
        auto shown = test::runCtl({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("show")});
        QCOMPARE(shown.out.trimmed(), shorterRedWindow().trimmed());

        auto explained = test::runCtl(asApprover + QStringList{QStringLiteral("rules"), QStringLiteral("explain"),
                                                               QStringLiteral("P2")},
                                      asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(explained.exitCode == 0, qPrintable(explained.err));
        QVERIFY2(explained.out.contains(QStringLiteral("R3")), qPrintable(explained.out));
        QCOMPARE(f.status(f.contact).colour, Colour::Yellow);

        auto rolledBack = test::runCtl(asApprover + QStringList{QStringLiteral("rules"), QStringLiteral("rollback"),
                                                                QStringLiteral("1"), QStringLiteral("--reason"),
                                                                QStringLiteral("mistake")},
                                       asUser(test::TestDatabase::kUserPassword));
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.err));
        QCOMPARE(RuleService::inForce(f.db(), Clock::nowSecs())->version, 3);
    }
};

QTEST_GUILESS_MAIN(TestRuleGovernance)
#include "TestRuleGovernance.moc"
