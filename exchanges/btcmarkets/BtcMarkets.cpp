// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtcMarkets.h"

#include "BtcMarketsParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace btcmarkets;
using rest::Endpoint;
using rest::spec;

namespace {

// Every v3 endpoint costs one unit of the description's one-second rate limit. Paths below /v3/; those with an
// id are completed by the caller.
constexpr Endpoint kMarkets {"public", "GET", "markets", 1};
constexpr Endpoint kTime {"public", "GET", "time", 1};
constexpr Endpoint kMarketData {"public", "GET", "", 1}; // markets/{marketId}/ticker|trades|orderbook|candles
constexpr Endpoint kBalances {"private", "GET", "accounts/me/balances", 1};
constexpr Endpoint kOrders {"private", "GET", "orders", 1};
constexpr Endpoint kOrder {"private", "GET", "", 1}; // orders/{id}
constexpr Endpoint kCreateOrder {"private", "POST", "orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "", 1}; // orders/{id}
constexpr Endpoint kCancelAllOrders {"private", "DELETE", "orders", 1};
constexpr Endpoint kTrades {"private", "GET", "trades", 1};
constexpr Endpoint kDeposits {"private", "GET", "deposits", 1};
constexpr Endpoint kWithdrawals {"private", "GET", "withdrawals", 1};

JsonValue object()
{
    return JsonValue::object();
}

// The parameters sorted by key: BTC Markets signs the body as sent, and ccxt sends keys in this order.
JsonValue sortedByKey(const JsonValue& params)
{
    auto members = params.members();
    std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    JsonValue sorted = JsonValue::object();
    for (auto& [key, value] : members) {
        sorted.set(key, std::move(value));
    }
    return sorted;
}

// A history list's filters: the market, the "after" cursor (ccxt passes `since` as it) and the page size. The
// keys are sorted when sent, so their order here does not matter.
JsonValue historyQuery(JsonValue q, const Market* market, OptInt since, OptInt limit)
{
    if (market) {
        q.set("marketId", market->id);
    }
    if (since) {
        q.set("after", *since);
    }
    if (limit) {
        q.set("limit", *limit);
    }
    return q;
}

} // namespace

BtcMarkets::BtcMarkets(Transport& transport, Clock& clock)
    : Exchange(btcmarketsDescription(), transport, clock)
{
}

std::string btcmarketsSignature(const std::string& secret, const std::string& method, const std::string& path,
                                const std::string& timestamp, const std::string& body)
{
    auto key = signing::fromBase64(secret);
    if (!key) {
        throw Error(ErrorKind::AuthenticationError, "btcmarkets secret is not base64");
    }
    std::string signature =
        signing::toBase64(signing::hmac(signing::Hash::Sha512, *key, method + path + timestamp + body));
    signing::cleanse(*key);
    return signature;
}

HttpRequest BtcMarkets::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    const std::string path = "/" + m_description.version + "/" + s.path;
    const JsonValue query = sortedByKey(s.params);
    const bool inBody = s.method == "POST" || s.method == "PUT";
    r.url = apiUrl(s.api) + path;
    if (!inBody && query.size() > 0) {
        r.url += "?" + signing::urlencode(paramPairs(query));
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    if (inBody) {
        r.body = query.dump();
    }
    const std::string timestamp = std::to_string(clock().milliseconds());
    r.headers.emplace_back("Accept", "application/json");
    r.headers.emplace_back("Accept-Charset", "UTF-8");
    r.headers.emplace_back("Content-Type", "application/json");
    r.headers.emplace_back("BM-AUTH-APIKEY", credentials().apiKey);
    r.headers.emplace_back("BM-AUTH-TIMESTAMP", timestamp);
    r.headers.emplace_back("BM-AUTH-SIGNATURE",
                           btcmarketsSignature(credentials().secret, s.method, path, timestamp, r.body));
    return r;
}

// {"code":"UnAuthorized","message":"invalid access token"}, {"code":"OrderNotFound","message":"order not found"}
void BtcMarkets::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    auto code = rest::str(json->root()["code"]);
    if (!code) {
        return;
    }
    const std::string message = json->root()["message"].stringOr("");
    const std::string feedback = "btcmarkets " + textExcerpt(response.body, 1000);
    for (const std::string& text : {message, *code}) {
        if (auto kind = m_description.errors.match(text); kind && !text.empty()) {
            throw Error(*kind, feedback);
        }
    }
    if (auto kind = m_description.errors.matchBroad(message); kind && !message.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void BtcMarkets::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r.items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void BtcMarkets::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTime, object(), params), std::move(done), [](const JsonRef& r) {
        auto ms = parseIso8601(r["timestamp"].stringOr(""));
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "btcmarkets sent no server time");
        }
        return *ms;
    });
}

