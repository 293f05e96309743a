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
    // A guess from the start of a file: UTF-8 when it has a BOM or is valid UTF-8, else GB18030 when
    // valid as that, else UTF-8. sampleIsComplete: false when the sample may end inside a character.
    static TextEncoding guess(QByteArrayView sample, bool sampleIsComplete);

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
};

} // namespace hc::imports
