// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderBookModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

#include <algorithm>
#include <utility>

namespace bourse::models {

OrderBookModel::OrderBookModel(QString symbol, QObject* parent)
    : QAbstractTableModel(parent)
    , m_symbol(std::move(symbol))
{
}

void OrderBookModel::setPrecision(const ex::Decimal& tick, int priceDecimals, int amountDecimals)
{
    m_tick = tick;
    m_priceDecimals = priceDecimals;
    m_amountDecimals = amountDecimals;
    if (m_grouping.isZero() || m_grouping < tick) {
        m_grouping = tick;
    }
    rebuild();
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void OrderBookModel::setGrouping(const ex::Decimal& step)
{
    if (step == m_grouping || step.isNegative()) {
        return;
    }
    m_grouping = step;
    rebuild();
}

void OrderBookModel::setDepth(int levels)
{
    if (levels == m_depth || levels < 1) {
        return;
    }
    m_depth = levels;
    rebuild();
}

std::vector<OrderBookModel::Level> OrderBookModel::group(const std::vector<ex::PriceLevel>& levels, bool asks) const
{
    // `levels` is best first. Grouped prices stay in best-first order, so equal keys are adjacent.
    std::vector<Level> best;
    for (const ex::PriceLevel& l : levels) {
        const ex::Decimal key = levelKey(l.price, asks);
        if (!best.empty() && best.back().price == key) {
            best.back().amount += l.amount;
            continue;
        }
        if (static_cast<int>(best.size()) == m_depth) {
            break;
        }
        best.push_back({key, l.amount, {}, {}});
    }
    // Few orders against few levels: a scan each is cheaper than an index. An order resting inside the shown range
    // at a level the snapshot lacks (a simulated venue's book leaves the user's orders out; a real one's may lag)
    // is a level of its own: the book holds at least that order there.
    for (const OwnOrder& order : m_own) {
        if (order.sell != asks || best.empty()) {
            continue;
        }
        const ex::Decimal key = levelKey(order.price, asks);
        // The first level at the order's price or worse than it.
        const auto at = std::find_if(best.begin(), best.end(), [asks, &key](const Level& l) {
            return l.price == key || (asks ? key < l.price : l.price < key);
        });
        if (at != best.end() && at->price == key) {
            at->own += order.remaining;
        } else if (at != best.end() && at != best.begin()) {
            best.insert(at, {key, order.remaining, {}, order.remaining});
        }
    }
    ex::Decimal running;
    for (Level& l : best) {
        running += l.amount;
        l.cumulative = running;
    }
    if (asks) {
        std::reverse(best.begin(), best.end());
    }
    return best;
}

ex::Decimal OrderBookModel::levelKey(const ex::Decimal& price, bool asks) const
{
    if (m_grouping.isZero()) {
        return price;
    }
    ex::Decimal key = price.divided(m_grouping, 0) * m_grouping;
    if (asks && key < price) {
        key = key + m_grouping;
    }
    return key.rounded(std::max(m_grouping.decimalPlaces(), 0));
}

void OrderBookModel::setOwnOrders(const std::vector<ex::Order>& orders)
{
    std::vector<OwnOrder> own;
    const std::string symbol = m_symbol.toStdString();
    for (const ex::Order& o : orders) {
        // A stop waits off the book until its trigger fires; a market order never rests.
        if (o.symbol != symbol || !o.price || !o.side || o.triggerPrice) {
            continue;
        }
        ex::Decimal remaining =
            o.remaining ? *o.remaining : o.amount.value_or(ex::Decimal()) - o.filled.value_or(ex::Decimal());
        if (remaining.isZero() || remaining.isNegative()) {
            continue;
        }
        own.push_back({*o.side == "sell", *o.price, remaining});
    }
    const auto same = [](const OwnOrder& a, const OwnOrder& b) {
        return a.sell == b.sell && a.price == b.price && a.remaining == b.remaining;
    };
    if (std::equal(own.begin(), own.end(), m_own.begin(), m_own.end(), same)) {
        return;
    }
    m_own = std::move(own);
    rebuild();
}

ex::Decimal OrderBookModel::ownAmountAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    switch (rowKind(row)) {
    case AskRow:
        return m_asks[static_cast<size_t>(row)].own;
    case BidRow:
        return m_bids[static_cast<size_t>(row - askCount() - 1)].own;
    case SpreadRow:
        break;
    }
    return {};
}

void OrderBookModel::mergeSide(std::vector<Level>& rows, const std::vector<Level>& incoming, bool asks)
{
    // Both lists are in descending price order. A merge walk gives the fewest inserts and removes; changed rows
    // are reported in runs, flushed before any insert or remove moves the row numbers.
    int runStart = -1;
    int runEnd = -1;
    const auto flush = [&] {
        if (runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(runEnd, ColumnCount - 1));
            runStart = runEnd = -1;
        }
    };
    size_t i = 0;
    size_t j = 0;
    while (i < rows.size() || j < incoming.size()) {
        const int offset = firstRowOf(asks);
        if (i < rows.size() && j < incoming.size() && rows[i].price == incoming[j].price) {
            if (!(rows[i] == incoming[j])) {
                rows[i] = incoming[j];
                const int row = offset + static_cast<int>(i);
                if (runStart >= 0 && row == runEnd + 1) {
                    runEnd = row;
                } else {
                    flush();
                    runStart = runEnd = row;
                }
            }
            ++i;
            ++j;
        } else if (j < incoming.size() && (i == rows.size() || incoming[j].price > rows[i].price)) {
            flush();
            size_t k = j;
            while (k < incoming.size() && (i == rows.size() || incoming[k].price > rows[i].price)) {
                ++k;
            }
            const int row = offset + static_cast<int>(i);
            beginInsertRows({}, row, row + static_cast<int>(k - j) - 1);
            rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(i),
                        incoming.begin() + static_cast<std::ptrdiff_t>(j),
                        incoming.begin() + static_cast<std::ptrdiff_t>(k));
            endInsertRows();
            i += k - j;
            j = k;
        } else {
            flush();
            size_t k = i;
            while (k < rows.size() && (j == incoming.size() || rows[k].price > incoming[j].price)) {
                ++k;
            }
            const int row = offset + static_cast<int>(i);
            beginRemoveRows({}, row, row + static_cast<int>(k - i) - 1);
            rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i), rows.begin() + static_cast<std::ptrdiff_t>(k));
            endRemoveRows();
        }
    }
    flush();
}

