// SPDX-License-Identifier: GPL-3.0-or-later
#include "Binance.h"

#include "BinanceParsers.h"
#include "BinanceStream.h"
#include "core/Filtering.h"
#include "core/Signing.h"
#include "core/WebSocketFeed.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex {

using namespace binance;

namespace {

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

template<typename T, typename Parse> std::vector<T> parseList(const JsonRef& list, Parse parse)
{
    std::vector<T> out;
    out.reserve(list.size());
    for (const auto& item : list.items()) {
        out.push_back(parse(item));
    }
    return out;
}

// Request weights of api/v3 (developers.binance.com, "Market data endpoints").
double depthWeight(OptInt limit)
{
    long long l = limit.value_or(100);
    return l <= 100 ? 5 : l <= 500 ? 25 : l <= 1000 ? 50 : 250;
}

constexpr long long kHour = 3600000;
constexpr long long kNinetyDays = 90LL * 24 * kHour;

} // namespace

Binance::Binance(Transport& transport, Clock& clock)
    : Exchange(binanceDescription(), transport, clock)
{
}

// ---- signing and errors ----

HttpRequest Binance::sign(const RequestSpec& spec)
{
    HttpRequest r;
    r.method = spec.method;
    r.url = apiUrl(spec.api) + "/" + spec.path;
    if (spec.api == "public") {
        if (spec.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(spec.params));
        }
        return r;
    }
    requireCredentials();
    // timestamp first, recvWindow last: the order ccxt sends, so signatures compare byte for byte.
    std::vector<std::pair<std::string, std::string>> query;
    query.emplace_back("timestamp", std::to_string(clock().milliseconds()));
    std::string recvWindow = "10000";
    for (auto& pair : paramPairs(spec.params)) {
        if (pair.first == "recvWindow") {
            recvWindow = pair.second;
        } else {
            query.push_back(std::move(pair));
        }
    }
    query.emplace_back("recvWindow", recvWindow);
    std::string text = signing::urlencode(query);
    text += "&signature=" + signing::toHex(signing::hmac(signing::Hash::Sha256, credentials().secret, text));
    r.headers.emplace_back("X-MBX-APIKEY", credentials().apiKey);
    if (r.method == "GET" || r.method == "DELETE") {
        r.url += "?" + text;
    } else {
        r.body = std::move(text);
        r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    }
    return r;
}

// {"code":-1121,"msg":"Invalid symbol."}, with HTTP 400 as a rule, sometimes with 200. The message is matched
// before the code: -2010 "new order rejected" says in its message whether funds were short.
void Binance::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (response.status >= 400) {
        for (const char* filter : {"Price * QTY is zero or less", "LOT_SIZE", "PRICE_FILTER"}) {
            if (response.body.find(filter) != std::string::npos) {
                throw Error(ErrorKind::InvalidOrder, "binance " + response.body);
            }
        }
    }
    if (!json) {
        return;
    }
    JsonRef root = json->root();
    if (root.isArray() && root.size() == 1 && root[0].has("code")) {
        root = root[0];
    }
    if (!root.isObject()) {
        return;
    }
    const std::string message = root["msg"].stringOr("");
    auto code = root["code"].string();
    bool failed = (code && *code != "0" && *code != "200") || root["success"].boolean() == false;
    if (!failed) {
        return;
    }
    if (!message.empty()) {
        if (auto kind = m_description.errors.match(message)) {
            throw Error(*kind, "binance " + message);
        }
        if (auto kind = m_description.errors.matchBroad(message)) {
            throw Error(*kind, "binance " + message);
        }
    }
    throwMapped(code.value_or(""), message, ErrorKind::ExchangeError);
}

// ---- markets ----

void Binance::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    RequestSpec spec {"public", "GET", "exchangeInfo", params, 20};
    request<std::vector<Market>>(spec, std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        markets.reserve(r["symbols"].size());
        for (const auto& raw : r["symbols"].items()) {
            if (raw["isSpotTradingAllowed"].boolean() == false) {
                continue;
            }
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Binance::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    RequestSpec spec {"sapi", "GET", "capital/config/getall", params, 10};
    request<std::vector<Currency>>(spec, std::move(done), [this](const JsonRef& r) {
        return parseList<Currency>(r, [this](const JsonRef& c) { return parseCurrency(c, *this); });
    });
}

void Binance::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>({"public", "GET", "time", params, 1}, std::move(done),
                       [](const JsonRef& r) { return r["serverTime"].integer().value_or(0); });
}

