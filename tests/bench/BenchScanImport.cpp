// Benchmark of scan import and heatmap queries: generates a scan CSV (default 1,000,000 rows over 7 days
// in a city of 6 districts, 2,000 venues and 100,000 people), imports it with validation and rollups,
// and compares with the sqlite3 shell's .import of the same file into a bare table (measured in the same
// run when sqlite3 is installed). Then the heatmap frame of the city for 1, 7 and 14 days against a plain
// GROUP BY over the raw scans for the same frame; the animation steps of a day's play-back (each a one-hour
// frame, read one by one as frame() and read ahead as the page does with hourFrames(), against the GROUP BY
// for the same hour), painting one step with the map's renderer; the hourly series and the top venues.
// Prints figures; asserts nothing.
//
// BenchScanImport [--rows N] [--people N] [--venues N] [--days D] [--batch-size N] [--no-queries]
// (--no-queries: stop after the import, for profiling it)
// BenchScanImport --database URL [--no-group-by]: only the queries, on an existing database (see
// measureExisting()); --no-group-by leaves out the plain GROUP BY, for profiling the frames.
// The backend comes from HC_TEST_BACKEND (sqlite, or postgresql with HC_TEST_PG_URL) as in the tests.

#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Geography.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapRenderer.h"
#include "heatmap/RollupConfig.h"
#include "imports/ImportService.h"
#include "services/Jurisdictions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace hc;

namespace {
QByteArray peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    return "?";
}

qint64 scalar(const db::Database& db, const QString& sql)
{
    auto q = db::run(db, sql);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Median of n runs in milliseconds: wall clock, and CPU time of this thread (what the wall time would be
// on an idle machine; the benchmark machine may be shared).
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template <typename F> Timing timed(int n, F&& f)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double c = threadCpuMs();
        f();
        wall.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

struct Options
{
    qint64 rows = 1'000'000;
    int people = 100'000;
    int venues = 2'000;
    int days = 7;
    qint64 batch = 50'000;
};

void fail(const char* what, const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(e.message));
    std::exit(1);
}
} // namespace

