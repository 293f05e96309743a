#include "Session.h"

#include <QCoreApplication>

namespace hc::auth {

Status Session::require(Permission p) const
{
    if (can(p))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("hc::auth::Session",
                                                 "User %1 (%2) may not %3. Ask an administrator for the right role.")
                         .arg(userName, roleDisplayName(role), permissionDisplayName(p)));
}

Status Session::requireScope(qint64 jurisdiction, const QString& what) const
{
    if (inScope(jurisdiction))
        return {};
    return makeError(ErrorCode::OutOfScope,
                     QCoreApplication::translate("hc::auth::Session", "%1 is outside the jurisdiction of user %2.")
                         .arg(what, userName));
}

} // namespace hc::auth