// ---- market data ----

void Binance::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        JsonValue extra = params;
        bool rolling = takeParam(extra, "rolling").value_or(JsonValue(false)).asBool().value_or(false);
        mergeParams(q, extra);
        request<Ticker>({"public", "GET", rolling ? "ticker" : "ticker/24hr", q, 2}, done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void Binance::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue q = JsonValue::object();
        JsonValue extra = params;
        bool rolling = takeParam(extra, "rolling").value_or(JsonValue(false)).asBool().value_or(false);
        double cost = 80;
        if (!symbols.empty()) {
            JsonValue ids = JsonValue::array();
            for (const auto& s : symbols) {
                ids.push(market(s).id);
            }
            q.set("symbols", ids.dump());
            cost = std::min<double>(80, 2.0 * static_cast<double>(symbols.size()));
        } else if (rolling) {
            throw Error(ErrorKind::ArgumentsRequired, "binance fetchTickers() with rolling needs a list of symbols");
        }
        mergeParams(q, extra);
        request<std::vector<Ticker>>(
            {"public", "GET", rolling ? "ticker" : "ticker/24hr", q, cost}, done, [this](const JsonRef& r) {
                return parseList<Ticker>(r, [this](const JsonRef& t) { return parseTicker(t, *this, nullptr); });
            });
    });
}

void Binance::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        mergeParams(q, params);
        request<OrderBook>({"public", "GET", "depth", q, depthWeight(limit)}, done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Binance::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        JsonValue extra = params;
        q.set("symbol", m.id);
        if (since) {
            // aggTrades accepts a window of at most an hour.
            q.set("startTime", *since);
            q.set("endTime", *since + kHour);
        }
        if (auto until = takeParam(extra, "until")) {
            q.set("endTime", *until);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        std::string method = takeParam(extra, "fetchTradesMethod").value_or(JsonValue("")).asString().value_or("");
        std::string path = method == "publicGetTrades" ? "trades"
            : method == "publicGetHistoricalTrades"    ? "historicalTrades"
                                                       : "aggTrades";
        mergeParams(q, extra);
        request<std::vector<Trade>>({"public", "GET", path, q, path == "historicalTrades" ? 25.0 : 2.0}, done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        auto trades = parseList<Trade>(
                                            r, [this, &m](const JsonRef& t) { return parseTrade(t, *this, &m); });
                                        filterBySinceLimit(trades, since, limit);
                                        return trades;
                                    });
    });
}

void Binance::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [this, timeframe, since, limit, params, done](const Market& m) {
        auto interval = m_description.timeframe(timeframe);
        if (!interval) {
            throw Error(ErrorKind::BadRequest, "binance has no timeframe " + timeframe);
        }
        JsonValue extra = params;
        auto until = takeParam(extra, "until");
        long long count = limit ? std::min<long long>(*limit, 1000) : (since && until ? 1000 : 500);
        JsonValue q = JsonValue::object();
        q.set("interval", *interval);
        q.set("limit", count);
        q.set("symbol", m.id);
        if (since) {
            q.set("startTime", *since);
        }
        if (until) {
            q.set("endTime", *until);
        }
        mergeParams(q, extra);
        request<std::vector<Ohlcv>>({"public", "GET", "klines", q, 2}, done, [since, limit](const JsonRef& r) {
            auto candles = parseList<Ohlcv>(r, [](const JsonRef& c) { return parseOhlcv(c); });
            filterBySinceLimit(candles, since, limit);
            return candles;
        });
    });
}

// ---- account ----

