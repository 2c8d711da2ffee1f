// SPDX-License-Identifier: GPL-3.0-or-later
#include "Luno.h"

#include "LunoParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace luno;
using rest::Endpoint;
using rest::spec;

namespace {

// Every Luno endpoint costs one unit of the description's 200 ms.
constexpr Endpoint kMarkets {"exchange", "GET", "markets", 1};
constexpr Endpoint kCandles {"exchangePrivate", "GET", "candles", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kTickers {"public", "GET", "tickers", 1};
constexpr Endpoint kOrderBook {"public", "GET", "orderbook", 1};
constexpr Endpoint kOrderBookTop {"public", "GET", "orderbook_top", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kBalance {"private", "GET", "balance", 1};
constexpr Endpoint kFeeInfo {"private", "GET", "fee_info", 1};
constexpr Endpoint kFundingAddress {"private", "GET", "funding_address", 1};
constexpr Endpoint kListOrders {"private", "GET", "listorders", 1};
constexpr Endpoint kListTrades {"private", "GET", "listtrades", 1};
constexpr Endpoint kOrder {"private", "GET", "orders", 1};
constexpr Endpoint kStopOrder {"private", "POST", "stoporder", 1};
constexpr Endpoint kOrderEntry {"private", "POST", "", 1};

// The top-of-book call answers up to 100 levels a side; a larger (or no) limit takes the whole book.
constexpr long long kTopOfBookLevels = 100;

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

Luno::Luno(Transport& transport, Clock& clock)
    : Exchange(lunoDescription(), transport, clock)
{
}

std::string lunoAuthorization(const std::string& apiKey, const std::string& secret)
{
    return "Basic " + signing::toBase64(apiKey + ":" + secret);
}

HttpRequest Luno::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.params.size() > 0) {
        r.url += "?" + signing::urlencode(paramPairs(s.params));
    }
    if (s.api == "private" || s.api == "exchangePrivate") {
        requireCredentials();
        r.headers.emplace_back("Authorization", lunoAuthorization(credentials().apiKey, credentials().secret));
    }
    return r;
}

// {"error":"Insufficient balance.","error_code":"ErrInsufficientBalance","error_action":{}}
void Luno::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || json->root()["error"].isMissing()) {
        return;
    }
    const std::string feedback = "luno " + textExcerpt(response.body, 1000);
    if (auto code = json->root()["error_code"].string()) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Luno::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["markets"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Luno::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        request<Ticker>(spec(kTicker, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void Luno::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                        Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTickers, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r["tickers"].items()) {
                Ticker t = parseTicker(raw, *this, nullptr);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Luno::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        const bool top = limit && *limit <= kTopOfBookLevels;
        request<OrderBook>(spec(top ? kOrderBookTop : kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Luno::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        if (since) {
            q.set("since", *since);
        }
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["trades"].items()) {
                trades.push_back(parseTrade(raw, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Luno::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                      const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        auto duration = m_description.timeframe(timeframe);
        if (!duration) {
            throw Error(ErrorKind::BadRequest, "luno fetchOHLCV() does not support timeframe " + timeframe);
        }
        JsonValue q = object();
        q.set("duration", JsonValue::number(*duration));
        q.set("pair", m.id);
        // Candles are read forward from `since`; without one, from 1000 candles back.
        q.set("since", since ? *since : clock().milliseconds() - 1000 * 1000 * kit::timeframeSeconds(timeframe));
        request<std::vector<Ohlcv>>(spec(kCandles, q, params), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r["candles"].items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Luno::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Luno::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        // {"maker_fee":"0.00","taker_fee":"0.001","thirty_day_volume":"0"}: the account's own rates.
        request<TradingFee>(spec(kFeeInfo, q, params), done, [m](const JsonRef& r) {
            TradingFee f;
            f.symbol = m.symbol;
            f.maker = rest::num(r["maker_fee"]);
            f.taker = rest::num(r["taker_fee"]);
            f.info = JsonValue::fromRef(r);
            return f;
        });
    });
}

void Luno::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue q = object();
        q.set("asset", kit::currencyIdFor(*this, code));
        request<DepositAddress>(spec(kFundingAddress, q, params), done,
                                [this, code](const JsonRef& r) { return parseDepositAddress(r, *this, code); });
    });
}

// ---- orders ----

std::pair<std::string, JsonValue> Luno::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                                     const Decimal& amount, const OptDecimal& price) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "luno createOrder() supports only buy or sell in the side argument");
    }
    JsonValue q = object();
    q.set("pair", m.id);
    if (type == "market") {
        q.set("type", side == "buy" ? "BUY" : "SELL");
        // A market buy names the counter (quote) amount to spend: the amount argument is taken as that.
        q.set(side == "buy" ? "counter_volume" : "base_volume", amountToPrecision(m, amount));
        return {"marketorder", std::move(q)};
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, "luno createOrder() a limit order requires a price");
    }
    q.set("volume", amountToPrecision(m, amount));
    q.set("price", priceToPrecision(m, *price));
    q.set("type", side == "buy" ? "BID" : "ASK");
    return {"postorder", std::move(q)};
}

void Luno::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                       const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        auto [path, q] = orderRequest(m, type, side, amount, price);
        // {"order_id":"BXMC2CJ7HNB88U4"}
        request<Order>(spec(kOrderEntry, q, params, path), done, [](const JsonRef& r) {
            // Only the id comes back; the symbol stays unset, as in ccxt's unified answer.
            Order o;
            o.id = rest::str(r["order_id"]);
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

void Luno::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol; // Luno stops an order by its id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("order_id", id);
        // {"success":true}: nothing about the order itself.
        request<Order>(spec(kStopOrder, q, params), done, [](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

void Luno::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kOrder, object(), params, std::string(kOrder.path) + "/" + signing::percentEncode(id)),
                       done, [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Luno::fetchOrdersByState(const char* state, const std::string& symbol, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Order>> done)
{
    const std::string wantedState = state ? state : "";
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (!wantedState.empty()) {
            q.set("state", wantedState);
        }
        if (m) {
            q.set("pair", m->id);
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kListOrders, q, params), done, [this, wanted, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["orders"].items()) {
                orders.push_back(parseOrder(raw, *this, nullptr));
            }
            return sortAndFilterOrders(std::move(orders), wanted, since, limit);
        });
    });
}

void Luno::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Order>> done)
{
    fetchOrdersByState(nullptr, symbol, since, limit, params, std::move(done));
}

void Luno::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    fetchOrdersByState("PENDING", symbol, since, limit, params, std::move(done));
}

void Luno::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrdersByState("COMPLETE", symbol, since, limit, params, std::move(done));
}

void Luno::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "luno fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        if (since) {
            q.set("since", *since);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec(kListTrades, q, params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["trades"].items()) {
                trades.push_back(parseTrade(raw, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

} // namespace bourse::ex
