// SPDX-License-Identifier: GPL-3.0-or-later
// Orders and fills: the spot book (classic or hf), stop orders, and margin orders on spot markets.
#include "Kucoin.h"
#include "KucoinParsers.h"
#include "KucoinRequests.h"
#include "core/Filtering.h"

namespace bourse::ex {

using namespace kucoin;

namespace kucoin {

RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params, const std::string& id)
{
    mergeParams(request, params);
    std::string path = e.path;
    if (auto at = path.find("{}"); at != std::string::npos) {
        path.replace(at, 2, id);
    }
    return RequestSpec {e.api, e.method, std::move(path), std::move(request), e.cost};
}

OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    if (!v || v->isBool()) {
        return std::nullopt;
    }
    auto s = v->asString();
    return s && !s->empty() ? s : std::nullopt;
}

OptString takeTextParam(JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    params.remove(key);
    return s;
}

OptString takeText2(JsonValue& params, std::string_view a, std::string_view b)
{
    auto first = takeTextParam(params, a);
    auto second = takeTextParam(params, b);
    return first ? first : second;
}

OptBool boolParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() ? v->asBool() : std::nullopt;
}

bool bool2(const JsonValue& params, std::string_view a, std::string_view b, bool fallback)
{
    auto first = boolParam(params, a);
    return first ? *first : boolParam(params, b).value_or(fallback);
}

OptBool takeBoolOption(JsonValue& params, std::string_view key)
{
    const std::string twin =
        "default" + std::string(1, static_cast<char>(std::toupper(key[0]))) + std::string(key.substr(1));
    const JsonValue* v = params.find(key);
    if (!v || v->isNull()) {
        v = params.find(twin);
    }
    OptBool value = v && v->isBool() ? v->asBool() : std::nullopt;
    params.remove(key);
    params.remove(twin);
    return value;
}

OptString takeMarginMode(JsonValue& params)
{
    return takeText2(params, "marginMode", "defaultMarginMode");
}

std::string marginTradeType(const std::string& marginMode)
{
    if (marginMode == "cross") {
        return "MARGIN_TRADE";
    }
    if (marginMode == "isolated") {
        return "MARGIN_ISOLATED_TRADE";
    }
    return marginMode == "spot" ? "TRADE" : marginMode;
}

void refuseUnified(JsonValue& params, const char* method)
{
    if (takeBoolOption(params, "uta") == true) {
        throw Error(ErrorKind::NotSupported,
                    std::string("kucoin ") + method + "() speaks the classic account API, not the unified one");
    }
}

} // namespace kucoin

