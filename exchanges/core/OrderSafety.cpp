// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSafety.h"

#include <QUuid>
#include <memory>

namespace bourse::ex {

bool orderOutcomeUncertain(const Error& error)
{
    // A rate limit or a ban (429, 418, a DDoS page) and a rejected nonce are answered before the order is looked
    // at; everything else on the network branch, and an answer that cannot be read, may hide a placed order.
    if (error.is(ErrorKind::DDoSProtection) || error.is(ErrorKind::InvalidNonce)) {
        return false;
    }
    return error.is(ErrorKind::NetworkError) || error.is(ErrorKind::BadResponse);
}

namespace {

// Recent orders are searched from a minute before the order was sent: enough for a clock a little off.
constexpr long long kLookBackMs = 60000;

struct LostReply
{
    Exchange& exchange;
    OrderRequest order;
    std::string clientOrderId;
    long long sentAt;
    Error cause;
    Callback<Order> done;

    std::string what() const
    {
        return exchange.id() + " " + order.side + " " + order.amount.toString() + " " + order.symbol
            + (order.price ? " at " + order.price->toString() : std::string()) + ": the answer to the order was lost ("
            + cause.message() + ")";
    }
    void placed(Order found) { done(std::move(found)); }
    void notPlaced()
    {
        done(Error(ErrorKind::OrderNotPlaced,
                   what() + "; the exchange has no order with client id " + clientOrderId
                       + ", so it was not placed and sending it again is safe"));
    }
    void unknown(const std::string& why)
    {
        done(Error(ErrorKind::OrderStatusUnknown,
                   what() + "; " + why + ". Check the open orders and the order history on the exchange before "
                       + "sending it again"
                       + (clientOrderId.empty() ? std::string() : " (client order id " + clientOrderId + ")")));
    }
    const Order* find(const std::vector<Order>& orders) const
    {
        for (const Order& o : orders) {
            if (o.clientOrderId && *o.clientOrderId == clientOrderId) {
                return &o;
            }
        }
        return nullptr;
    }
};

void searchRecentOrders(const std::shared_ptr<LostReply>& lost)
{
    const auto& d = lost->exchange.description();
    const bool all = d.supports("fetchOrders") != Support::No;
    if (!all && d.supports("fetchClosedOrders") == Support::No) {
        lost->unknown("the exchange does not list recent orders to look for it");
        return;
    }
    auto found = [lost](Result<std::vector<Order>> recent) {
        if (!recent.ok()) {
            lost->unknown("looking it up failed as well (" + recent.error().message() + ")");
        } else if (const Order* o = lost->find(recent.value())) {
            lost->placed(*o);
        } else {
            lost->notPlaced();
        }
    };
    const OptInt since = lost->sentAt - kLookBackMs;
    if (all) {
        lost->exchange.fetchOrders(lost->order.symbol, since, {}, JsonValue::object(), found);
    } else {
        lost->exchange.fetchClosedOrders(lost->order.symbol, since, {}, JsonValue::object(), found);
    }
}

void searchOrderLists(const std::shared_ptr<LostReply>& lost)
{
    if (lost->exchange.description().supports("fetchOpenOrders") == Support::No) {
        lost->unknown("the exchange does not list open orders to look for it");
        return;
    }
    lost->exchange.fetchOpenOrders(
        lost->order.symbol, {}, {}, JsonValue::object(), [lost](Result<std::vector<Order>> open) {
            if (!open.ok()) {
                lost->unknown("looking it up failed as well (" + open.error().message() + ")");
            } else if (const Order* o = lost->find(open.value())) {
                lost->placed(*o);
            } else {
                searchRecentOrders(lost);
            }
        });
}

void lookUp(const std::shared_ptr<LostReply>& lost)
{
    if (!lost->exchange.description().fetchOrderByClientOrderId) {
        searchOrderLists(lost);
        return;
    }
    JsonValue params = JsonValue::object();
    params.set("clientOrderId", lost->clientOrderId);
    lost->exchange.fetchOrder("", lost->order.symbol, params, [lost](Result<Order> r) {
        if (r.ok()) {
            lost->placed(std::move(r.value()));
        } else if (r.error().is(ErrorKind::OrderNotFound)) {
            lost->notPlaced();
        } else {
            searchOrderLists(lost);
        }
    });
}

bool fillsOrdersItself(const ExchangeDescription& description)
{
    return description.paper || description.api.empty();
}

} // namespace

std::string freshClientOrderId(const ExchangeDescription& description)
{
    if (!description.createOrderTakesClientOrderId || fillsOrdersItself(description)) {
        return {};
    }
    return description.clientOrderIdFormat == ExchangeDescription::ClientOrderIdFormat::Uuid
        ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
        : randomClientOrderId("bourse");
}

void createOrderSafely(Exchange& exchange, OrderRequest order, Callback<Order> done, int settleMs)
{
    // Orders Bourse fills itself (the demo, paper trading) never travel: their errors are the whole answer.
    const bool simulated = fillsOrdersItself(exchange.description());
    std::string clientOrderId;
    bool freshId = false;
    if (const JsonValue* given = order.params.find("clientOrderId")) {
        clientOrderId = given->asString().value_or(std::string());
        freshId = order.clientOrderIdIsFresh && !clientOrderId.empty();
    } else if (clientOrderId = freshClientOrderId(exchange.description()); !clientOrderId.empty()) {
        freshId = true;
        order.params.set("clientOrderId", clientOrderId);
    }
    const long long sentAt = exchange.clock().milliseconds();
    Exchange* ex = &exchange;
    auto onReply = [ex, order, clientOrderId, sentAt, settleMs, simulated, freshId, done](Result<Order> r) {
        // A "duplicate" refusal for an id Bourse has just made up means an earlier copy of this very order landed
        // (a proxy on the way may send a request again; Bourse's own transport never does): look it up like a lost
        // answer.
        const bool ownDuplicate = !r.ok() && freshId && r.error().is(ErrorKind::DuplicateOrderId);
        if (r.ok() || simulated || (!ownDuplicate && !orderOutcomeUncertain(r.error()))) {
            done(std::move(r));
            return;
        }
        auto lost = std::make_shared<LostReply>(LostReply {*ex, order, clientOrderId, sentAt, r.error(), done});
        if (clientOrderId.empty()) {
            lost->unknown("the exchange takes no client order id, so Bourse cannot look the order up");
            return;
        }
        // The request may still be on its way to the matching engine: give it time to land before looking.
        ex->later(settleMs, [lost] { lookUp(lost); });
    };
    try {
        exchange.createOrder(order.symbol, order.type, order.side, order.amount, order.price, order.params, onReply);
    } catch (const Error& e) {
        done(e);
    }
}

} // namespace bourse::ex
