#include "IdListFile.h"

#include "util/NationalId.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

namespace hc::printing {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::printing::IdListFile)
};
} // namespace

Result<QList<IdListEntry>> IdListFile::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("Cannot read the ID list %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxBytes)
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("The ID list %1 is larger than %2 MB; split it.").arg(path).arg(kMaxBytes / (1024 * 1024)));
    return parse(f.readAll(), path);
}

Result<QList<IdListEntry>> IdListFile::parse(const QByteArray& bytes, const QString& source)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<IdListEntry> entries;
    QStringList problems;
    qsizetype problemCount = 0;
    QHash<QString, int> seen;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString id = lines.at(i).trimmed();
        if (id.isEmpty() || id.startsWith(QLatin1Char('#')))
            continue;
        id = id.toUpper(); // the check character x is written either way
        QString problem;
        if (!NationalId::isValid(id))
            problem = Tr::tr("%1 line %2: \"%3\" is not a valid ID number (18 characters with a correct check "
                             "character).")
                          .arg(source)
                          .arg(lineNo)
                          .arg(id.left(40));
        else if (const int first = seen.value(id); first > 0)
            problem = Tr::tr("%1 line %2: the ID number %3 is already on line %4.")
                          .arg(source)
                          .arg(lineNo)
                          .arg(NationalId::masked(id))
                          .arg(first);
        if (!problem.isEmpty()) {
            if (++problemCount <= kMaxReportedProblems)
                problems << problem;
            continue;
        }
        seen.insert(id, lineNo);
        entries << IdListEntry{lineNo, id};
    }
    if (problemCount > 0) {
        if (problemCount > kMaxReportedProblems)
            problems << Tr::tr("... and %1 more bad lines.").arg(problemCount - kMaxReportedProblems);
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("The ID list %1 has %2 bad line(s); nothing was selected. Correct them and try again:\n%3")
                .arg(source)
                .arg(problemCount)
                .arg(problems.join(QLatin1Char('\n'))));
    }
    if (entries.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The ID list %1 contains no ID numbers.").arg(source));
    return entries;
}

} // namespace hc::printing
