// Benchmark of the risk rules on synthetic data (hc::demo::DemoDataGenerator): loading the condensed facts,
// compiling, re-evaluating everyone, a rule-change impact preview, and the obvious approach (SQL queries per
// person per rule fact) on a sample, extrapolated, with the ratio. Prints figures; asserts nothing.
//
// BenchRules [--people N] [--days D] [--scans-per-day M] [--sample S] [--seed S] [--postgresql URL]
//            [--no-sqlite] [--keep SQLITE_FILE] [--keep-pg DATABASE]
// --keep / --keep-pg generate the SQLite file / the PostgreSQL database once and reuse it in later runs.
// PostgreSQL runs when a URL is given (or HC_TEST_PG_URL is set): a server where a database may be created,
// e.g. postgresql://hc_test:hc_test@127.0.0.1:5432/postgres.

#include "BenchSupport.h"

#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "demo/DemoDataGenerator.h"
#include "rules/CompiledRules.h"
#include "rules/DefaultRules.h"
#include "rules/Evaluator.h"
#include "rules/FactsLoader.h"
#include "rules/ImpactPreview.h"
#include "rules/RuleParser.h"
#include "services/StatusService.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <cstdio>
#include <ctime>

using namespace hc;
using namespace hc::rules;

namespace {

struct Options : bench::CityOptions
{
    Options() { days = 21; }
    int sample = 2000;
};

using bench::cpuSeconds;
using bench::peakRss;
using bench::seconds;

CompiledRules compile(const QString& text, int version)
{
    const RuleParser::Result p = RuleParser::parse(text);
    if (!p.ok())
        qFatal("rules do not parse: %s", qPrintable(p.diagnostics.first().toString()));
    auto c = CompiledRules::compile(p.ruleSet, version);
    if (!c)
        qFatal("rules do not compile: %s", qPrintable(c.error().message));
    return std::move(c).value();
}

// The proposed change previewed: venue exposures become red, medium-risk stays count for 7 days, not 14.
QString changedRules()
{
    QString text = DefaultRules::text();
    const QString venue = QStringLiteral("\"Scan at a high-risk venue\" / \"") +
                          QString::fromUtf8("高风险场所时空交集") + QStringLiteral("\": yellow when");
    const QString stay = QStringLiteral("yellow when a stay in a medium-risk area within 14 days.");
    if (!text.contains(venue) || !text.contains(stay))
        qFatal("the default rules changed; update BenchRules::changedRules()");
    text.replace(venue, QString(venue).replace(QStringLiteral(": yellow"), QStringLiteral(": red")));
    text.replace(stay, QStringLiteral("yellow when a stay in a medium-risk area within 7 days."));
    return text;
}

// The obvious approach: for each person, for each rule (most severe first), one SQL query per fact of the
// condition (and one more per event to look for the negative tests that clear it), combined in code.
class NaiveEvaluator
{
public:
    NaiveEvaluator(const db::Database& db, const CompiledRules& rules, qint64 now) : m_rules(rules), m_now(now)
    {
        auto prepare = [&](QSqlQuery& q, const char* sql) {
            q = QSqlQuery(db.connection());
            if (!q.prepare(QString::fromLatin1(sql)))
                qFatal("prepare failed: %s", sql);
        };
        prepare(m_person, "SELECT birth_date, has_smartphone, district_id FROM people WHERE id = ?");
        prepare(m_tests, "SELECT sampled_at, kind FROM test_results WHERE person_id = ? AND result = ? "
                         "AND sampled_at >= ? AND sampled_at <= ? ORDER BY sampled_at");
        prepare(m_negativesAfter,
                "SELECT sampled_at, kind FROM test_results WHERE person_id = ? AND result = 'negative' "
                "AND sampled_at > ? AND sampled_at <= ? ORDER BY sampled_at");
        prepare(m_contacts, "SELECT designated_at FROM close_contacts WHERE person_id = ? AND designated_at >= ? "
                            "AND designated_at <= ?");
        prepare(m_symptoms, "SELECT declared_at FROM symptom_declarations WHERE person_id = ? AND declared_at >= ? "
                            "AND declared_at <= ?");
        prepare(m_venueScans, "SELECT DISTINCT s.id, s.scanned_at FROM scan_events s JOIN risk_areas r "
                              "ON r.venue_id = s.venue_id AND s.scanned_at >= r.from_at "
                              "AND (r.to_at IS NULL OR s.scanned_at < r.to_at) "
                              "WHERE s.person_id = ? AND r.level = ? AND s.scanned_at >= ? AND s.scanned_at <= ?");
        prepare(m_areaScans, "SELECT DISTINCT s.id, s.scanned_at FROM scan_events s JOIN venues v ON v.id = s.venue_id "
                             "JOIN risk_areas r ON r.district_id = v.district_id AND s.scanned_at >= r.from_at "
                             "AND (r.to_at IS NULL OR s.scanned_at < r.to_at) "
                             "WHERE s.person_id = ? AND r.level = ? AND s.scanned_at >= ? AND s.scanned_at <= ?");
        prepare(m_home, "SELECT from_at, to_at FROM risk_areas WHERE district_id = ? AND level = ? AND from_at <= ? "
                        "AND (to_at IS NULL OR to_at >= ?)");
        const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date();
        m_today = today.year() * 10000 + today.month() * 100 + today.day();
        m_order = rules.order();
    }

