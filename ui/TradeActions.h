// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;

namespace bourse::ui {

class MainWindow;

// The Trade menu and its keys, for a trader who keeps both hands on the keyboard: F2 the ticket, F3 buy, F4 sell,
// Ctrl+Shift+X cancel all (with the orders panel's own confirmation), F6 / Shift+F6 the next / previous panel.
// They act on the first panel of the kind, raised if it is tabbed away.
void addTradeActions(MainWindow& window, QMenu& menu);

} // namespace bourse::ui
