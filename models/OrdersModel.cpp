// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrdersModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <set>

namespace bourse::models {

OrdersModel::OrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

namespace {

QString infoText(const ex::Order& order, std::string_view key)
{
    const ex::JsonValue* value = order.info.isObject() ? order.info.find(key) : nullptr;
    return value ? QString::fromStdString(value->asString().value_or(std::string())) : QString();
}

} // namespace

QString OrdersModel::idOf(const ex::Order& order)
{
    if (unresolved(order)) {
        return QStringLiteral("unresolved:") + infoText(order, "key");
    }
    return QString::fromStdString(order.id.value_or(order.clientOrderId.value_or(std::string())));
}

bool OrdersModel::unresolved(const ex::Order& order)
{
    return !order.id && order.info.isObject() && order.info.contains("unresolved");
}

bool OrdersModel::isUnresolved(int row) const
{
    return row >= 0 && row < rowCount() && unresolved(m_rows[static_cast<size_t>(row)]);
}

void OrdersModel::addUnresolved(ex::Order order, const QString& why)
{
    order.id.reset();
    order.status = "unknown";
    // A key of its own: the client id where the exchange took one, else the moment it was sent and its figures.
    const std::string key = order.clientOrderId.value_or(std::to_string(order.timestamp.value_or(0)) + "|"
                                                         + (order.price ? order.price->toString() : std::string()) + "|"
                                                         + (order.amount ? order.amount->toString() : ""));
    order.info = ex::JsonValue::object();
    order.info.set("unresolved", true);
    order.info.set("key", key);
    order.info.set("why", why.toStdString());
    if (m_rowById.contains(idOf(order))) {
        return;
    }
    m_unresolved.push_back(order);
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), std::move(order));
    endInsertRows();
    reindex();
    emit updated();
}

QSet<QString> OrdersModel::takeResolved(const std::vector<ex::Order>& orders)
{
    std::set<std::string> listed;
    for (const ex::Order& o : orders) {
        if (o.clientOrderId && !unresolved(o)) {
            listed.insert(*o.clientOrderId);
        }
    }
    QSet<QString> taken;
    std::erase_if(m_unresolved, [&](const ex::Order& o) {
        const bool resolved = o.clientOrderId && listed.count(*o.clientOrderId) > 0;
        if (resolved) {
            taken.insert(idOf(o));
        }
        return resolved;
    });
    return taken;
}

void OrdersModel::removeRowsOf(const QSet<QString>& ids)
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (ids.contains(idOf(m_rows[static_cast<size_t>(row)]))) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    reindex();
}

void OrdersModel::resolveFrom(const std::vector<ex::Order>& orders)
{
    const QSet<QString> resolved = takeResolved(orders);
    if (!resolved.isEmpty()) {
        removeRowsOf(resolved);
        emit updated();
    }
}

void OrdersModel::dismissUnresolved(const QString& rowId)
{
    const auto before = m_unresolved.size();
    std::erase_if(m_unresolved, [&](const ex::Order& o) { return idOf(o) == rowId; });
    if (m_unresolved.size() != before) {
        removeRowsOf({rowId});
        emit updated();
    }
}

bool OrdersModel::same(const ex::Order& a, const ex::Order& b)
{
    return a.status == b.status && a.filled == b.filled && a.remaining == b.remaining && a.price == b.price
        && a.amount == b.amount && a.average == b.average && a.triggerPrice == b.triggerPrice;
}

void OrdersModel::reindex()
{
    m_rowById.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(idOf(m_rows[i]), static_cast<int>(i));
    }
}

void OrdersModel::setPrecision(const QString& symbol, int priceDecimals, int amountDecimals)
{
    m_decimals.insert(symbol, {priceDecimals, amountDecimals});
}

