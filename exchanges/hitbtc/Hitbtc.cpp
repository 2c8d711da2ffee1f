// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hitbtc.h"

#include "HitbtcParsers.h"
#include "HitbtcSigner.h"
#include "core/AdapterSupport.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace hitbtc;
using namespace adapter;

namespace {

// Endpoint costs are in units of the description's rate limit (1000/300 ms): market data 10,
// account history and balances 15, wallet 30, order entry 1 (api.hitbtc.com/#rate-limiting).

// An order or history call that exists for the spot account and for the margin account.
struct Sectioned
{
    Endpoint spot;
    Endpoint margin;
    const Endpoint& in(const std::string& section) const { return section == "margin" ? margin : spot; }
};

constexpr Endpoint kSymbols {"public", "GET", "public/symbol", 10};
constexpr Endpoint kCurrencies {"public", "GET", "public/currency", 10};
constexpr Endpoint kTicker {"public", "GET", "public/ticker/{symbol}", 10};
constexpr Endpoint kTickers {"public", "GET", "public/ticker", 10};
constexpr Endpoint kOrderBook {"public", "GET", "public/orderbook/{symbol}", 10};
constexpr Endpoint kTrades {"public", "GET", "public/trades/{symbol}", 10};
constexpr Endpoint kCandles {"public", "GET", "public/candles/{symbol}", 10};
constexpr Endpoint kSpotBalance {"private", "GET", "spot/balance", 15};
constexpr Endpoint kWalletBalance {"private", "GET", "wallet/balance", 30};
constexpr Endpoint kFuturesBalance {"private", "GET", "futures/balance", 15};
constexpr Endpoint kFee {"private", "GET", "spot/fee/{symbol}", 15};
constexpr Endpoint kFees {"private", "GET", "spot/fee", 15};
constexpr Endpoint kDepositAddress {"private", "GET", "wallet/crypto/address", 30};
constexpr Endpoint kTransactions {"private", "GET", "wallet/transactions", 30};
constexpr Sectioned kCreateOrder {{"private", "POST", "spot/order", 1}, {"private", "POST", "margin/order", 1}};
constexpr Sectioned kCancelOrder {{"private", "DELETE", "spot/order/{client_order_id}", 1},
                                  {"private", "DELETE", "margin/order/{client_order_id}", 1}};
constexpr Sectioned kCancelAll {{"private", "DELETE", "spot/order", 1}, {"private", "DELETE", "margin/order", 1}};
constexpr Sectioned kOpenOrders {{"private", "GET", "spot/order", 1}, {"private", "GET", "margin/order", 1}};
constexpr Sectioned kOrderHistory {{"private", "GET", "spot/history/order", 15},
                                   {"private", "GET", "margin/history/order", 15}};
constexpr Sectioned kTradeHistory {{"private", "GET", "spot/history/trade", 15},
                                   {"private", "GET", "margin/history/trade", 15}};

} // namespace

Hitbtc::Hitbtc(Transport& transport, Clock& clock, ExchangeDescription description)
    : Exchange(std::move(description), transport, clock)
{
}

// ---- signing and errors ----

HttpRequest Hitbtc::sign(const RequestSpec& s)
{
    // Placeholders ("spot/order/{client_order_id}") leave the query; a body keeps them (HitBTC ignores them
    // there, and the signature covers the body as sent).
    auto [path, query] = implodePath(s.path, s.params);
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + path;
    r.headers.emplace_back("Content-Type", "application/json");
    std::string signedPart;
    if (s.method == "GET") {
        if (query.size() > 0) {
            signedPart = "?" + signing::urlencode(paramPairs(query));
            r.url += signedPart;
        }
    } else {
        r.body = s.params.dump();
        signedPart = r.body;
    }
    if (s.api == "private") {
        requireCredentials();
        const std::string timestamp = std::to_string(clock().milliseconds());
        // The signed path is the one on HitBTC's host, whatever origin --api-url names.
        const std::string sig = signature(s.method, "/api/3/" + path, signedPart, timestamp, credentials().secret);
        r.headers.emplace_back("Authorization", authorization(credentials().apiKey, sig, timestamp));
    }
    return r;
}

