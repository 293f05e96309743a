#pragma once
// Append-only, hash-chained audit log: hash = SHA-256(previous hash || canonical record).
// append() runs inside the caller's transaction so a change and its record are stored together.

#include "db/Database.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace hc::audit {

struct AuditRecord
{
    qint64 seq = 0;
    qint64 atMs = 0; // UTC, milliseconds since the epoch
    QString actor;
    QString action;
    QString target;
    QString details; // compact JSON
    QString hash;    // lowercase hex
};

struct Checkpoint;

struct Verification
{
    bool ok = true;
    qint64 records = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString reason;         // translated; empty when ok
    qint64 headSeq = 0;
    QString headHash;
};

class AuditLog final
{
public:
    static QString genesisHash(); // 64 zeros: the "previous hash" of record 1

    // Appends a record; the caller must hold an open Transaction. Returns the new sequence number.
    static Result<qint64> append(const db::Database& db, const QString& actor, const QString& action,
                                 const QString& target, const QJsonObject& details = {});
    // Appends in a transaction of its own (refusals, failed logins: events with no other change).
    static Result<qint64> appendAlone(const db::Database& db, const QString& actor, const QString& action,
                                      const QString& target, const QJsonObject& details = {});

    static QByteArray canonical(const AuditRecord& r);
    static QString chainHash(const QString& previousHash, const AuditRecord& r);

    // Recomputes the whole chain in pages; with a checkpoint also detects truncation and rewriting.
    // progress(done) may return false to cancel.
    static Result<Verification> verify(const db::Database& db, const Checkpoint* checkpoint = nullptr,
                                       const std::function<bool(qint64)>& progress = {});

    // The last record's sequence number and hash (0 and the genesis hash when empty).
    static Result<std::pair<qint64, QString>> head(const db::Database& db);
};

} // namespace hc::audit
