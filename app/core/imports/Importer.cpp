#include "Importer.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Rollups.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcImport, "hc.import", QtInfoMsg)

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::Importer)
};

constexpr int kProgressRows = 2000;
constexpr int kImportCacheKiB = 128 * 1024;

// A larger SQLite page cache for the import's connection while it runs: the scan indexes are keyed by
// person and venue, so each batch touches pages all over them. Restored afterwards (also on failure).
class SqliteCache final
{
public:
    explicit SqliteCache(const db::Database& db) : m_db(db)
    {
        if (!db.isSqlite())
            return;
        auto q = db::run(db, QStringLiteral("PRAGMA cache_size"));
        if (!q || !q.value().next())
            return;
        m_previous = q.value().value(0).toLongLong();
        m_active =
            m_previous > -kImportCacheKiB && db.execute(QStringLiteral("PRAGMA cache_size=-%1").arg(kImportCacheKiB));
    }
    ~SqliteCache()
    {
        if (m_active && !m_db.execute(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous)))
            qCWarning(lcImport) << "could not restore the SQLite page cache size";
    }
    SqliteCache(const SqliteCache&) = delete;
    SqliteCache& operator=(const SqliteCache&) = delete;

private:
    const db::Database& m_db;
    qint64 m_previous = 0;
    bool m_active = false;
};
constexpr qint64 kPreviewBytes = 64 * 1024;
} // namespace

Importer::Importer(const db::Database& db, const auth::Session& session, ImportKind kind, ImportOptions options)
    : m_db(db), m_session(session), m_kind(kind), m_options(std::move(options))
{
    if (m_options.batchSize < 1)
        m_options.batchSize = 1;
}

Importer::~Importer() = default;

QString Importer::shown(const QString& value, int max)
{
    return value.size() <= max ? value : value.left(max) + QStringLiteral("…");
}

void Importer::refuse(const QString& message) const
{
    auto a = audit::AuditLog::appendAlone(
        m_db, m_session.userName, QStringLiteral("import.refused"),
        QStringLiteral("file:") + QFileInfo(m_displayName).fileName(),
        {{QStringLiteral("kind"), ImportKinds::key(m_kind)}, {QStringLiteral("reason"), message}});
    if (!a)
        qCWarning(lcImport) << "could not audit a refused import:" << a.error().message;
}

Status Importer::finishRun(ImportRun& run, const QString& state, const QString& action, const QString& message)
{
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    ImportRun next = run;
    next.state = state;
    next.heartbeatAt = Clock::nowSecs();
    next.finishedAt = next.heartbeatAt;
    Status s = next.save(m_db);
    if (!s)
        return s;
    auto a = audit::AuditLog::append(m_db, m_session.userName, action, QStringLiteral("import:%1").arg(run.id),
                                     {{QStringLiteral("file"), QFileInfo(m_displayName).fileName()},
                                      {QStringLiteral("imported"), static_cast<double>(next.imported)},
                                      {QStringLiteral("duplicates"), static_cast<double>(next.duplicates)},
                                      {QStringLiteral("rejected"), static_cast<double>(next.rejected)},
                                      {QStringLiteral("resume_line"), static_cast<double>(next.resumeLine)},
                                      {QStringLiteral("message"), message}});
    if (!a)
        return a.error();
    s = tx.commit();
    if (s)
        run = next;
    return s;
}

