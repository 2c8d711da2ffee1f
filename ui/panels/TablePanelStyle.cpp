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

void TablePanelStyle::fitColumnsToText(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    QAbstractItemModel* model = view->model();
    if (!model) {
        return;
    }
    // Queued: the view and its headers take in the new rows first, and only then can they be measured.
    const auto queued = static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::UniqueConnection);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, &QTableView::resizeColumnsToContents, queued);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents, queued);
    QObject::connect(model, &QAbstractItemModel::dataChanged, view, &QTableView::resizeColumnsToContents, queued);
    view->resizeColumnsToContents();
}

} // namespace bourse::ui