namespace {

// Placing.
constexpr Endpoint kOrders {"private", "POST", "v1/orders", 2};
constexpr Endpoint kOrdersTest {"private", "POST", "v1/orders/test", 2};
constexpr Endpoint kHfOrders {"private", "POST", "v1/hf/orders", 1};
constexpr Endpoint kHfOrdersTest {"private", "POST", "v1/hf/orders/test", 1};
constexpr Endpoint kHfOrdersSync {"private", "POST", "v1/hf/orders/sync", 1};
constexpr Endpoint kStopOrder {"private", "POST", "v1/stop-order", 2};
constexpr Endpoint kMarginOrder {"private", "POST", "v1/margin/order", 5};
constexpr Endpoint kMarginOrderTest {"private", "POST", "v1/margin/order/test", 5};
constexpr Endpoint kHfMarginOrder {"private", "POST", "v3/hf/margin/order", 2};
constexpr Endpoint kHfMarginOrderTest {"private", "POST", "v3/hf/margin/order/test", 2};
constexpr Endpoint kHfMarginStopOrder {"private", "POST", "v3/hf/margin/stop-order", 3};
// Cancelling one.
constexpr Endpoint kCancel {"private", "DELETE", "v1/orders/{}", 3};
constexpr Endpoint kCancelByClient {"private", "DELETE", "v1/order/client-order/{}", 5};
constexpr Endpoint kHfCancel {"private", "DELETE", "v1/hf/orders/{}", 1};
constexpr Endpoint kHfCancelByClient {"private", "DELETE", "v1/hf/orders/client-order/{}", 1};
constexpr Endpoint kHfSyncCancel {"private", "DELETE", "v1/hf/orders/sync/{}", 1};
constexpr Endpoint kHfSyncCancelByClient {"private", "DELETE", "v1/hf/orders/sync/client-order/{}", 1};
constexpr Endpoint kStopCancel {"private", "DELETE", "v1/stop-order/{}", 3};
constexpr Endpoint kStopCancelByClient {"private", "DELETE", "v1/stop-order/cancelOrderByClientOid", 5};
constexpr Endpoint kHfMarginCancel {"private", "DELETE", "v3/hf/margin/orders/{}", 2};
constexpr Endpoint kHfMarginCancelByClient {"private", "DELETE", "v3/hf/margin/orders/client-order/{}", 2};
constexpr Endpoint kHfMarginStopCancel {"private", "DELETE", "v3/hf/margin/stop-order/cancel-by-id", 3};
constexpr Endpoint kHfMarginStopCancelByClient {"private", "DELETE", "v3/hf/margin/stop-order/cancel-by-clientOid", 5};
// Cancelling all.
constexpr Endpoint kCancelAll {"private", "DELETE", "v1/orders", 20};
constexpr Endpoint kHfCancelSymbol {"private", "DELETE", "v1/hf/orders", 2};
constexpr Endpoint kHfCancelAll {"private", "DELETE", "v1/hf/orders/cancelAll", 30};
constexpr Endpoint kStopCancelAll {"private", "DELETE", "v1/stop-order/cancel", 3};
constexpr Endpoint kHfMarginCancelAll {"private", "DELETE", "v3/hf/margin/orders", 5};
constexpr Endpoint kHfMarginStopCancelAll {"private", "DELETE", "v3/hf/margin/stop-order/cancel", 3};
// Reading one.
constexpr Endpoint kOrder {"private", "GET", "v1/orders/{}", 2};
constexpr Endpoint kOrderByClient {"private", "GET", "v1/order/client-order/{}", 2};
constexpr Endpoint kHfOrder {"private", "GET", "v1/hf/orders/{}", 2};
constexpr Endpoint kHfOrderByClient {"private", "GET", "v1/hf/orders/client-order/{}", 2};
constexpr Endpoint kStopOrderGet {"private", "GET", "v1/stop-order/{}", 3};
constexpr Endpoint kStopOrderByClient {"private", "GET", "v1/stop-order/queryOrderByClientOid", 3};
constexpr Endpoint kHfMarginOrderGet {"private", "GET", "v3/hf/margin/orders/{}", 4};
constexpr Endpoint kHfMarginOrderByClient {"private", "GET", "v3/hf/margin/orders/client-order/{}", 5};
constexpr Endpoint kHfMarginStopOrderGet {"private", "GET", "v3/hf/margin/stop-order/orderId", 3};
constexpr Endpoint kHfMarginStopOrderByClient {"private", "GET", "v3/hf/margin/stop-order/clientOid", 3};
// Lists.
constexpr Endpoint kOrderList {"private", "GET", "v1/orders", 2};
constexpr Endpoint kHfActive {"private", "GET", "v1/hf/orders/active", 2};
constexpr Endpoint kHfDone {"private", "GET", "v1/hf/orders/done", 2};
constexpr Endpoint kStopOrderList {"private", "GET", "v1/stop-order", 8};
constexpr Endpoint kHfMarginActive {"private", "GET", "v3/hf/margin/orders/active", 4};
constexpr Endpoint kHfMarginDone {"private", "GET", "v3/hf/margin/orders/done", 10};
constexpr Endpoint kHfMarginStopOrders {"private", "GET", "v3/hf/margin/stop-orders", 8};
constexpr Endpoint kFills {"private", "GET", "v1/fills", 10};
constexpr Endpoint kHfFills {"private", "GET", "v1/hf/fills", 2};
constexpr Endpoint kHfMarginFills {"private", "GET", "v3/hf/margin/fills", 5};

JsonValue object()
{
    return JsonValue::object();
}

OptDecimal numberParam(const JsonValue& params, std::string_view key)
{
    auto text = textParam(params, key);
    return text ? Decimal::parse(*text) : std::nullopt;
}

// The client order id a call names (KuCoin's clientOid or the unified clientOrderId), left in params.
OptString clientOidParam(const JsonValue& params)
{
    auto id = textParam(params, "clientOid");
    return id ? id : textParam(params, "clientOrderId");
}

// What a cancel answers: {"data":{"cancelledOrderIds":["..."]}} or {"data":{"orderId":"..."}}, nothing more.
Order cancelledOrder(const JsonRef& data)
{
    Order o;
    o.id = data["cancelledOrderIds"][0].string();
    if (!o.id) {
        o.id = data["orderId"].string();
    }
    o.info = JsonValue::fromRef(data);
    o.complete();
    return o;
}

// A market's id from the symbol, for the calls that need one on the hf and margin books.
std::string requiredMarketId(const Exchange& ex, const std::string& symbol, const char* method, const char* why)
{
    if (symbol.empty()) {
        throw Error(ErrorKind::ArgumentsRequired,
                    std::string("kucoin ") + method + "() requires a symbol argument " + why);
    }
    return ex.market(symbol).id;
}

} // namespace

