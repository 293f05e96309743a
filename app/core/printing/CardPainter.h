#pragma once
// Lays out one card (CardFace) onto a CardCanvas: the same layout for the direct PDF writer, printers and
// preview. The unit is 0.1 mm. QR modules are exact vector rectangles: dark runs of a row merged, identical
// runs of adjacent rows stacked, one fill per code, no smoothing. Text is shaped once per string with
// "Noto Sans CJK SC" (fonts-noto-cjk) so the PDF embeds CJK glyphs, and fixed strings are cached between
// cards; the parts that are the same on every card are painted as one fixed part the canvas may reuse.

#include "CardCanvas.h"
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
    void paint(CardCanvas& canvas, const CardFace& face, const QPointF& origin);
    void paint(QPainter& painter, const CardFace& face, const QPointF& origin);
    // The sheet's cut marks (templates with several cards per sheet), in painter units from the paper's corner.
    void paintCutMarks(CardCanvas& canvas) const;
    void paintCutMarks(QPainter& painter) const;
    // The modules of matrix as filled rectangles inside symbol (painter units, the quiet zone excluded).
    static void paintQr(CardCanvas& canvas, const codes::QrMatrix& matrix, const QRectF& symbol);
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
        QString text;
        qreal width = 0;
    };

    Shaped shape(Style style, const QString& text) const;
    const Shaped& cached(Style style, const QString& text);
    static void draw(CardCanvas& c, const Shaped& s, QPointF baseline, const QColor& color,
                     Qt::Alignment align = Qt::AlignLeft);
    QStringList wrap(Style style, const QString& text, qreal width) const;
    void paintIdCardFixed(CardCanvas& c, const QPointF& o);
    void paintIdCard(CardCanvas& c, const CardFace& face, const QPointF& o);
    void paintA6Fixed(CardCanvas& c, int qrSize, const QPointF& o);
    void paintA6(CardCanvas& c, const CardFace& face, const QPointF& o);
    void paintWatermark(CardCanvas& c, const CardFace& face, const QPointF& centre, qreal angle);
    void paintIssuer(CardCanvas& c, const CardFace& face, const QPointF& at, Qt::Alignment align);
    static QString districtText(const CardFace& face);
    // The symbol's white quiet zone (4 modules) around a symbol of symbolSide at symbolTopLeft.
    static QRectF qrBox(int qrSize, const QPointF& symbolTopLeft, double symbolSide);
    // Where the A6 layout puts the QR symbol's top-left corner, card-relative.
    QPointF a6SymbolTopLeft(int qrSize) const;

    CardTemplate m_template;
    QRawFont m_fonts[static_cast<int>(Style::Count)];
    QHash<QString, Shaped> m_cache;
    QList<Shaped> m_instructionLines;
    bool m_hasCjkFont = false;
};

} // namespace hc::printing
