// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"
#include "core/Decimal.h"

class QComboBox;
class QLabel;
class QTableView;

namespace bourse::models {
class OrderBookModel;
}

namespace bourse::ui {

class FeedBadge;

// The order book ladder of one market: asks over bids, the spread between them, cumulative depth bars, and a
// price grouping choice. Clicking a level offers its price to the order ticket (with Shift, its amount too).
class OrderBookPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBookPanel)

public:
    OrderBookPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* view() const { return m_view; }
    FeedBadge* feedBadge() const { return m_feedBadge; }
    QComboBox* groupingCombo() const { return m_grouping; }
    models::OrderBookModel* model() const { return m_model; }

signals:
    // `amount` is set when the user asked for the size too (Shift+click).
    void levelClicked(const bourse::ex::Decimal& price, const std::optional<bourse::ex::Decimal>& amount);

protected:
    void rebind() override;
    void retranslate() override;
    // The dock layout settles after the first rows arrived: centre again once the view has its real height.
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillGroupings();
    void onClicked(const QModelIndex& index);
    void centreOnSpread();

    QComboBox* m_grouping = nullptr;
    QLabel* m_groupingLabel = nullptr;
    FeedBadge* m_feedBadge = nullptr;
    QTableView* m_view = nullptr;
    models::OrderBookModel* m_model = nullptr;
    bool m_userScrolled = false;
};

} // namespace bourse::ui