// The heatmap's queries on a database holding scans from start (UTC seconds) for days days: frames of 1, 7 and 14
// days against a plain GROUP BY, a day's play-back steps, painting, the hourly series and the top venues.
// cityFilter: SQL restricting the GROUP BY's scans to the city, when the database holds other cities too.
// groupBy false: without the plain GROUP BY (for profiling the frames alone).
int measureQueries(const db::Database& db, const auth::Session& admin, qint64 city, qint64 start, int days,
                   const QString& cityFilter = {}, bool withGroupBy = true)
{
    heatmap::HeatmapQuery q;
    q.jurisdictionId = city;
    q.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    auto config = heatmap::RollupConfig::load(db);
    if (!config)
        fail("config", config.error());
    // The same frame from the raw scans: a plain GROUP BY (per venue point or coordinate cell).
    const QRectF cell = config.value().grid().cellRect(0, 0);
    auto groupBy = [&](qint64 from, qint64 to) {
        if (!withGroupBy)
            return Timing{};
        return timed(1, [&] {
            auto g = db::run(
                db,
                QStringLiteral("SELECT CAST(COALESCE(v.lat, s.lat) / ? AS INTEGER), CAST(COALESCE(v.lon, s.lon) / ? "
                               "AS INTEGER), s.colour, COUNT(*), COUNT(DISTINCT s.person_id) FROM scan_events s "
                               "LEFT JOIN venues v ON v.id = s.venue_id WHERE s.scanned_at >= ? AND "
                               "s.scanned_at < ?") +
                    cityFilter + QStringLiteral(" GROUP BY 1, 2, 3"),
                {cell.height(), cell.width(), from, to});
            if (!g)
                fail("group by", g.error());
            while (g.value().next()) {
            }
        });
    };
    for (const int window : {1, 7, 14}) {
        if (window > days && window != 1)
            continue;
        q.to = q.from.addDays(window);
        int cells = 0;
        int suppressed = 0;
        const Timing frame = timed(5, [&] {
            auto f = heatmap::Heatmap::frame(db, admin, q);
            if (!f)
                fail("frame", f.error());
            cells = static_cast<int>(f.value().cells.size());
            suppressed =
                static_cast<int>(std::count_if(f.value().cells.cbegin(), f.value().cells.cend(),
                                               [](const heatmap::HeatmapCell& c) { return c.figure.suppressed; }));
        });
        const Timing raw = groupBy(q.from.toSecsSinceEpoch(), q.to.toSecsSinceEpoch());
        std::printf("heatmap frame, city, %d day(s): %.1f ms (%.1f ms CPU; %d cells, %d suppressed); plain GROUP BY "
                    "over raw scans: %.1f ms (%.0f x)\n",
                    window, frame.wall, frame.cpu, cells, suppressed, raw.wall, raw.wall / frame.wall);
    }

    // Play-back of the busiest day of the data (its second day, or the first): 24 animation steps.
    const qint64 dayStart = start + (days > 1 ? 86400 : 0);
    std::vector<double> stepWall;
    std::vector<double> stepCpu;
    std::vector<double> rawWall;
    int stepCells = 0;
    heatmap::HeatmapFrame noon;
    for (int h = 0; h < 24; ++h) {
        heatmap::HeatmapQuery step = q;
        step.from = QDateTime::fromSecsSinceEpoch(dayStart + h * 3600, Qt::UTC);
        step.to = step.from.addSecs(3600);
        const Timing s = timed(3, [&] {
            auto f = heatmap::Heatmap::frame(db, admin, step);
            if (!f)
                fail("step", f.error());
            stepCells = std::max(stepCells, static_cast<int>(f.value().cells.size()));
            if (h == 12)
                noon = f.value();
        });
        stepWall.push_back(s.wall);
        stepCpu.push_back(s.cpu);
        if (h % 6 == 0 || h == 12)
            rawWall.push_back(groupBy(dayStart + h * 3600, dayStart + (h + 1) * 3600).wall);
    }
    std::sort(stepWall.begin(), stepWall.end());
    std::sort(stepCpu.begin(), stepCpu.end());
    std::sort(rawWall.begin(), rawWall.end());
    const double stepMedian = stepWall[stepWall.size() / 2];
    const double rawMedian = rawWall[rawWall.size() / 2];
    std::printf("animation step (one-hour frame via frame(), 24 hours of a day): median %.1f ms, max %.1f ms "
                "(median %.1f ms CPU; up to %d cells); plain GROUP BY over raw scans for one hour: median %.1f ms "
                "(%.0f x)\n",
                stepMedian, stepWall.back(), stepCpu[stepCpu.size() / 2], stepCells, rawMedian, rawMedian / stepMedian);
    {
        heatmap::HeatmapQuery dayQ = q;
        dayQ.from = QDateTime::fromSecsSinceEpoch(dayStart, Qt::UTC);
        dayQ.to = dayQ.from.addDays(1);
        int frames = 0;
        const Timing ahead = timed(3, [&] {
            frames = 0;
            const Status st = heatmap::Heatmap::hourFrames(db, admin, dayQ, [&](heatmap::HeatmapFrame&&) {
                ++frames;
                return true;
            });
            if (!st)
                fail("hour frames", st.error());
        });
        std::printf("play-back read-ahead (hourFrames, as the page's worker): %d frames in %.1f ms, %.1f ms per step "
                    "(%.1f ms CPU per step)\n",
                    frames, ahead.wall, ahead.wall / std::max(1, frames), ahead.cpu / std::max(1, frames));
    }
    {
        // Painting one step on a map-sized image: the other part of an animation step, on the GUI thread.
        heatmap::HeatmapRenderer map;
        auto geography = heatmap::Geography::load(db);
        if (!geography)
            fail("geography", geography.error());
        map.setAreas(geography.value(), city);
        map.setFrame(noon);
        map.setTitle(QStringLiteral("Bench City"));
        QImage image(1000, 700, QImage::Format_RGB32);
        const Timing paint = timed(9, [&] {
            QPainter p(&image);
            map.paint(p, QRectF(0, 0, 1000, 700));
        });
        std::printf("painting one step (%d cells, 1000 x 700 with districts and legend): %.1f ms (%.1f ms CPU)\n",
                    static_cast<int>(noon.cells.size()), paint.wall, paint.cpu);
    }
    q.to = q.from.addDays(std::min(7, days));
    const Timing series = timed(5, [&] {
        if (auto h = heatmap::Heatmap::hourly(db, admin, q); !h)
            fail("series", h.error());
    });
    std::printf("hourly series, %d days: %.1f ms (%.1f ms CPU)\n", std::min(7, days), series.wall, series.cpu);
    const Timing top = timed(5, [&] {
        if (auto v = heatmap::Heatmap::topVenues(db, admin, q, 10); !v)
            fail("top venues", v.error());
    });
    std::printf("top venues, %d days: %.1f ms (%.1f ms CPU)\n", std::min(7, days), top.wall, top.cpu);
    return 0;
}

