#pragma once
// Overrides of a person's rule-computed colour, under safeguards no single official can bypass:
//   requested (operator) -> active (approved by a second official with the approver role, never the
//   requester) -> expired (on its own) or revoked;   requested -> rejected or request_expired.
// Every override needs that second official, in both directions: the issue asks it for relaxing overrides,
// "other" and batches, but a stricter one without approval is exactly how codes were turned red in Henan in
// 2022, so none is exempt. A reason category with free text and an expiry no later than the configured
// maximum are mandatory. Approval takes effect at once (the status shows the override, who asked, who
// approved and why); expiry and revocation bring the rule-computed colour back. Each step is audited in its
// transaction with the row version it read; refusals leave only their own audit record.

#include "auth/Session.h"
#include "db/Database.h"
#include "rules/Colour.h"

#include <QList>
#include <QString>

namespace hc::services {

enum class OverrideReason { TestResultCorrection, WrongContactDesignation, IdentityMixUp, MedicalExemption, Other };
enum class OverrideState { Requested, Active, Rejected, Expired, Revoked, RequestExpired };

QString overrideReasonKey(OverrideReason reason); // "test_result_correction"
std::optional<OverrideReason> overrideReasonFromKey(const QString& key);
QString overrideReasonDisplayName(OverrideReason reason); // translated
QString overrideStateDisplayName(OverrideState state);    // translated
QStringList overrideReasonKeys();

struct OverrideRequest
{
    qint64 personId = 0;
    rules::Colour target = rules::Colour::Green;
    OverrideReason reason = OverrideReason::TestResultCorrection;
    QString note;     // free text, mandatory
    QString evidence; // reference to the document behind it (lab report number, ...)
    qint64 expiresAt = 0; // Unix seconds; at most now + OverrideMaxDays
};

struct OverrideInfo
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    qint64 districtId = 0;
    rules::Colour target = rules::Colour::Green;
    OverrideReason reason = OverrideReason::Other;
    QString note;
    QString evidence;
    OverrideState state = OverrideState::Requested;
    QString requestedBy;
    qint64 requestedAt = 0;
    qint64 requestExpiresAt = 0;
    qint64 expiresAt = 0;
    QString decidedBy;
    qint64 decidedAt = 0;
    QString revokedBy;
    qint64 revokedAt = 0;
    QString revokeReason;
    int rowVersion = 0;
};

// One official's overrides over a period, with what looks unusual about them.
struct OverrideSignal
{
    QString official;
    int requests = 0;
    int relaxing = 0; // to green
    int other = 0;    // reason category "other"
    int withoutFacts = 0; // to yellow or red with no positive test, contact or symptom in the 14 days before
    QStringList flags;    // translated, empty when nothing stands out
};

class OverrideService final
{
public:
    static Result<qint64> request(const db::Database& db, const auth::Session& session, const OverrideRequest& r);
    static Status approve(const db::Database& db, const auth::Session& session, qint64 id, const QString& note,
                          int expectedRowVersion);
    static Status reject(const db::Database& db, const auth::Session& session, qint64 id, const QString& note,
                         int expectedRowVersion);
    static Status revoke(const db::Database& db, const auth::Session& session, qint64 id, const QString& reason,
                         int expectedRowVersion);
    // Ends what is due at now: active overrides past their expiry (the rule-computed colour returns) and
    // requests nobody approved in time. actor names who asked for the audit records. Returns how many ended.
    static Result<int> expireDue(const db::Database& db, const QString& actor, qint64 now);

    static Result<OverrideInfo> byId(const db::Database& db, const auth::Session& session, qint64 id);
    // The overrides of people in the session's scope, newest first; personId 0: everyone's.
    static Result<QList<OverrideInfo>> list(const db::Database& db, const auth::Session& session, qint64 personId = 0);

    // The supervisor's view (needs ViewAudit): overrides requested since `since` in the session's scope, by
    // official, flagging a rate far above the other officials', "other" as the usual reason, and stricter
    // overrides without any health fact behind them.
    static Result<QList<OverrideSignal>> misuseSignals(const db::Database& db, const auth::Session& session,
                                                       qint64 since);

    // Settings: how long a request waits for approval, the default and the longest expiry.
    static qint64 requestLifetimeSecs();
    static qint64 defaultDurationSecs();
    static qint64 maxDurationSecs();
};

} // namespace hc::services
