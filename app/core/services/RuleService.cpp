#include "RuleService.h"

#include "UserService.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/DefaultRules.h"
#include "rules/RuleValidator.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace hc::services {

using auth::Permission;

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::RuleService)
};

struct StateName
{
    RuleState state;
    const char* key;
    const char* display;
};

const StateName kStates[] = {
    {RuleState::Draft, "draft", QT_TRANSLATE_NOOP("hc::services::RuleService", "Draft")},
    {RuleState::Proposed, "proposed", QT_TRANSLATE_NOOP("hc::services::RuleService", "Proposed")},
    {RuleState::Approved, "approved", QT_TRANSLATE_NOOP("hc::services::RuleService", "Approved")},
    {RuleState::Published, "published", QT_TRANSLATE_NOOP("hc::services::RuleService", "Published")},
    {RuleState::Superseded, "superseded", QT_TRANSLATE_NOOP("hc::services::RuleService", "Superseded")},
    {RuleState::Rejected, "rejected", QT_TRANSLATE_NOOP("hc::services::RuleService", "Rejected")},
};

RuleState stateFromKey(const QString& key)
{
    for (const StateName& s : kStates)
        if (key == QLatin1String(s.key))
            return s.state;
    return RuleState::Rejected;
}

// The summary of the rule set the console installs (version 1); stored in English, shown translated.
const char kShippedSummary[] =
    QT_TRANSLATE_NOOP("hc::services::RuleService", "Default rule set shipped with the console");

// The schema step that added the governance columns (db::Migrations step 8).
constexpr int kGovernanceSchema = 8;

const char kSelect[] =
    "SELECT r.id, r.version, r.text, r.summary, r.state, r.based_on, c.name, r.created_at, p.name, r.proposed_at, "
    "a.name, r.approved_at, pb.name, r.published_at, r.effective_at, r.urgency_reason, r.row_version "
    "FROM rule_versions r LEFT JOIN users c ON c.id = r.created_by LEFT JOIN users p ON p.id = r.proposed_by "
    "LEFT JOIN users a ON a.id = r.approved_by LEFT JOIN users pb ON pb.id = r.published_by";

RuleVersionInfo read(const QSqlQuery& q)
{
    RuleVersionInfo r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.text = q.value(2).toString();
    r.summary = q.value(3).toString();
    // The shipped version's summary is stored in English, once for every language: shown in the reader's.
    if (r.version == 1 && r.summary == QLatin1String(kShippedSummary))
        r.summary = Tr::tr(kShippedSummary);
    r.state = stateFromKey(q.value(4).toString());
    r.basedOn = q.value(5).toInt();
    r.createdBy = q.value(6).toString();
    r.createdAt = q.value(7).toLongLong();
    r.proposedBy = q.value(8).toString();
    r.proposedAt = q.value(9).toLongLong();
    r.approvedBy = q.value(10).toString();
    r.approvedAt = q.value(11).toLongLong();
    r.publishedBy = q.value(12).toString();
    r.publishedAt = q.value(13).toLongLong();
    r.effectiveAt = q.value(14).toLongLong();
    r.urgencyReason = q.value(15).toString();
    r.rowVersion = q.value(16).toInt();
    return r;
}

Result<QList<RuleVersionInfo>> select(const db::Database& db, const QString& where, const QVariantList& values)
{
    auto q = db::run(db, QString::fromLatin1(kSelect) + where, values);
    if (!q)
        return q.error();
    QList<RuleVersionInfo> list;
    while (q.value().next())
        list << read(q.value());
    return list;
}

QString target(int version)
{
    return QStringLiteral("rules:v%1").arg(version);
}

