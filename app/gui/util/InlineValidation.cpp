#include "InlineValidation.h"

#include <QCoreApplication>
#include <QLabel>

namespace hc::gui {

void showProblem(QLabel* label, const QString& problem)
{
    // A fixed red reads on light and dark palettes alike; the text itself carries the meaning.
    if (label->styleSheet().isEmpty())
        label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QString repeatProblem(const QString& password, const QString& repeat)
{
    if (repeat.isEmpty() || password == repeat)
        return {};
    return QCoreApplication::translate("hc::gui", "The two passwords differ.");
}

} // namespace hc::gui
