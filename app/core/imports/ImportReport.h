#pragma once
// The outcome of importing one file: counts, the rejected rows with line and reason, and whether it
// completed, was cancelled or failed (a failed or cancelled run resumes when the same file is imported
// again). writeCsv() produces the downloadable rejects report.

#include "ImportKind.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace hc::imports {

struct RejectedRow
{
    qint64 line = 0; // physical line of the file (GeoJSON: the feature's number)
    QString field;   // the field at fault, empty when the whole row is
    QString reason;  // translated
};

struct ImportReport
{
    QString fileName;
    ImportKind kind = ImportKind::Scans;
    qint64 runId = 0;
    QString encoding;
    QString sha256;
    qint64 imported = 0;
    qint64 duplicates = 0; // already in the database (or earlier in the file)
    qint64 rejected = 0;
    qint64 batches = 0;
    bool resumed = false;         // continued a run that had stopped part way
    bool alreadyImported = false; // a completed run of this very file with the same settings exists: nothing was read
    qint64 earlierRejected = 0;   // alreadyImported: the rows that completed run rejected
    QList<RejectedRow> rejects;   // up to ImportOptions::maxStoredRejects
    Error error;                  // None: completed; Cancelled; anything else: failed (resumable)

    bool completed() const { return error.code == ErrorCode::None; }

    // One CSV for several files: file,line,field,reason; UTF-8 with a BOM so spreadsheets show Chinese.
    // fatal: files refused as a whole (file name, message), listed with line 0.
    static Status writeCsv(const QString& path, const QList<ImportReport>& reports,
                           const QList<std::pair<QString, QString>>& fatal = {});
};

} // namespace hc::imports
