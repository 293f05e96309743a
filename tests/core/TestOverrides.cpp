// Overrides on a real database (SQLite and PostgreSQL): request, approval by a second official, the status
// following at once, expiry and revocation bringing the rule-computed colour back, every refusal (self-
// approval, wrong role, outside scope, missing reason, expiry too far, expired request, stale row version)
// leaving only its audit record, and the same through healthcode-ctl.

#include "TestDatabase.h"

#include "db/Sql.h"
#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QTest>

using namespace hc;
using rules::Colour;
using services::OverrideRequest;
using services::OverrideService;
using services::OverrideState;
using services::StatusService;

namespace {
constexpr qint64 kDay = 86400;

struct Fixture
{
    test::TestDatabase t;
    auth::Session admin, clerk, approver, otherApprover, farClerk, viewer;
    qint64 person = 0, farPerson = 0;
    qint64 now = Clock::nowSecs();

    Fixture()
    {
        if (!t.isReady())
            qFatal("database: %s", qPrintable(t.error()));
        admin = t.initAdmin();
        const db::Database& db = t.db();
        auto district = [&](const char* code) {
            return test::insertRow(db,
                       QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) VALUES (?, ?, "
                                      "'district', ?)"),
                       {QString::fromLatin1(code), QString::fromLatin1(code), admin.jurisdictionId});
        };
        const qint64 near = district("990101");
        const qint64 far = district("990102");
        auto addPerson = [&](qint64 d, const char* id) {
            const qint64 p = test::insertRow(db,
                                 QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                                "district_id) VALUES (?, ?, 'Li Si', 'M', '1970-01-01', ?)"),
                                 {QString::fromLatin1(id), QString(QStringLiteral("P-") + QString::fromLatin1(id)), d});
            // A positive test three days ago: red under the default rules for another 11 days.
            test::insertRow(db,
                QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES (?, "
                               "'pcr', 'positive', ?, ?)"),
                {p, now - 3 * kDay, now - 3 * kDay + 3600});
            return p;
        };
        // The administrator's session was opened before the districts existed.
        admin.scope.insert(near);
        admin.scope.insert(far);
        person = addPerson(near, "330102197001010011");
        farPerson = addPerson(far, "330102197001010022");
        clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator, near);
        farClerk = t.addUser(admin, QStringLiteral("far.clerk"), auth::Role::Operator, far);
        approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        otherApprover = t.addUser(admin, QStringLiteral("approver2"), auth::Role::Approver);
        viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer);
        approver.scope.insert(near);
        approver.scope.insert(far);
        otherApprover.scope = approver.scope;
        if (auto r = StatusService::reevaluate(db, admin, now); !r)
            qFatal("reevaluate failed: %s", qPrintable(r.error().message));
    }

    const db::Database& db() { return t.db(); }

    OverrideRequest toGreen(qint64 who, qint64 days = 7)
    {
        OverrideRequest r;
        r.personId = who;
        r.target = Colour::Green;
        r.reason = services::OverrideReason::TestResultCorrection;
        r.note = QStringLiteral("Lab swapped two samples");
        r.evidence = QStringLiteral("LAB-2026-0042");
        r.expiresAt = Clock::nowSecs() + days * kDay;
        return r;
    }

    Colour colour(qint64 who) { return StatusService::status(db(), admin, who)->colour; }
    int rowVersion(qint64 id) { return OverrideService::byId(db(), admin, id)->rowVersion; }
    qint64 refusals() { return test::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override.refused'")); }
    qint64 overrides() { return test::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM overrides")); }
};
} // namespace

