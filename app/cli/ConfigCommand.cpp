#include "Ctl.h"
#include "ExitCodes.h"
#include "db/DatabaseUrl.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace hc::cli {

int runConfig(Ctl& ctl, const QStringList& args)
{
    if (args != QStringList{QStringLiteral("show")})
        return ctl.usage(QCoreApplication::translate("hc::cli", "Usage: config show"));
    QTextStream& out = ctl.out();
    const QSettings system(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("HealthCode"),
                           QStringLiteral("console"));
    const QSettings user(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("HealthCode"),
                         QStringLiteral("console"));
    out << QCoreApplication::translate("hc::cli", "# system file: %1").arg(system.fileName()) << Qt::endl
        << QCoreApplication::translate("hc::cli", "# user file:   %1").arg(user.fileName()) << Qt::endl;
    for (const Settings::Key key : Settings::allKeys()) {
        const Settings::Source source = Settings::source(key);
        QString value = Settings::value(key).toString();
        if (key == Settings::Key::DatabaseUrl && !value.isEmpty()) {
            // Never print a password that IT put into the URL.
            if (auto url = db::DatabaseUrl::parse(value))
                value = url.value().displayString();
        }
        out << Settings::name(key) << QStringLiteral(" = ") << value << QStringLiteral("\t(")
            << Settings::sourceName(source);
        if (source == Settings::Source::System)
            out << QStringLiteral(", ") << QCoreApplication::translate("hc::cli", "locked");
        out << QStringLiteral(")") << Qt::endl;
    }
    return Ok;
}

} // namespace hc::cli
