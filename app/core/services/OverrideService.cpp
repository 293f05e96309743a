#include "OverrideService.h"

#include "StatusService.h"
#include "UserService.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Retry.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlQuery>

namespace hc::services {

using auth::Permission;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::OverrideService)
};

struct ReasonName
{
    OverrideReason reason;
    const char* key;
    const char* display;
};

const ReasonName kReasons[] = {
    {OverrideReason::TestResultCorrection, "test_result_correction",
     QT_TRANSLATE_NOOP("hc::services::OverrideService", "Test result correction")},
    {OverrideReason::WrongContactDesignation, "wrong_contact_designation",
     QT_TRANSLATE_NOOP("hc::services::OverrideService", "Wrong contact designation")},
    {OverrideReason::IdentityMixUp, "identity_mix_up",
     QT_TRANSLATE_NOOP("hc::services::OverrideService", "Identity mix-up")},
    {OverrideReason::MedicalExemption, "medical_exemption",
     QT_TRANSLATE_NOOP("hc::services::OverrideService", "Medical exemption")},
    {OverrideReason::Other, "other", QT_TRANSLATE_NOOP("hc::services::OverrideService", "Other")},
};

const char* const kStateKeys[] = {"requested", "active", "rejected", "expired", "revoked", "request_expired"};

OverrideState stateFromKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kStateKeys)); ++i)
        if (key == QLatin1String(kStateKeys[i]))
            return static_cast<OverrideState>(i);
    return OverrideState::Rejected;
}

const char kSelect[] =
    "SELECT o.id, o.person_id, p.name, p.district_id, o.target_colour, o.reason_category, o.reason_text, "
    "o.evidence_ref, o.state, r.name, o.requested_at, o.request_expires_at, o.expires_at, d.name, o.decided_at, "
    "v.name, o.revoked_at, o.revoke_reason, o.row_version FROM overrides o JOIN people p ON p.id = o.person_id "
    "JOIN users r ON r.id = o.requested_by LEFT JOIN users d ON d.id = o.decided_by LEFT JOIN users v ON v.id = "
    "o.revoked_by";

OverrideInfo read(const QSqlQuery& q)
{
    OverrideInfo o;
    o.id = q.value(0).toLongLong();
    o.personId = q.value(1).toLongLong();
    o.personName = q.value(2).toString();
    o.districtId = q.value(3).toLongLong();
    o.target = rules::colourFromKey(q.value(4).toString()).value_or(rules::Colour::Green);
    o.reason = overrideReasonFromKey(q.value(5).toString()).value_or(OverrideReason::Other);
    o.note = q.value(6).toString();
    o.evidence = q.value(7).toString();
    o.state = stateFromKey(q.value(8).toString());
    o.requestedBy = q.value(9).toString();
    o.requestedAt = q.value(10).toLongLong();
    o.requestExpiresAt = q.value(11).toLongLong();
    o.expiresAt = q.value(12).toLongLong();
    o.decidedBy = q.value(13).toString();
    o.decidedAt = q.value(14).toLongLong();
    o.revokedBy = q.value(15).toString();
    o.revokedAt = q.value(16).toLongLong();
    o.revokeReason = q.value(17).toString();
    o.rowVersion = q.value(18).toInt();
    return o;
}

Result<QList<OverrideInfo>> select(const db::Database& db, const QString& where, const QVariantList& values)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + where, values);
    if (!q)
        return q.error();
    QList<OverrideInfo> list;
    while (q.value().next())
        list << read(q.value());
    return list;
}

QString target(qint64 id)
{
    return QStringLiteral("override:%1").arg(id);
}