// {"error":{"code":20001,"message":"Insufficient funds","description":"Check that the funds are sufficient,
//  given commissions"}}, with an HTTP error status. The code decides; the message is matched broadly after.
void Hitbtc::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef error = json->root()["error"];
    auto code = error["code"].string();
    if (!code || code->empty()) {
        return;
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*code)) {
        throw Error(*kind, feedback);
    }
    auto message = error["message"].string() ? error["message"].string() : error["description"].string();
    if (message) {
        if (auto kind = m_description.errors.matchBroad(*message)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

std::string Hitbtc::section(const Market* market, JsonValue& params, bool keepMarginFlag) const
{
    auto type = textParam(params, "type");
    auto defaultType = textParam(params, "defaultType");
    params.remove("type");
    params.remove("defaultType");
    std::string marketType = defaultType ? *defaultType : type ? *type : market ? market->type : "spot";
    auto marginMode = textParam(params, "marginMode");
    if (!marginMode) {
        marginMode = textParam(params, "defaultMarginMode");
    }
    const JsonValue* margin = params.find("margin");
    // margin: true alone means an isolated position, HitBTC's only spot margin mode.
    if (!marginMode && margin && margin->asBool() == true) {
        marginMode = "isolated";
    }
    params.remove("marginMode");
    params.remove("defaultMarginMode");
    if (!keepMarginFlag) {
        params.remove("margin");
    }
    if (marginMode || marketType == "margin") {
        return "margin";
    }
    if (marketType != "spot") {
        throw Error(ErrorKind::NotSupported, id() + " supports spot and margin accounts only, not " + marketType);
    }
    return "spot";
}

// ---- markets and currencies ----

void Hitbtc::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kSymbols, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& [id, raw] : r.members()) {
            if (auto m = parseMarket(id, raw, *this)) {
                markets.push_back(std::move(*m));
            }
        }
        return markets;
    });
}

void Hitbtc::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> currencies;
        for (const auto& [id, raw] : r.members()) {
            currencies.push_back(parseCurrency(id, raw, *this));
        }
        return currencies;
    });
}

// ---- market data ----

void Hitbtc::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [m](const JsonRef& r) { return parseTicker(r, &m, m.id); });
    });
}

void Hitbtc::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue q = object();
        if (!symbols.empty()) {
            std::string ids;
            for (const auto& s : symbols) {
                ids += (ids.empty() ? "" : ",") + market(s).id;
            }
            q.set("symbols", ids);
        }
        request<std::vector<Ticker>>(spec(kTickers, q, params), done, [this, symbols](const JsonRef& r) {
            // {"BTCUSDT":{"ask":"63049.06",...,"timestamp":"2021-10-22T04:25:47.573Z"}, ...}
            std::vector<Ticker> tickers;
            for (const auto& [id, raw] : r.members()) {
                Ticker t = parseTicker(raw, findMarketById(id), id);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Hitbtc::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("depth", *limit);
        }
        request<OrderBook>(spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Hitbtc::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, params, done](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit", std::min(*limit, 1000LL)); // HitBTC's largest page
        }
        if (since) {
            q.set("from", *since);
        }
        q.set("symbol", m.id);
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [this, m](const JsonRef& r) {
            auto trades = parseList<Trade>(r, [&](const JsonRef& t) { return parseTrade(t, *this, &m); });
            return sortAndFilterTrades(std::move(trades), m.symbol, std::nullopt, std::nullopt);
        });
    });
}

void Hitbtc::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate"); // one page per call; the caller pages with `since`
        JsonValue q = object();
        q.set("symbol", m.id);
        // A timeframe missing from the table goes through as given, for HitBTC to judge.
        q.set("period", m_description.timeframe(timeframe).value_or(timeframe));
        if (since) {
            q.set("from", iso8601(*since));
        }
        auto until = takeParam(extra, "until");
        auto till = takeParam(extra, "till");
        auto end = until ? until->asInteger() : till ? till->asInteger() : std::nullopt;
        if (end) {
            q.set("until", *end);
        }
        if (limit) {
            q.set("limit", std::min(*limit, 1000LL));
        }
        request<std::vector<Ohlcv>>(spec(kCandles, q, extra), done, [since, limit](const JsonRef& r) {
            auto candles = parseList<Ohlcv>(r, [](const JsonRef& c) { return parseOhlcv(c); });
            return sortAndFilterOhlcv(std::move(candles), since, limit);
        });
    });
}

// ---- account ----