// ---- placing ----

JsonValue Kucoin::orderRequest(const Market& market, const std::string& type, const std::string& side,
                               const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    JsonValue r = object();
    // The client id is how an order whose answer was lost is found again.
    auto clientOid = takeText2(params, "clientOid", "clientOrderId");
    r.set("clientOid", clientOid ? *clientOid : randomClientOrderId("bourse"));
    r.set("side", side);
    r.set("symbol", market.id);
    r.set("type", type);
    auto quoteAmount = numberParam(params, "cost");
    if (!quoteAmount) {
        quoteAmount = numberParam(params, "funds");
    }
    auto marginMode = takeMarginMode(params);
    if (type == "market") {
        if (quoteAmount) {
            // A market order by cost: `funds` in quote currency, cut to the symbol's quote increment.
            params.remove("cost");
            params.remove("funds");
            const JsonValue* increment = market.info.find("quoteIncrement");
            auto step = increment ? increment->asDecimal() : std::nullopt;
            if (!step) {
                throw Error(ErrorKind::InvalidOrder, "kucoin market " + market.symbol + " has no quote increment");
            }
            std::string funds = decimalToPrecision(*quoteAmount, Rounding::Truncate, *step, CountingMode::TickSize);
            if (Decimal::parse(funds).value_or(Decimal(0)).isZero()) {
                throw Error(ErrorKind::InvalidOrder,
                            "kucoin cost of " + market.symbol + " must be greater than its quote increment "
                                + step->toString());
            }
            r.set("funds", funds);
        } else {
            r.set("size", amountToPrecision(market, amount));
        }
    } else {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "kucoin createOrder() requires a price for a " + type + " order");
        }
        r.set("size", amountToPrecision(market, amount));
        r.set("price", priceToPrecision(market, *price));
    }
    auto tradeType = textParam(params, "tradeType"); // older callers name margin this way; it goes on as given
    auto triggerPrice = numberParam(params, "triggerPrice");
    if (!triggerPrice) {
        triggerPrice = numberParam(params, "stopPrice");
    }
    auto stopLoss = numberParam(params, "stopLossPrice");
    auto takeProfit = numberParam(params, "takeProfitPrice");
    if ((stopLoss && takeProfit) || (triggerPrice && (stopLoss || takeProfit))) {
        throw Error(ErrorKind::ExchangeError,
                    "kucoin createOrder() takes one of triggerPrice, stopLossPrice or takeProfitPrice");
    }
    for (const char* key : {"stopLossPrice", "takeProfitPrice", "triggerPrice", "stopPrice"}) {
        params.remove(key);
    }
    if (triggerPrice || stopLoss || takeProfit) {
        if (triggerPrice) {
            r.set("stopPrice", priceToPrecision(market, *triggerPrice));
        } else if (stopLoss) {
            // `stop` says which way the price must cross: a buy's stop-loss enters above, a sell's loses below.
            r.set("stop", side == "buy" ? "entry" : "loss");
            r.set("stopPrice", priceToPrecision(market, *stopLoss));
        } else {
            r.set("stop", side == "buy" ? "loss" : "entry");
            r.set("stopPrice", priceToPrecision(market, *takeProfit));
        }
        if (marginMode == "isolated") {
            throw Error(ErrorKind::BadRequest, "kucoin createOrder() has no stop orders on isolated margin");
        }
        if (marginMode == "cross") {
            r.set("tradeType", marginTradeType(*marginMode));
        }
    } else if (tradeType == "MARGIN_TRADE" || marginMode) {
        if (marginMode == "isolated") {
            r.set("marginModel", "isolated");
        }
    }
    // Post-only: the flag, or a time in force of PO (which KuCoin does not know and is dropped).
    auto timeInForce = textParam(params, "timeInForce");
    std::string tif = timeInForce.value_or("");
    std::transform(tif.begin(), tif.end(), tif.begin(), [](unsigned char c) { return std::toupper(c); });
    bool postOnly = boolParam(params, "postOnly").value_or(false) || tif == "PO";
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, "kucoin postOnly orders cannot have timeInForce equal to " + tif);
        }
        if (type == "market") {
            throw Error(ErrorKind::InvalidOrder, "kucoin market orders cannot be postOnly");
        }
        if (tif == "PO") {
            params.remove("timeInForce");
        }
        params.remove("postOnly");
        r.set("postOnly", true);
    }
    mergeParams(r, params);
    return r;
}