QString when(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A refusal leaves its own audit record and nothing else: misuse shows in the log even when it failed.
Error refuse(const db::Database& db, const auth::Session& s, const QString& action, const QString& on,
             const Error& error)
{
    auto a = audit::AuditLog::appendAlone(db, s.userName, QStringLiteral("override.refused"), on,
                                          {{QStringLiteral("step"), action}, {QStringLiteral("reason"), error.message}});
    if (!a)
        return a.error();
    return error;
}

// The status text of an active override, in the language of whoever wrote it (the person's page renders
// its own from the override).
QString statusText(const OverrideInfo& o, const QString& approver)
{
    return Tr::tr("%1 by override %2 (%3: %4), requested by %5 and approved by %6, until %7.")
        .arg(rules::colourDisplayName(o.target))
        .arg(o.id)
        .arg(overrideReasonDisplayName(o.reason), o.note, o.requestedBy, approver, when(o.expiresAt));
}

// Loads an override the session may act on, in the state wanted, with the row version the caller read.
Result<OverrideInfo> loadForChange(const db::Database& db, const auth::Session& s, qint64 id,
                                   std::initializer_list<OverrideState> states, int expectedRowVersion)
{
    auto o = OverrideService::byId(db, s, id);
    if (!o)
        return o.error();
    if (o.value().rowVersion != expectedRowVersion)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Override %1 was changed by someone else in the meantime. Reload it and try again.")
                             .arg(id));
    for (const OverrideState st : states)
        if (o.value().state == st)
            return o;
    return makeError(ErrorCode::Conflict, Tr::tr("Override %1 is %2; that step is not possible now.")
                                              .arg(id)
                                              .arg(overrideStateDisplayName(o.value().state).toLower()));
}

Status update(const db::Database& db, const OverrideInfo& o, const QString& set, QVariantList values)
{
    auto up = db::updateIfUnchanged(db, QStringLiteral("overrides"), set, std::move(values), o.id, o.rowVersion);
    if (!up)
        return up.error();
    if (!up.value())
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Override %1 was changed by someone else in the meantime. Reload it and try again.")
                             .arg(o.id));
    return {};
}

// approve and reject: the second official's decision on a request.
Status decide(const db::Database& db, const auth::Session& s, qint64 id, const QString& note, int expectedRowVersion,
              bool approve)
{
    const QString action = approve ? QStringLiteral("approve") : QStringLiteral("reject");
    auto refused = [&](const Error& e) { return Status(refuse(db, s, action, target(id), e)); };
    if (const Status p = s.require(Permission::ApproveOverride); !p)
        return refused(p.error());
    const qint64 now = Clock::nowSecs();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto o = loadForChange(db, s, id, {OverrideState::Requested}, expectedRowVersion);
    if (!o) {
        tx.rollback();
        return db::isTransient(o.error()) ? Status(o.error()) : refused(o.error());
    }
    const OverrideInfo& info = o.value();
    // An account the requester created or set a password for is the requester's too: it does not approve.
    const Status setUp = approve ? UserService::requireNotSetUpBy(db, s.userName, {info.requestedBy}) : Status();
    if (!setUp && setUp.error().code != ErrorCode::PermissionDenied) {
        tx.rollback();
        return setUp;
    }
    Error problem;
    if (info.requestedBy == s.userName)
        problem = makeError(ErrorCode::PermissionDenied,
                            Tr::tr("%1 requested override %2 and cannot decide on it too; a second official with "
                                   "the approver role must.")
                                .arg(s.userName)
                                .arg(id));
    else if (!setUp)
        problem = setUp.error();
    else if (info.requestExpiresAt <= now)
        problem = makeError(ErrorCode::Conflict,
                            Tr::tr("The request for override %1 expired on %2 without a decision; request it again.")
                                .arg(id)
                                .arg(when(info.requestExpiresAt)));
    else if (!approve && note.trimmed().isEmpty())
        problem = makeError(ErrorCode::InvalidArgument, Tr::tr("Give the reason for rejecting override %1.").arg(id));
    else if (approve && info.expiresAt <= now)
        problem = makeError(ErrorCode::Conflict, Tr::tr("Override %1 would already have ended on %2; request it again.")
                                                     .arg(id)
                                                     .arg(when(info.expiresAt)));
    if (problem.code != ErrorCode::None) {
        tx.rollback();
        return refused(problem);
    }
    Status st = update(db, info,
                       approve ? QStringLiteral("state = 'active', decided_by = ?, decided_at = ?")
                               : QStringLiteral("state = 'rejected', decided_by = ?, decided_at = ?"),
                       {s.userId, now});
    if (st) {
        auto row = db::insert(db,
                              QStringLiteral("INSERT INTO approvals (subject_kind, subject_id, approver_id, decision, "
                                             "decided_at, note) VALUES ('override', ?, ?, ?, ?, ?)"),
                              {id, s.userId, approve ? QStringLiteral("approved") : QStringLiteral("rejected"), now,
                               note.trimmed()});
        if (!row)
            st = row.error();
    }
    if (st && approve)
        st = StatusService::applyOverride(db, info.personId, info.target, id, info.expiresAt,
                                          statusText(info, s.userName), now);
    if (st) {
        auto a = audit::AuditLog::append(db, s.userName, QStringLiteral("override.") + action, target(id),
                                         {{QStringLiteral("person"), info.personId},
                                          {QStringLiteral("note"), note.trimmed()}});
        if (!a)
            st = a.error();
    }
    if (!st)
        return st;
    return tx.commit();
}
} // namespace

