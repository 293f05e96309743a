#pragma once
// The import of one CSV or JSON Lines file, shared by every kind (subclasses say which fields, how a row
// is validated and how a batch is written).
//
// All or nothing: the whole file is checked first (encoding, binary content, header and required
// columns, quoting): a fatal problem stores nothing. Then rows are read in order and committed in
// batches (ImportOptions::batchSize rows, default 50,000); each batch is one transaction holding its
// rows, their rollup updates, its rejected rows, the run's counters and resume point, and its audit
// record - so a batch is stored completely or not at all. A cancelled, failed or crashed import keeps
// its committed batches; importing the same file again (same kind, provider and SHA-256) resumes after
// the last committed batch, and a file completed with the same settings is not read again (adds nothing)
// unless forced, and then every row is a duplicate; with other settings (columns, encoding, time zone) it is
// read again, and what is stored already is counted as duplicates.

#include "ColumnMapping.h"
#include "ImportKind.h"
#include "ImportOptions.h"
#include "ImportPreview.h"
#include "ImportReport.h"
#include "ImportRun.h"
#include "RecordReader.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QLoggingCategory>
#include <QSet>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace hc::imports {

// A row refused by validation: the field at fault (empty: the whole row) and why.
struct Reject
{
    QString field;
    QString reason;
};

// What writing a batch did beyond the accepted rows.
struct BatchResult
{
    qint64 imported = 0;
    qint64 duplicates = 0;
    QList<RejectedRow> rejects; // found only when writing (unknown person, conflicting record)
};

class Importer
{
public:
    // progress(phase, done, total) in bytes; returning false cancels.
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;

    virtual ~Importer();
    Importer(const Importer&) = delete;
    Importer& operator=(const Importer&) = delete;

    // Imports the file. A fatal file problem or a refusal is an error (InvalidArgument, NotFound,
    // PermissionDenied...); otherwise the report says how far it got (report.error: cancelled or failed).
    Result<ImportReport> run(const QString& path, const Progress& progress = {});
    // Reads the first rows without storing anything (the encoding is guessed from the first 64 KiB).
    Result<ImportPreview> preview(const QString& path, int rows = 10);

    virtual QList<FieldSpec> fields() const = 0;

protected:
    Importer(const db::Database& db, const auth::Session& session, ImportKind kind, ImportOptions options);

    // A fatal problem with the resolved columns beyond missing required ones (empty: none).
    virtual QString columnProblem(const ColumnMapping&) const { return {}; }
    // Loads what validation needs, after the file passed its checks.
    virtual Status prepare() = 0;
    // Validates one record: queues it and returns nullopt, or returns why it is refused.
    virtual std::optional<Reject> accept(const SourceRecord& record, const ColumnMapping& mapping) = 0;
    // Writes the queued rows inside the batch transaction.
    virtual Status writeBatch(BatchResult& result) = 0;
    virtual qint64 queued() const = 0;
    virtual void discardBatch() = 0;
    // The provider column of scans, for the run's identity; others have none.
    virtual QString provider() const { return {}; }

    const db::Database& database() const { return m_db; }
    const auth::Session& session() const { return m_session; }
    const ImportOptions& options() const { return m_options; }
    const QString& displayName() const { return m_displayName; }
    // In the user's scope as the jurisdiction tree is now (including jurisdictions added since login).
    bool inScope(qint64 jurisdiction) const { return m_scope.contains(jurisdiction); }
    // "line 12" in the current file, for messages.
    static QString shown(const QString& value, int max = 40);

private:
    Status flush(ImportRun& run, QList<RejectedRow>& pending, qint64 offset, qint64 line, qint64 firstLine, bool final,
                 ImportReport& report);
    Status finishRun(ImportRun& run, const QString& state, const QString& action, const QString& message);
    void refuse(const QString& message) const;

    const db::Database& m_db;
    const auth::Session& m_session;
    ImportKind m_kind;
    ImportOptions m_options;
    QString m_displayName;
    QSet<qint64> m_scope;
};

} // namespace hc::imports
