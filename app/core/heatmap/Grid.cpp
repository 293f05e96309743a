#include "Grid.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hc::heatmap {

namespace {
constexpr double kMetresPerDegree = 111320.0; // along a meridian, and along the equator
}

Grid::Grid(int cellSizeMetres, double referenceLatitude)
    : m_cellSize(cellSizeMetres), m_refLat(referenceLatitude), m_dLat(cellSizeMetres / kMetresPerDegree),
      m_dLon(cellSizeMetres /
             (kMetresPerDegree * std::cos(std::clamp(referenceLatitude, -80.0, 80.0) * std::numbers::pi / 180.0)))
{}

QPoint Grid::cellOf(double lat, double lon) const
{
    return QPoint(static_cast<int>(std::floor(lon / m_dLon)), static_cast<int>(std::floor(lat / m_dLat)));
}

QRectF Grid::cellRect(int cx, int cy) const
{
    return QRectF(cx * m_dLon, cy * m_dLat, m_dLon, m_dLat);
}

} // namespace hc::heatmap
