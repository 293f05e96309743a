#pragma once
// PostgreSQL's own enforcement of the console's rules (schema step 11): group roles per console role with only the
// grants they need, forced row-level security limiting personal data to the official's jurisdictions, an
// insert-only audit log hashed and serialised by the server, and triggers refusing self-approval, missing reasons
// and over-long overrides whatever client sends them. Officials' login roles are <database>_user_<name>, members
// of <database>_role_<role>; see README "Deployment on PostgreSQL".

#include <QString>
#include <QStringList>

namespace hc::db {

class PgSecurity final
{
public:
    // The statements of step 11, in order; each may run again without changing anything.
    static QStringList statements();
    // The statements of step 13 (four-eyes across accounts: who set an account up); may run again too.
    static QStringList setUpStatements();
    // An official's login role on the database named databaseName.
    static QString loginRole(const QString& databaseName, const QString& userName)
    {
        return databaseName + QStringLiteral("_user_") + userName;
    }
    static QString groupRole(const QString& databaseName, const QString& roleKey)
    {
        return databaseName + QStringLiteral("_role_") + roleKey;
    }
};

} // namespace hc::db
