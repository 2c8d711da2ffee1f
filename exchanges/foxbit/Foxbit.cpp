// SPDX-License-Identifier: GPL-3.0-or-later
#include "Foxbit.h"

#include "FoxbitParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace foxbit;
using rest::Endpoint;

namespace {

// Costs in the description's 33.334 ms unit, from Foxbit's per-endpoint limits (markets 6/s, all tickers one per
// two seconds, order entry 15/s, fees one per two seconds...).
constexpr Endpoint kCurrencies {"public", "GET", "currencies", 5};
constexpr Endpoint kMarkets {"public", "GET", "markets", 5};
constexpr Endpoint kTickers {"public", "GET", "markets/ticker/24hr", 60};
constexpr Endpoint kTicker {"public", "GET", "markets/{market}/ticker/24hr", 15};
constexpr Endpoint kOrderBook {"public", "GET", "markets/{market}/orderbook", 6};
constexpr Endpoint kCandles {"public", "GET", "markets/{market}/candlesticks", 12};
constexpr Endpoint kTrades {"public", "GET", "markets/{market}/trades/history", 12};
constexpr Endpoint kAccounts {"private", "GET", "accounts", 2};
constexpr Endpoint kOrders {"private", "GET", "orders", 2};
constexpr Endpoint kOrder {"private", "GET", "orders/by-order-id/{id}", 2};
constexpr Endpoint kMyTrades {"private", "GET", "trades", 6};
constexpr Endpoint kDepositAddress {"private", "GET", "deposits/address", 10};
constexpr Endpoint kDeposits {"private", "GET", "deposits", 10};
constexpr Endpoint kWithdrawals {"private", "GET", "withdrawals", 10};
constexpr Endpoint kTradingFees {"private", "GET", "me/fees/trading", 60};
constexpr Endpoint kCreateOrder {"private", "POST", "orders", 2};
constexpr Endpoint kCancel {"private", "PUT", "orders/cancel", 2};

JsonValue object()
{
    return JsonValue::object();
}

// A list page: at most `max` items per call.
void setPageSize(JsonValue& q, OptInt limit, long long max)
{
    if (limit) {
        q.set("page_size", std::min(*limit, max));
    }
}

void setStartTime(JsonValue& q, OptInt since)
{
    if (since) {
        q.set("start_time", iso8601(*since));
    }
}

} // namespace

Foxbit::Foxbit(Transport& transport, Clock& clock)
    : Exchange(foxbitDescription(), transport, clock)
{
}

std::string foxbitSignature(const std::string& secret, const std::string& timestamp, const std::string& method,
                            const std::string& path, const std::string& query, const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, timestamp + method + path + query + body));
}

HttpRequest Foxbit::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    std::string signedQuery;
    if (s.method == "GET") {
        const auto pairs = paramPairs(s.params);
        if (!pairs.empty()) {
            r.url += "?" + signing::urlencode(pairs);
        }
        for (const auto& [k, v] : pairs) {
            signedQuery += (signedQuery.empty() ? "" : "&") + k + "=" + v;
        }
    } else {
        r.body = s.params.dump();
    }
    r.headers.emplace_back("Content-Type", "application/json");
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    const std::string timestamp = std::to_string(clock().milliseconds());
    // The signed path is the one below the host, whatever origin the request goes to.
    const std::string path = "/rest/" + m_description.version + "/" + s.path;
    r.headers.emplace_back("X-FB-ACCESS-KEY", credentials().apiKey);
    r.headers.emplace_back("X-FB-ACCESS-TIMESTAMP", timestamp);
    r.headers.emplace_back("X-FB-ACCESS-SIGNATURE",
                           foxbitSignature(credentials().secret, timestamp, s.method, path, signedQuery, r.body));
    return r;
}

