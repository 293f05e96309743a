#include "CardPdfWriter.h"

#include "CardPainter.h"
#include "codes/Zlib.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QHash>
#include <QPainterPath>
#include <QRawFont>

#include <libdeflate.h>

#include <charconv>
#include <cmath>
#include <future>

namespace hc::printing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::printing::CardPdfWriter)
};

constexpr double kPointsPerUnit = 72.0 / 254.0; // one card unit is 0.1 mm
constexpr double kGlyphUnits = 1000.0;          // glyph outlines are stored at 1000 units per em
constexpr int kCodesPerFont = 256;              // a Type 3 font maps single bytes to glyphs
// Code 0 of every Type 3 font is an empty glyph half an em wide that no text uses: text extractors (poppler's
// pdftotext) guess a Type 3 font's size from its first glyph with a width, taking that as half an em.
constexpr quint32 kSizeHintGlyph = 0xffffffff;
constexpr double kSizeHintWidth = kGlyphUnits / 2;
// Content streams are mostly QR rectangles, about 10 KB a card, and compressing them is most of what writing
// costs. Measured on the page streams of 10,000 cards (1,000 pages, 113 MB): zlib level 2 took 1.69 s for
// 31.1 MB; libdeflate level 1 0.66 s for 29.0 MB, level 3 1.02 s for 24.3 MB, level 6 2.08 s for 22.2 MB.
constexpr int kContentDeflateLevel = 1;
// Fonts are written once per document: compressed hard.
constexpr int kFontZlibLevel = 9;

