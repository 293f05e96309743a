#include "AuditService.h"

#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace hc::services {

Result<audit::Verification> AuditService::verify(const db::Database& db, const auth::Session& session,
                                                 const audit::Checkpoint* checkpoint,
                                                 const std::function<bool(qint64)>& progress)
{
    const Status p = session.require(auth::Permission::VerifyAudit);
    if (!p)
        return p.error();
    if (checkpoint) {
        // A checkpoint is only as good as its key: it must be one of this database's audit keys.
        auto key = crypto::KeyStore::find(db, checkpoint->kid);
        if (!key || key.value().publicKey != checkpoint->publicKey || key.value().purpose != QLatin1String("audit"))
            return makeError(ErrorCode::AuditBroken,
                             QCoreApplication::translate("hc::services::AuditService",
                                                         "The checkpoint was signed with key %1, which is not an "
                                                         "audit key of this database.")
                                 .arg(checkpoint->kid));
    }
    auto v = audit::AuditLog::verify(db, checkpoint, progress);
    if (!v)
        return v;
    QJsonObject details{{QStringLiteral("ok"), v.value().ok}, {QStringLiteral("records"), static_cast<double>(v.value().records)}};
    if (!v.value().ok)
        details.insert(QStringLiteral("first_bad_seq"), static_cast<double>(v.value().firstBadSeq));
    if (checkpoint)
        details.insert(QStringLiteral("checkpoint_seq"), static_cast<double>(checkpoint->seq));
    // Recording a broken chain's verification would extend the broken chain; only good ones are appended.
    if (v.value().ok) {
        auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("audit.verify"), QString(), details);
        if (!a)
            return a.error();
    }
    return v;
}

Result<audit::Checkpoint> AuditService::checkpoint(const db::Database& db, const auth::Session& session,
                                                   const QString& passphrase)
{
    const Status p = session.require(auth::Permission::VerifyAudit);
    if (!p)
        return p.error();
    auto v = audit::AuditLog::verify(db);
    if (!v)
        return v.error();
    if (!v.value().ok)
        return makeError(ErrorCode::AuditBroken,
                         QCoreApplication::translate("hc::services::AuditService",
                                                     "The audit chain does not verify, so it is not signed: %1")
                             .arg(v.value().reason));
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto unlocked = crypto::KeyStore::unlockActive(db, QStringLiteral("audit"), passphrase);
    if (!unlocked && unlocked.error().code == ErrorCode::NotFound) {
        auto created = crypto::KeyStore::generate(db, session, QStringLiteral("audit"), session.jurisdictionId, passphrase);
        if (!created)
            return created.error();
        unlocked = crypto::KeyStore::unlockActive(db, QStringLiteral("audit"), passphrase);
    }
    if (!unlocked)
        return unlocked.error();
    // The head is read inside the transaction so no append slips between it and the signature.
    auto head = audit::AuditLog::head(db);
    if (!head)
        return head.error();
    audit::Checkpoint c;
    c.seq = head.value().first;
    c.headHash = head.value().second;
    c.createdAtMs = Clock::nowUtc().toMSecsSinceEpoch();
    c.kid = unlocked.value().key.kid;
    c.publicKey = unlocked.value().key.publicKey;
    c.signature = crypto::Crypto::sign(c.signedBytes(), unlocked.value().secretKey);
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("audit.checkpoint"), QString(),
                                     {{QStringLiteral("seq"), static_cast<double>(c.seq)},
                                      {QStringLiteral("head_hash"), c.headHash},
                                      {QStringLiteral("kid"), c.kid}});
    if (!a)
        return a.error();
    const Status commit = tx.commit();
    if (!commit)
        return commit.error();
    return c;
}

} // namespace hc::services
