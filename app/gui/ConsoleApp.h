#pragma once
// Runs healthcode-console: checks for a display, parses the options, loads translations, opens the
// database, creates the first administrator on an empty one, then loops login -> main window -> logout.

#include "db/Database.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hc::auth {
struct Session;
}

namespace hc::gui {

class LoginDialog;
class MainWindow;

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    // The whole program; returns the process exit code (3: no display).
    static int main(int argc, char** argv);

    // Exit codes besides 0.
    static constexpr int kExitFailure = 1;
    static constexpr int kExitNoDisplay = 3;

    // The login -> main window -> logout loop on an open database (main() and tests).
    explicit ConsoleApp(db::Database db, QObject* parent = nullptr);
    ~ConsoleApp() override;

    void showLogin();
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const;

private:
    void showMainWindow(const auth::Session& session);
    void logOut();

    db::Database m_db;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
};

} // namespace hc::gui
