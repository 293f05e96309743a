#pragma once
// The claims a health code carries: a CWT claims set (RFC 8392) as a CBOR map with integer keys.
// Nothing about health and never the national ID number: the subject is the person's pseudonym.

#include "util/Result.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hc::codes {

struct CwtClaims
{
    // RFC 8392 claim keys.
    static constexpr qint64 kIss = 1; // text: jurisdiction code of the signing key
    static constexpr qint64 kSub = 2; // text: the person's pseudonym (people.pseudonym)
    static constexpr qint64 kExp = 4; // integer: seconds since 1970 UTC; invalid from this second on
    static constexpr qint64 kIat = 6; // integer: seconds since 1970 UTC
    static constexpr qint64 kCti = 7; // bytes: the card serial
    // Private-use claims (RFC 8392 section 9.1: keys below -65536).
    static constexpr qint64 kCardFormat = -65537; // unsigned integer: claims format version, 1
    static constexpr qint64 kDemo = -65538;       // true on demo cards; absent on every real card

    static constexpr int kFormatVersion = 1;
    static constexpr int kSerialBytes = 8; // what newSerial() makes; decoding accepts 1 to 32
    static constexpr int kMaxSerialBytes = 32;
    static constexpr int kMaxIssuerLength = 32;
    static constexpr int kMaxSubjectLength = 64;

    QString issuer;
    QString subject;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QByteArray serial;
    bool demo = false;

    // printed_cards.serial holds the serial as lowercase hex: serialText() and serialFromText().
    QString serialText() const { return QString::fromLatin1(serial.toHex()); }
    static QByteArray serialFromText(const QString& text); // empty when not hex
    static QByteArray newSerial();                         // kSerialBytes random bytes

    // Empty when the claims may be signed; else a translated message naming the field.
    QString problem() const;
    // Deterministic encoding (RFC 8949 section 4.2.1): keys in the order 1, 2, 4, 6, 7, -65537, -65538.
    QByteArray toCbor() const;
    // Strict: required claims present with the right types; unknown claims are ignored.
    static Result<CwtClaims> fromCbor(const QCborValue& value);

    // {"iss", "sub", "iat", "exp", "cti" (hex), "demo"}: the test vectors' and healthcode-ctl's form.
    QJsonObject toJson() const;
    static Result<CwtClaims> fromJson(const QJsonObject& json);

    bool operator==(const CwtClaims&) const = default;
};

} // namespace hc::codes
