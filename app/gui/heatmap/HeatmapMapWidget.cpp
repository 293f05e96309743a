#include "HeatmapMapWidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace hc::gui {

HeatmapMapWidget::HeatmapMapWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    m_renderer.setFont(font());
}

QRectF HeatmapMapWidget::target() const
{
    return QRectF(rect());
}

QRectF HeatmapMapWidget::currentView() const
{
    return m_renderer.view().isEmpty() ? m_renderer.fullExtent() : m_renderer.view();
}

void HeatmapMapWidget::setAreas(const heatmap::Geography& geography, qint64 jurisdictionId)
{
    m_renderer.setAreas(geography, jurisdictionId);
    m_renderer.setView({});
    m_renderer.setHighlightedCell(-1);
    update();
}

void HeatmapMapWidget::setFrame(const heatmap::HeatmapFrame& frame)
{
    m_renderer.setHighlightedCell(-1);
    m_renderer.setFrame(frame);
    // The figures under the pointer changed: a tooltip on screen would show the old ones.
    if (QToolTip::isVisible() && underMouse())
        QToolTip::hideText();
    update();
}

void HeatmapMapWidget::setMetric(heatmap::HeatmapMetric metric)
{
    m_renderer.setMetric(metric);
    update();
}

void HeatmapMapWidget::setColour(std::optional<heatmap::ScanColour> colour)
{
    m_renderer.setColour(colour);
    update();
}

void HeatmapMapWidget::setScaleMaximum(qint64 maximum)
{
    m_renderer.setScaleMaximum(maximum);
    update();
}

void HeatmapMapWidget::setTitle(const QString& title)
{
    m_renderer.setTitle(title);
    update();
}

int HeatmapMapWidget::cellAt(const QPoint& position) const
{
    return m_renderer.cellAt(target(), QPointF(position));
}

QPoint HeatmapMapWidget::positionOf(int index) const
{
    if (index < 0 || index >= cells().size())
        return {-1, -1};
    const QRectF r = m_renderer.transform(target()).mapRect(cells().at(index).bounds);
    // A cell split at a district border: try points across it until one lands in the right part.
    for (int i = 1; i < 8; ++i)
        for (int j = 1; j < 8; ++j) {
            const QPoint p(static_cast<int>(r.left() + r.width() * i / 8),
                           static_cast<int>(r.top() + r.height() * j / 8));
            if (rect().contains(p) && cellAt(p) == index)
                return p;
        }
    return {-1, -1};
}

QString HeatmapMapWidget::toolTipAt(const QPoint& position) const
{
    const int cell = cellAt(position);
    if (cell >= 0)
        return m_renderer.describeCell(cell);
    const qint64 area = m_renderer.areaAt(target(), QPointF(position));
    return area != 0
               ? tr("%1: no scans in this cell. Double-click to zoom to the district.").arg(m_renderer.areaName(area))
               : QString();
}

void HeatmapMapWidget::zoomToArea(qint64 id)
{
    QRectF r = m_renderer.areaBounds(id);
    if (r.isEmpty())
        return;
    const double margin = std::max(r.width(), r.height()) * 0.05;
    m_renderer.setView(r.adjusted(-margin, -margin, margin, margin));
    update();
}

void HeatmapMapWidget::resetView()
{
    m_renderer.setView({});
    update();
}

void HeatmapMapWidget::zoom(double factor, const QPointF& around)
{
    const QRectF v = currentView();
    bool invertible = false;
    const QPointF geo = m_renderer.transform(target()).inverted(&invertible).map(around);
    if (!invertible)
        return;
    // Between a whole province and a few cells.
    const double width = v.width() / factor;
    if (width < 0.005 || width > 20)
        return;
    const QPointF newTopLeft = geo - (geo - v.topLeft()) / factor;
    m_renderer.setView(QRectF(newTopLeft, v.size() / factor));
    update();
}

bool HeatmapMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatmapMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    m_renderer.paint(p, target());
}

void HeatmapMapWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), event->position());
    event->accept();
}

void HeatmapMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    m_dragView = currentView();
    setCursor(Qt::ClosedHandCursor);
}

void HeatmapMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QTransform t = m_renderer.transform(target());
        bool invertible = false;
        const QTransform back = t.inverted(&invertible);
        if (invertible) {
            const QPointF delta = back.map(event->position()) - back.map(m_dragFrom);
            m_renderer.setView(m_dragView.translated(-delta));
            m_dragFrom = event->position();
            m_dragView = m_renderer.view();
        }
    }
    const int cell = cellAt(event->position().toPoint());
    m_renderer.setHighlightedCell(cell);
    update();
}

void HeatmapMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapMapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 area = m_renderer.areaAt(target(), event->position());
    if (area != 0) {
        zoomToArea(area);
        Q_EMIT areaActivated(area);
    }
}

void HeatmapMapWidget::leaveEvent(QEvent* event)
{
    m_renderer.setHighlightedCell(-1);
    update();
    QWidget::leaveEvent(event);
}

void HeatmapMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        m_renderer.setFont(font());
    QWidget::changeEvent(event);
}

} // namespace hc::gui
