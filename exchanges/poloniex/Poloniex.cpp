// SPDX-License-Identifier: GPL-3.0-or-later
#include "Poloniex.h"

#include "PoloniexParsers.h"
#include "PoloniexSigner.h"
#include "core/AdapterSupport.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace poloniex;
using namespace adapter;

namespace {

// Endpoint costs are in units of the description's rate limit (5 ms): calls Poloniex allows 200 a
// second cost 1, 50 a second 4, 10 a second 20 (api-docs.poloniex.com/spot/rate-limits).
constexpr Endpoint kMarkets {"public", "GET", "markets", 20};
constexpr Endpoint kCurrencies {"public", "GET", "v2/currencies", 20};
constexpr Endpoint kTimestamp {"public", "GET", "timestamp", 1};
constexpr Endpoint kTicker {"public", "GET", "markets/{symbol}/ticker24h", 20};
constexpr Endpoint kTickers {"public", "GET", "markets/ticker24h", 20};
constexpr Endpoint kOrderBook {"public", "GET", "markets/{symbol}/orderBook", 1};
constexpr Endpoint kTrades {"public", "GET", "markets/{symbol}/trades", 20};
constexpr Endpoint kCandles {"public", "GET", "markets/{symbol}/candles", 1};
constexpr Endpoint kBalances {"private", "GET", "accounts/balances", 4};
constexpr Endpoint kFeeInfo {"private", "GET", "feeinfo", 20};
constexpr Endpoint kMyTrades {"private", "GET", "trades", 20};
constexpr Endpoint kAddresses {"private", "GET", "wallets/addresses", 20};
constexpr Endpoint kActivity {"private", "GET", "wallets/activity", 20};
// Plain orders and smart (trigger) orders: the same calls on two paths.
struct OrderPaths
{
    Endpoint plain;
    Endpoint smart;
    const Endpoint& pick(bool trigger) const { return trigger ? smart : plain; }
};
constexpr OrderPaths kCreate {{"private", "POST", "orders", 4}, {"private", "POST", "smartorders", 4}};
constexpr OrderPaths kCancel {{"private", "DELETE", "orders/{id}", 4}, {"private", "DELETE", "smartorders/{id}", 4}};
constexpr OrderPaths kCancelAll {{"private", "DELETE", "orders", 20}, {"private", "DELETE", "smartorders", 20}};
constexpr OrderPaths kOrder {{"private", "GET", "orders/{id}", 4}, {"private", "GET", "smartorders/{id}", 4}};
constexpr OrderPaths kOpenOrders {{"private", "GET", "orders", 20}, {"private", "GET", "smartorders", 20}};

// `trigger: true` or `stop: true`: the call is about smart (trigger) orders. Takes both keys out.
bool takeTrigger(JsonValue& params)
{
    bool trigger = false;
    for (const char* key : {"trigger", "stop"}) {
        if (const JsonValue* v = params.find(key); v && v->asBool() == true) {
            trigger = true;
        }
        params.remove(key);
    }
    return trigger;
}

// `until` / `till` in milliseconds as the named end key (Poloniex reads milliseconds here).
void untilAs(const char* key, JsonValue& request, JsonValue& params)
{
    auto until = takeParam(params, "until");
    auto till = takeParam(params, "till");
    auto end = until ? until->asInteger() : till ? till->asInteger() : std::nullopt;
    if (end) {
        request.set(key, *end);
    }
}

} // namespace

Poloniex::Poloniex(Transport& transport, Clock& clock)
    : Exchange(poloniexDescription(), transport, clock)
{
}

// ---- signing and errors ----