void Kucoin::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "createOrder");
        const bool test = boolParam(extra, "test").value_or(false);
        extra.remove("test");
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        const bool sync = takeBoolOption(extra, "sync").value_or(false);
        const bool trigger = extra.contains("triggerPrice") || extra.contains("stopPrice")
            || extra.contains("stopLossPrice") || extra.contains("takeProfitPrice");
        const bool margin = textParam(extra, "tradeType") == "MARGIN_TRADE" || textParam(extra, "marginMode")
            || textParam(extra, "defaultMarginMode");
        JsonValue body = orderRequest(m, type, side, amount, price, extra);
        const Endpoint* e = &kOrders;
        if (test) {
            e = margin ? (hf ? &kHfMarginOrderTest : &kMarginOrderTest) : (hf ? &kHfOrdersTest : &kOrdersTest);
        } else if (trigger) {
            e = margin ? &kHfMarginStopOrder : &kStopOrder;
        } else if (margin) {
            e = hf ? &kHfMarginOrder : &kMarginOrder;
        } else if (sync) {
            e = &kHfOrdersSync;
        } else if (hf) {
            e = &kHfOrders;
        }
        request<Order>(spec(*e, body, object()), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], &m, *this); });
    });
}

// ---- cancelling ----

void Kucoin::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "cancelOrder");
        auto clientOid = clientOidParam(extra);
        const bool trigger = bool2(extra, "stop", "trigger", false);
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        const bool sync = takeBoolOption(extra, "sync").value_or(false);
        auto marginMode = takeMarginMode(extra);
        const bool margin = textParam(extra, "tradeType") == "MARGIN_TRADE" || marginMode;
        JsonValue q = object();
        if ((hf || sync || margin) && !trigger) {
            q.set("symbol", requiredMarketId(*this, symbol, "cancelOrder", "for hf and margin orders"));
        }
        for (const char* key : {"clientOid", "clientOrderId", "stop", "trigger", "tradeType"}) {
            extra.remove(key);
        }
        if (clientOid) {
            const Endpoint* e = &kCancelByClient;
            if (trigger) {
                e = margin ? &kHfMarginStopCancelByClient : &kStopCancelByClient;
                q.set("clientOid", *clientOid); // these two take it in the query
            } else if (margin) {
                e = &kHfMarginCancelByClient;
            } else if (sync) {
                e = &kHfSyncCancelByClient;
            } else if (hf) {
                e = &kHfCancelByClient;
            }
            const bool idList = trigger && margin;
            // The answer names no symbol, and ccxt reports none.
            request<Order>(spec(*e, q, extra, *clientOid), done, [this, idList](const JsonRef& r) {
                if (idList) {
                    return cancelledOrder(r["data"]);
                }
                return parseOrder(r["data"], nullptr, *this);
            });
            return;
        }
        const Endpoint* e = &kCancel;
        if (trigger) {
            e = margin ? &kHfMarginStopCancel : &kStopCancel;
        } else if (margin) {
            e = &kHfMarginCancel;
        } else if (sync) {
            e = &kHfSyncCancel;
        } else if (hf) {
            e = &kHfCancel;
        }
        if (e == &kHfMarginStopCancel) {
            q.set("orderId", id);
        }
        const bool fullOrder = e == &kHfCancel;
        request<Order>(spec(*e, q, extra, id), done, [this, fullOrder](const JsonRef& r) {
            if (fullOrder) {
                return parseOrder(r["data"], nullptr, *this);
            }
            return cancelledOrder(r["data"]);
        });
    });
}

