#include "ImportRun.h"

#include "db/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc::imports {

namespace {
const char kSelect[] =
    "SELECT r.id, r.state, r.settings, r.started_at, r.heartbeat_at, r.finished_at, r.resume_offset, "
    "r.resume_line, r.rows_imported, r.rows_duplicate, r.rows_rejected, r.batches, u.name "
    "FROM import_runs r LEFT JOIN users u ON u.id = r.started_by";

ImportRun read(const QSqlQuery& q)
{
    ImportRun r;
    r.id = q.value(0).toLongLong();
    r.state = q.value(1).toString();
    r.settings = q.value(2).toString();
    r.startedAt = q.value(3).toLongLong();
    r.heartbeatAt = q.value(4).toLongLong();
    r.finishedAt = q.value(5).toLongLong();
    r.resumeOffset = q.value(6).toLongLong();
    r.resumeLine = q.value(7).toLongLong();
    r.imported = q.value(8).toLongLong();
    r.duplicates = q.value(9).toLongLong();
    r.rejected = q.value(10).toLongLong();
    r.batches = q.value(11).toLongLong();
    r.startedBy = q.value(12).toString();
    return r;
}
} // namespace

Result<std::optional<ImportRun>> ImportRun::latest(const db::Database& db, ImportKind kind, const QString& provider,
                                                   const QString& sha256)
{
    auto q = db::run(db,
                     QString::fromLatin1(kSelect) +
                         QStringLiteral(" WHERE r.kind = ? AND r.provider = ? AND r.file_sha256 = ? "
                                        "ORDER BY CASE WHEN r.state = 'completed' THEN 0 ELSE 1 END, r.id DESC"),
                     {ImportKinds::key(kind), provider, sha256});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ImportRun>();
    return std::optional<ImportRun>(read(q.value()));
}

Result<ImportRun> ImportRun::byId(const db::Database& db, qint64 id)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + QStringLiteral(" WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hc::imports::ImportRun", "No import run %1.").arg(id));
    return read(q.value());
}

Result<ImportRun> ImportRun::create(const db::Database& db, ImportKind kind, const QString& provider,
                                    const QString& fileName, const QString& sha256, qint64 size,
                                    const QString& encoding, const QString& settings, qint64 userId)
{
    const qint64 now = Clock::nowSecs();
    auto id = db::insert(db,
                         QStringLiteral("INSERT INTO import_runs (kind, provider, file_name, file_sha256, file_size, "
                                        "encoding, settings, state, started_by, started_at, heartbeat_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)"),
                         {ImportKinds::key(kind), provider, fileName, sha256, size, encoding, settings,
                          userId > 0 ? QVariant(userId) : QVariant(), now, now});
    if (!id)
        return id.error();
    ImportRun r;
    r.id = id.value();
    r.state = QStringLiteral("running");
    r.settings = settings;
    r.startedAt = now;
    r.heartbeatAt = now;
    return r;
}

bool ImportRun::isResumable(qint64 now) const
{
    if (state == QLatin1String("failed") || state == QLatin1String("cancelled"))
        return true;
    return state == QLatin1String("running") && now - heartbeatAt > kStaleSeconds;
}

Status ImportRun::save(const db::Database& db) const
{
    auto q = db::run(db,
                     QStringLiteral("UPDATE import_runs SET state = ?, heartbeat_at = ?, finished_at = ?, "
                                    "resume_offset = ?, resume_line = ?, rows_imported = ?, rows_duplicate = ?, "
                                    "rows_rejected = ?, batches = ? WHERE id = ?"),
                     {state, heartbeatAt, finishedAt > 0 ? QVariant(finishedAt) : QVariant(), resumeOffset, resumeLine,
                      imported, duplicates, rejected, batches, id});
    if (!q)
        return q.error();
    return {};
}

Status ImportRun::addRejects(const db::Database& db, const QList<RejectedRow>& rows, int limit) const
{
    if (rows.isEmpty())
        return {};
    auto stored = db::run(db, QStringLiteral("SELECT COUNT(*) FROM import_rejects WHERE run_id = ?"), {id});
    if (!stored)
        return stored.error();
    const qint64 have = stored.value().next() ? stored.value().value(0).toLongLong() : 0;
    const qint64 room = std::max<qint64>(0, limit - have);
    QSqlQuery ins(db.connection());
    if (!ins.prepare(QStringLiteral("INSERT INTO import_rejects (run_id, line, field, reason) VALUES (?, ?, ?, ?)")))
        return db::sqlError(ins);
    for (qsizetype i = 0; i < rows.size() && i < room; ++i) {
        const Status s = db::rerun(ins, {id, rows.at(i).line, rows.at(i).field, rows.at(i).reason});
        if (!s)
            return s;
    }
    return {};
}

Result<QList<RejectedRow>> ImportRun::rejects(const db::Database& db, int limit) const
{
    auto q = db::run(db,
                     QStringLiteral("SELECT line, field, reason FROM import_rejects WHERE run_id = ? "
                                    "ORDER BY line, id LIMIT ?"),
                     {id, limit});
    if (!q)
        return q.error();
    QList<RejectedRow> out;
    while (q.value().next())
        out << RejectedRow{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                           q.value().value(2).toString()};
    return out;
}

} // namespace hc::imports