// Operands for content streams: C locale, no exponent, no trailing zeros.
void appendNumber(QByteArray& out, double value, int decimals)
{
    static constexpr qint64 kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    const qint64 scale = kScale[decimals];
    qint64 n = std::llround(value * static_cast<double>(scale));
    if (n < 0) {
        out += '-';
        n = -n;
    }
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n / scale);
    out.append(buf, r.ptr - buf);
    qint64 fraction = n % scale;
    if (fraction != 0) {
        char digits[8];
        for (int i = decimals - 1; i >= 0; --i) {
            digits[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        int length = decimals;
        while (length > 0 && digits[length - 1] == '0')
            --length;
        out += '.';
        out.append(digits, length);
    }
    out += ' ';
}

// A QR symbol has at most 177 modules a side, so every operand of its rectangles has one to three digits.
constexpr int kMaxRectBytes = 4 * 4 + 3;

char* writeSmallInt(char* p, int value)
{
    if (value >= 100)
        *p++ = static_cast<char>('0' + value / 100);
    if (value >= 10)
        *p++ = static_cast<char>('0' + value / 10 % 10);
    *p++ = static_cast<char>('0' + value % 10);
    *p++ = ' ';
    return p;
}

void appendColor(QByteArray& out, const QColor& c)
{
    appendNumber(out, c.redF(), 3);
    appendNumber(out, c.greenF(), 3);
    appendNumber(out, c.blueF(), 3);
}

void appendHexByte(QByteArray& out, unsigned value)
{
    static const char kHex[] = "0123456789abcdef";
    out += kHex[(value >> 4) & 0xf];
    out += kHex[value & 0xf];
}

// A text string for the document information dictionary: UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString& text)
{
    QByteArray out("<feff");
    for (const QChar c : text) {
        appendHexByte(out, c.unicode() >> 8);
        appendHexByte(out, c.unicode() & 0xff);
    }
    out += '>';
    return out;
}

// The glyphs one print run uses, per font face, each given a one-byte code in one of the face's Type 3 fonts.
class GlyphTable final
{
public:
    struct Font
    {
        int face;
        QList<quint32> glyphs; // by code
        QList<char32_t> chars; // what each code shows; 0 when unknown
    };
    struct Face
    {
        QRawFont outlines; // at kGlyphUnits pixels per em
        QByteArray name;
        QHash<quint32, int> slots; // glyph -> font << 8 | code
        int lastFont = -1;
    };

    int faceOf(const QRawFont& font)
    {
        // QRawFont equality is one pointer compare; the card painter uses a handful of sizes.
        for (const auto& known : m_known)
            if (known.first == font)
                return known.second;
        int face = -1;
        const QString family = font.familyName();
        const QString style = font.styleName();
        for (qsizetype i = 0; i < m_faces.size(); ++i)
            if (m_faces[i].outlines.familyName() == family && m_faces[i].outlines.styleName() == style)
                face = static_cast<int>(i);
        if (face < 0) {
            Face f;
            f.outlines = font;
            f.outlines.setPixelSize(kGlyphUnits);
            f.name = QString(family + QLatin1Char('-') + style).remove(QLatin1Char(' ')).toLatin1();
            m_faces.append(f);
            face = static_cast<int>(m_faces.size() - 1);
        }
        m_known.append({font, face});
        return face;
    }

    // The font (resource number) and code that show glyph of face; ch is the character it shows here.
    int slot(int face, quint32 glyph, char32_t ch)
    {
        Face& f = m_faces[face];
        auto it = f.slots.constFind(glyph);
        if (it != f.slots.constEnd())
            return it.value();
        if (f.lastFont < 0 || m_fonts[f.lastFont].glyphs.size() == kCodesPerFont) {
            m_fonts.append(Font{face, {kSizeHintGlyph}, {0}});
            f.lastFont = static_cast<int>(m_fonts.size() - 1);
        }
        Font& font = m_fonts[f.lastFont];
        const int s = f.lastFont << 8 | static_cast<int>(font.glyphs.size());
        font.glyphs.append(glyph);
        font.chars.append(ch);
        f.slots.insert(glyph, s);
        return s;
    }

    const QList<Font>& fonts() const { return m_fonts; }
    const Face& face(int i) const { return m_faces.at(i); }

private:
    QList<std::pair<QRawFont, int>> m_known;
    QList<Face> m_faces;
    QList<Font> m_fonts;
};

// The PDF file being written: objects with their offsets, and what pages share (fonts, forms).
struct Document
{
    explicit Document(QFileDevice& device) : out(device) {}

    QFileDevice& out;
    qint64 position = 0;
    QList<qint64> offsets{0}; // by object number; object 0 is the free list head
    QString error;
    GlyphTable glyphs;
    QHash<int, int> forms;   // fixed-part key -> form number (resource /Fm<n>)
    QList<int> formObjects;  // object number by form number
    QRectF formBox;          // a card with room for its border's stroke
    int resourcesObject = 0; // shared by every page, form and font

    int reserve()
    {
        offsets.append(-1);
        return static_cast<int>(offsets.size() - 1);
    }
    void write(const QByteArray& bytes)
    {
        if (!error.isEmpty())
            return;
        if (out.write(bytes) != bytes.size()) {
            error = Tr::tr("Writing %1 failed: %2").arg(out.fileName(), out.errorString());
            return;
        }
        position += bytes.size();
    }
    void object(int id, const QByteArray& body)
    {
        offsets[id] = position;
        QByteArray text = QByteArray::number(id) + " 0 obj\n";
        text += body;
        text += "\nendobj\n";
        write(text);
    }
    // A form's content stream, written now.
    void contentStream(int id, const QByteArray& dictionary, const QByteArray& data)
    {
        finishPending();
        stream(id, dictionary, deflate(data));
    }
    // A page's content stream, compressed on another thread while the next page is laid out, and written
    // before the next stream (or by finishPending()). One at a time, so one compressor serves them all.
    void contentStreamLater(int id, QByteArray data)
    {
        finishPending();
        pending = std::async(std::launch::async, [this, data = std::move(data)] { return deflate(data); });
        pendingId = id;
    }
    void finishPending()
    {
        if (!pending.valid())
            return;
        const QByteArray packed = pending.get();
        stream(pendingId, QByteArray(), packed);
    }
    // A stream written once per document (fonts).
    void fontStream(int id, const QByteArray& data)
    {
        finishPending();
        stream(id, QByteArray(), codes::Zlib::compress(data, kFontZlibLevel));
    }

private:
    QByteArray deflate(const QByteArray& data)
    {
        if (!compressor)
            compressor.reset(libdeflate_alloc_compressor(kContentDeflateLevel));
        if (!compressor) // out of memory for its tables: zlib, at the level libdeflate's 1 matches
            return codes::Zlib::compress(data, 2);
        QByteArray packed(static_cast<qsizetype>(
                              libdeflate_zlib_compress_bound(compressor.get(), static_cast<size_t>(data.size()))),
                          Qt::Uninitialized);
        const size_t size =
            libdeflate_zlib_compress(compressor.get(), data.constData(), static_cast<size_t>(data.size()),
                                     packed.data(), static_cast<size_t>(packed.size()));
        packed.truncate(static_cast<qsizetype>(size)); // never 0: the bound always fits
        return packed;
    }

    struct FreeCompressor
    {
        void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
    };
    std::unique_ptr<libdeflate_compressor, FreeCompressor> compressor;
    std::future<QByteArray> pending; // declared after the compressor: destroyed (waited for) first
    int pendingId = 0;

    // dictionary: the stream dictionary's entries besides /Length and /Filter; packed: the zlib stream.
    void stream(int id, const QByteArray& dictionary, const QByteArray& packed)
    {
        offsets[id] = position;
        QByteArray text = QByteArray::number(id) + " 0 obj\n<< " + dictionary + " /Filter /FlateDecode /Length " +
                          QByteArray::number(packed.size()) + " >>\nstream\n";
        write(text);
        write(packed);
        write(QByteArrayLiteral("\nendstream\nendobj\n"));
    }
};

// Card drawing as PDF content operators. The content's user space is the card unit with y down (the page
// sets that up), so text gets a text matrix that turns its glyphs upright again.
class PdfCanvas final : public CardCanvas
{
public:
    PdfCanvas(Document& doc, QByteArray& content) : m_doc(doc), m_out(content) {}

    void glyphs(const QGlyphRun& run, const QString& text, const QPointF& baseline, const QColor& color) override
    {
        const QList<quint32> glyphs = run.glyphIndexes();
        if (glyphs.isEmpty())
            return;
        const QRawFont font = run.rawFont();
        const int face = m_doc.glyphs.faceOf(font);
        const QList<uint> chars = text.toUcs4();
        const bool mapped = chars.size() == glyphs.size();
        setFill(color);
        m_out += "BT 1 0 0 -1 ";
        appendNumber(m_out, baseline.x(), 2);
        appendNumber(m_out, baseline.y(), 2);
        m_out += "Tm";
        int current = -1;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const int s = m_doc.glyphs.slot(face, glyphs[i], mapped ? chars[i] : 0);
            if (s >> 8 != current) {
                if (current >= 0)
                    m_out += "> Tj";
                current = s >> 8;
                m_out += " /F";
                m_out += QByteArray::number(current);
                m_out += ' ';
                appendNumber(m_out, font.pixelSize(), 3);
                m_out += "Tf <";
            }
            appendHexByte(m_out, static_cast<unsigned>(s & 0xff));
        }
        m_out += "> Tj ET\n";
    }
    void strokeRect(const QRectF& rect, const QColor& color, qreal width) override
    {
        appendColor(m_out, color);
        m_out += "RG ";
        appendNumber(m_out, width, 2);
        m_out += "w ";
        appendRect(rect);
        m_out += "re S\n";
    }
    void fillRect(const QRectF& rect, const QColor& color) override
    {
        setFill(color);
        appendRect(rect);
        m_out += "re f\n";
    }
    void strokeLines(const QLineF* lines, int count, const QColor& color, qreal width) override
    {
        appendColor(m_out, color);
        m_out += "RG ";
        appendNumber(m_out, width, 2);
        m_out += "w 2 J\n"; // QPen's square caps
        for (int i = 0; i < count; ++i) {
            appendNumber(m_out, lines[i].x1(), 2);
            appendNumber(m_out, lines[i].y1(), 2);
            m_out += "m ";
            appendNumber(m_out, lines[i].x2(), 2);
            appendNumber(m_out, lines[i].y2(), 2);
            m_out += "l\n";
        }
        m_out += "S 0 J\n";
    }
    void qrModules(const QRect* rects, int count, int modules, const QRectF& symbol) override
    {
        // One module is one unit here, so each rectangle is four small integers.
        m_out += "q ";
        appendNumber(m_out, symbol.width() / modules, 6);
        m_out += "0 0 ";
        appendNumber(m_out, symbol.height() / modules, 6);
        appendNumber(m_out, symbol.left(), 3);
        appendNumber(m_out, symbol.top(), 3);
        m_out += "cm 0 g\n";
        // The bulk of every page: written digit by digit into room reserved once.
        const qsizetype start = m_out.size();
        m_out.resize(start + static_cast<qsizetype>(count) * kMaxRectBytes);
        char* p = m_out.data() + start;
        for (int i = 0; i < count; ++i) {
            p = writeSmallInt(p, rects[i].x());
            p = writeSmallInt(p, rects[i].y());
            p = writeSmallInt(p, rects[i].width());
            p = writeSmallInt(p, rects[i].height());
            *p++ = 'r';
            *p++ = 'e';
            *p++ = '\n';
        }
        m_out.resize(p - m_out.constData());
        m_out += "f Q\n";
    }
    void pushTransform(const QTransform& t) override
    {
        m_fills.append(m_fill);
        m_out += "q ";
        appendNumber(m_out, t.m11(), 6);
        appendNumber(m_out, t.m12(), 6);
        appendNumber(m_out, t.m21(), 6);
        appendNumber(m_out, t.m22(), 6);
        appendNumber(m_out, t.dx(), 3);
        appendNumber(m_out, t.dy(), 3);
        m_out += "cm\n";
    }
    void popTransform() override
    {
        m_out += "Q\n";
        m_fill = m_fills.takeLast();
    }
    void fixedPart(int key, const QPointF& origin, const std::function<void(CardCanvas&, QPointF)>& paint) override
    {
        auto it = m_doc.forms.constFind(key);
        if (it == m_doc.forms.constEnd()) {
            QByteArray content;
            PdfCanvas form(m_doc, content);
            paint(form, QPointF());
            const int id = m_doc.reserve();
            const QRectF& b = m_doc.formBox;
            QByteArray dictionary = "/Type /XObject /Subtype /Form /BBox [";
            appendNumber(dictionary, b.left(), 1);
            appendNumber(dictionary, b.top(), 1);
            appendNumber(dictionary, b.right(), 1);
            appendNumber(dictionary, b.bottom(), 1);
            dictionary += "] /Resources " + QByteArray::number(m_doc.resourcesObject) + " 0 R";
            m_doc.contentStream(id, dictionary, content);
            m_doc.formObjects.append(id);
            it = m_doc.forms.insert(key, static_cast<int>(m_doc.formObjects.size() - 1));
        }
        m_out += "q 1 0 0 1 ";
        appendNumber(m_out, origin.x(), 3);
        appendNumber(m_out, origin.y(), 3);
        m_out += "cm /Fm";
        m_out += QByteArray::number(it.value());
        m_out += " Do Q\n";
    }

private:
    void setFill(const QColor& color)
    {
        if (m_fill == color.rgba())
            return;
        m_fill = color.rgba();
        appendColor(m_out, color);
        m_out += "rg ";
    }
    void appendRect(const QRectF& r)
    {
        appendNumber(m_out, r.x(), 2);
        appendNumber(m_out, r.y(), 2);
        appendNumber(m_out, r.width(), 2);
        appendNumber(m_out, r.height(), 2);
    }

    Document& m_doc;
    QByteArray& m_out;
    QRgb m_fill = qRgb(0, 0, 0); // the PDF default
    QList<QRgb> m_fills;
};

