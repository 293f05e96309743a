#include "SignedList.h"

#include "CwtClaims.h"
#include "JsonFields.h"
#include "crypto/KeyStore.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::SignedList)
};
constexpr int kKeyBytes = 32;
constexpr int kSignatureBytes = 64;
} // namespace

QByteArray SignedList::canonicalBytes(const char* format, const QCborArray& entries) const
{
    const QCborArray all{QString::fromLatin1(format), issuer, createdAt, signerKid, signerPublicKey, entries};
    return all.toCborValue().toCbor();
}

QByteArray SignedList::document(const char* format, const QString& entriesKey, const QJsonArray& entries) const
{
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(format)},
                        {QStringLiteral("issuer"), issuer},
                        {QStringLiteral("created_at"), static_cast<double>(createdAt)},
                        {QStringLiteral("signer"),
                         QJsonObject{{QStringLiteral("kid"), signerKid},
                                     {QStringLiteral("public_key"), QString::fromLatin1(signerPublicKey.toBase64())}}},
                        {entriesKey, entries},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QJsonArray> SignedList::read(const QByteArray& json, const char* format, const QString& entriesKey,
                                    qsizetype maxEntries, SignedList* header, const Problem& problem)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return problem(Tr::tr("JSON error at byte %1: %2.").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return problem(Tr::tr("the document is not a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(format))
        return problem(Tr::tr("field format is not %1.").arg(QString::fromLatin1(format)));

    QString why;
    const auto issuer = JsonFields::text(o, QStringLiteral("issuer"), {}, CwtClaims::kMaxIssuerLength, &why);
    if (!issuer)
        return problem(why);
    header->issuer = *issuer;
    const auto created = JsonFields::time(o, QStringLiteral("created_at"), {}, &why);
    if (!created)
        return problem(why);
    header->createdAt = *created;
    const QJsonObject signer = o.value(QStringLiteral("signer")).toObject();
    const auto signerKey =
        JsonFields::base64(signer, QStringLiteral("public_key"), QStringLiteral("signer"), kKeyBytes, &why);
    if (!signerKey)
        return problem(why);
    header->signerPublicKey = *signerKey;
    header->signerKid = signer.value(QStringLiteral("kid")).toString();
    if (header->signerKid != crypto::KeyStore::kidFor(header->signerPublicKey))
        return problem(Tr::tr("field signer.kid does not match signer.public_key."));

    const QJsonValue entriesValue = o.value(entriesKey);
    if (!entriesValue.isArray())
        return problem(Tr::tr("field %1 must be an array.").arg(entriesKey));
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > maxEntries)
        return problem(Tr::tr("field %1 has more than %2 entries.").arg(entriesKey).arg(maxEntries));
    const auto signature = JsonFields::base64(o, QStringLiteral("signature"), {}, kSignatureBytes, &why);
    if (!signature)
        return problem(why);
    header->signature = *signature;
    return entries;
}

} // namespace hc::codes
