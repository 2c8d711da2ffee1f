// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QAbstractTableModel>
#include <vector>

namespace bourse::models {

// One account's balances, one row per currency that holds anything, in code order. A new balance is merged:
// changed figures give dataChanged, a currency that appears or empties is inserted or removed.
class BalancesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancesModel)

public:
    enum Column { Currency, Free, Used, Total, ColumnCount };

    explicit BalancesModel(QObject* parent = nullptr);

    void applyBalance(const ex::Balance& balance);
    bool hasData() const { return m_received; }
    // What the account can spend in `currency` (zero when it holds none).
    ex::Decimal freeOf(const QString& currency) const;
    int rowOf(const QString& currency) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void updated();

private:
    struct Row
    {
        QString currency;
        ex::BalanceEntry entry;
    };
    static bool same(const ex::BalanceEntry& a, const ex::BalanceEntry& b);

    std::vector<Row> m_rows;
    bool m_received = false;
};

} // namespace bourse::models
