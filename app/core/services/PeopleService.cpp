#include "PeopleService.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/NationalId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace hc::services {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::PeopleService)
};
} // namespace

Result<QList<PersonDetails>> PeopleService::reveal(const db::Database& db, const auth::Session& session,
                                                   const QList<qint64>& personIds, const QString& purpose)
{
    const Status allowed = session.require(auth::Permission::RevealPersonalDetails);
    if (!allowed)
        return allowed.error();
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QList<PersonDetails> people;
    QJsonArray shown;
    for (const qint64 id : personIds) {
        auto q = db::run(db,
                         QStringLiteral("SELECT p.name, p.national_id, p.district_id, j.name, p.birth_date FROM people "
                                        "p JOIN jurisdictions j ON j.id = p.district_id WHERE p.id = ?"),
                         {id});
        if (!q)
            return q.error();
        if (!q.value().next() || !session.inScope(q.value().value(2).toLongLong()))
            continue;
        people << PersonDetails{id, q.value().value(0).toString(), NationalId::masked(q.value().value(1).toString()),
                                q.value().value(3).toString(), q.value().value(4).toString()};
        shown.append(id);
    }
    // Recorded before the details leave this function: a failed record shows nothing.
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("people.reveal"), QStringLiteral("people"),
                                     {{QStringLiteral("people"), shown}, {QStringLiteral("purpose"), purpose}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return people;
}

Result<PersonIdentifiers> PeopleService::revealIdentifiers(const db::Database& db, const auth::Session& session,
                                                           qint64 personId, const QString& purpose)
{
    const Status allowed = session.require(auth::Permission::RevealPersonalDetails);
    if (!allowed)
        return allowed.error();
    if (purpose.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Say why you need the ID number and phone: the reason is recorded."));
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto q = db::run(db, QStringLiteral("SELECT national_id, phone, district_id FROM people WHERE id = ?"), {personId});
    if (!q)
        return q.error();
    if (!q.value().next() || !session.inScope(q.value().value(2).toLongLong()))
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no person %1 in the jurisdiction of %2.").arg(personId).arg(session.userName));
    PersonIdentifiers shown{personId, q.value().value(0).toString(), q.value().value(1).toString()};
    q.value().finish();
    // Recorded before the details leave this function: a failed record shows nothing.
    auto a = audit::AuditLog::append(
        db, session.userName, QStringLiteral("people.reveal"), QStringLiteral("person:%1").arg(personId),
        {{QStringLiteral("people"), QJsonArray{personId}},
         {QStringLiteral("fields"), QJsonArray{QStringLiteral("national_id"), QStringLiteral("phone")}},
         {QStringLiteral("purpose"), purpose.trimmed()}});
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return shown;
}

} // namespace hc::services