Status Importer::flush(ImportRun& run, QList<RejectedRow>& pending, qint64 offset, qint64 line, qint64 firstLine,
                       bool final, ImportReport& report)
{
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Status s = heatmap::Rollups::lock(m_db);
    if (!s)
        return s;
    BatchResult result;
    s = writeBatch(result);
    if (!s)
        return s;
    QList<RejectedRow> rejects = pending;
    rejects << result.rejects;
    s = run.addRejects(m_db, rejects, m_options.maxStoredRejects);
    if (!s)
        return s;
    ImportRun next = run;
    next.imported += result.imported;
    next.duplicates += result.duplicates;
    next.rejected += rejects.size();
    next.batches += 1;
    next.resumeOffset = offset;
    next.resumeLine = line;
    next.heartbeatAt = Clock::nowSecs();
    if (final) {
        next.state = QStringLiteral("completed");
        next.finishedAt = next.heartbeatAt;
    }
    s = next.save(m_db);
    if (!s)
        return s;
    QJsonObject details{{QStringLiteral("file"), QFileInfo(m_displayName).fileName()},
                        {QStringLiteral("kind"), ImportKinds::key(m_kind)},
                        {QStringLiteral("first_line"), static_cast<double>(firstLine)},
                        {QStringLiteral("last_line"), static_cast<double>(line)},
                        {QStringLiteral("imported"), static_cast<double>(result.imported)},
                        {QStringLiteral("duplicates"), static_cast<double>(result.duplicates)},
                        {QStringLiteral("rejected"), static_cast<double>(rejects.size())}};
    if (final) {
        details.insert(QStringLiteral("total_imported"), static_cast<double>(next.imported));
        details.insert(QStringLiteral("total_duplicates"), static_cast<double>(next.duplicates));
        details.insert(QStringLiteral("total_rejected"), static_cast<double>(next.rejected));
    }
    auto a = audit::AuditLog::append(m_db, m_session.userName,
                                     final ? QStringLiteral("import.finish") : QStringLiteral("import.batch"),
                                     QStringLiteral("import:%1").arg(run.id), details);
    if (!a)
        return a.error();
    s = tx.commit();
    if (!s)
        return s;
    run = next;
    discardBatch();
    pending.clear();
    report.imported = run.imported;
    report.duplicates = run.duplicates;
    report.rejected = run.rejected;
    report.batches = run.batches;
    return {};
}

