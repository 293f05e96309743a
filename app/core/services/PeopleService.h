#pragma once
// Personal details of people, shown only to roles allowed to see them and only as an explicit, audited act:
// each reveal writes who saw whose details and why before anything is returned.

#include "auth/Session.h"
#include "db/Database.h"

#include <QList>
#include <QString>

namespace hc::services {

struct PersonDetails
{
    qint64 id = 0;
    QString name;
    QString maskedNationalId; // 330102********1234
    QString district;
    QString birthDate; // yyyy-MM-dd
};

class PeopleService final
{
public:
    // Needs RevealPersonalDetails; people outside the session's scope are left out. purpose goes into the
    // audit record ("rule impact preview").
    static Result<QList<PersonDetails>> reveal(const db::Database& db, const auth::Session& session,
                                               const QList<qint64>& personIds, const QString& purpose);
};

} // namespace hc::services
