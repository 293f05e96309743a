#include "CardPainter.h"

#include <QDateTime>
#include <QFont>
#include <QFontInfo>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace hc::printing {

namespace {
// The card is bilingual by design, whatever the console's language: checkpoint staff anywhere read it,
// so these texts are fixed rather than translated.
const char16_t kTitle[] = u"健康码  Health Code";
const char16_t kDemoBanner[] = u"演示卡  DEMO - NOT VALID";
const char16_t kPreviewBanner[] = u"预览  PREVIEW - NOT A CARD";
const char16_t kNameLabel[] = u"姓名 Name";
const char16_t kDistrictLabel[] = u"地区 District";
const char16_t kSerialLabel[] = u"卡号 Card No.";
const char16_t kIssuedLabel[] = u"签发 Issued";
const char16_t kExpiresLabel[] = u"有效期至 Expires";
const char16_t kInstructionZh[] = u"查验人员：请用核验程序扫码，核对签名、有效期与挂失状态，颜色以核验结果为准。";
const char16_t kInstructionEn[] = u"Checkpoint staff: scan with a verifier app; it checks signature, expiry and "
                                  u"revocation and shows the colour.";
const char16_t kDemoWatermark1[] = u"DEMO - NOT VALID";
const char16_t kDemoWatermark2[] = u"演示卡 无效";
const char16_t kPreviewWatermark1[] = u"PREVIEW";
const char16_t kPreviewWatermark2[] = u"预览 非正式卡";

const QColor kText(0, 0, 0);
const QColor kLabel(90, 90, 90);
const QColor kAlert(198, 40, 40);
const QColor kWatermark(255, 196, 196);
const QColor kBorder(175, 175, 175);

constexpr qint64 kChinaOffsetSecs = 8 * 3600;
constexpr double kUnitsPerPoint = 25.4 / 72.0 * CardPainter::kUnitsPerMm;

QString fixed(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QString dateText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs + kChinaOffsetSecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString groupedSerial(const QString& serial)
{
    QString out;
    for (qsizetype i = 0; i < serial.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += serial.mid(i, 4);
    }
    return out;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

static_assert(std::endian::native == std::endian::little, "nextModule reads eight bools as one little-endian word");

// The first module from x on (x itself included) that is dark (or light), or size when there is none.
int nextModule(const bool* row, int x, int size, bool dark)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    while (x + 8 <= size) {
        std::uint64_t w = 0;
        std::memcpy(&w, row + x, 8);
        if (!dark)
            w ^= kOnes;
        if (w != 0)
            return x + std::countr_zero(w) / 8; // little-endian: the first byte is the lowest
        x += 8;
    }
    while (x < size && row[x] != dark)
        ++x;
    return x;
}

// The dark modules as rectangles in module units: each row's dark runs, and a run identical to one in the
// row above grows that rectangle downwards instead of starting a new one.
void mergedRects(const codes::QrMatrix& matrix, QVarLengthArray<QRect, 2048>& rects)
{
    struct Run
    {
        int start;
        int end;
        qsizetype rect;
    };
    QVarLengthArray<Run, 128> previous;
    QVarLengthArray<Run, 128> current;
    const bool* modules = matrix.modules.constData();
    for (int y = 0; y < matrix.size; ++y) {
        current.clear();
        const bool* row = modules + static_cast<qsizetype>(y) * matrix.size;
        qsizetype p = 0;
        for (int x = 0; x < matrix.size;) {
            // Eight modules at a time (bools are bytes 0 or 1): the next dark one, then the next light one.
            x = nextModule(row, x, matrix.size, true);
            if (x >= matrix.size)
                break;
            const int start = x;
            x = nextModule(row, x, matrix.size, false);
            while (p < previous.size() && previous[p].start < start)
                ++p;
            if (p < previous.size() && previous[p].start == start && previous[p].end == x) {
                QRect& r = rects[previous[p].rect];
                r.setHeight(r.height() + 1);
                current.append(Run{start, x, previous[p].rect});
            } else {
                rects.append(QRect(start, y, x - start, 1));
                current.append(Run{start, x, rects.size() - 1});
            }
        }
        std::swap(previous, current);
    }
}

// Card drawing on a QPainter (printers, print preview, QPdfWriter).
class PainterCanvas final : public CardCanvas
{
public:
    explicit PainterCanvas(QPainter& painter) : m_p(painter) {}

    void glyphs(const QGlyphRun& run, const QString&, const QPointF& baseline, const QColor& color) override
    {
        m_p.setPen(color);
        m_p.drawGlyphRun(baseline, run);
    }
    void strokeRect(const QRectF& rect, const QColor& color, qreal width) override
    {
        m_p.setPen(QPen(color, width));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(rect);
    }
    void fillRect(const QRectF& rect, const QColor& color) override { m_p.fillRect(rect, color); }
    void strokeLines(const QLineF* lines, int count, const QColor& color, qreal width) override
    {
        m_p.setPen(QPen(color, width));
        m_p.drawLines(lines, count);
    }
    void qrModules(const QRect* rects, int count, int modules, const QRectF& symbol) override
    {
        m_p.save();
        m_p.setRenderHint(QPainter::Antialiasing, false);
        m_p.translate(symbol.topLeft());
        m_p.scale(symbol.width() / modules, symbol.height() / modules);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(Qt::black);
        m_p.drawRects(rects, count);
        m_p.restore();
    }
    void pushTransform(const QTransform& transform) override
    {
        m_p.save();
        m_p.setTransform(transform, true);
    }
    void popTransform() override { m_p.restore(); }

private:
    QPainter& m_p;
};
} // namespace

QString CardPainter::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

CardPainter::CardPainter(const CardTemplate& cardTemplate) : m_template(cardTemplate)
{
    // Point sizes per style: ID card, A6.
    struct Size
    {
        double idCard;
        double a6;
        bool bold;
    };
    const Size sizes[] = {
        {8.0, 14.0, true},  // Title
        {5.5, 8.0, false},  // Small
        {5.0, 7.5, false},  // Label
        {12.0, 20.0, true}, // Name
        {7.0, 10.0, false}, // Value
        {7.0, 10.0, true},  // Serial
        {4.6, 6.5, false},  // Instruction
        {10.5, 26.0, true}, // Watermark
    };
    const bool a6 = m_template.kind() == CardTemplate::Kind::A6;
    for (int i = 0; i < static_cast<int>(Style::Count); ++i) {
        QFont font(fontFamily());
        font.setBold(sizes[i].bold);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::PreferOutline);
        if (i == 0)
            m_hasCjkFont = QFontInfo(font).family() == fontFamily();
        m_fonts[i] = QRawFont::fromFont(font);
        m_fonts[i].setPixelSize((a6 ? sizes[i].a6 : sizes[i].idCard) * kUnitsPerPoint);
    }
    const qreal width = a6 ? 900 : 386;
    for (const QString& text : {fixed(kInstructionZh), fixed(kInstructionEn)})
        for (const QString& line : wrap(Style::Instruction, text, width))
            m_instructionLines << shape(Style::Instruction, line);
}

