#include "MessageBox.h"

namespace hc::gui {

namespace {
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
QString g_lastInformativeText;
} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& informativeText, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, informativeText, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       const QString& informativeText, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, informativeText, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                           const QString& informativeText, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, informativeText, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        const QString& informativeText, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, informativeText, buttons, defaultButton);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    g_lastInformativeText.clear();
    if (g_nextAnswer != QMessageBox::NoButton) {
        g_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastInformativeText()
{
    return g_lastInformativeText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    const QString& informativeText, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    g_lastInformativeText = informativeText;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setInformativeText(informativeText);
    // Long core messages (paths, URLs) must be selectable so users can paste them into a ticket.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

} // namespace hc::gui
