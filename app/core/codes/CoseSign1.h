#pragma once
// COSE_Sign1 (RFC 9052 section 4.2) with EdDSA over Ed25519 (alg -8) and the key id in the protected header:
//   18([ bstr .cbor {1: -8, 4: kid}, {}, bstr payload, bstr signature(64) ])
// The signature covers the Sig_structure ["Signature1", protected, h'', payload].

#include "util/Result.h"

#include <QByteArray>
#include <QCborValue>

namespace hc::codes {

class CoseSign1 final
{
public:
    static constexpr int kTag = 18;      // COSE_Sign1
    static constexpr int kHeaderAlg = 1; // protected header: alg
    static constexpr int kHeaderKid = 4; // protected header: kid
    static constexpr int kAlgEdDSA = -8; // EdDSA
    static constexpr int kSignatureBytes = 64;
    static constexpr int kMaxKidBytes = 64;

    // Signs payload with an Ed25519 secret key (libsodium form, 64 bytes); empty on a bad key.
    static QByteArray sign(const QByteArray& payload, const QByteArray& kid, const QByteArray& secretKey);
    // The encoded protected header {1: -8, 4: kid}.
    static QByteArray protectedHeader(const QByteArray& kid);
    // The bytes the signature covers.
    static QByteArray sigStructure(const QByteArray& protectedHeader, const QByteArray& payload);

    // Strict structure check of a parsed COSE_Sign1; the error says which part is wrong. No signature check.
    static Result<CoseSign1> fromCbor(const QCborValue& value);
    bool verify(const QByteArray& publicKey) const;

    const QByteArray& protectedBytes() const { return m_protected; }
    const QByteArray& kid() const { return m_kid; }
    const QByteArray& payload() const { return m_payload; }
    const QByteArray& signature() const { return m_signature; }

private:
    QByteArray m_protected;
    QByteArray m_kid;
    QByteArray m_payload;
    QByteArray m_signature;
};

} // namespace hc::codes
