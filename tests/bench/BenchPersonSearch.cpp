// Benchmark of finding a person and opening their page on synthetic data (hc::demo::DemoDataGenerator, statuses
// re-evaluated): lookup by full ID number, by the last digits of it, by name prefix, pinyin initials and phone
// (first page, which writes the search's audit record, and the next page, which is the query alone), and opening
// the person page (PersonRecordService::open: person, status, history, tests, risk-area stays, recent scans,
// cards, overrides, names, audit record). Province-wide scope and one district's. Prints figures; asserts nothing.
//
// BenchPersonSearch [--people N] [--days D] [--scans-per-day M] [--samples S] [--seed S] [--postgresql URL]
//                   [--no-sqlite] [--keep SQLITE_FILE] [--keep-pg DATABASE]
// --keep / --keep-pg generate the SQLite file / the PostgreSQL database once and reuse it in later runs.
// The targets (10 million people): full ID < 10 ms, name prefix or ID suffix first page < 100 ms,
// person page < 50 ms.

#include "BenchSupport.h"

#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "demo/DemoDataGenerator.h"
#include "services/PersonRecordService.h"
#include "services/PersonSearch.h"
#include "services/StatusService.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hc;
using services::PersonQuery;
using services::PersonSearch;
using services::SearchKind;

namespace {

struct Options : bench::CityOptions
{
    int samples = 200;
};

struct Sample
{
    qint64 id = 0;
    QString nationalId;
    QString name;
    QString initials;
    QString phone;
};

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Median, 95th percentile and maximum of one operation over the samples, in milliseconds, after one warm-up call.
void measure(const char* label, const std::vector<Sample>& samples, const std::function<qint64(const Sample&)>& op)
{
    if (samples.empty())
        return;
    op(samples.front());
    std::vector<double> t;
    qint64 rows = 0;
    int failures = 0;
    for (const Sample& s : samples) {
        QElapsedTimer timer;
        timer.start();
        const qint64 n = op(s);
        t.push_back(ms(timer));
        if (n < 0)
            ++failures;
        else
            rows += n;
    }
    std::sort(t.begin(), t.end());
    const auto at = [&](double q) { return t[std::min(t.size() - 1, static_cast<std::size_t>(q * t.size()))]; };
    std::printf("%-44s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%zu runs, %.1f rows each%s)\n", label, at(0.5),
                at(0.95), t.back(), t.size(), static_cast<double>(rows) / static_cast<double>(t.size()),
                failures ? ", FAILURES" : "");
    if (failures)
        std::printf("  %d of %zu failed\n", failures, t.size());
}

qint64 firstPage(const db::Database& db, const auth::Session& s, SearchKind kind, const QString& text)
{
    auto page = PersonSearch::search(db, s, PersonQuery{kind, text});
    if (!page) {
        std::printf("  %s: %s\n", qPrintable(text), qPrintable(page.error().message));
        return -1;
    }
    return page.value().people.size();
}

// The first page untimed, then the second page timed: the query alone, as the lazy model fetches it.
qint64 secondPage(const db::Database& db, const auth::Session& s, SearchKind kind, const QString& text,
                  QElapsedTimer& timer)
{
    auto first = PersonSearch::search(db, s, PersonQuery{kind, text});
    if (!first)
        return -1;
    if (!first.value().next)
        return 0;
    timer.restart();
    auto page = PersonSearch::search(db, s, first.value().query, first.value().next);
    return page ? page.value().people.size() : -1;
}

std::vector<Sample> pickSamples(const db::Database& db, int count, std::optional<qint64> district)
{
    std::vector<Sample> samples;
    auto bounds = db::run(db, QStringLiteral("SELECT MIN(id), MAX(id) FROM people"));
    if (!bounds || !bounds.value().next())
        return samples;
    const qint64 lo = bounds.value().value(0).toLongLong();
    const qint64 hi = bounds.value().value(1).toLongLong();
    const qint64 step = std::max<qint64>(1, (hi - lo) / std::max(count, 1));
    for (qint64 id = lo; id <= hi && static_cast<int>(samples.size()) < count; id += step) {
        auto q = db::run(db,
                         QStringLiteral("SELECT id, national_id, name, name_initials, phone FROM people WHERE id >= ? "
                                        "AND phone IS NOT NULL%1 ORDER BY id LIMIT 1")
                             .arg(district ? QStringLiteral(" AND district_id = %1").arg(*district) : QString()),
                         {id});
        if (q && q.value().next())
            samples.push_back(Sample{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                     q.value().value(2).toString(), q.value().value(3).toString(),
                                     q.value().value(4).toString()});
    }
    return samples;
}

void figures(const db::Database& db, const auth::Session& s, const std::vector<Sample>& samples)
{
    measure("full ID number, lookup (no audit record)", samples, [&](const Sample& x) -> qint64 {
        auto id = PersonSearch::lookup(db, s, x.nationalId);
        return id ? 1 : -1;
    });
    measure("full ID number, search (with audit record)", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::NationalId, x.nationalId); });
    measure("ID suffix, last 4, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::IdSuffix, x.nationalId.right(4)); });
    measure("ID suffix, last 6, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::IdSuffix, x.nationalId.right(6)); });
    measure("name prefix, surname, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::Name, x.name.left(1)); });
    measure("name prefix, full name, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::Name, x.name); });
    measure("pinyin initials, 2 letters, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::Initials, x.initials.left(2)); });
    measure("phone, first page", samples,
            [&](const Sample& x) { return firstPage(db, s, SearchKind::Phone, x.phone); });

    // Second pages: measured from the restart inside secondPage.
    auto paged = [&](const char* label, SearchKind kind, const std::function<QString(const Sample&)>& text) {
        std::vector<double> t;
        qint64 rows = 0;
        for (const Sample& x : samples) {
            QElapsedTimer timer;
            timer.start();
            const qint64 n = secondPage(db, s, kind, text(x), timer);
            if (n > 0) {
                t.push_back(ms(timer));
                rows += n;
            }
        }
        if (t.empty()) {
            std::printf("%-44s (no search had a second page)\n", label);
            return;
        }
        std::sort(t.begin(), t.end());
        std::printf("%-44s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%zu runs, %.1f rows each)\n", label,
                    t[t.size() / 2], t[std::min(t.size() - 1, t.size() * 95 / 100)], t.back(), t.size(),
                    static_cast<double>(rows) / static_cast<double>(t.size()));
    };
    paged("name prefix, surname, next page", SearchKind::Name, [](const Sample& x) { return x.name.left(1); });
    paged("ID suffix, last 4, next page", SearchKind::IdSuffix, [](const Sample& x) { return x.nationalId.right(4); });

    measure("person page (PersonRecordService::open)", samples, [&](const Sample& x) -> qint64 {
        auto r = services::PersonRecordService::open(db, s, x.id);
        if (!r) {
            std::printf("  %lld: %s\n", static_cast<long long>(x.id), qPrintable(r.error().message));
            return -1;
        }
        return r.value().history.size() + r.value().tests.size() + r.value().stays.size() + r.value().scans.size();
    });
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

    const auto opened = bench::BenchDatabase::open(backend, o);
    if (!opened)
        return;
    const db::Database& db = opened->db();
    const qint64 stored = opened->storedPeople();
    std::optional<auth::Session> admin = stored > 0 ? opened->existingAdministrator() : opened->createAdministrator();
    if (!admin)
        return;
    if (stored == 0) {
        QElapsedTimer timer;
        timer.start();
        auto report = demo::DemoDataGenerator::generate(db, *admin, d);
        if (!report) {
            std::printf("demo data failed: %s\n", qPrintable(report.error().message));
            return;
        }
        std::printf("synthetic data: %.1f s (%lld people, %lld scans)\n", ms(timer) / 1000,
                    static_cast<long long>(report.value().people), static_cast<long long>(report.value().scans));
        // The default rules must be in force at the bench's "now", the end of the synthetic data.
        (void)db::run(db, QStringLiteral("UPDATE rule_versions SET effective_at = ? WHERE version = 1"), {now - 1});
        timer.restart();
        auto statuses = services::StatusService::reevaluate(db, QStringLiteral("bench"), now);
        if (!statuses) {
            std::printf("re-evaluation failed: %s\n", qPrintable(statuses.error().message));
            return;
        }
        std::printf("statuses: %.1f s (%lld written)\n", ms(timer) / 1000,
                    static_cast<long long>(statuses.value().changed + statuses.value().refreshed));
        if (!db.execute(QStringLiteral("ANALYZE")))
            std::printf("ANALYZE failed\n");
        // The scope grew with the synthetic city.
        admin = auth::Authenticator::sessionFor(db, admin->userId).value();
    }

    std::printf("-- the administrator, province-wide scope (%lld jurisdictions)\n",
                static_cast<long long>(admin->scope.size()));
    figures(db, *admin, pickSamples(db, o.samples, std::nullopt));

    // An official of the most populous district: every search filters the others out.
    auto largest = db::run(db, QStringLiteral("SELECT district_id, COUNT(*) AS n FROM people GROUP BY district_id "
                                              "ORDER BY n DESC LIMIT 1"));
    if (largest && largest.value().next()) {
        const qint64 district = largest.value().value(0).toLongLong();
        auth::Session official = *admin;
        official.userName = QStringLiteral("bench-district");
        official.role = auth::Role::Operator;
        official.jurisdictionId = district;
        official.scope = {district};
        std::printf("-- an official of one district (%lld of %lld people)\n", largest.value().value(1).toLongLong(),
                    static_cast<long long>(std::max(stored, o.people)));
        figures(db, official, pickSamples(db, o.samples, district));
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const char* usage = "usage: BenchPersonSearch [--people N] [--days D] [--scans-per-day M] [--samples S] "
                        "[--seed S] [--postgresql URL] [--no-sqlite] [--keep SQLITE_FILE] [--keep-pg DATABASE]\n";
    const bool parsed = bench::parseArguments(app.arguments().mid(1), &o, usage,
                                              [&](const QString& key, const QString& value, bool* ok) {
                                                  if (key != QLatin1String("--samples"))
                                                      return false;
                                                  o.samples = value.toInt(ok);
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