    qint64 queries() const { return m_queries; }

    std::pair<Colour, int> evaluate(qint64 personId)
    {
        exec(m_person, {personId});
        if (!m_person.next())
            qFatal("no person %lld", personId);
        m_birth = FactStore::birthKeyFromText(m_person.value(0).toString());
        m_smartphone = m_person.value(1).toInt() != 0;
        m_district = m_person.value(2).toLongLong();
        m_id = personId;
        for (int r : m_order) {
            if (holds(m_rules.resolvedCondition(r)))
                return {m_rules.rule(r).colour, r};
        }
        return {Colour::Green, -1};
    }

private:
    const CompiledRules& m_rules;
    const qint64 m_now;
    qint32 m_today = 0;
    std::vector<int> m_order;
    QSqlQuery m_person, m_tests, m_negativesAfter, m_contacts, m_symptoms, m_venueScans, m_areaScans, m_home;
    qint64 m_queries = 0;
    qint64 m_id = 0;
    qint32 m_birth = 0;
    bool m_smartphone = true;
    qint64 m_district = 0;

    void exec(QSqlQuery& q, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qFatal("naive query failed");
        ++m_queries;
    }

    static bool testMatches(const QString& kind, TestKind wanted)
    {
        return wanted == TestKind::Any || (wanted == TestKind::Pcr) == (kind == QLatin1String("pcr"));
    }

    bool cleared(qint64 t, const Clearance& c)
    {
        if (!c.isSet())
            return false;
        exec(m_negativesAfter, {m_id, t, m_now});
        qint64 got = 0;
        qint64 last = 0;
        while (m_negativesAfter.next()) {
            if (!testMatches(m_negativesAfter.value(1).toString(), c.testKind))
                continue;
            const qint64 at = m_negativesAfter.value(0).toLongLong();
            if (got == 0 || at - last >= c.apart.seconds()) {
                ++got;
                last = at;
                if (got >= c.tests)
                    return true;
            }
        }
        return false;
    }

    bool fact(const Fact& f)
    {
        switch (f.kind) {
        case FactKind::AgeOver:
            return m_birth != 0 && m_birth + f.years * 10000 <= m_today;
        case FactKind::AgeUnder:
            return m_birth != 0 && m_birth + f.years * 10000 > m_today;
        case FactKind::NoSmartphone:
            return !m_smartphone;
        default:
            break;
        }
        const qint64 lo = m_now - f.window.seconds();
        std::vector<qint64> times;
        auto collect = [&](QSqlQuery& q, int timeColumn) {
            while (q.next())
                times.push_back(q.value(timeColumn).toLongLong());
        };
        const QString level = riskLevelKey(f.level);
        switch (f.kind) {
        case FactKind::PositiveTest:
        case FactKind::NegativeTest:
            exec(m_tests,
                 {m_id, f.kind == FactKind::PositiveTest ? QStringLiteral("positive") : QStringLiteral("negative"), lo,
                  m_now});
            while (m_tests.next()) {
                if (testMatches(m_tests.value(1).toString(), f.testKind))
                    times.push_back(m_tests.value(0).toLongLong());
            }
            break;
        case FactKind::CloseContact:
            exec(m_contacts, {m_id, lo, m_now});
            collect(m_contacts, 0);
            break;
        case FactKind::Symptom:
            exec(m_symptoms, {m_id, lo, m_now});
            collect(m_symptoms, 0);
            break;
        case FactKind::VenueScan:
            exec(m_venueScans, {m_id, level, lo, m_now});
            collect(m_venueScans, 1);
            break;
        case FactKind::AreaStay:
            exec(m_areaScans, {m_id, level, lo, m_now});
            collect(m_areaScans, 1);
            exec(m_home, {m_district, level, m_now, lo});
            while (m_home.next())
                times.push_back(m_home.value(1).isNull() ? m_now : std::min(m_home.value(1).toLongLong(), m_now));
            break;
        default:
            break;
        }
        qint64 valid = 0;
        for (qint64 t : times) {
            if (!cleared(t, f.unless) && ++valid >= f.count)
                return true;
        }
        return false;
    }

