#pragma once
// Managing the signing keys of health codes: generate (sealed with a passphrase), list and retire,
// with the caller's right (ManageKeys) and scope checked and each change audited in its transaction.

#include "auth/Session.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"

#include <QList>
#include <QStringList>

namespace hc::codes {

struct KeyInfo
{
    crypto::StoredKey key;
    QString jurisdictionCode; // empty when the key has no jurisdiction
};

class KeyService final
{
public:
    static constexpr int kMinPassphraseLength = 12;

    // The purposes keys generate makes: cards, demo, trust_list (audit keys come from audit checkpoint).
    static QStringList purposes();
    // Empty when passphrase may seal a new key; else the translated reason.
    static QString passphraseProblem(const QString& passphrase);

    static Result<crypto::StoredKey> generate(const db::Database& db, const auth::Session& session,
                                              const QString& purpose, qint64 jurisdictionId, const QString& passphrase);
    // Every key, oldest first; any signed-in official may look (public halves only).
    static Result<QList<KeyInfo>> list(const db::Database& db, const auth::Session& session);
    // From now on the key signs nothing; codes it issued earlier stay valid until they expire.
    static Result<crypto::StoredKey> retire(const db::Database& db, const auth::Session& session, const QString& kid);
};

} // namespace hc::codes