Result<ImportReport> Importer::run(const QString& path, const Progress& progress)
{
    const Status allowed = m_session.require(auth::Permission::ImportData);
    if (!allowed)
        return allowed.error();
    m_displayName = QDir::toNativeSeparators(path);
    const QString baseName = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("%1: there is no such file.").arg(m_displayName));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1: cannot be opened: %2").arg(m_displayName, file.errorString()));

    const RecordReader::Format format = m_options.format.value_or(RecordReader::formatFor(path));
    const auto reader = RecordReader::create(format, &file, m_displayName);
    const QString checking = Tr::tr("Checking %1").arg(baseName);
    auto check = reader->check(m_options.encoding,
                               [&](qint64 done, qint64 total) { return !progress || progress(checking, done, total); });
    if (!check) {
        if (check.error().code != ErrorCode::Cancelled)
            refuse(check.error().message);
        return check.error();
    }
    Status st = reader->start(check.value().encoding);
    ColumnMapping mapping(fields());
    if (st)
        st = mapping.resolve(reader->columns(), m_options.columns, reader->hasOpenColumns(), m_displayName);
    if (st) {
        const QString problem = columnProblem(mapping);
        if (!problem.isEmpty())
            st = makeError(ErrorCode::InvalidArgument, m_displayName + QStringLiteral(": ") + problem);
    }
    if (!st) {
        refuse(st.error().message);
        return st.error();
    }
    if (reader->hasOpenColumns())
        reader->setColumns(mapping.columns());

    ImportReport report;
    report.fileName = baseName;
    report.kind = m_kind;
    report.encoding = TextDecoder::name(check.value().encoding);
    report.sha256 = check.value().sha256;

    QJsonObject columns;
    const auto resolved = mapping.resolved();
    for (auto it = resolved.cbegin(); it != resolved.cend(); ++it)
        columns.insert(it.key(), it.value());
    const QJsonObject settingsJson{{QStringLiteral("encoding"), report.encoding},
                                   {QStringLiteral("format"), format == RecordReader::Format::Csv
                                                                  ? QStringLiteral("csv")
                                                                  : QStringLiteral("jsonl")},
                                   {QStringLiteral("columns"), columns},
                                   {QStringLiteral("time_zone"), QString::fromUtf8(m_options.timeZone.id())}};
    const QString settings = QString::fromUtf8(QJsonDocument(settingsJson).toJson(QJsonDocument::Compact));

    const QString prov = provider();
    auto latest = ImportRun::latest(m_db, m_kind, prov, report.sha256);
    if (!latest)
        return latest.error();
    const qint64 now = Clock::nowSecs();
    std::optional<ImportRun> resume;
    if (latest.value()) {
        const ImportRun& l = *latest.value();
        // A completed run with other settings (a time zone given after every row was rejected without one) does
        // not block a new run: what it stored is skipped as duplicates.
        if (l.state == QLatin1String("completed") && !m_options.force && l.settings == settings) {
            report.runId = l.id;
            report.alreadyImported = true;
            report.earlierRejected = l.rejected;
            return report;
        }
        if (l.state == QLatin1String("running") && !l.isResumable(now))
            return makeError(
                ErrorCode::Conflict,
                Tr::tr("%1 is being imported by %2 (last progress at %3). If that import stopped, try again "
                       "after %4 minutes.")
                    .arg(m_displayName, l.startedBy, QDateTime::fromSecsSinceEpoch(l.heartbeatAt).toString(Qt::ISODate))
                    .arg(ImportRun::kStaleSeconds / 60));
        if (l.state != QLatin1String("completed") && l.isResumable(now)) {
            if (l.settings != settings)
                return makeError(
                    ErrorCode::InvalidArgument,
                    Tr::tr("%1 was partly imported (run %2, up to line %3) with other settings: %4. Import it "
                           "with the same settings to finish it.")
                        .arg(m_displayName)
                        .arg(l.id)
                        .arg(l.resumeLine)
                        .arg(l.settings));
            resume = l;
        }
    }

    auto scope = services::Jurisdictions::subtree(m_db, m_session.jurisdictionId);
    if (!scope)
        return scope.error();
    m_scope = scope.value() + m_session.scope;
    st = prepare();
    if (!st)
        return st.error();

    const SqliteCache cache(m_db);
    ImportRun run;
    {
        db::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        st = heatmap::Rollups::lock(m_db);
        if (!st)
            return st.error();
        QJsonObject details{{QStringLiteral("file"), baseName},
                            {QStringLiteral("kind"), ImportKinds::key(m_kind)},
                            {QStringLiteral("sha256"), report.sha256},
                            {QStringLiteral("size"), static_cast<double>(check.value().size)},
                            {QStringLiteral("encoding"), report.encoding},
                            {QStringLiteral("provider"), prov}};
        QString action = QStringLiteral("import.start");
        if (resume) {
            run = *resume;
            run.state = QStringLiteral("running");
            run.heartbeatAt = now;
            run.finishedAt = 0;
            st = run.save(m_db);
            if (!st)
                return st.error();
            action = QStringLiteral("import.resume");
            details.insert(QStringLiteral("resume_line"), static_cast<double>(run.resumeLine));
        } else {
            auto created = ImportRun::create(m_db, m_kind, prov, baseName, report.sha256, check.value().size,
                                             report.encoding, settings, m_session.userId);
            if (!created)
                return created.error();
            run = created.value();
        }
        auto a =
            audit::AuditLog::append(m_db, m_session.userName, action, QStringLiteral("import:%1").arg(run.id), details);
        if (!a)
            return a.error();
        st = tx.commit();
        if (!st)
            return st.error();
    }
    report.runId = run.id;
    report.resumed = resume.has_value();
    report.imported = run.imported;
    report.duplicates = run.duplicates;
    report.rejected = run.rejected;
    report.batches = run.batches;
    if (run.resumeOffset > 0) {
        st = reader->seek(run.resumeOffset, run.resumeLine);
        if (!st)
            return st.error();
    }

    auto stop = [&](const Error& error, const QString& state, const QString& action) {
        discardBatch();
        const Status f = finishRun(run, state, action, error.message);
        if (!f)
            qCWarning(lcImport) << "could not record the end of import run" << run.id << ":" << f.error().message;
        report.error = error;
        report.imported = run.imported;
        report.duplicates = run.duplicates;
        report.rejected = run.rejected;
        report.batches = run.batches;
        auto rejects = run.rejects(m_db, m_options.maxStoredRejects);
        if (rejects)
            report.rejects = rejects.value();
        return report;
    };

    QList<RejectedRow> pending;
    qint64 lastOffset = run.resumeOffset > 0 ? run.resumeOffset : reader->offset();
    qint64 lastLine = run.resumeOffset > 0 ? run.resumeLine : 0;
    qint64 firstLine = 0;
    int sinceProgress = 0;
    const QString importing = Tr::tr("Importing %1").arg(baseName);
    SourceRecord record;
    while (reader->next(record)) {
        if (firstLine == 0)
            firstLine = record.line;
        if (!record.problem.isEmpty())
            pending << RejectedRow{record.line, QString(), record.problem};
        else if (const auto rejected = accept(record, mapping))
            pending << RejectedRow{record.line, rejected->field, rejected->reason};
        lastOffset = record.endOffset;
        lastLine = record.lastLine;
        if (queued() + pending.size() >= m_options.batchSize) {
            st = flush(run, pending, lastOffset, lastLine, firstLine, false, report);
            if (!st)
                return stop(st.error(), QStringLiteral("failed"), QStringLiteral("import.fail"));
            firstLine = 0;
        }
        if (++sinceProgress >= kProgressRows) {
            sinceProgress = 0;
            if (progress && !progress(importing, reader->offset(), check.value().size))
                return stop(
                    makeError(ErrorCode::Cancelled,
                              Tr::tr("%1: cancelled. The rows up to line %2 are stored; import the same file again "
                                     "to continue after them.")
                                  .arg(m_displayName)
                                  .arg(run.resumeLine)),
                    QStringLiteral("cancelled"), QStringLiteral("import.cancel"));
        }
    }
    if (reader->error().code != ErrorCode::None)
        return stop(reader->error(), QStringLiteral("failed"), QStringLiteral("import.fail"));
    st = flush(run, pending, lastOffset, lastLine, firstLine, true, report);
    if (!st)
        return stop(st.error(), QStringLiteral("failed"), QStringLiteral("import.fail"));
    if (progress)
        progress(importing, check.value().size, check.value().size);
    auto rejects = run.rejects(m_db, m_options.maxStoredRejects);
    if (!rejects)
        return rejects.error();
    report.rejects = rejects.value();
    qCInfo(lcImport) << "imported" << baseName << "run" << run.id << "imported" << run.imported << "duplicates"
                     << run.duplicates << "rejected" << run.rejected;
    return report;
}

