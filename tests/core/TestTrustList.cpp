#include "TestDatabase.h"

#include "codes/HealthCodeToken.h"
#include "codes/KeyService.h"
#include "codes/RevocationService.h"
#include "codes/TrustListService.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hc;
using codes::KeyService;
using codes::TrustListService;

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");

qint64 count(const db::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db::run(db, sql, values);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

qint64 audits(const db::Database& db, const QString& action)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
}

// A database whose root jurisdiction has the given code, and its first administrator.
auth::Session adminWithRoot(test::TestDatabase& t, const QString& code)
{
    db::Transaction tx(t.db());
    auto id = services::Jurisdictions::create(
        t.db(), QStringLiteral("setup"),
        services::Jurisdiction{0, code, QStringLiteral("Province ") + code, QString(), QStringLiteral("province"), 0});
    if (!id || !tx.commit())
        qFatal("could not create jurisdiction %s", qPrintable(code));
    return t.initAdmin();
}

codes::CwtClaims claimsFor(const QString& issuer, const QByteArray& serial)
{
    codes::CwtClaims c;
    c.issuer = issuer;
    c.subject = QStringLiteral("0123456789abcdef");
    c.issuedAt = Clock::nowSecs() - 60;
    c.expiresAt = Clock::nowSecs() + 30 * 24 * 3600;
    c.serial = serial;
    return c;
}

QString issueWith(const db::Database& db, const QString& purpose, const codes::CwtClaims& claims)
{
    auto key = crypto::KeyStore::unlockActive(db, purpose, kPass);
    if (!key)
        qFatal("unlock: %s", qPrintable(key.error().message));
    auto text = codes::HealthCodeToken::issue(claims, QByteArray::fromHex(key.value().key.kid.toLatin1()),
                                              key.value().secretKey);
    if (!text)
        qFatal("issue: %s", qPrintable(text.error().message));
    return text.value();
}

codes::TrustStore storeOf(const codes::TrustList& list)
{
    codes::TrustStore s;
    for (const auto& k : list.keys)
        s.addKey(codes::TrustedKey{k.kid, k.jurisdiction, k.publicKey, k.retiredAt, false, QStringLiteral("file")});
    s.addListSigner(list.signerKid, list.signerPublicKey);
    return s;
}

QByteArray edit(const QByteArray& json, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    change(o);
    return QJsonDocument(o).toJson();
}
} // namespace

