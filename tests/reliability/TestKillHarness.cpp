// The kill harness (issue 9, crash safety): healthcode-ctl is killed with SIGKILL at many points while it
// imports scans and people, re-evaluates everyone's status, approves an override and prints cards, on
// SQLite and PostgreSQL. After every kill the database must be intact and nothing half-done visible; then
// the same command, run again, must finish the work as if nothing had happened.
//
// Kill points (app/core/util/KillPoint.h): the core reaches a named point at every statement, BEGIN, before
// and after every COMMIT and at the print run's file steps; HC_KILL_AT=N makes the process SIGKILL itself at
// the Nth. Why named points and not a timer: every point is hit on purpose, the commit boundaries (where
// "half-done" happens) are all covered instead of the few a random delay would land on, and a failure names
// a point that replays the same way. A probe run (HC_KILL_TRACE) lists a scenario's points; every
// transaction boundary is killed, and the statements between them are sampled evenly up to the budget.
//
// For each kill point: the database is put back to the scenario's starting snapshot, the command runs and
// dies at the point, then
//   - SQLite: PRAGMA integrity_check says ok;
//   - the audit chain verifies (the same check as healthcode-ctl audit verify, which also runs once per
//     scenario at the end);
//   - the scenario's own invariant holds (an import's rows match its committed batches and their audit
//     records; a re-evaluation is wholly there with its audit record or not at all; an override is active
//     exactly when its approval, its audit record and the person's status say so; a print batch's recorded
//     cards match its count, its start and finish records and, once finished, its PDF);
//   - the command run again (an import after its stale-run window has passed) completes, and the result
//     is the same as an uninterrupted run's.
// HC_KILL_BUDGET (default 50 on SQLite, 30 there under sanitizers, 12 on PostgreSQL) caps the points per
// scenario; the totals are printed at the end ("KILL HARNESS (backend): N kill points, F failures").

#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Role.h"
#include "codes/KeyService.h"
#include "db/Sql.h"
#include "services/OverrideService.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hc;

namespace {
const QString kPassphrase = QStringLiteral("kill harness signing key passphrase");

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QString out;
    QString err;
};

struct Totals
{
    int chosen = 0;
    int points = 0;
    int failures = 0;
    QStringList failed;
};

qint64 count(const db::Database& db, const QString& sql, const QVariantList& values = {})
{
    return test::scalar(db, sql, values);
}

// Everything the check of one scenario needs to say what went wrong at which point.
struct Scenario
{
    QString name;
    QStringList args;
    QString user = QStringLiteral("admin");
    // What must hold after a kill; an empty string when it does.
    std::function<QString(const db::Database&)> invariant;
    // Run between the kill and the completing run (an import's stale window passing).
    std::function<void(const db::Database&)> beforeCompletion;
    // The arguments of the completing run; none: there is nothing left to do (the kill came after the commit).
    std::function<QStringList(const db::Database&)> againArgs;
    // What must hold after the completing run; an empty string when it does.
    std::function<QString(const db::Database&)> completed;
};
} // namespace

