#include "BenchSupport.h"

#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "services/UserService.h"

#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

namespace hc::bench {

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

QByteArray peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return "?";
}

bool parseArguments(const QStringList& args, CityOptions* o, const char* usage, const OwnOption& own)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& key = args.at(i);
        if (key == QLatin1String("--no-sqlite")) {
            o->sqlite = false;
            continue;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "%s", usage);
            return false;
        }
        const QString value = args.at(++i);
        bool ok = true;
        if (key == QLatin1String("--people"))
            o->people = value.toLongLong(&ok);
        else if (key == QLatin1String("--days"))
            o->days = value.toInt(&ok);
        else if (key == QLatin1String("--scans-per-day"))
            o->scansPerDay = value.toLongLong(&ok);
        else if (key == QLatin1String("--seed"))
            o->seed = value.toULongLong(&ok);
        else if (key == QLatin1String("--postgresql"))
            o->postgresUrl = value;
        else if (key == QLatin1String("--keep"))
            o->keep = value;
        else if (key == QLatin1String("--keep-pg"))
            o->keepPg = value;
        else if (!own || !own(key, value, &ok))
            ok = false;
        if (!ok) {
            std::fprintf(stderr, "%s", usage);
            return false;
        }
    }
    return true;
}

std::unique_ptr<BenchDatabase> BenchDatabase::open(const QString& backend, const CityOptions& o)
{
    qputenv("HC_TEST_BACKEND", backend.toUtf8());
    if (!o.postgresUrl.isEmpty())
        qputenv("HC_TEST_PG_URL", o.postgresUrl.toUtf8());
    auto b = std::unique_ptr<BenchDatabase>(new BenchDatabase);
    const bool sqlite = backend == QLatin1String("sqlite");
    if (sqlite ? o.keep.isEmpty() : o.keepPg.isEmpty()) {
        b->m_fixture.emplace();
        if (!b->m_fixture->isReady()) {
            std::printf("cannot create the database: %s\n", qPrintable(b->m_fixture->error()));
            return nullptr;
        }
        return b;
    }
    db::DatabaseUrl url;
    if (sqlite) {
        url.backend = db::Backend::SQLite;
        url.path = o.keep;
    } else {
        auto server = db::DatabaseUrl::parse(o.postgresUrl);
        if (!server) {
            std::printf("bad URL: %s\n", qPrintable(server.error().message));
            return nullptr;
        }
        url = server.value();
        auto maintenance = db::Database::open(url, QStringLiteral("bench-server"), db::Database::OpenMode::NoMigrate);
        if (maintenance) // fails harmlessly when the database exists already
            (void)maintenance->execute(QStringLiteral("CREATE DATABASE ") + o.keepPg);
        url.name = o.keepPg;
    }
    auto opened = db::Database::open(url, QStringLiteral("bench"));
    if (!opened) {
        std::printf("cannot open %s: %s\n", qPrintable(url.displayString()), qPrintable(opened.error().message));
        return nullptr;
    }
    b->m_kept.emplace(std::move(opened).value());
    // Counted and finished before a generator drops and rebuilds the indexes of people (SQLite refuses while read).
    auto people = db::run(*b->m_kept, QStringLiteral("SELECT COUNT(*) FROM people"));
    b->m_storedPeople = people && people.value().next() ? people.value().value(0).toLongLong() : 0;
    if (b->m_storedPeople > 0)
        std::printf("reusing %s (%lld people)\n", qPrintable(url.displayString()),
                    static_cast<long long>(b->m_storedPeople));
    return b;
}

const db::Database& BenchDatabase::db() const
{
    return m_kept ? *m_kept : m_fixture->db();
}

std::optional<auth::Session> BenchDatabase::createAdministrator() const
{
    crypto::Crypto::initialize();
    auto id = services::UserService::initialize(db(), QStringLiteral("admin"), QStringLiteral("bench-password-1"),
                                                QStringLiteral("990000"), QStringLiteral("Bench Province"));
    auto session = id ? auth::Authenticator::sessionFor(db(), id.value()) : Result<auth::Session>(id.error());
    if (!session) {
        std::printf("cannot create the administrator: %s\n", qPrintable(session.error().message));
        return std::nullopt;
    }
    return session.value();
}

std::optional<auth::Session> BenchDatabase::existingAdministrator() const
{
    auto id = db::run(db(), QStringLiteral("SELECT id FROM users WHERE name = 'admin'"));
    if (!id || !id.value().next()) {
        std::printf("no administrator in the kept database\n");
        return std::nullopt;
    }
    auto session = auth::Authenticator::sessionFor(db(), id.value().value(0).toLongLong());
    if (!session) {
        std::printf("cannot read the administrator: %s\n", qPrintable(session.error().message));
        return std::nullopt;
    }
    return session.value();
}

} // namespace hc::bench
