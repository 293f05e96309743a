#include "TextDecoder.h"

#include <QList>

#include <algorithm>

namespace hc::imports {

namespace {
qsizetype invalidUtf8(const uchar* p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        if (i + len > n)
            return i;
        const uchar c1 = p[i + 1];
        // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 > 0x8F))
            return i;
        for (int k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return -1;
}

qsizetype invalidGb18030(const uchar* p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n)
            return i;
        const uchar c1 = p[i + 1];
        if (c1 >= 0x40 && c1 <= 0xFE && c1 != 0x7F) {
            i += 2;
            continue;
        }
        if (c1 < 0x30 || c1 > 0x39 || i + 3 >= n)
            return i;
        const uchar c2 = p[i + 2];
        const uchar c3 = p[i + 3];
        if (c2 < 0x81 || c2 > 0xFE || c3 < 0x30 || c3 > 0x39)
            return i;
        // Four-byte sequences map linearly onto the BMP remainder and onto U+10000..U+10FFFF; the
        // ranges between and after are unassigned.
        const long linear = ((long(c - 0x81) * 10 + (c1 - 0x30)) * 126 + (c2 - 0x81)) * 10 + (c3 - 0x30);
        if (!(linear <= 39419 || (linear >= 189000 && linear <= 1237575)))
            return i;
        i += 4;
    }
    return -1;
}
} // namespace

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding == TextEncoding::Gb18030 ? encoding : TextEncoding::Utf8),
      m_decoder(m_encoding == TextEncoding::Gb18030
                    ? QStringDecoder("GB18030", QStringDecoder::Flag::Stateless)
                    : QStringDecoder(QStringDecoder::Utf8,
                                     QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless))
{}

std::optional<QString> TextDecoder::decode(QByteArrayView bytes)
{
    QString out = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        return std::nullopt;
    }
    return out;
}

std::optional<TextEncoding> TextDecoder::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312") ||
        n == QLatin1String("cp936"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("auto"))
        return TextEncoding::Auto;
    return std::nullopt;
}

QString TextDecoder::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

bool TextDecoder::isGb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

bool TextDecoder::startsWithUtf8Bom(QByteArrayView bytes)
{
    return bytes.size() >= 3 && uchar(bytes[0]) == 0xEF && uchar(bytes[1]) == 0xBB && uchar(bytes[2]) == 0xBF;
}

bool TextDecoder::startsWithUtf16Bom(QByteArrayView bytes)
{
    return bytes.size() >= 2 && ((uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE) ||
                                 (uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF));
}

qsizetype TextDecoder::invalidOffset(TextEncoding encoding, QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    return encoding == TextEncoding::Gb18030 ? invalidGb18030(p, bytes.size()) : invalidUtf8(p, bytes.size());
}

TextEncoding TextDecoder::guess(QByteArrayView sample, bool sampleIsComplete)
{
    if (startsWithUtf8Bom(sample))
        return TextEncoding::Utf8;
    // An incomplete last character of a partial sample says nothing: ignore its last 3 bytes.
    auto validUpToEnd = [&](TextEncoding e) {
        const qsizetype bad = invalidOffset(e, sample);
        return bad < 0 || (!sampleIsComplete && bad >= sample.size() - 3);
    };
    const bool utf8 = validUpToEnd(TextEncoding::Utf8);
    const bool gb = validUpToEnd(TextEncoding::Gb18030);
    if (utf8 && gb) {
        // Both readings end in (at most) an incomplete character: judge the part before it.
        qsizetype end = sample.size();
        for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
            const qsizetype bad = invalidOffset(e, sample);
            if (bad >= 0)
                end = std::min(end, bad);
        }
        EncodingEvidence evidence;
        evidence.add(sample.first(end));
        return evidence.prefersGb18030() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
    }
    if (utf8)
        return TextEncoding::Utf8;
    if (gb)
        return TextEncoding::Gb18030;
    return TextEncoding::Utf8;
}

void EncodingEvidence::add(QByteArrayView bytes)
{
    if (m_utf8Long)
        return;
    bool nonAscii = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x80)
            continue;
        nonAscii = true;
        if (c >= 0xE0) {
            m_utf8Long = true;
            return;
        }
        if (c >= 0xC0 && i + 1 < bytes.size()) {
            const uint cp = (uint(c & 0x1F) << 6) | (uchar(bytes[i + 1]) & 0x3F);
            if (cp < 0xA0 || cp > 0x24F)
                m_utf8NonLatin = true;
            ++i;
        }
    }
    if (!nonAscii || m_gbNotCjk)
        return;
    if (!m_gb)
        m_gb.emplace("GB18030", QStringDecoder::Flag::Stateless);
    const QString text = m_gb->decode(bytes);
    if (m_gb->hasError()) {
        m_gb->resetState();
        m_gbNotCjk = true;
        return;
    }
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        if (u < 0x80)
            continue;
        const bool cjk = (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0x3100 && u <= 0x33FF) ||
                         (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
                         (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x20000 && u <= 0x323AF);
        if (!cjk) {
            m_gbNotCjk = true;
            return;
        }
    }
}

} // namespace hc::imports