// Rules hold for the whole database, so only officials scoped to its root may change them.
Result<qint64> rootInScope(const db::Database& db, const auth::Session& s, Permission p)
{
    const Status allowed = s.require(p);
    if (!allowed)
        return allowed.error();
    auto q = db::run(db, QStringLiteral("SELECT id FROM jurisdictions WHERE parent_id IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, Tr::tr("The database has no jurisdictions yet."));
    const qint64 root = q.value().value(0).toLongLong();
    if (!s.inScope(root))
        return makeError(ErrorCode::OutOfScope,
                         Tr::tr("Risk rules apply to the whole jurisdiction; %1 may change them only with a scope that "
                                "covers all of it.")
                             .arg(s.userName));
    return root;
}

// The version as it is now, for a change by the caller: must exist, be in one of the states and still have
// the row version the caller read.
Result<RuleVersionInfo> loadForChange(const db::Database& db, int version, std::initializer_list<RuleState> states,
                                      int expectedRowVersion)
{
    auto v = RuleService::byVersion(db, version);
    if (!v)
        return v.error();
    if (v.value().rowVersion != expectedRowVersion)
        return makeError(ErrorCode::Conflict, Tr::tr("Rule set version %1 was changed by someone else in the meantime. "
                                                     "Reload it and try again.")
                                                  .arg(version));
    for (const RuleState s : states)
        if (v.value().state == s)
            return v;
    return makeError(ErrorCode::Conflict, Tr::tr("Rule set version %1 is %2; that step is not possible now.")
                                              .arg(version)
                                              .arg(ruleStateDisplayName(v.value().state).toLower()));
}

// UPDATE rule_versions SET <set> for one version guarded by its row version, plus the audit record, in one
// transaction the caller opened.
Status update(const db::Database& db, const auth::Session& s, const RuleVersionInfo& v, const QString& set,
              QVariantList values, const QString& action, const QJsonObject& details)
{
    auto up = db::updateIfUnchanged(db, QStringLiteral("rule_versions"), set, std::move(values), v.id, v.rowVersion);
    if (!up)
        return up.error();
    if (!up.value())
        return makeError(ErrorCode::Conflict, Tr::tr("Rule set version %1 was changed by someone else in the meantime. "
                                                     "Reload it and try again.")
                                                  .arg(v.version));
    auto a = audit::AuditLog::append(db, s.userName, action, target(v.version), details);
    return a ? Status() : Status(a.error());
}

// One transaction: a version check, an update and its audit record.
Status change(const db::Database& db, const auth::Session& s, Permission p, int version,
              std::initializer_list<RuleState> states, int expectedRowVersion,
              const std::function<Status(const RuleVersionInfo&)>& apply)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto root = rootInScope(db, s, p);
    if (!root)
        return root.error();
    auto v = loadForChange(db, version, states, expectedRowVersion);
    if (!v)
        return v.error();
    const Status applied = apply(v.value());
    if (!applied)
        return applied;
    return tx.commit();
}

Result<int> nextVersion(const db::Database& db)
{
    // Two PCs creating versions at once on one server must not pick the same number.
    if (!db.isSqlite()) {
        const Status locked = db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)"));
        if (!locked)
            return locked.error();
    }
    auto q = db::run(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Status checkNote(const QString& what, const QString& text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The %1 must not be empty.").arg(what));
    return {};
}

// A refused step of the four-eyes rule leaves its own audit record (the step's transaction was rolled back).
Status refuse(const db::Database& db, const auth::Session& s, const QString& step, int version, const Error& error)
{
    auto a = audit::AuditLog::appendAlone(db, s.userName, QStringLiteral("rules.refused"), target(version),
                                          {{QStringLiteral("step"), step}, {QStringLiteral("reason"), error.message}});
    if (!a)
        return a.error();
    return error;
}

QString dateText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toString(Qt::ISODate);
}
} // namespace

QString ruleStateKey(RuleState state)
{
    for (const StateName& s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.key);
    return {};
}

QString ruleStateDisplayName(RuleState state)
{
    for (const StateName& s : kStates)
        if (s.state == state)
            return QCoreApplication::translate("hc::services::RuleService", s.display);
    return {};
}

qint64 RuleService::leadTimeSecs()
{
    return qint64(Settings::intValue(Settings::Key::RuleLeadTimeHours)) * 3600;
}

Status RuleService::installDefault(const db::Database& db, const QString& actor)
{
    // Databases are always opened at the latest schema; only tests build old ones, which stay without rules.
    auto schema = db.schemaVersion();
    if (!schema)
        return schema.error();
    if (schema.value() < kGovernanceSchema)
        return {};
    auto any = db::run(db, QStringLiteral("SELECT COUNT(*) FROM rule_versions"));
    if (!any)
        return any.error();
    if (any.value().next() && any.value().value(0).toLongLong() > 0)
        return {};
    auto root = db::run(db, QStringLiteral("SELECT id FROM jurisdictions WHERE parent_id IS NULL ORDER BY id"));
    if (!root)
        return root.error();
    if (!root.value().next())
        return makeError(ErrorCode::NotFound, Tr::tr("The database has no jurisdictions yet."));
    const qint64 now = Clock::nowSecs();
    auto id = db::insert(db,
                         QStringLiteral("INSERT INTO rule_versions (version, jurisdiction_id, text, state, created_at, "
                                        "approved_at, published_at, effective_at, summary) "
                                        "VALUES (1, ?, ?, 'published', ?, ?, ?, ?, ?)"),
                         {root.value().value(0), rules::DefaultRules::text(), now, now, now, qint64(0),
                          QString::fromLatin1(kShippedSummary)});
    if (!id)
        return id.error();
    // In force from the beginning: facts dated before the database was set up are judged by these rules too.
    auto a = audit::AuditLog::append(db, actor, QStringLiteral("rules.install_default"), target(1),
                                     {{QStringLiteral("effective_at"), 0}});
    return a ? Status() : Status(a.error());
}