void OrderBookModel::rebuild()
{
    const std::vector<Level> asks = group(m_snapshot.asks, true);
    const std::vector<Level> bids = group(m_snapshot.bids, false);
    if (m_received && !m_spreadShown) {
        // The spread row exists from the first snapshot on.
        beginInsertRows({}, 0, 0);
        m_spreadShown = true;
        endInsertRows();
    }
    mergeSide(m_asks, asks, true);
    mergeSide(m_bids, bids, false);
    // The spread row shows the best prices as they were before this update until every insert and remove is
    // done, so that its data changes only through this one dataChanged.
    if (m_received && (m_spreadBid != bestBid() || m_spreadAsk != bestAsk())) {
        m_spreadBid = bestBid();
        m_spreadAsk = bestAsk();
        const int row = spreadRow();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    updateDepthScale();
}

void OrderBookModel::updateDepthScale()
{
    ex::Decimal widest;
    if (!m_asks.empty()) {
        widest = m_asks.front().cumulative;
    }
    if (!m_bids.empty() && m_bids.back().cumulative > widest) {
        widest = m_bids.back().cumulative;
    }
    if (widest.isZero()) {
        return;
    }
    if (widest > m_depthScale || widest + widest < m_depthScale) {
        m_depthScale = widest;
        if (rowCount() > 0) {
            emit dataChanged(index(0, Total), index(rowCount() - 1, Total), {DepthFractionRole});
        }
    }
}

void OrderBookModel::applySnapshot(const ex::OrderBook& book)
{
    m_snapshot = book;
    m_received = true;
    rebuild();
    emit updated();
}

OrderBookModel::RowKind OrderBookModel::rowKind(int row) const
{
    if (row < askCount()) {
        return AskRow;
    }
    return row == askCount() ? SpreadRow : BidRow;
}

std::optional<ex::PriceLevel> OrderBookModel::levelAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return std::nullopt;
    }
    switch (rowKind(row)) {
    case AskRow: {
        const Level& l = m_asks[static_cast<size_t>(row)];
        return ex::PriceLevel {l.price, l.amount};
    }
    case BidRow: {
        const Level& l = m_bids[static_cast<size_t>(row - askCount() - 1)];
        return ex::PriceLevel {l.price, l.amount};
    }
    case SpreadRow:
        break;
    }
    return std::nullopt;
}

