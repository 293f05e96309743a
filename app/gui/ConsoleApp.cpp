#include "ConsoleApp.h"

#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "demo/DemoBanner.h"
#include "demo/DemoBuildJob.h"
#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "services/UserService.h"
#include "util/Logging.h"
#include "util/MessageBox.h"
#include "util/Settings.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
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

// The configured language, else the system's.
void installConfiguredTranslations(QCoreApplication& app)
{
    ConsoleApp::installTranslations(app, Settings::stringValue(Settings::Key::Language));
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
                                    "HEALTHCODE_DB, then database/url in the configuration; on first run the "
                                    "console asks."),
        QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("hc::gui::ConsoleApp",
                                    "Build a fresh synthetic demo city in a database of its own (never the configured "
                                    "one) and log in as its administrator.")));
}

} // namespace

void ConsoleApp::installTranslations(QCoreApplication& app, const QString& language)
{
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

int ConsoleApp::main(int argc, char** argv)
{
    if (asksForInformationOnly(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        setIdentity();
        installConfiguredTranslations(app);
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
    installConfiguredTranslations(app);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    if (!crypto::Crypto::initialize()) {
        MessageBox::critical(nullptr, tr("Health Code Console"), tr("The cryptography library could not be started."),
                             tr("libsodium failed to initialise; reinstall the console."));
        return kExitFailure;
    }
    // --db, then HEALTHCODE_DB (as healthcode-ctl); start() goes on to the configuration and the welcome dialog.
    StartOptions options;
    if (parser.isSet(QStringLiteral("db")))
        options.databaseUrl = parser.value(QStringLiteral("db"));
    else if (!qEnvironmentVariableIsEmpty("HEALTHCODE_DB"))
        options.databaseUrl = qEnvironmentVariable("HEALTHCODE_DB");
    options.demo = parser.isSet(QStringLiteral("demo"));

    // Windows come and go (logout, login as someone else, demo reset); the application ends only when asked to.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    ConsoleApp console;
    if (!console.start(options))
        return kExitFailure;
    return QApplication::exec();
}

ConsoleApp::ConsoleApp(QObject* parent) : QObject(parent) {}

ConsoleApp::ConsoleApp(db::Database db, QObject* parent) : QObject(parent)
{
    m_db.emplace(std::move(db));
}

ConsoleApp::~ConsoleApp()
{
    // The job's thread is waited for; windows refer to the database: they go first.
    delete m_demoJob;
    delete m_demoProgress;
    closeWindows();
    delete m_welcome;
}

bool ConsoleApp::start(const StartOptions& options)
{
    const QString configured = Settings::stringValue(Settings::Key::DatabaseUrl);
    m_productionUrl = options.databaseUrl.isEmpty() ? configured : options.databaseUrl;
    m_demoPath = options.demoPath;
    if (options.demo)
        return startDemo(m_productionUrl, options.demoPath);

    QString urlText = m_productionUrl;
    if (urlText.isEmpty()) {
        // Earlier versions used this file without asking; its users go straight on.
        const QString previous = WelcomeDialog::defaultSqlitePath();
        if (!QFileInfo::exists(previous)) {
            showWelcome();
            return true;
        }
        urlText = QStringLiteral("sqlite:") + previous;
    }
    auto url = db::DatabaseUrl::parse(urlText);
    if (!url) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database address %1 is not valid.").arg(urlText), url.error().message);
        return false;
    }
    QString problem;
    if (!openDatabase(url.value(), &problem)) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database %1 could not be opened.").arg(url.value().displayString()), problem);
        return false;
    }
    continueWithDatabase();
    return m_login || m_firstAdmin;
}

void ConsoleApp::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeDialog;
        connect(m_welcome, &QDialog::accepted, this, &ConsoleApp::welcomeAccepted);
        connect(m_welcome, &QDialog::rejected, this, &ConsoleApp::quitIfNothingShown);
    }
    m_welcome->show();
}

void ConsoleApp::welcomeAccepted()
{
    if (!m_welcome)
        return;
    if (m_welcome->choice() == WelcomeDialog::Choice::Demo) {
        if (!startDemo(m_productionUrl, m_demoPath))
            showWelcome();
        return;
    }
    const db::DatabaseUrl url = m_welcome->databaseUrl();
    QString problem;
    if (!openDatabase(url, &problem)) {
        // Back to the choice, with the core's reason next to it.
        m_welcome->showOpenProblem(tr("The database %1 could not be opened: %2").arg(url.displayString(), problem));
        m_welcome->show();
        return;
    }
    // Remembered only once it worked, and never with a password (see the dialog's note).
    if (!Settings::setValue(Settings::Key::DatabaseUrl, m_welcome->urlToRemember()))
        qCWarning(lcDb) << "could not remember the database address in the settings";
    m_welcome->deleteLater();
    continueWithDatabase();
}

bool ConsoleApp::openDatabase(const db::DatabaseUrl& url, QString* problem)
{
    closeWindows();
    m_db.reset();
    auto db = db::Database::open(url, QStringLiteral("gui"));
    if (!db) {
        *problem = db.error().message;
        return false;
    }
    m_db.emplace(std::move(db).value());
    return true;
}

void ConsoleApp::continueWithDatabase()
{
    auto any = services::UserService::anyUserExists(*m_db);
    if (!any) {
        MessageBox::critical(nullptr, tr("Health Code Console"),
                             tr("The database %1 could not be read.").arg(m_db->url().displayString()),
                             any.error().message);
        quitIfNothingShown();
        return;
    }
    if (any.value()) {
        showLogin();
        return;
    }
    auto* first = new FirstAdminDialog(*m_db);
    first->setAttribute(Qt::WA_DeleteOnClose);
    m_firstAdmin = first;
    connect(first, &QDialog::accepted, this, &ConsoleApp::showLogin);
    connect(first, &QDialog::rejected, this, &ConsoleApp::quitIfNothingShown);
    first->show();
}

