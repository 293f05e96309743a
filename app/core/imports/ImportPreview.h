#pragma once
// The first rows of a file as the import would read them, for the column-mapping dialog.

#include "ColumnMapping.h"
#include "RecordReader.h"
#include "TextDecoder.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace hc::imports {

struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8; // guessed from the start of the file, or as forced
    RecordReader::Format format = RecordReader::Format::Csv;
    QStringList columns;      // the header (JSON Lines: the keys, plus columns opened for unmapped fields)
    QList<SourceRecord> rows; // the first records
    QList<FieldSpec> fields;
    QHash<QString, int> mapping; // field -> column index; absent: no column
    QString problem;             // why the file cannot be imported as mapped; empty when it can
};

} // namespace hc::imports
