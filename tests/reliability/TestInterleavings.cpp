// Concurrency (issue 9): two or more connections to one database, their steps run in scripted orders in
// the style of PostgreSQL's isolation tester, on SQLite and PostgreSQL. Every order must end in a state
// that one of the serial orders could have produced, with the loser told plainly (a conflict naming the
// override, never a silent overwrite), and a transaction aborted by the database for a serialization
// failure, a deadlock or a busy file run again (db::retry) instead of surfacing as lost work.
//
// Schedules:
//   override vs override   two approvers decide the same request, read/decide interleaved every way;
//                          two clerks request overrides of one person at once
//   approve vs revoke      an approver approves while the requester revokes, every order of read and write
//   publish vs re-evaluate a re-evaluation has loaded the rules when a new version is published and applied;
//                          it must not write the old rules' colours over the new ones
//   deadlock / busy        PostgreSQL: a real deadlock (40P01) between an approval and another transaction,
//                          the approval is aborted by the server and run again; SQLite: the write lock
//                          held past the busy timeout, the approval runs again once it is free.
//   import vs heatmap      an import of scans is paused at every commit boundary (inside each batch's
//                          transaction before COMMIT, and after it); at each pause a heatmap frame is read,
//                          and in one schedule per pause the retention purge runs there (on PostgreSQL it
//                          is seen waiting for the rollup lock when the pause is inside a batch)

#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Authenticator.h"
#include "db/Retry.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Heatmap.h"
#include "heatmap/Retention.h"
#include "heatmap/Rollups.h"
#include "imports/ImportOptions.h"
#include "imports/ImportService.h"
#include "rules/DefaultRules.h"
#include "services/OverrideService.h"
#include "services/RuleService.h"
#include "services/StatusService.h"
#include "util/Clock.h"
#include "util/KillPoint.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstring>
#include <functional>
#include <utility>

using namespace hc;
using services::OverrideService;
using services::OverrideState;
using services::StatusService;
using rules::Colour;

namespace {
constexpr qint64 kDay = 86400;

// One connection of a schedule, with the official acting on it.
struct Connection
{
    QString name;
    std::optional<db::Database> db;
    auth::Session session;
};

struct Fixture
{
    test::TestDatabase t;
    auth::Session admin, clerk, clerk2, approver, approver2;
    qint64 person = 0;
    qint64 district = 0;
    qint64 now = Clock::nowSecs();

