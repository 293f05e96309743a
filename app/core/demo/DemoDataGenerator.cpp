#include "DemoDataGenerator.h"

#include "DemoDataRun.h"
#include "SqliteTuning.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::demo {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::demo::DemoDataGenerator)
};
} // namespace

Result<DemoDataReport> DemoDataGenerator::generate(const db::Database& db, const auth::Session& session,
                                                   const DemoDataOptions& options, const Progress& progress)
{
    const Status allowed = session.require(auth::Permission::GenerateDemoData);
    if (!allowed)
        return allowed.error();
    if (options.people < 1 || options.people > 20'000'000)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("people: %1 is out of range; give 1 to 20,000,000.").arg(options.people));
    if (options.days < 1 || options.days > 366)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("days: %1 is out of range; give 1 to 366.").arg(options.days));
    if (options.scansPerDay < 0 || options.scansPerDay > 50'000'000)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("scans per day: %1 is out of range; give 0 to 50,000,000.").arg(options.scansPerDay));

    // Enough page cache for the two unique people indexes (about 80 bytes a person); the other indexes
    // are built after the load, and appended table pages need no cache.
    const qint64 cacheKiB = std::clamp<qint64>(64 * 1024 + options.people / 8, 64 * 1024, 1024 * 1024);
    SqliteTuning tuning(db, cacheKiB);
    if (!tuning.status())
        return tuning.status().error();
    DemoDataRun run(db, session, options, progress);
    return run.run();
}

} // namespace hc::demo
