// libFuzzer target for the import readers: everything a provider's file can contain reaches the text
// decoders, the CSV (RFC 4180) and JSON Lines parsers, the column mapping and the field parsers.
// The first input byte chooses the reader and the encoding:
//   bit 0: 0 CSV, 1 JSON Lines     bits 1-2: 0 detect, 1 UTF-8, 2 GB18030, 3 detect
// Built as a libFuzzer binary with HC_FUZZ=ON (clang), and always as FuzzImportReadersReplay, which runs
// the corpus in tests/data/fuzz/imports on every test run.

#include "imports/ColumnMapping.h"
#include "imports/FieldParser.h"
#include "imports/RecordReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
using namespace hc::imports;

const QList<FieldSpec>& fields()
{
    static const QList<FieldSpec> f{
        {QStringLiteral("event_id"), true, {QStringLiteral("id")}, {}},
        {QStringLiteral("time"), false, {QStringLiteral("t")}, {}},
        {QStringLiteral("lat"), false, {}, {}},
        {QStringLiteral("name"), false, {QStringLiteral("姓名")}, {}},
    };
    return f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    QBuffer buffer;
    buffer.setData(QByteArray(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1)));
    buffer.open(QIODevice::ReadOnly);
    const auto format = (mode & 1) ? RecordReader::Format::JsonLines : RecordReader::Format::Csv;
    const TextEncoding encoding = ((mode >> 1) & 3) == 1   ? TextEncoding::Utf8
                                  : ((mode >> 1) & 3) == 2 ? TextEncoding::Gb18030
                                                           : TextEncoding::Auto;
    auto reader = RecordReader::create(format, &buffer, QStringLiteral("fuzz"));
    const auto check = reader->check(encoding);
    if (!check) {
        if (check.error().message.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (check.value().sha256.size() != 64)
        std::abort();
    if (!reader->start(check.value().encoding))
        return 0;
    ColumnMapping mapping(fields());
    if (mapping.resolve(reader->columns(), {}, reader->hasOpenColumns(), QStringLiteral("fuzz")) &&
        reader->hasOpenColumns())
        reader->setColumns(mapping.columns());
    SourceRecord record;
    qint64 lastOffset = 0;
    qint64 lastLine = 0;
    while (reader->next(record)) {
        // Records move forward through the file, and a well-formed one has a value for every column.
        if (record.endOffset <= lastOffset || record.line <= lastLine || record.lastLine < record.line)
            std::abort();
        lastOffset = record.endOffset;
        lastLine = record.lastLine;
        if (record.problem.isEmpty() && record.values.size() != reader->columns().size())
            std::abort();
        QString problem;
        for (const QString& v : std::as_const(record.values)) {
            FieldParser::utcSeconds(v, QTimeZone(), true, &problem);
            FieldParser::number(v, -90, 90, QStringLiteral("latitude"), &problem);
        }
    }
    if (lastOffset > buffer.size())
        std::abort();
    return 0;
}