// {"error":{"message":"Insufficient funds.","code":4002,"details":["..."]}}
void Foxbit::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef error = json->root()["error"];
    if (!error.isObject()) {
        return;
    }
    std::string details;
    for (const auto& d : error["details"].items()) {
        details += d.stringOr("") + " ";
    }
    const std::string code = error["code"].stringOr("");
    const std::string feedback =
        "foxbit " + error["message"].stringOr(textExcerpt(response.body, 1000)) + " details: " + details;
    if (auto kind = m_description.errors.match(code); kind && !code.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Foxbit::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(rest::spec(kCurrencies, object(), params), std::move(done),
                                   [this](const JsonRef& r) {
                                       std::vector<Currency> out;
                                       for (const auto& raw : r["data"].items()) {
                                           out.push_back(parseCurrency(raw, *this));
                                       }
                                       return out;
                                   });
}

void Foxbit::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(rest::spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Foxbit::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        const std::string path = "markets/" + m.id + "/ticker/24hr";
        request<Ticker>(rest::spec(kTicker, object(), params, path), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"][0], *this, &m); });
    });
}

void Foxbit::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(rest::spec(kTickers, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r["data"].items()) {
                Ticker t = parseTicker(raw, *this, nullptr);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Foxbit::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("depth", limit.value_or(20));
        request<OrderBook>(rest::spec(kOrderBook, q, params, "markets/" + m.id + "/orderbook"), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Foxbit::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        setPageSize(q, limit, 200);
        request<std::vector<Trade>>(rest::spec(kTrades, q, params, "markets/" + m.id + "/trades/history"), done,
                                    [=, this](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Foxbit::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("interval", m_description.timeframe(timeframe).value_or(timeframe));
        setStartTime(q, since);
        if (limit) {
            q.set("limit", std::min(*limit, 500LL));
        }
        request<std::vector<Ohlcv>>(rest::spec(kCandles, q, params, "markets/" + m.id + "/candlesticks"), done,
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

void Foxbit::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(rest::spec(kAccounts, object(), params), done, [this](const JsonRef& r) {
            Balance b = parseBalance(r["data"], *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

void Foxbit::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(rest::spec(kTradingFees, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : r["data"].items()) {
                fees.push_back(parseTradingFee(raw, *this));
            }
            return fees;
        });
    });
}

void Foxbit::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    // One call answers for every market; the one asked for is picked out.
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        request<TradingFee>(rest::spec(kTradingFees, object(), params), done, [this, m](const JsonRef& r) {
            for (const auto& raw : r["data"].items()) {
                if (raw["market_symbol"].stringOr("") == m.id) {
                    return parseTradingFee(raw, *this);
                }
            }
            throw Error(ErrorKind::BadResponse, "foxbit sent no trading fee for " + m.symbol);
        });
    });
}

// ---- orders ----

JsonValue Foxbit::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                               const OptDecimal& price, JsonValue& params) const
{
    const std::string kind = kit::upper(type);
    if (kind != "LIMIT" && kind != "MARKET" && kind != "STOP_MARKET" && kind != "STOP_LIMIT" && kind != "INSTANT") {
        throw Error(ErrorKind::InvalidOrder,
                    "foxbit createOrder() type must be limit, market, stop_market, "
                    "stop_limit or instant, not "
                        + type);
    }
    const std::string direction = kit::upper(side);
    if (direction != "BUY" && direction != "SELL") {
        throw Error(ErrorKind::InvalidOrder, "foxbit createOrder() side must be buy or sell");
    }
    auto timeInForce = rest::takeTextParam(params, "timeInForce");
    auto postOnly = rest::takeBoolParam(params, {"postOnly"});
    auto trigger = rest::takeDecimalParam(params, "triggerPrice");
    auto clientOrderId = rest::takeTextParam(params, "clientOrderId");
    if ((kind == "STOP_MARKET" || kind == "STOP_LIMIT") && !trigger) {
        throw Error(ErrorKind::InvalidOrder, "foxbit createOrder() a " + kind + " order requires a triggerPrice");
    }
    JsonValue q = object();
    q.set("market_symbol", m.id);
    q.set("side", direction);
    q.set("type", kind);
    if (timeInForce) {
        const std::string tif = kit::upper(*timeInForce);
        if (tif == "PO") {
            q.set("post_only", true);
        } else {
            q.set("time_in_force", tif);
        }
    }
    if (postOnly.value_or(false)) {
        q.set("post_only", true);
    }
    if (trigger) {
        q.set("stop_price", priceToPrecision(m, *trigger));
    }
    if (kind == "INSTANT") {
        // An instant order is sized in quote currency.
        q.set("amount", priceToPrecision(m, amount));
    } else {
        q.set("quantity", amountToPrecision(m, amount));
    }
    if (kind == "LIMIT" || kind == "STOP_LIMIT") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "foxbit createOrder() a " + kind + " order requires a price");
        }
        q.set("price", priceToPrecision(m, *price));
    }
    if (clientOrderId) {
        q.set("client_order_id", *clientOrderId);
    }
    return q;
}

