#pragma once
// Signing keys kept in the database, their secret halves sealed with a passphrase (never stored or logged in clear).

#include "auth/Session.h"
#include "db/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hc::crypto {

struct StoredKey
{
    qint64 id = 0;
    QString kid;
    QString purpose; // cards, demo, audit, trust_list
    qint64 jurisdictionId = 0;
    QByteArray publicKey;
    qint64 createdAt = 0;
    qint64 retiredAt = 0; // 0 = active
};

struct UnlockedKey
{
    StoredKey key;
    QByteArray secretKey;
    ~UnlockedKey();
};

class KeyStore final
{
public:
    // kid: the first 8 bytes of SHA-256(public key), hex.
    static QString kidFor(const QByteArray& publicKey);
    // Generates and stores a key; the caller's transaction also carries the audit record.
    static Result<StoredKey> generate(const db::Database& db, const auth::Session& session, const QString& purpose,
                                      qint64 jurisdictionId, const QString& passphrase);
    static Result<QList<StoredKey>> list(const db::Database& db, const QString& purpose = {});
    static Result<StoredKey> find(const db::Database& db, const QString& kid);
    // The newest active key of a purpose, unlocked with passphrase.
    static Result<UnlockedKey> unlockActive(const db::Database& db, const QString& purpose, const QString& passphrase);
};

} // namespace hc::crypto
