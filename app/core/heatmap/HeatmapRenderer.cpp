#include "HeatmapRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::HeatmapRenderer)
};

// Viridis (matplotlib's perceptually uniform map) sampled at nine points; linear in between is within a
// few units of the full table.
constexpr std::array<std::array<int, 3>, 9> kViridis{{{68, 1, 84},
                                                      {71, 44, 122},
                                                      {59, 81, 139},
                                                      {44, 113, 142},
                                                      {33, 144, 141},
                                                      {39, 173, 129},
                                                      {92, 200, 99},
                                                      {170, 220, 50},
                                                      {253, 231, 37}}};

const QColor kBackground(0xf4, 0xf4, 0xf0);
const QColor kLand(0xff, 0xff, 0xff);
const QColor kBorder(0x55, 0x55, 0x55);

QBrush hatch()
{
    return QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern);
}

// 1, 2, 5, 10, 20, 50, ... between lo and hi (both included), at most about five of them.
QList<qint64> ticks(qint64 lo, qint64 hi)
{
    QList<qint64> out{lo};
    if (hi <= lo)
        return out;
    QList<qint64> nice;
    for (qint64 decade = 1; decade <= hi; decade *= 10)
        for (const int m : {1, 2, 5})
            if (decade * m > lo && decade * m < hi)
                nice << decade * m;
    // Thin out to the decades when there are too many.
    if (nice.size() > 4) {
        QList<qint64> decades;
        for (const qint64 v : nice)
            if (QString::number(v).startsWith(QLatin1Char('1')))
                decades << v;
        nice = decades;
    }
    while (nice.size() > 4)
        nice.removeAt(nice.size() / 2);
    out << nice << hi;
    return out;
}

QPointF labelPoint(const QPainterPath& path)
{
    const QPointF centre = path.boundingRect().center();
    if (path.contains(centre))
        return centre;
    // A concave district: the mean of its corners, or failing that the middle of the widest row.
    QPointF mean;
    const int n = path.elementCount();
    for (int i = 0; i < n; ++i)
        mean += QPointF(path.elementAt(i).x, path.elementAt(i).y);
    if (n > 0)
        mean /= n;
    if (path.contains(mean))
        return mean;
    const QRectF b = path.boundingRect();
    for (int step = 1; step < 16; ++step)
        for (const double dy : {step / 32.0, -step / 32.0}) {
            const QPointF p(b.center().x(), b.center().y() + dy * b.height());
            if (path.contains(p))
                return p;
        }
    return centre;
}

void haloText(QPainter& p, const QPointF& centre, const QString& text, bool strong)
{
    const QFontMetricsF fm(p.font());
    const QRectF box(centre.x() - fm.horizontalAdvance(text) / 2 - 3, centre.y() - fm.height() / 2,
                     fm.horizontalAdvance(text) + 6, fm.height());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(strong ? QColor(0x22, 0x22, 0x22) : QColor(0x88, 0x88, 0x88));
    p.drawText(box, Qt::AlignCenter, text);
}
} // namespace

HeatmapRenderer::HeatmapRenderer() = default;

void HeatmapRenderer::setAreas(const Geography& geography, qint64 jurisdictionId)
{
    m_areas.clear();
    m_outline = QPainterPath();
    m_selected = jurisdictionId;
    const qint64 city = geography.cityOf(jurisdictionId);
    if (const Area* c = geography.find(city); c && c->boundary)
        m_outline = c->boundary->path();
    for (const qint64 id : geography.rollupAreasOf(city)) {
        if (id == city)
            continue;
        const Area* a = geography.find(id);
        if (!a)
            continue;
        MapArea m;
        m.id = a->id;
        m.name = a->name;
        if (a->boundary)
            m.path = a->boundary->path();
        m_areas << m;
    }
}

void HeatmapRenderer::setFrame(const HeatmapFrame& frame)
{
    m_frame = frame;
    if (m_highlighted >= m_frame.cells.size())
        m_highlighted = -1;
}

QRectF HeatmapRenderer::areaBounds(qint64 id) const
{
    for (const MapArea& a : m_areas)
        if (a.id == id)
            return a.path.boundingRect();
    return {};
}

QRectF HeatmapRenderer::fullExtent() const
{
    QRectF r = areaBounds(m_selected);
    if (r.isEmpty() && !m_outline.isEmpty())
        r = m_outline.boundingRect();
    if (r.isEmpty())
        for (const MapArea& a : m_areas)
            r = r.united(a.path.boundingRect());
    if (r.isEmpty())
        for (const HeatmapCell& c : m_frame.cells)
            r = r.united(c.bounds);
    if (r.isEmpty())
        return QRectF(120.0, 30.0, 0.1, 0.1);
    const double margin = std::max(r.width(), r.height()) * 0.04;
    return r.adjusted(-margin, -margin, margin, margin);
}

