#include "ImportService.h"

#include "ImportRun.h"
#include "JurisdictionImporter.h"
#include "PeopleImporter.h"
#include "RiskAreaImporter.h"
#include "ScanImporter.h"
#include "TestResultImporter.h"
#include "VenueImporter.h"

#include <QCoreApplication>

#include <memory>

namespace hc::imports {

namespace {
std::unique_ptr<Importer> create(const db::Database& db, const auth::Session& session, ImportKind kind,
                                 const ImportOptions& options)
{
    switch (kind) {
    case ImportKind::Scans:
        return std::make_unique<ScanImporter>(db, session, options);
    case ImportKind::People:
        return std::make_unique<PeopleImporter>(db, session, options);
    case ImportKind::Tests:
        return std::make_unique<TestResultImporter>(db, session, options);
    case ImportKind::RiskAreas:
        return std::make_unique<RiskAreaImporter>(db, session, options);
    case ImportKind::Venues:
        return std::make_unique<VenueImporter>(db, session, options);
    case ImportKind::Jurisdictions:
        return nullptr;
    }
    return nullptr;
}

Error noColumns()
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("hc::imports::ImportService",
                                                 "Jurisdictions come from GeoJSON, which has no columns to map."));
}
} // namespace

Result<ImportReport> ImportService::importFile(const db::Database& db, const auth::Session& session, ImportKind kind,
                                               const QString& path, const ImportOptions& options,
                                               const Progress& progress)
{
    if (kind == ImportKind::Jurisdictions)
        return JurisdictionImporter(db, session, options).run(path, progress);
    return create(db, session, kind, options)->run(path, progress);
}

Result<ImportPreview> ImportService::preview(const db::Database& db, const auth::Session& session, ImportKind kind,
                                             const QString& path, const ImportOptions& options, int rows)
{
    if (kind == ImportKind::Jurisdictions)
        return noColumns();
    const Status allowed = session.require(auth::Permission::ImportData);
    if (!allowed)
        return allowed.error();
    return create(db, session, kind, options)->preview(path, rows);
}

QList<FieldSpec> ImportService::fields(const db::Database& db, const auth::Session& session, ImportKind kind)
{
    if (kind == ImportKind::Jurisdictions)
        return {};
    return create(db, session, kind, {})->fields();
}

Result<QList<RejectedRow>> ImportService::rejects(const db::Database& db, const auth::Session& session, qint64 runId,
                                                  int limit)
{
    const Status allowed = session.require(auth::Permission::ImportData);
    if (!allowed)
        return allowed.error();
    auto run = ImportRun::byId(db, runId);
    if (!run)
        return run.error();
    return run.value().rejects(db, limit);
}

} // namespace hc::imports