void Binance::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    JsonValue extra = params;
    std::string type = takeParam(extra, "type").value_or(JsonValue("spot")).asString().value_or("spot");
    Route route = takeRoute(extra);
    if (type == "papi") {
        route.account = Account::Portfolio;
    }
    BalanceKind kind = BalanceKind::Spot;
    RequestSpec spec {"private", "GET", "account", extra, 20};
    if (route.account == Account::Portfolio) {
        spec = {"papi", "GET", "balance", extra, 20};
        kind = BalanceKind::Portfolio;
    } else if (route.marginMode == "isolated") {
        spec = {"sapi", "GET", "margin/isolated/account", extra, 10};
        kind = BalanceKind::IsolatedMargin;
    } else if (type == "margin" || route.marginMode == "cross") {
        spec = {"sapi", "GET", "margin/account", extra, 10};
        kind = BalanceKind::CrossMargin;
    } else if (type == "funding") {
        spec = {"sapi", "POST", "asset/get-funding-asset", extra, 1};
        kind = BalanceKind::Funding;
    }
    request<Balance>(spec, std::move(done), [this, kind](const JsonRef& r) { return parseBalance(r, *this, kind); });
}

Binance::Route Binance::takeRoute(JsonValue& params) const
{
    Route route;
    bool portfolio = takeParam(params, "portfolioMargin").value_or(JsonValue(false)).asBool().value_or(false)
        || takeParam(params, "papi").value_or(JsonValue(false)).asBool().value_or(false);
    route.marginMode = takeParam(params, "marginMode").value_or(JsonValue("")).asString().value_or("");
    if (portfolio) {
        route.account = Account::Portfolio;
    } else if (!route.marginMode.empty()) {
        route.account = Account::Margin;
    }
    return route;
}

