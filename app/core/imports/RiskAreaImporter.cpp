#include "RiskAreaImporter.h"

#include "FieldParser.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::RiskAreaImporter)
};
} // namespace

RiskAreaImporter::RiskAreaImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options)
    : Importer(db, session, ImportKind::RiskAreas, options)
{}

RiskAreaImporter::~RiskAreaImporter() = default;

QList<FieldSpec> RiskAreaImporter::fields() const
{
    return {
        {QStringLiteral("district"),
         false,
         {QStringLiteral("district_code"), QStringLiteral("区县"), QStringLiteral("区县编码")},
         Tr::tr("The district's code or name (or give a venue)")},
        {QStringLiteral("venue"),
         false,
         {QStringLiteral("venue_code"), QStringLiteral("场所编码")},
         Tr::tr("The venue's code (or give a district)")},
        {QStringLiteral("level"),
         true,
         {QStringLiteral("risk_level"), QStringLiteral("风险等级"), QStringLiteral("等级")},
         Tr::tr("low, medium or high (低/中/高风险)")},
        {QStringLiteral("from"),
         true,
         {QStringLiteral("from_at"), QStringLiteral("start"), QStringLiteral("开始时间")},
         Tr::tr("From when, with its time zone")},
        {QStringLiteral("to"),
         false,
         {QStringLiteral("to_at"), QStringLiteral("end"), QStringLiteral("结束时间")},
         Tr::tr("Until when (open-ended when absent)")},
        {QStringLiteral("note"), false, {QStringLiteral("备注")}, Tr::tr("A note")},
    };
}

QString RiskAreaImporter::columnProblem(const ColumnMapping& m) const
{
    if (!m.has(QStringLiteral("district")) && !m.has(QStringLiteral("venue")))
        return Tr::tr("risk areas need a district column or a venue column.");
    return {};
}

Status RiskAreaImporter::prepare()
{
    auto geography = heatmap::Geography::load(database());
    if (!geography)
        return geography.error();
    m_geography = std::move(geography).value();
    QSqlQuery q(database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, id, district_id FROM venues")))
        return db::sqlError(q);
    while (q.next())
        m_venues.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return {};
}

std::optional<Reject> RiskAreaImporter::accept(const SourceRecord& record, const ColumnMapping& m)
{
    const QStringList& v = record.values;
    Row row;
    row.line = record.line;
    const QString district = m.value(v, QStringLiteral("district"));
    const QString venue = m.value(v, QStringLiteral("venue"));
    if (district.isEmpty() == venue.isEmpty())
        return Reject{QStringLiteral("district"),
                      Tr::tr("A risk area is either a district or a venue: give exactly one.")};
    qint64 scopeId = 0;
    if (!district.isEmpty()) {
        const heatmap::Area* a = m_geography->findByCodeOrName(district);
        if (!a)
            return Reject{QStringLiteral("district"),
                          Tr::tr("No jurisdiction has the code or name \"%1\".").arg(shown(district))};
        row.districtId = a->id;
        scopeId = a->id;
    } else {
        const auto it = m_venues.constFind(venue);
        if (it == m_venues.cend())
            return Reject{QStringLiteral("venue"), Tr::tr("No venue has the code %1.").arg(shown(venue))};
        row.venueId = it->first;
        scopeId = it->second;
    }
    if (!inScope(scopeId))
        return Reject{row.venueId ? QStringLiteral("venue") : QStringLiteral("district"),
                      Tr::tr("The area is outside the jurisdiction of user %1.").arg(session().userName)};
    QString level = m.value(v, QStringLiteral("level")).toLower();
    if (level.endsWith(QStringLiteral("风险")))
        level.chop(2);
    if (level == QLatin1String("low") || level == QStringLiteral("低"))
        row.level = QStringLiteral("low");
    else if (level == QLatin1String("medium") || level == QStringLiteral("中"))
        row.level = QStringLiteral("medium");
    else if (level == QLatin1String("high") || level == QStringLiteral("高"))
        row.level = QStringLiteral("high");
    else
        return Reject{QStringLiteral("level"),
                      Tr::tr("\"%1\" is not a risk level (low, medium or high).").arg(shown(level))};
    QString problem;
    const auto from = FieldParser::utcSeconds(m.value(v, QStringLiteral("from")), options().timeZone, true, &problem);
    if (!from)
        return Reject{QStringLiteral("from"), problem};
    row.from = *from;
    const QString toText = m.value(v, QStringLiteral("to"));
    if (!toText.isEmpty()) {
        const auto to = FieldParser::utcSeconds(toText, options().timeZone, true, &problem);
        if (!to)
            return Reject{QStringLiteral("to"), problem};
        if (*to <= row.from)
            return Reject{QStringLiteral("to"), Tr::tr("The end is not after the start.")};
        row.to = *to;
    }
    row.note = m.value(v, QStringLiteral("note"));
    if (row.note.size() > 1000)
        return Reject{QStringLiteral("note"), Tr::tr("The note is longer than 1000 characters.")};
    m_rows.push_back(std::move(row));
    return std::nullopt;
}

Status RiskAreaImporter::writeBatch(BatchResult& result)
{
    QSqlQuery byDistrict(database().connection());
    QSqlQuery byVenue(database().connection());
    byDistrict.setForwardOnly(true);
    byVenue.setForwardOnly(true);
    if (!byDistrict.prepare(
            QStringLiteral("SELECT 1 FROM risk_areas WHERE district_id = ? AND level = ? AND from_at = ? "
                           "AND COALESCE(to_at, 0) = ?")))
        return db::sqlError(byDistrict);
    if (!byVenue.prepare(QStringLiteral("SELECT 1 FROM risk_areas WHERE venue_id = ? AND level = ? AND from_at = ? "
                                        "AND COALESCE(to_at, 0) = ?")))
        return db::sqlError(byVenue);
    QSqlQuery ins(database().connection());
    if (!ins.prepare(QStringLiteral("INSERT INTO risk_areas (district_id, venue_id, level, from_at, to_at, note) "
                                    "VALUES (?, ?, ?, ?, ?, ?)")))
        return db::sqlError(ins);
    const QVariant nullId{QMetaType(QMetaType::LongLong)};
    QSet<QString> seen;
    for (const Row& r : m_rows) {
        const QString key =
            QStringLiteral("%1|%2|%3|%4|%5").arg(r.districtId).arg(r.venueId).arg(r.level).arg(r.from).arg(r.to);
        if (seen.contains(key)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(key);
        QSqlQuery& q = r.districtId ? byDistrict : byVenue;
        Status st = db::rerun(q, {r.districtId ? r.districtId : r.venueId, r.level, r.from, r.to});
        if (!st)
            return st;
        const bool stored = q.next();
        q.finish();
        if (stored) {
            ++result.duplicates;
            continue;
        }
        st = db::rerun(ins, {r.districtId ? QVariant(r.districtId) : nullId, r.venueId ? QVariant(r.venueId) : nullId,
                             r.level, r.from, r.to ? QVariant(r.to) : nullId, r.note});
        if (!st)
            return st;
        ++result.imported;
    }
    return {};
}

} // namespace hc::imports