// One glyph's outline as a Type 3 glyph procedure: glyph space is y up, Qt's outlines are y down.
QByteArray glyphProcedure(const QRawFont& outlines, quint32 glyph, qreal advance, QRectF* bounds)
{
    const QPainterPath path = outlines.pathForGlyph(glyph);
    const QRectF r = path.boundingRect();
    *bounds = r;
    QByteArray out;
    appendNumber(out, advance, 1);
    out += "0 ";
    appendNumber(out, r.left(), 1);
    appendNumber(out, -r.bottom(), 1);
    appendNumber(out, r.right(), 1);
    appendNumber(out, -r.top(), 1);
    out += "d1\n";
    if (path.isEmpty())
        return out;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            if (i > 0)
                out += "h ";
            appendNumber(out, e.x, 1);
            appendNumber(out, -e.y, 1);
            out += "m\n";
            break;
        case QPainterPath::LineToElement:
            appendNumber(out, e.x, 1);
            appendNumber(out, -e.y, 1);
            out += "l\n";
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            appendNumber(out, e.x, 1);
            appendNumber(out, -e.y, 1);
            appendNumber(out, c2.x, 1);
            appendNumber(out, -c2.y, 1);
            appendNumber(out, end.x, 1);
            appendNumber(out, -end.y, 1);
            out += "c\n";
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    out += "h f\n";
    return out;
}

