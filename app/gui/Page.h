#pragma once
// One domain area of the main window (Users, Audit, ...): a widget with a title and icon for the page list.

#include <QIcon>
#include <QWidget>

namespace hc::gui {

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Called each time the page becomes the current one: pages re-read what may have changed meanwhile.
    virtual void activate() {}

Q_SIGNALS:
    // A short note for the status bar ("User li.na disabled.").
    void statusMessage(const QString& message);
};

} // namespace hc::gui