Result<ImportPreview> Importer::preview(const QString& path, int rows)
{
    m_displayName = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("%1: there is no such file.").arg(m_displayName));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1: cannot be opened: %2").arg(m_displayName, file.errorString()));
    ImportPreview p;
    p.format = m_options.format.value_or(RecordReader::formatFor(path));
    const QByteArray sample = file.peek(kPreviewBytes);
    p.encoding = m_options.encoding != TextEncoding::Auto ? m_options.encoding
                                                          : TextDecoder::guess(sample, sample.size() == file.size());
    p.fields = fields();
    const auto reader = RecordReader::create(p.format, &file, m_displayName);
    Status st = reader->start(p.encoding);
    if (!st)
        return st.error();
    p.columns = reader->columns();
    ColumnMapping mapping(p.fields);
    st = mapping.resolve(reader->columns(), m_options.columns, reader->hasOpenColumns(), m_displayName);
    if (st) {
        const QString problem = columnProblem(mapping);
        if (!problem.isEmpty())
            p.problem = problem;
    } else {
        p.problem = st.error().message;
    }
    if (reader->hasOpenColumns() && st)
        reader->setColumns(mapping.columns());
    p.columns = st ? mapping.columns() : reader->columns();
    for (const FieldSpec& f : std::as_const(p.fields))
        if (mapping.has(f.name))
            p.mapping.insert(f.name, mapping.column(f.name));
    SourceRecord r;
    while (p.rows.size() < rows && reader->next(r))
        p.rows << r;
    if (reader->error().code != ErrorCode::None && p.problem.isEmpty())
        p.problem = reader->error().message;
    return p;
}

} // namespace hc::imports