    bool holds(const Condition& c)
    {
        switch (c.op) {
        case Condition::Op::Fact:
            return fact(c.fact);
        case Condition::Op::Not:
            return !holds(c.children.front());
        case Condition::Op::And:
            for (const Condition& child : c.children) {
                if (!holds(child))
                    return false;
            }
            return true;
        case Condition::Op::Or:
            for (const Condition& child : c.children) {
                if (holds(child))
                    return true;
            }
            return false;
        }
        return false;
    }
};

// What publishing costs with the statuses written: StatusService::reevaluate loads, evaluates and writes
// every changed status with its explanation and history in one transaction. The first run writes everyone
// who is not green; the second, after the changed rule set is published, only those whose colour or reason
// changed.
void statusesFigures(const db::Database& db, qint64 now)
{
    auto reevaluate = [&](const char* label) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        auto r = services::StatusService::reevaluate(db, QStringLiteral("bench"), now);
        if (!r) {
            std::printf("re-evaluation failed: %s\n", qPrintable(r.error().message));
            return;
        }
        std::printf("%s %.2f s (%.2f s CPU; load %.2f, evaluate %.2f, write %.2f), %lld statuses written\n", label,
                    seconds(t), cpuSeconds() - cpu, r->loadSeconds, r->evaluateSeconds, r->writeSeconds,
                    static_cast<long long>(r->changed + r->refreshed));
    };
    reevaluate("statuses, first full write:       ");
    auto version = db::run(db, QStringLiteral("SELECT MAX(version) + 1, MIN(jurisdiction_id) FROM rule_versions"));
    if (!version || !version.value().next())
        return;
    const int next = version.value().value(0).toInt();
    // Straight to published, skipping the four-eyes workflow the PostgreSQL triggers insist on (a superuser may).
    test::bypassServerTriggers(db, true);
    const bool inserted =
        db::insert(db,
                   QStringLiteral("INSERT INTO rule_versions (version, jurisdiction_id, text, state, created_at, "
                                  "effective_at) VALUES (?, ?, ?, 'published', ?, ?)"),
                   {next, version.value().value(1), changedRules(), now - 1, now - 1})
            .ok();
    test::bypassServerTriggers(db, false);
    if (!inserted) {
        std::printf("cannot publish the changed rules\n");
        return;
    }
    reevaluate("statuses after a rule change:     ");
}

