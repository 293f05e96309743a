#pragma once
// The look shared by the console's tables: compact rows, no row numbers, columns sized to their contents.

class QTableView;

namespace hc::gui {

// Call once after setModel().
void setUpTableView(QTableView* view);
// Sizes every column but the last (which stretches) to its contents plus some air.
void fitColumns(QTableView* view);

} // namespace hc::gui
