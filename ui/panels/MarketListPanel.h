// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace bourse::models {
class MarketFilterProxyModel;
}

namespace bourse::ui {

// Every market of the exchange: a filter as you type, a quote-currency or favourites choice, sortable columns
// (last, 24h change coloured, high, low, volume) and a star per market. Choosing a market moves the panels of
// its link group.
class MarketListPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketListPanel)

public:
    MarketListPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* quoteCombo() const { return m_quote; }
    models::MarketFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void marketChosen(const QString& symbol);

protected:
    void rebind() override;
    void retranslate() override;

private:
    void fillQuotes();
    void onQuoteChosen(int index);
    void onClicked(const QModelIndex& index);
    void selectCurrent();

    QLineEdit* m_filter = nullptr;
    QComboBox* m_quote = nullptr;
    QTableView* m_view = nullptr;
    models::MarketFilterProxyModel* m_proxy = nullptr;
};

} // namespace bourse::ui
