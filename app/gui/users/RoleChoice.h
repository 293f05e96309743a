#pragma once
// Fills a role combo box and describes what the chosen role may do, for the user dialogs.

#include "auth/Role.h"

class QComboBox;

namespace hc::gui {

// Adds every role (display name, key as item data) to comboBox and selects selected.
void fillRoleComboBox(QComboBox* comboBox, auth::Role selected);
// The role chosen in a combo box filled by fillRoleComboBox.
auth::Role chosenRole(const QComboBox* comboBox);
// "May view people, print cards, …": the permissions of role, translated.
QString roleSummary(auth::Role role);

} // namespace hc::gui
