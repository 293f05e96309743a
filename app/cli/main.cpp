#include "Ctl.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

int main(int argc, char** argv)
{
    // Printing lays out text and PDF pages (Qt Gui); a command line has no display, so those commands get a
    // QGuiApplication on the offscreen platform and the others stay plain.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (hc::cli::commandPaints(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("HealthCode"));
    QCoreApplication::setApplicationName(QStringLiteral("console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HC_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("healthcode"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    if (!hc::crypto::Crypto::initialize()) {
        fputs("healthcode-ctl: libsodium could not be initialised\n", stderr);
        return 1;
    }
    hc::cli::Ctl ctl;
    return ctl.run(QCoreApplication::arguments().mid(1));
}
