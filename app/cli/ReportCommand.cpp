// healthcode-ctl report daily: the daily situation report of a jurisdiction for one day, as PDF or CSV.

#include "Arguments.h"
#include "Ctl.h"
#include "reports/DailyReport.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace hc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};
} // namespace

int runReport(Ctl& ctl, const QStringList& args)
{
    const QString usageText =
        Tr::tr("Usage: report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv");
    Arguments a(args, {QStringLiteral("date"), QStringLiteral("jurisdiction"), QStringLiteral("out")});
    if (!a.isValid())
        return ctl.usage(a.error());
    if (a.positional() != QStringList{QStringLiteral("daily")} || !a.has(QStringLiteral("date")) ||
        !a.has(QStringLiteral("out")))
        return ctl.usage(usageText);
    const QDate day = QDate::fromString(a.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid())
        return ctl.usage(Tr::tr("--date %1 is not a day like 2026-03-01.").arg(a.value(QStringLiteral("date"))));
    const QString out = a.value(QStringLiteral("out"));
    const QString suffix = out.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv"))
        return ctl.usage(Tr::tr("--out %1: write the report as FILE.pdf or its tables as FILE.csv.").arg(out));

    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto data = reports::DailyReport::build(*ctl.database(), *s, day, a.value(QStringLiteral("jurisdiction")),
                                            Clock::nowSecs());
    if (!data)
        return ctl.fail(data.error());
    if (const Status saved = reports::DailyReport::save(data.value(), out); !saved)
        return ctl.fail(saved.error());
    ctl.out() << Tr::tr("Wrote %1: daily situation report of %2 (%3) for %4, %5 districts.")
                     .arg(out, reports::DailyReport::jurisdictionName(data.value().jurisdiction),
                          data.value().jurisdiction.code, day.toString(Qt::ISODate))
                     .arg(data.value().districts.size())
              << Qt::endl;
    return 0;
}

} // namespace hc::cli
