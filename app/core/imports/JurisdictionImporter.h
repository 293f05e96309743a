#pragma once
// Jurisdictions with their boundaries from GeoJSON (RFC 7946): a FeatureCollection whose features have
// properties code, name, name_en, level (province, city, district) and parent (the parent's code), and
// a Polygon or MultiPolygon geometry, stored as the boundary. New codes are added under their parent;
// existing codes get their names and boundary updated (level and parent never change). The whole file
// is one transaction: every feature that passes is stored together with the run and audit records, or
// nothing is; features that do not pass are reported by their number.

#include "ImportOptions.h"
#include "ImportReport.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <functional>

namespace hc::imports {

class JurisdictionImporter final
{
public:
    static constexpr qint64 kMaxBytes = qint64(256) << 20;
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    JurisdictionImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    Result<ImportReport> run(const QString& path, const Progress& progress = {});

private:
    const db::Database& m_db;
    const auth::Session& m_session;
    ImportOptions m_options;
};

} // namespace hc::imports