JsonValue Binance::buildOrderRequest(const Market& market, const std::string& type, const std::string& side,
                                     const Decimal& amount, const OptDecimal& price, bool isolated,
                                     JsonValue& params) const
{
    const std::string initialType = upper(type);
    const bool isMarket = initialType == "MARKET";
    const bool isLimit = initialType == "LIMIT";
    JsonValue req = JsonValue::object();
    req.set("symbol", market.id);
    req.set("side", upper(side));

    auto text = [&](const char* key) -> OptDecimal {
        const JsonValue* v = params.find(key);
        return v ? v->asDecimal() : std::nullopt;
    };
    OptDecimal triggerPrice = text("triggerPrice") ? text("triggerPrice") : text("stopPrice");
    OptDecimal stopLossPrice = text("stopLossPrice") ? text("stopLossPrice") : triggerPrice;
    OptDecimal takeProfitPrice = text("takeProfitPrice");
    OptDecimal trailingPercent = text("trailingPercent");
    OptDecimal trailingTrigger = text("trailingTriggerPrice");
    std::string orderType = initialType;
    OptDecimal stopPrice;
    if (trailingPercent) {
        if (orderType != "STOP_LOSS" && orderType != "TAKE_PROFIT" && orderType != "STOP_LOSS_LIMIT"
            && orderType != "TAKE_PROFIT_LIMIT") {
            std::string which =
                takeParam(params, "stopLossOrTakeProfit").value_or(JsonValue("")).asString().value_or("");
            if (which != "stopLoss" && which != "takeProfit") {
                throw Error(ErrorKind::InvalidOrder,
                            "binance " + market.symbol
                                + " trailingPercent orders need stopLossOrTakeProfit: stopLoss or takeProfit");
            }
            orderType = which == "stopLoss" ? (isMarket ? "STOP_LOSS" : "STOP_LOSS_LIMIT")
                                            : (isMarket ? "TAKE_PROFIT" : "TAKE_PROFIT_LIMIT");
        }
        if (trailingTrigger) {
            stopPrice = trailingTrigger;
        }
        // Binance takes the trailing distance in basis points.
        req.set("trailingDelta", *trailingPercent * Decimal(100));
    } else if (stopLossPrice) {
        stopPrice = stopLossPrice;
        orderType = isMarket ? "STOP_LOSS" : isLimit ? "STOP_LOSS_LIMIT" : orderType;
    } else if (takeProfitPrice) {
        stopPrice = takeProfitPrice;
        orderType = isMarket ? "TAKE_PROFIT" : isLimit ? "TAKE_PROFIT_LIMIT" : orderType;
    }
    // The market's own list of order types, where the market description has one.
    const JsonValue* allowed = market.info.find("orderTypes");
    if (allowed && allowed->isArray()) {
        bool ok = std::any_of(allowed->items().begin(), allowed->items().end(),
                              [&](const JsonValue& t) { return t.asString() == orderType; });
        if (!ok) {
            throw Error(ErrorKind::InvalidOrder,
                        "binance " + type + " is not a valid order type for " + market.symbol
                            + (orderType != initialType ? " with a trigger price" : ""));
        }
    }
    const JsonValue* clientId = params.find("newClientOrderId");
    if (!clientId) {
        clientId = params.find("clientOrderId");
    }
    req.set("newClientOrderId", clientId ? *clientId : JsonValue(randomClientOrderId("bourse")));
    if (isolated) {
        // Binance signs the flag where ccxt puts it: right after the client order id.
        req.set("isIsolated", true);
    }

    bool postOnly = initialType == "LIMIT_MAKER"
        || (!isMarket && (params.find("postOnly") ? params.find("postOnly")->asBool().value_or(false) : false));
    if (const JsonValue* tif = params.find("timeInForce"); tif && tif->asString() == "PO" && !isMarket) {
        postOnly = true;
        params.remove("timeInForce");
    }
    if (postOnly) {
        orderType = "LIMIT_MAKER";
    }
    req.set("newOrderRespType", "FULL");
    req.set("type", orderType);

    bool quantityRequired = false, priceRequired = false, triggerRequired = false, tifRequired = false;
    if (orderType == "MARKET") {
        OptDecimal cost = text("quoteOrderQty") ? text("quoteOrderQty") : text("cost");
        if (cost || price) {
            // Spend a quote amount: what the trader means by "buy 100 USDT of BTC".
            Decimal quote = cost ? *cost : amount * *price;
            req.set("quoteOrderQty", JsonValue::number(costToPrecision(market, quote)));
        } else {
            quantityRequired = true;
        }
    } else if (orderType == "LIMIT") {
        priceRequired = quantityRequired = tifRequired = true;
    } else if (orderType == "STOP_LOSS" || orderType == "TAKE_PROFIT") {
        triggerRequired = quantityRequired = true;
    } else if (orderType == "STOP_LOSS_LIMIT" || orderType == "TAKE_PROFIT_LIMIT") {
        quantityRequired = triggerRequired = priceRequired = tifRequired = true;
    } else if (orderType == "LIMIT_MAKER") {
        priceRequired = quantityRequired = true;
    }
    if (quantityRequired) {
        req.set("quantity", JsonValue::number(amountToPrecision(market, amount)));
    }
    if (priceRequired) {
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, "binance createOrder() needs a price for a " + type + " order");
        }
        req.set("price", JsonValue::number(priceToPrecision(market, *price)));
    }
    if (triggerRequired) {
        if (!stopPrice && !trailingPercent) {
            throw Error(ErrorKind::InvalidOrder,
                        "binance createOrder() needs a triggerPrice or trailingPercent for a " + type + " order");
        }
        if (stopPrice) {
            req.set("stopPrice", JsonValue::number(priceToPrecision(market, *stopPrice)));
        }
    }
    if (tifRequired && !params.find("timeInForce")) {
        req.set("timeInForce", "GTC");
    }
    for (const char* consumed : {"type", "newClientOrderId", "clientOrderId", "postOnly", "stopLossPrice",
                                 "takeProfitPrice", "stopPrice", "triggerPrice", "trailingTriggerPrice",
                                 "trailingPercent", "quoteOrderQty", "cost", "test", "hedged", "icebergAmount"}) {
        params.remove(consumed);
    }
    mergeParams(req, params);
    return req;
}

