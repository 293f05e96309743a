#include "RecordReader.h"

#include "CsvReader.h"
#include "JsonLinesReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <cstring>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::RecordReader)
};

constexpr qint64 kProgressBytes = 8 << 20;
constexpr qint64 kReadBytes = 64 << 10;

struct Bad
{
    qint64 line = 0;
    qint64 offset = -1; // -1: no invalid byte
};
} // namespace

std::unique_ptr<RecordReader> RecordReader::create(Format format, QIODevice* device, const QString& fileName)
{
    if (format == Format::JsonLines)
        return std::make_unique<JsonLinesReader>(device, fileName);
    return std::make_unique<CsvReader>(device, fileName);
}

RecordReader::Format RecordReader::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
        return Format::JsonLines;
    return Format::Csv;
}

RecordReader::RecordReader(QIODevice* device, const QString& fileName) : m_device(device), m_fileName(fileName) {}

RecordReader::~RecordReader() = default;

Error RecordReader::fatal(qint64 line, const QString& message) const
{
    if (line <= 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: %2").arg(m_fileName, message));
    return makeError(ErrorCode::InvalidArgument, Tr::tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(message));
}

void RecordReader::resetBuffer()
{
    m_bufferPos = 0;
    m_bufferEnd = 0;
    m_atEnd = false;
    m_rawLine = {};
}

bool RecordReader::fill()
{
    if (m_buffer.size() < kMaxLineBytes + 3 + kReadBytes)
        m_buffer.resize(kMaxLineBytes + 3 + kReadBytes);
    if (m_bufferPos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_bufferPos,
                     static_cast<std::size_t>(m_bufferEnd - m_bufferPos));
        m_bufferEnd -= m_bufferPos;
        m_bufferPos = 0;
    }
    const qint64 n = m_device->read(m_buffer.data() + m_bufferEnd, m_buffer.size() - m_bufferEnd);
    if (n < 0) {
        m_error = fatal(m_line + 1, Tr::tr("cannot be read: %1").arg(m_device->errorString()));
        return false;
    }
    if (n == 0)
        m_atEnd = true;
    m_bufferEnd += n;
    return true;
}

bool RecordReader::readLine(QByteArrayView& line)
{
    // The byte order mark of the file's first line does not count towards its length.
    const qsizetype allowed = kMaxLineBytes + (m_offset == 0 ? 3 : 0);
    qsizetype scanned = m_bufferPos; // no line break before this
    qsizetype lineEnd = -1;          // where the line break starts
    qsizetype breakBytes = 0;
    for (;;) {
        const char* data = m_buffer.constData();
        qsizetype i = scanned;
        while (i < m_bufferEnd && data[i] != '\n' && data[i] != '\r')
            ++i;
        if (i < m_bufferEnd) {
            if (data[i] == '\n') {
                lineEnd = i;
                breakBytes = 1;
            } else if (i + 1 < m_bufferEnd) {
                lineEnd = i;
                breakBytes = data[i + 1] == '\n' ? 2 : 1;
            } else if (m_atEnd) {
                lineEnd = i;
                breakBytes = 1;
            }
        }
        const qsizetype length = (lineEnd >= 0 ? lineEnd : i) - m_bufferPos;
        if (length > allowed) {
            m_error =
                fatal(m_line + 1, Tr::tr("the line is longer than %1 bytes; this is not a %2 file, or it is damaged.")
                                      .arg(kMaxLineBytes)
                                      .arg(hasOpenColumns() ? QStringLiteral("JSON Lines") : QStringLiteral("CSV")));
            return false;
        }
        if (lineEnd >= 0)
            break;
        if (m_atEnd) {
            if (m_bufferPos == m_bufferEnd)
                return false;      // the end of the file
            lineEnd = m_bufferEnd; // a last line without a line break
            break;
        }
        // No line break yet, or a CR as the last byte read, which may start a CRLF: read more.
        scanned = i - m_bufferPos;
        if (!fill())
            return false;
        scanned += m_bufferPos;
    }
    const char* data = m_buffer.constData();
    const qsizetype rawBegin = m_bufferPos;
    const qsizetype rawEnd = lineEnd + breakBytes;
    qsizetype begin = rawBegin;
    if (m_offset == 0 && TextDecoder::startsWithUtf8Bom(QByteArrayView(data + rawBegin, lineEnd - rawBegin)))
        begin += 3;
    m_bufferPos = rawEnd;
    ++m_line;
    m_offset += rawEnd - rawBegin;
    m_rawLine = QByteArrayView(data + rawBegin, rawEnd - rawBegin);
    line = QByteArrayView(data + begin, lineEnd - begin);
    return true;
}

