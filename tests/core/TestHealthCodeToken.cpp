#include "codes/Base45.h"
#include "codes/CoseSign1.h"
#include "codes/HealthCodeToken.h"
#include "codes/QrDecoder.h"
#include "codes/QrEncoder.h"
#include "codes/RevocationList.h"
#include "codes/TrustList.h"
#include "codes/Zlib.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>
#include <QTransform>

using namespace hc;
using codes::CwtClaims;
using codes::HealthCodeToken;
using codes::TokenFailure;

namespace {
// 2026-01-01 00:00 UTC: a fixed "now" so the tests and vectors never depend on the day they run.
constexpr qint64 kNow = 1767225600;
constexpr qint64 kDay = 24 * 3600;

struct TestKey
{
    crypto::SigningKeyPair pair;
    QString kid;
    QByteArray kidBytes;
};

TestKey makeKey()
{
    TestKey k;
    k.pair = crypto::Crypto::generateSigningKey();
    k.kid = crypto::KeyStore::kidFor(k.pair.publicKey);
    k.kidBytes = QByteArray::fromHex(k.kid.toLatin1());
    return k;
}

CwtClaims sampleClaims()
{
    CwtClaims c;
    c.issuer = QStringLiteral("990000");
    c.subject = QStringLiteral("3f9a0c17e2b84d65");
    c.issuedAt = kNow - kDay;
    c.expiresAt = kNow + 365 * kDay;
    c.serial = QByteArray::fromHex("0123456789abcdef");
    return c;
}

codes::TrustedKey trusted(const TestKey& k, const QString& jurisdiction = QStringLiteral("990000"))
{
    return codes::TrustedKey{k.kid, jurisdiction, k.pair.publicKey, 0, false, QStringLiteral("test")};
}

QString tokenFromCose(const QByteArray& cose)
{
    return HealthCodeToken::prefix() + codes::Base45::encode(codes::Zlib::compress(cose));
}

// A COSE_Sign1 built by hand, so each field can be made wrong on purpose.
QByteArray cose(const QCborMap& protectedHeader, const QCborMap& unprotectedHeader, const QByteArray& payload,
                const QByteArray& secretKey, int tag = codes::CoseSign1::kTag)
{
    const QByteArray header = protectedHeader.toCborValue().toCbor();
    const QByteArray sig = crypto::Crypto::sign(codes::CoseSign1::sigStructure(header, payload), secretKey);
    return QCborValue(QCborTag(tag), QCborArray{header, unprotectedHeader, payload, sig}).toCbor();
}

QCborMap goodHeader(const TestKey& k)
{
    return QCborMap{{codes::CoseSign1::kHeaderAlg, codes::CoseSign1::kAlgEdDSA},
                    {codes::CoseSign1::kHeaderKid, k.kidBytes}};
}

QString dataDir()
{
    return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/codes");
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) > 0 && f.commit();
}

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}
} // namespace

// The code format end to end: issue, decode, verify, every reason for refusal, QR round trips and the
// published test vectors.
class TestHealthCodeToken final : public QObject
{
    Q_OBJECT
    TestKey m_key;
    codes::TrustStore m_trust;

    codes::TokenVerification check(const QString& text, const codes::RevocationLookup& revoked = {},
                                   qint64 now = kNow) const
    {
        return HealthCodeToken::verify(text, m_trust, revoked, now);
    }

