// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bourse::ui {

// The account's open orders (each with a Cancel button, and Cancel all behind a confirmation) and its order
// history, in tabs.
class OrdersPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPanel)

public:
    OrdersPanel(models::ExchangeSession& session, QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* openOrdersView() const { return m_open; }
    QTableView* historyView() const { return m_history; }
    QPushButton* cancelAllButton() const { return m_cancelAll; }
    QLabel* feedbackLabel() const { return m_feedback; }
    // Asks the user to confirm; tests replace it. The default shows a message box.
    void setConfirmer(std::function<bool(const QString& text)> confirm) { m_confirm = std::move(confirm); }

protected:
    void rebind() override;
    void retranslate() override;

private:
    void onOpenClicked(const QModelIndex& index);
    void cancelAll();
    void updateTabs();
    void showFeedback(const QString& text, bool error);

    QTabWidget* m_tabs = nullptr;
    QTableView* m_open = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_cancelAll = nullptr;
    QLabel* m_feedback = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace bourse::ui
