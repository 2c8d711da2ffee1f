// SPDX-License-Identifier: GPL-3.0-or-later
// The trading side of a session: an order prepared with the exchange's own precision and checked against the
// market's limits, sent once (a lost answer is looked up, never re-sent), and cancelled; an order whose fate stays
// unknown is kept in sight in the open orders until the exchange lists it or the user dismisses it.
#include "ExchangeSession.h"
#include "core/OrderSafety.h"
#include "models/ErrorText.h"
#include "models/MarketListModel.h"
#include "models/OrdersModel.h"

#include <QDateTime>

namespace bourse::models {

namespace {

std::optional<ex::Decimal> parseSent(const QString& text)
{
    return text.isEmpty() ? std::nullopt : ex::Decimal::parse(text.toStdString());
}

// The row an order of unknown fate gets: what was sent, when, and under which client id.
ex::Order unresolvedOrder(const PreparedOrder& sent, const std::string& clientOrderId, qint64 sentAt)
{
    ex::Order o;
    o.symbol = sent.symbol.toStdString();
    o.type = sent.type.toStdString();
    o.side = sent.side.toStdString();
    o.amount = parseSent(sent.amount);
    o.price = parseSent(sent.price);
    o.triggerPrice = parseSent(sent.triggerPrice);
    o.timestamp = sentAt;
    if (!clientOrderId.empty()) {
        o.clientOrderId = clientOrderId;
    }
    return o;
}

} // namespace

void ExchangeSession::prepareOrder(const OrderDraft& draft, QObject* context,
                                   std::function<void(ex::Result<PreparedOrder>)> done)
{
    const ex::Decimal reference = draft.price ? *draft.price
        : draft.triggerPrice                  ? *draft.triggerPrice
                                              : [&] {
                                   const auto t = m_marketList->ticker(draft.symbol);
                                   return t && t->last ? *t->last : ex::Decimal();
                               }();
    const QString exchangeId = m_exchangeId;
    run<PreparedOrder>(
        QStringLiteral("prepare order"),
        [draft, reference, exchangeId](ex::Exchange& e, ex::Callback<PreparedOrder> reply) {
            const ex::Market& m = e.market(draft.symbol.toStdString());
            PreparedOrder p;
            p.exchangeId = exchangeId;
            p.symbol = draft.symbol;
            p.side = draft.side;
            p.type = draft.type;
            p.base = QString::fromStdString(m.base);
            p.quote = QString::fromStdString(m.quote);
            const std::string amount = e.amountToPrecision(m, draft.amount);
            p.amount = QString::fromStdString(amount);
            const ex::Decimal sentAmount = *ex::Decimal::parse(amount);
            if (m.limits.amount.min && sentAmount < *m.limits.amount.min) {
                throw ex::Error(ex::ErrorKind::InvalidOrder,
                                "amount " + amount + " is below the minimum " + m.limits.amount.min->toString());
            }
            if (m.limits.amount.max && sentAmount > *m.limits.amount.max) {
                throw ex::Error(ex::ErrorKind::InvalidOrder,
                                "amount " + amount + " is above the maximum " + m.limits.amount.max->toString());
            }
            ex::Decimal price = reference;
            if (draft.price) {
                const std::string text = e.priceToPrecision(m, *draft.price);
                p.price = QString::fromStdString(text);
                price = *ex::Decimal::parse(text);
            }
            if (draft.triggerPrice) {
                p.triggerPrice = QString::fromStdString(e.priceToPrecision(m, *draft.triggerPrice));
            }
            const ex::Decimal cost = sentAmount * price;
            if (m.limits.cost.min && !price.isZero() && cost < *m.limits.cost.min) {
                throw ex::Error(ex::ErrorKind::InvalidOrder,
                                "the order's value " + cost.toString() + " is below the minimum "
                                    + m.limits.cost.min->toString());
            }
            p.estimatedCost = QString::fromStdString(e.costToPrecision(m, cost));
            const ex::Decimal rate = m.taker.value_or(e.description().tradingFees.taker);
            p.estimatedFee = QString::fromStdString(e.costToPrecision(m, cost * rate));
            reply(std::move(p));
        },
        context, std::move(done));
}

void ExchangeSession::placeOrder(const PreparedOrder& order, QObject* context,
                                 std::function<void(ex::Result<ex::Order>)> done)
{
    emit orderSent(order);
    // The client id is made here, not in the worker, so that an order whose fate stays unknown can be shown under
    // it and recognised when the exchange lists it.
    const std::string clientOrderId = ex::freshClientOrderId(m_description);
    run<ex::Order>(
        QStringLiteral("create order"),
        [order, clientOrderId](ex::Exchange& e, ex::Callback<ex::Order> reply) {
            const std::optional<ex::Decimal> amount = parseSent(order.amount);
            if (!amount) {
                throw ex::Error(ex::ErrorKind::InvalidOrder, "no amount");
            }
            ex::JsonValue params = ex::JsonValue::object();
            if (!order.triggerPrice.isEmpty()) {
                params.set("triggerPrice", ex::JsonValue::number(order.triggerPrice.toStdString()));
            }
            if (!clientOrderId.empty()) {
                params.set("clientOrderId", clientOrderId);
            }
            // Never re-sent blindly: a lost answer is looked up by the order's client id (OrderSafety.h).
            ex::OrderRequest request {order.symbol.toStdString(), order.type.toStdString(),
                                      order.side.toStdString(),   *amount,
                                      parseSent(order.price),     params};
            request.clientOrderIdIsFresh = !clientOrderId.empty();
            ex::createOrderSafely(e, std::move(request), reply);
        },
        context,
        [this, done, order, clientOrderId, sentAt = QDateTime::currentMSecsSinceEpoch()](ex::Result<ex::Order> r) {
            if (!r.ok() && r.error().is(ex::ErrorKind::OrderStatusUnknown)) {
                m_openOrders->addUnresolved(unresolvedOrder(order, clientOrderId, sentAt), plainWords(r.error()));
            }
            refresh(Channel::Balances);
            refresh(Channel::Orders);
            refresh(Channel::MyTrades, order.symbol); // a market order has filled already
            if (done) {
                done(std::move(r));
            }
        });
}

void ExchangeSession::cancelOrder(const QString& id, const QString& symbol, QObject* context,
                                  std::function<void(ex::Result<ex::Order>)> done)
{
    run<ex::Order>(
        QStringLiteral("cancel order"),
        [id = id.toStdString(), symbol = symbol.toStdString()](ex::Exchange& e, ex::Callback<ex::Order> reply) {
            e.cancelOrder(id, symbol, ex::JsonValue::object(), reply);
        },
        context,
        [this, done](ex::Result<ex::Order> r) {
            refresh(Channel::Balances);
            refresh(Channel::Orders);
            if (done) {
                done(std::move(r));
            }
        });
}

void ExchangeSession::cancelAllOrders(const QString& symbol, QObject* context,
                                      std::function<void(ex::Result<std::vector<ex::Order>>)> done)
{
    run<std::vector<ex::Order>>(
        QStringLiteral("cancel all orders"),
        [symbol = symbol.toStdString()](ex::Exchange& e, ex::Callback<std::vector<ex::Order>> reply) {
            e.cancelAllOrders(symbol, ex::JsonValue::object(), reply);
        },
        context,
        [this, done](ex::Result<std::vector<ex::Order>> r) {
            refresh(Channel::Balances);
            refresh(Channel::Orders);
            if (done) {
                done(std::move(r));
            }
        });
}

} // namespace bourse::models
