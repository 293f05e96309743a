#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "services/UserService.h"

#include <QCoreApplication>

namespace hc::cli {

int runInit(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("admin"), QStringLiteral("jurisdiction-code"), QStringLiteral("jurisdiction-name")});
    if (!a.isValid())
        return ctl.usage(a.error());
    if (!a.has(QStringLiteral("admin")))
        return ctl.usage(QCoreApplication::translate("hc::cli", "init needs --admin NAME."));
    const db::Database* db = ctl.database();
    if (!db)
        return -1;
    auto password = readSecret("HEALTHCODE_PASSWORD",
                               QCoreApplication::translate("hc::cli", "New password for %1: ")
                                   .arg(a.value(QStringLiteral("admin"))),
                               true);
    if (!password)
        return ctl.fail(password.error());
    auto id = services::UserService::initialize(
        *db, a.value(QStringLiteral("admin")), password.value(),
        a.value(QStringLiteral("jurisdiction-code"), QStringLiteral("100000")),
        a.value(QStringLiteral("jurisdiction-name"), QCoreApplication::translate("hc::cli", "Province")));
    if (!id)
        return ctl.fail(id.error());
    ctl.out() << QCoreApplication::translate("hc::cli", "Database ready; administrator %1 created.")
                     .arg(a.value(QStringLiteral("admin")))
              << Qt::endl;
    return Ok;
}

} // namespace hc::cli