void OrdersModel::applyOrders(const std::vector<ex::Order>& orders)
{
    const bool first = !m_received;
    m_received = true;
    QStringList filledSymbols;
    for (const ex::Order& o : orders) {
        const ex::Decimal now = o.filled.value_or(ex::Decimal());
        const int row = m_rowById.value(idOf(o), -1);
        const ex::Decimal before =
            row < 0 ? ex::Decimal() : m_rows[static_cast<size_t>(row)].filled.value_or(ex::Decimal());
        const QString symbol = QString::fromStdString(o.symbol);
        if (!first && before < now && !filledSymbols.contains(symbol)) {
            filledSymbols.append(symbol);
        }
    }
    // The exchange's list decides every row but the unresolved ones, which stay until it lists them.
    takeResolved(orders);
    std::vector<ex::Order> incoming = orders;
    incoming.insert(incoming.end(), m_unresolved.begin(), m_unresolved.end());
    std::stable_sort(incoming.begin(), incoming.end(), [](const ex::Order& a, const ex::Order& b) {
        return a.timestamp.value_or(0) > b.timestamp.value_or(0);
    });
    if (static_cast<int>(incoming.size()) > m_maxRows) {
        incoming.resize(static_cast<size_t>(m_maxRows));
    }
    QSet<QString> ids;
    for (const ex::Order& o : incoming) {
        ids.insert(idOf(o));
    }
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!ids.contains(idOf(m_rows[static_cast<size_t>(row)]))) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    reindex();
    // What is left is in the same relative order as `incoming`; walk both and insert the new ones in place.
    size_t i = 0;
    for (const ex::Order& o : incoming) {
        const QString id = idOf(o);
        if (i < m_rows.size() && idOf(m_rows[i]) == id) {
            if (!same(m_rows[i], o)) {
                m_rows[i] = o;
                emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
            }
            ++i;
            continue;
        }
        const int elsewhere = m_rowById.value(id, -1);
        if (elsewhere >= 0) {
            // Out of the expected order (an exchange that reorders): updated where it stands.
            if (!same(m_rows[static_cast<size_t>(elsewhere)], o)) {
                m_rows[static_cast<size_t>(elsewhere)] = o;
                emit dataChanged(index(elsewhere, 0), index(elsewhere, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, static_cast<int>(i), static_cast<int>(i));
        m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), o);
        reindex();
        endInsertRows();
        ++i;
    }
    reindex();
    emit updated();
    if (!filledSymbols.isEmpty()) {
        emit filled(filledSymbols);
    }
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::typeText(const std::string& type)
{
    if (type == "limit") {
        //: An order type: at a set price or better
        return tr("limit");
    }
    if (type == "market") {
        //: An order type: at the best price the book offers now
        return tr("market");
    }
    return QString::fromStdString(type);
}

QString OrdersModel::statusText(const std::string& status)
{
    if (status == "open") {
        //: An order's status: waiting in the book
        return tr("open");
    }
    if (status == "closed") {
        //: An order's status: completely filled
        return tr("filled");
    }
    if (status == "canceled") {
        //: An order's status
        return tr("cancelled");
    }
    if (status == "expired") {
        //: An order's status
        return tr("expired");
    }
    if (status == "rejected") {
        //: An order's status
        return tr("rejected");
    }
    if (status == "unknown") {
        //: An order's status: its answer was lost and the exchange could not say whether it was placed
        return tr("Unknown — check");
    }
    return QString::fromStdString(status);
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ex::Order& o = m_rows[static_cast<size_t>(index.row())];
    const QString symbol = QString::fromStdString(o.symbol);
    const auto [priceDecimals, amountDecimals] = m_decimals.value(symbol, {2, 8});
    const bool buy = o.side == std::optional<std::string>("buy");
    switch (role) {
    case OrderIdRole:
        return idOf(o);
    case SymbolRole:
        return symbol;
    case SideRole:
        return index.column() == Side ? (buy ? 1 : -1) : 0;
    case Qt::ToolTipRole:
        if (index.column() == Time && o.timestamp) {
            return DecimalText::dateTime(*o.timestamp); // the date a compact cell leaves out
        }
        return unresolved(o) ? QVariant(infoText(o, "why")) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() >= Price && index.column() <= Filled
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (index.column()) {
        case Time:
            return QVariant::fromValue<qint64>(o.timestamp.value_or(0));
        case Price:
            return o.price ? QVariant::fromValue(*o.price) : QVariant();
        case Amount:
            return o.amount ? QVariant::fromValue(*o.amount) : QVariant();
        case Filled:
            return o.filled ? QVariant::fromValue(*o.filled) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return o.timestamp ? DecimalText::compactDateTime(*o.timestamp, QDateTime::currentMSecsSinceEpoch())
                           : QStringLiteral("—");
    case Symbol:
        return symbol;
    case Type: {
        QString type = typeText(o.type.value_or(std::string()));
        if (o.triggerPrice) {
            type = tr("stop %1 @ %2").arg(type, DecimalText::format(*o.triggerPrice, priceDecimals));
        }
        return type;
    }
    case Side:
        return buy ? tr("Buy") : tr("Sell");
    case Price:
        return o.price ? DecimalText::format(*o.price, priceDecimals)
                       : (o.average ? DecimalText::format(*o.average, priceDecimals) : tr("market"));
    case Amount:
        return DecimalText::format(o.amount, amountDecimals);
    case Filled:
        return DecimalText::format(o.filled, amountDecimals);
    case Status:
        return statusText(o.status.value_or(std::string()));
    case Action:
        if (unresolved(o)) {
            //: A button in the row of an order whose fate is unknown: the user looked on the exchange
            return tr("Dismiss");
        }
        //: A button in each open order's row
        return tr("Cancel");
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section >= Price && section <= Filled ? Qt::AlignRight | Qt::AlignVCenter
                                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Symbol:
        return tr("Market");
    case Type:
        return tr("Type");
    case Side:
        //: A column: buy or sell
        return tr("Side");
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    case Filled:
        //: A column: how much of the order was executed
        return tr("Filled");
    case Status:
        return tr("Status");
    case Action:
        return QString();
    default:
        return {};
    }
}

} // namespace bourse::models