CardPainter::Shaped CardPainter::shape(Style style, const QString& text) const
{
    const QRawFont& font = m_fonts[static_cast<int>(style)];
    Shaped s;
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics);
    QList<QPointF> positions;
    positions.reserve(glyphs.size());
    qreal x = 0;
    for (const QPointF& a : advances) {
        positions << QPointF(x, 0);
        x += a.x();
    }
    s.run.setRawFont(font);
    s.run.setGlyphIndexes(glyphs);
    s.run.setPositions(positions);
    s.text = text;
    s.width = x;
    return s;
}

const CardPainter::Shaped& CardPainter::cached(Style style, const QString& text)
{
    const QString key = QString::number(static_cast<int>(style)) + QLatin1Char('|') + text;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        if (m_cache.size() > 4096) // dates and districts repeat; names do not go through here
            m_cache.clear();
        it = m_cache.insert(key, shape(style, text));
    }
    return it.value();
}

void CardPainter::draw(CardCanvas& c, const Shaped& s, QPointF baseline, const QColor& color, Qt::Alignment align)
{
    if (s.run.glyphIndexes().isEmpty())
        return;
    if (align & Qt::AlignRight)
        baseline.rx() -= s.width;
    else if (align & Qt::AlignHCenter)
        baseline.rx() -= s.width / 2;
    c.glyphs(s.run, s.text, baseline, color);
}

