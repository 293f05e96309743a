#pragma once
// What the database benchmarks share: timers, peak memory, the synthetic city's options and arguments, and the
// database they run on (a fresh test database, or one generated once and kept for later runs).

#include "TestDatabase.h"

#include "auth/Session.h"
#include "db/Database.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hc::bench {

double seconds(const QElapsedTimer& t);
// CPU time of the whole process: on a machine shared with other work, wall time alone misleads.
double cpuSeconds();
// VmHWM of /proc/self/status, e.g. "97312 kB".
QByteArray peakRss();

struct CityOptions
{
    qint64 people = 1'000'000;
    int days = 14;
    qint64 scansPerDay = 200'000;
    quint64 seed = 1;
    QString postgresUrl = qEnvironmentVariable("HC_TEST_PG_URL");
    bool sqlite = true;
    QString keep;   // SQLite file generated once and reused
    QString keepPg; // PostgreSQL database generated once and reused
};

// Reads --people --days --scans-per-day --seed --postgresql --no-sqlite --keep --keep-pg, and a benchmark's own
// "--key value" options through own(key, value, &ok), which returns whether it knows the key. Prints usage and
// returns false on anything else.
using OwnOption = std::function<bool(const QString& key, const QString& value, bool* ok)>;
bool parseArguments(const QStringList& args, CityOptions* o, const char* usage, const OwnOption& own = {});

class BenchDatabase final
{
public:
    // Prints why and returns null when it cannot be opened or created.
    static std::unique_ptr<BenchDatabase> open(const QString& backend, const CityOptions& o);

    const db::Database& db() const;
    // People already in a kept database (0 in a fresh one).
    qint64 storedPeople() const { return m_storedPeople; }
    // The administrator the synthetic city is generated for (UserService::initialize); nullopt after printing why.
    std::optional<auth::Session> createAdministrator() const;
    // A kept database's administrator; nullopt after printing why.
    std::optional<auth::Session> existingAdministrator() const;

private:
    mutable std::optional<test::TestDatabase> m_fixture; // its db() is not const
    std::optional<db::Database> m_kept;
    qint64 m_storedPeople = 0;
};

} // namespace hc::bench
