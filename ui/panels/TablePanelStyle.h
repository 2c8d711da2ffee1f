// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace bourse::ui {

// The look every table panel shares: no grid, no row numbers, compact rows, no editing.
class TablePanelStyle final
{
public:
    TablePanelStyle() = delete;

    static void apply(QTableView* view);
};

} // namespace bourse::ui
