// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradesModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

namespace bourse::models {

TradesModel::TradesModel(QString symbol, QObject* parent)
    : QAbstractTableModel(parent)
    , m_symbol(std::move(symbol))
{
}

void TradesModel::setPrecision(int priceDecimals, int amountDecimals)
{
    m_priceDecimals = priceDecimals;
    m_amountDecimals = amountDecimals;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void TradesModel::setMaxRows(int rows)
{
    m_maxRows = std::max(rows, 1);
    if (rowCount() > m_maxRows) {
        beginRemoveRows({}, m_maxRows, rowCount() - 1);
        while (static_cast<int>(m_rows.size()) > m_maxRows) {
            m_keys.remove(keyOf(m_rows.back()));
            m_rows.pop_back();
        }
        endRemoveRows();
    }
}

QString TradesModel::keyOf(const ex::Trade& trade)
{
    if (trade.id) {
        return QString::fromStdString(*trade.id);
    }
    // Venues that give no id: time, price and amount together are as unique as the feed allows.
    return QStringLiteral("%1|%2|%3|%4")
        .arg(trade.timestamp.value_or(0))
        .arg(QString::fromStdString(trade.price ? trade.price->toString() : std::string()),
             QString::fromStdString(trade.amount ? trade.amount->toString() : std::string()),
             QString::fromStdString(trade.side.value_or(std::string())));
}

int TradesModel::applyTrades(const std::vector<ex::Trade>& trades)
{
    m_received = true;
    const long long newest = m_rows.empty() ? 0 : m_rows.front().timestamp.value_or(0);
    std::vector<ex::Trade> fresh;
    QSet<QString> batch;
    for (const ex::Trade& t : trades) {
        const QString key = keyOf(t);
        if (m_keys.contains(key) || batch.contains(key) || t.timestamp.value_or(0) < newest) {
            continue;
        }
        batch.insert(key);
        fresh.push_back(t);
    }
    if (!fresh.empty()) {
        // Newest first; equal times keep the exchange's order, latest last in its list.
        std::stable_sort(fresh.begin(), fresh.end(), [](const ex::Trade& a, const ex::Trade& b) {
            return a.timestamp.value_or(0) < b.timestamp.value_or(0);
        });
        std::reverse(fresh.begin(), fresh.end());
        if (static_cast<int>(fresh.size()) > m_maxRows) {
            fresh.resize(static_cast<size_t>(m_maxRows));
        }
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        for (auto it = fresh.rbegin(); it != fresh.rend(); ++it) {
            m_keys.insert(keyOf(*it));
            m_rows.push_front(*it);
        }
        endInsertRows();
        if (rowCount() > m_maxRows) {
            beginRemoveRows({}, m_maxRows, rowCount() - 1);
            while (static_cast<int>(m_rows.size()) > m_maxRows) {
                m_keys.remove(keyOf(m_rows.back()));
                m_rows.pop_back();
            }
            endRemoveRows();
        }
    }
    emit updated();
    return static_cast<int>(fresh.size());
}

int TradesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ex::Trade& t = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case SideRole:
        return t.side == std::optional<std::string>("buy") ? 1
                                                           : (t.side == std::optional<std::string>("sell") ? -1 : 0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Time ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        switch (index.column()) {
        case Time:
            return QVariant::fromValue<qint64>(t.timestamp.value_or(0));
        case Price:
            return t.price ? QVariant::fromValue(*t.price) : QVariant();
        case Amount:
            return t.amount ? QVariant::fromValue(*t.amount) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return t.timestamp ? QDateTime::fromMSecsSinceEpoch(*t.timestamp).toString(QStringLiteral("HH:mm:ss"))
                               : QStringLiteral("—");
        case Price:
            return DecimalText::format(t.price, m_priceDecimals);
        case Amount:
            return DecimalText::format(t.amount, m_amountDecimals);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == Time ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace bourse::models
