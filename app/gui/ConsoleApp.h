#pragma once
// Runs healthcode-console: checks for a display, parses the options, loads translations, then either
// builds the demo city or opens the database (asking on first run with the welcome dialog), creates the
// first administrator on an empty one, and loops login -> main window -> logout.

#include "db/Database.h"
#include "demo/DemoDatabase.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QCoreApplication;
class QProgressDialog;

namespace hc::auth {
struct Session;
}

namespace hc::gui {

class DemoBuildJob;
class FirstAdminDialog;
class LoginDialog;
class MainWindow;
class WelcomeDialog;

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    // The whole program; returns the process exit code (3: no display).
    static int main(int argc, char** argv);
    // The application's own and Qt's translations for language ("zh_CN", "en"; empty: the system's).
    static void installTranslations(QCoreApplication& app, const QString& language);

    // Exit codes besides 0.
    static constexpr int kExitFailure = 1;
    static constexpr int kExitNoDisplay = 3;

    // How the program was asked to start (main() fills it from the command line).
    struct StartOptions
    {
        QString databaseUrl; // --db or HEALTHCODE_DB; empty: the configuration, else the welcome dialog
        bool demo = false;   // --demo
        QString demoPath;    // empty: DemoDatabase::defaultPath()
    };

    // No database yet: start() decides which (main() and tests).
    explicit ConsoleApp(QObject* parent = nullptr);
    // The login -> main window -> logout loop on an open database (tests).
    explicit ConsoleApp(db::Database db, QObject* parent = nullptr);
    ~ConsoleApp() override;

    // Shows the first window: the demo build, the welcome dialog (first run), the first-administrator
    // dialog or the login. False when nothing could be shown (the reason was shown): exit with kExitFailure.
    bool start(const StartOptions& options);
    // Builds a new demo city in a worker (with progress and cancel) and logs in as its administrator.
    // productionUrl is the configured database, which the demo must never be. False: refused (shown).
    bool startDemo(const QString& productionUrl, const QString& path = {});
    // Asks, then rebuilds the demo city to its starting state and logs in again as the demo administrator.
    void resetDemo();

    void showLogin();
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const;
    WelcomeDialog* welcomeDialog() const;
    FirstAdminDialog* firstAdminDialog() const;
    QProgressDialog* demoProgressDialog() const;
    // The open database, if any.
    const db::Database* database() const { return m_db ? &*m_db : nullptr; }

Q_SIGNALS:
    // A demo build ended: with the main window shown (ok), or refused, failed or cancelled.
    void demoFinished(bool ok);

private:
    void showWelcome();
    void welcomeAccepted();
    // Opens url; on an empty database asks for the first administrator; then the login.
    bool openDatabase(const db::DatabaseUrl& url, QString* problem);
    void continueWithDatabase();
    void startDemoBuild(const QString& path);
    void demoBuilt();
    void closeWindows();
    void quitIfNothingShown();
    void showMainWindow(const auth::Session& session);
    void logOut();

    std::optional<db::Database> m_db;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<FirstAdminDialog> m_firstAdmin;
    QPointer<DemoBuildJob> m_demoJob;
    QPointer<QProgressDialog> m_demoProgress;
    QString m_demoPath;
    QString m_productionUrl;
};

} // namespace hc::gui