// --database URL: the queries on a database made beforehand, e.g. by healthcode-ctl demo-data at city scale
// (10 million people, 30 days of a million scans a day); the busiest city, its last 14 days with data.
int measureExisting(const QString& urlText, bool withGroupBy)
{
    auto url = db::DatabaseUrl::parse(urlText);
    if (!url)
        fail("database url", url.error());
    auto opened = db::Database::open(url.value(), QStringLiteral("bench"), db::Database::OpenMode::NoMigrate);
    if (!opened)
        fail("database", opened.error());
    const db::Database& db = opened.value();
    auto session = auth::Authenticator::sessionFor(
        db, scalar(db, QStringLiteral("SELECT MIN(id) FROM users WHERE role = 'administrator'")));
    if (!session)
        fail("session", session.error());
    const qint64 city = scalar(db, QStringLiteral("SELECT r.city_id FROM scan_rollup_districts r WHERE r.span = 86400 "
                                                  "GROUP BY r.city_id ORDER BY SUM(r.scans) DESC LIMIT 1"));
    auto last = heatmap::Heatmap::lastHourWithData(db, session.value(), city);
    if (!last)
        fail("last hour", last.error());
    auto config = heatmap::RollupConfig::load(db);
    if (!config)
        fail("config", config.error());
    const qint64 end = config.value().dayBucket(last.value()) + 86400;
    const qint64 start = end - 14 * 86400;
    std::printf("backend %s; existing database: %lld scans, %lld people; city %lld: %lld scans in its last 14 days\n",
                db.isSqlite() ? "sqlite" : "postgresql",
                static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_events"))),
                static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM people"))),
                static_cast<long long>(city),
                static_cast<long long>(scalar(db, QStringLiteral("SELECT SUM(scans) FROM scan_rollup_districts WHERE "
                                                                 "city_id = %1 AND span = 86400 AND bucket >= %2")
                                                      .arg(city)
                                                      .arg(start))));
    // The demo city's scans are all at venues: the GROUP BY takes those of the city's districts.
    return measureQueries(
        db, session.value(), city, start, 14,
        QStringLiteral(" AND v.district_id IN (SELECT id FROM jurisdictions WHERE parent_id = %1)").arg(city),
        withGroupBy);
}