void run(const QString& backend, const Options& o)
{
    std::printf("\n=== %s: %lld people, %d days, %lld scans a day ===\n", qPrintable(backend),
                static_cast<long long>(o.people), o.days, static_cast<long long>(o.scansPerDay));
    demo::DemoDataOptions d;
    d.people = o.people;
    d.days = o.days;
    d.scansPerDay = o.scansPerDay;
    d.seed = o.seed;
    d.endAt = QDateTime(QDate(2022, 4, 12), QTime(12, 0), QTimeZone::utc());
    const qint64 now = d.endAt.toSecsSinceEpoch();

    // A fresh database, or with --keep a file (database) generated once and reused by later runs.
    const auto opened = bench::BenchDatabase::open(backend, o);
    if (!opened)
        return;
    const db::Database& db = opened->db();
    const db::DatabaseUrl dbUrl = db.url();
    std::optional<auth::Session> admin;
    if (opened->storedPeople() == 0) {
        admin = opened->createAdministrator();
        if (!admin)
            return;
    }

    QElapsedTimer timer;
    timer.start();
    if (admin) {
        auto report = demo::DemoDataGenerator::generate(db, *admin, d);
        if (!report) {
            std::printf("demo data failed: %s\n", qPrintable(report.error().message));
            return;
        }
        const demo::DemoDataReport& r = report.value();
        std::printf("synthetic data: %.1f s (%lld people, %lld tests, %lld close contacts, %lld symptoms, %lld risk "
                    "areas, %lld scans)\n",
                    seconds(timer), static_cast<long long>(r.people), static_cast<long long>(r.testResults),
                    static_cast<long long>(r.closeContacts), static_cast<long long>(r.symptomDeclarations),
                    static_cast<long long>(r.riskAreas), static_cast<long long>(r.scans));
        // Fresh statistics, as after a nightly import.
        if (!db.execute(QStringLiteral("ANALYZE")))
            std::printf("ANALYZE failed\n");
    }

    QSet<qint64> scope;
    auto districts = db::run(db, QStringLiteral("SELECT id FROM jurisdictions WHERE level = 'district'"));
    while (districts && districts.value().next())
        scope.insert(districts.value().value(0).toLongLong());

    timer.restart();
    const CompiledRules current = compile(DefaultRules::text(), 1);
    const CompiledRules proposed = compile(changedRules(), 2);
    const double compileSecs = seconds(timer) / 2;
    const qint64 horizon = now - std::max(current.longestWindowSecs(), proposed.longestWindowSecs());

    timer.restart();
    double cpu = cpuSeconds();
    FactsLoader::Statistics stats;
    QList<std::pair<QString, double>> phases; // when each phase of the load began
    auto loaded = FactsLoader::load(
        db, scope, horizon,
        [&](const QString& phase, qint64, qint64) {
            if (phases.isEmpty() || phases.last().first != phase)
                phases.append({phase, seconds(timer)});
            return true;
        },
        &stats);
    if (!loaded)
        qFatal("loading failed: %s", qPrintable(loaded.error().message));
    const double loadSecs = seconds(timer);
    const double loadCpu = cpuSeconds() - cpu;
    const FactStore& store = loaded.value();

    // The same load on a worker thread with its own connection, as the GUI does it.
    double workerSecs = 0;
    {
        std::optional<Result<FactStore>> other;
        const db::DatabaseUrl url = dbUrl;
        QElapsedTimer w;
        w.start();
        QThread* worker = QThread::create([&] {
            other.emplace(FactsLoader::loadWithOwnConnection(url, QStringLiteral("bench-worker"), scope, horizon));
        });
        worker->start();
        worker->wait();
        delete worker;
        workerSecs = seconds(w);
        if (!other || !other->ok() || other->value().eventCount() != store.eventCount())
            qFatal("the worker thread loaded something else");
    }

    double evalSecs = 1e9;
    double evalCpu = 1e9;
    Evaluation evaluation;
    for (int i = 0; i < 3; ++i) {
        cpu = cpuSeconds();
        auto ev = Evaluator::evaluateAll(store, current, now);
        if (!ev)
            qFatal("evaluation failed");
        evalCpu = std::min(evalCpu, cpuSeconds() - cpu);
        evalSecs = std::min(evalSecs, ev->seconds);
        evaluation = std::move(ev).value();
    }

    timer.restart();
    cpu = cpuSeconds();
    auto impact = ImpactPreview::run(store, current, proposed, now);
    const double previewSecs = seconds(timer);
    const double previewCpu = cpuSeconds() - cpu;
    if (!impact)
        qFatal("preview failed");

    // The obvious approach on a sample of people, extrapolated to everyone.
    NaiveEvaluator naive(db, current, now);
    QRandomGenerator random(o.seed);
    const int sample = static_cast<int>(std::min<qint64>(o.sample, store.personCount()));
    int mismatches = 0;
    timer.restart();
    cpu = cpuSeconds();
    for (int i = 0; i < sample; ++i) {
        const int p = static_cast<int>(random.bounded(store.personCount()));
        const auto [colour, rule] = naive.evaluate(store.personId(p));
        if (colour != evaluation.colour(p) || rule != evaluation.rules[static_cast<std::size_t>(p)])
            ++mismatches;
    }
    const double naiveSampleSecs = seconds(timer);
    const double naiveCpu = cpuSeconds() - cpu;
    const double naivePerPerson = naiveSampleSecs / std::max(sample, 1);
    const double naiveAll = naivePerPerson * static_cast<double>(store.personCount());
    const double ours = loadSecs + evalSecs;

    const double n = static_cast<double>(store.personCount());
    std::printf("people in scope:                  %lld (%lld events condensed, %.1f MiB)\n",
                static_cast<long long>(stats.people), static_cast<long long>(stats.events),
                static_cast<double>(store.memoryBytes()) / (1024.0 * 1024.0));
    std::printf("colours now (rule set v1):        green %lld, yellow %lld, red %lld\n",
                static_cast<long long>(evaluation.counts[0]), static_cast<long long>(evaluation.counts[1]),
                static_cast<long long>(evaluation.counts[2]));
    std::printf("compile a rule set:               %.3f ms\n", compileSecs * 1000);
    std::printf("times: wall clock (CPU of this process; the database server's own CPU for PostgreSQL not included)\n");
    std::printf("load facts (main thread):         %.2f s (%.2f s CPU)\n", loadSecs, loadCpu);
    QStringList breakdown;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const double end = i + 1 < phases.size() ? phases.at(i + 1).second : loadSecs;
        breakdown << QStringLiteral("%1 %2 s").arg(phases.at(i).first).arg(end - phases.at(i).second, 0, 'f', 2);
    }
    std::printf("  by query:                       %s\n", qPrintable(breakdown.join(QStringLiteral(", "))));
    std::printf("load facts (worker, own conn.):   %.2f s\n", workerSecs);
    std::printf("evaluate everyone (best of 3):    %.3f s (%.3f s CPU, %.0f ns per person)\n", evalSecs, evalCpu,
                evalSecs * 1e9 / n);
    std::printf("re-evaluate everyone (load+eval): %.2f s (%.2f s CPU)   [target <= 5 s for 1,000,000 people]\n", ours,
                loadCpu + evalCpu);
    std::printf("  scaled to 1,000,000 people:     %.2f s\n", ours * 1e6 / n);
    std::printf(
        "impact preview (2 evals + diff):  %.3f s (%.3f s CPU)   [target <= 1 s]; %lld people change: "
        "green->yellow %lld, green->red %lld, yellow->red %lld, yellow->green %lld, red->yellow %lld, red->green "
        "%lld\n",
        previewSecs, previewCpu, static_cast<long long>(impact->changed()),
        static_cast<long long>(impact->overall.count[0][1]), static_cast<long long>(impact->overall.count[0][2]),
        static_cast<long long>(impact->overall.count[1][2]), static_cast<long long>(impact->overall.count[1][0]),
        static_cast<long long>(impact->overall.count[2][1]), static_cast<long long>(impact->overall.count[2][0]));
    std::printf("  scaled to 1,000,000 people:     %.3f s\n", previewSecs * 1e6 / n);
    std::printf("obvious approach (SQL per person per rule fact): %d people in %.2f s (%.2f s CPU), %.0f queries each, "
                "%.3f ms per person; %d disagree with the compiled result\n",
                sample, naiveSampleSecs, naiveCpu, static_cast<double>(naive.queries()) / std::max(sample, 1),
                naivePerPerson * 1000, mismatches);
    std::printf("  extrapolated to everyone:       %.0f s\n", naiveAll);
    std::printf("ratio obvious / compiled:         %.0fx (load+eval), %.0fx (evaluation on loaded facts)   [goal >= "
                "20x]\n",
                naiveAll / ours, naiveAll / evalSecs);
    if (db.isSqlite()) {
        const double naiveAllCpu = naiveCpu / std::max(sample, 1) * n;
        std::printf("ratio in CPU time:                %.0fx (load+eval), %.0fx (evaluation on loaded facts)\n",
                    naiveAllCpu / (loadCpu + evalCpu), naiveAllCpu / evalCpu);
    }
    statusesFigures(db, now);
    std::printf("peak memory:                      %s\n", peakRss().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const char* usage = "usage: BenchRules [--people N] [--days D] [--scans-per-day M] [--sample S] [--seed S] "
                        "[--postgresql URL] [--no-sqlite] [--keep SQLITE_FILE] [--keep-pg DATABASE]\n";
    const bool parsed = bench::parseArguments(app.arguments().mid(1), &o, usage,
                                              [&](const QString& key, const QString& value, bool* ok) {
                                                  if (key != QLatin1String("--sample"))
                                                      return false;
                                                  o.sample = value.toInt(ok);
                                                  return true;
                                              });
    if (!parsed)
        return 2;
    if (o.sqlite)
        run(QStringLiteral("sqlite"), o);
    if (!o.postgresUrl.isEmpty())
        run(QStringLiteral("postgresql"), o);
    return 0;
}
