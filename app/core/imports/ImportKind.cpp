#include "ImportKind.h"

#include <QCoreApplication>

namespace hc::imports {

namespace {
struct KindInfo
{
    ImportKind kind;
    const char* key;
    const char* name;
};

const KindInfo kKinds[] = {
    {ImportKind::Scans, "scans", QT_TRANSLATE_NOOP("hc::imports", "scan events")},
    {ImportKind::People, "people", QT_TRANSLATE_NOOP("hc::imports", "people")},
    {ImportKind::Tests, "tests", QT_TRANSLATE_NOOP("hc::imports", "test results")},
    {ImportKind::RiskAreas, "risk_areas", QT_TRANSLATE_NOOP("hc::imports", "risk areas")},
    {ImportKind::Venues, "venues", QT_TRANSLATE_NOOP("hc::imports", "venues")},
    {ImportKind::Jurisdictions, "jurisdictions", QT_TRANSLATE_NOOP("hc::imports", "jurisdictions")},
};
} // namespace

QString ImportKinds::key(ImportKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<ImportKind> ImportKinds::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& k : kKinds)
        if (n == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString ImportKinds::displayName(ImportKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("hc::imports", k.name);
    return {};
}

} // namespace hc::imports
