#include "HealthCodeToken.h"

#include "Base45.h"
#include "StrictCbor.h"
#include "Zlib.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::HealthCodeToken)
};

QString timeText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// Names the layer that failed in front of its precise reason: a changed character mostly shows up as a
// damaged zlib stream, and the person at the checkpoint needs "damaged or altered" first.
QString layered(TokenFailure failure, const QString& detail)
{
    switch (failure) {
    case TokenFailure::MalformedBase45:
        return Tr::tr("The code is damaged or was altered (base45 text): %1").arg(detail);
    case TokenFailure::MalformedZlib:
        return Tr::tr("The code is damaged or was altered (zlib compression): %1").arg(detail);
    case TokenFailure::MalformedCbor:
        return Tr::tr("The code is damaged or was altered (CBOR encoding): %1").arg(detail);
    case TokenFailure::MalformedCose:
        return Tr::tr("The code is not a signed health code (COSE structure): %1").arg(detail);
    case TokenFailure::MalformedClaims:
        return Tr::tr("The code's contents are invalid (claims): %1").arg(detail);
    default:
        return detail;
    }
}

DecodedToken malformed(TokenFailure failure, const QString& message)
{
    DecodedToken d;
    d.failure = failure;
    d.message = layered(failure, message);
    return d;
}
} // namespace

