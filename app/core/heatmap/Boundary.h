#pragma once
// A jurisdiction's boundary from GeoJSON (RFC 7946): a Polygon or MultiPolygon in lon/lat, with holes.
// Parses and validates the geometry, answers point-in-area questions and gives the path to draw.

#include "util/Result.h"

#include <QJsonObject>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace hc::heatmap {

class Boundary final
{
public:
    using Ring = std::vector<QPointF>; // x = longitude, y = latitude; closed (first == last)

    // geometry: a GeoJSON geometry object of type Polygon or MultiPolygon.
    static Result<Boundary> fromGeoJson(const QJsonObject& geometry);
    // The same from the text stored in jurisdictions.boundary.
    static Result<Boundary> fromText(const QString& geoJson);

    bool isEmpty() const { return m_polygons.empty(); }
    const QRectF& bounds() const { return m_bounds; }
    bool contains(double lon, double lat) const;
    // Odd-even path of all polygons, for QPainter (x = longitude, y = latitude).
    QPainterPath path() const;
    // The geometry as compact GeoJSON text, as stored.
    QString toText() const;

private:
    struct Polygon
    {
        std::vector<Ring> rings; // the first is the outer ring, the others holes
        QRectF bounds;
    };
    static bool ringContains(const Ring& ring, double lon, double lat);
    std::vector<Polygon> m_polygons;
    QRectF m_bounds;
    QJsonObject m_geometry;
};

} // namespace hc::heatmap
