#pragma once
// Deterministic synthetic data: a province with cities and districts (boundary polygons), venues,
// people with plausible Chinese names and valid ID numbers, tests, risk areas, close contacts and
// scan events with daily rhythms. The fixture of every test and benchmark and the data of demo mode.
// Daily rhythms follow China Standard Time (UTC+8); stored times are UTC.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace hc::demo {

struct DemoDataOptions
{
    qint64 people = 10000;
    int days = 7;
    qint64 scansPerDay = 20000;
    quint64 seed = 1;
    // The last day generated ends at this time (UTC); invalid: the current day.
    QDateTime endAt;
};

// How long one step took, for benchmarks and the log.
struct DemoPhaseTiming
{
    QString phase; // places, people, facts, scan indexes (part of scans), scans
    qint64 rows = 0;
    double seconds = 0;    // wall clock
    double cpuSeconds = 0; // process CPU time, user and system: comparable on a busy machine
};

struct DemoDataReport
{
    qint64 jurisdictions = 0;
    qint64 venues = 0;
    qint64 people = 0;
    qint64 testResults = 0;
    qint64 riskAreas = 0;
    qint64 closeContacts = 0;
    qint64 symptomDeclarations = 0;
    qint64 scans = 0;
    qint64 guardians = 0; // people with a guardian or proxy
    qint64 withoutSmartphone = 0;
    qint64 positives = 0; // people with a positive test
    qint64 fromSecs = 0;  // scans and facts lie in [fromSecs, toSecs), UTC
    qint64 toSecs = 0;
    double seconds = 0;
    QList<DemoPhaseTiming> phases;
};

class DemoDataGenerator final
{
public:
    // Three transactions, each with its demo.generate audit record: jurisdictions, venues and people; test
    // results, contacts, symptoms and risk areas; all scans (the last record also holds the report).
    // progress(phase, done, total) may return false to cancel; a cancelled or failed run stores nothing
    // of the transaction it was in, so a run cancelled before its people are stored leaves no trace.
    // Needs the GenerateDemoData permission; refuses a database that already has people. On SQLite it
    // loads in bulk (no fsync, foreign-key checks off, plain indexes rebuilt) and restores the settings.
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;
    static Result<DemoDataReport> generate(const db::Database& db, const auth::Session& session,
                                           const DemoDataOptions& options, const Progress& progress = {});
};

} // namespace hc::demo
