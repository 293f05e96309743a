#pragma once
// The printed code's text: "HCC1:" + base45(zlib(COSE_Sign1(CWT claims))). Issues codes and verifies
// them offline against a trust store and a revocation lookup, naming the exact reason for a refusal.

#include "CoseSign1.h"
#include "CwtClaims.h"
#include "TrustStore.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace hc::codes {

// Why a code is refused; the order is the order of the checks. healthcode-ctl gives each its own exit code.
enum class TokenFailure
{
    None,
    NotAHealthCode, // no HCC1: prefix (e.g. another QR code)
    MalformedBase45,
    MalformedZlib,
    MalformedCbor,   // the signed message is not well-formed CBOR
    MalformedCose,   // well-formed CBOR but not our COSE_Sign1 (tag, lengths, alg, kid)
    MalformedClaims, // the payload is not a valid claims map
    UnknownKey,      // no trusted key with this kid (unknown issuer, or a demo key)
    BadSignature,
    IssuerMismatch, // the key is trusted for another jurisdiction than claim 1 names
    Revoked,
    RetiredKey,  // issued at or after the key's retirement
    NotYetValid, // issued more than kClockSkewSecs in the future
    Expired,
};

// Stable machine names ("bad_signature") for test vectors and scripts.
QString tokenFailureName(TokenFailure failure);

struct DecodedToken
{
    TokenFailure failure = TokenFailure::None; // only the Malformed kinds and NotAHealthCode
    QString message;                           // translated; empty when decoded
    std::optional<CoseSign1> cose;
    std::optional<CwtClaims> claims;
};

struct TokenVerification
{
    TokenFailure failure = TokenFailure::None;
    QString message;                 // translated reason; empty when valid
    std::optional<CwtClaims> claims; // present whenever the code decoded, valid or not
    QString kid;                     // hex, when the COSE layer decoded
    std::optional<TrustedKey> key;   // the trusted key that signed it
    bool demo = false;               // a demo card (claim or key): never valid for real use

    bool ok() const { return failure == TokenFailure::None; }
};

// When was the card (issuer, serial) revoked; nullopt when it is not.
using RevocationLookup = std::function<std::optional<qint64>(const QString& issuer, const QByteArray& serial)>;

class HealthCodeToken final
{
public:
    static constexpr qsizetype kMaxLength = 4296; // characters a QR code holds in alphanumeric mode
    static constexpr qint64 kClockSkewSecs = 300; // tolerance for a verifier clock behind the issuer's

    static QString prefix(); // "HCC1:"
    // The complete code text; refuses invalid claims or a key that is not an Ed25519 secret key.
    static Result<QString> issue(const CwtClaims& claims, const QByteArray& kid, const QByteArray& secretKey);
    // Decodes every layer without checking trust; failure says which layer is malformed.
    static DecodedToken decode(QStringView text);
    // Decodes, then checks key, signature, issuer, revocation, retirement and time (now: seconds since 1970).
    static TokenVerification verify(QStringView text, const TrustStore& trust, const RevocationLookup& revoked,
                                    qint64 now);
};

} // namespace hc::codes