QRectF HeatmapRenderer::effectiveView() const
{
    return m_view.isEmpty() ? fullExtent() : m_view;
}

QTransform HeatmapRenderer::transform(const QRectF& target) const
{
    const QRectF v = effectiveView();
    const double kx = std::cos(std::clamp(v.center().y(), -80.0, 80.0) * std::numbers::pi / 180.0);
    const double s = std::min(target.width() / (v.width() * kx), target.height() / v.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(kx * s, -s);
    t.translate(-v.center().x(), -v.center().y());
    return t;
}

std::optional<qint64> HeatmapRenderer::valueOf(const Figure& figure) const
{
    if (figure.suppressed)
        return std::nullopt;
    return m_metric == HeatmapMetric::Scans ? figure.scans : figure.people;
}

qint64 HeatmapRenderer::scaleMaximum() const
{
    if (m_scaleMaximum > 0)
        return m_scaleMaximum;
    qint64 top = 0;
    for (const HeatmapCell& c : m_frame.cells)
        if (const auto v = valueOf(c.figure))
            top = std::max(top, *v);
    return top;
}

double HeatmapRenderer::scaleOf(qint64 value) const
{
    // Logarithmic from k (no shown cell has fewer people, nor fewer scans) to the top: counts per cell span
    // several orders of magnitude between a quiet street and a station.
    const double lo = std::max(1, m_frame.threshold);
    const double hi = static_cast<double>(std::max<qint64>(scaleMaximum(), static_cast<qint64>(lo)));
    if (hi <= lo)
        return 1.0;
    const double t =
        (std::log(std::max<double>(static_cast<double>(value), lo)) - std::log(lo)) / (std::log(hi) - std::log(lo));
    return std::clamp(t, 0.0, 1.0);
}

QColor HeatmapRenderer::colourFor(qint64 value) const
{
    return ramp(scaleOf(value));
}

QColor HeatmapRenderer::ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0) * static_cast<double>(kViridis.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(t), kViridis.size() - 2);
    const double f = t - static_cast<double>(i);
    auto mix = [&](std::size_t c) {
        return static_cast<int>(std::lround(kViridis[i][c] + f * (kViridis[i + 1][c] - kViridis[i][c])));
    };
    return QColor(mix(0), mix(1), mix(2));
}

QColor HeatmapRenderer::suppressedColour()
{
    return QColor(0xd0, 0xd0, 0xd0);
}

QString HeatmapRenderer::metricName(HeatmapMetric metric)
{
    return metric == HeatmapMetric::Scans ? Tr::tr("Scans") : Tr::tr("Distinct people");
}

QString HeatmapRenderer::colourFilterName(std::optional<ScanColour> colour)
{
    if (!colour)
        return Tr::tr("codes of all colours");
    switch (*colour) {
    case ScanColour::Green:
        return Tr::tr("green codes");
    case ScanColour::Yellow:
        return Tr::tr("yellow codes");
    case ScanColour::Red:
        return Tr::tr("red codes");
    }
    return {};
}

QString HeatmapRenderer::areaName(qint64 id) const
{
    for (const MapArea& a : m_areas)
        if (a.id == id)
            return a.name;
    return {};
}

int HeatmapRenderer::cellAt(const QRectF& target, const QPointF& point) const
{
    bool invertible = false;
    const QPointF geo = transform(target).inverted(&invertible).map(point);
    if (!invertible)
        return -1;
    int fallback = -1;
    for (int i = 0; i < m_frame.cells.size(); ++i) {
        const HeatmapCell& c = m_frame.cells.at(i);
        if (!c.bounds.contains(geo))
            continue;
        // A cell split at a district border: the part in the district under the point.
        const auto area = std::find_if(m_areas.cbegin(), m_areas.cend(),
                                       [&](const MapArea& a) { return a.id == c.districtId && !a.path.isEmpty(); });
        if (area == m_areas.cend())
            fallback = fallback < 0 ? i : fallback; // no boundary to decide by
        else if (area->path.contains(geo))
            return i;
    }
    return fallback;
}

qint64 HeatmapRenderer::areaAt(const QRectF& target, const QPointF& point) const
{
    bool invertible = false;
    const QPointF geo = transform(target).inverted(&invertible).map(point);
    if (!invertible)
        return 0;
    for (const MapArea& a : m_areas)
        if (!a.path.isEmpty() && a.path.contains(geo))
            return a.id;
    return 0;
}

