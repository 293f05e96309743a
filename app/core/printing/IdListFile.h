#pragma once
// Reads a list of national ID numbers for printing (one per line, UTF-8, '#' comments and blank lines
// ignored). Any bad line refuses the whole list, naming each bad line by number.

#include "util/Result.h"

#include <QList>
#include <QString>

namespace hc::printing {

struct IdListEntry
{
    int line = 0;
    QString nationalId;
};

class IdListFile final
{
public:
    static constexpr int kMaxReportedProblems = 20;
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    static Result<QList<IdListEntry>> read(const QString& path);
    // The same, for text already read (source names it in messages).
    static Result<QList<IdListEntry>> parse(const QByteArray& bytes, const QString& source);
};

} // namespace hc::printing