void BtcMarkets::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kMarketData, object(), params, "markets/" + m.id + "/ticker"), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void BtcMarkets::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                Callback<OrderBook> done)
{
    (void)limit; // the book comes whole
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kMarketData, object(), params, "markets/" + m.id + "/orderbook"), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void BtcMarkets::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kMarketData, object(), params, "markets/" + m.id + "/trades"), done,
                                    [=, this](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void BtcMarkets::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("timeWindow", m_description.timeframe(timeframe).value_or(timeframe));
        if (since) {
            q.set("from", iso8601(*since));
        }
        if (limit) {
            // Ten candles by default, 200 at most.
            q.set("limit", std::min<long long>(*limit, 200));
        }
        request<std::vector<Ohlcv>>(spec(kMarketData, q, params, "markets/" + m.id + "/candles"), done,
                                    [since, limit](const JsonRef& r) {
                                        std::vector<Ohlcv> rows;
                                        for (const auto& raw : r.items()) {
                                            rows.push_back(parseOhlcv(raw));
                                        }
                                        return sortAndFilterOhlcv(std::move(rows), since, limit);
                                    });
    });
}

// ---- account ----

void BtcMarkets::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalances, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

JsonValue BtcMarkets::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                   const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    const std::string lowerType = rest::lower(type);
    JsonValue q = object();
    q.set("marketId", m.id);
    q.set("amount", amountToPrecision(m, amount));
    q.set("side", side == "buy" ? "Bid" : "Ask");
    // BTC Markets' type names; anything else is passed as the caller wrote it.
    std::string exchangeType = type;
    if (lowerType == "limit") {
        exchangeType = "Limit";
    } else if (lowerType == "market") {
        exchangeType = "Market";
    } else if (lowerType == "stop") {
        exchangeType = "Stop";
    } else if (lowerType == "stop limit") {
        exchangeType = "Stop Limit";
    } else if (lowerType == "take profit") {
        exchangeType = "Take Profit";
    }
    q.set("type", exchangeType);
    const bool needsPrice = lowerType == "limit" || lowerType == "stop limit";
    const bool needsTrigger = lowerType == "stop limit" || lowerType == "take profit" || lowerType == "stop";
    if (needsPrice) {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "btcmarkets createOrder() requires a price argument for a " + type + " order");
        }
        q.set("price", priceToPrecision(m, *price));
    }
    if (needsTrigger) {
        auto trigger = rest::takeDecimalParam(params, "triggerPrice");
        if (!trigger) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "btcmarkets createOrder() requires a triggerPrice parameter for a " + type + " order");
        }
        q.set("triggerPrice", priceToPrecision(m, *trigger));
    }
    if (auto clientOrderId = rest::takeTextParam(params, "clientOrderId")) {
        q.set("clientOrderId", *clientOrderId);
    }
    return q;
}

void BtcMarkets::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                             const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kCreateOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void BtcMarkets::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                             Callback<Order> done)
{
    (void)symbol; // orders are cancelled by id alone
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kCancelOrder, object(), params, "orders/" + id), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

// Answers [{"orderId":"7524","clientOrderId":"123-456"}, ...]: the orders it cancelled.
void BtcMarkets::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [this, params, done](const Market* m) {
        const JsonValue q = historyQuery(object(), m, std::nullopt, std::nullopt);
        request<std::vector<Order>>(spec(kCancelAllOrders, q, params), done, [this, m](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return orders;
        });
    });
}

void BtcMarkets::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                            Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kOrder, object(), params, "orders/" + id), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void BtcMarkets::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        q.set("status", "all");
        q = historyQuery(std::move(q), m, since, limit);
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kOrders, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return sortAndFilterOrders(std::move(orders), unified, since, limit);
        });
    });
}

void BtcMarkets::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Order>> done)
{
    JsonValue q = object();
    q.set("status", "open");
    mergeParams(q, params);
    fetchOrders(symbol, since, limit, q, std::move(done));
}

void BtcMarkets::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                   Callback<std::vector<Order>> done)
{
    fetchOrders(symbol, since, limit, params, [done](Result<std::vector<Order>> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        std::vector<Order> closed;
        for (auto& o : result.value()) {
            if (o.status == "closed") {
                closed.push_back(std::move(o));
            }
        }
        done(std::move(closed));
    });
}

void BtcMarkets::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        const JsonValue q = historyQuery(object(), m, since, limit);
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, m));
            }
            return sortAndFilterTrades(std::move(trades), unified, since, limit);
        });
    });
}

// ---- funding ----

void BtcMarkets::fetchTransfers(const char* path, const std::string& code, OptInt since, OptInt limit,
                                const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        const JsonValue q = historyQuery(object(), nullptr, since, limit);
        const Endpoint& e = std::string(path) == "deposits" ? kDeposits : kWithdrawals;
        request<std::vector<Transaction>>(spec(e, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r.items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void BtcMarkets::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    fetchTransfers("deposits", code, since, limit, params, std::move(done));
}

void BtcMarkets::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                  Callback<std::vector<Transaction>> done)
{
    fetchTransfers("withdrawals", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
