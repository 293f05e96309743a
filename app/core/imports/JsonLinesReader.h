#pragma once
// JSON Lines (one JSON object per line, https://jsonlines.org): the columns are the keys of the first
// objects plus those the column mapping asks for; values are strings, numbers, booleans or null. A line
// that is not a JSON object is a rejected row; blank lines are skipped.

#include "RecordReader.h"

namespace hc::imports {

class JsonLinesReader final : public RecordReader
{
public:
    static constexpr int kSampleLines = 1000;
    JsonLinesReader(QIODevice* device, const QString& fileName);

    bool hasOpenColumns() const override { return true; }

protected:
    Status readHeader() override;
    bool readRecord(SourceRecord& record) override;
};

} // namespace hc::imports
