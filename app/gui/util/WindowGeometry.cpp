#include "WindowGeometry.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QWidget>

namespace hc::gui {

namespace {
// The same file as hc::Settings writes, so IT and support find one configuration per user.
QSettings uiSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("HealthCode"),
                     QStringLiteral("console"));
}
} // namespace

WindowGeometry::WindowGeometry(QWidget* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("windowGeometry"));
}

void WindowGeometry::remember(QWidget* window)
{
    Q_ASSERT(window && !window->objectName().isEmpty());
    auto* helper = new WindowGeometry(window);
    helper->restore();
    window->installEventFilter(helper);
}

QString WindowGeometry::geometryKey(const QWidget* window)
{
    return QStringLiteral("geometry/") + window->objectName();
}

QString WindowGeometry::stateKey(const QWidget* window)
{
    return QStringLiteral("window_state/") + window->objectName();
}

bool WindowGeometry::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        save();
    return QObject::eventFilter(watched, event);
}

void WindowGeometry::restore()
{
    const QSettings s = uiSettings();
    const QByteArray geometry = s.value(geometryKey(m_window)).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (auto* mainWindow = qobject_cast<QMainWindow*>(m_window)) {
        const QByteArray state = s.value(stateKey(m_window)).toByteArray();
        if (!state.isEmpty())
            mainWindow->restoreState(state);
    }
}

void WindowGeometry::save()
{
    // A window that was never shown has no geometry worth keeping.
    if (!m_window->testAttribute(Qt::WA_WState_Created))
        return;
    QSettings s = uiSettings();
    s.setValue(geometryKey(m_window), m_window->saveGeometry());
    if (auto* mainWindow = qobject_cast<QMainWindow*>(m_window))
        s.setValue(stateKey(m_window), mainWindow->saveState());
}

} // namespace hc::gui
