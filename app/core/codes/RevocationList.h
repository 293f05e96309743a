#pragma once
// The serials of revoked cards (lost, reprinted) as signed JSON (format healthcode-revocation-list-1),
// signed like a trust list so offline verifiers can refuse those cards.

#include "SignedList.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hc::codes {

struct RevokedCard
{
    QString issuer;    // claim 1 of the card
    QByteArray serial; // claim 7 of the card
    qint64 revokedAt = 0;

    bool operator==(const RevokedCard&) const = default;
};

struct RevocationList : SignedList
{
    static constexpr char kFormat[] = "healthcode-revocation-list-1";

    QList<RevokedCard> cards;

    // When the card (issuer, serial) was revoked; nullopt when it is not in the list. An entry with an
    // empty issuer (a card of this database whose key is unknown) matches the serial of any issuer.
    std::optional<qint64> revokedAt(const QString& cardIssuer, const QByteArray& serial) const;
    // The same question answered from a hash index built once: for HealthCodeToken::verify.
    std::function<std::optional<qint64>(const QString&, const QByteArray&)> lookup() const;

    // Canonical CBOR: [format, issuer, created_at, signer kid, signer key, [[iss, serial, revoked_at]...]]
    // with cards sorted by issuer, then serial.
    QByteArray signedBytes() const;
    void sign(const QByteArray& secretKey);
    bool signatureValid() const;
    QByteArray toJson() const;
    // Checks every field and the signature (not whether the signer is trusted); source names the file.
    static Result<RevocationList> fromJson(const QByteArray& json, const QString& source);
};

} // namespace hc::codes