void Kucoin::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [this, symbol, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "cancelAllOrders");
        const bool trigger = bool2(extra, "trigger", "stop", false);
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        extra.remove("stop");
        extra.remove("trigger");
        auto marginMode = takeMarginMode(extra);
        JsonValue q = object();
        if (!symbol.empty()) {
            q.set("symbol", market(symbol).id);
        } else if (!trigger && marginMode) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "kucoin cancelAllOrders() requires a symbol argument for margin non-trigger orders");
        }
        if (marginMode) {
            q.set("tradeType", marginTradeType(*marginMode));
            if (*marginMode == "isolated" && trigger) {
                throw Error(ErrorKind::BadRequest, "kucoin cancelAllOrders() has no stop orders on isolated margin");
            }
        }
        const Endpoint* e = &kCancelAll;
        if (trigger) {
            e = marginMode ? &kHfMarginStopCancelAll : &kStopCancelAll;
        } else if (marginMode) {
            e = &kHfMarginCancelAll;
        } else if (hf) {
            e = symbol.empty() ? &kHfCancelAll : &kHfCancelSymbol;
        }
        request<std::vector<Order>>(spec(*e, q, extra), done, [](const JsonRef& r) {
            // {"data":{"cancelledOrderIds":[...]}} or, on the hf book, {"data":"success"}.
            Order o;
            o.info = JsonValue::fromRef(r);
            o.complete();
            return std::vector<Order> {o};
        });
    });
}

// ---- reading ----

void Kucoin::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "fetchOrder");
        auto clientOid = clientOidParam(extra);
        const bool trigger = bool2(extra, "stop", "trigger", false);
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        auto marginMode = takeMarginMode(extra);
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue q = object();
        if ((hf || marginMode) && !trigger) {
            q.set("symbol", requiredMarketId(*this, symbol, "fetchOrder", "for hf and margin orders"));
        }
        for (const char* key : {"stop", "clientOid", "clientOrderId", "trigger"}) {
            extra.remove(key);
        }
        RequestSpec s;
        if (clientOid) {
            if (trigger) {
                q.set("clientOid", *clientOid);
                if (!marginMode && m) {
                    q.set("symbol", m->id);
                }
                s = spec(marginMode ? kHfMarginStopOrderByClient : kStopOrderByClient, q, extra);
            } else {
                const Endpoint& e = marginMode ? kHfMarginOrderByClient : (hf ? kHfOrderByClient : kOrderByClient);
                s = spec(e, q, extra, *clientOid);
            }
        } else {
            if (id.empty()) {
                throw Error(ErrorKind::InvalidOrder, "kucoin fetchOrder() requires an order id");
            }
            if (trigger && marginMode) {
                q.set("orderId", id);
                s = spec(kHfMarginStopOrderGet, q, extra);
            } else {
                const Endpoint& e =
                    trigger ? kStopOrderGet : (marginMode ? kHfMarginOrderGet : (hf ? kHfOrder : kOrder));
                s = spec(e, q, extra, id);
            }
        }
        request<Order>(s, done, [this, m](const JsonRef& r) {
            // Lookups by client id of stop orders answer with a list.
            JsonRef data = r["data"].isArray() ? r["data"][0] : r["data"];
            return parseOrder(data, m, *this);
        });
    });
}

