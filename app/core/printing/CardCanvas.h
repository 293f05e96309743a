#pragma once
// The few drawing operations a card is made of, in card painter units (0.1 mm, y down), so that one layout
// (CardPainter) serves both QPainter devices (printers, preview, QPdfWriter) and the direct PDF writer.

#include <QColor>
#include <QGlyphRun>
#include <QLineF>
#include <QRect>
#include <QTransform>

#include <functional>

namespace hc::printing {

class CardCanvas
{
public:
    virtual ~CardCanvas() = default;

    // run's glyphs (positions relative to baseline) filled in color; text is what they spell, one glyph per
    // code point, so a PDF can say which character each glyph shows.
    virtual void glyphs(const QGlyphRun& run, const QString& text, const QPointF& baseline, const QColor& color) = 0;
    virtual void strokeRect(const QRectF& rect, const QColor& color, qreal width) = 0;
    virtual void fillRect(const QRectF& rect, const QColor& color) = 0;
    virtual void strokeLines(const QLineF* lines, int count, const QColor& color, qreal width) = 0;
    // Black rectangles given in module units, scaled so that modules x modules units fill symbol exactly.
    virtual void qrModules(const QRect* rects, int count, int modules, const QRectF& symbol) = 0;
    // Later operations are transformed by transform (applied before the current one) until popTransform().
    virtual void pushTransform(const QTransform& transform) = 0;
    virtual void popTransform() = 0;
    // The part of a card that is the same on every card with the same key, at origin. A canvas that can
    // reuse a drawing (a PDF form) records paint once per key; the default simply paints.
    virtual void fixedPart(int key, const QPointF& origin, const std::function<void(CardCanvas&, QPointF)>& paint)
    {
        Q_UNUSED(key);
        paint(*this, origin);
    }
};

} // namespace hc::printing
