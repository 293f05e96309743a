#include "Boundary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::Boundary)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

QRectF ringBounds(const Boundary::Ring& ring)
{
    double minX = ring.front().x(), maxX = minX, minY = ring.front().y(), maxY = minY;
    for (const QPointF& p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

Result<Boundary::Ring> parseRing(const QJsonValue& value, int polygon, int ring)
{
    const QString where = Tr::tr("polygon %1, ring %2").arg(polygon + 1).arg(ring + 1);
    if (!value.isArray())
        return invalid(Tr::tr("Boundary %1 is not an array of positions.").arg(where));
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4)
        return invalid(
            Tr::tr("Boundary %1 has %2 positions; a closed ring needs at least 4.").arg(where).arg(positions.size()));
    Boundary::Ring out;
    out.reserve(static_cast<std::size_t>(positions.size()));
    for (int i = 0; i < positions.size(); ++i) {
        const QJsonArray pos = positions.at(i).toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble())
            return invalid(Tr::tr("Boundary %1, position %2 is not [longitude, latitude].").arg(where).arg(i + 1));
        const double lon = pos.at(0).toDouble();
        const double lat = pos.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return invalid(Tr::tr("Boundary %1, position %2 (%3, %4) is not a longitude and latitude in degrees.")
                               .arg(where)
                               .arg(i + 1)
                               .arg(lon)
                               .arg(lat));
        out.emplace_back(lon, lat);
    }
    if (out.front() != out.back())
        return invalid(Tr::tr("Boundary %1 is not closed: its last position must repeat the first.").arg(where));
    return out;
}
} // namespace

Result<Boundary> Boundary::fromGeoJson(const QJsonObject& geometry)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    QJsonArray polygons;
    if (type == QLatin1String("Polygon"))
        polygons.append(geometry.value(QLatin1String("coordinates")));
    else if (type == QLatin1String("MultiPolygon"))
        polygons = geometry.value(QLatin1String("coordinates")).toArray();
    else
        return invalid(Tr::tr("The geometry type is \"%1\"; a boundary must be a Polygon or MultiPolygon.").arg(type));
    if (polygons.isEmpty())
        return invalid(Tr::tr("The geometry has no polygons."));
    Boundary b;
    for (int pi = 0; pi < polygons.size(); ++pi) {
        const QJsonArray rings = polygons.at(pi).toArray();
        if (rings.isEmpty())
            return invalid(Tr::tr("Polygon %1 of the geometry has no rings.").arg(pi + 1));
        Polygon poly;
        for (int ri = 0; ri < rings.size(); ++ri) {
            auto ring = parseRing(rings.at(ri), pi, ri);
            if (!ring)
                return ring.error();
            poly.rings.push_back(std::move(ring).value());
        }
        poly.bounds = ringBounds(poly.rings.front());
        b.m_bounds = b.m_bounds.isNull() ? poly.bounds : b.m_bounds.united(poly.bounds);
        b.m_polygons.push_back(std::move(poly));
    }
    b.m_geometry = QJsonObject{{QStringLiteral("type"), type},
                               {QStringLiteral("coordinates"), geometry.value(QLatin1String("coordinates"))}};
    return b;
}

Result<Boundary> Boundary::fromText(const QString& geoJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(geoJson.toUtf8(), &error);
    if (!doc.isObject())
        return invalid(Tr::tr("The stored boundary is not a GeoJSON object: %1").arg(error.errorString()));
    return fromGeoJson(doc.object());
}

bool Boundary::ringContains(const Ring& ring, double lon, double lat)
{
    // Ray casting towards +longitude; the ring is closed, so every edge is (i - 1, i).
    bool inside = false;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const QPointF& a = ring[i - 1];
        const QPointF& b = ring[i];
        if ((a.y() > lat) != (b.y() > lat)) {
            const double x = a.x() + (lat - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (lon < x)
                inside = !inside;
        }
    }
    return inside;
}

bool Boundary::contains(double lon, double lat) const
{
    if (!m_bounds.contains(QPointF(lon, lat)))
        return false;
    for (const Polygon& p : m_polygons) {
        if (!p.bounds.contains(QPointF(lon, lat)) || !ringContains(p.rings.front(), lon, lat))
            continue;
        bool inHole = false;
        for (std::size_t h = 1; h < p.rings.size() && !inHole; ++h)
            inHole = ringContains(p.rings[h], lon, lat);
        if (!inHole)
            return true;
    }
    return false;
}

QPainterPath Boundary::path() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon& p : m_polygons)
        for (const Ring& r : p.rings) {
            path.moveTo(r.front());
            for (std::size_t i = 1; i < r.size(); ++i)
                path.lineTo(r[i]);
            path.closeSubpath();
        }
    return path;
}

QString Boundary::toText() const
{
    return QString::fromUtf8(QJsonDocument(m_geometry).toJson(QJsonDocument::Compact));
}

} // namespace hc::heatmap
