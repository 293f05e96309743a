#pragma once
// One import of one file (import_runs): identified by kind, provider and the file's SHA-256, it records
// the settings used, the counts, and the resume point (byte offset and line after the last committed
// batch). A run left 'running' without a heartbeat for kStaleSeconds is taken to have crashed.

#include "ImportKind.h"
#include "ImportReport.h"
#include "db/Database.h"

#include <QString>

#include <optional>

namespace hc::imports {

class ImportRun final
{
public:
    static constexpr qint64 kStaleSeconds = 600;

    qint64 id = 0;
    QString state; // running, completed, failed, cancelled
    QString settings;
    qint64 startedAt = 0;
    qint64 heartbeatAt = 0;
    qint64 finishedAt = 0;
    qint64 resumeOffset = 0;
    qint64 resumeLine = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 batches = 0;
    QString startedBy;

    // The latest run of this file (same kind, provider and hash), if any.
    static Result<std::optional<ImportRun>> latest(const db::Database& db, ImportKind kind, const QString& provider,
                                                   const QString& sha256);
    static Result<ImportRun> byId(const db::Database& db, qint64 id);
    // A new run in state 'running'; the caller's transaction carries the audit record.
    static Result<ImportRun> create(const db::Database& db, ImportKind kind, const QString& provider,
                                    const QString& fileName, const QString& sha256, qint64 size,
                                    const QString& encoding, const QString& settings, qint64 userId);
    bool isResumable(qint64 now) const;

    // Stores counts, resume point and heartbeat (and the state, when it changes).
    Status save(const db::Database& db) const;
    // Stores rejected rows (as many as still fit under limit).
    Status addRejects(const db::Database& db, const QList<RejectedRow>& rows, int limit) const;
    Result<QList<RejectedRow>> rejects(const db::Database& db, int limit) const;
};

} // namespace hc::imports