void Foxbit::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        // {"id":1234567890,"sn":"OKMAKSDHRVVREK","client_order_id":"..."}
        request<Order>(rest::spec(kCreateOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Foxbit::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    (void)symbol; // Foxbit cancels by order id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        // The id goes as a JSON number.
        q.set("id", Decimal::parse(id) ? JsonValue::number(id) : JsonValue(id));
        q.set("type", "ID");
        request<Order>(rest::spec(kCancel, q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r["data"][0], *this, nullptr); });
    });
}

void Foxbit::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [this, params, done](const Market* m) {
        JsonValue q = object();
        q.set("type", m ? "MARKET" : "ALL");
        if (m) {
            q.set("market_symbol", m->id);
        }
        // {"data":[{"sn":"OKMAKSDHRVVREK","id":123}]}: the orders that were cancelled.
        request<std::vector<Order>>(rest::spec(kCancel, q, params), done, [this, m](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return orders;
        });
    });
}

void Foxbit::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(rest::spec(kOrder, object(), params, "orders/by-order-id/" + id), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Foxbit::fetchOrdersByState(const char* state, const std::string& symbol, OptInt since, OptInt limit,
                                const JsonValue& params, Callback<std::vector<Order>> done)
{
    const std::string wantedState = state;
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (!wantedState.empty()) {
            q.set("state", wantedState);
        }
        if (m) {
            q.set("market_symbol", m->id);
        }
        setStartTime(q, since);
        setPageSize(q, limit, 100);
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(rest::spec(kOrders, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return sortAndFilterOrders(std::move(orders), wanted, since, limit);
        });
    });
}

void Foxbit::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done)
{
    fetchOrdersByState("", symbol, since, limit, params, std::move(done));
}

void Foxbit::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrdersByState("ACTIVE", symbol, since, limit, params, std::move(done));
}

void Foxbit::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchOrdersByState("FILLED", symbol, since, limit, params, std::move(done));
}

void Foxbit::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "foxbit fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("market_symbol", m.id);
        setStartTime(q, since);
        setPageSize(q, limit, 100);
        request<std::vector<Trade>>(rest::spec(kMyTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Foxbit::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("currency_symbol", kit::currencyIdFor(*this, code));
        if (auto network = rest::takeTextParam(extra, {"network", "networkCode"})) {
            q.set("network_code", networkId(*network));
        }
        request<DepositAddress>(rest::spec(kDepositAddress, q, extra), done,
                                [code](const JsonRef& r) { return parseDepositAddress(r, code); });
    });
}

void Foxbit::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        setPageSize(q, limit, 100);
        setStartTime(q, since);
        request<std::vector<Transaction>>(rest::spec(deposits ? kDeposits : kWithdrawals, q, params), done,
                                          [=, this](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r["data"].items()) {
                                                  items.push_back(parseTransaction(raw, *this));
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

void Foxbit::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Foxbit::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
