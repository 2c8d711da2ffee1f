// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <vector>

namespace bourse::models {

// An account's orders, newest first, one row per order id: the open orders, or the order history (the same
// columns; the history keeps a bounded number of rows). A new list is merged by id: gone orders are removed,
// changed ones (filled, status) give dataChanged, new ones are inserted at the top.
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column {
        Time,
        Symbol,
        Type,
        Side,
        Price,
        Amount,
        Filled,
        Status,
        Action, // the open orders' cancel button
        ColumnCount
    };

    explicit OrdersModel(QObject* parent = nullptr);

    void setMaxRows(int rows) { m_maxRows = rows; }
    void applyOrders(const std::vector<ex::Order>& orders);
    bool hasData() const { return m_received; }
    const ex::Order& orderAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    const std::vector<ex::Order>& orders() const { return m_rows; }
    int rowOf(const QString& id) const { return m_rowById.value(id, -1); }
    // An order whose answer was lost and whose fate the exchange could not tell (OrderStatusUnknown). It stays on
    // top as "Unknown — check" until a list from the exchange holds an order under its client id (that order then
    // stands in its place) or the user, having looked on the exchange, dismisses it. `why` is the tooltip.
    void addUnresolved(ex::Order order, const QString& why);
    // Drops the unresolved rows whose client ids `orders` (another list: the history) holds.
    void resolveFrom(const std::vector<ex::Order>& orders);
    void dismissUnresolved(const QString& rowId);
    bool isUnresolved(int row) const;
    int unresolvedCount() const { return static_cast<int>(m_unresolved.size()); }
    // Display decimals per symbol, from the markets.
    void setPrecision(const QString& symbol, int priceDecimals, int amountDecimals);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void updated();
    // Orders of these markets filled (some or more of their amount) since the list before; not said of the first
    // list, whose fills are history.
    void filled(const QStringList& symbols);

private:
    static QString idOf(const ex::Order& order);
    static bool unresolved(const ex::Order& order);
    // Takes the unresolved orders `orders` lists (by client id) out of m_unresolved; returns their row ids.
    QSet<QString> takeResolved(const std::vector<ex::Order>& orders);
    void removeRowsOf(const QSet<QString>& ids);
    // ccxt's words for an order's type and status ("limit", "canceled") in the user's language; others as they are.
    static QString typeText(const std::string& type);
    static QString statusText(const std::string& status);
    static bool same(const ex::Order& a, const ex::Order& b);
    void reindex();

    std::vector<ex::Order> m_rows;
    std::vector<ex::Order> m_unresolved;
    QHash<QString, int> m_rowById;
    QHash<QString, std::pair<int, int>> m_decimals;
    int m_maxRows = 500;
    bool m_received = false;
};

} // namespace bourse::models