HttpRequest Poloniex::sign(const RequestSpec& s)
{
    auto [path, query] = implodePath(s.path, s.params);
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + path;
    const bool withQuery = s.method == "GET" || s.api == "public";
    if (withQuery && query.size() > 0) {
        r.url += "?" + signing::urlencode(paramPairs(query));
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    const std::string timestamp = std::to_string(clock().milliseconds());
    std::string signedParams;
    if (withQuery) {
        signedParams = sortedQuery(query, timestamp);
    } else {
        if (query.size() > 0) {
            r.body = query.dump();
            signedParams = "requestBody=" + r.body + "&";
        }
        signedParams += "signTimestamp=" + timestamp;
    }
    r.headers.emplace_back("Content-Type", "application/json");
    r.headers.emplace_back("key", credentials().apiKey);
    r.headers.emplace_back("signatureMethod", "HmacSHA256");
    r.headers.emplace_back("signatureVersion", "2");
    r.headers.emplace_back("signTimestamp", timestamp);
    r.headers.emplace_back("signature", signature(s.method, "/" + path, signedParams, credentials().secret));
    return r;
}

// {"code":21709,"message":"Low available balance"}, with an HTTP error status; a cancelation answers
// {"orderId":"...","state":"PENDING_CANCEL","code":200,"message":""} on success.
void Poloniex::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    auto code = json->root()["code"].string();
    if (!code || code->empty() || *code == "200") {
        return;
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*code)) {
        throw Error(*kind, feedback);
    }
    JsonRef root = json->root();
    auto message = root["message"].string() ? root["message"].string() : root["msg"].string();
    if (message) {
        if (auto kind = m_description.errors.matchBroad(*message)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- markets and currencies ----

void Poloniex::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        return parseList<Market>(r, [this](const JsonRef& m) { return parseMarket(m, *this); });
    });
}

void Poloniex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        return parseList<Currency>(r, [this](const JsonRef& c) { return parseCurrency(c, *this); });
    });
}

// ---- market data ----

void Poloniex::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTimestamp, object(), params), std::move(done), [](const JsonRef& r) {
        // {"serverTime":1701876113525}
        auto ms = r["serverTime"].integer();
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "poloniex timestamp answer has no serverTime");
        }
        return *ms;
    });
}

void Poloniex::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<Ticker>(spec(kTicker, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void Poloniex::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        // One list of every market's 24 h ticker; the wanted ones are picked out.
        request<std::vector<Ticker>>(spec(kTickers, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r.items()) {
                Ticker t = parseTicker(raw, *this, nullptr);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Poloniex::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("limit", *limit); // 5, 10, 20, 50, 100 or 150; 10 when absent
        }
        request<OrderBook>(spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Poloniex::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("limit", *limit); // at most 1000; the latest trades only, so `since` only filters
        }
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [this, m, since, limit](const JsonRef& r) {
            auto trades = parseList<Trade>(r, [&](const JsonRef& t) { return parseTrade(t, *this, &m); });
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Poloniex::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                          const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate"); // one page per call; the caller pages with `since`
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("interval", m_description.timeframe(timeframe).value_or(timeframe));
        if (since) {
            q.set("startTime", *since);
        }
        if (limit) {
            q.set("limit", *limit); // 100 to 500
        }
        untilAs("endTime", q, extra);
        request<std::vector<Ohlcv>>(spec(kCandles, q, extra), done, [since, limit](const JsonRef& r) {
            auto candles = parseList<Ohlcv>(r, [](const JsonRef& c) { return parseOhlcv(c); });
            return sortAndFilterOhlcv(std::move(candles), since, limit);
        });
    });
}

// ---- account ----

void Poloniex::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue q = object();
        q.set("accountType", "SPOT");
        request<Balance>(spec(kBalances, q, params), done, [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Poloniex::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kFeeInfo, object(), params), done, [this](const JsonRef& r) {
            // {"trxDiscount":false,"makerRate":"0.00145","takerRate":"0.00155","volume30D":"0.00"}: the account's
            // rate, the same on every market.
            std::vector<TradingFee> fees;
            for (const auto& m : markets()) {
                TradingFee f;
                f.info = JsonValue::fromRef(r);
                f.symbol = m.symbol;
                f.maker = r["makerRate"].decimal();
                f.taker = r["takerRate"].decimal();
                f.percentage = true;
                f.tierBased = true;
                fees.push_back(std::move(f));
            }
            return fees;
        });
    });
}

// ---- orders ----