bool ConsoleApp::startDemo(const QString& productionUrl, const QString& path)
{
    m_productionUrl = productionUrl;
    m_demoPath = path.isEmpty() ? demo::DemoDatabase::defaultPath() : path;
    Status usable = demo::DemoDatabase::checkAllowed();
    if (usable)
        usable = demo::DemoDatabase::checkIsolated(m_demoPath, productionUrl);
    if (!usable) {
        MessageBox::critical(m_window, tr("Demo Mode"), tr("Demo mode cannot start."), usable.error().message);
        return false;
    }
    startDemoBuild(m_demoPath);
    return true;
}

void ConsoleApp::resetDemo()
{
    if (m_demoJob || !m_db)
        return;
    const auto answer = MessageBox::question(
        m_window, tr("Reset Demo"), tr("Rebuild the demo city as it was at the start?"),
        tr("Every change made in the demo (users, rules, overrides, printed cards) is thrown away. You are then "
           "logged in again as the demo administrator."));
    if (answer != QMessageBox::Yes)
        return;
    if (m_demoPath.isEmpty())
        m_demoPath = m_db->url().path; // a demo file opened with --db
    startDemoBuild(m_demoPath);
}

void ConsoleApp::startDemoBuild(const QString& path)
{
    // Built next to the old city, which stays usable (and is kept if the build is cancelled) until it is swapped.
    auto* job = new DemoBuildJob(path + QStringLiteral(".new"), demo::DemoDatabase::defaultOptions(), this);
    m_demoJob = job;
    auto* progress = new QProgressDialog(tr("Building the demo city…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("demoProgressDialog"));
    progress->setAccessibleName(tr("Demo build progress"));
    progress->setWindowTitle(tr("Demo Mode"));
    progress->setWindowModality(m_window ? Qt::WindowModal : Qt::ApplicationModal);
    // Each phase counts from zero again: the dialog must not close when one phase completes.
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    m_demoProgress = progress;
    connect(job, &DemoBuildJob::progress, progress, [progress](const QString& phase, qint64 done, qint64 total) {
        progress->setLabelText(tr("Building the demo city: %1…").arg(phase));
        // QProgressDialog counts in int; scale large totals down.
        const qint64 divisor = total > 1'000'000'000 ? 1000 : 1;
        progress->setMaximum(static_cast<int>(total / divisor));
        progress->setValue(static_cast<int>(std::min(done, total) / divisor));
    });
    connect(progress, &QProgressDialog::canceled, job, &DemoBuildJob::cancel);
    connect(job, &DemoBuildJob::finished, this, &ConsoleApp::demoBuilt);
    progress->show();
    job->start();
}

void ConsoleApp::demoBuilt()
{
    DemoBuildJob* job = m_demoJob;
    if (!job)
        return;
    job->deleteLater();
    m_demoJob = nullptr;
    delete m_demoProgress;
    const auto fail = [this](const QString& text, const QString& why) {
        MessageBox::critical(m_window, tr("Demo Mode"), text, why);
        Q_EMIT demoFinished(false);
        if (!m_window && !m_login && m_welcome)
            showWelcome();
        else
            quitIfNothingShown();
    };
    if (!job->result() || !*job->result()) {
        const Error error = job->result() ? job->result()->error() : Error{ErrorCode::Cancelled, QString()};
        if (error.code == ErrorCode::Cancelled) {
            Q_EMIT demoFinished(false);
            if (!m_window && !m_login && m_welcome)
                showWelcome();
            else
                quitIfNothingShown();
            return;
        }
        fail(tr("The demo city could not be built."), error.message);
        return;
    }
    const demo::DemoLogin login = job->result()->value();

    // The swap needs every connection to the old city closed: its windows go, then the connection.
    closeWindows();
    m_db.reset();
    const Status installed = demo::DemoDatabase::install(job->path(), m_demoPath);
    if (!installed) {
        fail(tr("The demo city could not be set up."), installed.error().message);
        return;
    }
    db::DatabaseUrl url;
    url.path = m_demoPath;
    QString problem;
    if (!openDatabase(url, &problem)) {
        fail(tr("The demo database %1 could not be opened.").arg(m_demoPath), problem);
        return;
    }
    auto session = auth::Authenticator::forDatabase(*m_db)->login(*m_db, login.userName, login.password);
    if (!session) {
        fail(tr("The demo administrator could not log in."), session.error().message);
        return;
    }
    delete m_welcome;
    showMainWindow(session.value());
    if (m_window && m_window->demoBanner())
        m_window->demoBanner()->setLogin(login.userName, login.password);
    Q_EMIT demoFinished(true);
}

void ConsoleApp::closeWindows()
{
    // Deleted at once, not later: the database connection may be closed right after.
    delete m_window;
    delete m_login;
    delete m_firstAdmin;
}

void ConsoleApp::quitIfNothingShown()
{
    const bool shown = m_window || m_login || m_firstAdmin || m_demoJob || (m_welcome && m_welcome->isVisible());
    if (!shown)
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

WelcomeDialog* ConsoleApp::welcomeDialog() const
{
    return m_welcome;
}

FirstAdminDialog* ConsoleApp::firstAdminDialog() const
{
    return m_firstAdmin;
}

QProgressDialog* ConsoleApp::demoProgressDialog() const
{
    return m_demoProgress;
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
    auto* login = new LoginDialog(*m_db);
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
    auto* window = new MainWindow(*m_db, session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::logoutRequested, this, &ConsoleApp::logOut);
    connect(window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(window, &MainWindow::demoResetRequested, this, &ConsoleApp::resetDemo);
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
