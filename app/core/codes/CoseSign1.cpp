#include "CoseSign1.h"

#include "StrictCbor.h"
#include "crypto/Crypto.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::CoseSign1)
};

Error bad(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}
} // namespace

QByteArray CoseSign1::protectedHeader(const QByteArray& kid)
{
    QCborMap h;
    h.insert(kHeaderAlg, kAlgEdDSA);
    h.insert(kHeaderKid, kid);
    return h.toCborValue().toCbor();
}

QByteArray CoseSign1::sigStructure(const QByteArray& protectedHeader, const QByteArray& payload)
{
    const QCborArray s{QStringLiteral("Signature1"), protectedHeader, QByteArray(), payload};
    return s.toCborValue().toCbor();
}

QByteArray CoseSign1::sign(const QByteArray& payload, const QByteArray& kid, const QByteArray& secretKey)
{
    const QByteArray header = protectedHeader(kid);
    const QByteArray signature = crypto::Crypto::sign(sigStructure(header, payload), secretKey);
    if (signature.size() != kSignatureBytes)
        return {};
    const QCborArray message{header, QCborMap(), payload, signature};
    return QCborValue(QCborTag(kTag), message).toCbor();
}

Result<CoseSign1> CoseSign1::fromCbor(const QCborValue& value)
{
    if (!value.isTag())
        return bad(Tr::tr("The signed message is not tagged as COSE_Sign1 (tag 18)."));
    if (value.tag() != QCborTag(kTag))
        return bad(Tr::tr("The signed message has CBOR tag %1; a COSE_Sign1 message has tag 18.")
                       .arg(static_cast<qulonglong>(value.tag())));
    const QCborValue inner = value.taggedValue();
    if (!inner.isArray())
        return bad(Tr::tr("The COSE_Sign1 message is not an array."));
    const QCborArray parts = inner.toArray();
    if (parts.size() != 4)
        return bad(Tr::tr("The COSE_Sign1 array has %1 elements instead of 4.").arg(parts.size()));
    if (!parts.at(0).isByteArray())
        return bad(Tr::tr("The protected header (element 1) is not a byte string."));
    if (!parts.at(1).isMap())
        return bad(Tr::tr("The unprotected header (element 2) is not a map."));
    if (!parts.at(2).isByteArray())
        return bad(Tr::tr("The payload (element 3) is not a byte string."));
    if (!parts.at(3).isByteArray())
        return bad(Tr::tr("The signature (element 4) is not a byte string."));

    CoseSign1 c;
    c.m_protected = parts.at(0).toByteArray();
    c.m_payload = parts.at(2).toByteArray();
    c.m_signature = parts.at(3).toByteArray();
    if (!parts.at(1).toMap().isEmpty())
        return bad(
            Tr::tr("The unprotected header must be empty; every header parameter belongs in the protected one."));
    if (c.m_signature.size() != kSignatureBytes)
        return bad(Tr::tr("The signature has %1 bytes; an Ed25519 signature has 64.").arg(c.m_signature.size()));

    auto header = StrictCbor::parse(c.m_protected, Tr::tr("The protected header"));
    if (!header)
        return header.error();
    if (!header.value().isMap())
        return bad(Tr::tr("The protected header is not a map."));
    const QCborMap h = header.value().toMap();
    if (const QString dup = StrictCbor::duplicateKeyProblem(h); !dup.isEmpty())
        return bad(Tr::tr("The protected header is ambiguous: %1.").arg(dup));
    for (auto it = h.constBegin(); it != h.constEnd(); ++it) {
        const QCborValue key = it.key();
        if (!key.isInteger() || (key.toInteger() != kHeaderAlg && key.toInteger() != kHeaderKid))
            return bad(Tr::tr("The protected header has the parameter %1; only 1 (alg) and 4 (kid) are allowed.")
                           .arg(StrictCbor::keyText(key)));
    }
    const QCborValue alg = h.value(kHeaderAlg);
    if (alg.isUndefined())
        return bad(Tr::tr("The protected header has no algorithm (parameter 1)."));
    if (!alg.isInteger() || alg.toInteger() != kAlgEdDSA)
        return bad(Tr::tr("The algorithm is %1; health codes are signed with EdDSA (-8).")
                       .arg(alg.isInteger() ? QString::number(alg.toInteger()) : Tr::tr("not a number")));
    const QCborValue kid = h.value(kHeaderKid);
    if (kid.isUndefined())
        return bad(Tr::tr("The protected header has no key id (parameter 4)."));
    if (!kid.isByteArray() || kid.toByteArray().isEmpty() || kid.toByteArray().size() > kMaxKidBytes)
        return bad(Tr::tr("The key id (parameter 4) must be a byte string of 1 to %1 bytes.").arg(kMaxKidBytes));
    c.m_kid = kid.toByteArray();
    return c;
}

bool CoseSign1::verify(const QByteArray& publicKey) const
{
    return crypto::Crypto::verify(sigStructure(m_protected, m_payload), m_signature, publicKey);
}

} // namespace hc::codes
