// Times what the overview page and the daily report read, on an existing database (a demo city of any size:
// healthcode-ctl demo-data --people N). Prints the figures; asserts nothing.
//   BenchOverview sqlite:/path/city.sqlite USER   (password from HEALTHCODE_PASSWORD)

#include "auth/Authenticator.h"
#include "db/DatabaseUrl.h"
#include "overview/DailyCounts.h"
#include "overview/Overview.h"
#include "reports/DailyReport.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace hc;

int main(int argc, char** argv)
{
    // The daily report lays out its PDF text with fonts, which need a QGuiApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: BenchOverview DATABASE-URL USER (password in HEALTHCODE_PASSWORD)\n");
        return 2;
    }
    auto url = db::DatabaseUrl::parse(args.at(1));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.error().message));
        return 2;
    }
    auto opened = db::Database::open(url.value(), QStringLiteral("bench-overview"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const db::Database& db = opened.value();
    auto session =
        auth::Authenticator::forDatabase(db)->login(db, args.at(2), qEnvironmentVariable("HEALTHCODE_PASSWORD"));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    auto time = [](auto&& work) {
        QList<double> ms;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            if (!work())
                return -1.0;
            ms << t.nsecsElapsed() / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        return ms.at(ms.size() / 2);
    };
    const qint64 now = Clock::nowSecs();
    qint64 people = 0;
    const double overview = time([&] {
        auto d = overview::Overview::load(db, session.value(), now);
        if (d && d.value().current.people.value)
            people = *d.value().current.people.value;
        return d.ok();
    });
    const double report = time([&] {
        return reports::DailyReport::build(db, session.value(), overview::DailyCounts::dayOf(now), QString(), now).ok();
    });
    std::printf("people in scope: %lld\noverview load: %.1f ms median of 7\ndaily report data: %.1f ms median of 7\n",
                static_cast<long long>(people), overview, report);
    return overview < 0 || report < 0 ? 1 : 0;
}
