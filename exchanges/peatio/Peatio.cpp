// SPDX-License-Identifier: GPL-3.0-or-later
#include "Peatio.h"

#include "PeatioParsers.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace peatio;
using rest::Endpoint;
using rest::spec;

namespace {

// Paths below /api/v2, without the .json every one of them ends in.
constexpr Endpoint kMarkets {"public", "GET", "markets", 1};
constexpr Endpoint kTickers {"public", "GET", "tickers", 1};
constexpr Endpoint kTicker {"public", "GET", "tickers/{market}", 1};
constexpr Endpoint kDepth {"public", "GET", "depth", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kCandles {"public", "GET", "k", 1};
constexpr Endpoint kMe {"private", "GET", "members/me", 1};
constexpr Endpoint kOrders {"private", "GET", "orders", 1};
constexpr Endpoint kOrder {"private", "GET", "order", 1};
constexpr Endpoint kMyTrades {"private", "GET", "trades/my", 1};
constexpr Endpoint kCreateOrder {"private", "POST", "orders", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "order/delete", 1};

// Candles asked for when no limit is given (peatio's own default is 30).
constexpr long long kDefaultCandles = 500;

JsonValue object()
{
    return JsonValue::object();
}

// Order ids are integers in peatio; 2019 ccxt sent fetchOrder's as a number.
JsonValue numericId(const std::string& id)
{
    const bool digits = !id.empty() && id.find_first_not_of("0123456789") == std::string::npos;
    return digits ? JsonValue::number(id) : JsonValue(id);
}

} // namespace

Peatio::Peatio(Transport& transport, Clock& clock, ExchangeDescription description, PeatioApi api)
    : Exchange(std::move(description), transport, clock)
    , m_api(std::move(api))
{
}

std::string peatioQuery(const JsonValue& params, const std::string& apiKey, long long tonce)
{
    JsonValue all = object();
    all.set("access_key", apiKey);
    all.set("tonce", std::to_string(tonce));
    mergeParams(all, params);
    auto pairs = paramPairs(all);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return signing::urlencode(pairs);
}

std::string peatioSignature(const std::string& secret, const std::string& method, const std::string& path,
                            const std::string& query)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, method + "|" + path + "|" + query));
}

// A tonce is accepted once per access key: two requests in one millisecond take the next one.
long long Peatio::nextTonce()
{
    m_lastTonce = std::max(clock().milliseconds(), m_lastTonce + 1);
    return m_lastTonce;
}

HttpRequest Peatio::sign(const RequestSpec& s)
{
    const std::string path = "/api/" + m_description.version + "/" + s.path + ".json";
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + path;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    const std::string query = peatioQuery(s.params, credentials().apiKey, nextTonce());
    const std::string signedQuery =
        query + "&signature=" + peatioSignature(credentials().secret, s.method, path, query);
    if (s.method == "GET") {
        r.url += "?" + signedQuery;
    } else {
        r.body = signedQuery;
        r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    }
    return r;
}

// {"error":{"code":2002,"message":"Failed to create order. Reason: cannot lock funds (amount: 0.1)"}}, HTTP 400;
// authentication failures are 401, an unknown order 404. A code not in the map is left to the HTTP status.
void Peatio::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef error = json->root()["error"];
    if (error.isNull()) {
        return;
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (auto code = rest::str(error["code"])) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    if (response.status < 400) {
        throw Error(ErrorKind::ExchangeError, feedback);
    }
}

void Peatio::requireSupport(const char* method) const
{
    if (m_description.supports(method) == Support::No) {
        throw notSupported(method);
    }
}

// ---- market data ----

void Peatio::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    if (!m_api.marketsFromTickers) {
        request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
            std::vector<Market> markets;
            for (const auto& raw : r.items()) {
                markets.push_back(parseMarket(raw, *this, m_api));
            }
            return markets;
        });
        return;
    }
    request<std::vector<Market>>(spec(kTickers, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& member : r.members()) {
            if (auto m = marketFromTickerId(std::string(member.key), *this, m_api)) {
                markets.push_back(std::move(*m));
            }
        }
        return markets;
    });
}

