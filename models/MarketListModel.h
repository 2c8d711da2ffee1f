// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Precision.h"
#include "core/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <optional>
#include <vector>

namespace bourse::models {

// Every market of one exchange with its 24h ticker. One row per symbol, found through a hash; markets arriving
// again are merged (insert what is new, remove what is gone) and tickers change only the cells that moved, so a
// view over thousands of markets never sees a reset per refresh. Favourites are kept per exchange in QSettings.
class MarketListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketListModel)

public:
    enum Column { Favourite, Symbol, Last, Change, High, Low, Volume, ColumnCount };

    explicit MarketListModel(QString exchangeId, QObject* parent = nullptr);

    void setMarkets(const std::vector<ex::Market>& markets, ex::CountingMode mode);
    void applyTickers(const std::vector<ex::Ticker>& tickers);

    const ex::Market* market(const QString& symbol) const;
    std::optional<ex::Ticker> ticker(const QString& symbol) const;
    QString symbolAt(int row) const;
    int rowOf(const QString& symbol) const { return m_rowBySymbol.value(symbol, -1); }
    int priceDecimals(const QString& symbol) const;
    int amountDecimals(const QString& symbol) const;
    QStringList quoteCurrencies() const;

    bool isFavourite(const QString& symbol) const { return m_favourites.contains(symbol); }
    void setFavourite(const QString& symbol, bool favourite);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tickersUpdated();

private:
    struct Row
    {
        ex::Market market;
        std::optional<ex::Ticker> ticker;
        int priceDecimals = 2;
        int amountDecimals = 8;
    };
    static bool sameFigures(const ex::Ticker& a, const ex::Ticker& b);
    void reindex(int from);
    QString settingsKey() const;

    QString m_exchangeId;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowBySymbol;
    QSet<QString> m_favourites;
};

} // namespace bourse::models