// Which character each code shows, for text extraction and search.
QByteArray toUnicode(const QList<char32_t>& chars)
{
    QByteArray pairs;
    int count = 0;
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<00> <ff>\nendcodespacerange\n";
    auto flush = [&] {
        if (count == 0)
            return;
        out += QByteArray::number(count) + " beginbfchar\n" + pairs + "endbfchar\n";
        pairs.clear();
        count = 0;
    };
    for (qsizetype code = 0; code < chars.size(); ++code) {
        const char32_t c = chars[code];
        if (c == 0)
            continue;
        pairs += '<';
        appendHexByte(pairs, static_cast<unsigned>(code));
        pairs += "> <";
        const QString utf16 = QString::fromUcs4(&c, 1);
        for (const QChar u : utf16) {
            appendHexByte(pairs, u.unicode() >> 8);
            appendHexByte(pairs, u.unicode() & 0xff);
        }
        pairs += ">\n";
        if (++count == 100) // at most 100 mappings per block
            flush();
    }
    flush();
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}
} // namespace

struct CardPdfWriter::Private
{
    Private(QFileDevice& out, const CardTemplate& t) : doc(out), cardTemplate(t), painter(t) {}

    Document doc;
    CardTemplate cardTemplate;
    CardPainter painter;
    QString title = Tr::tr("Health code cards");
    QString creator = QStringLiteral("Health Code Console " HC_VERSION);
    QByteArray page; // the sheet being laid out
    QList<int> pages;
    int catalogObject = 0;
    int pagesObject = 0;
    int infoObject = 0;
    int slot = 0;
    int sheets = 0;
    qint64 cards = 0;
    bool active = false;

