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
    // For tables whose rows carry dates, fees and ids, more than equal shares of a narrow panel hold (a cut figure
    // misleads): each column takes its text's width (a user can drag it), the last fills what is left, and a
    // panel too narrow scrolls sideways. Call after setModel. The header's ResizeToContents measures only at
    // layout, before the first rows arrive, so the widths are taken again whenever rows come or change.
    static void fitColumnsToText(QTableView* view);
};

} // namespace bourse::ui
