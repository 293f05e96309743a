#include "KeyStore.h"

#include "Crypto.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc::crypto {

namespace {
const char kColumns[] = "id, kid, purpose, jurisdiction_id, public_key, created_at, retired_at";

StoredKey readKey(const QSqlQuery& q)
{
    StoredKey k;
    k.id = q.value(0).toLongLong();
    k.kid = q.value(1).toString();
    k.purpose = q.value(2).toString();
    k.jurisdictionId = q.value(3).toLongLong();
    k.publicKey = q.value(4).toByteArray();
    k.createdAt = q.value(5).toLongLong();
    k.retiredAt = q.value(6).toLongLong();
    return k;
}
} // namespace

UnlockedKey::~UnlockedKey()
{
    Crypto::wipe(secretKey);
}

QString KeyStore::kidFor(const QByteArray& publicKey)
{
    return QString::fromLatin1(Crypto::sha256(publicKey).left(8).toHex());
}

Result<StoredKey> KeyStore::generate(const db::Database& db, const auth::Session& session, const QString& purpose,
                                     qint64 jurisdictionId, const QString& passphrase)
{
    const SigningKeyPair kp = Crypto::generateSigningKey();
    auto sealed = Crypto::seal(kp.secretKey, passphrase);
    QByteArray secret = kp.secretKey;
    Crypto::wipe(secret);
    if (!sealed)
        return sealed.error();
    StoredKey k;
    k.kid = kidFor(kp.publicKey);
    k.purpose = purpose;
    k.jurisdictionId = jurisdictionId;
    k.publicKey = kp.publicKey;
    k.createdAt = Clock::nowSecs();
    auto ins = db::insert(db,
                       QStringLiteral("INSERT INTO signing_keys (kid, purpose, jurisdiction_id, public_key, secret_box, "
                                      "salt, nonce, opslimit, memlimit, created_at, created_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {k.kid, purpose, jurisdictionId > 0 ? QVariant(jurisdictionId) : QVariant(), kp.publicKey,
                        sealed.value().ciphertext, sealed.value().salt, sealed.value().nonce, sealed.value().opslimit,
                        sealed.value().memlimit, k.createdAt, session.userId > 0 ? QVariant(session.userId) : QVariant()});
    if (!ins)
        return ins.error();
    k.id = ins.value();
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("keys.generate"),
                                     QStringLiteral("key:") + k.kid, {{QStringLiteral("purpose"), purpose}});
    if (!a)
        return a.error();
    return k;
}

Result<QList<StoredKey>> KeyStore::list(const db::Database& db, const QString& purpose)
{
    auto q = purpose.isEmpty()
                 ? db::run(db, QStringLiteral("SELECT %1 FROM signing_keys ORDER BY id").arg(QLatin1String(kColumns)))
                 : db::run(db,
                           QStringLiteral("SELECT %1 FROM signing_keys WHERE purpose = ? ORDER BY id")
                               .arg(QLatin1String(kColumns)),
                           {purpose});
    if (!q)
        return q.error();
    QList<StoredKey> keys;
    while (q.value().next())
        keys << readKey(q.value());
    return keys;
}

Result<StoredKey> KeyStore::find(const db::Database& db, const QString& kid)
{
    auto q = db::run(db, QStringLiteral("SELECT %1 FROM signing_keys WHERE kid = ?").arg(QLatin1String(kColumns)),
                     {kid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hc::crypto::KeyStore", "No signing key with id %1.").arg(kid));
    return readKey(q.value());
}

Result<UnlockedKey> KeyStore::unlockActive(const db::Database& db, const QString& purpose, const QString& passphrase)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT %1, secret_box, salt, nonce, opslimit, memlimit FROM signing_keys "
                                    "WHERE purpose = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1")
                         .arg(QLatin1String(kColumns)),
                     {purpose});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hc::crypto::KeyStore", "There is no active %1 signing key.")
                             .arg(purpose));
    UnlockedKey u;
    u.key = readKey(q.value());
    SealedSecret s;
    s.ciphertext = q.value().value(7).toByteArray();
    s.salt = q.value().value(8).toByteArray();
    s.nonce = q.value().value(9).toByteArray();
    s.opslimit = q.value().value(10).toLongLong();
    s.memlimit = q.value().value(11).toLongLong();
    auto secret = Crypto::open(s, passphrase);
    if (!secret)
        return secret.error();
    u.secretKey = secret.value();
    return u;
}

} // namespace hc::crypto