JsonValue Poloniex::orderRequest(const Market& market, const std::string& type, const std::string& side,
                                 const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    OptString trigger = textParam(params, "stopPrice");
    if (!trigger) {
        trigger = textParam(params, "triggerPrice");
    }
    std::string upperType = upper(type);
    const bool isMarket = upperType == "MARKET";
    // postOnly or timeInForce PO, or the LIMIT_MAKER type itself: a maker-only order.
    const JsonValue* postOnlyParam = params.find("postOnly");
    const std::string tif = upper(textParam(params, "timeInForce").value_or(""));
    const bool postOnly =
        (postOnlyParam && postOnlyParam->asBool() == true) || tif == "PO" || upperType == "LIMIT_MAKER";
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, id() + " postOnly orders cannot have timeInForce equal to " + tif);
        }
        if (isMarket) {
            throw Error(ErrorKind::InvalidOrder, id() + " market orders cannot be postOnly");
        }
    }
    for (const char* key : {"postOnly", "triggerPrice", "stopPrice"}) {
        params.remove(key);
    }
    JsonValue r = object();
    r.set("symbol", market.id);
    r.set("side", upper(side));
    if (trigger) {
        auto triggerPrice = Decimal::parse(*trigger);
        if (!triggerPrice) {
            throw Error(ErrorKind::InvalidOrder, id() + " createOrder() triggerPrice is not a number: " + *trigger);
        }
        // A trigger order is a smart order: STOP, or STOP_LIMIT when it carries a limit price.
        upperType = price ? "STOP_LIMIT" : "STOP";
        r.set("stopPrice", *triggerPrice);
    } else if (postOnly) {
        upperType = "LIMIT_MAKER";
    }
    r.set("type", upperType);
    if (isMarket) {
        if (side == "buy") {
            // A market buy says how much quote currency to spend: `cost`, else amount at `price`, else (with
            // createMarketBuyOrderRequiresPrice: false) the amount itself is taken as the cost.
            auto cost = takeParam(params, "cost");
            auto costValue = cost ? cost->asDecimal() : std::nullopt;
            auto requiresPrice = takeParam(params, "createMarketBuyOrderRequiresPrice");
            const bool amountIsCost = requiresPrice && requiresPrice->asBool() == false;
            if (!costValue && !price && !amountIsCost) {
                throw Error(ErrorKind::InvalidOrder,
                            id()
                                + " createOrder() needs the price of a market buy, to spend amount * price, or a "
                                  "cost parameter with the quote amount to spend");
            }
            const Decimal spend = costValue ? *costValue : amountIsCost ? amount : amount * *price;
            r.set("amount", costToPrecision(market, spend));
        } else {
            r.set("quantity", amountToPrecision(market, amount));
        }
    } else {
        r.set("quantity", amountToPrecision(market, amount));
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, id() + " createOrder() requires a price argument for a limit order");
        }
        r.set("price", priceToPrecision(market, *price));
    }
    auto clientOrderId = textParam(params, "clientOrderId");
    if (!clientOrderId) {
        clientOrderId = textParam(params, "clOrdId");
    }
    if (clientOrderId) {
        r.set("clientOrderId", *clientOrderId);
        params.remove("clientOrderId");
        params.remove("clOrdId");
    }
    return r;
}

void Poloniex::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        const bool trigger = textParam(extra, "stopPrice") || textParam(extra, "triggerPrice");
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        // {"id":"78923648051920896","clientOrderId":""}
        request<Order>(spec(kCreate.pick(trigger), req, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Poloniex::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, this->id() + " cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market&) {
        JsonValue extra = params;
        JsonValue q = object();
        // A client order id stands in for the order id on the same path.
        auto clientOrderId = takeParam(extra, "clientOrderId");
        q.set("id", clientOrderId && !clientOrderId->isNull() ? *clientOrderId : JsonValue(id));
        const bool trigger = takeTrigger(extra);
        request<Order>(spec(kCancel.pick(trigger), q, extra), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Poloniex::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [this, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        JsonValue q = object();
        // An empty list cancels on every market.
        JsonValue symbols = JsonValue::array();
        if (m) {
            symbols.push(m->id);
        }
        q.set("symbols", std::move(symbols));
        const bool trigger = takeTrigger(extra);
        request<std::vector<Order>>(spec(kCancelAll.pick(trigger), q, extra), done, [this, m](const JsonRef& r) {
            return parseList<Order>(r, [&](const JsonRef& o) { return parseOrder(o, *this, m); });
        });
    });
}

void Poloniex::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        JsonValue q = object();
        q.set("id", id);
        if (m) {
            q.set("symbol", m->id);
        }
        const bool trigger = takeTrigger(extra);
        request<Order>(spec(kOrder.pick(trigger), q, extra), done, [this, m, id, trigger](const JsonRef& r) {
            // A smart order comes as a list of one.
            Order o = parseOrder(trigger ? r[0] : r, *this, m);
            o.id = id;
            return o;
        });
    });
}

