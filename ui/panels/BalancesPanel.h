// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

class QLabel;
class QTableView;
class QToolButton;

namespace bourse::ui {

// The account's balances: available, in orders and total per asset, refreshed on demand and after each order.
class BalancesPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancesPanel)

public:
    BalancesPanel(models::ExchangeSession& session, QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* view() const { return m_view; }

protected:
    void rebind() override;
    void retranslate() override;

private:
    void updateNote();

    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QToolButton* m_refresh = nullptr;
};

} // namespace bourse::ui
