#include "ConsoleApp.h"

#include "MainWindow.h"
#include "crypto/Crypto.h"
#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "services/UserService.h"
#include "util/MessageBox.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace hc::gui {

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HealthCode"));
    QCoreApplication::setApplicationName(QStringLiteral("console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HC_VERSION));
}

// Before QApplication exists nothing can be translated, so the message is given in both languages.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    std::fputs("healthcode-console: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
               "To run it anyway, use a virtual display:   xvfb-run -a healthcode-console ...\n"
               "or render off screen:                       QT_QPA_PLATFORM=offscreen healthcode-console ...\n"
               "For scripts without a window, use healthcode-ctl.\n"
               "healthcode-console：没有可用的显示器（未设置 DISPLAY 或 WAYLAND_DISPLAY）。\n"
               "如需运行，请使用虚拟显示器：xvfb-run -a healthcode-console ...\n"
               "或离屏渲染：QT_QPA_PLATFORM=offscreen healthcode-console ...\n"
               "无窗口的脚本请使用 healthcode-ctl。\n",
               stderr);
    return false;
#else
    return true;
#endif
}

bool asksForInformationOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"--help", "-h", "--help-all", "--version", "-v", "-?"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// The application's own and Qt's translations for the configured language, else the system's.
void installTranslations(QCoreApplication& app)
{
    const QString language = Settings::stringValue(Settings::Key::Language);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("healthcode"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "hc::gui::ConsoleApp", "Health Code Console: rules, statuses, scan heatmaps and printed codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("hc::gui::ConsoleApp",
                                    "The database: sqlite:PATH or postgresql://user@host:port/name. Default: "
                                    "HEALTHCODE_DB, then database/url in the configuration, then a file in the "
                                    "user's data folder."),
        QStringLiteral("URL")));
}

// --db, then HEALTHCODE_DB (as healthcode-ctl), then the configuration, then a file of the user's own.
QString databaseUrlText(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    if (!qEnvironmentVariableIsEmpty("HEALTHCODE_DB"))
        return qEnvironmentVariable("HEALTHCODE_DB");
    QString configured = Settings::stringValue(Settings::Key::DatabaseUrl);
    if (!configured.isEmpty())
        return configured;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("healthcode.sqlite"));
}

} // namespace

int ConsoleApp::main(int argc, char** argv)
{
    if (asksForInformationOnly(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        QCommandLineParser parser;
        addOptions(parser);
        // Qt would print the internal application name ("console"); users know the program by its command.
        if (parser.parse(app.arguments()) && parser.isSet(QStringLiteral("version"))) {
            std::fputs("healthcode-console " HC_VERSION "\n", stdout);
            return 0;
        }
        parser.process(app); // prints help or the error and exits
        return 0;
    }
    if (!displayAvailable())
        return kExitNoDisplay;

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/healthcode.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("healthcode-console"));
    installTranslations(app);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    if (!crypto::Crypto::initialize()) {
        MessageBox::critical(nullptr, tr("Health Code Console"), tr("The cryptography library could not be started."),
                             tr("libsodium failed to initialise; reinstall the console."));
        return kExitFailure;
    }
    const QString urlText = databaseUrlText(parser);
    auto url = db::DatabaseUrl::parse(urlText);
    if (!url) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database address %1 is not valid.").arg(urlText), url.error().message);
        return kExitFailure;
    }
    auto db = db::Database::open(url.value(), QStringLiteral("gui"));
    if (!db) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database %1 could not be opened.").arg(url.value().displayString()),
                             db.error().message);
        return kExitFailure;
    }
    auto any = services::UserService::anyUserExists(db.value());
    if (!any) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database %1 could not be read.").arg(url.value().displayString()),
                             any.error().message);
        return kExitFailure;
    }
    if (!any.value()) {
        FirstAdminDialog first(db.value());
        if (first.exec() != QDialog::Accepted)
            return 0;
    }

    // Windows come and go (logout, login as someone else); the application ends only when asked to.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    ConsoleApp console(std::move(db).value());
    console.showLogin();
    return QApplication::exec();
}

ConsoleApp::ConsoleApp(db::Database db, QObject* parent) : QObject(parent), m_db(std::move(db)) {}

ConsoleApp::~ConsoleApp()
{
    // Windows refer to the database: they go first.
    delete m_window;
    delete m_login;
}

LoginDialog* ConsoleApp::loginDialog() const
{
    return m_login;
}

MainWindow* ConsoleApp::mainWindow() const
{
    return m_window;
}

void ConsoleApp::showLogin()
{
    auto* login = new LoginDialog(m_db);
    login->setAttribute(Qt::WA_DeleteOnClose);
    m_login = login;
    connect(login, &QDialog::accepted, this, [this, login] {
        if (login->session())
            showMainWindow(*login->session());
    });
    connect(login, &QDialog::rejected, this, [this] {
        if (!m_window)
            QCoreApplication::quit();
    });
    login->show();
}

void ConsoleApp::showMainWindow(const auth::Session& session)
{
    auto* window = new MainWindow(m_db, session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::logoutRequested, this, &ConsoleApp::logOut);
    connect(window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    window->show();
}

void ConsoleApp::logOut()
{
    // Login first, then close: there is always a window on screen.
    showLogin();
    if (m_window)
        m_window->close();
}

} // namespace hc::gui