void Poloniex::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        if (limit) {
            // As ccxt sends it: never fewer than Poloniex's 2000, so that `limit` trims the newest after sorting.
            q.set("limit", std::max(*limit, 2000LL));
        }
        const bool trigger = takeTrigger(extra);
        request<std::vector<Order>>(spec(kOpenOrders.pick(trigger), q, extra), done, [=, this](const JsonRef& r) {
            auto orders = parseList<Order>(r, [&](const JsonRef& raw) {
                Order o = parseOrder(raw, *this, m);
                o.status = "open";
                return o;
            });
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), since, limit);
        });
    });
}

void Poloniex::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (since) {
            q.set("startTime", *since);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        untilAs("endTime", q, extra);
        // The trades call has no market filter; the answer is filtered here.
        request<std::vector<Trade>>(spec(kMyTrades, q, extra), done, [=, this](const JsonRef& r) {
            auto trades = parseList<Trade>(r, [&](const JsonRef& t) { return parseTrade(t, *this, m); });
            return sortAndFilterTrades(std::move(trades), m ? m->symbol : std::string(), since, limit);
        });
    });
}

// ---- funding ----

void Poloniex::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        auto network = takeParam(extra, "network");
        auto networkCode = network ? network->asString() : std::nullopt;
        if (!networkCode || networkCode->empty()) {
            // A coin on several chains has an address per chain, each under its own currency id.
            throw Error(ErrorKind::ArgumentsRequired,
                        id() + " fetchDepositAddress() requires a network parameter for " + code);
        }
        // The chain's own currency id ("USDTTRON") where the currencies are known, else the network as given.
        std::string currencyId = *networkCode;
        OptString unifiedNetwork;
        if (const Currency* c = findCurrency(code)) {
            for (const auto& n : c->networks) {
                if (n.network == *networkCode || n.id == *networkCode) {
                    currencyId = n.id;
                    unifiedNetwork = n.network;
                }
            }
        }
        JsonValue q = object();
        q.set("currency", currencyId);
        request<DepositAddress>(spec(kAddresses, q, extra), done, [code, currencyId, unifiedNetwork](const JsonRef& r) {
            // {"USDTTRON":"Txxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxp"}, or {"address":"..."}
            DepositAddress a;
            a.info = JsonValue::fromRef(r);
            a.currency = code;
            a.network = unifiedNetwork;
            a.address = r["address"].string();
            if (!a.address) {
                a.address = r[currencyId].string();
            }
            if (!a.address && r.size() > 0) {
                a.address = r.members().front().value.string();
            }
            if (!a.address || a.address->empty()) {
                throw Error(ErrorKind::InvalidAddress, "poloniex has no deposit address for " + code + " yet");
            }
            return a;
        });
    });
}

void Poloniex::fetchActivity(const char* listKey, const std::string& code, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        // Both bounds are required, in seconds; without `since`, ten years back (of 360-day years, as ccxt).
        const long long now = clock().milliseconds() / 1000;
        JsonValue q = object();
        q.set("start", since ? *since / 1000 : now - 10 * 31104000LL);
        q.set("end", now);
        request<std::vector<Transaction>>(spec(kActivity, q, params), done, [=, this](const JsonRef& r) {
            // {"adjustments":[],"deposits":[...],"withdrawals":[...]}
            auto items =
                parseList<Transaction>(r[listKey], [&](const JsonRef& t) { return parseTransaction(t, *this); });
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Poloniex::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchActivity("deposits", code, since, limit, params, std::move(done));
}

void Poloniex::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    fetchActivity("withdrawals", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
