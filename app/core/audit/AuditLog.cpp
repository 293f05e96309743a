#include "AuditLog.h"

#include "Checkpoint.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc::audit {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::audit::AuditLog)
};
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditRecord& r)
{
    // A JSON array has one serialisation for given values, so every verifier reproduces these bytes.
    const QJsonArray a{QJsonValue(static_cast<double>(r.seq)), QJsonValue(static_cast<double>(r.atMs)), r.actor,
                       r.action, r.target, r.details};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString& previousHash, const AuditRecord& r)
{
    const QByteArray prev = QByteArray::fromHex(previousHash.toLatin1());
    return QString::fromLatin1(crypto::Crypto::sha256(prev + canonical(r)).toHex());
}

Result<std::pair<qint64, QString>> AuditLog::head(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (q.value().next())
        return std::pair<qint64, QString>{q.value().value(0).toLongLong(), q.value().value(1).toString()};
    return std::pair<qint64, QString>{0, genesisHash()};
}

Result<qint64> AuditLog::append(const db::Database& db, const QString& actor, const QString& action,
                                const QString& target, const QJsonObject& details)
{
    // SQLite writers are already serialised by BEGIN IMMEDIATE; on PostgreSQL two sessions could read
    // the same head, so appends take a transaction-scoped lock first.
    if (!db.isSqlite()) {
        const Status locked = db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)"));
        if (!locked)
            return locked.error();
    }
    auto h = head(db);
    if (!h)
        return h.error();
    AuditRecord r;
    r.seq = h.value().first + 1;
    r.atMs = Clock::nowUtc().toMSecsSinceEpoch();
    r.actor = actor;
    r.action = action;
    r.target = target;
    r.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    r.hash = chainHash(h.value().second, r);
    auto ins = db::run(db,
                       QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, target, details, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {r.seq, r.atMs, r.actor, r.action, r.target, r.details, r.hash});
    if (!ins)
        return ins.error();
    qCDebug(lcAudit) << "appended" << r.seq << action << target;
    return r.seq;
}

Result<qint64> AuditLog::appendAlone(const db::Database& db, const QString& actor, const QString& action,
                                     const QString& target, const QJsonObject& details)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto seq = append(db, actor, action, target, details);
    if (!seq)
        return seq;
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return seq;
}

Result<Verification> AuditLog::verify(const db::Database& db, const Checkpoint* checkpoint,
                                      const std::function<bool(qint64)>& progress)
{
    Verification v;
    QString prev = genesisHash();
    qint64 expected = 1;
    QString hashAtCheckpoint;
    constexpr int kPage = 5000;
    for (;;) {
        // Keyset pages keep memory flat however long the chain grows.
        auto q = db::run(db,
                         QStringLiteral("SELECT seq, at, actor, action, target, details, hash FROM audit_log "
                                        "WHERE seq >= ? ORDER BY seq LIMIT ?"),
                         {expected, kPage});
        if (!q)
            return q.error();
        int rows = 0;
        while (q.value().next()) {
            ++rows;
            AuditRecord r;
            r.seq = q.value().value(0).toLongLong();
            r.atMs = q.value().value(1).toLongLong();
            r.actor = q.value().value(2).toString();
            r.action = q.value().value(3).toString();
            r.target = q.value().value(4).toString();
            r.details = q.value().value(5).toString();
            r.hash = q.value().value(6).toString();
            if (r.seq != expected) {
                v.ok = false;
                v.firstBadSeq = expected;
                v.reason = Tr::tr("Record %1 is missing: the chain jumps from %2 to %3 (a record was deleted).")
                               .arg(expected)
                               .arg(expected - 1)
                               .arg(r.seq);
                return v;
            }
            if (chainHash(prev, r) != r.hash) {
                v.ok = false;
                v.firstBadSeq = r.seq;
                v.reason = Tr::tr("Record %1 does not match its hash: it was edited, inserted or moved.").arg(r.seq);
                return v;
            }
            prev = r.hash;
            if (checkpoint && r.seq == checkpoint->seq)
                hashAtCheckpoint = r.hash;
            ++v.records;
            ++expected;
        }
        if (progress && !progress(v.records))
            return makeError(ErrorCode::Cancelled, Tr::tr("Verification cancelled."));
        if (rows < kPage)
            break;
    }
    v.headSeq = expected - 1;
    v.headHash = prev;
    if (checkpoint) {
        if (v.headSeq < checkpoint->seq) {
            v.ok = false;
            v.firstBadSeq = v.headSeq + 1;
            v.reason = Tr::tr("The chain ends at record %1 but the checkpoint covers %2 records: it was truncated.")
                           .arg(v.headSeq)
                           .arg(checkpoint->seq);
        } else if (hashAtCheckpoint != checkpoint->headHash) {
            v.ok = false;
            v.firstBadSeq = checkpoint->seq;
            v.reason =
                Tr::tr("Record %1 differs from the signed checkpoint: the chain was rewritten.").arg(checkpoint->seq);
        }
    }
    return v;
}

} // namespace hc::audit