    Fixture()
    {
        if (!t.isReady())
            qFatal("database: %s", qPrintable(t.error()));
        admin = t.initAdmin();
        const db::Database& db = t.db();
        district = test::insertRow(db,
                                   QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) VALUES "
                                                  "('990101', 'East', 'district', ?)"),
                                   {admin.jurisdictionId});
        person = addPerson("330102197001010011", true);
        admin.scope.insert(district);
        clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator, district);
        clerk2 = t.addUser(admin, QStringLiteral("clerk2"), auth::Role::Operator, district);
        approver = t.addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        approver2 = t.addUser(admin, QStringLiteral("approver2"), auth::Role::Approver);
        approver.scope.insert(district);
        approver2.scope.insert(district);
        if (auto r = StatusService::reevaluate(db, admin, now); !r)
            qFatal("reevaluate failed: %s", qPrintable(r.error().message));
    }

    qint64 addPerson(const char* id, bool positive)
    {
        const qint64 p = test::insertRow(t.db(),
                                         QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, "
                                                        "birth_date, district_id) VALUES (?, ?, 'Li Si', 'M', "
                                                        "'1970-01-01', ?)"),
                                         {QString::fromLatin1(id), QString(QStringLiteral("P-") + QString::fromLatin1(id)),
                                          district});
        if (positive)
            test::insertRow(t.db(),
                            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, "
                                           "reported_at) VALUES (?, 'pcr', 'positive', ?, ?)"),
                            {p, now - 3 * kDay, now - 3 * kDay + 3600});
        return p;
    }

    Connection connect(const QString& name, const auth::Session& s)
    {
        Connection c{name, t.another(name), s};
        if (!c.db)
            qFatal("cannot open connection %s", qPrintable(name));
        return c;
    }

    services::OverrideRequest toGreen(const QString& note = QStringLiteral("Lab swapped two samples"))
    {
        services::OverrideRequest r;
        r.personId = person;
        r.target = Colour::Green;
        r.reason = services::OverrideReason::TestResultCorrection;
        r.note = note;
        r.expiresAt = Clock::nowSecs() + 7 * kDay;
        return r;
    }

    qint64 scalar(const QString& sql, const QVariantList& v = {}) { return test::scalar(t.db(), sql, v); }

    // The person's status, the overrides and the audit log agree: an active override is applied with its
    // approval and audit record, and none is applied otherwise.
    QString consistent(qint64 overrideId)
    {
        const auto o = OverrideService::byId(t.db(), admin, overrideId);
        if (!o)
            return o.error().message;
        const qint64 approvals = scalar(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE subject_kind = "
                                                       "'override' AND subject_id = ?"),
                                        {overrideId});
        const qint64 approved = scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override.approve' AND target = ?"),
            {QStringLiteral("override:%1").arg(overrideId)});
        const qint64 applied =
            scalar(QStringLiteral("SELECT COUNT(*) FROM statuses WHERE person_id = ? AND override_id = ?"),
                   {person, overrideId});
        const qint64 revoked = scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override.revoke' AND target = ?"),
            {QStringLiteral("override:%1").arg(overrideId)});
        const OverrideState st = o.value().state;
        bool ok = false;
        switch (st) {
        case OverrideState::Active:
            ok = approvals == 1 && approved == 1 && applied == 1 && revoked == 0;
            break;
        case OverrideState::Revoked:
            ok = applied == 0 && revoked == 1 && approvals <= 1 && approved == approvals;
            break;
        case OverrideState::Rejected:
            ok = applied == 0 && approvals == 1 && approved == 0;
            break;
        case OverrideState::Requested:
            ok = applied == 0 && approvals == 0 && approved == 0;
            break;
        default:
            break;
        }
        if (ok)
            return {};
        return QStringLiteral("override %1 is %2 with %3 approvals, %4 approve and %5 revoke records, applied %6")
            .arg(overrideId)
            .arg(services::overrideStateDisplayName(st))
            .arg(approvals)
            .arg(approved)
            .arg(revoked)
            .arg(applied);
    }
};

// A step list in the isolation tester's sense: each step names the connection it runs on.
struct Step
{
    QString name;
    std::function<void()> run;
};

// Every order of the two step lists that keeps each list's own order.
void interleavings(const QList<QString>& a, const QList<QString>& b, QList<QString> prefix,
                   QList<QList<QString>>& out)
{
    if (a.isEmpty() && b.isEmpty()) {
        out << prefix;
        return;
    }
    if (!a.isEmpty())
        interleavings(a.mid(1), b, prefix + QList<QString>{a.first()}, out);
    if (!b.isEmpty())
        interleavings(a, b.mid(1), prefix + QList<QString>{b.first()}, out);
}
} // namespace

