#pragma once
// The console's thin shell: menus, the page list and a stack of pages (one per domain area the user's
// role may use), the status bar and the idle lock.

#include "auth/Session.h"
#include "db/Database.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace hc::gui {

class DemoBanner;
class IdleLock;
class Page;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // db must outlive the window.
    MainWindow(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const auth::Session& session() const { return m_session; }
    IdleLock* idleLock() const { return m_idleLock; }
    // The page whose objectName is name, or nullptr when the user's role has no such page.
    Page* page(const QString& name) const;
    void showPage(Page* page);
    // A demo database (DemoDatabase marker): "[DEMO]" title, the banner above every page, About says so.
    bool isDemo() const { return m_demo; }
    DemoBanner* demoBanner() const { return m_demoBanner; }

Q_SIGNALS:
    void logoutRequested();
    void quitRequested();
    // The demo banner's Reset button (the console confirms and rebuilds).
    void demoResetRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void setUpDemo();
    void showEmptyState();
    void setUpStatusBar();
    void showAbout();
    void showSettings();
    void showImport();
    // Raw scans past the retention window go when an official who may purge logs in (as `scans purge`).
    void purgeExpiredScans();
    void logOut();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    IdleLock* m_idleLock = nullptr;
    QList<Page*> m_pages;
    bool m_loggingOut = false;
    bool m_demo = false;
    DemoBanner* m_demoBanner = nullptr;
};

} // namespace hc::gui
