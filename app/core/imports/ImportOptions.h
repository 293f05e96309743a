#pragma once
// How to read an import file: encoding, format, column mapping, time zone, batch size.

#include "RecordReader.h"
#include "TextDecoder.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace hc::imports {

struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    std::optional<RecordReader::Format> format; // nullopt: from the file name
    QString provider;                           // scans: whose event ids these are (a column may say per row)
    QHash<QString, QString> columns;            // field -> column name, where the header does not say
    QTimeZone timeZone;                         // for times written without a zone; invalid: refuse them
    qint64 batchSize = 50000;                   // rows per transaction
    bool force = false;                         // read a completely imported file again (all duplicates)
    int maxStoredRejects = 100000;              // rejected rows stored per run (all are counted)
};

} // namespace hc::imports
