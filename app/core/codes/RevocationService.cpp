#include "RevocationService.h"

#include "CwtClaims.h"
#include "TrustListService.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::RevocationService)
};

// Revoked non-demo cards; within (when given) keeps only cards whose key belongs to those jurisdictions.
Result<QList<RevokedCard>> revokedCards(const db::Database& db, const QString& fallbackIssuer,
                                        const std::optional<QSet<qint64>>& within)
{
    auto q =
        db::run(db, QStringLiteral("SELECT pc.serial, pc.revoked_at, j.code, k.jurisdiction_id "
                                   "FROM printed_cards pc "
                                   "LEFT JOIN signing_keys k ON k.id = pc.key_id "
                                   "LEFT JOIN jurisdictions j ON j.id = k.jurisdiction_id "
                                   "WHERE pc.revoked_at IS NOT NULL AND (k.purpose IS NULL OR k.purpose <> 'demo') "
                                   "ORDER BY pc.id"));
    if (!q)
        return q.error();
    QList<RevokedCard> cards;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 jurisdictionId = r.value(3).toLongLong();
        if (within && jurisdictionId > 0 && !within->contains(jurisdictionId))
            continue;
        const QString serialText = r.value(0).toString();
        const QByteArray serial = CwtClaims::serialFromText(serialText);
        if (serial.isEmpty())
            return makeError(ErrorCode::DatabaseError,
                             Tr::tr("The printed card serial \"%1\" is not the hexadecimal card serial codes carry.")
                                 .arg(serialText));
        const QString code = r.value(2).toString();
        cards << RevokedCard{code.isEmpty() ? fallbackIssuer : code, serial, r.value(1).toLongLong()};
    }
    return cards;
}
} // namespace

Result<RevocationList> RevocationService::current(const db::Database& db)
{
    auto cards = revokedCards(db, QString(), std::nullopt);
    if (!cards)
        return cards.error();
    RevocationList list;
    list.createdAt = Clock::nowSecs();
    list.cards = cards.value();
    return list;
}

Result<RevocationList> RevocationService::exportList(const db::Database& db, const auth::Session& session,
                                                     const QString& passphrase)
{
    if (const Status p = session.require(auth::Permission::ManageKeys); !p)
        return p.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto signer = TrustListService::listSigner(db, session, passphrase);
    if (!signer)
        return signer.error();
    auto cards = revokedCards(db, signer.value().issuer.code, signer.value().subtree);
    if (!cards)
        return cards.error();

    RevocationList list;
    signer.value().fillHeader(list);
    list.cards = cards.value();
    list.sign(signer.value().key.secretKey);
    auto a = audit::AuditLog::append(
        db, session.userName, QStringLiteral("keys.export_revocations"), QStringLiteral("revocations:") + list.issuer,
        {{QStringLiteral("signer_kid"), list.signerKid},
         {QStringLiteral("cards"), static_cast<double>(list.cards.size())},
         {QStringLiteral("created_at"), static_cast<double>(list.createdAt)},
         {QStringLiteral("signed_sha256"), QString::fromLatin1(crypto::Crypto::sha256(list.signedBytes()).toHex())}});
    if (!a)
        return a.error();
    if (const Status c = tx.commit(); !c)
        return c.error();
    return list;
}

} // namespace hc::codes