std::vector<ex::PriceLevel> OrderBookModel::cumulativeDepth(bool asks) const
{
    const std::vector<ex::PriceLevel>& side = asks ? m_snapshot.asks : m_snapshot.bids;
    std::vector<ex::PriceLevel> curve;
    curve.reserve(side.size());
    ex::Decimal running;
    for (const ex::PriceLevel& l : side) {
        running += l.amount;
        curve.push_back({l.price, running});
    }
    return curve;
}

ex::OptDecimal OrderBookModel::bestBid() const
{
    return m_bids.empty() ? ex::OptDecimal() : m_bids.front().price;
}

ex::OptDecimal OrderBookModel::bestAsk() const
{
    return m_asks.empty() ? ex::OptDecimal() : m_asks.back().price;
}

int OrderBookModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_spreadShown) {
        return 0;
    }
    return askCount() + 1 + bidCount();
}

int OrderBookModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBookModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RowKind kind = rowKind(index.row());
    if (role == RowKindRole) {
        return kind;
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (kind == SpreadRow) {
        const ex::OptDecimal& bid = m_spreadBid;
        const ex::OptDecimal& ask = m_spreadAsk;
        if (role == RawValueRole && index.column() == Price && bid && ask) {
            return QVariant::fromValue((*bid + *ask).divided(ex::Decimal(2), m_priceDecimals + 1));
        }
        if (role != Qt::DisplayRole || !bid || !ask) {
            return {};
        }
        const ex::Decimal spread = *ask - *bid;
        switch (index.column()) {
        case Price:
            return DecimalText::format((*bid + *ask).divided(ex::Decimal(2), m_priceDecimals + 1), m_priceDecimals);
        case Amount:
            return DecimalText::format(spread, m_priceDecimals);
        case Total:
            return ask->isZero()
                ? QString()
                : DecimalText::format((spread * ex::Decimal(100)).divided(*ask, 6), 3) + QLatin1Char('%');
        default:
            return {};
        }
    }
    const Level& l = kind == AskRow ? m_asks[static_cast<size_t>(index.row())]
                                    : m_bids[static_cast<size_t>(index.row() - askCount() - 1)];
    switch (role) {
    case SideRole:
        return kind == BidRow ? 1 : -1;
    case OwnAmountRole:
        return l.own.isZero() ? QVariant() : QVariant::fromValue(l.own);
    case Qt::ToolTipRole:
        return l.own.isZero() ? QVariant()
                              : tr("Your open orders here: %1").arg(DecimalText::format(l.own, m_amountDecimals));
    case DepthFractionRole:
        return m_depthScale.isZero() ? 0.0 : std::min(1.0, l.cumulative.toDouble() / m_depthScale.toDouble());
    case RawValueRole:
        return QVariant::fromValue(index.column() == Price ? l.price
                                                           : (index.column() == Amount ? l.amount : l.cumulative));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Price:
            return DecimalText::format(l.price, std::max(m_priceDecimals, m_grouping.decimalPlaces()));
        case Amount:
            return DecimalText::format(l.amount, m_amountDecimals);
        case Total:
            return DecimalText::format(l.cumulative, m_amountDecimals);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OrderBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    case Total:
        //: A column: the amount summed from the best price to this level
        return tr("Total");
    default:
        return {};
    }
}

} // namespace bourse::models