Result<QList<RuleVersionInfo>> RuleService::list(const db::Database& db)
{
    return select(db, QStringLiteral(" ORDER BY r.version DESC"), {});
}

Result<RuleVersionInfo> RuleService::byVersion(const db::Database& db, int version)
{
    auto l = select(db, QStringLiteral(" WHERE r.version = ?"), {version});
    if (!l)
        return l.error();
    if (l.value().isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no rule set version %1.").arg(version));
    return l.value().first();
}

Result<RuleVersionInfo> RuleService::inForce(const db::Database& db, qint64 now)
{
    auto l = select(db,
                    QStringLiteral(" WHERE r.state = 'published' AND r.effective_at <= ? "
                                   "ORDER BY r.effective_at DESC, r.version DESC LIMIT 1"),
                    {now});
    if (!l)
        return l.error();
    if (l.value().isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("No rule set has been published yet."));
    return l.value().first();
}

Result<rules::CompiledRules> RuleService::compiledInForce(const db::Database& db, qint64 now)
{
    auto v = inForce(db, now);
    if (!v)
        return v.error();
    rules::RuleSet set;
    const QList<rules::Diagnostic> problems = rules::RuleValidator::check(v.value().text, &set);
    if (rules::hasErrors(problems))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Rule set version %1 in the database is not valid: %2")
                                                         .arg(v.value().version)
                                                         .arg(problems.first().toString()));
    return rules::CompiledRules::compile(set, v.value().version);
}

Result<QList<RuleVersionInfo>> RuleService::scheduled(const db::Database& db, qint64 now)
{
    return select(db, QStringLiteral(" WHERE r.state = 'published' AND r.effective_at > ? ORDER BY r.effective_at"),
                  {now});
}

Result<int> RuleService::createDraft(const db::Database& db, const auth::Session& session, const QString& text,
                                     const QString& summary, int basedOn)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto root = rootInScope(db, session, Permission::EditRules);
    if (!root)
        return root.error();
    if (basedOn > 0) {
        auto base = byVersion(db, basedOn);
        if (!base)
            return base.error();
    }
    auto version = nextVersion(db);
    if (!version)
        return version.error();
    auto id = db::insert(db,
                         QStringLiteral("INSERT INTO rule_versions (version, jurisdiction_id, text, summary, state, "
                                        "based_on, created_by, created_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?) "
                                       ),
                         {version.value(), root.value(), text, summary.trimmed(),
                          basedOn > 0 ? QVariant(basedOn) : QVariant(QMetaType(QMetaType::Int)), session.userId,
                          Clock::nowSecs()});
    if (!id)
        return id.error();
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("rules.draft"), target(version.value()),
                                     {{QStringLiteral("based_on"), basedOn}, {QStringLiteral("text"), text}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return version.value();
}

Status RuleService::updateDraft(const db::Database& db, const auth::Session& session, int version,
                                const QString& text, const QString& summary, int expectedRowVersion)
{
    return change(db, session, Permission::EditRules, version, {RuleState::Draft}, expectedRowVersion,
                  [&](const RuleVersionInfo& v) -> Status {
                      if (v.createdBy != session.userName)
                          return makeError(ErrorCode::PermissionDenied,
                                           Tr::tr("Rule set version %1 is a draft of %2; only they can change it. "
                                                  "Start a new draft from it instead.")
                                               .arg(version)
                                               .arg(v.createdBy));
                      return update(db, session, v, QStringLiteral("text = ?, summary = ?"),
                                    {text, summary.trimmed()}, QStringLiteral("rules.edit"),
                                    {{QStringLiteral("text"), text}});
                  });
}

Status RuleService::discardDraft(const db::Database& db, const auth::Session& session, int version,
                                 int expectedRowVersion)
{
    return change(db, session, Permission::EditRules, version, {RuleState::Draft}, expectedRowVersion,
                  [&](const RuleVersionInfo& v) -> Status {
                      if (v.createdBy != session.userName)
                          return makeError(ErrorCode::PermissionDenied,
                                           Tr::tr("Rule set version %1 is a draft of %2; only they can discard it.")
                                               .arg(version)
                                               .arg(v.createdBy));
                      return update(db, session, v, QStringLiteral("state = 'rejected'"), {},
                                    QStringLiteral("rules.discard"), {});
                  });
}

