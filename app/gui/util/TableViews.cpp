#include "TableViews.h"

#include <QHeaderView>
#include <QTableView>

namespace hc::gui {

void setUpTableView(QTableView* view)
{
    view->verticalHeader()->hide();
    // Officials scan long lists: the style's default row height wastes a third of the screen.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    fitColumns(view);
}

void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    const int padding = view->fontMetrics().averageCharWidth() * 2;
    const int last = view->horizontalHeader()->count() - 1;
    for (int column = 0; column < last; ++column)
        view->setColumnWidth(column, view->columnWidth(column) + padding);
}

} // namespace hc::gui
