#include "TrustList.h"

#include "CwtClaims.h"
#include "JsonFields.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::TrustList)
};
constexpr int kKeyBytes = 32;
constexpr int kMaxKeys = 100000;
} // namespace

QByteArray TrustList::signedBytes() const
{
    QList<TrustListKey> sorted = keys;
    std::sort(sorted.begin(), sorted.end(), [](const TrustListKey& a, const TrustListKey& b) { return a.kid < b.kid; });
    QCborArray entries;
    for (const TrustListKey& k : sorted)
        entries.append(QCborArray{k.kid, k.jurisdiction, k.publicKey,
                                  k.retiredAt > 0 ? QCborValue(k.retiredAt) : QCborValue(nullptr)});
    return canonicalBytes(kFormat, entries);
}

void TrustList::sign(const QByteArray& secretKey)
{
    signature = crypto::Crypto::sign(signedBytes(), secretKey);
}

bool TrustList::signatureValid() const
{
    return crypto::Crypto::verify(signedBytes(), signature, signerPublicKey);
}

QString TrustList::signerFingerprint() const
{
    const QString hex = QString::fromLatin1(crypto::Crypto::sha256(signerPublicKey).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QByteArray TrustList::toJson() const
{
    QJsonArray entries;
    for (const TrustListKey& k : keys) {
        QJsonObject e{{QStringLiteral("kid"), k.kid},
                      {QStringLiteral("jurisdiction"), k.jurisdiction},
                      {QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())}};
        if (k.retiredAt > 0)
            e.insert(QStringLiteral("retired_at"), static_cast<double>(k.retiredAt));
        entries.append(e);
    }
    return document(kFormat, QStringLiteral("keys"), entries);
}

Result<TrustList> TrustList::fromJson(const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: not a valid trust list: %2").arg(source, why));
    };
    TrustList t;
    const auto keys = SignedList::read(json, kFormat, QStringLiteral("keys"), kMaxKeys, &t, bad);
    if (!keys)
        return keys.error();
    QString problem;
    QSet<QString> seen;
    for (qsizetype i = 0; i < keys.value().size(); ++i) {
        const QString path = QStringLiteral("keys[%1]").arg(i);
        if (!keys.value().at(i).isObject())
            return bad(Tr::tr("%1 is not an object.").arg(path));
        const QJsonObject e = keys.value().at(i).toObject();
        TrustListKey k;
        const auto pk = JsonFields::base64(e, QStringLiteral("public_key"), path, kKeyBytes, &problem);
        if (!pk)
            return bad(problem);
        k.publicKey = *pk;
        k.kid = e.value(QStringLiteral("kid")).toString();
        if (k.kid != crypto::KeyStore::kidFor(k.publicKey))
            return bad(Tr::tr("field %1.kid does not match %1.public_key.").arg(path));
        if (seen.contains(k.kid))
            return bad(Tr::tr("the key %1 is listed twice.").arg(k.kid));
        seen.insert(k.kid);
        const auto jurisdiction =
            JsonFields::text(e, QStringLiteral("jurisdiction"), path, CwtClaims::kMaxIssuerLength, &problem);
        if (!jurisdiction)
            return bad(problem);
        k.jurisdiction = *jurisdiction;
        if (e.contains(QStringLiteral("retired_at"))) {
            const auto retired = JsonFields::time(e, QStringLiteral("retired_at"), path, &problem);
            if (!retired)
                return bad(problem);
            k.retiredAt = *retired;
        }
        t.keys.append(k);
    }
    if (!t.signatureValid())
        return makeError(ErrorCode::CryptoError,
                         Tr::tr("%1: the trust list's signature does not match its contents; it was changed after "
                                "signing or is damaged.")
                             .arg(source));
    return t;
}

} // namespace hc::codes