    QString issue(const CwtClaims& claims) const
    {
        auto t = HealthCodeToken::issue(claims, m_key.kidBytes, m_key.pair.secretKey);
        if (!t)
            qFatal("issue: %s", qPrintable(t.error().message));
        return t.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::Crypto::initialize());
        m_key = makeKey();
        m_trust.addKey(trusted(m_key));
    }

    void roundTrip()
    {
        const CwtClaims claims = sampleClaims();
        const QString text = issue(claims);
        QVERIFY(text.startsWith(QStringLiteral("HCC1:")));
        // Only QR alphanumeric characters, so the QR code can use alphanumeric mode.
        const QString qrAlphanumeric = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
        for (QChar c : text)
            QVERIFY2(qrAlphanumeric.contains(c), qPrintable(text));
        QVERIFY2(text.size() < 300, qPrintable(QString::number(text.size())));
        const auto v = check(text);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QVERIFY(v.claims);
        QCOMPARE(*v.claims, claims);
        QCOMPARE(v.kid, m_key.kid);
        QVERIFY(v.key);
        QVERIFY(!v.demo);
        // Claims survive CBOR and JSON unchanged.
        auto fromJson = CwtClaims::fromJson(claims.toJson());
        QVERIFY(fromJson.ok());
        QCOMPARE(fromJson.value(), claims);
    }

    void issueRefusesBadInput()
    {
        CwtClaims c = sampleClaims();
        c.subject.clear();
        auto t = HealthCodeToken::issue(c, m_key.kidBytes, m_key.pair.secretKey);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("claim 2")), qPrintable(t.error().message));
        c = sampleClaims();
        c.expiresAt = c.issuedAt;
        QVERIFY(!HealthCodeToken::issue(c, m_key.kidBytes, m_key.pair.secretKey).ok());
        QVERIFY(!HealthCodeToken::issue(sampleClaims(), m_key.kidBytes, QByteArray(10, 'x')).ok());
        QVERIFY(!HealthCodeToken::issue(sampleClaims(), QByteArray(), m_key.pair.secretKey).ok());
    }

    void zlibLimits()
    {
        const QByteArray data = QByteArray("health code ").repeated(100);
        const QByteArray z = codes::Zlib::compress(data);
        QCOMPARE(codes::Zlib::decompress(z).value(), data);
        // A bomb: 1 MiB of zeros compresses to about 1 KiB; decompression stops at the limit.
        const QByteArray bomb = codes::Zlib::compress(QByteArray(1024 * 1024, '\0'));
        auto b = codes::Zlib::decompress(bomb);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message.contains(QStringLiteral("65536")), qPrintable(b.error().message));
        // Exactly at the limit is fine.
        QCOMPARE(codes::Zlib::decompress(codes::Zlib::compress(QByteArray(100, 'a')), 100).value().size(), 100);
        QVERIFY(!codes::Zlib::decompress(codes::Zlib::compress(QByteArray(101, 'a')), 100).ok());
        auto truncated = codes::Zlib::decompress(z.left(z.size() - 3));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().message.contains(QStringLiteral("truncated")),
                 qPrintable(truncated.error().message));
        auto trailing = codes::Zlib::decompress(z + "x");
        QVERIFY(!trailing.ok());
        QVERIFY2(trailing.error().message.contains(QStringLiteral("1 unexpected")),
                 qPrintable(trailing.error().message));
        QVERIFY(!codes::Zlib::decompress(QByteArray("not zlib at all")).ok());
        QVERIFY(!codes::Zlib::decompress(QByteArray()).ok());
    }

    void malformedLayers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("messagePart");
        const TestKey k = m_key;
        const QByteArray payload = sampleClaims().toCbor();
        const QByteArray sk = k.pair.secretKey;
        const QString pre = HealthCodeToken::prefix();
        auto row = [](const char* name, const QString& text, TokenFailure f, const QString& part) {
            QTest::newRow(name) << text << int(f) << part;
        };
        row("other qr text", QStringLiteral("https://example.org/"), TokenFailure::NotAHealthCode,
            QStringLiteral("HCC1:"));
        row("eu certificate", QStringLiteral("HC1:6BFOXN*TS0BI$ZD"), TokenFailure::NotAHealthCode,
            QStringLiteral("EU"));
        row("lowercase prefix", QStringLiteral("hcc1:BB8"), TokenFailure::NotAHealthCode, QStringLiteral("HCC1:"));
        row("empty", QString(), TokenFailure::NotAHealthCode, QStringLiteral("HCC1:"));
        row("bad base45 char", pre + QStringLiteral("BB8a"), TokenFailure::MalformedBase45,
            QStringLiteral("Character 9"));
        row("bad base45 length", pre + QStringLiteral("BB8B"), TokenFailure::MalformedBase45,
            QStringLiteral("position 9"));
        row("base45 overflow", pre + QStringLiteral("GGW"), TokenFailure::MalformedBase45, QStringLiteral("65536"));
        row("too long", pre + QString(4300, QLatin1Char('0')), TokenFailure::MalformedBase45, QStringLiteral("4296"));
        row("empty payload", pre, TokenFailure::MalformedZlib, QStringLiteral("empty"));
        row("not zlib", pre + codes::Base45::encode("plain bytes"), TokenFailure::MalformedZlib,
            QStringLiteral("damaged"));
        row("zlib bomb", pre + codes::Base45::encode(codes::Zlib::compress(QByteArray(200000, '\0'))),
            TokenFailure::MalformedZlib, QStringLiteral("65536"));
        row("not cbor", tokenFromCose("\xff\xff"), TokenFailure::MalformedCbor, QStringLiteral("not valid CBOR"));
        row("truncated cbor", tokenFromCose("\xd2\x84\x43"), TokenFailure::MalformedCbor,
            QStringLiteral("not valid CBOR"));
        const QByteArray good = codes::CoseSign1::sign(payload, k.kidBytes, sk);
        row("trailing cbor", tokenFromCose(good + '\0'), TokenFailure::MalformedCbor,
            QStringLiteral("1 unexpected bytes"));
        row("untagged",
            tokenFromCose(QCborArray{QByteArray(), QCborMap(), payload, QByteArray(64, 'x')}.toCborValue().toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("tag 18"));
        row("cose_sign tag", tokenFromCose(cose(goodHeader(k), {}, payload, sk, 98)), TokenFailure::MalformedCose,
            QStringLiteral("tag 98"));
        row("cose_mac0 tag", tokenFromCose(cose(goodHeader(k), {}, payload, sk, 17)), TokenFailure::MalformedCose,
            QStringLiteral("tag 17"));
        row("three elements",
            tokenFromCose(QCborValue(QCborTag(18), QCborArray{QByteArray(), QCborMap(), payload}).toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("3 elements"));
        row("protected not bytes",
            tokenFromCose(
                QCborValue(QCborTag(18), QCborArray{goodHeader(k), QCborMap(), payload, QByteArray(64, 'x')}).toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("protected header"));
        row("payload not bytes",
            tokenFromCose(QCborValue(QCborTag(18), QCborArray{goodHeader(k).toCborValue().toCbor(), QCborMap(),
                                                              QStringLiteral("x"), QByteArray(64, 'x')})
                              .toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("payload"));
        row("short signature",
            tokenFromCose(QCborValue(QCborTag(18), QCborArray{goodHeader(k).toCborValue().toCbor(), QCborMap(), payload,
                                                              QByteArray(63, 'x')})
                              .toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("63 bytes"));
        row("alg ES256", tokenFromCose(cose(QCborMap{{1, -7}, {4, k.kidBytes}}, {}, payload, sk)),
            TokenFailure::MalformedCose, QStringLiteral("-7"));
        row("no alg", tokenFromCose(cose(QCborMap{{4, k.kidBytes}}, {}, payload, sk)), TokenFailure::MalformedCose,
            QStringLiteral("no algorithm"));
        row("no kid", tokenFromCose(cose(QCborMap{{1, -8}}, {}, payload, sk)), TokenFailure::MalformedCose,
            QStringLiteral("no key id"));
        row("kid as text", tokenFromCose(cose(QCborMap{{1, -8}, {4, k.kid}}, {}, payload, sk)),
            TokenFailure::MalformedCose, QStringLiteral("key id"));
        row("crit header",
            tokenFromCose(cose(QCborMap{{1, -8}, {4, k.kidBytes}, {2, QCborArray{99}}}, {}, payload, sk)),
            TokenFailure::MalformedCose, QStringLiteral("parameter 2"));
        row("kid unprotected", tokenFromCose(cose(QCborMap{{1, -8}}, QCborMap{{4, k.kidBytes}}, payload, sk)),
            TokenFailure::MalformedCose, QStringLiteral("unprotected"));
        row("protected not cbor",
            tokenFromCose(
                QCborValue(QCborTag(18), QCborArray{QByteArray("\xff"), QCborMap(), payload, QByteArray(64, 'x')})
                    .toCbor()),
            TokenFailure::MalformedCose, QStringLiteral("protected header"));

        auto claimsRow = [&](const char* name, const QCborValue& claims, const QString& part) {
            QTest::newRow(name) << tokenFromCose(codes::CoseSign1::sign(claims.toCbor(), k.kidBytes, sk))
                                << int(TokenFailure::MalformedClaims) << part;
        };
        QCborMap base = QCborValue::fromCbor(payload).toMap();
        claimsRow("claims not a map", QCborArray{1, 2}, QStringLiteral("not a CBOR map"));
        QCborMap m = base;
        m.remove(CwtClaims::kSub);
        claimsRow("no subject", m, QStringLiteral("claim 2 (sub) is missing"));
        m = base;
        m.insert(CwtClaims::kExp, QStringLiteral("2030"));
        claimsRow("exp as text", m, QStringLiteral("claim 4"));
        m = base;
        m.insert(CwtClaims::kExp, 1.5e9);
        claimsRow("exp as float", m, QStringLiteral("claim 4"));
        m = base;
        m.insert(CwtClaims::kCti, QStringLiteral("0123"));
        claimsRow("cti as text", m, QStringLiteral("claim 7"));
        m = base;
        m.insert(CwtClaims::kCardFormat, 2);
        claimsRow("format 2", m, QStringLiteral("format 1"));
        m = base;
        m.remove(CwtClaims::kCardFormat);
        claimsRow("no format", m, QStringLiteral("-65537"));
        m = base;
        m.insert(CwtClaims::kDemo, false);
        claimsRow("demo false", m, QStringLiteral("-65538"));
        m = base;
        m.insert(CwtClaims::kExp, 100);
        claimsRow("exp before iat", m, QStringLiteral("expiry"));
        // A duplicated key: written by hand, as QCborMap itself never holds one.
        QByteArray dup = payload;
        dup[0] = static_cast<char>(dup.at(0) + 1); // one more map entry
        dup += QCborValue(CwtClaims::kSub).toCbor() + QCborValue(QStringLiteral("someone else")).toCbor();
        QTest::newRow("duplicate subject") << tokenFromCose(codes::CoseSign1::sign(dup, k.kidBytes, sk))
                                           << int(TokenFailure::MalformedClaims) << QStringLiteral("appears twice");
        QTest::newRow("claims trailing bytes")
            << tokenFromCose(codes::CoseSign1::sign(payload + '\x01', k.kidBytes, sk))
            << int(TokenFailure::MalformedClaims) << QStringLiteral("unexpected bytes");
    }

    void malformedLayers()
    {
        QFETCH(QString, text);
        QFETCH(int, failure);
        QFETCH(QString, messagePart);
        const auto v = check(text);
        QCOMPARE(codes::tokenFailureName(v.failure), codes::tokenFailureName(TokenFailure(failure)));
        QVERIFY2(v.message.contains(messagePart), qPrintable(v.message));
        QVERIFY(!v.key);
    }

    void refusals()
    {
        const CwtClaims claims = sampleClaims();
        const QString text = issue(claims);

        // Unknown issuer: a key nobody trusts.
        const TestKey stranger = makeKey();
        CwtClaims foreign = claims;
        foreign.issuer = QStringLiteral("440000");
        const QString strangers = HealthCodeToken::issue(foreign, stranger.kidBytes, stranger.pair.secretKey).value();
        auto v = check(strangers);
        QCOMPARE(v.failure, TokenFailure::UnknownKey);
        QVERIFY(v.message.contains(stranger.kid) && v.message.contains(QStringLiteral("440000")));
        QVERIFY(v.claims); // still shown, as untrusted information
        codes::TrustStore noted = m_trust;
        noted.addUntrusted(stranger.kid, QStringLiteral("a demo key"));
        QVERIFY(HealthCodeToken::verify(strangers, noted, {}, kNow).message.contains(QStringLiteral("a demo key")));

        // A stranger signing with our kid: the signature gives it away.
        const QByteArray forged = codes::CoseSign1::sign(claims.toCbor(), m_key.kidBytes, stranger.pair.secretKey);
        v = check(tokenFromCose(forged));
        QCOMPARE(v.failure, TokenFailure::BadSignature);
        // Changed contents under the original signature, recompressed so every layer still decodes.
        auto decoded = HealthCodeToken::decode(text);
        QVERIFY(decoded.cose);
        CwtClaims longer = claims;
        longer.expiresAt += 10 * 365 * kDay;
        const QByteArray altered = QCborValue(QCborTag(18), QCborArray{decoded.cose->protectedBytes(), QCborMap(),
                                                                       longer.toCbor(), decoded.cose->signature()})
                                       .toCbor();
        v = check(tokenFromCose(altered));
        QCOMPARE(v.failure, TokenFailure::BadSignature);
        QVERIFY(!v.key);

        // A key of another jurisdiction signing for ours.
        codes::TrustStore wrongPlace;
        wrongPlace.addKey(trusted(m_key, QStringLiteral("880000")));
        v = HealthCodeToken::verify(text, wrongPlace, {}, kNow);
        QCOMPARE(v.failure, TokenFailure::IssuerMismatch);
        QVERIFY(v.message.contains(QStringLiteral("880000")));

        // Revoked.
        const codes::RevocationLookup revoked = [&](const QString& issuer, const QByteArray& serial) {
            return issuer == claims.issuer && serial == claims.serial ? std::optional<qint64>(kNow - 100)
                                                                      : std::nullopt;
        };
        v = check(text, revoked);
        QCOMPARE(v.failure, TokenFailure::Revoked);
        QVERIFY(v.message.contains(claims.serialText()));
        CwtClaims other = claims;
        other.serial = QByteArray::fromHex("ffff");
        QVERIFY(check(issue(other), revoked).ok());

        // Retired key: codes issued before the retirement stay valid, later ones are refused.
        codes::TrustStore retired;
        codes::TrustedKey r = trusted(m_key);
        r.retiredAt = claims.issuedAt + 1;
        retired.addKey(r);
        QVERIFY(HealthCodeToken::verify(text, retired, {}, kNow).ok());
        r.retiredAt = claims.issuedAt;
        codes::TrustStore retiredBefore;
        retiredBefore.addKey(r);
        v = HealthCodeToken::verify(text, retiredBefore, {}, kNow);
        QCOMPARE(v.failure, TokenFailure::RetiredKey);

        // Time.
        v = check(text, {}, claims.issuedAt - HealthCodeToken::kClockSkewSecs - 1);
        QCOMPARE(v.failure, TokenFailure::NotYetValid);
        QVERIFY(check(text, {}, claims.issuedAt - HealthCodeToken::kClockSkewSecs).ok());
        v = check(text, {}, claims.expiresAt);
        QCOMPARE(v.failure, TokenFailure::Expired);
        QVERIFY(check(text, {}, claims.expiresAt - 1).ok());
    }

    void demoCards()
    {
        CwtClaims claims = sampleClaims();
        claims.demo = true;
        const QString text = issue(claims);
        auto v = check(text);
        QVERIFY(v.ok());
        QVERIFY(v.demo);
        QVERIFY(v.claims->demo);
        // A demo key marks its codes demo even without the claim.
        const TestKey demoKey = makeKey();
        codes::TrustStore store;
        codes::TrustedKey k = trusted(demoKey);
        k.demo = true;
        store.addKey(k);
        const QString plain = HealthCodeToken::issue(sampleClaims(), demoKey.kidBytes, demoKey.pair.secretKey).value();
        v = HealthCodeToken::verify(plain, store, {}, kNow);
        QVERIFY(v.ok() && v.demo);
    }

    // One character changed anywhere after the prefix: never accepted, whichever layer notices.
    void everySingleCharacterChange()
    {
        const QString text = issue(sampleClaims());
        const QString alphabet = codes::Base45::alphabet();
        const qsizetype start = HealthCodeToken::prefix().size();
        QHash<QString, int> kinds;
        for (qsizetype i = start; i < text.size(); ++i) {
            for (int shift : {1, 17}) {
                QString changed = text;
                changed[i] = alphabet.at((alphabet.indexOf(text.at(i)) + shift) % alphabet.size());
                const auto v = check(changed);
                QVERIFY2(!v.ok(), qPrintable(QStringLiteral("accepted with character %1 changed").arg(i + 1)));
                QVERIFY(!v.message.isEmpty());
                ++kinds[codes::tokenFailureName(v.failure)];
            }
        }
        qInfo() << "single-character changes refused as:" << kinds;
    }

    void qrRoundTrip_data()
    {
        QTest::addColumn<int>("modulePixels");
        QTest::addColumn<int>("rotation");
        QTest::newRow("3 px") << 3 << 0;
        QTest::newRow("6 px") << 6 << 0;
        QTest::newRow("4 px rotated") << 4 << 90;
    }

    void qrRoundTrip()
    {
        QFETCH(int, modulePixels);
        QFETCH(int, rotation);
        const QString text = issue(sampleClaims());
        auto matrix = codes::QrEncoder::encode(text);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error().message));
        // Alphanumeric mode keeps the symbol small (about 220 characters: version 11 at level Q; byte mode
        // would need version 13).
        QVERIFY2(matrix.value().version <= 12, qPrintable(QString::number(matrix.value().version)));
        QCOMPARE(matrix.value().size, 17 + 4 * matrix.value().version);
        QImage image = codes::QrEncoder::toImage(matrix.value(), modulePixels);
        QCOMPARE(image.width(), (matrix.value().size + 8) * modulePixels);
        if (rotation)
            image = image.transformed(QTransform().rotate(rotation));
        auto read = codes::QrDecoder::decode(image);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), text);
        const auto v = check(read.value());
        QVERIFY2(v.ok(), qPrintable(v.message));
    }

    void qrNotOurs()
    {
        auto matrix = codes::QrEncoder::encode(QStringLiteral("WIFI:S:office;T:WPA;P:secret;;"));
        QVERIFY(matrix.ok());
        auto read = codes::QrDecoder::decode(codes::QrEncoder::toImage(matrix.value(), 4));
        QVERIFY(read.ok());
        QCOMPARE(check(read.value()).failure, TokenFailure::NotAHealthCode);
        QImage blank(300, 300, QImage::Format_Grayscale8);
        blank.fill(255);
        auto none = codes::QrDecoder::decode(blank);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(codes::QrDecoder::decodeFile(QStringLiteral("/nonexistent/x.png")).error().code,
                 ErrorCode::InvalidArgument);
    }

    // The published vectors in tests/data/codes verify, and signing their claims again gives the same bytes.
    // HC_REGENERATE_CODE_VECTORS=1 rewrites them (keeping the test keys).
    void testVectors()
    {
        const QString dir = dataDir();
        QVERIFY2(QDir(dir).exists(), qPrintable(dir));
        const bool regenerate = qEnvironmentVariableIntValue("HC_REGENERATE_CODE_VECTORS") == 1;
        QJsonObject keys = readJson(dir + QStringLiteral("/test-keys.json"));
        if (regenerate && keys.isEmpty()) {
            for (const char* name : {"card_key", "trust_list_key"}) {
                const auto pair = crypto::Crypto::generateSigningKey();
                keys.insert(
                    QLatin1String(name),
                    QJsonObject{{QStringLiteral("seed_hex"), hex(pair.secretKey.left(32))},
                                {QStringLiteral("public_key_hex"), hex(pair.publicKey)},
                                {QStringLiteral("public_key_base64"), QString::fromLatin1(pair.publicKey.toBase64())},
                                {QStringLiteral("kid"), crypto::KeyStore::kidFor(pair.publicKey)}});
            }
            keys.insert(
                QStringLiteral("warning"),
                QStringLiteral("TEST KEYS ONLY. Their secret seeds are public; never trust them for real cards."));
            QVERIFY(writeJson(dir + QStringLiteral("/test-keys.json"), keys));
        }
        QVERIFY2(!keys.isEmpty(), "tests/data/codes/test-keys.json is missing");
        auto secretOf = [&](const char* name) -> QByteArray {
            const QJsonObject k = keys.value(QLatin1String(name)).toObject();
            return QByteArray::fromHex(k.value(QStringLiteral("seed_hex")).toString().toLatin1()) +
                   QByteArray::fromHex(k.value(QStringLiteral("public_key_hex")).toString().toLatin1());
        };
        const QByteArray cardSecret = secretOf("card_key");
        const QByteArray cardPublic = cardSecret.mid(32);
        const QString cardKid = crypto::KeyStore::kidFor(cardPublic);
        QCOMPARE(keys.value(QStringLiteral("card_key")).toObject().value(QStringLiteral("kid")).toString(), cardKid);
        // The seed must really belong to the public key: a signature made with both must verify.
        QVERIFY(crypto::Crypto::verify("probe", crypto::Crypto::sign("probe", cardSecret), cardPublic));

        // The trust list the vectors verify against, signed by the trust list test key.
        const QByteArray listSecret = secretOf("trust_list_key");
        codes::TrustList list;
        list.issuer = QStringLiteral("990000");
        list.createdAt = kNow;
        list.signerPublicKey = listSecret.mid(32);
        list.signerKid = crypto::KeyStore::kidFor(list.signerPublicKey);
        list.keys << codes::TrustListKey{cardKid, QStringLiteral("990000"), cardPublic, 0};
        list.sign(listSecret);
        const QString listPath = dir + QStringLiteral("/trust-list.json");
        if (regenerate) {
            QSaveFile f(listPath);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(list.toJson()) > 0 && f.commit());
        }
        QFile lf(listPath);
        QVERIFY(lf.open(QIODevice::ReadOnly));
        auto published = codes::TrustList::fromJson(lf.readAll(), listPath);
        QVERIFY2(published.ok(), qPrintable(published.error().message));
        QCOMPARE(published.value().signedBytes(), list.signedBytes());
        QCOMPARE(published.value().signature, list.signature); // Ed25519 signatures are deterministic
        codes::TrustStore store;
        for (const auto& k : published.value().keys)
            store.addKey(codes::TrustedKey{k.kid, k.jurisdiction, k.publicKey, k.retiredAt, false, listPath});

        const QString vectorsPath = dir + QStringLiteral("/vectors.json");
        QJsonObject vectors = readJson(vectorsPath);
        if (regenerate) {
            // Valid until 2036-01-01, so they also verify with healthcode-ctl at the current time for years.
            CwtClaims card = sampleClaims();
            card.expiresAt = 2082758400;
            CwtClaims demo = card;
            demo.serial = QByteArray::fromHex("fedcba9876543210");
            demo.demo = true;
            CwtClaims expired = sampleClaims();
            expired.serial = QByteArray::fromHex("00000000000000ff");
            expired.issuedAt = kNow - 400 * kDay;
            expired.expiresAt = kNow - 35 * kDay;
            QJsonArray valid;
            QStringList validTokens;
            for (const auto& [name, claims] : {std::pair{"card", card}, std::pair{"demo card", demo}}) {
                const QByteArray payload = claims.toCbor();
                const QByteArray header = codes::CoseSign1::protectedHeader(QByteArray::fromHex(cardKid.toLatin1()));
                const QByteArray coseBytes =
                    codes::CoseSign1::sign(payload, QByteArray::fromHex(cardKid.toLatin1()), cardSecret);
                const QByteArray z = codes::Zlib::compress(coseBytes);
                const QString token = HealthCodeToken::prefix() + codes::Base45::encode(z);
                validTokens << token;
                valid.append(QJsonObject{
                    {QStringLiteral("name"), QLatin1String(name)},
                    {QStringLiteral("claims"), claims.toJson()},
                    {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                    {QStringLiteral("claims_cbor_hex"), hex(payload)},
                    {QStringLiteral("protected_header_hex"), hex(header)},
                    {QStringLiteral("sig_structure_hex"), hex(codes::CoseSign1::sigStructure(header, payload))},
                    {QStringLiteral("cose_hex"), hex(coseBytes)},
                    {QStringLiteral("zlib_hex"), hex(z)},
                    {QStringLiteral("token"), token}});
            }
            const QString expiredToken =
                HealthCodeToken::issue(expired, QByteArray::fromHex(cardKid.toLatin1()), cardSecret).value();
            CwtClaims lost = card;
            lost.serial = QByteArray::fromHex("00000000000000aa");
            const QString revokedToken =
                HealthCodeToken::issue(lost, QByteArray::fromHex(cardKid.toLatin1()), cardSecret).value();
            codes::RevocationList revocations;
            revocations.issuer = list.issuer;
            revocations.createdAt = kNow;
            revocations.signerKid = list.signerKid;
            revocations.signerPublicKey = list.signerPublicKey;
            revocations.cards << codes::RevokedCard{lost.issuer, lost.serial, kNow - kDay};
            revocations.sign(listSecret);
            QSaveFile rf(dir + QStringLiteral("/revocations.json"));
            QVERIFY(rf.open(QIODevice::WriteOnly) && rf.write(revocations.toJson()) > 0 && rf.commit());
            // A key in no trust list (its secret is thrown away).
            const auto strangerKey = crypto::Crypto::generateSigningKey();
            CwtClaims foreign = sampleClaims();
            foreign.issuer = QStringLiteral("440000");
            const QString unknownToken =
                HealthCodeToken::issue(foreign,
                                       QByteArray::fromHex(crypto::KeyStore::kidFor(strangerKey.publicKey).toLatin1()),
                                       strangerKey.secretKey)
                    .value();
            QString tampered = validTokens.first();
            const qsizetype at = tampered.size() - 10;
            tampered[at] = tampered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            QJsonArray invalid{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("expired card")},
                            {QStringLiteral("token"), expiredToken},
                            {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                            {QStringLiteral("expect"), QStringLiteral("expired")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("revoked card")},
                            {QStringLiteral("token"), revokedToken},
                            {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                            {QStringLiteral("revocations"), QStringLiteral("revocations.json")},
                            {QStringLiteral("expect"), QStringLiteral("revoked")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("unknown issuer")},
                            {QStringLiteral("token"), unknownToken},
                            {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                            {QStringLiteral("expect"), QStringLiteral("unknown_key")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("one character changed")},
                            {QStringLiteral("token"), tampered},
                            {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                            {QStringLiteral("expect"), QStringLiteral("(any refusal)")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("EU certificate prefix")},
                            {QStringLiteral("token"), QString(QStringLiteral("HC1:") + validTokens.first().mid(5))},
                            {QStringLiteral("verify_at"), static_cast<double>(kNow)},
                            {QStringLiteral("expect"), QStringLiteral("not_a_health_code")}},
            };
            vectors = QJsonObject{{QStringLiteral("format"), QStringLiteral("healthcode-test-vectors-1")},
                                  {QStringLiteral("prefix"), HealthCodeToken::prefix()},
                                  {QStringLiteral("card_key_kid"), cardKid},
                                  {QStringLiteral("card_public_key_hex"), hex(cardPublic)},
                                  {QStringLiteral("trust_list"), QStringLiteral("trust-list.json")},
                                  {QStringLiteral("valid"), valid},
                                  {QStringLiteral("invalid"), invalid}};
            QVERIFY(writeJson(vectorsPath, vectors));
        }
        QVERIFY2(!vectors.isEmpty(), "tests/data/codes/vectors.json is missing");
        QCOMPARE(vectors.value(QStringLiteral("prefix")).toString(), HealthCodeToken::prefix());
        const QJsonArray valid = vectors.value(QStringLiteral("valid")).toArray();
        QVERIFY(valid.size() >= 2);
        for (const QJsonValue& value : valid) {
            const QJsonObject o = value.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            const QString token = o.value(QStringLiteral("token")).toString();
            const auto v = HealthCodeToken::verify(
                token, store, {}, static_cast<qint64>(o.value(QStringLiteral("verify_at")).toDouble()));
            QVERIFY2(v.ok(), qPrintable(name + QStringLiteral(": ") + v.message));
            auto expected = CwtClaims::fromJson(o.value(QStringLiteral("claims")).toObject());
            QVERIFY2(expected.ok(), qPrintable(name));
            QCOMPARE(*v.claims, expected.value());
            // Every intermediate layer is exactly what the README says it is.
            const QByteArray z = codes::Base45::decode(QStringView(token).mid(5)).value();
            QCOMPARE(hex(z), o.value(QStringLiteral("zlib_hex")).toString());
            const QByteArray coseBytes = codes::Zlib::decompress(z).value();
            QCOMPARE(hex(coseBytes), o.value(QStringLiteral("cose_hex")).toString());
            QCOMPARE(hex(expected.value().toCbor()), o.value(QStringLiteral("claims_cbor_hex")).toString());
            const QByteArray header = codes::CoseSign1::protectedHeader(QByteArray::fromHex(cardKid.toLatin1()));
            QCOMPARE(hex(header), o.value(QStringLiteral("protected_header_hex")).toString());
            QCOMPARE(hex(codes::CoseSign1::sigStructure(header, expected.value().toCbor())),
                     o.value(QStringLiteral("sig_structure_hex")).toString());
            // Signing the claims again gives the same COSE bytes (deterministic CBOR, deterministic Ed25519).
            QCOMPARE(hex(codes::CoseSign1::sign(expected.value().toCbor(), QByteArray::fromHex(cardKid.toLatin1()),
                                                cardSecret)),
                     o.value(QStringLiteral("cose_hex")).toString());
            // zlib output may differ between zlib versions; the tokens then differ too, but both verify.
            const QString again =
                HealthCodeToken::issue(expected.value(), QByteArray::fromHex(cardKid.toLatin1()), cardSecret).value();
            if (again != token)
                qWarning("%s: this zlib compresses differently from the one that made the vector", qPrintable(name));
        }
        QFile rf(dir + QStringLiteral("/revocations.json"));
        QVERIFY(rf.open(QIODevice::ReadOnly));
        auto revocations = codes::RevocationList::fromJson(rf.readAll(), rf.fileName());
        QVERIFY2(revocations.ok(), qPrintable(revocations.error().message));
        QCOMPARE(revocations.value().signerKid, published.value().signerKid);
        const QJsonArray invalid = vectors.value(QStringLiteral("invalid")).toArray();
        QVERIFY(invalid.size() >= 5);
        for (const QJsonValue& value : invalid) {
            const QJsonObject o = value.toObject();
            const codes::RevocationLookup lookup =
                o.contains(QStringLiteral("revocations")) ? revocations.value().lookup() : codes::RevocationLookup();
            const auto v =
                HealthCodeToken::verify(o.value(QStringLiteral("token")).toString(), store, lookup,
                                        static_cast<qint64>(o.value(QStringLiteral("verify_at")).toDouble()));
            QVERIFY2(!v.ok(), qPrintable(o.value(QStringLiteral("name")).toString()));
            const QString expect = o.value(QStringLiteral("expect")).toString();
            if (!expect.startsWith(QLatin1Char('(')))
                QCOMPARE(codes::tokenFailureName(v.failure), expect);
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthCodeToken)
#include "TestHealthCodeToken.moc"
