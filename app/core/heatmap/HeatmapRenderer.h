#pragma once
// Draws a heatmap frame with QPainter; the map widget, the page's PNG export and healthcode-ctl heatmap share
// it, so every picture of the figures is the same picture. District boundaries with names, the cells on a
// perceptually uniform colour scale (viridis, logarithmic) clipped to their district, suppressed cells
// hatched grey and never given a number, and a legend that names the metric, the colour of codes shown, the
// scale and the suppression threshold: colours of codes are always named, never shown by colour alone.

#include "Geography.h"
#include "HeatmapQuery.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

class QPainter;

namespace hc::heatmap {

enum class HeatmapMetric
{
    Scans,
    People
};

class HeatmapRenderer final
{
public:
    struct MapArea
    {
        qint64 id = 0;
        QString name;
        QPainterPath path; // degrees: x = longitude, y = latitude; empty when the area has no boundary
    };

    HeatmapRenderer();

    // The city of jurisdictionId (a city or a district) with its districts, from the geography.
    void setAreas(const Geography& geography, qint64 jurisdictionId);
    void setFrame(const HeatmapFrame& frame);
    void setMetric(HeatmapMetric metric) { m_metric = metric; }
    void setColour(std::optional<ScanColour> colour) { m_colour = colour; }
    // The top of the colour scale, so that the hours of a play-back share one scale; 0: the frame's own
    // largest shown figure. Only shown figures ever set it.
    void setScaleMaximum(qint64 maximum) { m_scaleMaximum = maximum; }
    // A line over the map (the city and the window or hour); empty: none.
    void setTitle(const QString& title) { m_title = title; }
    // The part of the map shown, in degrees; empty: the whole extent.
    void setView(const QRectF& degrees) { m_view = degrees; }
    void setFont(const QFont& font) { m_font = font; }
    void setHighlightedCell(int index) { m_highlighted = index; }
    void setLegendVisible(bool visible) { m_legend = visible; }

    const HeatmapFrame& frame() const { return m_frame; }
    const QList<MapArea>& areas() const { return m_areas; }
    HeatmapMetric metric() const { return m_metric; }
    std::optional<ScanColour> colour() const { return m_colour; }
    const QRectF& view() const { return m_view; }
    // The selected jurisdiction's boundary (or its cells) with a small margin, in degrees.
    QRectF fullExtent() const;
    // The area's boundary in degrees (empty when it has none).
    QRectF areaBounds(qint64 id) const;

    void paint(QPainter& painter, const QRectF& target) const;
    // The whole picture on a white image of size (the PNG export).
    QImage render(const QSize& size) const;

    // Degrees to target coordinates (x = longitude, y = latitude, north up, longitudes shortened by the
    // cosine of the latitude so that cells look square).
    QTransform transform(const QRectF& target) const;
    // Index into frame().cells of the cell under point (target coordinates); -1 when none.
    int cellAt(const QRectF& target, const QPointF& point) const;
    // The district under point; 0 when none.
    qint64 areaAt(const QRectF& target, const QPointF& point) const;
    QString areaName(qint64 id) const;

    // The figure the map shows for a shown cell; suppressed figures have none.
    std::optional<qint64> valueOf(const Figure& figure) const;
    // The top of the scale in use (0 when nothing is shown).
    qint64 scaleMaximum() const;
    QColor colourFor(qint64 value) const;
    // A cell's figures for a tooltip: "suppressed" without numbers when it is suppressed.
    QString describeCell(int index) const;

    // Viridis at t in [0, 1].
    static QColor ramp(double t);
    static QColor suppressedColour();
    static QString metricName(HeatmapMetric metric);
    // "all colours", "green codes", ... (translated).
    static QString colourFilterName(std::optional<ScanColour> colour);

private:
    double scaleOf(qint64 value) const;
    QRectF effectiveView() const;
    void paintLegend(QPainter& painter, const QRectF& target) const;
    void paintTitle(QPainter& painter, const QRectF& target) const;
    void paintLabels(QPainter& painter, const QTransform& t, const QRectF& target) const;

    QList<MapArea> m_areas;
    QPainterPath m_outline; // the city's own boundary
    qint64 m_selected = 0;  // the jurisdiction asked for
    HeatmapFrame m_frame;
    HeatmapMetric m_metric = HeatmapMetric::Scans;
    std::optional<ScanColour> m_colour;
    qint64 m_scaleMaximum = 0;
    QString m_title;
    QRectF m_view;
    QFont m_font;
    int m_highlighted = -1;
    bool m_legend = true;
};

} // namespace hc::heatmap