Status RuleService::propose(const db::Database& db, const auth::Session& session, int version,
                            int expectedRowVersion, QList<rules::Diagnostic>* problems)
{
    return change(db, session, Permission::EditRules, version, {RuleState::Draft}, expectedRowVersion,
                  [&](const RuleVersionInfo& v) -> Status {
                      if (v.createdBy != session.userName)
                          return makeError(ErrorCode::PermissionDenied,
                                           Tr::tr("Rule set version %1 is a draft of %2; only they can propose it.")
                                               .arg(version)
                                               .arg(v.createdBy));
                      const QList<rules::Diagnostic> found = rules::RuleValidator::check(v.text);
                      if (problems)
                          *problems = found;
                      if (rules::hasErrors(found)) {
                          for (const rules::Diagnostic& d : found)
                              if (d.isError())
                                  return makeError(ErrorCode::InvalidArgument,
                                                   Tr::tr("Rule set version %1 cannot be proposed while it has "
                                                          "errors. %2")
                                                       .arg(version)
                                                       .arg(d.toString()));
                      }
                      if (v.text.trimmed().isEmpty())
                          return makeError(
                              ErrorCode::InvalidArgument,
                              Tr::tr("Rule set version %1 has no rules; write at least one.").arg(version));
                      return update(db, session, v, QStringLiteral("state = 'proposed', proposed_by = ?, "
                                                                   "proposed_at = ?"),
                                    {session.userId, Clock::nowSecs()}, QStringLiteral("rules.propose"), {});
                  });
}

Status RuleService::approve(const db::Database& db, const auth::Session& session, int version, const QString& note,
                            int expectedRowVersion)
{
    bool setUpRefused = false;
    const Status st = change(
        db, session, Permission::ApproveRules, version, {RuleState::Proposed}, expectedRowVersion,
        [&](const RuleVersionInfo& v) -> Status {
            // The four-eyes rule: whoever wrote or proposed a version never approves it.
            if (v.proposedBy == session.userName || v.createdBy == session.userName)
                return makeError(ErrorCode::PermissionDenied,
                                 Tr::tr("%1 proposed rule set version %2 and cannot approve it too; a second official "
                                        "with the approver role must do that.")
                                     .arg(session.userName)
                                     .arg(version));
            // Nor does an account they set up (created, gave a password or a role).
            const Status setUp = UserService::requireNotSetUpBy(db, session.userName, {v.proposedBy, v.createdBy});
            if (!setUp) {
                setUpRefused = setUp.error().code == ErrorCode::PermissionDenied;
                return setUp;
            }
            const qint64 now = Clock::nowSecs();
            auto row = db::insert(db,
                                  QStringLiteral("INSERT INTO approvals (subject_kind, subject_id, approver_id, "
                                                 "decision, decided_at, note) VALUES ('rule_version', ?, ?, "
                                                 "'approved', ?, ?)"),
                                  {v.id, session.userId, now, note.trimmed()});
            if (!row)
                return row.error();
            return update(db, session, v, QStringLiteral("state = 'approved', approved_by = ?, approved_at = ?"),
                          {session.userId, now}, QStringLiteral("rules.approve"),
                          {{QStringLiteral("note"), note.trimmed()}});
        });
    return setUpRefused ? refuse(db, session, QStringLiteral("approve"), version, st.error()) : st;
}

Status RuleService::reject(const db::Database& db, const auth::Session& session, int version, const QString& note,
                           int expectedRowVersion)
{
    const Status n = checkNote(Tr::tr("reason for rejecting"), note);
    if (!n)
        return n;
    return change(db, session, Permission::ApproveRules, version, {RuleState::Proposed, RuleState::Approved},
                  expectedRowVersion, [&](const RuleVersionInfo& v) -> Status {
                      auto row = db::insert(db,
                                            QStringLiteral("INSERT INTO approvals (subject_kind, subject_id, "
                                                           "approver_id, decision, decided_at, note) VALUES "
                                                           "('rule_version', ?, ?, 'rejected', ?, ?)"),
                                            {v.id, session.userId, Clock::nowSecs(), note.trimmed()});
                      if (!row)
                          return row.error();
                      return update(db, session, v, QStringLiteral("state = 'rejected'"), {},
                                    QStringLiteral("rules.reject"), {{QStringLiteral("note"), note.trimmed()}});
                  });
}