QString HeatmapRenderer::describeCell(int index) const
{
    if (index < 0 || index >= m_frame.cells.size())
        return {};
    const HeatmapCell& c = m_frame.cells.at(index);
    const QLocale locale;
    QString where = Tr::tr("Cell %1, %2 (%3 m) in %4")
                        .arg(c.cx)
                        .arg(c.cy)
                        .arg(m_frame.cellSizeMetres)
                        .arg(areaName(c.districtId).isEmpty() ? QString::number(c.districtId) : areaName(c.districtId));
    if (c.figure.suppressed)
        return where + QLatin1Char('\n') +
               Tr::tr("Suppressed: fewer than %1 people, or hidden so that a small group cannot be worked out by "
                      "subtraction.")
                   .arg(m_frame.threshold);
    return where + QLatin1Char('\n') +
           Tr::tr("%1 scans, %2 distinct people (%3)")
               .arg(locale.toString(c.figure.scans), locale.toString(c.figure.people), colourFilterName(m_colour));
}

void HeatmapRenderer::paint(QPainter& p, const QRectF& target) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(target);
    p.fillRect(target, kBackground);
    const QTransform t = transform(target);

    // Land: the city, or only the district asked for (its neighbours are context, not "no scans").
    p.setPen(Qt::NoPen);
    p.setBrush(kLand);
    const bool oneDistrict = !areaBounds(m_selected).isEmpty();
    if (!m_outline.isEmpty() && !oneDistrict)
        p.drawPath(t.map(m_outline));
    for (const MapArea& a : m_areas)
        if (!a.path.isEmpty() && (!oneDistrict || a.id == m_selected))
            p.drawPath(t.map(a.path));

    // Cells, each clipped to its district (cells are split at district borders). Adjacent cells overlap by
    // a hair so that antialiased edges do not leave light seams between them.
    QHash<qint64, QPainterPath> clips;
    for (const MapArea& a : m_areas)
        if (!a.path.isEmpty())
            clips.insert(a.id, t.map(a.path));
    QHash<qint64, QList<int>> byDistrict;
    for (int i = 0; i < m_frame.cells.size(); ++i)
        byDistrict[m_frame.cells.at(i).districtId] << i;
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        p.save();
        QPainterPath outlines;
        if (const auto clip = clips.constFind(it.key()); clip != clips.cend())
            p.setClipPath(*clip, Qt::IntersectClip);
        for (const int i : it.value()) {
            const HeatmapCell& c = m_frame.cells.at(i);
            const QRectF r = t.mapRect(c.bounds).adjusted(-0.3, -0.3, 0.3, 0.3);
            if (const auto v = valueOf(c.figure)) {
                p.fillRect(r, colourFor(*v));
            } else {
                p.fillRect(r, suppressedColour());
                p.fillRect(r, hatch());
            }
            // A hairline edge keeps the light end of the scale visible on the white land.
            if (r.width() >= 5)
                outlines.addRect(r);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0, 0, 0, 70), 0.8));
        p.drawPath(outlines);
        p.restore();
    }

    // District borders over the cells, then the city's outline.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kBorder, 1.0));
    for (const MapArea& a : m_areas)
        if (!a.path.isEmpty())
            p.drawPath(t.map(a.path));
    if (!m_outline.isEmpty()) {
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2.0));
        p.drawPath(t.map(m_outline));
    }
    if (m_highlighted >= 0 && m_highlighted < m_frame.cells.size()) {
        p.setPen(QPen(QColor(0xe0, 0x1b, 0x84), 2.0));
        p.drawRect(t.mapRect(m_frame.cells.at(m_highlighted).bounds));
    }
    paintLabels(p, t, target);
    paintTitle(p, target);
    if (m_legend)
        paintLegend(p, target);
    p.restore();
}

void HeatmapRenderer::paintLabels(QPainter& p, const QTransform& t, const QRectF& target) const
{
    QFont f = m_font;
    f.setBold(true);
    p.setFont(f);
    for (const MapArea& a : m_areas) {
        if (a.path.isEmpty() || a.name.isEmpty())
            continue;
        const QPointF at = t.map(labelPoint(a.path));
        if (target.contains(at))
            haloText(p, at, a.name, m_selected == a.id || areaBounds(m_selected).isEmpty());
    }
}

void HeatmapRenderer::paintTitle(QPainter& p, const QRectF& target) const
{
    if (m_title.isEmpty())
        return;
    QFont f = m_font;
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const QRectF box(target.left() + 8, target.top() + 8, fm.horizontalAdvance(m_title) + 16, fm.height() + 10);
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QColor(0x11, 0x11, 0x11));
    p.drawText(box, Qt::AlignCenter, m_title);
}

