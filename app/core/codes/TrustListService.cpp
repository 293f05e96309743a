#include "TrustListService.h"

#include "KeyService.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::TrustListService)
};

// The newest active trust_list key, unlocked; created (sealed with passphrase, audited) when there is none.
Result<crypto::UnlockedKey> unlockSigner(const db::Database& db, const auth::Session& session,
                                         const QString& passphrase)
{
    const QString purpose = QStringLiteral("trust_list");
    auto unlocked = crypto::KeyStore::unlockActive(db, purpose, passphrase);
    if (!unlocked && unlocked.error().code == ErrorCode::NotFound) {
        // The first export creates the signing key, so the passphrase must be good enough to seal one.
        if (const QString p = KeyService::passphraseProblem(passphrase); !p.isEmpty())
            return makeError(ErrorCode::InvalidArgument, p);
        auto created = crypto::KeyStore::generate(db, session, purpose, session.jurisdictionId, passphrase);
        if (!created)
            return created.error();
        unlocked = crypto::KeyStore::unlockActive(db, purpose, passphrase);
    }
    return unlocked;
}
} // namespace

void ListSigner::fillHeader(SignedList& list) const
{
    list.issuer = issuer.code;
    list.createdAt = Clock::nowSecs();
    list.signerKid = key.key.kid;
    list.signerPublicKey = key.key.publicKey;
}

Result<ListSigner> TrustListService::listSigner(const db::Database& db, const auth::Session& session,
                                                const QString& passphrase)
{
    auto key = unlockSigner(db, session, passphrase);
    if (!key)
        return key.error();
    const qint64 home = key.value().key.jurisdictionId > 0 ? key.value().key.jurisdictionId : session.jurisdictionId;
    auto issuer = services::Jurisdictions::byId(db, home);
    if (!issuer)
        return issuer.error();
    if (const Status s = session.requireScope(home, issuer.value().name); !s)
        return s.error();
    auto subtree = services::Jurisdictions::subtree(db, home);
    if (!subtree)
        return subtree.error();
    return ListSigner{std::move(key).value(), issuer.value(), subtree.value()};
}

Result<TrustList> TrustListService::exportList(const db::Database& db, const auth::Session& session,
                                               const QString& passphrase)
{
    if (const Status p = session.require(auth::Permission::ManageKeys); !p)
        return p.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto signer = listSigner(db, session, passphrase);
    if (!signer)
        return signer.error();
    const QSet<qint64>& subtree = signer.value().subtree;

    TrustList list;
    signer.value().fillHeader(list);
    auto q = db::run(db, QStringLiteral("SELECT k.kid, j.code, k.public_key, k.retired_at, k.jurisdiction_id "
                                        "FROM signing_keys k JOIN jurisdictions j ON j.id = k.jurisdiction_id "
                                        "WHERE k.purpose = 'cards' ORDER BY k.kid"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!subtree.contains(q.value().value(4).toLongLong()))
            continue;
        list.keys << TrustListKey{q.value().value(0).toString(), q.value().value(1).toString(),
                                  q.value().value(2).toByteArray(), q.value().value(3).toLongLong()};
    }
    if (list.keys.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Jurisdiction %1 has no card signing keys to publish; create one with "
                                "healthcode-ctl keys generate.")
                             .arg(list.issuer));
    list.sign(signer.value().key.secretKey);
    auto a = audit::AuditLog::append(
        db, session.userName, QStringLiteral("keys.export_trust_list"), QStringLiteral("trust_list:") + list.issuer,
        {{QStringLiteral("signer_kid"), list.signerKid},
         {QStringLiteral("keys"), static_cast<double>(list.keys.size())},
         {QStringLiteral("created_at"), static_cast<double>(list.createdAt)},
         {QStringLiteral("signed_sha256"), QString::fromLatin1(crypto::Crypto::sha256(list.signedBytes()).toHex())}});
    if (!a)
        return a.error();
    if (const Status c = tx.commit(); !c)
        return c.error();
    return list;
}