    void startSheet()
    {
        const double height = cardTemplate.pageSizeMm().height() * 72 / 25.4;
        page.clear();
        page += "q ";
        appendNumber(page, kPointsPerUnit, 6);
        page += "0 0 ";
        appendNumber(page, -kPointsPerUnit, 6);
        page += "0 ";
        appendNumber(page, height, 3);
        page += "cm\n";
        PdfCanvas canvas(doc, page);
        painter.paintCutMarks(canvas);
        ++sheets;
    }

    void endSheet()
    {
        page += "Q\n";
        const int content = doc.reserve();
        doc.contentStreamLater(content, std::move(page));
        page.clear();
        const QSizeF size = cardTemplate.pageSizeMm() * (72 / 25.4);
        QByteArray body = "<< /Type /Page /Parent " + QByteArray::number(pagesObject) + " 0 R /MediaBox [0 0 ";
        appendNumber(body, size.width(), 3);
        appendNumber(body, size.height(), 3);
        body += "] /Resources " + QByteArray::number(doc.resourcesObject) + " 0 R /Contents " +
                QByteArray::number(content) + " 0 R >>";
        const int id = doc.reserve();
        doc.object(id, body);
        pages.append(id);
        slot = 0;
    }

    void writeFonts(QByteArray& fontResources)
    {
        const QList<GlyphTable::Font>& fonts = doc.glyphs.fonts();
        for (qsizetype n = 0; n < fonts.size(); ++n) {
            const GlyphTable::Font& font = fonts[n];
            const GlyphTable::Face& face = doc.glyphs.face(font.face);
            QList<QPointF> advances =
                face.outlines.advancesForGlyphIndexes(font.glyphs.mid(1), QRawFont::UseDesignMetrics);
            advances.prepend(QPointF(kSizeHintWidth, 0));
            QByteArray procs = "<<";
            QByteArray widths = "[";
            QByteArray differences = "[0";
            QRectF box;
            for (qsizetype code = 0; code < font.glyphs.size(); ++code) {
                QRectF bounds;
                const QByteArray proc =
                    code == 0 ? QByteArray("500 0 0 0 0 0 d1\n")
                              : glyphProcedure(face.outlines, font.glyphs[code], advances[code].x(), &bounds);
                box = box.united(bounds);
                const int id = doc.reserve();
                doc.fontStream(id, proc);
                const QByteArray name = "/g" + QByteArray::number(code);
                procs += ' ' + name + ' ' + QByteArray::number(id) + " 0 R";
                differences += ' ' + name;
                widths += ' ';
                appendNumber(widths, advances[code].x(), 1);
            }
            procs += " >>";
            widths += ']';
            differences += ']';
            const int unicode = doc.reserve();
            doc.fontStream(unicode, toUnicode(font.chars));
            QByteArray body = "<< /Type /Font /Subtype /Type3 /BaseFont /" + face.name + " /FontBBox [";
            appendNumber(body, box.left(), 1);
            appendNumber(body, -box.bottom(), 1);
            appendNumber(body, box.right(), 1);
            appendNumber(body, -box.top(), 1);
            body += "] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs " + procs +
                    " /Encoding << /Type /Encoding /Differences " + differences + " >> /FirstChar 0 /LastChar " +
                    QByteArray::number(font.glyphs.size() - 1) + " /Widths " + widths + " /ToUnicode " +
                    QByteArray::number(unicode) + " 0 R /Resources << >> >>";
            const int id = doc.reserve();
            doc.object(id, body);
            fontResources += " /F" + QByteArray::number(n) + ' ' + QByteArray::number(id) + " 0 R";
        }
    }
};

