// SPDX-License-Identifier: GPL-3.0-or-later
#include "Zaif.h"

#include "ZaifParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <cstdio>

namespace bourse::ex {

using namespace zaif;
using rest::Endpoint;
using rest::spec;

namespace {

// Public calls take the pair as the last path segment; private calls are all POST /tapi with the call in the body
// (the endpoint's path is the call's name).
constexpr Endpoint kPairsAll {"public", "GET", "currency_pairs/all", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kDepth {"public", "GET", "depth", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kGetInfo {"private", "POST", "get_info", 10};
constexpr Endpoint kTrade {"private", "POST", "trade", 5};
constexpr Endpoint kCancelOrder {"private", "POST", "cancel_order", 5};
constexpr Endpoint kActiveOrders {"private", "POST", "active_orders", 5};
constexpr Endpoint kTradeHistory {"private", "POST", "trade_history", 50};

// trade_history returns at most 1000 entries a call.
constexpr long long kMaxHistoryCount = 1000;

} // namespace

Zaif::Zaif(Transport& transport, Clock& clock)
    : Exchange(zaifDescription(), transport, clock)
{
}

std::string zaifSignature(const std::string& secret, const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, body));
}

std::string zaifNonce(long long milliseconds)
{
    char text[40];
    std::snprintf(text, sizeof text, "%lld.%03lld00000", milliseconds / 1000, milliseconds % 1000);
    return text;
}

HttpRequest Zaif::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    if (s.api != "private") {
        r.url = apiUrl(s.api) + "/" + s.path;
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    r.url = apiUrl(s.api);
    JsonValue form = JsonValue::object();
    form.set("method", s.path);
    form.set("nonce", zaifNonce(clock().milliseconds()));
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.headers = {
        {"Content-Type", "application/x-www-form-urlencoded"},
        {"Key", credentials().apiKey},
        {"Sign", zaifSignature(credentials().secret, r.body)},
    };
    return r;
}

// {"success":0,"error":"insufficient funds"} or, from the public API, {"error":"unsupported currency_pair"}.
void Zaif::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const std::string feedback = "zaif " + textExcerpt(response.body, 1000);
    if (auto error = kit::str(root["error"])) {
        if (auto kind = m_description.errors.match(*error)) {
            throw Error(*kind, feedback);
        }
        if (auto kind = m_description.errors.matchBroad(*error)) {
            throw Error(*kind, feedback);
        }
        throw Error(ErrorKind::ExchangeError, feedback);
    }
    if (auto success = root["success"].integer(); success && *success == 0) {
        throw Error(ErrorKind::ExchangeError, feedback);
    }
}

// ---- market data ----

void Zaif::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kPairsAll, JsonValue::object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r.items()) {
                                         markets.push_back(parseMarket(raw, *this));
                                     }
                                     return markets;
                                 });
}

void Zaif::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, JsonValue::object(), params, std::string(kTicker.path) + "/" + m.id), done,
                        [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Zaif::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // depth has no size parameter
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kDepth, JsonValue::object(), params, std::string(kDepth.path) + "/" + m.id), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Zaif::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kTrades, JsonValue::object(), params, std::string(kTrades.path) + "/" + m.id),
                                    done, [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            // An empty market answers [{}].
                                            if (raw.isObject() && raw.size() > 0) {
                                                trades.push_back(parseTrade(raw, *this, &m));
                                            }
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

// ---- account ----

void Zaif::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kGetInfo, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

void Zaif::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                       const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (type != "limit") {
            throw Error(ErrorKind::InvalidOrder, "zaif createOrder() allows limit orders only");
        }
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "zaif createOrder() a limit order requires a price");
        }
        if (side != "buy" && side != "sell") {
            throw Error(ErrorKind::InvalidOrder, "zaif createOrder() supports only buy or sell in the side argument");
        }
        JsonValue q = JsonValue::object();
        q.set("currency_pair", m.id);
        q.set("action", side == "buy" ? "bid" : "ask");
        q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        q.set("price", JsonValue::number(priceToPrecision(m, *price)));
        request<Order>(spec(kTrade, q, params), done, [m](const JsonRef& r) {
            // {"success":1,"return":{"received":0.0,"remains":1.0,"order_id":12345,"funds":{...}}}
            Order o;
            o.info = JsonValue::fromRef(r);
            o.id = kit::str(r["return"]["order_id"]);
            o.symbol = m.symbol;
            o.complete();
            return o;
        });
    });
}

void Zaif::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol; // the order id is enough
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = JsonValue::object();
        q.set("order_id", id);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r["return"], *this, nullptr, "", "canceled"); });
    });
}

void Zaif::fetchOrderList(const char* call, JsonValue q, const std::string& symbol, OptInt since, OptInt limit,
                          const JsonValue& params, const char* status, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) mutable {
        if (m) {
            q.set("currency_pair", m->id);
        }
        const bool history = std::string(call) == kTradeHistory.path;
        if (history && since) {
            q.set("since", rest::seconds(*since));
        }
        if (history && limit) {
            q.set("count", std::min(*limit, kMaxHistoryCount));
        }
        const Endpoint& e = history ? kTradeHistory : kActiveOrders;
        request<std::vector<Order>>(spec(e, q, params), done, [this, m, since, limit, status](const JsonRef& r) {
            // {"success":1,"return":{"<order id>":{...},...}}
            std::vector<Order> orders;
            for (const auto& member : r["return"].members()) {
                orders.push_back(parseOrder(member.value, *this, m, std::string(member.key), status));
            }
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : "", since, limit);
        });
    });
}

void Zaif::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    fetchOrderList(kActiveOrders.path, JsonValue::object(), symbol, since, limit, params, "open", std::move(done));
}

void Zaif::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    // trade_history lists the account's executed orders.
    fetchOrderList(kTradeHistory.path, JsonValue::object(), symbol, since, limit, params, "closed", std::move(done));
}

} // namespace bourse::ex
