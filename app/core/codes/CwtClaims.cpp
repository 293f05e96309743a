#include "CwtClaims.h"

#include "StrictCbor.h"
#include "crypto/Crypto.h"

#include <QCborMap>
#include <QCoreApplication>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::CwtClaims)
};

// 9999-12-31T23:59:59Z: anything later is a damaged or hostile value, not a date.
constexpr qint64 kMaxTime = 253402300799;

Error bad(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}
} // namespace

QByteArray CwtClaims::serialFromText(const QString& text)
{
    if (text.isEmpty() || text.size() % 2 != 0 || text.size() > 2 * kMaxSerialBytes)
        return {};
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return {};
    }
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray CwtClaims::newSerial()
{
    return crypto::Crypto::randomBytes(kSerialBytes);
}

QString CwtClaims::problem() const
{
    if (issuer.isEmpty() || issuer.size() > kMaxIssuerLength)
        return Tr::tr("The issuer (claim 1) must be a jurisdiction code of 1 to %1 characters.").arg(kMaxIssuerLength);
    if (subject.isEmpty() || subject.size() > kMaxSubjectLength)
        return Tr::tr("The subject (claim 2) must be a pseudonym of 1 to %1 characters.").arg(kMaxSubjectLength);
    if (serial.isEmpty() || serial.size() > kMaxSerialBytes)
        return Tr::tr("The card serial (claim 7) must be 1 to %1 bytes.").arg(kMaxSerialBytes);
    if (issuedAt <= 0 || issuedAt > kMaxTime)
        return Tr::tr("The issue time (claim 6) is missing or out of range.");
    if (expiresAt <= issuedAt || expiresAt > kMaxTime)
        return Tr::tr("The expiry (claim 4) must come after the issue time.");
    return {};
}

QByteArray CwtClaims::toCbor() const
{
    // QCborMap keeps insertion order, which here is the deterministic (bytewise) order of the encoded keys.
    QCborMap m;
    m.insert(kIss, issuer);
    m.insert(kSub, subject);
    m.insert(kExp, expiresAt);
    m.insert(kIat, issuedAt);
    m.insert(kCti, serial);
    m.insert(kCardFormat, kFormatVersion);
    if (demo)
        m.insert(kDemo, true);
    return m.toCborValue().toCbor();
}

Result<CwtClaims> CwtClaims::fromCbor(const QCborValue& value)
{
    if (!value.isMap())
        return bad(Tr::tr("The claims are not a CBOR map."));
    const QCborMap m = value.toMap();
    if (const QString dup = StrictCbor::duplicateKeyProblem(m); !dup.isEmpty())
        return bad(Tr::tr("The claims map is ambiguous: %1.").arg(dup));
    auto required = [&](qint64 key, const QString& name) -> std::optional<Error> {
        if (!m.contains(key))
            return bad(Tr::tr("The claim %1 (%2) is missing.").arg(key).arg(name));
        return std::nullopt;
    };
    CwtClaims c;
    if (auto e = required(kIss, QStringLiteral("iss")))
        return *e;
    if (!m.value(kIss).isString())
        return bad(Tr::tr("The claim 1 (iss) must be a text string."));
    c.issuer = m.value(kIss).toString();
    if (auto e = required(kSub, QStringLiteral("sub")))
        return *e;
    if (!m.value(kSub).isString())
        return bad(Tr::tr("The claim 2 (sub) must be a text string."));
    c.subject = m.value(kSub).toString();
    if (auto e = required(kExp, QStringLiteral("exp")))
        return *e;
    if (!m.value(kExp).isInteger())
        return bad(Tr::tr("The claim 4 (exp) must be an integer number of seconds."));
    c.expiresAt = m.value(kExp).toInteger();
    if (auto e = required(kIat, QStringLiteral("iat")))
        return *e;
    if (!m.value(kIat).isInteger())
        return bad(Tr::tr("The claim 6 (iat) must be an integer number of seconds."));
    c.issuedAt = m.value(kIat).toInteger();
    if (auto e = required(kCti, QStringLiteral("cti")))
        return *e;
    if (!m.value(kCti).isByteArray())
        return bad(Tr::tr("The claim 7 (cti) must be a byte string."));
    c.serial = m.value(kCti).toByteArray();
    if (auto e = required(kCardFormat, QStringLiteral("card format")))
        return *e;
    const QCborValue format = m.value(kCardFormat);
    if (!format.isInteger() || format.toInteger() != kFormatVersion)
        return bad(Tr::tr("The claims format (claim -65537) is %1; this program reads format %2.")
                       .arg(format.isInteger() ? QString::number(format.toInteger()) : Tr::tr("not a number"))
                       .arg(kFormatVersion));
    if (m.contains(kDemo)) {
        if (!m.value(kDemo).isTrue())
            return bad(Tr::tr("The demo claim (-65538) may only hold true."));
        c.demo = true;
    }
    if (const QString p = c.problem(); !p.isEmpty())
        return bad(p);
    return c;
}

QJsonObject CwtClaims::toJson() const
{
    return QJsonObject{{QStringLiteral("iss"), issuer},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("iat"), static_cast<double>(issuedAt)},
                       {QStringLiteral("exp"), static_cast<double>(expiresAt)},
                       {QStringLiteral("cti"), serialText()},
                       {QStringLiteral("demo"), demo}};
}

Result<CwtClaims> CwtClaims::fromJson(const QJsonObject& json)
{
    CwtClaims c;
    c.issuer = json.value(QStringLiteral("iss")).toString();
    c.subject = json.value(QStringLiteral("sub")).toString();
    c.issuedAt = static_cast<qint64>(json.value(QStringLiteral("iat")).toDouble());
    c.expiresAt = static_cast<qint64>(json.value(QStringLiteral("exp")).toDouble());
    c.serial = serialFromText(json.value(QStringLiteral("cti")).toString());
    c.demo = json.value(QStringLiteral("demo")).toBool();
    if (const QString p = c.problem(); !p.isEmpty())
        return bad(p);
    return c;
}

} // namespace hc::codes