void Kucoin::fetchOrdersByStatus(const std::string& status, const std::string& symbol, OptInt since, OptInt limit,
                                 const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        JsonValue extra = params;
        refuseUnified(extra, status == "active" ? "fetchOpenOrders" : "fetchClosedOrders");
        extra.remove("paginate");
        if (symbol.empty()) {
            auto type = textParam(extra, "type");
            if (type == "spot" || type == "margin") {
                extra.remove("type");
            }
        }
        auto until = numberParam(extra, "until");
        const bool trigger = bool2(extra, "stop", "trigger", false);
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        if (hf && symbol.empty()) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "kucoin fetchOrdersByStatus() requires a symbol parameter for hf orders");
        }
        for (const char* key : {"stop", "trigger", "till", "until"}) {
            extra.remove(key);
        }
        auto marginMode = takeMarginMode(extra);
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        q.set("tradeType", marginMode ? marginTradeType(*marginMode) : std::string("TRADE"));
        const Endpoint* e = &kOrderList;
        if (marginMode && status == "active" && !trigger) {
            e = &kHfMarginActive;
        } else {
            if (!marginMode) {
                q.set("status", status);
            }
            if (since) {
                q.set("startAt", *since);
            }
            if (limit) {
                q.set("pageSize", *limit);
            }
            if (until && !until->isZero()) {
                q.set("endAt", until->toInt64());
            }
            if (trigger) {
                e = marginMode ? &kHfMarginStopOrders : &kStopOrderList;
            } else if (marginMode) {
                e = &kHfMarginDone;
            } else if (hf) {
                e = status == "active" ? &kHfActive : &kHfDone;
            }
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(*e, q, extra), done, [this, m, unified, since, limit](const JsonRef& r) {
            // A list on the hf book; a page {"currentPage":1,"items":[...]} elsewhere.
            JsonRef list = r["data"].isArray() ? r["data"] : r["data"]["items"];
            std::vector<Order> orders;
            for (const auto& raw : list.items()) {
                orders.push_back(parseOrder(raw, m, *this));
            }
            return sortAndFilterOrders(std::move(orders), unified, since, limit);
        });
    });
}

void Kucoin::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus("active", symbol, since, limit, params, std::move(done));
}

void Kucoin::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus("done", symbol, since, limit, params, std::move(done));
}

void Kucoin::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        JsonValue extra = params;
        refuseUnified(extra, "fetchMyTrades");
        extra.remove("paginate");
        bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        auto marginMode = takeMarginMode(extra);
        JsonValue q = object();
        if (marginMode) {
            hf = true; // margin fills are on the hf book only
            q.set("tradeType", marginTradeType(*marginMode));
        }
        if (hf && symbol.empty()) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "kucoin fetchMyTrades() requires a symbol parameter for hf or margin orders");
        }
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        if (m) {
            q.set("symbol", m->id);
        }
        if (auto until = takeText2(extra, "until", "till"); until && Decimal::parse(*until)) {
            q.set("endAt", Decimal::parse(*until)->toInt64());
        }
        const Endpoint* e = &kFills;
        if (hf) {
            if (limit) {
                q.set("limit", *limit);
            }
            e = marginMode ? &kHfMarginFills : &kHfFills;
        }
        if (since) {
            q.set("startAt", *since);
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(*e, q, extra), done, [this, m, unified, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"]["items"].items()) {
                trades.push_back(parseTrade(raw, m, *this));
            }
            return sortAndFilterTrades(std::move(trades), unified, since, limit);
        });
    });
}

} // namespace bourse::ex
