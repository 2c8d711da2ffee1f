// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradeActions.h"

#include "MainWindow.h"
#include "panels/OrderTicketPanel.h"
#include "panels/OrdersPanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

namespace bourse::ui {

namespace {

template<typename P> P* firstPanel(const MainWindow& window)
{
    for (Panel* p : window.boundPanels()) {
        if (auto* found = qobject_cast<P*>(p)) {
            return found;
        }
    }
    return nullptr;
}

void raise(QWidget* panel)
{
    if (auto* dock = qobject_cast<QDockWidget*>(panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

// Puts the cursor in the ticket's amount, its text selected so typing replaces it.
void focusTicket(MainWindow& window, std::optional<bool> buy)
{
    OrderTicketPanel* ticket = firstPanel<OrderTicketPanel>(window);
    if (!ticket) {
        return;
    }
    raise(ticket);
    if (buy) {
        ticket->setSide(*buy);
    }
    ticket->amountEdit()->setFocus(Qt::ShortcutFocusReason);
    ticket->amountEdit()->selectAll();
}

// The visible panels in the order they were added, and focus moved `step` places from the one that has it.
void cyclePanels(MainWindow& window, int step)
{
    QList<QDockWidget*> docks;
    for (QDockWidget* d : window.panels()) {
        if (!d->isHidden()) {
            docks.append(d);
        }
    }
    if (docks.isEmpty()) {
        return;
    }
    int current = -1;
    for (int i = 0; i < docks.size(); ++i) {
        if (docks[i]->isAncestorOf(QApplication::focusWidget())) {
            current = i;
        }
    }
    const int next = current < 0 ? 0 : (current + step + docks.size()) % docks.size();
    QDockWidget* dock = docks[next];
    dock->raise();
    QWidget* target = dock->widget();
    if (QWidget* child = target->nextInFocusChain(); child && target->isAncestorOf(child)) {
        target = child;
    }
    target->setFocus(Qt::TabFocusReason);
}

QAction* add(QMenu& menu, const char* text, const QKeySequence& key, const char* name)
{
    QAction* a = MainWindow::keepTranslated(menu.addAction(QString()), text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setObjectName(QString::fromLatin1(name));
    return a;
}

} // namespace

void addTradeActions(MainWindow& window, QMenu& menu)
{
    QObject::connect(add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Order ticket"), QKeySequence(Qt::Key_F2),
                         "focusTicketAction"),
                     &QAction::triggered, &window, [&window] { focusTicket(window, std::nullopt); });
    QObject::connect(
        add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Buy"), QKeySequence(Qt::Key_F3), "buyAction"),
        &QAction::triggered, &window, [&window] { focusTicket(window, true); });
    QObject::connect(
        add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Sell"), QKeySequence(Qt::Key_F4), "sellAction"),
        &QAction::triggered, &window, [&window] { focusTicket(window, false); });
    menu.addSeparator();
    QObject::connect(add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Cancel all orders…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), "cancelAllAction"),
                     &QAction::triggered, &window, [&window] {
                         OrdersPanel* orders = firstPanel<OrdersPanel>(window);
                         if (orders && orders->cancelAllButton()->isEnabled()) {
                             raise(orders);
                             orders->cancelAllButton()->click();
                         }
                     });
    menu.addSeparator();
    QObject::connect(add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Next panel"), QKeySequence(Qt::Key_F6),
                         "nextPanelAction"),
                     &QAction::triggered, &window, [&window] { cyclePanels(window, 1); });
    QObject::connect(add(menu, QT_TRANSLATE_NOOP("bourse::ui::MainWindow", "&Previous panel"),
                         QKeySequence(Qt::SHIFT | Qt::Key_F6), "previousPanelAction"),
                     &QAction::triggered, &window, [&window] { cyclePanels(window, -1); });
}

} // namespace bourse::ui
