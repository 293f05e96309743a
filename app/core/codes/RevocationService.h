#pragma once
// Revoked cards (printed_cards.revoked_at) for verifiers: the signed revocation list export and the
// database's own list for verifying against it directly.
// Contract with printing: printed_cards.serial is CwtClaims::serialText() of the card's claim 7 (lowercase hex).

#include "RevocationList.h"
#include "auth/Session.h"
#include "db/Database.h"

namespace hc::codes {

class RevocationService final
{
public:
    // Every revoked card signed with one of this database's card keys (demo cards are left out), unsigned.
    static Result<RevocationList> current(const db::Database& db);
    // The revoked cards of the signer's jurisdiction and below, signed with the trust_list key (created when
    // there is none). Needs ManageKeys; audited.
    static Result<RevocationList> exportList(const db::Database& db, const auth::Session& session,
                                             const QString& passphrase);
};

} // namespace hc::codes
