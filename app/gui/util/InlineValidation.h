#pragma once
// Helpers for inline validation: a problem label next to a field shows why OK is disabled.

#include <QString>

class QLabel;

namespace hc::gui {

// Shows problem in label (styled as an error) or hides the label when problem is empty.
void showProblem(QLabel* label, const QString& problem);
// The reason a repeated password does not match, or empty.
QString repeatProblem(const QString& password, const QString& repeat);

} // namespace hc::gui
