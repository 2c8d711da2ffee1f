// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePanelStyle.h"

#include <QHeaderView>
#include <QTableView>

namespace bourse::ui {

void TablePanelStyle::apply(QTableView* view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 4);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

} // namespace bourse::ui
