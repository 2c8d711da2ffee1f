// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

class QTableView;

namespace bourse::models {
class TradesModel;
}

namespace bourse::ui {

// A market's latest trades: time, price in the taker side's colour, amount; newest on top.
class TradesPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradesPanel)

public:
    TradesPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* view() const { return m_view; }
    models::TradesModel* model() const { return m_model; }

protected:
    void rebind() override;

private:
    QTableView* m_view = nullptr;
    models::TradesModel* m_model = nullptr;
};

} // namespace bourse::ui