CardPdfWriter::CardPdfWriter(QFileDevice& out, const CardTemplate& cardTemplate)
    : d(std::make_unique<Private>(out, cardTemplate))
{}

CardPdfWriter::~CardPdfWriter()
{
    if (d->active)
        Q_UNUSED(finish());
}

Status CardPdfWriter::begin()
{
    if (!d->doc.out.isWritable())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 is not open for writing.").arg(d->doc.out.fileName()));
    d->catalogObject = d->doc.reserve();
    d->pagesObject = d->doc.reserve();
    d->doc.resourcesObject = d->doc.reserve();
    d->infoObject = d->doc.reserve();
    const QSizeF card = d->cardTemplate.cardSizeMm() * CardPainter::kUnitsPerMm;
    d->doc.formBox = QRectF(QPointF(-10, -10), card + QSizeF(20, 20));
    d->doc.write(QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
    if (!d->doc.error.isEmpty())
        return makeError(ErrorCode::InvalidArgument, d->doc.error);
    d->active = true;
    return {};
}

void CardPdfWriter::addCard(const CardFace& face)
{
    if (!d->active)
        return;
    if (d->slot == 0)
        d->startSheet();
    PdfCanvas canvas(d->doc, d->page);
    const QRectF r = d->cardTemplate.cardRectMm(d->slot);
    d->painter.paint(canvas, face, r.topLeft() * CardPainter::kUnitsPerMm);
    ++d->cards;
    if (++d->slot == d->cardTemplate.cardsPerSheet())
        d->endSheet();
}

Status CardPdfWriter::finish()
{
    if (!d->active)
        return {};
    d->active = false;
    if (d->slot > 0)
        d->endSheet();
    if (d->pages.isEmpty()) { // a document has at least one page, even a run that printed nothing
        d->page = "q\n";
        d->endSheet();
    }
    Document& doc = d->doc;
    doc.finishPending();
    QByteArray fonts;
    d->writeFonts(fonts);
    QByteArray forms;
    for (qsizetype i = 0; i < doc.formObjects.size(); ++i)
        forms += " /Fm" + QByteArray::number(i) + ' ' + QByteArray::number(doc.formObjects[i]) + " 0 R";
    doc.object(doc.resourcesObject,
               "<< /ProcSet [/PDF /Text] /Font <<" + fonts + " >> /XObject <<" + forms + " >> >>");
    QByteArray kids;
    for (const int page : std::as_const(d->pages))
        kids += QByteArray::number(page) + " 0 R ";
    doc.object(d->pagesObject,
               "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(d->pages.size()) + " >>");
    doc.object(d->catalogObject, "<< /Type /Catalog /Pages " + QByteArray::number(d->pagesObject) + " 0 R >>");
    QByteArray info = "<< /Producer " + textString(QStringLiteral("Health Code Console")) +
                      " /CreationDate (D:" + Clock::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
                      "Z)";
    if (!d->title.isEmpty())
        info += " /Title " + textString(d->title);
    if (!d->creator.isEmpty())
        info += " /Creator " + textString(d->creator);
    info += " >>";
    doc.object(d->infoObject, info);

    const qint64 xref = doc.position;
    QByteArray table = "xref\n0 " + QByteArray::number(doc.offsets.size()) + "\n0000000000 65535 f \n";
    for (qsizetype i = 1; i < doc.offsets.size(); ++i)
        table += QByteArray::number(doc.offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    table += "trailer\n<< /Size " + QByteArray::number(doc.offsets.size()) + " /Root " +
             QByteArray::number(d->catalogObject) + " 0 R /Info " + QByteArray::number(d->infoObject) +
             " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    doc.write(table);
    if (!doc.error.isEmpty())
        return makeError(ErrorCode::InvalidArgument, doc.error);
    return {};
}

int CardPdfWriter::sheets() const
{
    return d->sheets;
}

qint64 CardPdfWriter::cards() const
{
    return d->cards;
}

QString CardPdfWriter::writeError() const
{
    return d->doc.error;
}

} // namespace hc::printing