void Hitbtc::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        std::string type = lower(textParam(extra, "type").value_or("spot"));
        extra.remove("type");
        // The trading account (spot), the wallet that deposits and withdrawals use (funding), or derivatives.
        const Endpoint* endpoint = type == "spot"                         ? &kSpotBalance
            : type == "funding" || type == "wallet"                       ? &kWalletBalance
            : type == "swap" || type == "future" || type == "derivatives" ? &kFuturesBalance
                                                                          : nullptr;
        if (!endpoint) {
            throw Error(ErrorKind::BadRequest,
                        id() + " fetchBalance() type parameter must be one of spot, funding, swap, future");
        }
        request<Balance>(spec(*endpoint, object(), extra), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Hitbtc::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<TradingFee>(spec(kFee, q, params), done,
                            [this, m](const JsonRef& r) { return parseTradingFee(r, *this, &m); });
    });
}

void Hitbtc::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        JsonValue extra = params;
        section(nullptr, extra);
        request<std::vector<TradingFee>>(spec(kFees, object(), extra), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : r.items()) {
                TradingFee f = parseTradingFee(raw, *this, nullptr);
                if (!f.symbol.empty()) {
                    fees.push_back(std::move(f));
                }
            }
            return fees;
        });
    });
}

// ---- orders ----

JsonValue Hitbtc::orderRequest(const Market& market, const std::string& type, const std::string& side,
                               const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    const bool isLimit = type == "limit";
    const JsonValue* reduceOnlyParam = params.find("reduceOnly");
    OptBool reduceOnly = reduceOnlyParam && reduceOnlyParam->isBool() ? reduceOnlyParam->asBool() : std::nullopt;
    auto timeInForce = textParam(params, "timeInForce");
    OptString trigger = textParam(params, "triggerPrice");
    for (const char* key : {"stopPrice", "stop_price"}) {
        if (!trigger) {
            trigger = textParam(params, key);
        }
    }
    // postOnly, post_only or timeInForce PO: a maker-only order, which IOC, FOK and a market order contradict.
    const JsonValue* postOnlyParam = params.find("postOnly");
    if (!postOnlyParam || !postOnlyParam->isBool()) {
        postOnlyParam = params.find("post_only");
    }
    const std::string tif = upper(timeInForce.value_or(""));
    bool postOnly = (postOnlyParam && postOnlyParam->asBool() == true) || tif == "PO";
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, id() + " postOnly orders cannot have timeInForce equal to " + tif);
        }
        if (type == "market") {
            throw Error(ErrorKind::InvalidOrder, id() + " market orders cannot be postOnly");
        }
    }
    JsonValue r = object();
    r.set("type", type);
    r.set("side", side);
    r.set("quantity", amountToPrecision(market, amount));
    r.set("symbol", market.id);
    if (reduceOnly) {
        // Only a margin position can be reduced; a spot order has nothing to reduce.
        if (market.type != "swap" && market.type != "margin") {
            throw Error(ErrorKind::InvalidOrder,
                        id() + " createOrder() does not support reduce_only for " + market.type
                            + " orders, only for swap and margin markets");
        }
        if (*reduceOnly) {
            r.set("reduce_only", true);
        }
    }
    if (postOnly) {
        r.set("post_only", true);
    }
    if (timeInForce) {
        r.set("time_in_force", *timeInForce);
    }
    if (isLimit || type == "stopLimit" || type == "takeProfitLimit") {
        if (!price) {
            throw Error(ErrorKind::ExchangeError, id() + " createOrder() requires a price argument for limit orders");
        }
        r.set("price", priceToPrecision(market, *price));
    }
    if (timeInForce == "GTD" && !textParam(params, "expire_time")) {
        throw Error(ErrorKind::ExchangeError,
                    id() + " createOrder() requires an expire_time parameter for a GTD order");
    }
    if (trigger) {
        auto triggerPrice = Decimal::parse(*trigger);
        if (!triggerPrice) {
            throw Error(ErrorKind::InvalidOrder, id() + " createOrder() triggerPrice is not a number: " + *trigger);
        }
        r.set("stop_price", priceToPrecision(market, *triggerPrice));
        if (isLimit) {
            r.set("type", "stopLimit");
        } else if (type == "market") {
            r.set("type", "stopMarket");
        }
    } else if (type == "stopLimit" || type == "stopMarket" || type == "takeProfitLimit" || type == "takeProfitMarket") {
        throw Error(ErrorKind::ExchangeError,
                    id() + " createOrder() requires a triggerPrice parameter for stop-loss and take-profit orders");
    }
    for (const char* key : {"triggerPrice", "timeInForce", "stopPrice", "stop_price", "reduceOnly", "postOnly"}) {
        params.remove(key);
    }
    return r;
}

