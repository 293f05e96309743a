#pragma once
// Verifying the audit chain and exporting signed checkpoints of its head, with the caller's rights checked.

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "auth/Session.h"

namespace hc::services {

class AuditService final
{
public:
    // Verifies the chain (against checkpoint if given) and records that it did, with the outcome.
    static Result<audit::Verification> verify(const db::Database& db, const auth::Session& session,
                                              const audit::Checkpoint* checkpoint = nullptr,
                                              const std::function<bool(qint64)>& progress = {});
    // Signs the current head with the audit key (created on first use, sealed with passphrase).
    // Refuses to sign a chain that does not verify.
    static Result<audit::Checkpoint> checkpoint(const db::Database& db, const auth::Session& session,
                                                const QString& passphrase);
};

} // namespace hc::services
