#include "IdleLock.h"

#include "LockDialog.h"
#include "util/Settings.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QWidget>

namespace hc::gui {

IdleLock::IdleLock(const db::Database& db, const auth::Session& session, QWidget* window)
    : QObject(window), m_window(window), m_dialog(new LockDialog(db, session, window))
{
    setObjectName(QStringLiteral("idleLock"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::minutes(Settings::intValue(Settings::Key::IdleLockMinutes)));
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(m_dialog, &LockDialog::unlocked, this, &IdleLock::unlock);
    connect(m_dialog, &LockDialog::logoutRequested, this, &IdleLock::logoutRequested);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (!m_locked)
        m_timer.start();
}

std::chrono::milliseconds IdleLock::interval() const
{
    return m_timer.intervalAsDuration();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!m_locked)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer.stop();
    // Every window of the console may show personal details, so all of them go, not only the main one.
    // Menus, tool tips and an open message box (answered "cancel" by hiding it) are not brought back.
    m_hidden.clear();
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w == m_dialog || !w->isVisible())
            continue;
        const bool restorable =
            (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog) && !qobject_cast<QMessageBox*>(w);
        if (restorable)
            m_hidden << QPointer<QWidget>(w);
        w->hide();
    }
    m_dialog->reset();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT locked();
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    if (m_window) {
        m_window->raise();
        m_window->activateWindow();
    }
    m_timer.start();
    Q_EMIT unlocked();
}

} // namespace hc::gui