QStringList CardPainter::wrap(Style style, const QString& text, qreal width) const
{
    // Pieces a line may break after: a CJK character, or a Latin word with its following space.
    QStringList pieces;
    QString word;
    for (const QChar c : text) {
        if (isCjk(c)) {
            if (!word.isEmpty())
                pieces << word;
            word.clear();
            pieces << QString(c);
        } else {
            word += c;
            if (c == QLatin1Char(' ')) {
                pieces << word;
                word.clear();
            }
        }
    }
    if (!word.isEmpty())
        pieces << word;
    QStringList lines;
    QString line;
    for (const QString& piece : pieces) {
        const QString candidate = line + piece;
        if (!line.isEmpty() && shape(style, candidate.trimmed()).width > width) {
            // Chinese punctuation never starts a line.
            const bool closing = piece.size() == 1 && QStringLiteral("，。；：、）").contains(piece);
            if (closing) {
                lines << candidate.trimmed();
                line.clear();
                continue;
            }
            lines << line.trimmed();
            line = piece;
        } else {
            line = candidate;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    return lines;
}

int CardPainter::rectangleCount(const codes::QrMatrix& matrix)
{
    QVarLengthArray<QRect, 2048> rects;
    mergedRects(matrix, rects);
    return static_cast<int>(rects.size());
}

void CardPainter::paintQr(CardCanvas& canvas, const codes::QrMatrix& matrix, const QRectF& symbol)
{
    if (matrix.isEmpty())
        return;
    QVarLengthArray<QRect, 2048> rects;
    mergedRects(matrix, rects);
    canvas.qrModules(rects.constData(), static_cast<int>(rects.size()), matrix.size, symbol);
}

QRectF CardPainter::qrBox(int qrSize, const QPointF& symbolTopLeft, double symbolSide)
{
    const double quiet = qrSize > 0 ? 4.0 * symbolSide / qrSize : 0;
    return QRectF(symbolTopLeft - QPointF(quiet, quiet), QSizeF(symbolSide + 2 * quiet, symbolSide + 2 * quiet));
}

QString CardPainter::districtText(const CardFace& face)
{
    return face.districtNameEn.isEmpty() || face.districtNameEn == face.districtName
               ? face.districtName
               : face.districtName + QStringLiteral("  ") + face.districtNameEn;
}

void CardPainter::paint(QPainter& painter, const CardFace& face, const QPointF& origin)
{
    PainterCanvas canvas(painter);
    paint(canvas, face, origin);
}

void CardPainter::paint(CardCanvas& canvas, const CardFace& face, const QPointF& origin)
{
    if (m_template.kind() == CardTemplate::Kind::A6)
        paintA6(canvas, face, origin);
    else
        paintIdCard(canvas, face, origin);
}

void CardPainter::paintCutMarks(QPainter& painter) const
{
    PainterCanvas canvas(painter);
    paintCutMarks(canvas);
}

void CardPainter::paintCutMarks(CardCanvas& canvas) const
{
    if (!m_template.hasCutMarks())
        return;
    // Marks in the margins along every grid line, 2 mm clear of the cards so no cut shows them.
    const double k = kUnitsPerMm;
    const QRectF first = m_template.cardRectMm(0);
    const QRectF last = m_template.cardRectMm(m_template.cardsPerSheet() - 1);
    const double left = first.left() * k;
    const double top = first.top() * k;
    const double right = last.right() * k;
    const double bottom = last.bottom() * k;
    const double gap = 2 * k;
    const double length = 6 * k;
    QVarLengthArray<QLineF, 32> lines;
    for (int c = 0; c <= m_template.columns(); ++c) {
        const double x = left + c * m_template.cardSizeMm().width() * k;
        lines.append(QLineF(x, top - gap - length, x, top - gap));
        lines.append(QLineF(x, bottom + gap, x, bottom + gap + length));
    }
    for (int r = 0; r <= m_template.rows(); ++r) {
        const double y = top + r * m_template.cardSizeMm().height() * k;
        lines.append(QLineF(left - gap - length, y, left - gap, y));
        lines.append(QLineF(right + gap, y, right + gap + length, y));
    }
    canvas.strokeLines(lines.constData(), static_cast<int>(lines.size()), Qt::black, 1.5);
}

void CardPainter::paintWatermark(CardCanvas& c, const CardFace& face, const QPointF& centre, qreal angle)
{
    if (face.mark == CardFace::Mark::None)
        return;
    const bool demo = face.mark == CardFace::Mark::Demo;
    const Shaped& first = cached(Style::Watermark, fixed(demo ? kDemoWatermark1 : kPreviewWatermark1));
    const Shaped& second = cached(Style::Watermark, fixed(demo ? kDemoWatermark2 : kPreviewWatermark2));
    const qreal lineHeight = m_fonts[static_cast<int>(Style::Watermark)].pixelSize() * 1.25;
    c.pushTransform(QTransform().rotate(angle) * QTransform::fromTranslate(centre.x(), centre.y()));
    draw(c, first, QPointF(0, -lineHeight * 0.15), kWatermark, Qt::AlignHCenter);
    draw(c, second, QPointF(0, lineHeight * 0.95), kWatermark, Qt::AlignHCenter);
    c.popTransform();
}

void CardPainter::paintIssuer(CardCanvas& c, const CardFace& face, const QPointF& at, Qt::Alignment align)
{
    if (face.mark != CardFace::Mark::None)
        draw(c, cached(Style::Small, fixed(face.mark == CardFace::Mark::Demo ? kDemoBanner : kPreviewBanner)), at,
             kAlert, align);
    else
        draw(c, cached(Style::Small, face.issuerName), at, kLabel, align);
}

void CardPainter::paintIdCardFixed(CardCanvas& c, const QPointF& o)
{
    c.strokeRect(QRectF(o, QSizeF(856, 540)), kBorder, 1);
    draw(c, cached(Style::Title, fixed(kTitle)), o + QPointF(30, 52), kText);
    const double x = o.x() + 445;
    const double y = o.y();
    draw(c, cached(Style::Label, fixed(kNameLabel)), QPointF(x, y + 100), kLabel);
    draw(c, cached(Style::Label, fixed(kDistrictLabel)), QPointF(x, y + 185), kLabel);
    draw(c, cached(Style::Label, fixed(kSerialLabel)), QPointF(x, y + 252), kLabel);
    draw(c, cached(Style::Label, fixed(kIssuedLabel)), QPointF(x, y + 318), kLabel);
    draw(c, cached(Style::Label, fixed(kExpiresLabel)), QPointF(x + 190, y + 318), kLabel);
    double baseline = y + 398;
    for (const Shaped& line : m_instructionLines) {
        draw(c, line, QPointF(x, baseline), kLabel);
        baseline += 21;
    }
}

void CardPainter::paintIdCard(CardCanvas& c, const CardFace& face, const QPointF& o)
{
    // Over the text column, where the QR code's white quiet zone does not hide it; under everything else.
    paintWatermark(c, face, o + QPointF(640, 300), -28);
    c.fixedPart(0, o, [this](CardCanvas& target, QPointF at) { paintIdCardFixed(target, at); });
    paintIssuer(c, face, o + QPointF(828, 52), Qt::AlignRight);

    // The symbol is 36 mm; its quiet zone (4 modules) stays white, also over a watermark.
    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const QRectF box = qrBox(face.qr.size, QPointF(), side);
    const QPointF symbolTopLeft = o + QPointF(20, 68) - box.topLeft();
    if (face.mark != CardFace::Mark::None)
        c.fillRect(box.translated(symbolTopLeft), Qt::white);
    paintQr(c, face.qr, QRectF(symbolTopLeft, QSizeF(side, side)));

    const double x = o.x() + 445;
    const double y = o.y();
    draw(c, shape(Style::Name, face.maskedName), QPointF(x, y + 150), kText);
    draw(c, cached(Style::Value, districtText(face)), QPointF(x, y + 217), kText);
    draw(c, shape(Style::Serial, groupedSerial(face.serial)), QPointF(x, y + 284), kText);
    draw(c, cached(Style::Value, dateText(face.issuedAt)), QPointF(x, y + 350), kText);
    draw(c, cached(Style::Value, dateText(face.expiresAt)), QPointF(x + 190, y + 350), kText);
}

QPointF CardPainter::a6SymbolTopLeft(int qrSize) const
{
    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const QRectF box = qrBox(qrSize, QPointF(), side);
    return QPointF(1050 / 2.0 - side / 2, 200 - box.top());
}

void CardPainter::paintA6Fixed(CardCanvas& c, int qrSize, const QPointF& o)
{
    const double cx = o.x() + 1050 / 2.0;
    draw(c, cached(Style::Title, fixed(kTitle)), QPointF(cx, o.y() + 115), kText, Qt::AlignHCenter);
    // Below the quiet zone, which grows with the symbol's module count.
    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const double y = o.y() + a6SymbolTopLeft(qrSize).y() + side - qrBox(qrSize, QPointF(), side).top();
    draw(c, cached(Style::Label, fixed(kSerialLabel)), QPointF(cx, y + 205), kLabel, Qt::AlignHCenter);
    draw(c, cached(Style::Label, fixed(kIssuedLabel)), QPointF(cx - 220, y + 290), kLabel, Qt::AlignHCenter);
    draw(c, cached(Style::Label, fixed(kExpiresLabel)), QPointF(cx + 220, y + 290), kLabel, Qt::AlignHCenter);
    double baseline = y + 410;
    for (const Shaped& line : m_instructionLines) {
        draw(c, line, QPointF(o.x() + 75, baseline), kLabel);
        baseline += 32;
    }
}

void CardPainter::paintA6(CardCanvas& c, const CardFace& face, const QPointF& o)
{
    const double cx = o.x() + 1050 / 2.0;
    // Over the lower half, below the QR code; under everything else.
    paintWatermark(c, face, QPointF(cx, o.y() + 1150), -14);
    const int qrSize = face.qr.size;
    c.fixedPart(qrSize, o, [this, qrSize](CardCanvas& target, QPointF at) { paintA6Fixed(target, qrSize, at); });
    paintIssuer(c, face, QPointF(cx, o.y() + 165), Qt::AlignHCenter);

    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const QRectF box = qrBox(qrSize, QPointF(), side);
    const QPointF symbolTopLeft = o + a6SymbolTopLeft(qrSize);
    if (face.mark != CardFace::Mark::None)
        c.fillRect(box.translated(symbolTopLeft), Qt::white);
    paintQr(c, face.qr, QRectF(symbolTopLeft, QSizeF(side, side)));

    const double y = symbolTopLeft.y() + side - box.top(); // bottom of the quiet zone
    draw(c, shape(Style::Name, face.maskedName), QPointF(cx, y + 95), kText, Qt::AlignHCenter);
    draw(c, cached(Style::Value, districtText(face)), QPointF(cx, y + 150), kText, Qt::AlignHCenter);
    draw(c, shape(Style::Serial, groupedSerial(face.serial)), QPointF(cx, y + 245), kText, Qt::AlignHCenter);
    draw(c, cached(Style::Value, dateText(face.issuedAt)), QPointF(cx - 220, y + 330), kText, Qt::AlignHCenter);
    draw(c, cached(Style::Value, dateText(face.expiresAt)), QPointF(cx + 220, y + 330), kText, Qt::AlignHCenter);
}

} // namespace hc::printing