void HeatmapRenderer::paintLegend(QPainter& p, const QRectF& target) const
{
    const QLocale locale;
    p.setFont(m_font);
    const QFontMetricsF fm(m_font);
    const double line = fm.height();
    const double pad = 8;
    const double rampWidth = std::max(180.0, fm.horizontalAdvance(QStringLiteral("0000000")) * 3);
    const qint64 top = scaleMaximum();
    const bool anyShown = top > 0;
    const QString heading = Tr::tr("%1 per %2 m cell").arg(metricName(m_metric)).arg(m_frame.cellSizeMetres);
    const QString counting = Tr::tr("Counting %1").arg(colourFilterName(m_colour));
    const QString suppressed = Tr::tr("Suppressed (< %1 people)").arg(m_frame.threshold);
    const QString none = Tr::tr("No scans");
    const QString scale = Tr::tr("logarithmic scale");
    QFont bold = m_font;
    bold.setBold(true);
    const double width =
        std::max({rampWidth, QFontMetricsF(bold).horizontalAdvance(heading) + 2, fm.horizontalAdvance(counting),
                  fm.horizontalAdvance(suppressed) + 28, fm.horizontalAdvance(none) + 28, fm.horizontalAdvance(scale)});
    const double rampBlock = anyShown ? line + 14 + line + 4 : line + 4;
    const double height = pad + 2 * (line + 4) + rampBlock + 2 * (line + 4) + pad;
    const QRectF box(target.left() + 8, target.bottom() - height - 8, width + 2 * pad, height);
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 4, 4);

    double y = box.top() + pad;
    const double x = box.left() + pad;
    p.setFont(bold);
    p.setPen(QColor(0x11, 0x11, 0x11));
    p.drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, heading);
    p.setFont(m_font);
    y += line + 4;
    p.drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, counting);
    y += line + 4;
    if (anyShown) {
        const QRectF bar(x, y, rampWidth, 14);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 16; ++i)
            g.setColorAt(i / 16.0, ramp(i / 16.0));
        p.setPen(Qt::NoPen);
        p.fillRect(bar, g);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar);
        y += 14;
        // The ends are always labelled; the round values between only where they do not crowd the ends.
        const qint64 lo = std::max(1, m_frame.threshold);
        const QList<qint64> marks = ticks(lo, std::max(top, lo));
        struct Label
        {
            double tick;
            double left;
            double right;
            QString text;
        };
        QList<Label> labels;
        for (const qint64 m : marks) {
            const double tx = bar.left() + scaleOf(m) * bar.width();
            const QString text = locale.toString(m);
            const double w = fm.horizontalAdvance(text);
            const double left = std::clamp(tx - w / 2, bar.left(), bar.right() - w);
            labels << Label{tx, left, left + w, text};
        }
        QList<Label> placed{labels.first()};
        if (labels.size() > 1)
            placed << labels.last();
        for (int i = 1; i + 1 < labels.size(); ++i) {
            const Label& l = labels.at(i);
            const bool crowded = std::any_of(placed.cbegin(), placed.cend(), [&](const Label& o) {
                return l.left < o.right + 8 && o.left < l.right + 8;
            });
            if (!crowded)
                placed << l;
        }
        if (placed.size() == 2 && placed.at(0).right + 8 > placed.at(1).left)
            placed.removeLast(); // the scale is a single value
        for (const Label& l : placed) {
            p.drawLine(QPointF(l.tick, bar.bottom()), QPointF(l.tick, bar.bottom() + 3));
            p.drawText(QRectF(l.left, y + 2, l.right - l.left + 1, line), Qt::AlignLeft | Qt::AlignVCenter, l.text);
        }
        y += line + 4;
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, scale);
        y += line + 4;
    } else {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Nothing to show"));
        y += line + 4;
    }
    auto swatch = [&](const QString& text, bool hatched) {
        const QRectF sw(x, y + (line - 14) / 2, 20, 14);
        p.setPen(Qt::NoPen);
        p.fillRect(sw, hatched ? suppressedColour() : kLand);
        if (hatched)
            p.fillRect(sw, hatch());
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setBrush(Qt::NoBrush);
        p.drawRect(sw);
        p.setPen(QColor(0x11, 0x11, 0x11));
        p.drawText(QRectF(x + 28, y, width - 28, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line + 4;
    };
    swatch(suppressed, true);
    swatch(none, false);
}

QImage HeatmapRenderer::render(const QSize& size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return image;
}

} // namespace hc::heatmap
