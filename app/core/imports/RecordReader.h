#pragma once
// Streams records from an import file without loading it: CSV (RFC 4180) or JSON Lines. Two passes:
// check() reads every byte once (SHA-256, binary content, encoding, line and record lengths, structure)
// so a file with a fatal problem is refused before anything is stored; then start()/next() read the
// records, and seek() resumes after the last committed record. Memory stays bounded by the longest line.

#include "SourceRecord.h"
#include "TextDecoder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hc::imports {

struct FileCheck
{
    QString sha256; // lowercase hex of the whole file
    qint64 size = 0;
    qint64 lines = 0;
    TextEncoding encoding = TextEncoding::Utf8; // detected, or as forced
};

class RecordReader
{
public:
    enum class Format
    {
        Csv,
        JsonLines
    };
    static constexpr qint64 kMaxLineBytes = 1 << 20;   // 1 MiB
    static constexpr qint64 kMaxRecordBytes = 4 << 20; // a quoted CSV record over several lines

    // The device must stay open while the reader is used; fileName names it in messages.
    static std::unique_ptr<RecordReader> create(Format format, QIODevice* device, const QString& fileName);
    // .jsonl, .ndjson and .json are JSON Lines; anything else is CSV.
    static Format formatFor(const QString& path);

    virtual ~RecordReader();
    RecordReader(const RecordReader&) = delete;
    RecordReader& operator=(const RecordReader&) = delete;

    // Pass 1 from the start. encoding Auto detects (the whole file must be valid in the chosen one).
    // Fatal problems come back as InvalidArgument naming the file, line and byte offset.
    Result<FileCheck> check(TextEncoding encoding, const std::function<bool(qint64 done, qint64 total)>& progress = {});
    // Pass 2 from the start: reads the header (CSV) or samples the keys (JSON Lines).
    Status start(TextEncoding encoding);
    // CSV: the header. JSON Lines: the keys of the first records, plus any added by setColumns().
    const QStringList& columns() const { return m_columns; }
    // JSON Lines only: the keys to extract from every object (in this order).
    virtual void setColumns(const QStringList& columns) { m_columns = columns; }
    virtual bool hasOpenColumns() const { return false; }
    // Continues after a record that ended at offset; the next line is numbered line + 1.
    Status seek(qint64 offset, qint64 line);
    // The next record; false at the end or on a fatal error (then error() says why).
    bool next(SourceRecord& record);
    const Error& error() const { return m_error; }
    qint64 offset() const { return m_offset; }
    const QString& fileName() const { return m_fileName; }

protected:
    RecordReader(QIODevice* device, const QString& fileName);

    // One physical line without its line break (valid until the next call); false at the end or on a
    // fatal error. A line ends at LF, CRLF or a CR not followed by LF (old Mac files, mixed endings).
    bool readLine(QByteArrayView& line);
    std::optional<QString> decode(QByteArrayView bytes) { return m_decoder->decode(bytes); }
    TextEncoding encoding() const { return m_decoder ? m_decoder->encoding() : TextEncoding::Utf8; }
    Error fatal(qint64 line, const QString& message) const;
    void setError(const Error& e) { m_error = e; }
    qint64 currentLine() const { return m_line; }

    virtual Status readHeader() = 0;
    virtual bool readRecord(SourceRecord& record) = 0;
    // Pass-1 structure checks: each physical line in order (an error refuses the file), then the end
    // (non-empty: fatal problem).
    virtual Status scanLine(QByteArrayView, qint64) { return {}; }
    virtual QString scanEnd() { return {}; }

    QStringList m_columns;

private:
    // Forgets the read-ahead after the device was repositioned.
    void resetBuffer();
    // Moves the unread bytes to the front of m_buffer and reads more after them; false on a read error.
    bool fill();

    QIODevice* m_device;
    QString m_fileName;
    std::optional<TextDecoder> m_decoder;
    QByteArray m_buffer; // read-ahead: [m_bufferPos, m_bufferEnd) is not yet returned
    qsizetype m_bufferPos = 0;
    qsizetype m_bufferEnd = 0;
    bool m_atEnd = false;     // the device has no more bytes after m_bufferEnd
    QByteArrayView m_rawLine; // the last line as stored, with its BOM and line break
    qint64 m_line = 0;
    qint64 m_offset = 0;
    Error m_error;
};

} // namespace hc::imports
