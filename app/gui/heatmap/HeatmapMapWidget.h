#pragma once
// The heatmap map on screen: paints with the core HeatmapRenderer (the same picture as the PNG export),
// shows a cell's figures or "suppressed" as its tooltip, zooms with the wheel, pans by dragging, and zooms
// to a district on double-click.

#include "heatmap/HeatmapRenderer.h"

#include <QWidget>

namespace hc::gui {

class HeatmapMapWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapMapWidget(QWidget* parent = nullptr);

    // Areas of the city of jurisdictionId; the view fits the jurisdiction.
    void setAreas(const heatmap::Geography& geography, qint64 jurisdictionId);
    void setFrame(const heatmap::HeatmapFrame& frame);
    void setMetric(heatmap::HeatmapMetric metric);
    void setColour(std::optional<heatmap::ScanColour> colour);
    void setScaleMaximum(qint64 maximum);
    void setTitle(const QString& title);

    const heatmap::HeatmapRenderer& renderer() const { return m_renderer; }
    // The cells painted now (the model of the picture).
    const QList<heatmap::HeatmapCell>& cells() const { return m_renderer.frame().cells; }
    // Index into cells() under a widget position; -1 when none.
    int cellAt(const QPoint& position) const;
    // A widget position inside cell index (inside its district), or (-1, -1) when it is not on screen.
    QPoint positionOf(int index) const;
    // What the tooltip at position says (empty: no cell there).
    QString toolTipAt(const QPoint& position) const;

    void zoomToArea(qint64 id);
    void resetView();
    void zoom(double factor, const QPointF& around);

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

Q_SIGNALS:
    void areaActivated(qint64 id);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRectF target() const;
    QRectF currentView() const;

    heatmap::HeatmapRenderer m_renderer;
    QPointF m_dragFrom;
    QRectF m_dragView;
    bool m_dragging = false;
};

} // namespace hc::gui
