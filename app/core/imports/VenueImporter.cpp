#include "VenueImporter.h"

#include "BatchLookup.h"
#include "FieldParser.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::VenueImporter)
};

struct Stored
{
    QString name;
    QString kind;
    qint64 district = 0;
    double lat = 0;
    double lon = 0;
};

bool same(double a, double b)
{
    return std::fabs(a - b) < 1e-7;
}
} // namespace

VenueImporter::VenueImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options)
    : Importer(db, session, ImportKind::Venues, options)
{}

VenueImporter::~VenueImporter() = default;

QList<FieldSpec> VenueImporter::fields() const
{
    return {
        {QStringLiteral("code"),
         true,
         {QStringLiteral("venue_code"), QStringLiteral("场所编码"), QStringLiteral("编码")},
         Tr::tr("The venue's unique code")},
        {QStringLiteral("name"),
         true,
         {QStringLiteral("venue_name"), QStringLiteral("场所名称"), QStringLiteral("名称")},
         Tr::tr("The venue's name")},
        {QStringLiteral("kind"),
         false,
         {QStringLiteral("type"), QStringLiteral("category"), QStringLiteral("类型"), QStringLiteral("场所类型")},
         Tr::tr("What kind of place it is (other when absent)")},
        {QStringLiteral("district"),
         true,
         {QStringLiteral("district_code"), QStringLiteral("区县"), QStringLiteral("区县编码")},
         Tr::tr("The district's code or name")},
        {QStringLiteral("lat"),
         true,
         {QStringLiteral("latitude"), QStringLiteral("纬度")},
         Tr::tr("Latitude in degrees")},
        {QStringLiteral("lon"),
         true,
         {QStringLiteral("lng"), QStringLiteral("long"), QStringLiteral("longitude"), QStringLiteral("经度")},
         Tr::tr("Longitude in degrees")},
    };
}

Status VenueImporter::prepare()
{
    auto geography = heatmap::Geography::load(database());
    if (!geography)
        return geography.error();
    m_geography = std::move(geography).value();
    return {};
}

std::optional<Reject> VenueImporter::accept(const SourceRecord& record, const ColumnMapping& m)
{
    const QStringList& v = record.values;
    Row row;
    row.line = record.line;
    row.code = m.value(v, QStringLiteral("code"));
    if (row.code.isEmpty() || row.code.size() > 64)
        return Reject{QStringLiteral("code"), Tr::tr("The venue code must have 1 to 64 characters.")};
    row.name = m.value(v, QStringLiteral("name"));
    if (row.name.isEmpty() || row.name.size() > 200)
        return Reject{QStringLiteral("name"), Tr::tr("The venue name must have 1 to 200 characters.")};
    row.kind = m.value(v, QStringLiteral("kind"));
    if (row.kind.isEmpty())
        row.kind = QStringLiteral("other");
    if (row.kind.size() > 64)
        return Reject{QStringLiteral("kind"), Tr::tr("The kind is longer than 64 characters.")};
    const QString district = m.value(v, QStringLiteral("district"));
    const heatmap::Area* area = m_geography->findByCodeOrName(district);
    if (!area)
        return Reject{QStringLiteral("district"),
                      Tr::tr("No jurisdiction has the code or name \"%1\".").arg(shown(district))};
    if (!inScope(area->id))
        return Reject{QStringLiteral("district"),
                      Tr::tr("%1 is outside the jurisdiction of user %2.").arg(area->name, session().userName)};
    row.districtId = area->id;
    QString problem;
    const auto lat = FieldParser::number(m.value(v, QStringLiteral("lat")), -90, 90, Tr::tr("latitude"), &problem);
    if (!lat)
        return Reject{QStringLiteral("lat"), problem};
    const auto lon = FieldParser::number(m.value(v, QStringLiteral("lon")), -180, 180, Tr::tr("longitude"), &problem);
    if (!lon)
        return Reject{QStringLiteral("lon"), problem};
    row.lat = *lat;
    row.lon = *lon;
    if (area->boundary && !area->boundary->contains(row.lon, row.lat))
        return Reject{
            QStringLiteral("lat"),
            Tr::tr("The point %1, %2 lies outside the boundary of %3.").arg(row.lat).arg(row.lon).arg(area->name)};
    m_rows.push_back(std::move(row));
    return std::nullopt;
}

Status VenueImporter::writeBatch(BatchResult& result)
{
    if (m_rows.empty())
        return {};
    QStringList codes;
    for (const Row& r : m_rows)
        codes << r.code;
    QHash<QString, Stored> stored;
    Status st = BatchLookup::run(
        database(), QStringLiteral("SELECT code, name, kind, district_id, lat, lon FROM venues WHERE code IN"), codes,
        [&](const QSqlQuery& q) {
            stored.insert(q.value(0).toString(),
                          Stored{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                 q.value(4).toDouble(), q.value(5).toDouble()});
        });
    if (!st)
        return st;
    QSqlQuery ins(database().connection());
    if (!ins.prepare(
            QStringLiteral("INSERT INTO venues (code, name, kind, district_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?)")))
        return db::sqlError(ins);
    for (const Row& r : m_rows) {
        const auto s = stored.constFind(r.code);
        if (s != stored.cend()) {
            if (s->name == r.name && s->kind == r.kind && s->district == r.districtId && same(s->lat, r.lat) &&
                same(s->lon, r.lon))
                ++result.duplicates;
            else
                result.rejects << RejectedRow{
                    r.line, QStringLiteral("code"),
                    Tr::tr("Venue %1 is already stored with other details; imports never change "
                           "a venue.")
                        .arg(shown(r.code))};
            continue;
        }
        st = db::rerun(ins, {r.code, r.name, r.kind, r.districtId, r.lat, r.lon});
        if (!st)
            return st;
        stored.insert(r.code, Stored{r.name, r.kind, r.districtId, r.lat, r.lon});
        ++result.imported;
    }
    return {};
}

} // namespace hc::imports
