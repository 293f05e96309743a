#include "CardPainter.h"

#include <QDateTime>
#include <QFont>
#include <QFontInfo>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>

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
            if (!row[x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size && row[x])
                ++x;
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

void CardPainter::draw(QPainter& p, const Shaped& s, QPointF baseline, Qt::Alignment align) const
{
    if (s.run.glyphIndexes().isEmpty())
        return;
    if (align & Qt::AlignRight)
        baseline.rx() -= s.width;
    else if (align & Qt::AlignHCenter)
        baseline.rx() -= s.width / 2;
    p.drawGlyphRun(baseline, s.run);
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

void CardPainter::paintQr(QPainter& painter, const codes::QrMatrix& matrix, const QRectF& symbol)
{
    if (matrix.isEmpty())
        return;
    QVarLengthArray<QRect, 2048> rects;
    mergedRects(matrix, rects);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.translate(symbol.topLeft());
    painter.scale(symbol.width() / matrix.size, symbol.height() / matrix.size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawRects(rects.constData(), static_cast<int>(rects.size()));
    painter.restore();
}

QRectF CardPainter::qrBox(const CardFace& face, const QPointF& symbolTopLeft, double symbolSide) const
{
    const double quiet = face.qr.size > 0 ? 4.0 * symbolSide / face.qr.size : 0;
    return QRectF(symbolTopLeft - QPointF(quiet, quiet), QSizeF(symbolSide + 2 * quiet, symbolSide + 2 * quiet));
}

void CardPainter::paint(QPainter& painter, const CardFace& face, const QPointF& origin)
{
    if (m_template.kind() == CardTemplate::Kind::A6)
        paintA6(painter, face, origin);
    else
        paintIdCard(painter, face, origin);
}

void CardPainter::paintWatermark(QPainter& p, const CardFace& face, const QPointF& centre, qreal angle)
{
    if (face.mark == CardFace::Mark::None)
        return;
    const bool demo = face.mark == CardFace::Mark::Demo;
    const Shaped& first = cached(Style::Watermark, fixed(demo ? kDemoWatermark1 : kPreviewWatermark1));
    const Shaped& second = cached(Style::Watermark, fixed(demo ? kDemoWatermark2 : kPreviewWatermark2));
    const qreal lineHeight = m_fonts[static_cast<int>(Style::Watermark)].pixelSize() * 1.25;
    p.save();
    p.translate(centre);
    p.rotate(angle);
    p.setPen(kWatermark);
    draw(p, first, QPointF(0, -lineHeight * 0.15), Qt::AlignHCenter);
    draw(p, second, QPointF(0, lineHeight * 0.95), Qt::AlignHCenter);
    p.restore();
}

void CardPainter::paintIdCard(QPainter& p, const CardFace& face, const QPointF& o)
{
    const QRectF card(o, QSizeF(856, 540));
    // Over the text column, where the QR code's white quiet zone does not hide it.
    paintWatermark(p, face, o + QPointF(640, 300), -28);
    p.setPen(QPen(kBorder, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(card);

    p.setPen(kText);
    draw(p, cached(Style::Title, fixed(kTitle)), o + QPointF(30, 52));
    if (face.mark != CardFace::Mark::None) {
        p.setPen(kAlert);
        draw(p, cached(Style::Small, fixed(face.mark == CardFace::Mark::Demo ? kDemoBanner : kPreviewBanner)),
             o + QPointF(828, 52), Qt::AlignRight);
    } else {
        p.setPen(kLabel);
        draw(p, cached(Style::Small, face.issuerName), o + QPointF(828, 52), Qt::AlignRight);
    }

    // The symbol is 36 mm; its quiet zone (4 modules) stays white, also over a watermark.
    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const QRectF box = qrBox(face, QPointF(), side);
    const QPointF symbolTopLeft = o + QPointF(20, 68) - box.topLeft();
    if (face.mark != CardFace::Mark::None)
        p.fillRect(box.translated(symbolTopLeft), Qt::white);
    paintQr(p, face.qr, QRectF(symbolTopLeft, QSizeF(side, side)));

    const double x = o.x() + 445;
    const double y = o.y();
    p.setPen(kLabel);
    draw(p, cached(Style::Label, fixed(kNameLabel)), QPointF(x, y + 100));
    draw(p, cached(Style::Label, fixed(kDistrictLabel)), QPointF(x, y + 185));
    draw(p, cached(Style::Label, fixed(kSerialLabel)), QPointF(x, y + 252));
    draw(p, cached(Style::Label, fixed(kIssuedLabel)), QPointF(x, y + 318));
    draw(p, cached(Style::Label, fixed(kExpiresLabel)), QPointF(x + 190, y + 318));
    p.setPen(kText);
    draw(p, shape(Style::Name, face.maskedName), QPointF(x, y + 150));
    const QString district = face.districtNameEn.isEmpty() || face.districtNameEn == face.districtName
                                 ? face.districtName
                                 : face.districtName + QStringLiteral("  ") + face.districtNameEn;
    draw(p, cached(Style::Value, district), QPointF(x, y + 217));
    draw(p, shape(Style::Serial, groupedSerial(face.serial)), QPointF(x, y + 284));
    draw(p, cached(Style::Value, dateText(face.issuedAt)), QPointF(x, y + 350));
    draw(p, cached(Style::Value, dateText(face.expiresAt)), QPointF(x + 190, y + 350));
    p.setPen(kLabel);
    double baseline = y + 398;
    for (const Shaped& line : m_instructionLines) {
        draw(p, line, QPointF(x, baseline));
        baseline += 21;
    }
}

void CardPainter::paintA6(QPainter& p, const CardFace& face, const QPointF& o)
{
    const QRectF card(o, QSizeF(1050, 1480));
    const double cx = card.center().x();
    // Over the lower half, below the QR code.
    paintWatermark(p, face, QPointF(cx, o.y() + 1150), -14);

    p.setPen(kText);
    draw(p, cached(Style::Title, fixed(kTitle)), QPointF(cx, o.y() + 115), Qt::AlignHCenter);
    if (face.mark != CardFace::Mark::None) {
        p.setPen(kAlert);
        draw(p, cached(Style::Small, fixed(face.mark == CardFace::Mark::Demo ? kDemoBanner : kPreviewBanner)),
             QPointF(cx, o.y() + 165), Qt::AlignHCenter);
    } else {
        p.setPen(kLabel);
        draw(p, cached(Style::Small, face.issuerName), QPointF(cx, o.y() + 165), Qt::AlignHCenter);
    }

    const double side = m_template.qrSymbolMm() * kUnitsPerMm;
    const QRectF box = qrBox(face, QPointF(), side);
    const QPointF symbolTopLeft(cx - side / 2, o.y() + 200 - box.top());
    if (face.mark != CardFace::Mark::None)
        p.fillRect(box.translated(symbolTopLeft), Qt::white);
    paintQr(p, face.qr, QRectF(symbolTopLeft, QSizeF(side, side)));

    const double y = symbolTopLeft.y() + side - box.top(); // bottom of the quiet zone
    p.setPen(kText);
    draw(p, shape(Style::Name, face.maskedName), QPointF(cx, y + 95), Qt::AlignHCenter);
    const QString district = face.districtNameEn.isEmpty() || face.districtNameEn == face.districtName
                                 ? face.districtName
                                 : face.districtName + QStringLiteral("  ") + face.districtNameEn;
    draw(p, cached(Style::Value, district), QPointF(cx, y + 150), Qt::AlignHCenter);
    p.setPen(kLabel);
    draw(p, cached(Style::Label, fixed(kSerialLabel)), QPointF(cx, y + 205), Qt::AlignHCenter);
    draw(p, cached(Style::Label, fixed(kIssuedLabel)), QPointF(cx - 220, y + 290), Qt::AlignHCenter);
    draw(p, cached(Style::Label, fixed(kExpiresLabel)), QPointF(cx + 220, y + 290), Qt::AlignHCenter);
    p.setPen(kText);
    draw(p, shape(Style::Serial, groupedSerial(face.serial)), QPointF(cx, y + 245), Qt::AlignHCenter);
    draw(p, cached(Style::Value, dateText(face.issuedAt)), QPointF(cx - 220, y + 330), Qt::AlignHCenter);
    draw(p, cached(Style::Value, dateText(face.expiresAt)), QPointF(cx + 220, y + 330), Qt::AlignHCenter);
    p.setPen(kLabel);
    double baseline = y + 410;
    for (const Shaped& line : m_instructionLines) {
        draw(p, line, QPointF(o.x() + 75, baseline));
        baseline += 32;
    }
}

} // namespace hc::printing