// Keys, trust lists and revocation lists against a real database (SQLite and PostgreSQL).
class TestTrustList final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(test::TestDatabase::backendName())); }
    void cleanup() { Clock::setSource(nullptr); }

    void keyManagement()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session op = t.addUser(admin, QStringLiteral("op"), auth::Role::Operator);

        auto denied = KeyService::generate(t.db(), op, QStringLiteral("cards"), 0, kPass);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        auto shortPass = KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, QStringLiteral("short"));
        QCOMPARE(shortPass.error().code, ErrorCode::InvalidArgument);
        auto badPurpose = KeyService::generate(t.db(), admin, QStringLiteral("audit"), 0, kPass);
        QCOMPARE(badPurpose.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 0);
        QCOMPARE(audits(t.db(), QStringLiteral("keys.generate")), 0);

        auto key = KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, kPass);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key.value().jurisdictionId, admin.jurisdictionId);
        QCOMPARE(audits(t.db(), QStringLiteral("keys.generate")), 1);
        // The secret half is sealed: nothing in the row equals it, and a wrong passphrase does not open it.
        QCOMPARE(crypto::KeyStore::unlockActive(t.db(), QStringLiteral("cards"), QStringLiteral("wrong passphrase!"))
                     .error()
                     .code,
                 ErrorCode::AuthenticationFailed);

        auto listed = KeyService::list(t.db(), op);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().jurisdictionCode, QStringLiteral("990000"));

        QCOMPARE(KeyService::retire(t.db(), op, key.value().kid).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(KeyService::retire(t.db(), admin, QStringLiteral("0000000000000000")).error().code,
                 ErrorCode::NotFound);
        auto retired = KeyService::retire(t.db(), admin, key.value().kid.toUpper());
        QVERIFY2(retired.ok(), qPrintable(retired.error().message));
        QVERIFY(retired.value().retiredAt > 0);
        QCOMPARE(KeyService::retire(t.db(), admin, key.value().kid).error().code, ErrorCode::Conflict);
        QCOMPARE(audits(t.db(), QStringLiteral("keys.retire")), 1);
        // A retired key signs no more cards.
        QCOMPARE(crypto::KeyStore::unlockActive(t.db(), QStringLiteral("cards"), kPass).error().code,
                 ErrorCode::NotFound);
    }

    void exportTrustList()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session op = t.addUser(admin, QStringLiteral("op"), auth::Role::Operator);

        // Nothing to publish yet; the refusal stores nothing, not even the trust list key.
        auto empty = TrustListService::exportList(t.db(), admin, kPass);
        QCOMPARE(empty.error().code, ErrorCode::NotFound);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 0);

        auto old = KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, kPass);
        QVERIFY(old.ok());
        const QString oldCode =
            issueWith(t.db(), QStringLiteral("cards"), claimsFor(QStringLiteral("990000"), "\x01\x02"));
        QVERIFY(KeyService::retire(t.db(), admin, old.value().kid).ok());
        auto current = KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, kPass);
        auto demo = KeyService::generate(t.db(), admin, QStringLiteral("demo"), 0, kPass);
        QVERIFY(current.ok() && demo.ok());

        QCOMPARE(TrustListService::exportList(t.db(), op, kPass).error().code, ErrorCode::PermissionDenied);
        const qint64 auditBefore = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // The first export creates the trust list key; with a too short passphrase it creates nothing.
        QCOMPARE(TrustListService::exportList(t.db(), admin, QStringLiteral("short")).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

        auto list = TrustListService::exportList(t.db(), admin, kPass);
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(list.value().issuer, QStringLiteral("990000"));
        QCOMPARE(list.value().keys.size(), 2); // both card keys, the demo key never
        QStringList kids;
        for (const auto& k : list.value().keys) {
            kids << k.kid;
            QCOMPARE(k.jurisdiction, QStringLiteral("990000"));
            QCOMPARE(k.retiredAt > 0, k.kid == old.value().kid);
        }
        QVERIFY(kids.contains(current.value().kid) && kids.contains(old.value().kid));
        QVERIFY(!kids.contains(demo.value().kid));
        QVERIFY(list.value().signatureValid());
        auto signers = crypto::KeyStore::list(t.db(), QStringLiteral("trust_list"));
        QCOMPARE(signers.value().size(), 1);
        QCOMPARE(list.value().signerKid, signers.value().first().kid);
        QCOMPARE(audits(t.db(), QStringLiteral("keys.export_trust_list")), 1);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'keys.generate' "
                                              "AND details LIKE '%trust_list%'")),
                 1);

        // Wrong passphrase for the existing trust list key: refused, nothing recorded.
        const qint64 before = audits(t.db(), QStringLiteral("keys.export_trust_list"));
        QCOMPARE(TrustListService::exportList(t.db(), admin, QStringLiteral("not the passphrase")).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(audits(t.db(), QStringLiteral("keys.export_trust_list")), before);

        // The file round-trips and verifies codes: the retired key's earlier code still, demo codes never.
        auto parsed = codes::TrustList::fromJson(list.value().toJson(), QStringLiteral("list.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().keys, list.value().keys);
        const codes::TrustStore store = storeOf(parsed.value());
        const QString code = issueWith(t.db(), QStringLiteral("cards"), claimsFor(QStringLiteral("990000"), "\x03"));
        QVERIFY(codes::HealthCodeToken::verify(code, store, {}, Clock::nowSecs()).ok());
        QVERIFY(codes::HealthCodeToken::verify(oldCode, store, {}, Clock::nowSecs()).ok());
        codes::CwtClaims demoClaims = claimsFor(QStringLiteral("990000"), "\x04");
        demoClaims.demo = true;
        const QString demoCode = issueWith(t.db(), QStringLiteral("demo"), demoClaims);
        auto demoResult = codes::HealthCodeToken::verify(demoCode, store, {}, Clock::nowSecs());
        QCOMPARE(demoResult.failure, codes::TokenFailure::UnknownKey);
        // The database itself knows the demo key and says why it is refused, unless demo keys are asked for.
        auto dbStore = TrustListService::trustStore(t.db());
        QVERIFY(dbStore.ok());
        demoResult = codes::HealthCodeToken::verify(demoCode, dbStore.value(), {}, Clock::nowSecs());
        QCOMPARE(demoResult.failure, codes::TokenFailure::UnknownKey);
        QVERIFY2(demoResult.message.contains(QStringLiteral("demo")), qPrintable(demoResult.message));
        auto demoStore = TrustListService::trustStore(t.db(), true);
        demoResult = codes::HealthCodeToken::verify(demoCode, demoStore.value(), {}, Clock::nowSecs());
        QVERIFY(demoResult.ok() && demoResult.demo);
    }

    void tamperedTrustList()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        QVERIFY(KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, kPass).ok());
        auto list = TrustListService::exportList(t.db(), admin, kPass);
        QVERIFY(list.ok());
        const QByteArray json = list.value().toJson();
        QVERIFY(codes::TrustList::fromJson(json, QStringLiteral("x.json")).ok());

        const auto other = crypto::Crypto::generateSigningKey();
        struct Case
        {
            const char* name;
            std::function<void(QJsonObject&)> change;
            ErrorCode code;
            const char* messagePart;
        };
        const QList<Case> cases{
            {"issuer", [](QJsonObject& o) { o.insert(QStringLiteral("issuer"), QStringLiteral("440000")); },
             ErrorCode::CryptoError, "signature"},
            {"created_at", [](QJsonObject& o) { o.insert(QStringLiteral("created_at"), 1.0); }, ErrorCode::CryptoError,
             "signature"},
            {"jurisdiction",
             [](QJsonObject& o) {
                 QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
                 QJsonObject k = keys.at(0).toObject();
                 k.insert(QStringLiteral("jurisdiction"), QStringLiteral("440000"));
                 keys[0] = k;
                 o.insert(QStringLiteral("keys"), keys);
             },
             ErrorCode::CryptoError, "signature"},
            {"added key",
             [&](QJsonObject& o) {
                 QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
                 keys.append(
                     QJsonObject{{QStringLiteral("kid"), crypto::KeyStore::kidFor(other.publicKey)},
                                 {QStringLiteral("jurisdiction"), QStringLiteral("990000")},
                                 {QStringLiteral("public_key"), QString::fromLatin1(other.publicKey.toBase64())}});
                 o.insert(QStringLiteral("keys"), keys);
             },
             ErrorCode::CryptoError, "signature"},
            {"retired_at added",
             [](QJsonObject& o) {
                 QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
                 QJsonObject k = keys.at(0).toObject();
                 k.insert(QStringLiteral("retired_at"), 1700000000.0);
                 keys[0] = k;
                 o.insert(QStringLiteral("keys"), keys);
             },
             ErrorCode::CryptoError, "signature"},
            {"signer swapped",
             [&](QJsonObject& o) {
                 o.insert(QStringLiteral("signer"),
                          QJsonObject{{QStringLiteral("kid"), crypto::KeyStore::kidFor(other.publicKey)},
                                      {QStringLiteral("public_key"), QString::fromLatin1(other.publicKey.toBase64())}});
             },
             ErrorCode::CryptoError, "signature"},
            {"kid mismatch",
             [](QJsonObject& o) {
                 QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
                 QJsonObject k = keys.at(0).toObject();
                 k.insert(QStringLiteral("kid"), QStringLiteral("0000000000000000"));
                 keys[0] = k;
                 o.insert(QStringLiteral("keys"), keys);
             },
             ErrorCode::InvalidArgument, "keys[0].kid"},
            {"short key",
             [](QJsonObject& o) {
                 QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
                 QJsonObject k = keys.at(0).toObject();
                 k.insert(QStringLiteral("public_key"), QStringLiteral("AAAA"));
                 keys[0] = k;
                 o.insert(QStringLiteral("keys"), keys);
             },
             ErrorCode::InvalidArgument, "keys[0].public_key"},
            {"format", [](QJsonObject& o) { o.insert(QStringLiteral("format"), QStringLiteral("other")); },
             ErrorCode::InvalidArgument, "format"},
            {"no signature", [](QJsonObject& o) { o.remove(QStringLiteral("signature")); }, ErrorCode::InvalidArgument,
             "signature"},
            {"fractional time", [](QJsonObject& o) { o.insert(QStringLiteral("created_at"), 1.5); },
             ErrorCode::InvalidArgument, "created_at"},
        };
        for (const Case& c : cases) {
            auto r = codes::TrustList::fromJson(edit(json, c.change), QStringLiteral("x.json"));
            QVERIFY2(!r.ok(), c.name);
            QVERIFY2(r.error().code == c.code, c.name);
            QVERIFY2(r.error().message.contains(QLatin1String(c.messagePart)) &&
                         r.error().message.contains(QStringLiteral("x.json")),
                     qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + r.error().message));
        }
        auto notJson = codes::TrustList::fromJson("{\"format\": ", QStringLiteral("x.json"));
        QVERIFY(notJson.error().message.contains(QStringLiteral("byte")));
    }

    void importTrustList()
    {
        test::TestDatabase here;
        QVERIFY2(here.isReady(), qPrintable(here.error()));
        const auth::Session admin = here.initAdmin(); // 990000
        const auth::Session op = here.addUser(admin, QStringLiteral("op"), auth::Role::Operator);
        QVERIFY(KeyService::generate(here.db(), admin, QStringLiteral("cards"), 0, kPass).ok());
        test::TestDatabase there;
        QVERIFY2(there.isReady(), qPrintable(there.error()));
        const auth::Session otherAdmin = adminWithRoot(there, QStringLiteral("880000"));
        QVERIFY(KeyService::generate(there.db(), otherAdmin, QStringLiteral("cards"), 0, kPass).ok());

        Clock::setSource([] { return QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); });
        auto theirs = TrustListService::exportList(there.db(), otherAdmin, kPass);
        QVERIFY(theirs.ok());
        Clock::setSource(nullptr);
        const QByteArray theirJson = theirs.value().toJson();
        const QString theirCode =
            issueWith(there.db(), QStringLiteral("cards"), claimsFor(QStringLiteral("880000"), "\x05"));

        // Before the import their codes are unknown here.
        auto store = TrustListService::trustStore(here.db());
        QCOMPARE(codes::HealthCodeToken::verify(theirCode, store.value(), {}, Clock::nowSecs()).failure,
                 codes::TokenFailure::UnknownKey);

        QCOMPARE(
            TrustListService::importList(here.db(), op, theirJson, QStringLiteral("880000.json"), false).error().code,
            ErrorCode::PermissionDenied);
        // Tampered: refused, nothing stored.
        const QByteArray tampered =
            edit(theirJson, [](QJsonObject& o) { o.insert(QStringLiteral("issuer"), QStringLiteral("870000")); });
        QCOMPARE(TrustListService::importList(here.db(), admin, tampered, QStringLiteral("t.json"), false).error().code,
                 ErrorCode::CryptoError);
        QCOMPARE(count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trust_list_imports")), 0);

        auto imported = TrustListService::importList(here.db(), admin, theirJson, QStringLiteral("880000.json"), false);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported.value().issuer, QStringLiteral("880000"));
        QCOMPARE(imported.value().keys, 1);
        QVERIFY(!imported.value().replacedEarlier && !imported.value().unchanged);
        QCOMPARE(imported.value().signerFingerprint, theirs.value().signerFingerprint());
        QCOMPARE(count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trust_list_imports WHERE imported_by = ?"),
                       {admin.userId}),
                 1);
        QCOMPARE(
            count(here.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'keys.import_trust_list' "
                                            "AND actor = 'admin' AND target = 'trust_list:880000'")),
            1);
        store = TrustListService::trustStore(here.db());
        auto v = codes::HealthCodeToken::verify(theirCode, store.value(), {}, Clock::nowSecs());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QVERIFY(v.key->source.contains(QStringLiteral("880000")));
        // Their key signs only for their jurisdiction.
        auto theirKey = crypto::KeyStore::unlockActive(there.db(), QStringLiteral("cards"), kPass);
        const QString posing = codes::HealthCodeToken::issue(claimsFor(QStringLiteral("990000"), "\x06"),
                                                             QByteArray::fromHex(theirKey.value().key.kid.toLatin1()),
                                                             theirKey.value().secretKey)
                                   .value();
        QCOMPARE(codes::HealthCodeToken::verify(posing, store.value(), {}, Clock::nowSecs()).failure,
                 codes::TokenFailure::IssuerMismatch);

        // The same file again: nothing changes.
        auto again = TrustListService::importList(here.db(), admin, theirJson, QStringLiteral("880000.json"), false);
        QVERIFY(again.ok() && again.value().unchanged);
        QCOMPARE(count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trust_list_imports")), 1);

        // An older list of theirs is refused (it could bring back a key they retired since).
        Clock::setSource([] { return QDateTime::fromSecsSinceEpoch(1767225600 - 3600, Qt::UTC); });
        auto older = TrustListService::exportList(there.db(), otherAdmin, kPass);
        Clock::setSource(nullptr);
        auto refused =
            TrustListService::importList(here.db(), admin, older.value().toJson(), QStringLiteral("old.json"), false);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("before")), qPrintable(refused.error().message));

        // A newer list with one more key replaces the first one.
        QVERIFY(KeyService::generate(there.db(), otherAdmin, QStringLiteral("cards"), 0, kPass).ok());
        auto newer = TrustListService::exportList(there.db(), otherAdmin, kPass);
        auto replaced =
            TrustListService::importList(here.db(), admin, newer.value().toJson(), QStringLiteral("new.json"), false);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().message));
        QVERIFY(replaced.value().replacedEarlier);
        QCOMPARE(
            count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trust_list_imports WHERE superseded_at IS NULL")), 1);
        QCOMPARE(TrustListService::trustStore(here.db()).value().size(), 1 + 2);

        // A new signer must be confirmed.
        QVERIFY(KeyService::generate(there.db(), otherAdmin, QStringLiteral("trust_list"), 0, kPass).ok());
        auto resigned = TrustListService::exportList(there.db(), otherAdmin, kPass);
        QVERIFY(resigned.value().signerKid != newer.value().signerKid);
        auto unconfirmed =
            TrustListService::importList(here.db(), admin, resigned.value().toJson(), QStringLiteral("r.json"), false);
        QCOMPARE(unconfirmed.error().code, ErrorCode::Conflict);
        QVERIFY(unconfirmed.error().message.contains(resigned.value().signerFingerprint()));
        QVERIFY(
            TrustListService::importList(here.db(), admin, resigned.value().toJson(), QStringLiteral("r.json"), true)
                .ok());

        // Nobody speaks for this database's own jurisdictions.
        auto own = TrustListService::exportList(here.db(), admin, kPass);
        auto self =
            TrustListService::importList(here.db(), admin, own.value().toJson(), QStringLiteral("own.json"), false);
        QCOMPARE(self.error().code, ErrorCode::Conflict);
        QVERIFY(self.error().message.contains(QStringLiteral("990000")));
        QCOMPARE(audits(here.db(), QStringLiteral("keys.import_trust_list")), 3);
    }

    // A list vouches only for its issuer's jurisdiction and those under it (the reviewer's case: a province
    // 440000 publishing a key for 南宁市 450100 of another province). Refused naming the key; nothing stored.
    void keysOutsideTheIssuersJurisdictionAreRefused()
    {
        test::TestDatabase here;
        QVERIFY2(here.isReady(), qPrintable(here.error()));
        const auth::Session admin = here.initAdmin(); // 990000
        test::TestDatabase there;
        QVERIFY2(there.isReady(), qPrintable(there.error()));
        auth::Session otherAdmin = adminWithRoot(there, QStringLiteral("440000"));
        auto city = [&](const QString& code) {
            db::Transaction tx(there.db());
            auto id = services::Jurisdictions::create(
                there.db(), QStringLiteral("setup"),
                services::Jurisdiction{0, code, QStringLiteral("City ") + code, QString(), QStringLiteral("city"),
                                       otherAdmin.jurisdictionId});
            if (!id || !tx.commit())
                qFatal("could not create jurisdiction %s", qPrintable(code));
            otherAdmin.scope.insert(id.value());
            return id.value();
        };
        const qint64 guangzhou = city(QStringLiteral("440100"));
        QVERIFY(KeyService::generate(there.db(), otherAdmin, QStringLiteral("cards"), guangzhou, kPass).ok());
        auto fine = TrustListService::exportList(there.db(), otherAdmin, kPass);
        QVERIFY2(fine.ok(), qPrintable(fine.error().message));
        // Not imported here: the next list would only replace it.

        const qint64 nanning = city(QStringLiteral("450100"));
        auto foreign = KeyService::generate(there.db(), otherAdmin, QStringLiteral("cards"), nanning, kPass);
        QVERIFY(foreign.ok());
        auto list = TrustListService::exportList(there.db(), otherAdmin, kPass);
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        auto refused = TrustListService::importList(here.db(), admin, list.value().toJson(), QStringLiteral("gd.json"),
                                                    false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(foreign.value().kid) &&
                     refused.error().message.contains(QStringLiteral("450100")) &&
                     refused.error().message.contains(QStringLiteral("440000")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trust_list_imports")), 0);
        QCOMPARE(count(here.db(), QStringLiteral("SELECT COUNT(*) FROM trusted_keys")), 0);

        // Its own province and cities under it are accepted.
        auto accepted = TrustListService::importList(here.db(), admin, fine.value().toJson(),
                                                     QStringLiteral("gd-ok.json"), false);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted.value().keys, 1);
    }

    void revocations()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        auto cards = KeyService::generate(t.db(), admin, QStringLiteral("cards"), 0, kPass);
        auto demo = KeyService::generate(t.db(), admin, QStringLiteral("demo"), 0, kPass);
        QVERIFY(cards.ok() && demo.ok());
        auto person = db::insert(t.db(),
                                 QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                                "district_id, has_smartphone) VALUES (?, ?, ?, ?, ?, ?, 0)"),
                                 {QStringLiteral("990000194001010011"), QStringLiteral("0123456789abcdef"),
                                  QStringLiteral("王秀英"), QStringLiteral("F"), QStringLiteral("1940-01-01"),
                                  admin.jurisdictionId});
        QVERIFY2(person.ok(), qPrintable(person.error().message));
        auto batch =
            db::insert(t.db(),
                       QStringLiteral("INSERT INTO print_batches (created_by, created_at, template, destination, "
                                      "key_id, requested_count, printed_count, state) "
                                      "VALUES (?, ?, 'id-card', 'test.pdf', ?, 3, 3, 'completed')"),
                       {admin.userId, Clock::nowSecs(), cards.value().id});
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
        const qint64 now = Clock::nowSecs();
        auto card = [&](const QString& serial, qint64 keyId, const QVariant& revokedAt) {
            return db::insert(
                       t.db(),
                       QStringLiteral("INSERT INTO printed_cards (serial, person_id, batch_id, key_id, issued_at, "
                                      "expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {serial, person.value(), batch.value(), keyId, now - 100, now + 86400, revokedAt})
                .ok();
        };
        QVERIFY(card(QStringLiteral("00000000000000a1"), cards.value().id, now - 50)); // lost, reprinted
        QVERIFY(card(QStringLiteral("00000000000000a2"), cards.value().id, QVariant()));
        QVERIFY(card(QStringLiteral("00000000000000a3"), demo.value().id, now - 50)); // demo: not published

        auto list = codes::RevocationService::exportList(t.db(), admin, kPass);
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(list.value().cards.size(), 1);
        QCOMPARE(list.value().cards.first().serial, QByteArray::fromHex("00000000000000a1"));
        QCOMPARE(list.value().cards.first().issuer, QStringLiteral("990000"));
        QCOMPARE(audits(t.db(), QStringLiteral("keys.export_revocations")), 1);
        // Signed by the same key as the trust list, so a verifier holding that list can trust it.
        auto trust = TrustListService::exportList(t.db(), admin, kPass);
        QCOMPARE(list.value().signerKid, trust.value().signerKid);
        auto parsed = codes::RevocationList::fromJson(list.value().toJson(), QStringLiteral("rev.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(storeOf(trust.value()).isListSigner(parsed.value().signerKid, parsed.value().signerPublicKey));
        auto tampered = codes::RevocationList::fromJson(
            edit(list.value().toJson(), [](QJsonObject& o) { o.insert(QStringLiteral("revoked"), QJsonArray()); }),
            QStringLiteral("rev.json"));
        QCOMPARE(tampered.error().code, ErrorCode::CryptoError);

        const codes::TrustStore store = storeOf(trust.value());
        const QString lost = issueWith(t.db(), QStringLiteral("cards"),
                                       claimsFor(QStringLiteral("990000"), QByteArray::fromHex("00000000000000a1")));
        const QString kept = issueWith(t.db(), QStringLiteral("cards"),
                                       claimsFor(QStringLiteral("990000"), QByteArray::fromHex("00000000000000a2")));
        auto v = codes::HealthCodeToken::verify(lost, store, parsed.value().lookup(), Clock::nowSecs());
        QCOMPARE(v.failure, codes::TokenFailure::Revoked);
        QVERIFY(v.message.contains(QStringLiteral("00000000000000a1")));
        QVERIFY(codes::HealthCodeToken::verify(kept, store, parsed.value().lookup(), Clock::nowSecs()).ok());
        // The database's own list answers the same without a file.
        auto current = codes::RevocationService::current(t.db());
        QVERIFY(current.ok());
        QCOMPARE(codes::HealthCodeToken::verify(lost, store, current.value().lookup(), Clock::nowSecs()).failure,
                 codes::TokenFailure::Revoked);

        // A serial that is not the codes' hex form is a broken contract, said loudly.
        QVERIFY(card(QStringLiteral("CARD-7"), cards.value().id, now));
        auto broken = codes::RevocationService::current(t.db());
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("CARD-7")));
    }
};

QTEST_GUILESS_MAIN(TestTrustList)
#include "TestTrustList.moc"
