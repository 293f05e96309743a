#pragma once
// Draws one card (CardFace) with QPainter, the same code for PDF, printer and preview. The painter's unit
// is 0.1 mm. QR modules are exact vector rectangles: dark runs of a row merged, identical runs of adjacent
// rows stacked, one fill per code, no smoothing. Text is shaped once per string with "Noto Sans CJK SC"
// (fonts-noto-cjk) so the PDF embeds a CJK subset, and fixed strings are cached between cards.

#include "CardFace.h"
#include "CardTemplate.h"

#include <QColor>
#include <QGlyphRun>
#include <QHash>
#include <QRawFont>

class QPainter;

namespace hc::printing {

class CardPainter final
{
public:
    static constexpr double kUnitsPerMm = 10.0;
    static QString fontFamily(); // "Noto Sans CJK SC"

    explicit CardPainter(const CardTemplate& cardTemplate);

    // Paints face with the card's top-left corner at origin (painter units).
    void paint(QPainter& painter, const CardFace& face, const QPointF& origin);
    // The modules of matrix as filled rectangles inside symbol (painter units, the quiet zone excluded).
    static void paintQr(QPainter& painter, const codes::QrMatrix& matrix, const QRectF& symbol);
    // How many rectangles paintQr draws for matrix (benchmarks, tests).
    static int rectangleCount(const codes::QrMatrix& matrix);
    // True when the CJK font was found (otherwise a fallback font is used and CJK may be missing).
    bool hasCjkFont() const { return m_hasCjkFont; }

private:
    enum class Style
    {
        Title,
        Small,
        Label,
        Name,
        Value,
        Serial,
        Instruction,
        Watermark,
        Count
    };
    struct Shaped
    {
        QGlyphRun run;
        qreal width = 0;
    };

    Shaped shape(Style style, const QString& text) const;
    const Shaped& cached(Style style, const QString& text);
    void draw(QPainter& p, const Shaped& s, QPointF baseline, Qt::Alignment align = Qt::AlignLeft) const;
    QStringList wrap(Style style, const QString& text, qreal width) const;
    void paintIdCard(QPainter& p, const CardFace& face, const QPointF& o);
    void paintA6(QPainter& p, const CardFace& face, const QPointF& o);
    void paintWatermark(QPainter& p, const CardFace& face, const QPointF& centre, qreal angle);
    QRectF qrBox(const CardFace& face, const QPointF& symbolTopLeft, double symbolSide) const;

    CardTemplate m_template;
    QRawFont m_fonts[static_cast<int>(Style::Count)];
    QHash<QString, Shaped> m_cache;
    QList<Shaped> m_instructionLines;
    bool m_hasCjkFont = false;
};

} // namespace hc::printing