Result<TrustListImport> TrustListService::importList(const db::Database& db, const auth::Session& session,
                                                     const QByteArray& json, const QString& source,
                                                     bool acceptNewSigner)
{
    if (const Status p = session.require(auth::Permission::ManageKeys); !p)
        return p.error();
    auto parsed = TrustList::fromJson(json, source);
    if (!parsed)
        return parsed.error();
    const TrustList& list = parsed.value();
    TrustListImport summary{list.issuer, list.signerKid, list.signerFingerprint(), list.keys.size(), list.createdAt,
                            false,       false};
    const QString digest = QString::fromLatin1(crypto::Crypto::sha256(list.signedBytes()).toHex());

    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto conflict = [&](const QString& why) {
        return makeError(ErrorCode::Conflict, Tr::tr("%1: the trust list is not imported: %2").arg(source, why));
    };
    // Nobody else speaks for this database's jurisdictions or keys.
    auto own = db::run(db, QStringLiteral("SELECT 1 FROM jurisdictions WHERE code = ?"), {list.issuer});
    if (!own)
        return own.error();
    if (own.value().next())
        return conflict(Tr::tr("its issuer %1 is one of this database's own jurisdictions, whose keys come from this "
                               "database.")
                            .arg(list.issuer));
    // An issuer vouches only for its own jurisdiction and those under it: in administrative division codes the
    // issuer's code without its trailing "00" pairs (440000 -> 44, 330100 -> 3301) begins every such code.
    QString issuerPrefix = list.issuer;
    while (issuerPrefix.endsWith(QLatin1String("00")))
        issuerPrefix.chop(2);
    for (const TrustListKey& k : list.keys) {
        if (!k.jurisdiction.startsWith(issuerPrefix) || k.jurisdiction.size() != list.issuer.size())
            return conflict(Tr::tr("key %1 claims to sign for jurisdiction %2, which does not lie under the list's "
                                   "issuer %3.")
                                .arg(k.kid, k.jurisdiction, list.issuer));
        auto ownCode = db::run(db, QStringLiteral("SELECT 1 FROM jurisdictions WHERE code = ?"), {k.jurisdiction});
        if (!ownCode)
            return ownCode.error();
        if (ownCode.value().next())
            return conflict(Tr::tr("key %1 claims to sign for jurisdiction %2, one of this database's own.")
                                .arg(k.kid, k.jurisdiction));
        auto ownKey = db::run(db, QStringLiteral("SELECT 1 FROM signing_keys WHERE kid = ?"), {k.kid});
        if (!ownKey)
            return ownKey.error();
        if (ownKey.value().next())
            return conflict(Tr::tr("key %1 is one of this database's own keys.").arg(k.kid));
        auto other = db::run(db,
                             QStringLiteral("SELECT i.issuer FROM trusted_keys t JOIN trust_list_imports i "
                                            "ON i.id = t.import_id WHERE t.kid = ? AND i.superseded_at IS NULL "
                                            "AND i.issuer <> ?"),
                             {k.kid, list.issuer});
        if (!other)
            return other.error();
        if (other.value().next())
            return conflict(Tr::tr("key %1 is already trusted through the trust list of %2.")
                                .arg(k.kid, other.value().value(0).toString()));
    }

    auto current = db::run(db,
                           QStringLiteral("SELECT id, signer_kid, signer_public_key, list_created_at, document_sha256 "
                                          "FROM trust_list_imports WHERE issuer = ? AND superseded_at IS NULL"),
                           {list.issuer});
    if (!current)
        return current.error();
    const qint64 now = Clock::nowSecs();
    qint64 replacedId = 0;
    if (current.value().next()) {
        replacedId = current.value().value(0).toLongLong();
        const QString oldSigner = current.value().value(1).toString();
        const qint64 oldCreated = current.value().value(3).toLongLong();
        if (current.value().value(4).toString() == digest) {
            summary.unchanged = true;
            return summary;
        }
        if (oldSigner != list.signerKid && !acceptNewSigner) {
            TrustList old;
            old.signerPublicKey = current.value().value(2).toByteArray();
            return conflict(
                Tr::tr("the trust list of %1 was signed by key %2 (fingerprint %3) until now, this one by key "
                       "%4 (fingerprint %5). Confirm the new key with %1 by another channel, then import "
                       "again accepting the new signer.")
                    .arg(list.issuer, oldSigner, old.signerFingerprint(), list.signerKid, summary.signerFingerprint));
        }
        if (list.createdAt < oldCreated)
            return conflict(Tr::tr("it was created on %1, before the list of %2 imported already (created %3).")
                                .arg(QDateTime::fromSecsSinceEpoch(list.createdAt, Qt::UTC).toString(Qt::ISODate),
                                     list.issuer,
                                     QDateTime::fromSecsSinceEpoch(oldCreated, Qt::UTC).toString(Qt::ISODate)));
        auto sup = db::run(db, QStringLiteral("UPDATE trust_list_imports SET superseded_at = ? WHERE id = ?"),
                           {now, replacedId});
        if (!sup)
            return sup.error();
        summary.replacedEarlier = true;
    }

    auto importId = db::insert(db,
                               QStringLiteral("INSERT INTO trust_list_imports (issuer, signer_kid, signer_public_key, "
                                              "list_created_at, document, document_sha256, imported_at, imported_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {list.issuer, list.signerKid, list.signerPublicKey, list.createdAt,
                                QString::fromUtf8(json), digest, now, session.userId});
    if (!importId)
        return importId.error();
    QSqlQuery keyInsert(db.connection());
    if (!keyInsert.prepare(QStringLiteral("INSERT INTO trusted_keys (import_id, kid, jurisdiction, public_key, "
                                          "retired_at) VALUES (?, ?, ?, ?, ?)")))
        return db::sqlError(keyInsert);
    for (const TrustListKey& k : list.keys) {
        const Status st = db::rerun(keyInsert, {importId.value(), k.kid, k.jurisdiction, k.publicKey,
                                                k.retiredAt > 0 ? QVariant(k.retiredAt) : QVariant()});
        if (!st)
            return st.error();
    }
    QJsonObject details{{QStringLiteral("issuer"), list.issuer},
                        {QStringLiteral("signer_kid"), list.signerKid},
                        {QStringLiteral("signer_fingerprint"), summary.signerFingerprint},
                        {QStringLiteral("keys"), static_cast<double>(list.keys.size())},
                        {QStringLiteral("list_created_at"), static_cast<double>(list.createdAt)},
                        {QStringLiteral("signed_sha256"), digest},
                        {QStringLiteral("source"), source}};
    if (replacedId > 0)
        details.insert(QStringLiteral("replaced_import"), static_cast<double>(replacedId));
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("keys.import_trust_list"),
                                     QStringLiteral("trust_list:") + list.issuer, details);
    if (!a)
        return a.error();
    if (const Status c = tx.commit(); !c)
        return c.error();
    return summary;
}

