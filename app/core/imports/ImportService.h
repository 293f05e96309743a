#pragma once
// The one entry point for imports (GUI dialog, healthcode-ctl, tests): picks the importer for a kind.
// See Importer.h for what is stored when, and JurisdictionImporter.h for GeoJSON.

#include "ColumnMapping.h"
#include "ImportKind.h"
#include "ImportOptions.h"
#include "ImportPreview.h"
#include "ImportReport.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <functional>

namespace hc::imports {

class ImportService final
{
public:
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    static Result<ImportReport> importFile(const db::Database& db, const auth::Session& session, ImportKind kind,
                                           const QString& path, const ImportOptions& options = {},
                                           const Progress& progress = {});
    // The first rows and how they map, for the mapping dialog (not for jurisdictions: GeoJSON has no columns).
    static Result<ImportPreview> preview(const db::Database& db, const auth::Session& session, ImportKind kind,
                                         const QString& path, const ImportOptions& options = {}, int rows = 10);
    static QList<FieldSpec> fields(const db::Database& db, const auth::Session& session, ImportKind kind);
    // The stored rejected rows of a run (for a report downloaded later).
    static Result<QList<RejectedRow>> rejects(const db::Database& db, const auth::Session& session, qint64 runId,
                                              int limit = 100000);
};

} // namespace hc::imports
