#include "TrustList.h"

#include "CwtClaims.h"
#include "JsonFields.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
constexpr int kSignatureBytes = 64;
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
    const QCborArray all{QString::fromLatin1(kFormat), issuer, createdAt, signerKid, signerPublicKey, entries};
    return all.toCborValue().toCbor();
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
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                        {QStringLiteral("issuer"), issuer},
                        {QStringLiteral("created_at"), static_cast<double>(createdAt)},
                        {QStringLiteral("signer"),
                         QJsonObject{{QStringLiteral("kid"), signerKid},
                                     {QStringLiteral("public_key"), QString::fromLatin1(signerPublicKey.toBase64())}}},
                        {QStringLiteral("keys"), entries},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<TrustList> TrustList::fromJson(const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: not a valid trust list: %2").arg(source, why));
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(Tr::tr("JSON error at byte %1: %2.").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return bad(Tr::tr("the document is not a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(Tr::tr("field format is not %1.").arg(QString::fromLatin1(kFormat)));

    QString problem;
    TrustList t;
    const auto issuer = JsonFields::text(o, QStringLiteral("issuer"), {}, CwtClaims::kMaxIssuerLength, &problem);
    if (!issuer)
        return bad(problem);
    t.issuer = *issuer;
    const auto created = JsonFields::time(o, QStringLiteral("created_at"), {}, &problem);
    if (!created)
        return bad(problem);
    t.createdAt = *created;
    const QJsonObject signer = o.value(QStringLiteral("signer")).toObject();
    const auto signerKey =
        JsonFields::base64(signer, QStringLiteral("public_key"), QStringLiteral("signer"), kKeyBytes, &problem);
    if (!signerKey)
        return bad(problem);
    t.signerPublicKey = *signerKey;
    t.signerKid = signer.value(QStringLiteral("kid")).toString();
    if (t.signerKid != crypto::KeyStore::kidFor(t.signerPublicKey))
        return bad(Tr::tr("field signer.kid does not match signer.public_key."));

    const QJsonValue keysValue = o.value(QStringLiteral("keys"));
    if (!keysValue.isArray())
        return bad(Tr::tr("field keys must be an array."));
    const QJsonArray keys = keysValue.toArray();
    if (keys.size() > kMaxKeys)
        return bad(Tr::tr("field keys has more than %1 entries.").arg(kMaxKeys));
    QSet<QString> seen;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = QStringLiteral("keys[%1]").arg(i);
        if (!keys.at(i).isObject())
            return bad(Tr::tr("%1 is not an object.").arg(path));
        const QJsonObject e = keys.at(i).toObject();
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
    const auto signature = JsonFields::base64(o, QStringLiteral("signature"), {}, kSignatureBytes, &problem);
    if (!signature)
        return bad(problem);
    t.signature = *signature;
    if (!t.signatureValid())
        return makeError(ErrorCode::CryptoError,
                         Tr::tr("%1: the trust list's signature does not match its contents; it was changed after "
                                "signing or is damaged.")
                             .arg(source));
    return t;
}

} // namespace hc::codes
