#include "TestDatabase.h"

#include "codes/Base45.h"
#include "codes/CoseSign1.h"
#include "codes/HealthCodeToken.h"
#include "codes/QrEncoder.h"
#include "codes/RevocationList.h"
#include "codes/Zlib.h"
#include "crypto/Crypto.h"
#include "crypto/KeyStore.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using test::runCtl;

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");

// The documented exit codes of healthcode-ctl (ExitCodes.h): scripts rely on these numbers.
enum Exit
{
    Ok = 0,
    Usage = 2,
    PermissionDenied = 9,
    NotFound = 11,
    CryptoError = 14,
    InvalidArgument = 16,
    NotOurs = 20,
    BadBase45 = 21,
    BadZlib = 22,
    BadCbor = 23,
    BadCose = 24,
    BadClaims = 25,
    UnknownKey = 26,
    BadSignature = 27,
    IssuerMismatch = 28,
    Revoked = 29,
    RetiredKey = 30,
    NotYetValid = 31,
    Expired = 32,
    NoQrCode = 33,
    WrongPassphrase = 34,
};

QStringList env(const QString& password = QString::fromLatin1(test::TestDatabase::kAdminPassword),
                const QString& passphrase = kPass)
{
    // HEALTHCODE_DB unset: only what a command is given counts.
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + password,
            QStringLiteral("HEALTHCODE_KEY_PASSPHRASE=") + passphrase, QStringLiteral("HEALTHCODE_DB")};
}

QStringList asAdmin(const QString& db, const QStringList& args)
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} + args;
}

codes::CwtClaims claims(const QString& issuer, const QByteArray& serial)
{
    codes::CwtClaims c;
    c.issuer = issuer;
    c.subject = QStringLiteral("5a5a5a5a00112233");
    c.issuedAt = Clock::nowSecs() - 3600;
    c.expiresAt = Clock::nowSecs() + 90 * 24 * 3600;
    c.serial = serial;
    return c;
}

QString issue(const crypto::UnlockedKey& key, const codes::CwtClaims& c)
{
    auto t = codes::HealthCodeToken::issue(c, QByteArray::fromHex(key.key.kid.toLatin1()), key.secretKey);
    if (!t)
        qFatal("issue: %s", qPrintable(t.error().message));
    return t.value();
}

crypto::UnlockedKey unlock(const db::Database& db, const QString& purpose)
{
    auto k = crypto::KeyStore::unlockActive(db, purpose, kPass);
    if (!k)
        qFatal("unlock %s: %s", qPrintable(purpose), qPrintable(k.error().message));
    return std::move(k).value();
}

QString kidOf(const db::Database& db, const QString& purpose)
{
    auto keys = crypto::KeyStore::list(db, purpose);
    return keys.ok() && !keys.value().isEmpty() ? keys.value().last().kid : QString();
}

bool savePng(const QString& text, const QString& path)
{
    auto m = codes::QrEncoder::encode(text);
    return m.ok() && codes::QrEncoder::toImage(m.value(), 4).save(path, "PNG");
}
} // namespace

