#include "RevocationList.h"

#include "CwtClaims.h"
#include "JsonFields.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <QMultiHash>

#include <algorithm>
#include <memory>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::RevocationList)
};
constexpr qsizetype kMaxCards = 20'000'000;
} // namespace

std::optional<qint64> RevocationList::revokedAt(const QString& cardIssuer, const QByteArray& serial) const
{
    for (const RevokedCard& c : cards) {
        if (c.serial == serial && (c.issuer.isEmpty() || c.issuer == cardIssuer))
            return c.revokedAt;
    }
    return std::nullopt;
}

std::function<std::optional<qint64>(const QString&, const QByteArray&)> RevocationList::lookup() const
{
    auto index = std::make_shared<QMultiHash<QByteArray, RevokedCard>>();
    index->reserve(cards.size());
    for (const RevokedCard& c : cards)
        index->insert(c.serial, c);
    return [index](const QString& cardIssuer, const QByteArray& serial) -> std::optional<qint64> {
        for (auto it = index->constFind(serial); it != index->cend() && it.key() == serial; ++it) {
            if (it->issuer.isEmpty() || it->issuer == cardIssuer)
                return it->revokedAt;
        }
        return std::nullopt;
    };
}

QByteArray RevocationList::signedBytes() const
{
    QList<RevokedCard> sorted = cards;
    std::sort(sorted.begin(), sorted.end(), [](const RevokedCard& a, const RevokedCard& b) {
        return a.issuer != b.issuer ? a.issuer < b.issuer : a.serial < b.serial;
    });
    QCborArray entries;
    for (const RevokedCard& c : sorted)
        entries.append(QCborArray{c.issuer, c.serial, c.revokedAt});
    return canonicalBytes(kFormat, entries);
}

void RevocationList::sign(const QByteArray& secretKey)
{
    signature = crypto::Crypto::sign(signedBytes(), secretKey);
}

bool RevocationList::signatureValid() const
{
    return crypto::Crypto::verify(signedBytes(), signature, signerPublicKey);
}

QByteArray RevocationList::toJson() const
{
    QJsonArray entries;
    for (const RevokedCard& c : cards)
        entries.append(QJsonObject{{QStringLiteral("iss"), c.issuer},
                                   {QStringLiteral("serial"), QString::fromLatin1(c.serial.toHex())},
                                   {QStringLiteral("revoked_at"), static_cast<double>(c.revokedAt)}});
    return document(kFormat, QStringLiteral("revoked"), entries);
}

Result<RevocationList> RevocationList::fromJson(const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: not a valid revocation list: %2").arg(source, why));
    };
    RevocationList r;
    const auto revoked = SignedList::read(json, kFormat, QStringLiteral("revoked"), kMaxCards, &r, bad);
    if (!revoked)
        return revoked.error();
    QString problem;
    r.cards.reserve(revoked.value().size());
    for (qsizetype i = 0; i < revoked.value().size(); ++i) {
        const QString path = QStringLiteral("revoked[%1]").arg(i);
        if (!revoked.value().at(i).isObject())
            return bad(Tr::tr("%1 is not an object.").arg(path));
        const QJsonObject e = revoked.value().at(i).toObject();
        RevokedCard c;
        const auto iss = JsonFields::text(e, QStringLiteral("iss"), path, CwtClaims::kMaxIssuerLength, &problem);
        if (!iss)
            return bad(problem);
        c.issuer = *iss;
        const auto serial = JsonFields::hex(e, QStringLiteral("serial"), path, CwtClaims::kMaxSerialBytes, &problem);
        if (!serial)
            return bad(problem);
        c.serial = *serial;
        const auto at = JsonFields::time(e, QStringLiteral("revoked_at"), path, &problem);
        if (!at)
            return bad(problem);
        c.revokedAt = *at;
        r.cards.append(c);
    }
    if (!r.signatureValid())
        return makeError(ErrorCode::CryptoError,
                         Tr::tr("%1: the revocation list's signature does not match its contents; it was changed after "
                                "signing or is damaged.")
                             .arg(source));
    return r;
}

} // namespace hc::codes