Result<FileCheck> RecordReader::check(TextEncoding encoding, const std::function<bool(qint64, qint64)>& progress)
{
    if (!m_device->seek(0))
        return fatal(0, Tr::tr("cannot be read: %1").arg(m_device->errorString()));
    m_line = 0;
    m_offset = 0;
    m_error = {};
    resetBuffer();
    FileCheck result;
    result.size = m_device->size();
    if (result.size == 0)
        return fatal(0, Tr::tr("the file is empty."));
    const QByteArray head = m_device->peek(4);
    if (TextDecoder::startsWithUtf16Bom(head))
        return fatal(0, Tr::tr("the file is UTF-16 text (Excel's \"Unicode text\"). Save it as \"CSV UTF-8\" or as CSV "
                               "in the Chinese (GB18030) encoding and import it again."));
    const bool bom = TextDecoder::startsWithUtf8Bom(head);
    if (bom && encoding == TextEncoding::Gb18030)
        return fatal(0, Tr::tr("the file starts with a UTF-8 byte order mark but GB18030 was asked for; import it as "
                               "UTF-8."));
    const bool tryUtf8 = encoding != TextEncoding::Gb18030;
    const bool tryGb = encoding == TextEncoding::Gb18030 || (encoding == TextEncoding::Auto && !bom);
    Bad utf8, gb;
    EncodingEvidence evidence; // while the text is valid in both encodings
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 nextProgress = kProgressBytes;
    QByteArrayView line;
    for (;;) {
        const qint64 lineStart = m_offset;
        if (!readLine(line))
            break;
        hash.addData(m_rawLine);
        if (std::memchr(m_rawLine.data(), 0, static_cast<std::size_t>(m_rawLine.size())))
            return fatal(
                m_line,
                Tr::tr("contains a NUL byte (near byte offset %1): this is a binary file, not text.").arg(lineStart));
        const qint64 contentStart = lineStart + (line.data() - m_rawLine.data());
        if (tryUtf8 && utf8.offset < 0) {
            const qsizetype bad = TextDecoder::invalidOffset(TextEncoding::Utf8, line);
            if (bad >= 0)
                utf8 = Bad{m_line, contentStart + bad};
        }
        if (tryGb && gb.offset < 0) {
            const qsizetype bad = TextDecoder::invalidOffset(TextEncoding::Gb18030, line);
            if (bad >= 0)
                gb = Bad{m_line, contentStart + bad};
        }
        if (encoding == TextEncoding::Utf8 && utf8.offset >= 0)
            break;
        if (encoding == TextEncoding::Gb18030 && gb.offset >= 0)
            break;
        if (encoding == TextEncoding::Auto && utf8.offset >= 0 && (gb.offset >= 0 || bom))
            break;
        if (encoding == TextEncoding::Auto && !bom && utf8.offset < 0 && gb.offset < 0)
            evidence.add(line);
        if (const Status s = scanLine(line, m_line); !s)
            return s.error();
        if (progress && m_offset >= nextProgress) {
            nextProgress = m_offset + kProgressBytes;
            if (!progress(m_offset, result.size))
                return makeError(
                    ErrorCode::Cancelled,
                    Tr::tr("%1: cancelled while checking the file; nothing was imported.").arg(m_fileName));
        }
    }
    if (m_error.code != ErrorCode::None)
        return m_error;
    const QString utf8Hint =
        Tr::tr("If it was saved by Excel on Chinese Windows, import it with the encoding GB18030.");
    if (encoding == TextEncoding::Utf8 && utf8.offset >= 0)
        return fatal(utf8.line,
                     Tr::tr("the text is not valid UTF-8 (byte offset %1). %2").arg(utf8.offset).arg(utf8Hint));
    if (encoding == TextEncoding::Gb18030 && gb.offset >= 0)
        return fatal(gb.line, Tr::tr("the text is not valid GB18030 (byte offset %1). Is it UTF-8?").arg(gb.offset));
    if (encoding == TextEncoding::Auto) {
        if (utf8.offset < 0)
            result.encoding =
                !bom && gb.offset < 0 && evidence.prefersGb18030() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
        else if (!bom && gb.offset < 0)
            result.encoding = TextEncoding::Gb18030;
        else if (bom)
            return fatal(utf8.line,
                         Tr::tr("the file has a UTF-8 byte order mark but is not valid UTF-8 (byte offset %1).")
                             .arg(utf8.offset));
        else
            return fatal(utf8.line,
                         Tr::tr("the text is neither UTF-8 (first invalid byte at offset %1) nor GB18030 "
                                "(line %2, byte offset %3). Check that it is a text export, or save it again "
                                "as \"CSV UTF-8\".")
                             .arg(utf8.offset)
                             .arg(gb.line)
                             .arg(gb.offset));
    } else {
        result.encoding = encoding;
    }
    if (result.encoding == TextEncoding::Gb18030 && !TextDecoder::isGb18030Available())
        return fatal(0, Tr::tr("the file is GB18030 text, but this Qt has no GB18030 converter (it was built without "
                               "ICU)."));
    const QString structure = scanEnd();
    if (!structure.isEmpty())
        return fatal(0, structure);
    result.lines = m_line;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    return result;
}

Status RecordReader::start(TextEncoding encoding)
{
    if (!m_device->seek(0))
        return fatal(0, Tr::tr("cannot be read: %1").arg(m_device->errorString()));
    m_line = 0;
    m_offset = 0;
    m_error = {};
    resetBuffer();
    m_decoder.emplace(encoding);
    if (!m_decoder->isValid())
        return fatal(0, Tr::tr("this Qt cannot decode %1.").arg(TextDecoder::name(encoding)));
    return readHeader();
}

Status RecordReader::seek(qint64 offset, qint64 line)
{
    if (!m_device->seek(offset))
        return fatal(line, Tr::tr("cannot continue at byte offset %1: %2").arg(offset).arg(m_device->errorString()));
    m_offset = offset;
    m_line = line;
    resetBuffer();
    return {};
}

bool RecordReader::next(SourceRecord& record)
{
    if (m_error.code != ErrorCode::None || !m_decoder)
        return false;
    return readRecord(record);
}

} // namespace hc::imports
