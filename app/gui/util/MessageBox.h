#pragma once
// The one way the console shows message boxes. Tests preset the next answer so no box blocks them
// (as KeePassXC's MessageBox::setNextAnswer), and can read what would have been shown.

#include <QMessageBox>
#include <QString>

namespace hc::gui {

class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& informativeText = {}, Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          const QString& informativeText = {}, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              const QString& informativeText = {}, Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           const QString& informativeText = {}, Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    // The About box: rich text, the application icon.
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box is not shown and returns answer instead (once).
    static void setNextAnswer(Button answer);
    // Tests: text and informative text of the last box asked for, shown or answered in advance.
    static QString lastText();
    static QString lastInformativeText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       const QString& informativeText, Buttons buttons, Button defaultButton);
};

} // namespace hc::gui
