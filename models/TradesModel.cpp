// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradesModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

namespace bourse::models {

TradesModel::TradesModel(QString symbol, QObject* parent)
    : TradesModel(std::move(symbol), Source::Public, parent)
{
}

TradesModel::TradesModel(QString symbol, Source source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_symbol(std::move(symbol))
    , m_source(source)
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

namespace {

QString sideText(const ex::Trade& t)
{
    if (t.side == std::optional<std::string>("buy")) {
        return TradesModel::tr("Buy");
    }
    return t.side == std::optional<std::string>("sell") ? TradesModel::tr("Sell") : QStringLiteral("—");
}

QString feeText(const ex::Trade& t, int decimals)
{
    if (!t.fee || !t.fee->cost) {
        return QStringLiteral("—");
    }
    const QString amount = DecimalText::format(*t.fee->cost, std::max(decimals, t.fee->cost->decimalPlaces()));
    return t.fee->currency ? amount + QLatin1Char(' ') + QString::fromStdString(*t.fee->currency) : amount;
}

} // namespace

ex::OptDecimal TradesModel::costOf(const ex::Trade& t)
{
    if (t.cost) {
        return t.cost;
    }
    return t.price && t.amount ? ex::OptDecimal(*t.price * *t.amount) : std::nullopt;
}

int TradesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradesModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_source == Source::Own ? ColumnCount : Side;
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
    case Qt::ToolTipRole:
        // The date a compact time cell leaves out.
        return index.column() == Time && t.timestamp ? QVariant(DecimalText::dateTime(*t.timestamp)) : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case Time:
            return QVariant::fromValue<qint64>(t.timestamp.value_or(0));
        case Price:
            return t.price ? QVariant::fromValue(*t.price) : QVariant();
        case Amount:
            return t.amount ? QVariant::fromValue(*t.amount) : QVariant();
        case Side:
            return QString::fromStdString(t.side.value_or(std::string()));
        case Cost:
            return costOf(t) ? QVariant::fromValue(*costOf(t)) : QVariant();
        case Fee:
            return t.fee && t.fee->cost ? QVariant::fromValue(*t.fee->cost) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            // The account's trades reach back days; the public tape only minutes.
            if (!t.timestamp) {
                return QStringLiteral("—");
            }
            return m_source == Source::Own
                ? DecimalText::compactDateTime(*t.timestamp, QDateTime::currentMSecsSinceEpoch())
                : QDateTime::fromMSecsSinceEpoch(*t.timestamp).toString(QStringLiteral("HH:mm:ss"));
        case Price:
            return DecimalText::format(t.price, m_priceDecimals);
        case Amount:
            return DecimalText::format(t.amount, m_amountDecimals);
        case Side:
            return sideText(t);
        case Cost:
            return DecimalText::format(costOf(t), m_priceDecimals);
        case Fee:
            return feeText(t, m_priceDecimals);
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
    case Side:
        //: A column: buy or sell
        return tr("Side");
    case Cost:
        //: A column: price times amount
        return tr("Cost");
    case Fee:
        return tr("Fee");
    default:
        return {};
    }
}

} // namespace bourse::models