QString overrideReasonKey(OverrideReason reason)
{
    for (const ReasonName& r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

std::optional<OverrideReason> overrideReasonFromKey(const QString& key)
{
    for (const ReasonName& r : kReasons)
        if (key == QLatin1String(r.key))
            return r.reason;
    return std::nullopt;
}

QString overrideReasonDisplayName(OverrideReason reason)
{
    for (const ReasonName& r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("hc::services::OverrideService", r.display);
    return {};
}

QStringList overrideReasonKeys()
{
    QStringList keys;
    for (const ReasonName& r : kReasons)
        keys << QString::fromLatin1(r.key);
    return keys;
}

QString overrideStateDisplayName(OverrideState state)
{
    switch (state) {
    case OverrideState::Requested:
        return Tr::tr("Awaiting approval");
    case OverrideState::Active:
        return Tr::tr("Active");
    case OverrideState::Rejected:
        return Tr::tr("Rejected");
    case OverrideState::Expired:
        return Tr::tr("Expired");
    case OverrideState::Revoked:
        return Tr::tr("Revoked");
    case OverrideState::RequestExpired:
        return Tr::tr("Request expired");
    }
    return {};
}

qint64 OverrideService::requestLifetimeSecs()
{
    return qint64(Settings::intValue(Settings::Key::OverrideRequestHours)) * 3600;
}

qint64 OverrideService::defaultDurationSecs()
{
    return qint64(Settings::intValue(Settings::Key::OverrideDefaultDays)) * 86400;
}

qint64 OverrideService::maxDurationSecs()
{
    return qint64(Settings::intValue(Settings::Key::OverrideMaxDays)) * 86400;
}

namespace {
Result<qint64> requestOnce(const db::Database& db, const auth::Session& s, const OverrideRequest& r)
{
    const QString on = QStringLiteral("person:%1").arg(r.personId);
    auto refused = [&](const Error& e) -> Result<qint64> { return refuse(db, s, QStringLiteral("request"), on, e); };
    if (const Status p = s.require(Permission::RequestOverride); !p)
        return refused(p.error());
    auto district = db::run(db, QStringLiteral("SELECT district_id FROM people WHERE id = ?"), {r.personId});
    if (!district)
        return district.error();
    if (!district.value().next())
        return refused(makeError(ErrorCode::NotFound, Tr::tr("There is no person with the number %1.").arg(r.personId)));
    if (const Status sc = s.requireScope(district.value().value(0).toLongLong(), Tr::tr("person %1").arg(r.personId));
        !sc)
        return refused(sc.error());
    const qint64 now = Clock::nowSecs();
    if (r.note.trimmed().isEmpty())
        return refused(makeError(ErrorCode::InvalidArgument,
                                 Tr::tr("Describe the reason for the override; the category alone is not enough.")));
    if (r.expiresAt <= now)
        return refused(makeError(ErrorCode::InvalidArgument, Tr::tr("An override needs an expiry in the future.")));
    if (r.expiresAt > now + OverrideService::maxDurationSecs())
        return refused(makeError(ErrorCode::InvalidArgument,
                                 Tr::tr("An override lasts at most %n day(s) (%1); choose an earlier expiry.", nullptr,
                                        int(OverrideService::maxDurationSecs() / 86400))
                                     .arg(Settings::name(Settings::Key::OverrideMaxDays))));
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // One request at a time per person: on PostgreSQL two sessions would otherwise both find no open
    // override and both insert one (SQLite's BEGIN IMMEDIATE already serialises them).
    if (!db.isSqlite()) {
        auto locked = db::run(db, QStringLiteral("SELECT id FROM people WHERE id = ? FOR UPDATE"), {r.personId});
        if (!locked)
            return locked.error();
    }
    auto open = db::run(db,
                        QStringLiteral("SELECT id FROM overrides WHERE person_id = ? AND state IN ('requested', "
                                       "'active') AND (state = 'active' OR request_expires_at > ?)"),
                        {r.personId, now});
    if (!open)
        return open.error();
    if (open.value().next()) {
        const qint64 other = open.value().value(0).toLongLong();
        tx.rollback();
        return refused(makeError(ErrorCode::Conflict,
                                 Tr::tr("Person %1 already has override %2 requested or in force; revoke or decide on "
                                        "that one first.")
                                     .arg(r.personId)
                                     .arg(other)));
    }
    auto id = db::insert(db,
                         QStringLiteral("INSERT INTO overrides (person_id, target_colour, reason_category, reason_text, "
                                        "evidence_ref, state, needs_approval, requested_by, requested_at, "
                                        "request_expires_at, expires_at) VALUES (?, ?, ?, ?, ?, 'requested', 1, ?, ?, "
                                        "?, ?)"),
                         {r.personId, rules::colourKey(r.target), overrideReasonKey(r.reason), r.note.trimmed(),
                          r.evidence.trimmed(), s.userId, now, now + OverrideService::requestLifetimeSecs(), r.expiresAt});
    if (!id)
        return id.error();
    auto a = audit::AuditLog::append(db, s.userName, QStringLiteral("override.request"), target(id.value()),
                                     {{QStringLiteral("person"), r.personId},
                                      {QStringLiteral("to"), rules::colourKey(r.target)},
                                      {QStringLiteral("reason"), overrideReasonKey(r.reason)},
                                      {QStringLiteral("note"), r.note.trimmed()},
                                      {QStringLiteral("evidence"), r.evidence.trimmed()},
                                      {QStringLiteral("expires_at"), r.expiresAt}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return id.value();
}
} // namespace

Result<qint64> OverrideService::request(const db::Database& db, const auth::Session& s, const OverrideRequest& r)
{
    return db::retry([&] { return requestOnce(db, s, r); });
}

Status OverrideService::approve(const db::Database& db, const auth::Session& session, qint64 id, const QString& note,
                                int expectedRowVersion)
{
    return db::retry([&] { return decide(db, session, id, note, expectedRowVersion, true); });
}

Status OverrideService::reject(const db::Database& db, const auth::Session& session, qint64 id, const QString& note,
                               int expectedRowVersion)
{
    return db::retry([&] { return decide(db, session, id, note, expectedRowVersion, false); });
}

namespace {
Status revokeOnce(const db::Database& db, const auth::Session& s, qint64 id, const QString& reason,
                  int expectedRowVersion)
{
    auto refused = [&](const Error& e) { return Status(refuse(db, s, QStringLiteral("revoke"), target(id), e)); };
    if (!s.can(Permission::RequestOverride) && !s.can(Permission::ApproveOverride))
        return refused(s.require(Permission::ApproveOverride).error());
    if (reason.trimmed().isEmpty())
        return refused(makeError(ErrorCode::InvalidArgument, Tr::tr("Give the reason for revoking override %1.").arg(id)));
    const qint64 now = Clock::nowSecs();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto o = loadForChange(db, s, id, {OverrideState::Active, OverrideState::Requested}, expectedRowVersion);
    if (!o) {
        tx.rollback();
        return db::isTransient(o.error()) ? Status(o.error()) : refused(o.error());
    }
    const bool wasActive = o.value().state == OverrideState::Active;
    Status st = update(db, o.value(), QStringLiteral("state = 'revoked', revoked_by = ?, revoked_at = ?, revoke_reason = ?"),
                       {s.userId, now, reason.trimmed()});
    if (st && wasActive)
        st = StatusService::restoreRuleColour(db, o.value().personId, now);
    if (st) {
        auto a = audit::AuditLog::append(db, s.userName, QStringLiteral("override.revoke"), target(id),
                                         {{QStringLiteral("person"), o.value().personId},
                                          {QStringLiteral("reason"), reason.trimmed()}});
        if (!a)
            st = a.error();
    }
    if (!st)
        return st;
    return tx.commit();
}
} // namespace

Status OverrideService::revoke(const db::Database& db, const auth::Session& s, qint64 id, const QString& reason,
                               int expectedRowVersion)
{
    return db::retry([&] { return revokeOnce(db, s, id, reason, expectedRowVersion); });
}

Result<int> OverrideService::expireDue(const db::Database& db, const QString& actor, qint64 now)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto due = select(db,
                      QStringLiteral(" WHERE (o.state = 'active' AND o.expires_at <= ?) OR (o.state = 'requested' AND "
                                     "o.request_expires_at <= ?) ORDER BY o.id"),
                      {now, now});
    if (!due)
        return due.error();
    for (const OverrideInfo& o : due.value()) {
        const bool active = o.state == OverrideState::Active;
        Status st = update(db, o, active ? QStringLiteral("state = 'expired'") : QStringLiteral("state = 'request_expired'"),
                           {});
        if (st && active)
            st = StatusService::restoreRuleColour(db, o.personId, now);
        if (st) {
            auto a = audit::AuditLog::append(db, actor,
                                             active ? QStringLiteral("override.expire")
                                                    : QStringLiteral("override.request_expire"),
                                             target(o.id), {{QStringLiteral("person"), o.personId}});
            if (!a)
                st = a.error();
        }
        if (!st)
            return st.error();
    }
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return static_cast<int>(due.value().size());
}

Result<OverrideInfo> OverrideService::byId(const db::Database& db, const auth::Session& s, qint64 id)
{
    auto l = select(db, QStringLiteral(" WHERE o.id = ?"), {id});
    if (!l)
        return l.error();
    if (l.value().isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no override %1.").arg(id));
    const OverrideInfo& o = l.value().first();
    const Status sc = s.requireScope(o.districtId, Tr::tr("override %1").arg(id));
    if (!sc)
        return sc.error();
    return o;
}

Result<QList<OverrideInfo>> OverrideService::list(const db::Database& db, const auth::Session& s, qint64 personId)
{
    auto l = personId > 0 ? select(db, QStringLiteral(" WHERE o.person_id = ? ORDER BY o.id DESC"), {personId})
                          : select(db, QStringLiteral(" ORDER BY o.id DESC"), {});
    if (!l)
        return l.error();
    QList<OverrideInfo> visible;
    for (const OverrideInfo& o : l.value())
        if (s.inScope(o.districtId))
            visible << o;
    return visible;
}

Result<QList<OverrideSignal>> OverrideService::misuseSignals(const db::Database& db, const auth::Session& s,
                                                             qint64 since)
{
    if (const Status p = s.require(Permission::ViewAudit); !p)
        return p.error();
    auto all = list(db, s);
    if (!all)
        return all.error();
    QMap<QString, OverrideSignal> byOfficial;
    for (const OverrideInfo& o : all.value()) {
        if (o.requestedAt < since)
            continue;
        OverrideSignal& sig = byOfficial[o.requestedBy];
        sig.official = o.requestedBy;
        sig.requests++;
        if (o.target == rules::Colour::Green)
            sig.relaxing++;
        if (o.reason == OverrideReason::Other)
            sig.other++;
        if (o.target != rules::Colour::Green) {
            auto facts = db::run(db,
                                 QStringLiteral("SELECT (SELECT COUNT(*) FROM test_results WHERE person_id = ? AND "
                                                "result = 'positive' AND sampled_at BETWEEN ? AND ?) + (SELECT "
                                                "COUNT(*) FROM close_contacts WHERE person_id = ? AND designated_at "
                                                "BETWEEN ? AND ?) + (SELECT COUNT(*) FROM symptom_declarations WHERE "
                                                "person_id = ? AND declared_at BETWEEN ? AND ?)"),
                                 {o.personId, o.requestedAt - 14 * 86400, o.requestedAt, o.personId,
                                  o.requestedAt - 14 * 86400, o.requestedAt, o.personId, o.requestedAt - 14 * 86400,
                                  o.requestedAt});
            if (!facts)
                return facts.error();
            if (facts.value().next() && facts.value().value(0).toLongLong() == 0)
                sig.withoutFacts++;
        }
    }
    QList<int> counts;
    for (const OverrideSignal& sig : std::as_const(byOfficial))
        counts << sig.requests;
    std::sort(counts.begin(), counts.end());
    const int median = counts.isEmpty() ? 0 : counts.at(counts.size() / 2);
    QList<OverrideSignal> out;
    for (OverrideSignal sig : std::as_const(byOfficial)) {
        if (counts.size() >= 3 && sig.requests >= 5 && sig.requests > 3 * median)
            sig.flags << Tr::tr("%1 requests, more than three times the usual %2").arg(sig.requests).arg(median);
        if (sig.requests >= 3 && sig.other * 2 > sig.requests)
            sig.flags << Tr::tr("mostly with the reason \"other\"");
        if (sig.withoutFacts > 0)
            sig.flags << Tr::tr("%n stricter override(s) without any health fact", nullptr, sig.withoutFacts);
        out << sig;
    }
    std::sort(out.begin(), out.end(), [](const OverrideSignal& a, const OverrideSignal& b) {
        return a.flags.size() != b.flags.size() ? a.flags.size() > b.flags.size() : a.requests > b.requests;
    });
    return out;
}

} // namespace hc::services