void Binance::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        bool test = takeParam(extra, "test").value_or(JsonValue(false)).asBool().value_or(false);
        Route route = takeRoute(extra);
        const bool isolated = route.account == Account::Margin && route.marginMode == "isolated";
        JsonValue req = buildOrderRequest(m, type, side, amount, price, isolated, extra);
        RequestSpec spec {"private", "POST", test ? "order/test" : "order", req, 1};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/order";
            spec.cost = 6;
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/order";
            spec.params.set("newOrderRespType", "RESULT");
        }
        request<Order>(spec, done, [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Binance::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "binance cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        Route route = takeRoute(extra);
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        auto clientId = takeParam(extra, "clientOrderId");
        if (!clientId) {
            clientId = takeParam(extra, "origClientOrderId");
        }
        if (clientId) {
            q.set("origClientOrderId", *clientId);
        } else {
            q.set("orderId", id);
        }
        if (route.marginMode == "isolated" && route.account == Account::Margin) {
            q.set("isIsolated", true);
        }
        mergeParams(q, extra);
        RequestSpec spec {"private", "DELETE", "order", q, 1};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/order";
            spec.cost = 10;
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/order";
        }
        request<Order>(spec, done, [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Binance::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "binance cancelAllOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        Route route = takeRoute(extra);
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        if (route.marginMode == "isolated" && route.account == Account::Margin) {
            q.set("isIsolated", true);
        }
        mergeParams(q, extra);
        RequestSpec spec {"private", "DELETE", "openOrders", q, 1};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/openOrders";
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/allOpenOrders";
        }
        request<std::vector<Order>>(spec, done, [this, m](const JsonRef& r) {
            return parseList<Order>(r, [this, &m](const JsonRef& o) { return parseOrder(o, *this, &m); });
        });
    });
}

void Binance::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "binance fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        Route route = takeRoute(extra);
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        if (route.marginMode == "isolated" && route.account == Account::Margin) {
            q.set("isIsolated", true);
        }
        if (auto clientId = takeParam(extra, "clientOrderId")) {
            q.set("origClientOrderId", *clientId);
        } else {
            q.set("orderId", id);
        }
        mergeParams(q, extra);
        RequestSpec spec {"private", "GET", "order", q, 4};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/order";
            spec.cost = 10;
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/order";
        }
        request<Order>(spec, done, [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Binance::fetchOrdersFrom(const std::string& path, const std::string& symbol, OptInt since, OptInt limit,
                              JsonValue params, bool requireSymbol, Callback<std::vector<Order>> done)
{
    if (requireSymbol && symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "binance " + path + " requires a symbol argument"));
        return;
    }
    withMarkets<std::vector<Order>>(done, [=, this]() mutable {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        Route route = takeRoute(params);
        JsonValue q = JsonValue::object();
        if (m) {
            q.set("symbol", m->id);
        }
        if (since) {
            q.set("startTime", *since);
        }
        if (auto until = takeParam(params, "until")) {
            q.set("endTime", *until);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        if (route.marginMode == "isolated" && route.account == Account::Margin) {
            q.set("isIsolated", true);
        }
        mergeParams(q, params);
        RequestSpec spec {"private", "GET", path, q, m ? 6.0 : 80.0};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/" + path;
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/" + path;
        }
        request<std::vector<Order>>(spec, done, [this, m, since, limit](const JsonRef& r) {
            auto orders = parseList<Order>(r, [this, m](const JsonRef& o) { return parseOrder(o, *this, m); });
            filterBySinceLimit(orders, since, limit);
            return orders;
        });
    });
}

void Binance::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    fetchOrdersFrom("allOrders", symbol, since, limit, params, true, std::move(done));
}

void Binance::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    // openOrders takes neither a start time nor a limit.
    (void)since;
    (void)limit;
    fetchOrdersFrom("openOrders", symbol, std::nullopt, std::nullopt, params, false, std::move(done));
}

void Binance::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    // Binance has no closed-orders endpoint: all orders, filtered here. The limit applies after the filter, so it is
    // not sent (it would cut open orders too).
    fetchOrdersFrom("allOrders", symbol, since, std::nullopt, params, true,
                    [done = std::move(done), since, limit](Result<std::vector<Order>> r) {
                        if (!r.ok()) {
                            done(r.error());
                            return;
                        }
                        std::vector<Order> closed;
                        for (auto& o : r.value()) {
                            if (o.status == "closed") {
                                closed.push_back(std::move(o));
                            }
                        }
                        filterBySinceLimit(closed, since, limit);
                        done(std::move(closed));
                    });
}

