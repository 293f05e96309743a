// Takes the README's screenshots from the real program: a fresh demo city, the demo administrator's main
// window with every page, the outbreak scenario two days in, the welcome screen. Not a test; run by
// tools/screenshots.sh for each language:
//   hc_screenshots --language zh_CN --out docs/screenshots/zh_CN

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "demo/DemoBanner.h"
#include "crypto/Crypto.h"
#include "demo/DemoDatabase.h"
#include "training/Scenario.h"
#include "training/ScenarioRunner.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hc;

namespace {
bool save(QWidget* w, const QDir& out, const QString& name)
{
    QTest::qWait(400); // background loads (counts, previews) settle
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or zh_CN"), QStringLiteral("LANG"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("folder for the PNG files"), QStringLiteral("DIR")});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    if (!parser.isSet(QStringLiteral("out")) || !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "usage: hc_screenshots --language en|zh_CN --out DIR\n");
        return 2;
    }
    gui::ConsoleApp::installTranslations(app, parser.value(QStringLiteral("language")));
    if (!crypto::Crypto::initialize())
        return 1;

    gui::WelcomeDialog welcome;
    welcome.resize(760, 520);
    welcome.show();
    if (!save(&welcome, out, QStringLiteral("welcome")))
        return 1;
    welcome.close();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto login = demo::DemoDatabase::create(path, QStringLiteral("shots-build"), demo::DemoDatabase::defaultOptions());
    if (!login) {
        std::fprintf(stderr, "%s\n", qPrintable(login.error().message));
        return 1;
    }
    db::DatabaseUrl url;
    url.backend = db::Backend::SQLite;
    url.path = path;
    auto opened = db::Database::open(url, QStringLiteral("shots"));
    if (!opened)
        return 1;
    const db::Database& db = opened.value();
    auto session = auth::Authenticator::forDatabase(db)->login(db, login->userName, login->password);
    if (!session)
        return 1;
    // Two days into the outbreak, so that the pages show colours and a scenario in the banner.
    const training::Scenario outbreak = training::Scenario::builtIn().value(0);
    for (int day = 0; day < 2; ++day)
        if (!training::ScenarioRunner::advance(db, session.value(), outbreak))
            return 1;

    gui::MainWindow window(db, session.value());
    window.resize(1360, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.demoBanner()->setLogin(login->userName, QStringLiteral("••••••••"));
    auto* list = window.findChild<QListWidget*>(QStringLiteral("pageListWidget"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    for (int row = 0; list && stack && row < list->count(); ++row) {
        list->setCurrentRow(row);
        if (!save(&window, out, stack->currentWidget()->objectName()))
            return 1;
    }
    return 0;
}
