#pragma once
// What an import file holds.

#include <QString>

#include <optional>

namespace hc::imports {

enum class ImportKind
{
    Scans,
    People,
    Tests,
    RiskAreas,
    Venues,
    Jurisdictions
};

class ImportKinds final
{
public:
    static QString key(ImportKind kind); // as stored in import_runs.kind: "risk_areas"
    // The stored key or the command-line word ("risk-areas").
    static std::optional<ImportKind> fromName(const QString& name);
    static QString displayName(ImportKind kind); // translated
};

} // namespace hc::imports