int main(int argc, char** argv)
{
    // The map is painted with fonts: a QGuiApplication on the offscreen platform, as healthcode-ctl heatmap has.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Options o;
    QString existing;
    const QStringList args = app.arguments().mid(1);
    const bool withGroupBy = !args.contains(QStringLiteral("--no-group-by"));
    const bool withQueries = !args.contains(QStringLiteral("--no-queries"));
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i).startsWith(QLatin1String("--no-"))) { // a flag without a value
            --i;
            continue;
        }
        const qint64 v = args.at(i + 1).toLongLong();
        if (args.at(i) == QLatin1String("--database"))
            existing = args.at(i + 1);
        if (args.at(i) == QLatin1String("--rows"))
            o.rows = v;
        else if (args.at(i) == QLatin1String("--people"))
            o.people = static_cast<int>(v);
        else if (args.at(i) == QLatin1String("--venues"))
            o.venues = static_cast<int>(v);
        else if (args.at(i) == QLatin1String("--days"))
            o.days = static_cast<int>(v);
        else if (args.at(i) == QLatin1String("--batch-size"))
            o.batch = v;
    }
    if (!existing.isEmpty())
        return measureExisting(existing, withGroupBy);
    test::TestDatabase t;
    if (!t.isReady()) {
        std::fprintf(stderr, "database: %s\n", qPrintable(t.error()));
        return 1;
    }
    const auth::Session admin = t.initAdmin();
    const db::Database& db = t.db();
    std::printf("backend %s; %lld scans over %d days, %d people, %d venues, batches of %lld\n",
                qPrintable(test::TestDatabase::backendName()), static_cast<long long>(o.rows), o.days, o.people,
                o.venues, static_cast<long long>(o.batch));

    // A city of 3 x 2 districts, 0.1 degrees each (about 10 km), venues and people inside.
    QRandomGenerator rng(20240301);
    QList<qint64> districts;
    qint64 city = 0;
    {
        db::Transaction tx(db);
        auto c = services::Jurisdictions::create(db, QStringLiteral("bench"),
                                                 {0, QStringLiteral("990100"), QStringLiteral("基准市"),
                                                  QStringLiteral("Bench City"), QStringLiteral("city"),
                                                  admin.jurisdictionId});
        if (!c)
            fail("city", c.error());
        city = c.value();
        for (int i = 0; i < 6; ++i) {
            const double lon = 120.0 + 0.1 * (i % 3);
            const double lat = 30.0 + 0.1 * (i / 3);
            auto d = services::Jurisdictions::create(
                db, QStringLiteral("bench"),
                {0, QStringLiteral("9901%1").arg(i + 1, 2, 10, QLatin1Char('0')), QStringLiteral("区%1").arg(i + 1),
                 QStringLiteral("D%1").arg(i + 1), QStringLiteral("district"), city});
            if (!d)
                fail("district", d.error());
            const QString ring =
                QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
                    .arg(lon)
                    .arg(lat)
                    .arg(lon + 0.1)
                    .arg(lat + 0.1);
            auto b =
                db::run(db, QStringLiteral("UPDATE jurisdictions SET boundary = ? WHERE id = ?"), {ring, d.value()});
            if (!b)
                fail("boundary", b.error());
            districts << d.value();
        }
        QSqlQuery v(db.connection());
        v.prepare(QStringLiteral(
            "INSERT INTO venues (code, name, kind, district_id, lat, lon) VALUES (?, ?, 'shop', ?, ?, ?)"));
        for (int i = 0; i < o.venues; ++i) {
            const int d = static_cast<int>(rng.bounded(6));
            const double lon = 120.0 + 0.1 * (d % 3) + rng.bounded(0.1);
            const double lat = 30.0 + 0.1 * (d / 3) + rng.bounded(0.1);
            if (!db::rerun(v,
                           {QStringLiteral("V%1").arg(i), QStringLiteral("场所%1").arg(i), districts.at(d), lat, lon}))
                return 1;
        }
        QSqlQuery p(db.connection());
        p.prepare(QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id) "
                                 "VALUES (?, ?, ?, 'M', '1980-01-01', ?)"));
        for (int i = 0; i < o.people; ++i)
            if (!db::rerun(p, {QStringLiteral("N%1").arg(i), QStringLiteral("P%1").arg(i),
                               QStringLiteral("人%1").arg(i), districts.at(i % 6)}))
                return 1;
        if (!tx.commit())
            return 1;
    }

    // The CSV: chronological, as providers export; 80 % at venues, 20 % by coordinates.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("scans.csv"));
    // Ending at the last whole local (UTC+8) day before today: the importer refuses scans past the retention
    // window, so the days must be recent (--days at most the window, 28 by default).
    const qint64 today = (QDateTime::currentSecsSinceEpoch() + 8 * 3600) / 86400 * 86400 - 8 * 3600;
    const qint64 start = today - qint64(o.days) * 86400;
    {
        QElapsedTimer g;
        g.start();
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QByteArray out = "event_id,time,venue,lat,lon,pseudonym,colour\n";
        const qint64 span = qint64(o.days) * 86400;
        for (qint64 i = 0; i < o.rows; ++i) {
            const qint64 at = start + i * span / o.rows;
            const QByteArray when =
                QDateTime::fromSecsSinceEpoch(at, Qt::OffsetFromUTC, 8 * 3600).toString(Qt::ISODate).toLatin1();
            const int r = static_cast<int>(rng.bounded(100));
            const char* colour = r < 90 ? "green" : r < 98 ? "yellow" : "red";
            out += 'E' + QByteArray::number(i) + ',' + when + ',';
            if (rng.bounded(5) != 0) {
                out += 'V' + QByteArray::number(rng.bounded(o.venues)) + ",,,";
            } else {
                out += ',' + QByteArray::number(30.0 + rng.bounded(0.2), 'f', 6) + ',' +
                       QByteArray::number(120.0 + rng.bounded(0.3), 'f', 6) + ',';
            }
            out += 'P' + QByteArray::number(rng.bounded(o.people)) + ',' + colour + '\n';
            if (out.size() > (1 << 20)) {
                f.write(out);
                out.clear();
            }
        }
        f.write(out);
        std::printf("generated %s (%.1f MiB) in %.1f s\n", qPrintable(QFileInfo(csv).fileName()),
                    QFileInfo(csv).size() / 1048576.0, g.elapsed() / 1000.0);
    }

    // Baseline: the sqlite3 shell's own .import into a bare table. Then, as bounds, the same .import into a table
    // carrying what the console's scan storage must keep up to date besides the rows (no validation, no lookups,
    // no rollups): the idempotency key alone, which the issue asks for, and scan_events' four indexes
    // (idempotency; the retention purge's time; the person page's person; the rules' venue exposure).
    struct Shell
    {
        double seconds = -1;
        double cpu = -1;
    };
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // commands: the schema and .import commands; import: the scan CSV's .import that ends them, if any.
    auto shellImport = [&](const QString& file, const QStringList& commands, const QString& import) {
        Shell r;
        if (sqlite3.isEmpty())
            return r;
        QStringList args{dir.filePath(file), QStringLiteral(".mode csv")};
        args << commands;
        if (!import.isEmpty())
            args << import;
        QProcess shell;
        QElapsedTimer s;
        const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
        s.start();
        shell.start(sqlite3, args);
        shell.waitForFinished(-1);
        if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty())
            return r;
        r.seconds = s.elapsed() / 1000.0;
        r.cpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
        return r;
    };
    const QString importScans = QStringLiteral(".import ") + csv + QStringLiteral(" scans");
    const QString importRows = QStringLiteral(".import --skip 1 ") + csv + QStringLiteral(" scans");
    const Shell bare = shellImport(QStringLiteral("bare.sqlite"), {}, importScans);
    const QString table = QStringLiteral(
        "CREATE TABLE scans (event_id TEXT, time TEXT, venue TEXT, lat TEXT, lon TEXT, pseudonym TEXT, colour TEXT);"
        "CREATE UNIQUE INDEX scans_uid ON scans(event_id);");
    const Shell keyed = shellImport(QStringLiteral("keyed.sqlite"), {table}, importRows);
    const Shell indexed = shellImport(QStringLiteral("indexed.sqlite"),
                                      {table + QStringLiteral("CREATE INDEX scans_time ON scans(time);"
                                                              "CREATE INDEX scans_person ON scans(pseudonym, time);"
                                                              "CREATE INDEX scans_venue ON scans(venue, time, pseudonym);")},
                                      importRows);
    const double shellSeconds = bare.seconds;
    const double shellCpu = bare.cpu;
    if (bare.seconds > 0) {
        std::printf("sqlite3 .import into a bare table: %.2f s (%.0f rows/s; %.2f s CPU)\n", bare.seconds,
                    o.rows / bare.seconds, bare.cpu);
        for (const auto& [what, m] : {std::pair<const char*, Shell>{"the idempotency key alone", keyed},
                                      std::pair<const char*, Shell>{"scan_events' four indexes", indexed}})
            if (m.seconds > 0)
                std::printf("  bound: sqlite3 .import into a table with %s: %.2f s (%.2f s CPU), %.2f x the bare "
                            "import's speed (%.2f x on CPU time)\n",
                            what, m.seconds, m.cpu, bare.seconds / m.seconds, bare.cpu / m.cpu);
    }

    imports::ImportOptions io;
    io.provider = QStringLiteral("bench");
    io.batchSize = o.batch;
    QElapsedTimer it;
    const double ownCpu = cpuSeconds(RUSAGE_SELF);
    it.start();
    auto r = imports::ImportService::importFile(db, admin, imports::ImportKind::Scans, csv, io);
    const double importSeconds = it.elapsed() / 1000.0;
    const double importCpu = cpuSeconds(RUSAGE_SELF) - ownCpu;
    if (!r)
        fail("import", r.error());
    std::printf(
        "import with validation and rollups: %.2f s (%.0f rows/s; %.2f s CPU); %lld imported, %lld rejected%s\n",
        importSeconds, o.rows / importSeconds, importCpu, static_cast<long long>(r.value().imported),
        static_cast<long long>(r.value().rejected),
        shellSeconds > 0 ? qPrintable(QStringLiteral("; %1 x the shell's speed (%2 x on CPU time)")
                                          .arg(shellSeconds / importSeconds, 0, 'f', 2)
                                          .arg(shellCpu / importCpu, 0, 'f', 2))
                         : "");
    if (indexed.seconds > 0)
        std::printf("  against the bound with scan_events' four indexes: %.2f x its speed (%.2f x on CPU time)\n",
                    indexed.seconds / importSeconds, indexed.cpu / importCpu);
    for (const auto& reject : r.value().rejects.mid(0, 3))
        std::printf("  rejected line %lld: %s\n", static_cast<long long>(reject.line), qPrintable(reject.reason));
    std::printf("rollup rows: %lld cells, %lld districts, %lld venues; peak memory %s\n",
                static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_cells"))),
                static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts"))),
                static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_venues"))),
                peakRss().constData());
    if (t.url().backend == db::Backend::SQLite) {
        std::printf("database file: %.1f MiB\n", QFileInfo(t.url().path).size() / 1048576.0);
        // Bound: writing just the rollup the issue names (per city, grid cell, hour and colour, with what counts
        // distinct people: the hour rows of scan_rollup_cells this import produced) with the shell, into a table
        // made by the console's own CREATE TABLE statement, in key order (the sketches as hex text: the shell's
        // CSV has no blobs). The console also keeps day and week rows, for long frames, and district and venue
        // rows. With the idempotency key alone this is the least storage the issue asks for.
        Shell rollups;
        if (!sqlite3.isEmpty()) {
            QStringList schema;
            QStringList imports;
            for (const QString& name : {QStringLiteral("scan_rollup_cells")}) {
                auto ddl = db::run(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {name});
                if (!ddl.ok() || !ddl.value().next())
                    fail("rollup schema", ddl.ok() ? makeError(ErrorCode::NotFound, name) : ddl.error());
                schema << ddl.value().value(0).toString() + QLatin1Char(';');
                QStringList columns;
                QStringList key;
                auto info =
                    db::run(db, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"), {name});
                if (!info.ok())
                    fail("rollup columns", info.error());
                while (info.value().next()) {
                    const QString column = info.value().value(0).toString();
                    columns << (info.value().value(1).toString() == QLatin1String("BLOB")
                                    ? QStringLiteral("hex(%1)").arg(column)
                                    : column);
                    if (info.value().value(2).toInt() > 0)
                        key << column;
                }
                const QString out = dir.filePath(name + QStringLiteral(".csv"));
                QProcess dump;
                dump.start(sqlite3, {t.url().path, QStringLiteral(".mode csv"), QStringLiteral(".output ") + out,
                                     QStringLiteral("SELECT %1 FROM %2 WHERE span = 3600 ORDER BY %3")
                                         .arg(columns.join(QLatin1Char(',')), name, key.join(QLatin1Char(',')))});
                dump.waitForFinished(-1);
                imports << QStringLiteral(".import ") + out + QLatin1Char(' ') + name;
            }
            rollups = shellImport(QStringLiteral("rollups.sqlite"), schema + imports, QString());
        }
        if (rollups.seconds > 0 && keyed.seconds > 0) {
            const double s = keyed.seconds + rollups.seconds;
            const double c = keyed.cpu + rollups.cpu;
            std::printf("  bound: sqlite3 .import of this import's hour rows of scan_rollup_cells into that table: %.2f s "
                        "(%.2f s CPU); with the idempotency key alone, %.2f x the bare import's speed (%.2f x on "
                        "CPU time): the least storage the issue asks for, before any parsing, validation or "
                        "lookup\n",
                        rollups.seconds, rollups.cpu, shellSeconds / s, shellCpu / c);
        }
    }

    if (!withQueries)
        return 0;
    return measureQueries(db, admin, city, start, o.days);
}
