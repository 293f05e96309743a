#include "PeopleService.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/NationalId.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace hc::services {

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

} // namespace hc::services