void Binance::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "binance fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        Route route = takeRoute(extra);
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        if (since) {
            q.set("startTime", *since);
        }
        if (auto until = takeParam(extra, "until")) {
            q.set("endTime", *until);
        }
        if (limit) {
            q.set("limit", std::min<long long>(*limit, 1000));
        }
        if (route.marginMode == "isolated" && route.account == Account::Margin) {
            q.set("isIsolated", true);
        }
        mergeParams(q, extra);
        RequestSpec spec {"private", "GET", "myTrades", q, 20};
        if (route.account == Account::Margin) {
            spec.api = "sapi";
            spec.path = "margin/myTrades";
        } else if (route.account == Account::Portfolio) {
            spec.api = "papi";
            spec.path = "margin/myTrades";
        }
        request<std::vector<Trade>>(spec, done, [this, m, since, limit](const JsonRef& r) {
            auto trades = parseList<Trade>(r, [this, &m](const JsonRef& t) { return parseTrade(t, *this, &m); });
            filterBySinceLimit(trades, since, limit);
            return trades;
        });
    });
}

void Binance::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        mergeParams(q, params);
        request<TradingFee>({"sapi", "GET", "asset/tradeFee", q, 1}, done, [this](const JsonRef& r) {
            if (r.size() == 0) {
                throw Error(ErrorKind::BadResponse, "binance returned no trading fee");
            }
            return parseTradingFee(r[0], *this);
        });
    });
}

void Binance::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [=, this] {
        JsonValue q = JsonValue::object();
        JsonValue extra = params;
        takeParam(extra, "type");
        mergeParams(q, extra);
        request<std::vector<TradingFee>>({"sapi", "GET", "asset/tradeFee", q, 1}, done, [this](const JsonRef& r) {
            return parseList<TradingFee>(r, [this](const JsonRef& f) { return parseTradingFee(f, *this); });
        });
    });
}

void Binance::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    JsonValue q = JsonValue::object();
    q.set("coin", code);
    JsonValue extra = params;
    if (auto network = takeParam(extra, "network")) {
        q.set("network", networkId(network->asString().value_or("")));
    }
    mergeParams(q, extra);
    request<DepositAddress>({"sapi", "GET", "capital/deposit/address", q, 10}, std::move(done),
                            [this](const JsonRef& r) { return parseDepositAddress(r, *this); });
}

namespace {

// Deposit and withdrawal history answer at most a 90-day window.
JsonValue historyQuery(const std::string& code, OptInt since, OptInt limit, JsonValue& params)
{
    JsonValue q = JsonValue::object();
    if (!code.empty()) {
        q.set("coin", code);
    }
    auto until = takeParam(params, "until");
    if (since) {
        q.set("startTime", *since);
        q.set("endTime", until ? *until : JsonValue(*since + kNinetyDays));
    } else if (until) {
        q.set("endTime", *until);
    }
    if (limit) {
        q.set("limit", *limit);
    }
    mergeParams(q, params);
    return q;
}

} // namespace

void Binance::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    JsonValue extra = params;
    JsonValue q = historyQuery(code, since, limit, extra);
    request<std::vector<Transaction>>(
        {"sapi", "GET", "capital/deposit/hisrec", q, 1}, std::move(done), [this](const JsonRef& r) {
            return parseList<Transaction>(r,
                                          [this](const JsonRef& t) { return parseTransaction(t, *this, "deposit"); });
        });
}

void Binance::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    JsonValue extra = params;
    JsonValue q = historyQuery(code, since, limit, extra);
    request<std::vector<Transaction>>({"sapi", "GET", "capital/withdraw/history", q, 1}, std::move(done),
                                      [this](const JsonRef& r) {
                                          return parseList<Transaction>(r, [this](const JsonRef& t) {
                                              return parseTransaction(t, *this, "withdrawal");
                                          });
                                      });
}

MarketFeed* Binance::marketFeed()
{
    return websocketFeed([] { return std::make_unique<BinanceStream>(); });
}

} // namespace bourse::ex
