#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "demo/DemoDataGenerator.h"
#include "heatmap/Rollups.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace hc::cli {

int runDemoData(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("people"), QStringLiteral("days"), QStringLiteral("scans-per-day"),
                       QStringLiteral("seed")});
    demo::DemoDataOptions o;
    const auto people = a.integer(QStringLiteral("people"), o.people, 1, 20'000'000);
    const auto days = a.integer(QStringLiteral("days"), o.days, 1, 366);
    const auto scans = a.integer(QStringLiteral("scans-per-day"), o.scansPerDay, 0, 50'000'000);
    const auto seed = a.integer(QStringLiteral("seed"), static_cast<qint64>(o.seed), 0, std::numeric_limits<qint64>::max());
    if (!a.isValid() || !a.positional().isEmpty())
        return ctl.usage(a.isValid() ? QCoreApplication::translate("hc::cli", "demo-data takes no positional arguments.")
                                     : a.error());
    o.people = *people;
    o.days = static_cast<int>(*days);
    o.scansPerDay = *scans;
    o.seed = static_cast<quint64>(*seed);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    QString lastPhase;
    auto progress = [&](const QString& phase, qint64 done, qint64 total) {
        if (phase != lastPhase) {
            if (!lastPhase.isEmpty())
                std::fputs("\n", stderr);
            lastPhase = phase;
        }
        std::fprintf(stderr, "\r%s: %lld / %lld", phase.toLocal8Bit().constData(), static_cast<long long>(done),
                     static_cast<long long>(total));
        return true;
    };
    auto r = demo::DemoDataGenerator::generate(*ctl.database(), *s, o, progress);
    std::fputs("\n", stderr);
    if (!r)
        return ctl.fail(r.error());
    const auto& v = r.value();
    ctl.out() << QCoreApplication::translate("hc::cli",
                                             "Generated %1 jurisdictions, %2 venues, %3 people, %4 test results, "
                                             "%5 risk areas, %6 close contacts, %7 symptom declarations and %8 scans "
                                             "in %9 s.")
                     .arg(v.jurisdictions)
                     .arg(v.venues)
                     .arg(v.people)
                     .arg(v.testResults)
                     .arg(v.riskAreas)
                     .arg(v.closeContacts)
                     .arg(v.symptomDeclarations)
                     .arg(v.scans)
                     .arg(v.seconds, 0, 'f', 1)
              << Qt::endl;
    // What the console keeps derived from the data: the heatmap rollups and everyone's status.
    ProgressPrinter derived;
    auto rollups = heatmap::Rollups::rebuild(*ctl.database(), *s, std::ref(derived));
    if (!rollups) {
        derived.end();
        return ctl.fail(rollups.error());
    }
    auto statuses = services::StatusService::reevaluate(*ctl.database(), *s, Clock::nowSecs(), std::ref(derived));
    derived.end();
    if (!statuses)
        return ctl.fail(statuses.error());
    const auto& st = statuses.value();
    ctl.out() << QCoreApplication::translate("hc::cli", "Statuses under rule set version %1: %2 green, %3 yellow, %4 red.")
                     .arg(st.ruleVersion)
                     .arg(st.counts[0])
                     .arg(st.counts[1])
                     .arg(st.counts[2])
              << Qt::endl;
    return Ok;
}

} // namespace hc::cli
