// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QAbstractTableModel>
#include <QSet>
#include <deque>

namespace bourse::models {

// A market's latest trades, newest first: its public trades, or the account's own (fetchMyTrades), which add the
// side, cost and fee columns. Each poll answers with the last N trades; only those not seen yet are inserted, in
// one block at the top, and the oldest fall off the bottom past the row limit.
class TradesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradesModel)

public:
    // The own trades' columns follow the public ones, so that both share the first three.
    enum Column { Time, Price, Amount, Side, Cost, Fee, ColumnCount };
    enum class Source { Public, Own };

    explicit TradesModel(QString symbol, QObject* parent = nullptr);
    TradesModel(QString symbol, Source source, QObject* parent = nullptr);

    const QString& symbol() const { return m_symbol; }
    Source source() const { return m_source; }
    void setPrecision(int priceDecimals, int amountDecimals);
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    // Trades in any order; returns how many were new.
    int applyTrades(const std::vector<ex::Trade>& trades);
    bool hasData() const { return m_received; }
    const ex::Trade& tradeAt(int row) const { return m_rows[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void updated();

private:
    static QString keyOf(const ex::Trade& trade);
    static ex::OptDecimal costOf(const ex::Trade& trade);

    QString m_symbol;
    Source m_source = Source::Public;
    int m_priceDecimals = 2;
    int m_amountDecimals = 8;
    int m_maxRows = 200;
    std::deque<ex::Trade> m_rows; // newest first
    QSet<QString> m_keys;
    bool m_received = false;
};

} // namespace bourse::models
