// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancesModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

namespace bourse::models {

namespace {

bool holdsAnything(const ex::BalanceEntry& e)
{
    const auto nonZero = [](const ex::OptDecimal& d) { return d && !d->isZero(); };
    return nonZero(e.free) || nonZero(e.used) || nonZero(e.total);
}

} // namespace

BalancesModel::BalancesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool BalancesModel::same(const ex::BalanceEntry& a, const ex::BalanceEntry& b)
{
    return a.free == b.free && a.used == b.used && a.total == b.total;
}

void BalancesModel::applyBalance(const ex::Balance& balance)
{
    m_received = true;
    // Both lists are in code order (std::map is sorted): one merge walk.
    std::vector<Row> incoming;
    for (const auto& [code, entry] : balance.currencies) {
        if (holdsAnything(entry)) {
            incoming.push_back({QString::fromStdString(code), entry});
        }
    }
    size_t i = 0;
    size_t j = 0;
    while (i < m_rows.size() || j < incoming.size()) {
        const int row = static_cast<int>(i);
        if (i < m_rows.size() && j < incoming.size() && m_rows[i].currency == incoming[j].currency) {
            if (!same(m_rows[i].entry, incoming[j].entry)) {
                m_rows[i].entry = incoming[j].entry;
                emit dataChanged(index(row, Free), index(row, Total));
            }
            ++i;
            ++j;
        } else if (j < incoming.size() && (i == m_rows.size() || incoming[j].currency < m_rows[i].currency)) {
            beginInsertRows({}, row, row);
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), incoming[j]);
            endInsertRows();
            ++i;
            ++j;
        } else {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(i));
            endRemoveRows();
        }
    }
    emit updated();
}

ex::Decimal BalancesModel::freeOf(const QString& currency) const
{
    const int row = rowOf(currency);
    return row < 0 ? ex::Decimal() : m_rows[static_cast<size_t>(row)].entry.free.value_or(ex::Decimal());
}

int BalancesModel::rowOf(const QString& currency) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].currency == currency) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int BalancesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BalancesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalancesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const auto value = [&](int column) -> ex::OptDecimal {
        switch (column) {
        case Free:
            return r.entry.free;
        case Used:
            return r.entry.used;
        case Total:
            return r.entry.total;
        default:
            return std::nullopt;
        }
    };
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Currency ? Qt::AlignLeft | Qt::AlignVCenter
                                                              : Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        if (index.column() == Currency) {
            return r.currency;
        }
        return value(index.column()) ? QVariant::fromValue(*value(index.column())) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == Currency) {
            return r.currency;
        }
        return value(index.column()) ? DecimalText::amount(*value(index.column())) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant BalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == Currency ? Qt::AlignLeft | Qt::AlignVCenter
                                                       : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Currency:
        return tr("Asset");
    case Free:
        //: A column: the part of a balance free to trade
        return tr("Available");
    case Used:
        //: A column: the part of a balance held by open orders
        return tr("In orders");
    case Total:
        //: A column: a balance, free and held together
        return tr("Total");
    default:
        return {};
    }
}

} // namespace bourse::models
