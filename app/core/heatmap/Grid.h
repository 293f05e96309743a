#pragma once
// The heatmap grid: square-ish cells of a configurable size on a plain latitude/longitude grid. Rows are
// cellSize metres of latitude; columns are cellSize metres of longitude at one reference latitude, so the
// cells stay aligned across the whole province (off the reference latitude they are slightly narrower).

#include <QPoint>
#include <QRectF>

namespace hc::heatmap {

class Grid final
{
public:
    Grid() : Grid(500, 30.0) {}
    Grid(int cellSizeMetres, double referenceLatitude);

    int cellSizeMetres() const { return m_cellSize; }
    double referenceLatitude() const { return m_refLat; }
    // Cell (x = column, y = row) of a point.
    QPoint cellOf(double lat, double lon) const;
    // The cell's rectangle in degrees: x = longitude, y = latitude (south edge at top()).
    QRectF cellRect(int cx, int cy) const;

private:
    int m_cellSize;
    double m_refLat;
    double m_dLat;
    double m_dLon;
};

} // namespace hc::heatmap
