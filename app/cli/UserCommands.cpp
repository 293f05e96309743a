#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "services/Jurisdictions.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

int add(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 2 || !a.has(QStringLiteral("role")))
        return ctl.usage(Tr::tr("Usage: user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]"));
    const auto role = auth::roleFromKey(a.value(QStringLiteral("role")));
    if (!role)
        return ctl.fail(
            makeError(ErrorCode::InvalidArgument,
                      Tr::tr("Unknown role \"%1\"; roles are: %2.")
                          .arg(a.value(QStringLiteral("role")), auth::allRoleKeys().join(QStringLiteral(", ")))));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    qint64 jurisdiction = s->jurisdictionId;
    if (a.has(QStringLiteral("scope"))) {
        auto j = services::Jurisdictions::resolve(db, a.value(QStringLiteral("scope")));
        if (!j)
            return ctl.fail(j.error());
        jurisdiction = j.value().id;
    }
    // Check the fields before asking for a password nobody will use.
    const QString problem = services::UserService::nameProblem(a.positional(1));
    if (!problem.isEmpty())
        return ctl.fail(makeError(ErrorCode::InvalidArgument, problem));
    auto password =
        readSecret("HEALTHCODE_NEW_PASSWORD", Tr::tr("Initial password for %1: ").arg(a.positional(1)), true);
    if (!password)
        return ctl.fail(password.error());
    auto id = services::UserService::add(
        db, *s,
        services::NewUser{a.positional(1), a.value(QStringLiteral("display-name")), password.value(), *role, jurisdiction});
    if (!id)
        return ctl.fail(id.error());
    ctl.out() << Tr::tr("User %1 added as %2.").arg(a.positional(1), auth::roleDisplayName(*role)) << Qt::endl;
    return Ok;
}

int list(Ctl& ctl)
{
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto users = services::UserService::list(*ctl.database(), *s);
    if (!users)
        return ctl.fail(users.error());
    QTextStream& out = ctl.out();
    out << qSetFieldWidth(20) << Qt::left << Tr::tr("NAME") << Tr::tr("ROLE") << Tr::tr("JURISDICTION")
        << Tr::tr("STATE") << qSetFieldWidth(0) << Qt::endl;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto& u : users.value()) {
        QString state = u.disabled ? Tr::tr("disabled") : (u.lockedUntil > now ? Tr::tr("locked") : Tr::tr("active"));
        out << qSetFieldWidth(20) << Qt::left << u.name << auth::roleKey(u.role) << u.jurisdictionName << state
            << qSetFieldWidth(0) << Qt::endl;
    }
    return Ok;
}

int simple(Ctl& ctl, Arguments& a, const QString& verb)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: user %1 NAME").arg(verb));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    const QString name = a.positional(1);
    Status st;
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        st = services::UserService::setDisabled(db, *s, name, verb == QLatin1String("disable"));
    } else if (verb == QLatin1String("unlock")) {
        st = services::UserService::unlock(db, *s, name);
    } else {
        auto password = readSecret("HEALTHCODE_NEW_PASSWORD", Tr::tr("New password for %1: ").arg(name), true);
        if (!password)
            return ctl.fail(password.error());
        st = services::UserService::setPassword(db, *s, name, password.value());
    }
    if (!st)
        return ctl.fail(st.error());
    ctl.out() << Tr::tr("Done: %1 %2.").arg(verb, name) << Qt::endl;
    return Ok;
}
} // namespace

int runUser(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("role"), QStringLiteral("scope"), QStringLiteral("display-name")});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString verb = a.positional(0);
    if (verb == QLatin1String("add"))
        return add(ctl, a);
    if (verb == QLatin1String("list"))
        return list(ctl);
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable") || verb == QLatin1String("unlock")
        || verb == QLatin1String("passwd"))
        return simple(ctl, a, verb);
    return ctl.usage(Tr::tr("Usage: user add|list|disable|enable|unlock|passwd ..."));
}

int runJurisdictions(Ctl& ctl, const QStringList& args)
{
    if (!args.isEmpty())
        return ctl.usage(Tr::tr("jurisdictions takes no arguments."));
    const db::Database* db = ctl.database();
    if (!db)
        return -1;
    auto all = services::Jurisdictions::all(*db);
    if (!all)
        return ctl.fail(all.error());
    QHash<qint64, QString> codes;
    for (const auto& j : all.value())
        codes.insert(j.id, j.code);
    QTextStream& out = ctl.out();
    for (const auto& j : all.value())
        out << j.code << '\t' << j.level << '\t' << j.name << '\t' << j.nameEn << '\t' << codes.value(j.parentId)
            << Qt::endl;
    return Ok;
}

} // namespace hc::cli
