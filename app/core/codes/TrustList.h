#pragma once
// A jurisdiction's published card keys as signed JSON (format healthcode-trust-list-1), so verifiers
// elsewhere can check its codes offline. Signed with the jurisdiction's trust_list key, whose public
// half is embedded; the signature covers a canonical CBOR form (see tests/data/codes/README.md).

#include "SignedList.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hc::codes {

struct TrustListKey
{
    QString kid;          // hex; must equal KeyStore::kidFor(publicKey)
    QString jurisdiction; // code of the jurisdiction whose codes this key signs
    QByteArray publicKey; // Ed25519, 32 bytes
    qint64 retiredAt = 0; // 0: in use

    bool operator==(const TrustListKey&) const = default;
};

struct TrustList : SignedList
{
    static constexpr char kFormat[] = "healthcode-trust-list-1";

    QList<TrustListKey> keys;

    // Canonical CBOR: [format, issuer, created_at, signer kid, signer key, [[kid, jurisdiction, key,
    // retired_at|null]...]] with keys sorted by kid.
    QByteArray signedBytes() const;
    void sign(const QByteArray& secretKey);
    bool signatureValid() const;
    // SHA-256 of the signer's public key, hex in groups of four, for comparing out of band.
    QString signerFingerprint() const;
    QByteArray toJson() const;
    // Checks every field and the signature; source names the file in messages.
    static Result<TrustList> fromJson(const QByteArray& json, const QString& source);
};

} // namespace hc::codes
