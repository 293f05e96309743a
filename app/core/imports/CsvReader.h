#pragma once
// CSV as RFC 4180 describes it (and Excel writes it): a header row, comma-separated fields, fields in
// double quotes may contain commas, line breaks and doubled quotes; CRLF, LF or CR line ends. Lenient where
// Excel is (a quote inside an unquoted field is text); strict where data would be misread (text after a
// closing quote, a wrong number of fields: the row is rejected with the reason).

#include "RecordReader.h"

namespace hc::imports {

class CsvReader final : public RecordReader
{
public:
    CsvReader(QIODevice* device, const QString& fileName, QChar delimiter = QLatin1Char(','));

protected:
    Status readHeader() override;
    bool readRecord(SourceRecord& record) override;
    Status scanLine(QByteArrayView line, qint64 lineNumber) override;
    QString scanEnd() override;

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    struct Parse
    {
        State state = State::FieldStart;
        QStringList fields;
        QString field;
        QString problem;
    };
    // Continues parsing with one more physical line; true when the record is complete.
    bool parse(QStringView text, Parse& p) const;
    // The next record's raw fields; false at the end.
    bool readFields(SourceRecord& record, Parse& p);

    QChar m_delimiter;
    State m_scanState = State::FieldStart;
    qint64 m_openQuoteLine = 0;
    qint64 m_scanRecordLine = 0;  // pass 1: the first line of the current record
    qint64 m_scanRecordBytes = 0; // and its bytes so far, counted as pass 2 does
};

} // namespace hc::imports