// healthcode-ctl keys and verify, end to end against the test database.
class TestVerifyCtl final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Runs verify with args and checks the exit code; returns the result for further checks.
    test::CtlResult verify(const QStringList& args, int expected)
    {
        auto r = runCtl(QStringList{QStringLiteral("verify")} + args, env());
        if (r.exitCode != expected)
            qWarning("verify %s: exit %d, expected %d\nstdout: %s\nstderr: %s", qPrintable(args.join(QLatin1Char(' '))),
                     r.exitCode, expected, qPrintable(r.out), qPrintable(r.err));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HC_CTL"), "HC_CTL must name the healthcode-ctl executable");
        QVERIFY(m_dir.isValid());
        QVERIFY(crypto::Crypto::initialize());
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }

    void keysAndVerify()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("op"), auth::Role::Operator);
        const QString db = t.urlString();
        const QString trustList = file(QStringLiteral("trust.json"));

        auto gen = runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("generate")}), env());
        QVERIFY2(gen.exitCode == Ok, qPrintable(gen.err));
        QVERIFY(gen.out.contains(QStringLiteral("cards")) && gen.out.contains(QStringLiteral("990000")));
        QVERIFY2(!gen.out.contains(kPass) && !gen.err.contains(kPass), "the passphrase must never be printed");
        auto demo =
            runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--demo")}), env());
        QVERIFY2(demo.exitCode == Ok, qPrintable(demo.err));
        auto denied = runCtl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("op"),
                              QStringLiteral("keys"), QStringLiteral("generate")},
                             env(QString::fromLatin1(test::TestDatabase::kUserPassword)));
        QCOMPARE(denied.exitCode, int(PermissionDenied));
        auto weak = runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("generate")}),
                           env(QString::fromLatin1(test::TestDatabase::kAdminPassword), QStringLiteral("short")));
        QCOMPARE(weak.exitCode, int(InvalidArgument));
        auto list = runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("list")}), env());
        QCOMPARE(list.exitCode, int(Ok));
        const QString cardKid = kidOf(t.db(), QStringLiteral("cards"));
        const QString demoKid = kidOf(t.db(), QStringLiteral("demo"));
        QVERIFY2(list.out.contains(cardKid) && list.out.contains(demoKid) &&
                     list.out.contains(QStringLiteral("active")),
                 qPrintable(list.out));

        auto exported =
            runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("export-trust-list"), trustList}), env());
        QVERIFY2(exported.exitCode == Ok, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Fingerprint")));
        QVERIFY(QFile::exists(trustList));
        QFile tl(trustList);
        QVERIFY(tl.open(QIODevice::ReadOnly));
        const QByteArray trustJson = tl.readAll();
        QVERIFY(trustJson.contains(cardKid.toLatin1()));
        QVERIFY2(!trustJson.contains(demoKid.toLatin1()), "a demo key must never be in a trust list");
        auto wrong =
            runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("export-trust-list"), trustList}),
                   env(QString::fromLatin1(test::TestDatabase::kAdminPassword), QStringLiteral("not the passphrase")));
        QCOMPARE(wrong.exitCode, int(WrongPassphrase));

        const crypto::UnlockedKey cards = unlock(t.db(), QStringLiteral("cards"));
        const codes::CwtClaims good = claims(QStringLiteral("990000"), QByteArray::fromHex("1111111111111111"));
        const QString code = issue(cards, good);

        // Offline against the file, and against the database.
        auto ok = verify({code, QStringLiteral("--trust-list"), trustList}, Ok);
        QCOMPARE(ok.exitCode, int(Ok));
        QVERIFY(ok.out.contains(QStringLiteral("Valid")) && ok.out.contains(good.subject) &&
                ok.out.contains(good.serialText()));
        QCOMPARE(verify({QStringLiteral("--db"), db, code}, Ok).exitCode, int(Ok));
        QCOMPARE(runCtl({QStringLiteral("--db"), db, QStringLiteral("verify"), code}, env()).exitCode, int(Ok));

        // Every reason for refusal has its exit code and says why on stderr.
        QString changed = code;
        changed[40] = changed.at(40) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        auto tampered = verify({changed, QStringLiteral("--trust-list"), trustList}, BadZlib);
        QVERIFY(tampered.exitCode >= BadBase45 && tampered.exitCode <= BadSignature);
        QVERIFY(tampered.err.contains(QStringLiteral("altered")));
        QCOMPARE(verify({QStringLiteral("NOT A CODE"), QStringLiteral("--trust-list"), trustList}, NotOurs).exitCode,
                 int(NotOurs));
        QCOMPARE(verify({QStringLiteral("HCC1:abc"), QStringLiteral("--trust-list"), trustList}, BadBase45).exitCode,
                 int(BadBase45));
        auto cose = [&](const QByteArray& bytes) -> QString {
            return codes::HealthCodeToken::prefix() + codes::Base45::encode(codes::Zlib::compress(bytes));
        };
        QCOMPARE(verify({cose("\xff"), QStringLiteral("--trust-list"), trustList}, BadCbor).exitCode, int(BadCbor));
        QCOMPARE(
            verify({cose(QCborArray{1}.toCborValue().toCbor()), QStringLiteral("--trust-list"), trustList}, BadCose)
                .exitCode,
            int(BadCose));
        const QByteArray kidBytes = QByteArray::fromHex(cards.key.kid.toLatin1());
        QCOMPARE(
            verify({cose(codes::CoseSign1::sign(QCborMap{{1, 2}}.toCborValue().toCbor(), kidBytes, cards.secretKey)),
                    QStringLiteral("--trust-list"), trustList},
                   BadClaims)
                .exitCode,
            int(BadClaims));
        const auto stranger = crypto::Crypto::generateSigningKey();
        const QString strangers =
            codes::HealthCodeToken::issue(claims(QStringLiteral("440000"), "\x01"),
                                          QByteArray::fromHex(crypto::KeyStore::kidFor(stranger.publicKey).toLatin1()),
                                          stranger.secretKey)
                .value();
        auto unknown = verify({strangers, QStringLiteral("--trust-list"), trustList}, UnknownKey);
        QCOMPARE(unknown.exitCode, int(UnknownKey));
        QVERIFY(unknown.err.contains(QStringLiteral("440000")));
        QVERIFY(unknown.out.contains(QStringLiteral("NOT VALID")));
        const QString forged = codes::HealthCodeToken::issue(good, kidBytes, stranger.secretKey).value();
        QCOMPARE(verify({forged, QStringLiteral("--trust-list"), trustList}, BadSignature).exitCode, int(BadSignature));
        QCOMPARE(
            verify({issue(cards, claims(QStringLiteral("990100"), "\x02")), QStringLiteral("--trust-list"), trustList},
                   IssuerMismatch)
                .exitCode,
            int(IssuerMismatch));
        codes::CwtClaims old = good;
        old.issuedAt -= 400 * 86400;
        old.expiresAt = Clock::nowSecs() - 86400;
        auto expired = verify({issue(cards, old), QStringLiteral("--trust-list"), trustList}, Expired);
        QCOMPARE(expired.exitCode, int(Expired));
        QVERIFY(expired.err.contains(QStringLiteral("expired")));
        codes::CwtClaims future = good;
        future.issuedAt = Clock::nowSecs() + 86400;
        QCOMPARE(verify({issue(cards, future), QStringLiteral("--trust-list"), trustList}, NotYetValid).exitCode,
                 int(NotYetValid));

        // Demo cards: unknown to the trust list; known but refused by the database; shown as demo when asked.
        codes::CwtClaims demoClaims = good;
        demoClaims.demo = true;
        const QString demoCode = issue(unlock(t.db(), QStringLiteral("demo")), demoClaims);
        QCOMPARE(verify({demoCode, QStringLiteral("--trust-list"), trustList}, UnknownKey).exitCode, int(UnknownKey));
        auto demoDb = verify({QStringLiteral("--db"), db, demoCode}, UnknownKey);
        QCOMPARE(demoDb.exitCode, int(UnknownKey));
        QVERIFY(demoDb.err.contains(QStringLiteral("demo")));
        auto training =
            runCtl({QStringLiteral("--db"), db, QStringLiteral("verify"), demoCode, QStringLiteral("--demo")}, env());
        QCOMPARE(training.exitCode, int(Ok));
        QVERIFY(training.out.contains(QStringLiteral("DEMO - NOT VALID")));
        QCOMPARE(
            verify({demoCode, QStringLiteral("--trust-list"), trustList, QStringLiteral("--demo")}, Usage).exitCode,
            int(Usage));

        // A lost card, reprinted: the old serial is revoked.
        auto person =
            db::insert(t.db(),
                       QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                      "district_id) VALUES ('990000193001010022', ?, '李明', 'M', '1930-01-01', ?)"),
                       {good.subject, admin.jurisdictionId});
        QVERIFY2(person.ok(), qPrintable(person.error().message));
        auto batch =
            db::insert(t.db(),
                       QStringLiteral("INSERT INTO print_batches (created_by, created_at, template, destination, "
                                      "key_id, requested_count, printed_count, state) "
                                      "VALUES (?, ?, 'a6', 'x.pdf', ?, 1, 1, 'completed')"),
                       {admin.userId, Clock::nowSecs(), cards.key.id});
        QVERIFY(batch.ok());
        QVERIFY(db::run(t.db(),
                        QStringLiteral("INSERT INTO printed_cards (serial, person_id, batch_id, key_id, issued_at, "
                                       "expires_at, revoked_at, revoke_reason) VALUES (?, ?, ?, ?, ?, ?, ?, 'lost')"),
                        {good.serialText(), person.value(), batch.value(), cards.key.id, good.issuedAt, good.expiresAt,
                         Clock::nowSecs()})
                    .ok());
        const QString revocations = file(QStringLiteral("revocations.json"));
        auto rev =
            runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("export-revocations"), revocations}), env());
        QVERIFY2(rev.exitCode == Ok, qPrintable(rev.err));
        QVERIFY(rev.out.contains(QStringLiteral("1 revoked")));
        auto revoked = verify(
            {code, QStringLiteral("--trust-list"), trustList, QStringLiteral("--revocations"), revocations}, Revoked);
        QCOMPARE(revoked.exitCode, int(Revoked));
        QVERIFY(revoked.err.contains(good.serialText()));
        QCOMPARE(verify({QStringLiteral("--db"), db, code}, Revoked).exitCode, int(Revoked));
        // A revocation list nobody in the trust list signed is not believed.
        QFile forgedList(file(QStringLiteral("other-revocations.json")));
        {
            codes::RevocationList other;
            other.issuer = QStringLiteral("990000");
            other.createdAt = Clock::nowSecs();
            other.signerPublicKey = stranger.publicKey;
            other.signerKid = crypto::KeyStore::kidFor(stranger.publicKey);
            other.sign(stranger.secretKey);
            QVERIFY(forgedList.open(QIODevice::WriteOnly));
            forgedList.write(other.toJson());
            forgedList.close();
        }
        QCOMPARE(verify({code, QStringLiteral("--trust-list"), trustList, QStringLiteral("--revocations"),
                         forgedList.fileName()},
                        CryptoError)
                     .exitCode,
                 int(CryptoError));

        // Retiring the key: codes it signed afterwards are refused once verifiers have the new list.
        auto retire = runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("retire"), cardKid}), env());
        QVERIFY2(retire.exitCode == Ok, qPrintable(retire.err));
        QCOMPARE(runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("retire"), cardKid}), env()).exitCode, 12);
        QVERIFY(runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("generate")}), env()).exitCode == Ok);
        QVERIFY(runCtl(asAdmin(db, {QStringLiteral("keys"), QStringLiteral("export-trust-list"), trustList}), env())
                    .exitCode == Ok);
        codes::CwtClaims late = claims(QStringLiteral("990000"), "\x03");
        late.issuedAt = Clock::nowSecs() + 2;
        QCOMPARE(verify({issue(cards, late), QStringLiteral("--trust-list"), trustList}, RetiredKey).exitCode,
                 int(RetiredKey));
        QCOMPARE(
            verify({issue(cards, claims(QStringLiteral("990000"), "\x04")), QStringLiteral("--trust-list"), trustList},
                   Ok)
                .exitCode,
            int(Ok));

        // From an image: ours, someone else's, none at all, no file, not an image.
        const QString png = file(QStringLiteral("card.png"));
        QVERIFY(savePng(issue(cards, claims(QStringLiteral("990000"), "\x05")), png));
        auto fromImage = verify({QStringLiteral("--image"), png, QStringLiteral("--trust-list"), trustList}, Ok);
        QCOMPARE(fromImage.exitCode, int(Ok));
        QVERIFY(fromImage.out.contains(QStringLiteral("Valid")));
        const QString otherPng = file(QStringLiteral("wifi.png"));
        QVERIFY(savePng(QStringLiteral("WIFI:S:office;;"), otherPng));
        auto notOurs =
            verify({QStringLiteral("--image"), otherPng, QStringLiteral("--trust-list"), trustList}, NotOurs);
        QCOMPARE(notOurs.exitCode, int(NotOurs));
        QVERIFY(notOurs.err.contains(QStringLiteral("not a health code")));
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(blank.save(file(QStringLiteral("blank.png")), "PNG"));
        QCOMPARE(verify({QStringLiteral("--image"), file(QStringLiteral("blank.png")), QStringLiteral("--trust-list"),
                         trustList},
                        NoQrCode)
                     .exitCode,
                 int(NoQrCode));
        QCOMPARE(verify({QStringLiteral("--image"), file(QStringLiteral("none.png")), QStringLiteral("--trust-list"),
                         trustList},
                        NotFound)
                     .exitCode,
                 int(NotFound));
        QFile junk(file(QStringLiteral("junk.png")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a png");
        junk.close();
        QCOMPARE(verify({QStringLiteral("--image"), junk.fileName(), QStringLiteral("--trust-list"), trustList},
                        InvalidArgument)
                     .exitCode,
                 int(InvalidArgument));
        QCOMPARE(verify({}, Usage).exitCode, int(Usage));
        QCOMPARE(verify({code, QStringLiteral("--image"), png}, Usage).exitCode, int(Usage));
    }

    void importAcrossJurisdictions()
    {
        test::TestDatabase here;
        QVERIFY2(here.isReady(), qPrintable(here.error()));
        here.initAdmin(); // 990000
        test::TestDatabase there;
        QVERIFY2(there.isReady(), qPrintable(there.error()));
        {
            db::Transaction tx(there.db());
            QVERIFY(services::Jurisdictions::create(there.db(), QStringLiteral("setup"),
                                                    services::Jurisdiction{0, QStringLiteral("880000"),
                                                                           QStringLiteral("Other Province"), QString(),
                                                                           QStringLiteral("province"), 0})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        there.initAdmin();
        const QString hereDb = here.urlString();
        const QString thereDb = there.urlString();
        const QString theirList = file(QStringLiteral("880000.json"));
        QCOMPARE(runCtl(asAdmin(thereDb, {QStringLiteral("keys"), QStringLiteral("generate")}), env()).exitCode,
                 int(Ok));
        QCOMPARE(
            runCtl(asAdmin(thereDb, {QStringLiteral("keys"), QStringLiteral("export-trust-list"), theirList}), env())
                .exitCode,
            int(Ok));
        const QString theirCode =
            issue(unlock(there.db(), QStringLiteral("cards")), claims(QStringLiteral("880000"), "\x07"));

        QCOMPARE(verify({QStringLiteral("--db"), hereDb, theirCode}, UnknownKey).exitCode, int(UnknownKey));
        QFile original(theirList);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray tampered = original.readAll();
        tampered.replace("880000", "870000");
        QFile bad(file(QStringLiteral("tampered.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(tampered);
        bad.close();
        QCOMPARE(runCtl(asAdmin(hereDb, {QStringLiteral("keys"), QStringLiteral("import-trust-list"), bad.fileName()}),
                        env())
                     .exitCode,
                 int(CryptoError));
        auto imported =
            runCtl(asAdmin(hereDb, {QStringLiteral("keys"), QStringLiteral("import-trust-list"), theirList}), env());
        QVERIFY2(imported.exitCode == Ok, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("880000")) &&
                imported.out.contains(QStringLiteral("fingerprint")));
        auto again =
            runCtl(asAdmin(hereDb, {QStringLiteral("keys"), QStringLiteral("import-trust-list"), theirList}), env());
        QCOMPARE(again.exitCode, int(Ok));
        QVERIFY(again.out.contains(QStringLiteral("already imported")));
        auto v = verify({QStringLiteral("--db"), hereDb, theirCode}, Ok);
        QCOMPARE(v.exitCode, int(Ok));
        QVERIFY(v.out.contains(QStringLiteral("880000")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCtl)
#include "TestVerifyCtl.moc"