void Peatio::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, object(), params, "tickers/" + m.id), done,
                        [m](const JsonRef& r) { return parseTicker(r, &m, m.symbol); });
    });
}

void Peatio::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& symbol : symbols) {
            (void)market(symbol); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTickers, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& member : r.members()) {
                const std::string id(member.key);
                Ticker t = parseTicker(member.value, findMarketById(id), symbolOf(*this, id));
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Peatio::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        if (limit) {
            q.set("limit", *limit); // 300 when not given
        }
        request<OrderBook>(spec(kDepth, q, params), done, [m](const JsonRef& r) { return parseOrderBook(r, m); });
    });
}

void Peatio::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        // The market's latest trades; `since` and `limit` are applied here, as 2019 ccxt did.
        JsonValue q = object();
        q.set("market", m.id);
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Peatio::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        auto period = m_description.timeframe(timeframe);
        if (!period) {
            throw Error(ErrorKind::BadRequest, id() + " fetchOHLCV() does not support timeframe " + timeframe);
        }
        JsonValue q = object();
        q.set("market", m.id);
        q.set("period", JsonValue::number(*period));
        q.set("limit", limit.value_or(kDefaultCandles));
        if (since) {
            // Peatio's docs give this start in seconds; 2019 ccxt sent milliseconds, and so does this (the
            // recorded 2019 requests are the contract). A venue that reads seconds answers no candles for it.
            q.set("timestamp", *since);
        }
        request<std::vector<Ohlcv>>(spec(kCandles, q, params), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r.items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Peatio::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kMe, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

JsonValue Peatio::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                               const OptDecimal& price) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() invalid side " + side);
    }
    if (type != "limit" && type != "market") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() supports limit and market orders");
    }
    if (type == "limit" && !price) {
        throw Error(ErrorKind::ArgumentsRequired, id() + " createOrder() a limit order requires a price");
    }
    JsonValue q = object();
    q.set("market", m.id);
    q.set("side", side);
    q.set("volume", amountToPrecision(m, amount));
    q.set("ord_type", type);
    // A market order takes no price (one given is not sent).
    if (type == "limit") {
        q.set("price", priceToPrecision(m, *price));
    }
    return q;
}

void Peatio::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        request<Order>(spec(kCreateOrder, orderRequest(m, type, side, amount, price), params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Peatio::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        JsonValue q = object();
        q.set("id", id);
        request<Order>(spec(kCancelOrder, q, params), done, [this, symbol](const JsonRef& r) {
            Order order = parseOrder(r, *this, findMarket(symbol));
            // The cancel is queued and the order answered as it was: one already done or cancelled was not there
            // to cancel.
            if (order.status == "closed" || order.status == "canceled") {
                throw Error(ErrorKind::OrderNotFound,
                            this->id() + " order " + order.id.value_or("") + " is " + *order.status
                                + ", nothing to cancel");
            }
            return order;
        });
    });
}

void Peatio::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        JsonValue q = object();
        q.set("id", numericId(id));
        request<Order>(spec(kOrder, q, params), done,
                       [this, symbol](const JsonRef& r) { return parseOrder(r, *this, findMarket(symbol)); });
    });
}

void Peatio::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    try {
        requireSupport("fetchOpenOrders");
        if (symbol.empty()) {
            throw Error(ErrorKind::ArgumentsRequired, id() + " fetchOpenOrders() requires a symbol argument");
        }
    } catch (const Error& e) {
        done(e);
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        // GET orders lists the market's open orders (state "wait" by default).
        JsonValue q = object();
        q.set("market", m.id);
        request<std::vector<Order>>(spec(kOrders, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Peatio::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    try {
        requireSupport("fetchMyTrades");
        if (symbol.empty()) {
            throw Error(ErrorKind::ArgumentsRequired, id() + " fetchMyTrades() requires a symbol argument");
        }
    } catch (const Error& e) {
        done(e);
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        // The market's latest own trades; `since` and `limit` are applied here, as 2019 ccxt did.
        JsonValue q = object();
        q.set("market", m.id);
        request<std::vector<Trade>>(spec(kMyTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

} // namespace bourse::ex
