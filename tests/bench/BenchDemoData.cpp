// Benchmark of the demo data generator on SQLite: prints rows per second, per-step times, peak memory and
// the size of the database file. Not a test: nothing is asserted.
//
// BenchDemoData [--people N] [--days D] [--scans-per-day M] [--seed S] [--dir DIR]

#include "BenchSupport.h"

#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "demo/DemoDataGenerator.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hc;

namespace {

using bench::peakRss;

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    demo::DemoDataOptions o;
    o.people = 1'000'000;
    o.days = 28;
    o.scansPerDay = 400'000;
    o.seed = 1;
    QString dirArg;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString& key = args.at(i);
        const QString& value = args.at(i + 1);
        bool ok = true;
        if (key == QLatin1String("--people"))
            o.people = value.toLongLong(&ok);
        else if (key == QLatin1String("--days"))
            o.days = value.toInt(&ok);
        else if (key == QLatin1String("--scans-per-day"))
            o.scansPerDay = value.toLongLong(&ok);
        else if (key == QLatin1String("--seed"))
            o.seed = value.toULongLong(&ok);
        else if (key == QLatin1String("--dir"))
            dirArg = value;
        else
            ok = false;
        if (!ok) {
            std::fprintf(stderr, "usage: BenchDemoData [--people N] [--days D] [--scans-per-day M] [--seed S] "
                                 "[--dir DIR]\n");
            return 2;
        }
    }
    if (args.size() % 2 != 0) {
        std::fprintf(stderr,
                     "usage: BenchDemoData [--people N] [--days D] [--scans-per-day M] [--seed S] [--dir DIR]\n");
        return 2;
    }

    if (!crypto::Crypto::initialize())
        return 1;
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-demo-XXXXXX")
                                       : dirArg + QStringLiteral("/bench-demo-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    db::DatabaseUrl url;
    url.backend = db::Backend::SQLite;
    url.path = tmp.filePath(QStringLiteral("bench.sqlite"));
    double seconds = 0;
    demo::DemoDataReport report;
    {
        auto db = db::Database::open(url, QStringLiteral("bench"));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        auto admin =
            services::UserService::initialize(db.value(), QStringLiteral("admin"), QStringLiteral("admin-password-1"),
                                              QStringLiteral("990000"), QStringLiteral("Bench Province"));
        if (!admin) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
            return 1;
        }
        auto session = auth::Authenticator::sessionFor(db.value(), admin.value());
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
            return 1;
        }
        std::printf("BenchDemoData: %lld people, %d days, %lld scans/day, seed %llu, SQLite %s\n",
                    static_cast<long long>(o.people), o.days, static_cast<long long>(o.scansPerDay),
                    static_cast<unsigned long long>(o.seed), qPrintable(url.path));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        auto r = demo::DemoDataGenerator::generate(db.value(), session.value(), o);
        seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        report = r.value();
    }
    double peopleSeconds = 0;
    double scanSeconds = 0;
    for (const demo::DemoPhaseTiming& p : report.phases) {
        std::printf("  %-8s %12lld rows %8.2f s (CPU %6.2f s) %12.0f rows/s\n", qPrintable(p.phase),
                    static_cast<long long>(p.rows), p.seconds, p.cpuSeconds,
                    p.seconds > 0 ? static_cast<double>(p.rows) / p.seconds : 0.0);
        if (p.phase == QLatin1String("people"))
            peopleSeconds = p.seconds;
        if (p.phase == QLatin1String("scans"))
            scanSeconds = p.seconds;
    }
    qint64 bytes = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        bytes += QFileInfo(url.path + QLatin1String(suffix)).size();
    std::printf("people/s      %.0f\n", peopleSeconds > 0 ? static_cast<double>(report.people) / peopleSeconds : 0.0);
    std::printf("scans/s       %.0f\n", scanSeconds > 0 ? static_cast<double>(report.scans) / scanSeconds : 0.0);
    std::printf("total         %.2f s (%lld venues, %lld test results, %lld scans)\n", seconds,
                static_cast<long long>(report.venues), static_cast<long long>(report.testResults),
                static_cast<long long>(report.scans));
    std::printf("peak RSS      %s\n", peakRss().constData());
    std::printf("database      %.1f MiB\n", mib(bytes));
    return 0;
}