class TestKillHarness final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QTemporaryDir m_dir;
    Totals m_totals;
    int m_budget = 60;
    QStringList m_tracePoints;

    db::Database& db() { return m_t->db(); }

    QString password(const QString& user) const
    {
        return QString::fromLatin1(user == QLatin1String("admin") ? test::TestDatabase::kAdminPassword
                                                                  : test::TestDatabase::kUserPassword);
    }

    Run ctl(const QString& user, const QStringList& args, const QStringList& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HEALTHCODE_PASSWORD"), password(user));
        e.insert(QStringLiteral("HEALTHCODE_KEY_PASSPHRASE"), kPassphrase);
        e.remove(QStringLiteral("HEALTHCODE_DB"));
        for (const QString& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("HC_CTL"),
                QStringList{QStringLiteral("--db"), m_t->urlString(), QStringLiteral("--user"), user} + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.killed = p.exitStatus() == QProcess::CrashExit && r.err.contains(QLatin1String("killed at point"));
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    // The database as a whole: SQLite's own check and the audit chain.
    QString intact()
    {
        if (!m_t->isPostgres()) {
            auto q = db::run(db(), QStringLiteral("PRAGMA integrity_check"));
            if (!q || !q.value().next())
                return QStringLiteral("integrity_check did not run");
            const QString verdict = q.value().value(0).toString();
            if (verdict != QLatin1String("ok"))
                return QStringLiteral("integrity_check: ") + verdict;
        }
        auto v = audit::AuditLog::verify(db());
        if (!v)
            return QStringLiteral("audit verify failed to run: ") + v.error().message;
        if (!v.value().ok)
            return QStringLiteral("audit chain broken at %1: %2").arg(v.value().firstBadSeq).arg(v.value().reason);
        return {};
    }

    // The points to kill at: every transaction boundary and print step, and the other statements sampled
    // evenly, at most m_budget in all.
    QList<int> choosePoints(const QStringList& trace) const
    {
        QList<int> boundaries;
        QList<int> others;
        for (int i = 0; i < trace.size(); ++i)
            (trace.at(i).startsWith(QLatin1String("tx.")) || trace.at(i).startsWith(QLatin1String("print."))
                 ? boundaries
                 : others)
                << i + 1;
        QList<int> chosen;
        if (boundaries.size() >= m_budget) {
            const double step = double(boundaries.size()) / m_budget;
            for (int k = 0; k < m_budget; ++k)
                chosen << boundaries.at(int(k * step));
        } else {
            chosen = boundaries;
            const int room = m_budget - int(boundaries.size());
            if (others.size() <= room) {
                chosen += others;
            } else if (room > 0) {
                const double step = double(others.size()) / room;
                for (int k = 0; k < room; ++k)
                    chosen << others.at(int(k * step));
            }
        }
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }

    void fail(const Scenario& s, int point, const QString& where, const QString& why)
    {
        m_totals.failures++;
        const QString name = point <= m_tracePoints.size() ? m_tracePoints.at(point - 1) : QStringLiteral("?");
        const QString line = QStringLiteral("%1: kill point %2 (%3), %4: %5").arg(s.name).arg(point).arg(name, where, why);
        m_totals.failed << line;
        qWarning("%s", qPrintable(line));
    }

    // Probe, then kill at each chosen point from the same snapshot, check, run again and check.
    void runScenario(const Scenario& s)
    {
        QVERIFY2(m_t->saveSnapshot(s.name), qPrintable(m_t->error()));
        const QString tracePath = m_dir.filePath(s.name + QStringLiteral(".trace"));
        QFile::remove(tracePath);
        const Run probe = ctl(s.user, s.args, {QStringLiteral("HC_KILL_TRACE=") + tracePath});
        QVERIFY2(probe.exitCode == 0, qPrintable(s.name + QStringLiteral(" probe: ") + probe.err));
        QFile trace(tracePath);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        m_tracePoints = QString::fromLatin1(trace.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(m_tracePoints.size() > 5, qPrintable(s.name));
        QVERIFY2(m_t->isReady(), "no connection after the probe");
        if (const QString c = s.completed(db()); !c.isEmpty())
            QFAIL(qPrintable(s.name + QStringLiteral(" uninterrupted run: ") + c));

        const QList<int> points = choosePoints(m_tracePoints);
        m_totals.chosen += int(points.size());
        int ran = 0;
        for (int point : points) {
            QVERIFY2(m_t->restoreSnapshot(s.name), qPrintable(m_t->error()));
            const Run r = ctl(s.user, s.args, {QStringLiteral("HC_KILL_AT=%1").arg(point)});
            if (!r.killed) {
                fail(s, point, QStringLiteral("run"),
                     QStringLiteral("not killed (exit %1): %2").arg(r.exitCode).arg(r.err.trimmed()));
                continue;
            }
            ++ran;
            // A fresh connection, as the next program to open the database would have.
            QVERIFY2(m_t->open(db::Database::OpenMode::NoMigrate), qPrintable(m_t->error()));
            if (const QString bad = intact(); !bad.isEmpty()) {
                fail(s, point, QStringLiteral("after the kill"), bad);
                continue;
            }
            if (const QString bad = s.invariant(db()); !bad.isEmpty()) {
                fail(s, point, QStringLiteral("after the kill"), bad);
                continue;
            }
            if (s.beforeCompletion)
                s.beforeCompletion(db());
            const QStringList againArgs = s.againArgs ? s.againArgs(db()) : s.args;
            if (!againArgs.isEmpty()) {
                const Run again = ctl(s.user, againArgs);
                if (again.exitCode != 0) {
                    fail(s, point, QStringLiteral("run again"), again.err.trimmed());
                    continue;
                }
            }
            if (const QString bad = intact(); !bad.isEmpty()) {
                fail(s, point, QStringLiteral("after running again"), bad);
                continue;
            }
            if (const QString bad = s.completed(db()); !bad.isEmpty())
                fail(s, point, QStringLiteral("after running again"), bad);
        }
        m_totals.points += ran;
        const Run verify = ctl(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(s.name + QStringLiteral(": healthcode-ctl audit verify: ") +
                                                  verify.out + verify.err));
        qInfo("%s: %lld points in the run, %d killed at, %d failures so far", qPrintable(s.name),
              static_cast<long long>(m_tracePoints.size()), ran, m_totals.failures);
        QVERIFY2(m_t->restoreSnapshot(s.name), qPrintable(m_t->error()));
    }

    QString districtCode()
    {
        auto q = db::run(db(), QStringLiteral("SELECT code FROM jurisdictions WHERE level = 'district' ORDER BY id"));
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }

    QString writeFile(const QString& name, const QStringList& lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        return path;
    }

    // An import's committed work: its rows are exactly those of its committed batches and their audit records.
    QString importConsistent(const db::Database& d, const QString& table, qint64 before)
    {
        const qint64 rows = count(d, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) - before;
        const qint64 recorded = count(d, QStringLiteral("SELECT COALESCE(SUM(rows_imported), 0) FROM import_runs "
                                                        "WHERE kind = ?"),
                                      {table == QLatin1String("scan_events") ? QStringLiteral("scans")
                                                                             : QStringLiteral("people")});
        if (rows != recorded)
            return QStringLiteral("%1 rows in %2 but the import runs record %3").arg(rows).arg(table).arg(recorded);
        auto q = db::run(d, QStringLiteral("SELECT id, rows_imported, batches, state FROM import_runs"));
        if (!q)
            return q.error().message;
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
            const qint64 batches = count(d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target = ? AND "
                                                           "action IN ('import.batch', 'import.finish')"),
                                         {QStringLiteral("import:%1").arg(id)});
            if (batches != q.value().value(2).toLongLong())
                return QStringLiteral("import run %1 records %2 batches, the audit log %3")
                    .arg(id)
                    .arg(q.value().value(2).toLongLong())
                    .arg(batches);
            const QString state = q.value().value(3).toString();
            const qint64 finished = count(d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target = ? AND "
                                                            "action = 'import.finish'"),
                                          {QStringLiteral("import:%1").arg(id)});
            if ((state == QLatin1String("completed")) != (finished == 1))
                return QStringLiteral("import run %1 is %2 with %3 finish records").arg(id).arg(state).arg(finished);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HC_CTL"), "HC_CTL must name the healthcode-ctl executable");
        // PostgreSQL puts a database back from its template in about a second, SQLite copies a file: the
        // default budgets keep each backend's run near two to three minutes on a loaded 2-core machine.
        const bool postgres = test::TestDatabase::backendName() == QLatin1String("postgresql");
        // Under ASan/UBSan (HC_SANITIZED, the README's test command) each run of healthcode-ctl costs about
        // twice as much: SQLite's default budget is then 30, PostgreSQL's stays 12.
        const bool sanitized = qEnvironmentVariableIntValue("HC_SANITIZED") > 0;
        m_budget = qEnvironmentVariableIntValue("HC_KILL_BUDGET") > 0 ? qEnvironmentVariableIntValue("HC_KILL_BUDGET")
                   : postgres                                         ? 12
                   : sanitized                                        ? 30
                                                                      : 50;
        qInfo("backend: %s, budget %d points per scenario", qPrintable(test::TestDatabase::backendName()), m_budget);
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isReady(), qPrintable(m_t->error()));
        const auth::Session admin = m_t->initAdmin();
        m_t->addUser(admin, QStringLiteral("approver"), auth::Role::Approver);
        m_t->addUser(admin, QStringLiteral("clerk"), auth::Role::Operator);
        auto key = codes::KeyService::generate(db(), admin, QStringLiteral("cards"), admin.jurisdictionId, kPassphrase);
        QVERIFY2(key, qPrintable(key.error().message));
        // The demo city is written by the program itself; the connection is closed meanwhile (PostgreSQL
        // snapshots need the database to themselves later anyway).
        m_t->close();
        const Run demo = ctl(QStringLiteral("admin"), {QStringLiteral("demo-data"), QStringLiteral("--people"),
                                                       QStringLiteral("300"), QStringLiteral("--days"),
                                                       QStringLiteral("2"), QStringLiteral("--scans-per-day"),
                                                       QStringLiteral("500"), QStringLiteral("--seed"),
                                                       QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(m_t->open(db::Database::OpenMode::NoMigrate));
    }

    void importScans()
    {
        QStringList venues;
        auto v = db::run(db(), QStringLiteral("SELECT code FROM venues ORDER BY id LIMIT 20"));
        QVERIFY(v);
        while (v.value().next())
            venues << v.value().value(0).toString();
        QStringList people;
        auto p = db::run(db(), QStringLiteral("SELECT pseudonym FROM people ORDER BY id LIMIT 50"));
        QVERIFY(p);
        while (p.value().next())
            people << p.value().value(0).toString();
        QVERIFY(!venues.isEmpty() && !people.isEmpty());
        QStringList lines{QStringLiteral("event_id,time,venue,lat,lon,pseudonym,colour")};
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        constexpr int kRows = 120;
        for (int i = 0; i < kRows; ++i) {
            // Every 15th row is rejected (an unknown venue): rejects are committed with their batch too.
            const QString venue = i % 15 == 14 ? QStringLiteral("NO-SUCH-VENUE") : venues.at(i % venues.size());
            lines << QStringLiteral("KH%1,%2,%3,,,%4,green")
                         .arg(i, 4, 10, QLatin1Char('0'))
                         .arg(start.addSecs(i * 60).toString(Qt::ISODate), venue, people.at(i % people.size()));
        }
        const QString file = writeFile(QStringLiteral("scans.csv"), lines);
        const qint64 expected = kRows - kRows / 15;
        const qint64 before = count(db(), QStringLiteral("SELECT COUNT(*) FROM scan_events"));
        Scenario s;
        s.name = QStringLiteral("import_scans");
        s.args = {QStringLiteral("import"), QStringLiteral("scans"), file, QStringLiteral("--batch-size"),
                  QStringLiteral("15")};
        const QString rollupSql =
            QStringLiteral("SELECT COALESCE(SUM(scans), 0) FROM scan_rollup_districts WHERE span = 3600");
        const qint64 rollupBefore = count(db(), rollupSql);
        // The heatmap rollups move in the same transaction as the scans they count.
        auto consistent = [this, before, rollupBefore, rollupSql](const db::Database& d) -> QString {
            if (const QString c = importConsistent(d, QStringLiteral("scan_events"), before); !c.isEmpty())
                return c;
            const qint64 scans = count(d, QStringLiteral("SELECT COUNT(*) FROM scan_events")) - before;
            const qint64 rolled = count(d, rollupSql) - rollupBefore;
            if (scans != rolled)
                return QStringLiteral("%1 scans imported but the hourly rollups grew by %2").arg(scans).arg(rolled);
            return {};
        };
        s.invariant = consistent;
        s.beforeCompletion = [](const db::Database& d) {
            // Ten minutes pass: the killed run's heartbeat is stale, so the next run resumes it.
            (void)db::run(d, QStringLiteral("UPDATE import_runs SET heartbeat_at = heartbeat_at - 601 "
                                            "WHERE state = 'running'"));
        };
        s.completed = [before, consistent](const db::Database& d) -> QString {
            if (const QString c = consistent(d); !c.isEmpty())
                return c;
            const qint64 rows = count(d, QStringLiteral("SELECT COUNT(*) FROM scan_events")) - before;
            if (rows != expected)
                return QStringLiteral("%1 scans imported, expected %2").arg(rows).arg(expected);
            const qint64 distinct = count(d, QStringLiteral("SELECT COUNT(DISTINCT event_uid) FROM scan_events WHERE "
                                                            "event_uid LIKE 'KH%'"));
            if (distinct != expected)
                return QStringLiteral("%1 distinct imported events, expected %2").arg(distinct).arg(expected);
            const qint64 done = count(d, QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE state = 'completed'"));
            if (done != 1)
                return QStringLiteral("%1 completed import runs, expected 1").arg(done);
            return {};
        };
        runScenario(s);
    }

    void importPeople()
    {
        const QString district = districtCode();
        QVERIFY(!district.isEmpty());
        QStringList lines{QStringLiteral("national_id,name,phone,district,pseudonym,has_smartphone")};
        constexpr int kRows = 60;
        for (int i = 0; i < kRows; ++i) {
            const QString first17 = QStringLiteral("330102198001%1%2")
                                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                        .arg(100 + i, 3, 10, QLatin1Char('0'));
            lines << QStringLiteral("%1%2,测试%3,139%4,%5,KHP%6,%7")
                         .arg(first17)
                         .arg(NationalId::checkCharacter(first17))
                         .arg(i)
                         .arg(i, 8, 10, QLatin1Char('0'))
                         .arg(district)
                         .arg(i, 4, 10, QLatin1Char('0'))
                         .arg(i % 2);
        }
        const QString file = writeFile(QStringLiteral("people.csv"), lines);
        const qint64 before = count(db(), QStringLiteral("SELECT COUNT(*) FROM people"));
        Scenario s;
        s.name = QStringLiteral("import_people");
        s.args = {QStringLiteral("import"), QStringLiteral("people"), file, QStringLiteral("--batch-size"),
                  QStringLiteral("10")};
        s.invariant = [this, before](const db::Database& d) {
            return importConsistent(d, QStringLiteral("people"), before);
        };
        s.beforeCompletion = [](const db::Database& d) {
            (void)db::run(d, QStringLiteral("UPDATE import_runs SET heartbeat_at = heartbeat_at - 601 "
                                            "WHERE state = 'running'"));
        };
        s.completed = [this, before](const db::Database& d) -> QString {
            if (const QString c = importConsistent(d, QStringLiteral("people"), before); !c.isEmpty())
                return c;
            const qint64 rows = count(d, QStringLiteral("SELECT COUNT(*) FROM people")) - before;
            if (rows != kRows)
                return QStringLiteral("%1 people imported, expected %2").arg(rows).arg(kRows);
            return {};
        };
        runScenario(s);
    }

    void reevaluate()
    {
        // Positive tests the statuses do not show yet: the re-evaluation has people to change.
        QStringList lines{QStringLiteral("national_id,kind,result,sampled_at,reported_at,lab")};
        auto q = db::run(db(), QStringLiteral("SELECT national_id FROM people ORDER BY id LIMIT 25"));
        QVERIFY(q);
        const QString when = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toString(Qt::ISODate);
        while (q.value().next())
            lines << QStringLiteral("%1,pcr,positive,%2,%2,KH lab").arg(q.value().value(0).toString(), when);
        m_t->close();
        const Run tests = ctl(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("tests"),
                                                        writeFile(QStringLiteral("tests.csv"), lines)});
        QVERIFY2(tests.exitCode == 0, qPrintable(tests.out + tests.err));
        QVERIFY(m_t->open(db::Database::OpenMode::NoMigrate));

        auto fingerprint = [](const db::Database& d) -> QString {
            QString f;
            auto rows = db::run(d, QStringLiteral("SELECT person_id, colour, rule_name, rule_version_id FROM statuses "
                                                  "ORDER BY person_id"));
            if (!rows)
                return QString(QStringLiteral("error: ") + rows.error().message);
            while (rows.value().next())
                f += QStringLiteral("%1:%2:%3:%4;")
                         .arg(rows.value().value(0).toLongLong())
                         .arg(rows.value().value(1).toString(), rows.value().value(2).toString())
                         .arg(rows.value().value(3).toLongLong());
            f += QStringLiteral("|history %1").arg(count(d, QStringLiteral("SELECT COUNT(*) FROM status_history")));
            f += QStringLiteral("|daily %1").arg(
                count(d, QStringLiteral("SELECT COALESCE(SUM(red * 1000000 + yellow * 1000 + green), 0) "
                                        "FROM status_daily_counts")));
            return f;
        };
        const QString auditSql = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'statuses.reevaluate'");
        const QString before = fingerprint(db());
        const qint64 auditBefore = count(db(), auditSql);
        auto after = std::make_shared<QString>();
        Scenario s;
        s.name = QStringLiteral("reevaluate");
        s.user = QStringLiteral("admin");
        s.args = {QStringLiteral("rules"), QStringLiteral("reevaluate")};
        s.invariant = [=](const db::Database& d) -> QString {
            const QString now = fingerprint(d);
            const qint64 audited = count(d, auditSql) - auditBefore;
            if (now == before && audited == 0)
                return {};
            if (now == *after && audited == 1)
                return {};
            return QStringLiteral("statuses are %1 with %2 new audit records")
                .arg(now == before ? QStringLiteral("as before") : now == *after ? QStringLiteral("re-evaluated")
                                                                                  : QStringLiteral("half-written"))
                .arg(audited);
        };
        s.completed = [=](const db::Database& d) -> QString {
            const QString now = fingerprint(d);
            if (after->isEmpty()) {
                if (now == before)
                    return QStringLiteral("the re-evaluation changed nothing; the scenario would prove nothing");
                *after = now;
            }
            if (now != *after)
                return QStringLiteral("statuses differ from an uninterrupted re-evaluation's");
            if (count(d, auditSql) - auditBefore < 1)
                return QStringLiteral("no audit record of the re-evaluation");
            return {};
        };
        runScenario(s);
    }

    void approveOverride()
    {
        auto person = db::run(db(), QStringLiteral("SELECT p.id, COALESCE(s.colour, 'green'), p.national_id FROM people p "
                                                   "LEFT JOIN statuses s ON s.person_id = p.id ORDER BY p.id LIMIT 1"));
        QVERIFY(person && person.value().next());
        const qint64 personId = person.value().value(0).toLongLong();
        const bool green = person.value().value(1).toString() == QLatin1String("green");
        const QString nationalId = person.value().value(2).toString();
        person.value().finish(); // SQLite: an open statement would keep this connection's old snapshot
        // The clerk asks through the program, as an official would (and with the scope of today's districts).
        const Run asked = ctl(QStringLiteral("clerk"),
                              {QStringLiteral("override"), QStringLiteral("request"), nationalId,
                               QStringLiteral("--to"), green ? QStringLiteral("red") : QStringLiteral("green"),
                               QStringLiteral("--reason"), QStringLiteral("test_result_correction"),
                               QStringLiteral("--note"), QStringLiteral("kill harness"), QStringLiteral("--expires"),
                               QStringLiteral("3d")});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.out + asked.err));
        const qint64 overrideId = count(db(), QStringLiteral("SELECT MAX(id) FROM overrides"));
        QVERIFY(overrideId > 0);
        const QString target = green ? QStringLiteral("red") : QStringLiteral("green");
        auto state = [=](const db::Database& d) -> QString {
            auto q = db::run(d, QStringLiteral("SELECT state FROM overrides WHERE id = ?"), {overrideId});
            return q && q.value().next() ? q.value().value(0).toString() : QString();
        };
        Scenario s;
        s.name = QStringLiteral("override_approve");
        s.user = QStringLiteral("approver");
        s.args = {QStringLiteral("override"), QStringLiteral("approve"), QString::number(overrideId),
                  QStringLiteral("--note"), QStringLiteral("checked")};
        s.invariant = [=](const db::Database& d) -> QString {
            const QString st = state(d);
            const qint64 approvals =
                count(d, QStringLiteral("SELECT COUNT(*) FROM approvals WHERE subject_kind = 'override' AND "
                                        "subject_id = ?"),
                      {overrideId});
            const qint64 audited = count(
                d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'override.approve' AND target = ?"),
                {QStringLiteral("override:%1").arg(overrideId)});
            const qint64 applied =
                count(d, QStringLiteral("SELECT COUNT(*) FROM statuses WHERE person_id = ? AND override_id = ? AND "
                                        "colour = ?"),
                      {personId, overrideId, target});
            if (st == QLatin1String("requested") && approvals == 0 && audited == 0 && applied == 0)
                return {};
            if (st == QLatin1String("active") && approvals == 1 && audited == 1 && applied == 1)
                return {};
            return QStringLiteral("override %1 is %2 with %3 approvals, %4 audit records, status applied %5")
                .arg(overrideId)
                .arg(st)
                .arg(approvals)
                .arg(audited)
                .arg(applied);
        };
        s.againArgs = [=](const db::Database& d) {
            return state(d) == QLatin1String("requested") ? s.args : QStringList();
        };
        s.completed = [=](const db::Database& d) -> QString {
            if (state(d) != QLatin1String("active"))
                return QStringLiteral("override %1 is %2, not active").arg(overrideId).arg(state(d));
            return s.invariant(d);
        };
        m_t->close(); // PostgreSQL: the snapshot needs the database to itself
        QVERIFY(m_t->open(db::Database::OpenMode::NoMigrate));
        runScenario(s);
    }

    void print()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        constexpr int kCards = 60;
        Scenario s;
        s.name = QStringLiteral("print");
        s.args = {QStringLiteral("print"), QStringLiteral("--limit"), QString::number(kCards), QStringLiteral("--out"),
                  pdf};
        s.invariant = [](const db::Database& d) -> QString {
            auto q = db::run(d, QStringLiteral("SELECT id, state, printed_count FROM print_batches ORDER BY id"));
            if (!q)
                return q.error().message;
            while (q.value().next()) {
                const qint64 id = q.value().value(0).toLongLong();
                const QString st = q.value().value(1).toString();
                const qint64 printed = q.value().value(2).toLongLong();
                const QString target = QStringLiteral("print_batch:%1").arg(id);
                const qint64 cards = count(d, QStringLiteral("SELECT COUNT(*) FROM printed_cards WHERE batch_id = ?"), {id});
                if (cards != printed)
                    return QStringLiteral("batch %1 counts %2 cards but has %3").arg(id).arg(printed).arg(cards);
                if (count(d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print.batch_start' AND "
                                            "target = ?"),
                          {target})
                    != 1)
                    return QStringLiteral("batch %1 has no start record").arg(id);
                const qint64 finished = count(
                    d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print.batch_finish' AND target = ?"),
                    {target});
                if ((st != QLatin1String("running")) != (finished == 1))
                    return QStringLiteral("batch %1 is %2 with %3 finish records").arg(id).arg(st).arg(finished);
            }
            return {};
        };
        s.completed = [=](const db::Database& d) -> QString {
            if (const QString c = s.invariant(d); !c.isEmpty())
                return c;
            auto q = db::run(d, QStringLiteral("SELECT state, printed_count FROM print_batches ORDER BY id DESC"));
            if (!q || !q.value().next())
                return QStringLiteral("no print batch");
            if (q.value().value(0).toString() != QLatin1String("completed") || q.value().value(1).toInt() != kCards)
                return QStringLiteral("the last batch is %1 with %2 cards")
                    .arg(q.value().value(0).toString())
                    .arg(q.value().value(1).toInt());
            QFile f(pdf);
            if (!f.open(QIODevice::ReadOnly))
                return QStringLiteral("no PDF");
            const QByteArray bytes = f.readAll();
            if (!bytes.startsWith("%PDF") || !bytes.trimmed().endsWith("%%EOF"))
                return QStringLiteral("the PDF of a completed batch is not complete");
            return {};
        };
        runScenario(s);
    }

    void cleanupTestCase()
    {
        qInfo("KILL HARNESS (%s): %d kill points, %d failures", qPrintable(test::TestDatabase::backendName()),
              m_totals.points, m_totals.failures);
        for (const QString& f : std::as_const(m_totals.failed))
            qWarning("%s", qPrintable(f));
        QCOMPARE(m_totals.failures, 0);
        // Every point chosen was killed at (a run that was not killed is a failure, counted above).
        QCOMPARE(m_totals.points, m_totals.chosen);
        QVERIFY(m_totals.points >= 5 * std::min(m_budget, 30));
    }
};

QTEST_GUILESS_MAIN(TestKillHarness)
#include "TestKillHarness.moc"
