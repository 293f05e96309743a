#pragma once
// Trust between jurisdictions: exporting this database's card keys as a signed trust list, importing other
// jurisdictions' lists (so their codes verify here), and the trust store verification uses.

#include "TrustList.h"
#include "TrustStore.h"
#include "auth/Session.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"
#include "services/Jurisdictions.h"

#include <QSet>

namespace hc::codes {

struct TrustListImport
{
    QString issuer;
    QString signerKid;
    QString signerFingerprint;
    qsizetype keys = 0;
    qint64 createdAt = 0;
    bool replacedEarlier = false; // an earlier list of the same issuer was superseded
    bool unchanged = false;       // the very same list was already imported: nothing was written
};

// Who signs an exported list (trust list, revocation list): the unlocked trust_list key, the jurisdiction the
// list speaks for (the key's, which the official must have in scope) and that jurisdiction's subtree.
struct ListSigner
{
    crypto::UnlockedKey key;
    services::Jurisdiction issuer;
    QSet<qint64> subtree;

    // The list's header: issuer, created now, signer kid and public key.
    void fillHeader(SignedList& list) const;
};

class TrustListService final
{
public:
    // The newest active trust_list key, unlocked; created (sealed with passphrase, audited) when there is none;
    // with its jurisdiction, checked against the official's scope. Call inside the caller's transaction.
    static Result<ListSigner> listSigner(const db::Database& db, const auth::Session& session,
                                         const QString& passphrase);

    // The 'cards' keys of the signer's jurisdiction and everything below it (retired ones with their
    // retirement time; never demo keys), signed with the trust_list key. Needs ManageKeys; audited.
    static Result<TrustList> exportList(const db::Database& db, const auth::Session& session,
                                        const QString& passphrase);
    // Verifies json (source names the file), refuses lists that claim this database's own jurisdictions or keys,
    // a changed signer (unless acceptNewSigner) or an older list than the one imported; stores the list and
    // its keys with who imported it. Needs ManageKeys; audited.
    static Result<TrustListImport> importList(const db::Database& db, const auth::Session& session,
                                              const QByteArray& json, const QString& source, bool acceptNewSigner);

    // This database's card keys, the imported lists' keys, and the list signers. Demo keys are trusted
    // only with includeDemo (and then marked demo); otherwise a code they signed is refused as a demo code.
    static Result<TrustStore> trustStore(const db::Database& db, bool includeDemo = false);
};

} // namespace hc::codes
