#pragma once
// Retention of raw scans: events older than Settings::ScanRetentionDays are deleted; the rollups stay,
// but their exact per-person sets before the cutoff are hardened into HyperLogLog registers so that no
// per-person hash outlives the raw scans. Every chunk deleted or hardened is one transaction with its
// audit record (count and date range), so an interrupted purge leaves nothing half done and a rerun
// finishes it.

#include "auth/Session.h"
#include "db/Database.h"

#include <QString>

#include <functional>
#include <optional>

namespace hc::heatmap {

struct PurgeReport
{
    qint64 cutoff = 0; // scans before this time (UTC seconds) were purged
    qint64 deleted = 0;
    qint64 oldestDeleted = 0; // 0 when nothing was deleted
    qint64 newestDeleted = 0;
    qint64 hardenedBuckets = 0;
};

class Retention final
{
public:
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    // days: how many days to keep, at least Settings::ScanRetentionDays (IT's window; nullopt keeps exactly
    // that). Needs PurgeScans (administrators) and a user scoped to the whole database.
    // Whether purge() would delete anything now and session may run it (the console's start-up check:
    // one indexed probe, so that logging in costs nothing when there is nothing to purge).
    static Result<bool> due(const db::Database& db, const auth::Session& session);
    static Result<PurgeReport> purge(const db::Database& db, const auth::Session& session,
                                     const Progress& progress = {}, std::optional<int> days = std::nullopt);
};

} // namespace hc::heatmap
