#pragma once
// Locks the console after Settings::IdleLockMinutes without keyboard or mouse input: an application
// event filter restarts a timer on input; when it fires, the windows are hidden behind a LockDialog.

#include "auth/Session.h"
#include "db/Database.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

namespace hc::gui {

class LockDialog;

class IdleLock final : public QObject
{
    Q_OBJECT
public:
    // window is the main window to hide; the lock starts counting at once.
    IdleLock(const db::Database& db, const auth::Session& session, QWidget* window);
    ~IdleLock() override;

    // Tests and settings changes: the idle time before locking.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    bool isLocked() const { return m_locked; }
    LockDialog* lockDialog() const { return m_dialog; }

public Q_SLOTS:
    void lockNow();

Q_SIGNALS:
    void locked();
    void unlocked();
    void logoutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock();

    QWidget* m_window;
    LockDialog* m_dialog;
    QTimer m_timer;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace hc::gui