void Hitbtc::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // A margin order says so with `margin: true`, which HitBTC's margin call also receives.
        const std::string where = section(&m, extra, true);
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kCreateOrder.in(where), req, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Hitbtc::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        const std::string where = section(m, extra);
        JsonValue q = object();
        q.set("client_order_id", id);
        request<Order>(spec(kCancelOrder.in(where), q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
    });
}

void Hitbtc::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [this, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        const std::string where = section(m, extra);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        request<std::vector<Order>>(spec(kCancelAll.in(where), q, extra), done, [this, m](const JsonRef& r) {
            auto orders = parseList<Order>(r, [&](const JsonRef& o) { return parseOrder(o, *this, m); });
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), std::nullopt, std::nullopt);
        });
    });
}

void Hitbtc::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        const std::string where = section(m, extra);
        JsonValue q = object();
        q.set("client_order_id", id);
        // The history holds open and past orders alike; the answer is a list of the one order.
        request<Order>(spec(kOrderHistory.in(where), q, extra), done, [this, m, id](const JsonRef& r) {
            if (r.isArray() && r.size() == 0) {
                throw Error(ErrorKind::OrderNotFound, this->id() + " fetchOrder() found no order " + id);
            }
            return parseOrder(r[0], *this, m);
        });
    });
}

void Hitbtc::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        const std::string where = section(m, extra);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        request<std::vector<Order>>(spec(kOpenOrders.in(where), q, extra), done, [=, this](const JsonRef& r) {
            auto orders = parseList<Order>(r, [&](const JsonRef& o) { return parseOrder(o, *this, m); });
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), since, limit);
        });
    });
}

void Hitbtc::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        const std::string where = section(m, extra);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        if (since) {
            q.set("from", iso8601(*since));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Order>>(spec(kOrderHistory.in(where), q, extra), done, [=, this](const JsonRef& r) {
            auto orders = parseList<Order>(r, [&](const JsonRef& o) { return parseOrder(o, *this, m); });
            orders = sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), since, limit);
            // The history also lists orders still open; only the finished ones are closed orders.
            std::erase_if(orders, [](const Order& o) { return o.status != "closed" && o.status != "canceled"; });
            return orders;
        });
    });
}

void Hitbtc::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        if (since) {
            q.set("from", *since);
        }
        const std::string where = section(m, extra);
        request<std::vector<Trade>>(spec(kTradeHistory.in(where), q, extra), done, [=, this](const JsonRef& r) {
            auto trades = parseList<Trade>(r, [&](const JsonRef& t) { return parseTrade(t, *this, m); });
            return sortAndFilterTrades(std::move(trades), m ? m->symbol : std::string(), since, limit);
        });
    });
}

// ---- funding ----

void Hitbtc::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        const Currency* currency = findCurrency(code);
        JsonValue extra = params;
        JsonValue q = object();
        q.set("currency", currency ? currency->id : code);
        // USDT lives on several chains, and HitBTC names each chain's USDT by the chain's id ("TRX").
        if (auto network = textParam(extra, "network"); network && code == "USDT") {
            auto it = hitbtcNetworks().find(upper(*network));
            if (it != hitbtcNetworks().end()) {
                q.set("currency", it->second);
            }
            extra.remove("network");
        }
        request<DepositAddress>(spec(kDepositAddress, q, extra), done, [this](const JsonRef& r) {
            // [{"currency":"ETH","address":"0xd0d9aea60c41988c3e68417e2616065617b7afd3"}]
            return parseDepositAddress(r[0], *this);
        });
    });
}

void Hitbtc::fetchTransactions(const char* types, const std::string& code, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        q.set("types", types);
        if (!code.empty()) {
            const Currency* currency = findCurrency(code);
            q.set("currencies", currency ? currency->id : code);
        }
        if (since) {
            q.set("from", iso8601(*since));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Transaction>>(spec(kTransactions, q, params), done, [=, this](const JsonRef& r) {
            auto items = parseList<Transaction>(r, [&](const JsonRef& t) { return parseTransaction(t, *this); });
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Hitbtc::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions("DEPOSIT", code, since, limit, params, std::move(done));
}

void Hitbtc::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransactions("WITHDRAW", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
