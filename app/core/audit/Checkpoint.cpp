#include "Checkpoint.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace hc::audit {

namespace {
const char kFormat[] = "healthcode-audit-checkpoint-1";
}

QByteArray Checkpoint::signedBytes() const
{
    const QJsonArray a{QString::fromLatin1(kFormat), QJsonValue(static_cast<double>(seq)), headHash,
                       QJsonValue(static_cast<double>(createdAtMs)), kid};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray Checkpoint::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    o.insert(QStringLiteral("seq"), static_cast<double>(seq));
    o.insert(QStringLiteral("head_hash"), headHash);
    o.insert(QStringLiteral("created_at_ms"), static_cast<double>(createdAtMs));
    o.insert(QStringLiteral("kid"), kid);
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()));
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool Checkpoint::signatureValid() const
{
    return crypto::Crypto::verify(signedBytes(), signature, publicKey);
}

Result<Checkpoint> Checkpoint::fromJson(const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::audit::Checkpoint", "%1: not a valid audit checkpoint: %2")
                             .arg(source, why));
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(QCoreApplication::translate("hc::audit::Checkpoint", "JSON error at byte %1: %2")
                       .arg(pe.offset)
                       .arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(QCoreApplication::translate("hc::audit::Checkpoint", "field \"format\" is not %1.")
                       .arg(QString::fromLatin1(kFormat)));
    // A whole number JSON can carry exactly (up to 2^53); anything else, 1e300 included, is -1 here rather
    // than an out-of-range conversion.
    auto whole = [&](const char* key) -> qint64 {
        const double d = o.value(QLatin1String(key)).toDouble(-1);
        return d >= 0 && d <= 9007199254740992.0 && d == std::floor(d) ? static_cast<qint64>(d) : -1;
    };
    Checkpoint c;
    c.seq = whole("seq");
    c.headHash = o.value(QStringLiteral("head_hash")).toString();
    c.createdAtMs = whole("created_at_ms");
    c.kid = o.value(QStringLiteral("kid")).toString();
    c.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    c.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (c.seq < 0)
        return bad(QCoreApplication::translate("hc::audit::Checkpoint", "field \"seq\" is missing or negative."));
    if (c.headHash.size() != 64)
        return bad(QCoreApplication::translate("hc::audit::Checkpoint", "field \"head_hash\" is not 64 hex digits."));
    if (!c.signatureValid())
        return bad(QCoreApplication::translate("hc::audit::Checkpoint",
                                               "the signature does not match its contents (field \"signature\")."));
    return c;
}

} // namespace hc::audit
