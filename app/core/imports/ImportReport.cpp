#include "ImportReport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hc::imports {

namespace {
QByteArray csvField(const QString& s)
{
    QString out = s;
    // A leading = + - @ would be run as a formula by spreadsheets: prefix it (OWASP CSV injection).
    if (!out.isEmpty() && QStringLiteral("=+-@").contains(out.at(0)))
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r')))
        out = QLatin1Char('"') + out.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return out.toUtf8();
}
} // namespace

Status ImportReport::writeCsv(const QString& path, const QList<ImportReport>& reports,
                              const QList<std::pair<QString, QString>>& fatal)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("hc::imports::ImportReport", "Cannot write %1: %2").arg(path, f.errorString()));
    QByteArray out("\xEF\xBB\xBF"
                   "file,line,field,reason\r\n");
    for (const auto& [file, message] : fatal)
        out += csvField(file) + ",0,," + csvField(message) + "\r\n";
    for (const ImportReport& r : reports) {
        for (const RejectedRow& row : r.rejects)
            out += csvField(r.fileName) + ',' + QByteArray::number(row.line) + ',' + csvField(row.field) + ',' +
                   csvField(row.reason) + "\r\n";
        if (r.rejected > r.rejects.size())
            out += csvField(r.fileName) + ",0,," +
                   csvField(QCoreApplication::translate("hc::imports::ImportReport",
                                                        "... and %1 more rejected rows (only the first %2 are kept).")
                                .arg(r.rejected - r.rejects.size())
                                .arg(r.rejects.size())) +
                   "\r\n";
        if (!r.completed() && r.error.code != ErrorCode::Cancelled)
            out += csvField(r.fileName) + ",0,," + csvField(r.error.message) + "\r\n";
    }
    if (f.write(out) != out.size() || !f.commit())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("hc::imports::ImportReport", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace hc::imports