class TestInterleavings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(test::TestDatabase::backendName())); }
    void cleanup() { Clock::setSource(nullptr); }

    // Two approvers on the same request: each reads the row version, then decides. In every order exactly
    // one decision stands; the other is refused as a conflict naming the override.
    void overrideVsOverride()
    {
        QList<QList<QString>> orders;
        interleavings({QStringLiteral("a1 read"), QStringLiteral("a1 approve")},
                      {QStringLiteral("a2 read"), QStringLiteral("a2 reject")}, {}, orders);
        QCOMPARE(orders.size(), 6);
        for (const auto& order : std::as_const(orders)) {
            Fixture f;
            auto id = OverrideService::request(f.t.db(), f.clerk, f.toGreen());
            QVERIFY2(id, qPrintable(id.error().message));
            Connection c1 = f.connect(QStringLiteral("a1"), f.approver);
            Connection c2 = f.connect(QStringLiteral("a2"), f.approver2);
            int v1 = 0, v2 = 0;
            Status s1, s2;
            QHash<QString, std::function<void()>> steps{
                {QStringLiteral("a1 read"), [&] { v1 = OverrideService::byId(*c1.db, c1.session, id.value())->rowVersion; }},
                {QStringLiteral("a2 read"), [&] { v2 = OverrideService::byId(*c2.db, c2.session, id.value())->rowVersion; }},
                {QStringLiteral("a1 approve"),
                 [&] { s1 = OverrideService::approve(*c1.db, c1.session, id.value(), QStringLiteral("ok"), v1); }},
                {QStringLiteral("a2 reject"),
                 [&] { s2 = OverrideService::reject(*c2.db, c2.session, id.value(), QStringLiteral("no"), v2); }},
            };
            for (const QString& step : order)
                steps.value(step)();
            const QString label = order.join(QStringLiteral(", "));
            QVERIFY2(s1.ok() != s2.ok(), qPrintable(label + QStringLiteral(": exactly one decision must stand")));
            const Status& loser = s1.ok() ? s2 : s1;
            QVERIFY2(loser.error().code == ErrorCode::Conflict, qPrintable(label + QStringLiteral(": ") + loser.error().message));
            QVERIFY2(loser.error().message.contains(QString::number(id.value())), qPrintable(loser.error().message));
            const QString c = f.consistent(id.value());
            QVERIFY2(c.isEmpty(), qPrintable(label + QStringLiteral(": ") + c));
        }
    }

    // Two clerks request an override of the same person at the same moment. Only one override per person may
    // be open, so exactly one request stands and the other is refused naming it. The schedule: a third
    // connection holds the audit log's append lock (PostgreSQL) so that both requests are inside their
    // transactions at once, past their check for an open override, before either can commit.
    void twoRequestsAtOnce()
    {
        Fixture f;
        const db::DatabaseUrl url = f.t.url();
        std::optional<db::Database> holder = f.t.another(QStringLiteral("holder"));
        QVERIFY(holder);
        std::optional<db::Transaction> held;
        if (!holder->isSqlite()) {
            held.emplace(*holder);
            QVERIFY(holder->execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)")));
        }
        Result<qint64> results[2] = {makeError(ErrorCode::Cancelled, QString()), makeError(ErrorCode::Cancelled, QString())};
        const auth::Session sessions[2] = {f.clerk, f.clerk2};
        QList<QThread*> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                auto d = db::Database::open(url, QStringLiteral("clerk%1").arg(i), db::Database::OpenMode::NoMigrate);
                if (d)
                    results[i] = OverrideService::request(d.value(), sessions[i], f.toGreen(QStringLiteral("request %1").arg(i)));
            });
            threads.last()->start();
        }
        if (held) {
            // Both requests are waiting on a lock (the order they wait in does not matter).
            for (int tries = 0; tries < 1000; ++tries) {
                if (test::scalar(*holder, QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) >= 2)
                    break;
                QThread::msleep(10);
            }
            QVERIFY(held->commit());
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(results[0].ok() != results[1].ok(),
                 qPrintable(QStringLiteral("exactly one request must stand: %1 / %2")
                                .arg(results[0] ? QStringLiteral("ok") : results[0].error().message,
                                     results[1] ? QStringLiteral("ok") : results[1].error().message)));
        const auto& loser = results[0].ok() ? results[1] : results[0];
        QVERIFY2(loser.error().code == ErrorCode::Conflict, qPrintable(loser.error().message));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM overrides WHERE person_id = ?"), {f.person}), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override.request'")), 1);
    }

    // The approver approves while the requester revokes the request, in every order of reads and writes.
    void approveVsRevoke()
    {
        QList<QList<QString>> orders;
        interleavings({QStringLiteral("approver read"), QStringLiteral("approver approve")},
                      {QStringLiteral("clerk read"), QStringLiteral("clerk revoke")}, {}, orders);
        for (const auto& order : std::as_const(orders)) {
            Fixture f;
            auto id = OverrideService::request(f.t.db(), f.clerk, f.toGreen());
            QVERIFY(id);
            Connection a = f.connect(QStringLiteral("approver"), f.approver);
            Connection c = f.connect(QStringLiteral("clerk"), f.clerk);
            int va = 0, vc = 0;
            Status sa, sc;
            QHash<QString, std::function<void()>> steps{
                {QStringLiteral("approver read"), [&] { va = OverrideService::byId(*a.db, a.session, id.value())->rowVersion; }},
                {QStringLiteral("clerk read"), [&] { vc = OverrideService::byId(*c.db, c.session, id.value())->rowVersion; }},
                {QStringLiteral("approver approve"),
                 [&] { sa = OverrideService::approve(*a.db, a.session, id.value(), QStringLiteral("ok"), va); }},
                {QStringLiteral("clerk revoke"),
                 [&] { sc = OverrideService::revoke(*c.db, c.session, id.value(), QStringLiteral("wrong person"), vc); }},
            };
            for (const QString& step : order)
                steps.value(step)();
            const QString label = order.join(QStringLiteral(", "));
            QVERIFY2(sa.ok() || sa.error().code == ErrorCode::Conflict, qPrintable(label + QStringLiteral(": ") + sa.error().message));
            // The revoke loses with a conflict when the approval moved the row on after it was read; one that
            // comes before any approval is the lifecycle's call (the core lets a requester withdraw a request,
            // the PostgreSQL server's check refuses it): either way the state below must be consistent.
            if (!sc.ok())
                QVERIFY2(!sc.error().message.isEmpty(), qPrintable(label));
            QVERIFY2(sa.ok() || sc.ok(), qPrintable(label + QStringLiteral(": one of them must succeed")));
            const QString cons = f.consistent(id.value());
            QVERIFY2(cons.isEmpty(), qPrintable(label + QStringLiteral(": ") + cons));
            // A revoke that came last ends the override and brings back the rule colour.
            if (sc.ok())
                QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Red);
            else
                QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Green);
        }
    }

    // A re-evaluation on its own connection (a scheduled job) has loaded the facts and the rules in force
    // when an official publishes a version that no longer makes a positive test red, and re-evaluates.
    // The slow job must not commit the old rules' colours last.
    void publishVsReevaluate()
    {
        Fixture f;
        const QDateTime fixed = QDateTime::fromSecsSinceEpoch(f.now, Qt::UTC);
        Clock::setSource([fixed] { return fixed; });
        auto editor = f.t.addUser(f.admin, QStringLiteral("editor"), auth::Role::RuleEditor);
        QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Red);
        QString text = rules::DefaultRules::text();
        const qsizetype r2 = text.indexOf(QStringLiteral("Rule R2"));
        QVERIFY(r2 > 0);
        text = text.mid(r2); // without R1 (a positive test)
        auto draft = services::RuleService::createDraft(f.t.db(), editor, text, QStringLiteral("no R1"), 1);
        QVERIFY2(draft, qPrintable(draft.error().message));
        auto rowVersion = [&](int v) { return services::RuleService::byVersion(f.t.db(), v)->rowVersion; };
        QVERIFY(services::RuleService::propose(f.t.db(), editor, draft.value(), rowVersion(draft.value())));
        QVERIFY(services::RuleService::approve(f.t.db(), f.approver, draft.value(), QStringLiteral("ok"),
                                               rowVersion(draft.value())));

        // The job runs in its own thread with its own connection and stops once it has evaluated.
        QSemaphore evaluated, resume;
        Result<services::ReevaluationReport> jobResult = makeError(ErrorCode::Cancelled, QString());
        const db::DatabaseUrl url = f.t.url();
        QThread* job = QThread::create([&] {
            auto d = db::Database::open(url, QStringLiteral("job"), db::Database::OpenMode::NoMigrate);
            if (!d) {
                evaluated.release();
                return;
            }
            bool paused = false;
            jobResult = StatusService::reevaluate(
                d.value(), QStringLiteral("scheduler"), Clock::nowSecs(),
                [&](const QString& phase, qint64, qint64) {
                    if (!paused && phase.startsWith(QLatin1String("Writing"))) {
                        // Reached only inside the write transaction: too late for this schedule.
                        return true;
                    }
                    if (!paused && phase.startsWith(QLatin1String("Evaluating"))) {
                        paused = true;
                        evaluated.release();
                        resume.acquire();
                    }
                    return true;
                });
        });
        job->start();
        evaluated.acquire();
        // Meanwhile: publish, urgent, in force now, and re-evaluate under it.
        QVERIFY(services::RuleService::publish(f.t.db(), editor,
                                               draft.value(), services::RuleService::kEffectiveNow, QStringLiteral("outbreak over"),
                                               rowVersion(draft.value())));
        auto mine = StatusService::reevaluate(f.t.db(), f.admin, Clock::nowSecs());
        QVERIFY2(mine, qPrintable(mine.error().message));
        QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Green);
        resume.release();
        job->wait();
        delete job;
        QVERIFY2(jobResult, qPrintable(jobResult.error().message));
        QCOMPARE(jobResult.value().ruleVersion, draft.value());
        // The job ran again under the new rules: the person stays green, the statuses name the new version.
        QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Green);
        const qint64 v2id = services::RuleService::byVersion(f.t.db(), draft.value())->id;
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM statuses WHERE rule_version_id <> ?"), {v2id}), 0);
    }

    // The database aborts the approval for another connection's sake; the approval runs again and stands.
    // PostgreSQL: a real deadlock. The other transaction holds the audit log's append lock and then updates
    // the person's status, which the approval has just written and is holding while it waits for the append
    // lock: the server aborts the approval (40P01, it waits with the shorter deadlock_timeout), the other
    // commits, the approval's retry goes through. SQLite: the other connection holds the write lock past the
    // approval's busy timeout until the approval has failed once.
    void deadlockAndBusyAreRetried()
    {
        Fixture f;
        auto id = OverrideService::request(f.t.db(), f.clerk, f.toGreen());
        QVERIFY(id);
        Connection a = f.connect(QStringLiteral("approver"), f.approver);
        const bool sqlite = a.db->isSqlite();
        if (sqlite)
            QVERIFY(a.db->execute(QStringLiteral("PRAGMA busy_timeout = 100")));
        const int retriesBefore = db::retriesSoFar();
        const db::DatabaseUrl url = f.t.url();
        const qint64 person = f.person;
        QSemaphore holding;
        QString otherError;
        QThread* other = QThread::create([&] {
            auto d = db::Database::open(url, QStringLiteral("other"), db::Database::OpenMode::NoMigrate);
            if (!d) {
                otherError = d.error().message;
                holding.release();
                return;
            }
            db::Transaction tx(d.value());
            if (!sqlite) {
                (void)d.value().execute(QStringLiteral("SET LOCAL deadlock_timeout = '30s'"));
                (void)d.value().execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)"));
            }
            holding.release();
            if (sqlite) {
                while (db::retriesSoFar() == retriesBefore)
                    QThread::msleep(5);
            } else {
                // Once the approval waits for the append lock, touch the row it holds.
                while (test::scalar(d.value(), QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = "
                                                              "'advisory' AND NOT granted")) < 1)
                    QThread::msleep(5);
                auto up = db::run(d.value(), QStringLiteral("UPDATE statuses SET row_version = row_version + 1 "
                                                            "WHERE person_id = ?"),
                                  {person});
                if (!up)
                    otherError = up.error().message;
            }
            const Status c = tx.commit();
            if (!c)
                otherError = c.error().message;
        });
        other->start();
        holding.acquire();
        const int version = OverrideService::byId(*a.db, a.session, id.value())->rowVersion;
        const Status approved = OverrideService::approve(*a.db, a.session, id.value(), QStringLiteral("ok"), version);
        other->wait();
        delete other;
        QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
        QVERIFY2(approved, qPrintable(approved.error().message));
        QVERIFY2(db::retriesSoFar() > retriesBefore, "the approval was never aborted: the schedule did not happen");
        const QString c = f.consistent(id.value());
        QVERIFY2(c.isEmpty(), qPrintable(c));
        QCOMPARE(StatusService::status(f.t.db(), f.admin, f.person)->colour, Colour::Green);
    }
    // An import of scans committing batches while the heatmap reads and the retention purge deletes. The
    // import (75 scans within retention, batches of 25) is paused at every COMMIT of its own, inside the
    // transaction just before it and just after it. At every pause a heatmap frame of the scans' window must
    // show exactly what the committed batches hold (never part of the batch being written, which the other
    // connection cannot see yet), and the hourly rollups must equal the raw scans of the window. In schedule p
    // the purge of the scans past retention (30 scans of 40 days ago) starts at pause p: between two
    // transactions it runs to its end while the import waits; inside a batch it must wait for that batch
    // (PostgreSQL: seen waiting on the rollup lock; SQLite: it waits for the write lock, or begins only after
    // the COMMIT - the same serial order). Every schedule ends with all imported scans stored, every scan past
    // retention deleted and audited, the rollups equal to the scans and the audit chain intact.
    void importVsHeatmap()
    {
        constexpr qint64 kRows = 75;
        constexpr qint64 kBatch = 25;
        constexpr qint64 kOld = 30;
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        using imports::ImportKind;
        const auto dataFile = [](const char* name) -> QString {
            return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/") + QString::fromLatin1(name);
        };
        for (const auto& [kind, name] :
             {std::pair{ImportKind::Jurisdictions, "city.geojson"}, {ImportKind::Venues, "venues.csv"}}) {
            auto r = imports::ImportService::importFile(t.db(), admin, kind, dataFile(name));
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY2(r.value().completed(), qPrintable(r.value().error.message));
        }
        admin = auth::Authenticator::sessionFor(t.db(), admin.userId).value();
        const qint64 city = test::scalar(t.db(), QStringLiteral("SELECT id FROM jurisdictions WHERE code = '990100'"));
        const qint64 east = test::scalar(t.db(), QStringLiteral("SELECT id FROM jurisdictions WHERE code = '990101'"));
        for (int i = 0; i < 40; ++i) {
            const QString p = QStringLiteral("H%1").arg(i, 3, 10, QLatin1Char('0'));
            test::insertRow(t.db(),
                            QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                           "district_id) VALUES (?, ?, ?, 'F', '1990-01-01', ?)"),
                            {QString(QStringLiteral("X") + p), p, p, east});
        }
        // rows scans a minute apart from `from`, each by another of 40 people (a batch of 25 is 25 people,
        // more than the suppression threshold, so the frame shows its figure).
        QTemporaryDir dir;
        auto scans = [&dir](const QString& name, const QString& prefix, qint64 from, qint64 rows) {
            QByteArray csv = "event_id,time,venue,lat,lon,pseudonym,colour\n";
            for (qint64 i = 0; i < rows; ++i)
                csv += QStringLiteral("%1%2,%3,V001,,,H%4,green\n")
                           .arg(prefix)
                           .arg(i)
                           .arg(QDateTime::fromSecsSinceEpoch(from + i * 60, Qt::UTC).toString(Qt::ISODate))
                           .arg(i % 40, 3, 10, QLatin1Char('0'))
                           .toUtf8();
            const QString path = dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        const qint64 now = Clock::nowSecs();
        // Scans older than the retention window are refused: the old ones went in when they were new.
        Clock::setSource([] { return QDateTime::currentDateTimeUtc().addDays(-38); });
        auto old = imports::ImportService::importFile(
            t.db(), admin, ImportKind::Scans, scans(QStringLiteral("old.csv"), QStringLiteral("OLD"), now - 40 * kDay, kOld));
        Clock::setSource(nullptr);
        QVERIFY2(old && old.value().imported == kOld, old ? "old scans rejected" : qPrintable(old.error().message));
        const qint64 from = now - 2 * kDay;
        const QString file = scans(QStringLiteral("new.csv"), QStringLiteral("NEW"), from, kRows);
        QVERIFY2(t.saveSnapshot(QStringLiteral("before")), qPrintable(t.error()));

        heatmap::HeatmapQuery window;
        window.jurisdictionId = city;
        window.from = QDateTime::fromSecsSinceEpoch(from - 3600, Qt::UTC);
        window.to = QDateTime::fromSecsSinceEpoch(from + kDay, Qt::UTC);
        // What a reader sees: the committed scans of the window, which the frame and the rollups must equal
        // and which must be whole batches. Returns the scans seen, with *problem set when they disagree.
        auto look = [&](const db::Database& r, QString* problem) -> qint64 {
            auto frame = heatmap::Heatmap::frame(r, admin, window);
            if (!frame) {
                *problem = frame.error().message;
                return -1;
            }
            const heatmap::Figure& shown = frame.value().total.figure;
            const QVariantList range{frame.value().fromSecs, frame.value().toSecs};
            const qint64 raw = test::scalar(
                r, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at >= ? AND scanned_at < ?"), range);
            const qint64 rolled = test::scalar(r,
                                               QStringLiteral("SELECT COALESCE(SUM(scans), 0) FROM scan_rollup_districts "
                                                              "WHERE span = 3600 AND bucket >= ? AND bucket < ?"),
                                               range);
            if (rolled != raw)
                *problem = QStringLiteral("the hourly rollups count %1 scans, the raw scans are %2").arg(rolled).arg(raw);
            else if (shown.suppressed ? raw >= kBatch : shown.scans != raw)
                *problem = QStringLiteral("the frame shows %1 scans%2 while %3 are committed")
                               .arg(shown.scans)
                               .arg(shown.suppressed ? QStringLiteral(" (suppressed)") : QString())
                               .arg(raw);
            else if (raw % kBatch != 0)
                *problem = QStringLiteral("%1 scans are visible: part of a batch").arg(raw);
            return raw;
        };

        int pauses = -1; // the first schedule (no purge) counts them
        for (int purgeAt = 0; pauses < 0 || purgeAt <= pauses; ++purgeAt) {
            if (purgeAt > 0)
                QVERIFY2(t.restoreSnapshot(QStringLiteral("before")), qPrintable(t.error()));
            const db::DatabaseUrl url = t.url();
            std::optional<db::Database> reader = t.another(QStringLiteral("reader"));
            QVERIFY(reader);
            QSemaphore paused, resume, purgeStarted;
            std::atomic<bool> importDone{false};
            const char* point = nullptr;
            Result<imports::ImportReport> imported = makeError(ErrorCode::Cancelled, QString());
            QThread* importer = QThread::create([&] {
                auto d = db::Database::open(url, QStringLiteral("importer"), db::Database::OpenMode::NoMigrate);
                if (d) {
                    killpoint::setThreadHook([&](const char* name) {
                        if (std::strcmp(name, "tx.commit.before") == 0 || std::strcmp(name, "tx.commit.after") == 0) {
                            point = name;
                            paused.release();
                            resume.acquire();
                        }
                    });
                    imports::ImportOptions options;
                    options.batchSize = kBatch;
                    imported = imports::ImportService::importFile(d.value(), admin, ImportKind::Scans, file, options);
                    killpoint::setThreadHook({});
                } else {
                    imported = d.error();
                }
                importDone = true;
                paused.release();
            });
            Result<heatmap::PurgeReport> purged = makeError(ErrorCode::Cancelled, QString());
            QThread* purger = nullptr;
            QStringList failures; // collected, not asserted, so that the threads always run to their end
            qint64 last = 0;
            int pause = 0;
            importer->start();
            for (;;) {
                paused.acquire();
                if (importDone)
                    break;
                ++pause;
                const bool inside = std::strcmp(point, "tx.commit.before") == 0;
                const QString label = QStringLiteral("purge at pause %1, pause %2 (%3)")
                                          .arg(purgeAt)
                                          .arg(pause)
                                          .arg(QString::fromLatin1(point));
                QString problem;
                const qint64 seen = look(*reader, &problem);
                if (!problem.isEmpty())
                    failures << label + QStringLiteral(": ") + problem;
                else if (inside ? seen != last : seen < last)
                    failures << label + QStringLiteral(": %1 scans seen after %2").arg(seen).arg(last);
                last = seen;
                if (pause == purgeAt) {
                    purger = QThread::create([&] {
                        auto d = db::Database::open(url, QStringLiteral("purger"), db::Database::OpenMode::NoMigrate);
                        if (!d) {
                            purged = d.error();
                            purgeStarted.release();
                            return;
                        }
                        bool first = true;
                        killpoint::setThreadHook([&](const char*) {
                            if (std::exchange(first, false))
                                purgeStarted.release();
                        });
                        purged = heatmap::Retention::purge(d.value(), admin);
                        killpoint::setThreadHook({});
                        if (first)
                            purgeStarted.release();
                    });
                    purger->start();
                    purgeStarted.acquire();
                    if (!inside) {
                        // No transaction of the import is open: the purge runs to its end meanwhile.
                        purger->wait();
                        const qint64 after = look(*reader, &problem);
                        if (!problem.isEmpty() || after != seen)
                            failures << label + QStringLiteral(": after the purge %1 scans (%2)").arg(after).arg(problem);
                    } else if (t.isPostgres()) {
                        // The purge waits for the batch's rollup lock.
                        while (!purger->isFinished() &&
                               test::scalar(*reader, QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE "
                                                                    "locktype = 'advisory' AND NOT granted")) < 1)
                            QThread::msleep(5);
                        if (purger->isFinished())
                            failures << label + QStringLiteral(": the purge did not wait for the batch");
                    }
                }
                resume.release();
            }
            importer->wait();
            delete importer;
            if (purger) {
                purger->wait();
                delete purger;
            }
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
            QVERIFY2(imported, qPrintable(imported.error().message));
            QVERIFY2(imported.value().completed(), qPrintable(imported.value().error.message));
            QCOMPARE(imported.value().imported, kRows);
            if (pauses < 0) {
                pauses = pause;
                QVERIFY2(pauses >= 2 * (kRows / kBatch), "the import committed fewer transactions than batches");
            }
            QString problem;
            QCOMPARE(look(*reader, &problem), kRows);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const db::Database& db = *reader;
            QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE event_uid LIKE 'NEW%'")), kRows);
            if (purgeAt > 0) {
                QVERIFY2(purged, qPrintable(purged.error().message));
                QCOMPARE(purged.value().deleted, kOld);
                QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), kRows);
                QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge'")), 1);
            } else {
                QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), kRows + kOld);
            }
            auto verified = audit::AuditLog::verify(db);
            QVERIFY2(verified && verified.value().ok, verified ? qPrintable(verified.value().reason) : "verify failed");
            reader.reset();
        }
        qInfo("import vs heatmap: %d pauses, %d schedules", pauses, pauses + 1);
    }
};

QTEST_GUILESS_MAIN(TestInterleavings)
#include "TestInterleavings.moc"