QString tokenFailureName(TokenFailure failure)
{
    switch (failure) {
    case TokenFailure::None:
        return QStringLiteral("valid");
    case TokenFailure::NotAHealthCode:
        return QStringLiteral("not_a_health_code");
    case TokenFailure::MalformedBase45:
        return QStringLiteral("malformed_base45");
    case TokenFailure::MalformedZlib:
        return QStringLiteral("malformed_zlib");
    case TokenFailure::MalformedCbor:
        return QStringLiteral("malformed_cbor");
    case TokenFailure::MalformedCose:
        return QStringLiteral("malformed_cose");
    case TokenFailure::MalformedClaims:
        return QStringLiteral("malformed_claims");
    case TokenFailure::UnknownKey:
        return QStringLiteral("unknown_key");
    case TokenFailure::BadSignature:
        return QStringLiteral("bad_signature");
    case TokenFailure::IssuerMismatch:
        return QStringLiteral("issuer_mismatch");
    case TokenFailure::Revoked:
        return QStringLiteral("revoked");
    case TokenFailure::RetiredKey:
        return QStringLiteral("retired_key");
    case TokenFailure::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case TokenFailure::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString HealthCodeToken::prefix()
{
    return QStringLiteral("HCC1:");
}

Result<QString> HealthCodeToken::issue(const CwtClaims& claims, const QByteArray& kid, const QByteArray& secretKey)
{
    if (const QString p = claims.problem(); !p.isEmpty())
        return makeError(ErrorCode::InvalidArgument, p);
    if (kid.isEmpty() || kid.size() > CoseSign1::kMaxKidBytes)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The key id must be 1 to %1 bytes.").arg(CoseSign1::kMaxKidBytes));
    const QByteArray cose = CoseSign1::sign(claims.toCbor(), kid, secretKey);
    if (cose.isEmpty())
        return makeError(ErrorCode::CryptoError, Tr::tr("The signing key is not an Ed25519 secret key."));
    const QString text = prefix() + Base45::encode(Zlib::compress(cose));
    if (text.size() > kMaxLength)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The code would be %1 characters long, more than a QR code holds.").arg(text.size()));
    return text;
}

DecodedToken HealthCodeToken::decode(QStringView text)
{
    const QString pre = prefix();
    if (!text.startsWith(pre)) {
        if (text.startsWith(u"HC1:"))
            return malformed(TokenFailure::NotAHealthCode,
                             Tr::tr("This is an EU Digital COVID Certificate (HC1:), not a health code."));
        return malformed(TokenFailure::NotAHealthCode,
                         Tr::tr("This is not a health code: it does not start with %1.").arg(pre));
    }
    if (text.size() > kMaxLength)
        return malformed(
            TokenFailure::MalformedBase45,
            Tr::tr("The code is %1 characters long; no QR code holds more than %2.").arg(text.size()).arg(kMaxLength));
    Base45::Failure b45;
    const auto compressed = Base45::decode(text.mid(pre.size()), &b45);
    if (!compressed)
        return malformed(TokenFailure::MalformedBase45, Base45::describe(b45, pre.size()));
    const auto cose = Zlib::decompress(compressed.value());
    if (!cose)
        return malformed(TokenFailure::MalformedZlib, cose.error().message);
    const auto parsed = StrictCbor::parse(cose.value(), Tr::tr("The signed message"));
    if (!parsed)
        return malformed(TokenFailure::MalformedCbor, parsed.error().message);
    const auto message = CoseSign1::fromCbor(parsed.value());
    if (!message)
        return malformed(TokenFailure::MalformedCose, message.error().message);
    DecodedToken d;
    d.cose = message.value();
    const auto payload = StrictCbor::parse(message.value().payload(), Tr::tr("The claims"));
    if (!payload) {
        d.failure = TokenFailure::MalformedClaims;
        d.message = layered(d.failure, payload.error().message);
        return d;
    }
    const auto claims = CwtClaims::fromCbor(payload.value());
    if (!claims) {
        d.failure = TokenFailure::MalformedClaims;
        d.message = layered(d.failure, claims.error().message);
        return d;
    }
    d.claims = claims.value();
    return d;
}

TokenVerification HealthCodeToken::verify(QStringView text, const TrustStore& trust, const RevocationLookup& revoked,
                                          qint64 now)
{
    TokenVerification v;
    DecodedToken d = decode(text);
    if (d.cose)
        v.kid = QString::fromLatin1(d.cose->kid().toHex());
    v.claims = d.claims;
    if (d.failure != TokenFailure::None) {
        v.failure = d.failure;
        v.message = d.message;
        return v;
    }
    const CwtClaims& c = *d.claims;
    v.demo = c.demo;
    auto refuse = [&](TokenFailure failure, const QString& message) {
        v.failure = failure;
        v.message = message;
        return v;
    };

    const TrustedKey* key = trust.find(v.kid);
    if (!key) {
        const QString why = trust.untrustedReason(v.kid);
        return refuse(TokenFailure::UnknownKey,
                      why.isEmpty()
                          ? Tr::tr("The code was signed by key %1 (issuer %2), which is not in the trust list: "
                                   "an unknown issuer, or a trust list that is out of date.")
                                .arg(v.kid, c.issuer)
                          : Tr::tr("The code was signed by key %1 (issuer %2), which is not trusted: %3")
                                .arg(v.kid, c.issuer, why));
    }
    if (!d.cose->verify(key->publicKey))
        return refuse(TokenFailure::BadSignature,
                      Tr::tr("The signature does not match the code's contents: the code was altered or damaged, or "
                             "not signed by key %1.")
                          .arg(v.kid));
    // From here on the contents are authentic.
    v.key = *key;
    v.demo = c.demo || key->demo;
    if (key->jurisdiction != c.issuer)
        return refuse(TokenFailure::IssuerMismatch,
                      Tr::tr("The code names issuer %1, but its key %2 is trusted only for jurisdiction %3.")
                          .arg(c.issuer, v.kid, key->jurisdiction));
    if (revoked) {
        if (const auto at = revoked(c.issuer, c.serial))
            return refuse(TokenFailure::Revoked,
                          Tr::tr("Card %1 was revoked on %2 (lost or replaced).").arg(c.serialText(), timeText(*at)));
    }
    if (key->retiredAt > 0 && c.issuedAt >= key->retiredAt)
        return refuse(TokenFailure::RetiredKey,
                      Tr::tr("The code was issued on %1 with key %2, which was retired on %3 and may no longer sign.")
                          .arg(timeText(c.issuedAt), v.kid, timeText(key->retiredAt)));
    if (c.issuedAt > now + kClockSkewSecs)
        return refuse(
            TokenFailure::NotYetValid,
            Tr::tr("The code is issued on %1, which is still in the future (now %2); check this device's clock.")
                .arg(timeText(c.issuedAt), timeText(now)));
    if (now >= c.expiresAt)
        return refuse(TokenFailure::Expired, Tr::tr("The card expired on %1.").arg(timeText(c.expiresAt)));
    return v;
}

} // namespace hc::codes
