#include "Ctl.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
    return ctl.run(app.arguments().mid(1));
}
