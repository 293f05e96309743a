#pragma once
// One record read from an import file: where it is, its values by column, or why it cannot be read.

#include <QString>
#include <QStringList>

namespace hc::imports {

struct SourceRecord
{
    qint64 line = 0;      // first physical line, counting from 1
    qint64 lastLine = 0;  // last physical line (a quoted CSV field may span lines)
    qint64 endOffset = 0; // byte offset just after the record: where reading resumes
    QStringList values;   // one per column of the reader
    QString problem;      // not empty: the record is malformed (the row is rejected with this reason)
};

} // namespace hc::imports