class TestOverrides final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Clock::setSource(nullptr); }

    void approvedOverrideTakesEffectAndExpires()
    {
        Fixture f;
        QCOMPARE(f.colour(f.person), Colour::Red);
        auto id = OverrideService::request(f.db(), f.clerk, f.toGreen(f.person));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        // Requested: nothing changes yet.
        QCOMPARE(f.colour(f.person), Colour::Red);
        QCOMPARE(OverrideService::byId(f.db(), f.clerk, id.value())->state, OverrideState::Requested);

        const Status ok = OverrideService::approve(f.db(), f.approver, id.value(), QStringLiteral("report checked"),
                                                   f.rowVersion(id.value()));
        QVERIFY2(ok, qPrintable(ok.error().message));
        auto status = StatusService::status(f.db(), f.admin, f.person);
        QCOMPARE(status->colour, Colour::Green);
        QCOMPARE(status->overrideId, id.value());
        const auto info = OverrideService::byId(f.db(), f.admin, id.value());
        QCOMPARE(info->state, OverrideState::Active);
        QCOMPARE(info->requestedBy, QStringLiteral("clerk"));
        QCOMPARE(info->decidedBy, QStringLiteral("approver"));
        QCOMPARE(StatusService::history(f.db(), f.admin, f.person)->first().overrideId, id.value());
        // A re-evaluation leaves an overridden status alone.
        QVERIFY(StatusService::reevaluate(f.db(), f.admin, Clock::nowSecs()).ok());
        QCOMPARE(f.colour(f.person), Colour::Green);

        // Eight days later the override has ended on its own and the rules decide again.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(8 * kDay);
        Clock::setSource([later] { return later; });
        auto r = StatusService::reevaluate(f.db(), f.admin, Clock::nowSecs());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(OverrideService::byId(f.db(), f.admin, id.value())->state, OverrideState::Expired);
        status = StatusService::status(f.db(), f.admin, f.person);
        QCOMPARE(status->colour, Colour::Red);
        QCOMPARE(status->overrideId, 0);
        QCOMPARE(StatusService::history(f.db(), f.admin, f.person)->size(), 3);
        for (const char* action : {"override.request", "override.approve", "override.expire"})
            QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'")
                                       .arg(QLatin1String(action))),
                     1);
    }

    void revokeBringsTheRuleColourBack()
    {
        Fixture f;
        auto id = OverrideService::request(f.db(), f.clerk, f.toGreen(f.person));
        QVERIFY(id.ok());
        QVERIFY(OverrideService::approve(f.db(), f.approver, id.value(), QString(), f.rowVersion(id.value())));
        QCOMPARE(f.colour(f.person), Colour::Green);
        QCOMPARE(OverrideService::revoke(f.db(), f.clerk, id.value(), QString(), f.rowVersion(id.value())).error().code,
                 ErrorCode::InvalidArgument);
        const Status revoked =
            OverrideService::revoke(f.db(), f.clerk, id.value(), QStringLiteral("sample was right after all"),
                                    f.rowVersion(id.value()));
        QVERIFY2(revoked, qPrintable(revoked.error().message));
        QCOMPARE(f.colour(f.person), Colour::Red);
        QCOMPARE(OverrideService::byId(f.db(), f.admin, id.value())->revokeReason,
                 QStringLiteral("sample was right after all"));
    }

    void refusalsLeaveOnlyTheirAuditRecord()
    {
        Fixture f;
        auto expectRefused = [&](const Status& s, ErrorCode code, const char* what) {
            QVERIFY2(!s, what);
            QVERIFY2(s.error().code == code, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().message)));
        };
        qint64 refusals = f.refusals();
        // Missing reason, expiry beyond the maximum, outside scope, a viewer.
        auto expectRequestRefused = [&](const auth::Session& who, const OverrideRequest& r, ErrorCode code,
                                        const char* what) {
            auto id = OverrideService::request(f.db(), who, r);
            expectRefused(id.ok() ? Status() : Status(id.error()), code, what);
        };
        OverrideRequest noNote = f.toGreen(f.person);
        noNote.note = QStringLiteral("   ");
        expectRequestRefused(f.clerk, noNote, ErrorCode::InvalidArgument, "no note");
        expectRequestRefused(f.clerk, f.toGreen(f.person, 30), ErrorCode::InvalidArgument, "too long");
        expectRequestRefused(f.clerk, f.toGreen(f.farPerson), ErrorCode::OutOfScope, "outside scope");
        expectRequestRefused(f.viewer, f.toGreen(f.person), ErrorCode::PermissionDenied, "viewer");
        refusals += 4;
        QCOMPARE(f.overrides(), 0);
        QCOMPARE(f.refusals(), refusals);

        // Self-approval, even by an administrator who holds both rights; approval by an operator.
        auto own = OverrideService::request(f.db(), f.admin, f.toGreen(f.person));
        QVERIFY2(own.ok(), qPrintable(own.error().message));
        expectRefused(OverrideService::approve(f.db(), f.admin, own.value(), QString(), f.rowVersion(own.value())),
                      ErrorCode::PermissionDenied, "self-approval");
        expectRefused(OverrideService::approve(f.db(), f.clerk, own.value(), QString(), f.rowVersion(own.value())),
                      ErrorCode::PermissionDenied, "operator approves");
        // A stale row version: two approvers read the request, the first decides, the second is told.
        const int read = f.rowVersion(own.value());
        QVERIFY(OverrideService::reject(f.db(), f.otherApprover, own.value(), QStringLiteral("no evidence"), read));
        expectRefused(OverrideService::approve(f.db(), f.approver, own.value(), QString(), read), ErrorCode::Conflict,
                      "stale");
        refusals += 3;
        QCOMPARE(f.refusals(), refusals);
        QCOMPARE(f.colour(f.person), Colour::Red);

        // A request nobody approved in time.
        auto late = OverrideService::request(f.db(), f.clerk, f.toGreen(f.person));
        QVERIFY(late.ok());
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(OverrideService::requestLifetimeSecs() + 60);
        Clock::setSource([after] { return after; });
        expectRefused(OverrideService::approve(f.db(), f.approver, late.value(), QString(), f.rowVersion(late.value())),
                      ErrorCode::Conflict, "expired request");
        QCOMPARE(f.refusals(), refusals + 1);
        QCOMPARE(OverrideService::expireDue(f.db(), QStringLiteral("test"), Clock::nowSecs()).value(), 1);
        QCOMPARE(OverrideService::byId(f.db(), f.admin, late.value())->state, OverrideState::RequestExpired);
        QCOMPARE(f.colour(f.person), Colour::Red);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM statuses WHERE override_id IS NOT NULL")), 0);
    }

    void commandLine()
    {
        Fixture f;
        const QString db = f.t.urlString();
        const QStringList pw{QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(test::TestDatabase::kUserPassword)};
        auto asUser = [&](const char* user) {
            return QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QString::fromLatin1(user)};
        };
        auto requested = test::runCtl(asUser("clerk") + QStringList{QStringLiteral("override"), QStringLiteral("request"),
                                                                    QStringLiteral("330102197001010011"),
                                                                    QStringLiteral("--to"), QStringLiteral("green"),
                                                                    QStringLiteral("--reason"),
                                                                    QStringLiteral("test_result_correction"),
                                                                    QStringLiteral("--note"), QStringLiteral("swap"),
                                                                    QStringLiteral("--expires"), QStringLiteral("36h")},
                                      pw);
        QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
        const QString id = requested.out.trimmed();
        QVERIFY2(id.toLongLong() > 0, qPrintable(requested.out));
        auto tooLong = test::runCtl(asUser("clerk") + QStringList{QStringLiteral("override"), QStringLiteral("request"),
                                                                  QStringLiteral("330102197001010011"),
                                                                  QStringLiteral("--to"), QStringLiteral("green"),
                                                                  QStringLiteral("--reason"), QStringLiteral("other"),
                                                                  QStringLiteral("--note"), QStringLiteral("x"),
                                                                  QStringLiteral("--expires"), QStringLiteral("60d")},
                                    pw);
        QCOMPARE(tooLong.exitCode, 16);
        auto self = test::runCtl(asUser("clerk") + QStringList{QStringLiteral("override"), QStringLiteral("approve"), id},
                                 pw);
        QCOMPARE(self.exitCode, 9);
        auto approved = test::runCtl(asUser("approver") + QStringList{QStringLiteral("override"),
                                                                      QStringLiteral("approve"), id},
                                     pw);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(f.colour(f.person), Colour::Green);
        auto listed = test::runCtl(asUser("approver") + QStringList{QStringLiteral("override"), QStringLiteral("list")},
                                   pw);
        QVERIFY2(listed.exitCode == 0 && listed.out.contains(QStringLiteral("clerk")), qPrintable(listed.out));
        auto revoked = test::runCtl(asUser("clerk") + QStringList{QStringLiteral("override"), QStringLiteral("revoke"),
                                                                  id, QStringLiteral("--reason"),
                                                                  QStringLiteral("mistake")},
                                    pw);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(f.colour(f.person), Colour::Red);
    }

    // The reviewer's reproductions: an administrator who asked for an override cannot approve it through an
    // account they create for the purpose, nor through a real approver whose password they reset; another
    // administrator's reset gives the approver back. Refusals are audited; on PostgreSQL the server refuses too.
    void accountsTheRequesterSetUpDoNotApprove()
    {
        Fixture f;
        const QString db = f.t.urlString();
        auto ctl = [&](const char* user, const char* password, QStringList args, const QStringList& env = {}) {
            return test::runCtl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                            QString::fromLatin1(user)}
                                    + args,
                                QStringList{QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(password)} + env);
        };
        const char* adminPw = test::TestDatabase::kAdminPassword;
        const char* userPw = test::TestDatabase::kUserPassword;
        const QStringList newPw{QStringLiteral("HEALTHCODE_NEW_PASSWORD=") + QString::fromLatin1(userPw)};
        auto requested = ctl("admin", adminPw,
                             {QStringLiteral("override"), QStringLiteral("request"), QStringLiteral("330102197001010011"),
                              QStringLiteral("--to"), QStringLiteral("green"), QStringLiteral("--reason"),
                              QStringLiteral("other"), QStringLiteral("--note"), QStringLiteral("travel"),
                              QStringLiteral("--expires"), QStringLiteral("36h")});
        QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
        const QString id = requested.out.trimmed();
        QCOMPARE(ctl("admin", adminPw, {QStringLiteral("override"), QStringLiteral("approve"), id}).exitCode, 9);

        // A puppet approver.
        auto added = ctl("admin", adminPw,
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("puppet"), QStringLiteral("--role"),
                          QStringLiteral("approver")},
                         newPw);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        qint64 refusals = f.refusals();
        auto puppet = ctl("puppet", userPw, {QStringLiteral("override"), QStringLiteral("approve"), id});
        QCOMPARE(puppet.exitCode, 9);
        QVERIFY2(puppet.err.contains(QStringLiteral("puppet was set up by admin, who asked for this; another official "
                                                    "must decide")),
                 qPrintable(puppet.err));
        QCOMPARE(f.refusals(), refusals + 1);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                     "'override.refused' AND actor = 'puppet' AND details LIKE "
                                                     "'%set up by admin%'")),
                 1);
        QCOMPARE(OverrideService::byId(f.db(), f.admin, id.toLongLong())->state, OverrideState::Requested);
        QCOMPARE(f.colour(f.person), Colour::Red);

        // A real approver, set up by a second administrator, whose password the requester resets.
        const auth::Session admin2 = f.t.addUser(f.admin, QStringLiteral("admin2"), auth::Role::Administrator);
        f.t.addUser(admin2, QStringLiteral("ap2"), auth::Role::Approver);
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT set_up_by FROM users WHERE name = 'ap2'")), admin2.userId);
        auto reset = ctl("admin", adminPw, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ap2")},
                         newPw);
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        auto asAp2 = ctl("ap2", userPw, {QStringLiteral("override"), QStringLiteral("approve"), id});
        QCOMPARE(asAp2.exitCode, 9);
        QVERIFY2(asAp2.err.contains(QStringLiteral("ap2 was set up by admin")), qPrintable(asAp2.err));
        QCOMPARE(f.refusals(), refusals + 2);
        // ap2 changing their own password changes nothing; the second administrator's reset does.
        auto own = ctl("ap2", userPw, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ap2")}, newPw);
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QCOMPARE(ctl("ap2", userPw, {QStringLiteral("override"), QStringLiteral("approve"), id}).exitCode, 9);
        auto byAdmin2 = ctl("admin2", userPw, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ap2")},
                            newPw);
        QVERIFY2(byAdmin2.exitCode == 0, qPrintable(byAdmin2.err));
        auto approved = ctl("ap2", userPw, {QStringLiteral("override"), QStringLiteral("approve"), id});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(f.colour(f.person), Colour::Green);

        // The server's own check (PostgreSQL), whatever client sends the decision: the puppet again.
        if (f.t.isPostgres()) {
            auto second = OverrideService::request(f.db(), f.admin, f.toGreen(f.farPerson));
            QVERIFY2(second.ok(), qPrintable(second.error().message));
            const Status direct = f.db().execute(
                QStringLiteral("UPDATE overrides SET state = 'active', decided_by = (SELECT id FROM users WHERE name = "
                               "'puppet'), decided_at = 1 WHERE id = %1")
                    .arg(second.value()));
            QVERIFY(!direct.ok());
            QVERIFY2(direct.error().message.contains(QStringLiteral("set up by")), qPrintable(direct.error().message));
        }
    }

    // Looking a person up on the command line tells nothing about people outside the official's scope: the same
    // answer as for an unknown number, no internal id, and an audit record of the attempt. Explaining a person's
    // colour is audited as opening their record.
    void lookupsDoNotRevealPeopleOutsideTheScope()
    {
        Fixture f;
        const QString db = f.t.urlString();
        const QStringList pw{QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(test::TestDatabase::kUserPassword)};
        auto clerk = [&](QStringList args) {
            return test::runCtl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk")}
                                    + args,
                                pw);
        };
        auto refused = [&] {
            return test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.refused' "
                                                       "AND actor = 'clerk'"));
        };
        const QString far = QStringLiteral("330102197001010022"); // exists, in the district the clerk does not cover
        const QString none = QStringLiteral("330102197001010099"); // nobody
        const QList<QStringList> commands{
            {QStringLiteral("rules"), QStringLiteral("explain")},
            {QStringLiteral("override"), QStringLiteral("request"), QStringLiteral("%1"), QStringLiteral("--to"),
             QStringLiteral("green"), QStringLiteral("--reason"), QStringLiteral("other"), QStringLiteral("--note"),
             QStringLiteral("x")},
            {QStringLiteral("override"), QStringLiteral("list"), QStringLiteral("--person")},
        };
        auto with = [](QStringList args, const QString& key) {
            const qsizetype at = args.indexOf(QStringLiteral("%1"));
            if (at >= 0)
                args[at] = key;
            else
                args << key;
            return args;
        };
        for (const QStringList& command : commands) {
            const qint64 before = refused();
            const test::CtlResult outside = clerk(with(command, far));
            const test::CtlResult unknown = clerk(with(command, none));
            const QString what = command.join(QLatin1Char(' '));
            QVERIFY2(outside.exitCode == 11, qPrintable(what + QStringLiteral(": ") + outside.err));
            QCOMPARE(unknown.exitCode, 11);
            QVERIFY2(outside.err.contains(QStringLiteral("No person in the jurisdiction of clerk")), qPrintable(outside.err));
            QVERIFY2(!outside.err.contains(QStringLiteral("outside")), qPrintable(outside.err));
            QVERIFY2(!outside.err.contains(QStringLiteral("person %1").arg(f.farPerson)), qPrintable(outside.err));
            // Word for word the same answer, but for the masked number itself.
            QCOMPARE(QString(outside.err).replace(QStringLiteral("0022"), QStringLiteral("####")),
                     QString(unknown.err).replace(QStringLiteral("0099"), QStringLiteral("####")));
            QCOMPARE(refused(), before + 2);
        }
        QCOMPARE(test::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.refused' "
                                                     "AND target = ?"),
                              {QStringLiteral("person:%1").arg(f.farPerson)}),
                 3);
        QCOMPARE(f.overrides(), 0);

        // rules explain shows the person's facts: audited like status explain.
        const QString viewed = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.view' AND actor = "
                                              "'clerk' AND target = ?");
        const QVariantList target{QStringLiteral("person:%1").arg(f.person)};
        const qint64 views = test::scalar(f.db(), viewed, target);
        auto explained = clerk({QStringLiteral("rules"), QStringLiteral("explain"), QStringLiteral("330102197001010011")});
        QVERIFY2(explained.exitCode == 0, qPrintable(explained.err));
        QCOMPARE(test::scalar(f.db(), viewed, target), views + 1);
    }
};

QTEST_GUILESS_MAIN(TestOverrides)
#include "TestOverrides.moc"
