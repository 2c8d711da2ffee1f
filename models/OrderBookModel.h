// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QAbstractTableModel>
#include <vector>

namespace bourse::models {

// An order book ladder: asks above (the best ask just over the middle), one spread row, bids below (the best bid
// just under it). Each row is one price level, grouped to a multiple of the grouping step. A new snapshot is
// merged into the rows in place: a level whose figures moved gets dataChanged, a level that appeared is inserted,
// one that went is removed, so the view neither flickers nor jumps (STYLE.md 3).
class OrderBookModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBookModel)

public:
    enum Column { Price, Amount, Total, ColumnCount };
    enum RowKind { AskRow, SpreadRow, BidRow };

    explicit OrderBookModel(QString symbol, QObject* parent = nullptr);

    const QString& symbol() const { return m_symbol; }
    // The market's tick and display decimals. The grouping step starts at the tick.
    void setPrecision(const ex::Decimal& tick, int priceDecimals, int amountDecimals);
    const ex::Decimal& tick() const { return m_tick; }
    // Aggregates levels to multiples of `step` (asks up, bids down, so a level never crosses the spread).
    void setGrouping(const ex::Decimal& step);
    const ex::Decimal& grouping() const { return m_grouping; }
    // Levels shown per side.
    void setDepth(int levels);
    int depth() const { return m_depth; }

    void applySnapshot(const ex::OrderBook& book);
    // The account's open orders (of any market): those of this market resting at a price are marked at their
    // (grouped) levels through OwnAmountRole; only the levels whose mark changed get dataChanged.
    void setOwnOrders(const std::vector<ex::Order>& orders);
    // What the user's orders have resting at a row's level; zero for none or the spread row.
    ex::Decimal ownAmountAt(int row) const;
    bool hasData() const { return m_received; }

    int askCount() const { return static_cast<int>(m_asks.size()); }
    int bidCount() const { return static_cast<int>(m_bids.size()); }
    int spreadRow() const { return askCount(); }
    RowKind rowKind(int row) const;
    // The level's price and amount; nullopt for the spread row or a row out of range.
    std::optional<ex::PriceLevel> levelAt(int row) const;
    // One side of the whole book as the depth chart draws it: each price (ungrouped) with the amount offered at it
    // and every better price, best price first.
    std::vector<ex::PriceLevel> cumulativeDepth(bool asks) const;
    ex::OptDecimal bestBid() const;
    ex::OptDecimal bestAsk() const;
    int priceDecimals() const { return m_priceDecimals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void updated();

private:
    struct Level
    {
        ex::Decimal price;
        ex::Decimal amount;
        ex::Decimal cumulative;
        ex::Decimal own; // the user's resting orders at this level
        bool operator==(const Level&) const = default;
    };
    // Display order of one side: asks by descending price (worst first), bids by descending price (best first).
    std::vector<Level> group(const std::vector<ex::PriceLevel>& levels, bool asks) const;
    void mergeSide(std::vector<Level>& rows, const std::vector<Level>& incoming, bool asks);
    void rebuild();
    // The grouped price a level at `price` is shown at: asks round up, bids down, to the grouping step.
    ex::Decimal levelKey(const ex::Decimal& price, bool asks) const;
    void updateDepthScale();
    int firstRowOf(bool asks) const { return asks ? 0 : askCount() + 1; }

    QString m_symbol;
    ex::Decimal m_tick;
    ex::Decimal m_grouping;
    int m_priceDecimals = 2;
    int m_amountDecimals = 8;
    int m_depth = 30;
    ex::OrderBook m_snapshot;
    struct OwnOrder
    {
        bool sell;
        ex::Decimal price;
        ex::Decimal remaining;
    };
    std::vector<OwnOrder> m_own;
    std::vector<Level> m_asks;
    std::vector<Level> m_bids;
    // The cumulative amount a full depth bar stands for. It moves only when the book outgrows it or shrinks to
    // under half of it, so bars stay still while the book breathes and a tick repaints only the rows it changed.
    ex::Decimal m_depthScale;
    bool m_received = false;
    bool m_spreadShown = false;
    ex::OptDecimal m_spreadBid;
    ex::OptDecimal m_spreadAsk;
};

} // namespace bourse::models
