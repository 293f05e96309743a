#include "CsvReader.h"

#include <QCoreApplication>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::CsvReader)
};

QString recordTooLong()
{
    return Tr::tr("the record that starts here is longer than %1 bytes; a quote is probably not closed.")
        .arg(RecordReader::kMaxRecordBytes);
}
} // namespace

CsvReader::CsvReader(QIODevice* device, const QString& fileName, QChar delimiter)
    : RecordReader(device, fileName), m_delimiter(delimiter)
{}

Status CsvReader::scanLine(QByteArrayView line, qint64 lineNumber)
{
    // Quotes and delimiters are ASCII, and ASCII bytes never occur inside a UTF-8 or GB18030 multi-byte
    // character, so the quote structure can be followed on the raw bytes.
    const char delimiter = static_cast<char>(m_delimiter.unicode());
    if (m_scanState == State::Quoted) {
        // Pass 2 refuses a record this long only after it stored the batches before it: refuse it here.
        m_scanRecordBytes += line.size();
        if (m_scanRecordBytes > kMaxRecordBytes)
            return fatal(m_scanRecordLine, recordTooLong());
    } else {
        m_scanRecordLine = lineNumber;
        m_scanRecordBytes = line.size();
    }
    State s = m_scanState == State::Quoted ? State::Quoted : State::FieldStart;
    for (const char c : line) {
        switch (s) {
        case State::FieldStart:
            if (c == '"') {
                s = State::Quoted;
                m_openQuoteLine = lineNumber;
            } else if (c != delimiter) {
                s = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter)
                s = State::FieldStart;
            break;
        case State::Quoted:
            if (c == '"')
                s = State::QuoteInQuoted;
            break;
        case State::QuoteInQuoted:
            s = c == '"' ? State::Quoted : (c == delimiter ? State::FieldStart : State::Unquoted);
            break;
        }
    }
    m_scanState = s == State::Quoted ? State::Quoted : State::FieldStart;
    return {};
}

QString CsvReader::scanEnd()
{
    if (m_scanState == State::Quoted)
        return Tr::tr("the quoted field that starts on line %1 is never closed; the file is probably truncated.")
            .arg(m_openQuoteLine);
    return {};
}

bool CsvReader::parse(QStringView text, Parse& p) const
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        switch (p.state) {
        case State::FieldStart:
            if (text[i] == QLatin1Char('"')) {
                p.state = State::Quoted;
                ++i;
                break;
            }
            p.state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const qsizetype d = text.indexOf(m_delimiter, i);
            if (d < 0) {
                p.field += text.mid(i);
                i = n;
            } else {
                p.field += text.mid(i, d - i);
                p.fields << p.field;
                p.field.clear();
                p.state = State::FieldStart;
                i = d + 1;
            }
            break;
        }
        case State::Quoted: {
            const qsizetype q = text.indexOf(QLatin1Char('"'), i);
            if (q < 0) {
                p.field += text.mid(i);
                i = n;
            } else {
                p.field += text.mid(i, q - i);
                p.state = State::QuoteInQuoted;
                i = q + 1;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (text[i] == QLatin1Char('"')) {
                p.field += QLatin1Char('"');
                p.state = State::Quoted;
                ++i;
            } else if (text[i] == m_delimiter) {
                p.fields << p.field;
                p.field.clear();
                p.state = State::FieldStart;
                ++i;
            } else {
                if (p.problem.isEmpty())
                    p.problem =
                        Tr::tr("field %1 has text after its closing quote; quotes inside a quoted field must be "
                               "doubled (\"\").")
                            .arg(p.fields.size() + 1);
                p.state = State::Unquoted;
            }
            break;
        }
    }
    if (p.state == State::Quoted) {
        p.field += QLatin1Char('\n');
        return false;
    }
    p.fields << p.field;
    p.field.clear();
    p.state = State::FieldStart;
    return true;
}

bool CsvReader::readFields(SourceRecord& record, Parse& p)
{
    QByteArrayView line;
    for (;;) {
        p = Parse{};
        if (!readLine(line))
            return false;
        record.line = currentLine();
        qint64 bytes = line.size();
        std::optional<QString> text = decode(line);
        if (!text) {
            record.problem = Tr::tr("the line is not valid %1 text.").arg(TextDecoder::name(encoding()));
            record.values.clear();
            record.lastLine = currentLine();
            record.endOffset = offset();
            return true;
        }
        while (!parse(*text, p)) {
            if (!readLine(line)) {
                if (error().code == ErrorCode::None)
                    setError(fatal(record.line, Tr::tr("the quoted field that starts here is never closed.")));
                return false;
            }
            bytes += line.size();
            if (bytes > kMaxRecordBytes) {
                setError(fatal(record.line, recordTooLong()));
                return false;
            }
            text = decode(line);
            if (!text) {
                setError(
                    fatal(currentLine(), Tr::tr("the line is not valid %1 text.").arg(TextDecoder::name(encoding()))));
                return false;
            }
        }
        bool blank = true;
        for (const QString& f : std::as_const(p.fields))
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        if (blank && p.problem.isEmpty())
            continue;
        record.values = p.fields;
        record.problem = p.problem;
        record.lastLine = currentLine();
        record.endOffset = offset();
        return true;
    }
}

Status CsvReader::readHeader()
{
    SourceRecord header;
    Parse p;
    if (!readFields(header, p)) {
        if (error().code != ErrorCode::None)
            return error();
        return fatal(0, Tr::tr("the file has no header row."));
    }
    if (!header.problem.isEmpty())
        return fatal(header.line, Tr::tr("the header row is malformed: %1").arg(header.problem));
    m_columns.clear();
    for (const QString& c : std::as_const(header.values))
        m_columns << c.trimmed();
    return {};
}

bool CsvReader::readRecord(SourceRecord& record)
{
    Parse p;
    record = SourceRecord{};
    if (!readFields(record, p))
        return false;
    // A record over several lines is one quoted field with line breaks, or a stray quote that swallowed
    // the rows after it: its reject names every line it took.
    const bool joined = record.lastLine > record.line;
    if (!record.problem.isEmpty()) {
        if (joined)
            record.problem = Tr::tr("lines %1-%2 (read as one record): %3")
                                 .arg(record.line)
                                 .arg(record.lastLine)
                                 .arg(record.problem);
        return true;
    }
    const qsizetype want = m_columns.size();
    bool wrongCount = record.values.size() < want;
    for (qsizetype i = want; i < record.values.size() && !wrongCount; ++i)
        wrongCount = !record.values.at(i).trimmed().isEmpty();
    if (wrongCount && joined)
        record.problem = Tr::tr("lines %1-%2 were read as one record with %3 fields, but the header has %4; an "
                                "unbalanced quote may have joined these lines.")
                             .arg(record.line)
                             .arg(record.lastLine)
                             .arg(record.values.size())
                             .arg(want);
    else if (wrongCount && record.values.size() < want)
        record.problem = Tr::tr("the row has %1 fields but the header has %2 (a truncated row?).")
                             .arg(record.values.size())
                             .arg(want);
    else if (wrongCount)
        record.problem = Tr::tr("the row has %1 fields but the header has %2.").arg(record.values.size()).arg(want);
    else if (record.values.size() > want)
        record.values.resize(want);
    return true;
}

} // namespace hc::imports