Status RuleService::publish(const db::Database& db, const auth::Session& session, int version, qint64 effectiveAt,
                            const QString& urgencyReason, int expectedRowVersion)
{
    const Permission p = session.can(Permission::ApproveRules) ? Permission::ApproveRules : Permission::EditRules;
    bool setUpRefused = false;
    const Status st = change(db, session, p, version, {RuleState::Approved}, expectedRowVersion,
                  [&](const RuleVersionInfo& v) -> Status {
                      // An approval by an account the author or proposer set up is no second official's.
                      const Status setUp = UserService::requireNotSetUpBy(db, v.approvedBy,
                                                                          {v.proposedBy, v.createdBy});
                      if (!setUp) {
                          setUpRefused = setUp.error().code == ErrorCode::PermissionDenied;
                          return setUp;
                      }
                      const qint64 now = Clock::nowSecs();
                      const qint64 earliest = now + leadTimeSecs();
                      const QString urgency = urgencyReason.trimmed();
                      // Callers that mean "now" say so rather than read the clock themselves: on a slow machine
                      // (seen under ASan) it ticked on before this check, and their now was in the past.
                      if (effectiveAt == kEffectiveNow)
                          effectiveAt = now;
                      if (effectiveAt < now)
                          return makeError(ErrorCode::InvalidArgument,
                                           Tr::tr("The effective time %1 is in the past.").arg(dateText(effectiveAt)));
                      if (effectiveAt < earliest && urgency.isEmpty())
                          return makeError(ErrorCode::InvalidArgument,
                                           Tr::tr("Rule changes take effect at the earliest %1 hours after publishing "
                                                  "(%2), so that people can learn of them. To publish sooner, record "
                                                  "the urgency reason.")
                                               .arg(leadTimeSecs() / 3600)
                                               .arg(dateText(earliest)));
                      return update(db, session, v,
                                    QStringLiteral("state = 'published', published_by = ?, published_at = ?, "
                                                   "effective_at = ?, urgency_reason = ?"),
                                    {session.userId, now, effectiveAt,
                                     urgency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(urgency)},
                                    QStringLiteral("rules.publish"),
                                    {{QStringLiteral("effective_at"), effectiveAt},
                                     {QStringLiteral("urgency_reason"), urgency}});
                  });
    return setUpRefused ? refuse(db, session, QStringLiteral("publish"), version, st.error()) : st;
}

Result<int> RuleService::rollback(const db::Database& db, const auth::Session& session, int version,
                                  const QString& reason)
{
    const Status n = checkNote(Tr::tr("reason for the rollback"), reason);
    if (!n)
        return n.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto root = rootInScope(db, session, Permission::ApproveRules);
    if (!root)
        return root.error();
    auto old = byVersion(db, version);
    if (!old)
        return old.error();
    // Only a version that went through approval and publication can be restored without a new approval.
    const qint64 now = Clock::nowSecs();
    if (!old.value().inForceAt(now))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Rule set version %1 was never in force; only versions "
                                                            "that were published and took effect can be restored.")
                                                         .arg(version));
    auto current = inForce(db, now);
    if (current && current.value().version == version)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Rule set version %1 is already in force.").arg(version));
    auto next = nextVersion(db);
    if (!next)
        return next.error();
    auto id = db::insert(db,
                         QStringLiteral("INSERT INTO rule_versions (version, jurisdiction_id, text, summary, state, "
                                        "based_on, created_by, created_at, proposed_by, proposed_at, approved_by, "
                                        "approved_at, published_by, published_at, effective_at, urgency_reason) "
                                        "VALUES (?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "),
                         {next.value(), root.value(), old.value().text, Tr::tr("Rollback to version %1").arg(version),
                          version, session.userId, now, session.userId, now, session.userId, now, session.userId, now,
                          now, reason.trimmed()});
    if (!id)
        return id.error();
    // Versions published for later would otherwise replace the restored one when their time comes.
    auto pending = scheduled(db, now);
    if (!pending)
        return pending.error();
    for (const RuleVersionInfo& p : pending.value()) {
        const Status s = update(db, session, p, QStringLiteral("state = 'superseded'"), {},
                                QStringLiteral("rules.supersede"), {{QStringLiteral("by"), next.value()}});
        if (!s)
            return s.error();
    }
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("rules.rollback"), target(next.value()),
                                     {{QStringLiteral("restores"), version}, {QStringLiteral("reason"), reason.trimmed()}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return next.value();
}

} // namespace hc::services
