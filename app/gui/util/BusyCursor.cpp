#include "BusyCursor.h"

#include <QCursor>
#include <QGuiApplication>

namespace hc::gui {

BusyCursor::BusyCursor()
{
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
}

BusyCursor::~BusyCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

} // namespace hc::gui
