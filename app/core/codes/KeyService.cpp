#include "KeyService.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::KeyService)
};
} // namespace

QStringList KeyService::purposes()
{
    return {QStringLiteral("cards"), QStringLiteral("demo"), QStringLiteral("trust_list")};
}

QString KeyService::passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Tr::tr("The key passphrase must have at least %1 characters.").arg(kMinPassphraseLength);
    return {};
}

Result<crypto::StoredKey> KeyService::generate(const db::Database& db, const auth::Session& session,
                                               const QString& purpose, qint64 jurisdictionId, const QString& passphrase)
{
    if (const Status p = session.require(auth::Permission::ManageKeys); !p)
        return p.error();
    if (!purposes().contains(purpose))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Unknown key purpose \"%1\"; purposes are: %2.")
                                                         .arg(purpose, purposes().join(QStringLiteral(", "))));
    if (jurisdictionId <= 0)
        jurisdictionId = session.jurisdictionId;
    auto j = services::Jurisdictions::byId(db, jurisdictionId);
    if (!j)
        return j.error();
    if (const Status s = session.requireScope(jurisdictionId, j.value().name); !s)
        return s.error();
    if (const QString p = passphraseProblem(passphrase); !p.isEmpty())
        return makeError(ErrorCode::InvalidArgument, p);
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // KeyStore::generate writes the key and its audit record; both commit or neither.
    auto key = crypto::KeyStore::generate(db, session, purpose, jurisdictionId, passphrase);
    if (!key)
        return key.error();
    if (const Status c = tx.commit(); !c)
        return c.error();
    return key;
}

Result<QList<KeyInfo>> KeyService::list(const db::Database& db, const auth::Session& session)
{
    Q_UNUSED(session); // any signed-in official: the list holds no secrets
    auto keys = crypto::KeyStore::list(db);
    if (!keys)
        return keys.error();
    auto all = services::Jurisdictions::all(db);
    if (!all)
        return all.error();
    QHash<qint64, QString> codes;
    for (const auto& j : all.value())
        codes.insert(j.id, j.code);
    QList<KeyInfo> out;
    for (const auto& k : keys.value())
        out << KeyInfo{k, codes.value(k.jurisdictionId)};
    return out;
}

Result<crypto::StoredKey> KeyService::retire(const db::Database& db, const auth::Session& session, const QString& kid)
{
    if (const Status p = session.require(auth::Permission::ManageKeys); !p)
        return p.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto key = crypto::KeyStore::find(db, kid.trimmed().toLower());
    if (!key)
        return key.error();
    crypto::StoredKey k = key.value();
    if (k.jurisdictionId > 0) {
        if (const Status s = session.requireScope(k.jurisdictionId, Tr::tr("Key %1").arg(k.kid)); !s)
            return s.error();
    }
    if (k.retiredAt > 0)
        return makeError(ErrorCode::Conflict, Tr::tr("Key %1 is already retired.").arg(k.kid));
    k.retiredAt = Clock::nowSecs();
    auto upd = db::run(db, QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE id = ? AND retired_at IS NULL"),
                       {k.retiredAt, k.id});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, Tr::tr("Key %1 is already retired.").arg(k.kid));
    auto a = audit::AuditLog::append(
        db, session.userName, QStringLiteral("keys.retire"), QStringLiteral("key:") + k.kid,
        {{QStringLiteral("purpose"), k.purpose}, {QStringLiteral("retired_at"), static_cast<double>(k.retiredAt)}});
    if (!a)
        return a.error();
    if (const Status c = tx.commit(); !c)
        return c.error();
    return k;
}

} // namespace hc::codes
