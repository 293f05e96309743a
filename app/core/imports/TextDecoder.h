#pragma once
// Character encodings of imported text files: UTF-8 (with or without BOM) and GB18030, the superset of
// GBK and GB2312 that spreadsheet programs on Chinese Windows write. Validates bytes with the exact
// offset of the first bad one (so a wrong encoding is a clear file error, never garbled names), guesses
// the encoding, and decodes complete lines (GB18030 through Qt's ICU-backed converter).

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace hc::imports {

enum class TextEncoding
{
    Auto,
    Utf8,
    Gb18030
};

class TextDecoder final
{
public:
    explicit TextDecoder(TextEncoding encoding); // Utf8 or Gb18030 (Auto counts as Utf8)

    TextEncoding encoding() const { return m_encoding; }
    // False when this Qt cannot convert GB18030 (built without ICU).
    bool isValid() const { return m_decoder.isValid(); }
    // Decodes bytes that end on a character boundary (a whole line); nullopt on an invalid sequence.
    std::optional<QString> decode(QByteArrayView bytes);

    // "utf-8", "utf8", "gb18030", "gbk", "gb2312", "auto" (any case); nullopt for anything else.
    static std::optional<TextEncoding> fromName(const QString& name);
    static QString name(TextEncoding encoding); // "UTF-8", "GB18030", "auto"
    static bool isGb18030Available();

    static bool startsWithUtf8Bom(QByteArrayView bytes);
    // UTF-16 and UTF-32 byte order marks: text we do not read ("Unicode text" in Excel).
    static bool startsWithUtf16Bom(QByteArrayView bytes);
    // Offset of the first byte that does not begin a valid, complete sequence; -1 when all are valid.
    static qsizetype invalidOffset(TextEncoding encoding, QByteArrayView bytes);
    // A guess from the start of a file: UTF-8 when it has a BOM or is valid UTF-8 (unless it is valid in
    // both and EncodingEvidence prefers GB18030), else GB18030 when valid as that, else UTF-8.
    // sampleIsComplete: false when the sample may end inside a character.
    static TextEncoding guess(QByteArrayView sample, bool sampleIsComplete);

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
};

// Chooses between UTF-8 and GB18030 for text that is valid in both. The GB18030 byte pairs of many
// common hanzi are also valid 2-byte UTF-8 (谢小英 is D0BB D0A1 D3A2, which reads as UTF-8 "лСӢ"), so
// validity alone garbles such names. Any valid 3- or 4-byte UTF-8 sequence (every hanzi in UTF-8) means
// UTF-8. Otherwise GB18030 wins when the UTF-8 reading has characters outside the Latin ranges
// U+00A0-U+024F (Cyrillic, Greek, Hebrew, Arabic...: not names in a Chinese health database) and the
// GB18030 reading is CJK text; anything else ("José" in UTF-8) stays UTF-8.
class EncodingEvidence final
{
public:
    // One more piece of the text, in order, ending on a character boundary (a whole line), that is
    // valid UTF-8 and valid GB18030.
    void add(QByteArrayView bytes);
    bool prefersGb18030() const { return !m_utf8Long && m_utf8NonLatin && !m_gbNotCjk; }

private:
    bool m_utf8Long = false;     // a 3- or 4-byte UTF-8 sequence
    bool m_utf8NonLatin = false; // a 2-byte UTF-8 character outside U+00A0-U+024F
    bool m_gbNotCjk = false;     // a non-ASCII character of the GB18030 reading that is not CJK
    std::optional<QStringDecoder> m_gb;
};

} // namespace hc::imports
