#pragma once
// Who is acting: the logged-in official, their role and the jurisdictions they may see and change.

#include "Role.h"
#include "util/Result.h"

#include <QSet>
#include <QString>

namespace hc::auth {

struct Session
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Viewer;
    qint64 jurisdictionId = 0;
    QSet<qint64> scope; // the user's jurisdiction and all its descendants

    bool can(Permission p) const { return roleHas(role, p); }
    bool inScope(qint64 jurisdiction) const { return scope.contains(jurisdiction); }

    // Refusals with a translated message naming the user and what they lack.
    Status require(Permission p) const;
    Status requireScope(qint64 jurisdiction, const QString& what) const;
};

} // namespace hc::auth
