#pragma once
// Governance of the risk rules: one line of numbered rule set versions for the whole database, each
//   draft -> proposed -> approved -> published        (or rejected by the approver, or withdrawn as a draft)
// A draft is edited by the official who created it (EditRules); proposing validates it (a set with errors
// cannot be proposed); a second official with ApproveRules who is not the proposer approves or rejects it;
// publishing sets when it takes effect: at least the configured lead time ahead (Settings
// RuleLeadTimeHours), or at once only with a recorded urgency reason. The version in force at a moment is the
// published one with the latest effective time not after it. Rolling back publishes, at once and in one
// step, a new version with the text of an earlier published one. Every step writes its audit record in the
// same transaction, and every change checks the row version it read.

#include "auth/Session.h"
#include "db/Database.h"
#include "rules/CompiledRules.h"
#include "rules/Diagnostic.h"

#include <QList>
#include <QString>

namespace hc::services {

enum class RuleState { Draft, Proposed, Approved, Published, Superseded, Rejected };

QString ruleStateKey(RuleState state); // stored form: "proposed"
QString ruleStateDisplayName(RuleState state); // translated

struct RuleVersionInfo
{
    qint64 id = 0;
    int version = 0;
    QString text;
    QString summary;
    RuleState state = RuleState::Draft;
    int basedOn = 0; // version this one was edited from or rolls back to; 0: none
    QString createdBy; // empty: installed by the console itself (the default rules)
    qint64 createdAt = 0;
    QString proposedBy;
    qint64 proposedAt = 0;
    QString approvedBy;
    qint64 approvedAt = 0;
    QString publishedBy;
    qint64 publishedAt = 0;
    qint64 effectiveAt = 0;
    QString urgencyReason;
    int rowVersion = 0;

    bool inForceAt(qint64 now) const { return state == RuleState::Published && effectiveAt <= now; }
};

class RuleService final
{
public:
    // The rule set a new database starts with (rules::DefaultRules), as published version 1, in force from
    // the beginning of time (effective_at 0). Call inside the transaction that creates the database's first administrator; does nothing when
    // there is any version already.
    static Status installDefault(const db::Database& db, const QString& actor);

    static Result<QList<RuleVersionInfo>> list(const db::Database& db);
    static Result<RuleVersionInfo> byVersion(const db::Database& db, int version);
    // The version in force at now (NotFound when nothing is published yet).
    static Result<RuleVersionInfo> inForce(const db::Database& db, qint64 now);
    // The version in force, parsed and compiled (its number as the compiled version).
    static Result<rules::CompiledRules> compiledInForce(const db::Database& db, qint64 now);
    // Published versions that take effect after now.
    static Result<QList<RuleVersionInfo>> scheduled(const db::Database& db, qint64 now);

    // A new draft with text (which may still have errors) edited from basedOn (0: none). Returns its version.
    static Result<int> createDraft(const db::Database& db, const auth::Session& session, const QString& text,
                                   const QString& summary, int basedOn);
    static Status updateDraft(const db::Database& db, const auth::Session& session, int version, const QString& text,
                              const QString& summary, int expectedRowVersion);
    // Withdraws a draft of one's own (state rejected, kept for the record).
    static Status discardDraft(const db::Database& db, const auth::Session& session, int version,
                               int expectedRowVersion);
    // Validates the text; refused with the diagnostics (problems, if given, receives them all).
    static Status propose(const db::Database& db, const auth::Session& session, int version, int expectedRowVersion,
                          QList<rules::Diagnostic>* problems = nullptr);
    static Status approve(const db::Database& db, const auth::Session& session, int version, const QString& note,
                          int expectedRowVersion);
    static Status reject(const db::Database& db, const auth::Session& session, int version, const QString& note,
                         int expectedRowVersion);
    // effectiveAt: Unix seconds, at least now + lead time unless urgencyReason is given (then it may be now), or
    // kEffectiveNow for the moment the service publishes (urgent only).
    static constexpr qint64 kEffectiveNow = -1;
    static Status publish(const db::Database& db, const auth::Session& session, int version, qint64 effectiveAt,
                          const QString& urgencyReason, int expectedRowVersion);
    // Publishes, effective at once, a new version with the text of the earlier published version `version`.
    // Returns the new version's number.
    static Result<int> rollback(const db::Database& db, const auth::Session& session, int version,
                                const QString& reason);

    static qint64 leadTimeSecs();
};

} // namespace hc::services