Result<TrustStore> TrustListService::trustStore(const db::Database& db, bool includeDemo)
{
    TrustStore store;
    const QString here = Tr::tr("this database");
    auto own = db::run(db, QStringLiteral("SELECT k.kid, j.code, k.public_key, k.retired_at, k.purpose "
                                          "FROM signing_keys k LEFT JOIN jurisdictions j ON j.id = k.jurisdiction_id "
                                          "WHERE k.purpose IN ('cards', 'demo', 'trust_list')"));
    if (!own)
        return own.error();
    while (own.value().next()) {
        const QSqlQuery& q = own.value();
        const QString purpose = q.value(4).toString();
        TrustedKey k{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toByteArray(),
                     q.value(3).toLongLong(),
                     purpose == QLatin1String("demo"),
                     here};
        if (purpose == QLatin1String("trust_list"))
            store.addListSigner(k.kid, k.publicKey);
        else if (purpose == QLatin1String("cards") || includeDemo)
            store.addKey(k);
        else
            store.addUntrusted(k.kid, Tr::tr("it is a demo key of this database, and demo cards are never valid."));
    }
    auto imported = db::run(db, QStringLiteral("SELECT t.kid, t.jurisdiction, t.public_key, t.retired_at, i.issuer "
                                               "FROM trusted_keys t JOIN trust_list_imports i ON i.id = t.import_id "
                                               "WHERE i.superseded_at IS NULL"));
    if (!imported)
        return imported.error();
    while (imported.value().next()) {
        const QSqlQuery& q = imported.value();
        store.addKey(TrustedKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                                q.value(3).toLongLong(), false,
                                Tr::tr("the imported trust list of %1").arg(q.value(4).toString())});
    }
    auto signers = db::run(db, QStringLiteral("SELECT signer_kid, signer_public_key FROM trust_list_imports "
                                              "WHERE superseded_at IS NULL"));
    if (!signers)
        return signers.error();
    while (signers.value().next())
        store.addListSigner(signers.value().value(0).toString(), signers.value().value(1).toByteArray());
    return store;
}

} // namespace hc::codes
