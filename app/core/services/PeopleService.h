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

// A person's full ID number and phone, as only an audited reveal returns them.
struct PersonIdentifiers
{
    qint64 id = 0;
    QString nationalId;
    QString phone; // empty: no phone
};

class PeopleService final
{
public:
    // Needs RevealPersonalDetails; people outside the session's scope are left out. purpose goes into the
    // audit record ("rule impact preview").
    static Result<QList<PersonDetails>> reveal(const db::Database& db, const auth::Session& session,
                                               const QList<qint64>& personIds, const QString& purpose);
    // The full ID number and phone of one person in the session's scope (the person page's Reveal). Needs
    // RevealPersonalDetails and a purpose; the audit record names the person, the purpose and what was shown.
    static Result<PersonIdentifiers> revealIdentifiers(const db::Database& db, const auth::Session& session,
                                                       qint64 personId, const QString& purpose);
};

} // namespace hc::services
