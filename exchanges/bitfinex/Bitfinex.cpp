// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitfinex.h"

#include "BitfinexParsers.h"
#include "BitfinexStream.h"
#include "common/SafeRead.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <set>

namespace bourse::ex {

using namespace bitfinex;

namespace {

// One REST endpoint and its cost in units of the description's 250 ms (ccxt's figures, from Bitfinex's
// per-endpoint limits: 90 a minute costs 2.7, the order book's 240 a minute 1, deposit addresses' 10 a minute 24).
struct Endpoint
{
    const char* api;
    const char* method;
    double cost;
};

constexpr Endpoint kPublic {"public", "GET", 2.7};
constexpr Endpoint kBook {"public", "GET", 1};
constexpr Endpoint kPrivate {"private", "POST", 2.7};
constexpr Endpoint kDepositAddress {"private", "POST", 24};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)).
RequestSpec spec(const Endpoint& e, std::string path, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, std::move(path), std::move(request), e.cost};
}

JsonValue object()
{
    return JsonValue::object();
}

using saferead::textParam;

// An order id as a JSON number when it is one (Bitfinex ids are integers), else as text for Bitfinex to refuse.
JsonValue numericId(const std::string& id)
{
    bool digits = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? JsonValue::number(id) : JsonValue(id);
}

// ccxt's handleUntilOption: a `until` parameter in milliseconds becomes the request's `end`.
void untilAsEnd(JsonValue& request, JsonValue& params)
{
    auto until = takeParam(params, "until");
    if (until && !until->isNull()) {
        request.set("end", *until);
    }
}

} // namespace

Bitfinex::Bitfinex(Transport& transport, Clock& clock)
    : Exchange(bitfinexDescription(), transport, clock)
{
}

// ---- signing and errors ----

HttpRequest Bitfinex::sign(const RequestSpec& s)
{
    const std::string request = m_description.version + "/" + s.path;
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + request;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // Milliseconds: Bitfinex wants a nonce that grows per key, and accepts up to 16 digits.
    const std::string nonce = std::to_string(clock().milliseconds());
    r.body = s.params.dump();
    const std::string payload = "/api/" + request + nonce + r.body;
    const std::string signature = signing::toHex(signing::hmac(signing::Hash::Sha384, credentials().secret, payload));
    r.headers.emplace_back("bfx-nonce", nonce);
    r.headers.emplace_back("bfx-apikey", credentials().apiKey);
    r.headers.emplace_back("bfx-signature", signature);
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

// Errors arrive as ["error", 10100, "apikey: invalid"] with HTTP 500, or as an object ({"error": "...",
// "error_description": "..."} from the gateway). Every successful answer of the calls used here is an array.
void Bitfinex::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    const std::string feedback = "bitfinex " + textExcerpt(response.body, 1000);
    auto raise = [&](std::string_view text) {
        if (auto kind = m_description.errors.match(text)) {
            throw Error(*kind, feedback);
        }
        if (auto kind = m_description.errors.matchBroad(text)) {
            throw Error(*kind, feedback);
        }
    };
    if (json && json->root().isObject()) {
        JsonRef root = json->root();
        auto message = root["message"].string();
        if (!message) {
            message = root["error"].string();
        }
        raise(message.value_or(std::string()));
        throw Error(ErrorKind::ExchangeError, feedback);
    }
    if (!json && response.status == 200 && response.body.empty()) {
        throw Error(ErrorKind::ExchangeError, "bitfinex returned empty response");
    }
    if (response.status == 429) {
        throw Error(ErrorKind::RateLimitExceeded, feedback);
    }
    if (response.status == 500) {
        // See docs.bitfinex.com "Abbreviations glossary": error codes 10000-20060.
        const std::string code = json ? json->root()[1].string().value_or(std::string()) : std::string();
        const std::string text = json ? json->root()[2].string().value_or(std::string()) : std::string();
        // The text's wording first ("not enough exchange balance"), then the code.
        if (auto kind = m_description.errors.matchBroad(text)) {
            throw Error(*kind, feedback);
        }
        raise(code);
        raise(text);
        throw Error(ErrorKind::ExchangeError, "bitfinex " + text + " (#" + code + ")");
    }
}

// ---- precision ----

std::string Bitfinex::bitfinexAmount(const Market& market, const Decimal& amount) const
{
    const Decimal places = market.precision.amount.value_or(Decimal(8));
    std::string text = decimalToPrecision(amount, Rounding::Truncate, places, CountingMode::DecimalPlaces);
    if (text == "0") {
        throw Error(ErrorKind::InvalidOrder,
                    "bitfinex amount of " + market.symbol + " must be at least 1e-" + places.toString() + ", got "
                        + amount.toString());
    }
    return text;
}

std::string Bitfinex::bitfinexPrice(const Market& market, const Decimal& price) const
{
    const Decimal digits = market.precision.price.value_or(Decimal(5));
    Decimal rounded = roundToPrecision(price, Rounding::Round, digits, CountingMode::SignificantDigits);
    return decimalToPrecision(rounded, Rounding::Truncate, Decimal(8), CountingMode::DecimalPlaces);
}

// ---- markets and currencies ----

void Bitfinex::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    JsonValue q = object();
    // One configuration request answers four lists at once: spot pairs, derivative pairs, securities, margin pairs.
    const std::string config = "conf/pub:info:pair,pub:info:pair:futures,pub:list:pair:securities,pub:list:pair:margin";
    request<std::vector<Market>>(spec(kPublic, config, q, params), std::move(done), [this](const JsonRef& r) {
        std::set<std::string, std::less<>> marginIds;
        for (const auto& id : r[3].items()) {
            marginIds.insert(id.string().value_or(std::string()));
        }
        std::vector<Market> markets;
        for (const auto& pair : r[0].items()) {
            auto id = pair[0].string().value_or(std::string());
            // Perpetuals ("BTCF0:USTF0") are derivatives; Bourse trades spot here.
            if (id.empty() || id.find("F0") != std::string::npos) {
                continue;
            }
            markets.push_back(parseMarket(pair, marginIds, *this));
        }
        return markets;
    });
}

void Bitfinex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    const std::string config = "conf/pub:list:currency,pub:map:currency:sym,pub:map:currency:label,"
                               "pub:map:currency:unit,pub:map:currency:undl,pub:map:currency:pool,"
                               "pub:map:currency:explorer,pub:map:currency:tx:fee,pub:map:tx:method,"
                               "pub:info:tx:status,pub:list:currency:margin";
    request<std::vector<Currency>>(spec(kPublic, config, object(), params), std::move(done),
                                   [this](const JsonRef& r) { return parseCurrencies(r, *this); });
}

// ---- market data ----

void Bitfinex::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kPublic, "ticker/" + m.id, object(), params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, &m, *this); });
    });
}

void Bitfinex::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        std::string ids;
        for (const auto& s : symbols) {
            ids += (ids.empty() ? "" : ",") + market(s).id;
        }
        JsonValue q = object();
        q.set("symbols", ids.empty() ? std::string("ALL") : ids);
        request<std::vector<Ticker>>(spec(kPublic, "tickers", q, params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r.items()) {
                // Funding tickers ("fUSD") describe lending rates, not a market.
                if (!raw[0].stringView().value_or("").starts_with("t")) {
                    continue;
                }
                Ticker t = parseTicker(raw, nullptr, *this);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Bitfinex::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue extra = params;
        // R0 is the raw book, one level per order; P0-P4 group by price at decreasing precision.
        const std::string precision = textParam(extra, "precision").value_or("R0");
        extra.remove("precision");
        JsonValue q = object();
        if (limit) {
            q.set("len", *limit); // Bitfinex takes 1, 25 or 100
        }
        request<OrderBook>(spec(kBook, "book/" + m.id + "/" + precision, q, extra), done,
                           [this, m, precision](const JsonRef& r) {
                               return parseOrderBook(r, m.symbol, precision == "R0", clock().milliseconds());
                           });
    });
}

void Bitfinex::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate"); // one page per call; the caller pages with `since`
        JsonValue q = object();
        if (since) {
            q.set("start", *since);
        }
        if (limit) {
            q.set("limit", std::min(*limit, 10000LL)); // default 120, at most 10000
        }
        // Oldest first from a start, else the most recent first.
        q.set("sort", since ? "1" : "-1");
        untilAsEnd(q, extra);
        request<std::vector<Trade>>(spec(kPublic, "trades/" + m.id + "/hist", q, extra), done,
                                    [this, m, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, std::nullopt, limit);
                                    });
    });
}

void Bitfinex::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                          const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        // Bitfinex answers 100 candles unless asked for more (at most 10000); ccxt asks for 100 by default.
        const long long count = std::min(limit.value_or(100), 10000LL);
        const std::string frame = m_description.timeframe(timeframe).value_or(timeframe);
        JsonValue q = object();
        q.set("limit", count);
        if (since) {
            q.set("start", *since);
            q.set("sort", 1);
        }
        untilAsEnd(q, extra);
        const std::string path = "candles/trade:" + frame + ":" + m.id + "/hist";
        request<std::vector<Ohlcv>>(spec(kPublic, path, q, extra), done, [since, count](const JsonRef& r) {
            std::vector<Ohlcv> candles;
            for (const auto& c : r.items()) {
                candles.push_back(parseOhlcv(c));
            }
            return sortAndFilterOhlcv(std::move(candles), since, count);
        });
    });
}

// ---- account ----

void Bitfinex::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        // Bitfinex's wallets: "exchange" holds spot funds, "margin" the trading wallet, "funding" lending.
        static const std::map<std::string, std::string, std::less<>> wallets {
            {"spot", "exchange"},      {"exchange", "exchange"}, {"funding", "funding"}, {"margin", "margin"},
            {"derivatives", "margin"}, {"future", "margin"},     {"swap", "margin"},
        };
        const std::string requested = textParam(extra, "type").value_or("exchange");
        extra.remove("type");
        auto it = wallets.find(requested);
        const std::string wallet = it == wallets.end() ? requested : it->second;
        request<Balance>(spec(kPrivate, "auth/r/wallets", object(), extra), done,
                         [this, wallet](const JsonRef& r) { return parseBalance(r, wallet, *this); });
    });
}

void Bitfinex::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kPrivate, "auth/r/summary", object(), params), done,
                                         [this](const JsonRef& r) { return parseTradingFees(r, markets()); });
    });
}

void Bitfinex::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        request<TradingFee>(spec(kPrivate, "auth/r/summary", object(), params), done,
                            [m](const JsonRef& r) { return parseTradingFees(r, {m}).front(); });
    });
}

// ---- orders ----

JsonValue Bitfinex::orderRequest(const Market& market, const std::string& type, const std::string& side,
                                 const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    // The side is the amount's sign.
    std::string amountText = bitfinexAmount(market, amount);
    JsonValue req = object();
    req.set("symbol", market.id);
    req.set("amount", side == "buy" ? amountText : "-" + amountText);
    auto triggerText = textParam(params, "stopPrice");
    if (!triggerText) {
        triggerText = textParam(params, "triggerPrice");
    }
    auto trailingAmount = textParam(params, "trailingAmount");
    auto timeInForce = textParam(params, "timeInForce");
    const bool postOnlyParam = params.find("postOnly") && params.find("postOnly")->asBool() == true;
    const bool reduceOnly = params.find("reduceOnly") && params.find("reduceOnly")->asBool() == true;
    std::optional<JsonValue> clientOrderId;
    for (const char* key : {"cid", "clientOrderId"}) {
        if (const JsonValue* v = params.find(key); v && !v->isNull() && !clientOrderId) {
            clientOrderId = *v;
        }
    }
    auto number = [&](const std::string& text, const char* what) {
        auto d = Decimal::parse(text);
        if (!d) {
            throw Error(ErrorKind::InvalidOrder, std::string("bitfinex createOrder() ") + what + " is not a number");
        }
        return *d;
    };
    auto requirePrice = [&]() -> const Decimal& {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "bitfinex createOrder() requires a price for a " + type + " order");
        }
        return *price;
    };
    std::string orderType = saferead::upper(type);
    if (trailingAmount) {
        orderType = "TRAILING STOP";
        req.set("price_trailing", *trailingAmount);
    } else if (triggerText) {
        // For a stop order `price` is the trigger; a stop-limit's limit goes in price_aux_limit.
        req.set("price", bitfinexPrice(market, number(*triggerText, "triggerPrice")));
        if (type == "limit") {
            orderType = "STOP LIMIT";
            req.set("price_aux_limit", bitfinexPrice(market, requirePrice()));
        } else {
            orderType = "STOP";
        }
    }
    const bool ioc = timeInForce == std::string("IOC");
    const bool fok = timeInForce == std::string("FOK");
    const bool postOnly = postOnlyParam || timeInForce == std::string("PO");
    if ((ioc || fok) && !price) {
        throw Error(ErrorKind::InvalidOrder,
                    "bitfinex createOrder() requires a price argument with IOC and FOK orders");
    }
    if ((ioc || fok) && type == "market") {
        throw Error(ErrorKind::InvalidOrder, "bitfinex createOrder() does not allow market IOC and FOK orders");
    }
    if (type != "market" && !triggerText) {
        req.set("price", bitfinexPrice(market, requirePrice()));
    }
    if (ioc) {
        orderType = "IOC";
    } else if (fok) {
        orderType = "FOK";
    }
    // Orders in the exchange (spot) wallet carry the EXCHANGE prefix; without it they trade on margin.
    auto marginMode = takeParam(params, "marginMode");
    if (!marginMode || marginMode->isNull()) {
        orderType = "EXCHANGE " + orderType;
    }
    req.set("type", orderType);
    // Flags add up: 4096 post-only, 1024 reduce-only.
    long long flags = (postOnly ? 4096 : 0) + (reduceOnly ? 1024 : 0);
    if (flags != 0) {
        req.set("flags", flags);
    }
    if (clientOrderId) {
        req.set("cid", *clientOrderId);
    }
    for (const char* key :
         {"triggerPrice", "stopPrice", "timeInForce", "postOnly", "reduceOnly", "trailingAmount", "clientOrderId"}) {
        params.remove(key);
    }
    return req;
}

void Bitfinex::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kPrivate, "auth/w/order/submit", req, extra), done, [this](const JsonRef& r) {
            // [MTS, "on-req", null, null, [[order...]], CODE, STATUS, TEXT]
            auto status = r[6].string().value_or(std::string());
            if (status != "SUCCESS") {
                throw Error(ErrorKind::ExchangeError,
                            "bitfinex " + status + ": " + r[7].string().value_or("") + " (#"
                                + r[5].string().value_or("") + ")");
            }
            return parseOrder(r[4][0], *this);
        });
    });
}

void Bitfinex::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    (void)symbol; // Bitfinex cancels by id, or by client id and its day
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue extra = params;
        JsonValue q = object();
        std::optional<JsonValue> cid;
        for (const char* key : {"cid", "clientOrderId"}) {
            if (const JsonValue* v = extra.find(key); v && !v->isNull() && !cid) {
                cid = *v;
            }
        }
        if (cid) {
            // A client id is unique per day only: Bitfinex wants the day it was placed on (YYYY-MM-DD).
            const JsonValue* day = extra.find("cidDate");
            if (!day || day->isNull()) {
                throw Error(ErrorKind::InvalidOrder,
                            "bitfinex canceling an order by clientOrderId ('cid') requires "
                            "both 'cid' and 'cid_date' ('YYYY-MM-DD')");
            }
            q.set("cid", *cid);
            q.set("cid_date", *day);
            extra.remove("cid");
            extra.remove("clientOrderId");
        } else {
            q.set("id", numericId(id));
        }
        request<Order>(spec(kPrivate, "auth/w/order/cancel", q, extra), done,
                       [this](const JsonRef& r) { return parseOrder(r[4], *this); });
    });
}

void Bitfinex::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    (void)symbol; // {"all": 1} cancels on every pair
    withMarkets<std::vector<Order>>(done, [this, params, done] {
        JsonValue q = object();
        q.set("all", 1);
        request<std::vector<Order>>(spec(kPrivate, "auth/w/order/cancel/multi", q, params), done,
                                    [this](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r[4].items()) {
                                            orders.push_back(parseOrder(raw, *this));
                                        }
                                        return orders;
                                    });
    });
}

void Bitfinex::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue q = object();
        JsonValue ids = JsonValue::array();
        ids.push(numericId(id));
        q.set("id", ids);
        // Only open orders (and those closed in the last few minutes) are found here.
        const std::string path = m ? "auth/r/orders/" + m->id : std::string("auth/r/orders");
        request<Order>(spec(kPrivate, path, q, params), done, [this, id](const JsonRef& r) {
            if (r[0].isNull()) {
                throw Error(ErrorKind::OrderNotFound, "bitfinex order " + id + " not found");
            }
            return parseOrder(r[0], *this);
        });
    };
    if (symbol.empty()) {
        withMarkets<Order>(done, [run] { run(nullptr); });
    } else {
        withMarket<Order>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Bitfinex::fetchOrderList(const std::string& path, const std::string& symbol, OptInt since, OptInt limit,
                              JsonValue q, const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        // auth/r/orders[/{symbol}] or auth/r/orders[/{symbol}]/hist
        std::string full = "auth/r/orders" + (m ? "/" + m->id : std::string()) + path;
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kPrivate, full, q, params), done,
                                    [this, unified, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r.items()) {
                                            orders.push_back(parseOrder(raw, *this));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unified, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Order>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Order>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Bitfinex::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchOrderList("", symbol, since, limit, object(), params, std::move(done));
}

void Bitfinex::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Order>> done)
{
    // Closed and canceled orders of about the last two weeks.
    JsonValue extra = params;
    extra.remove("paginate");
    JsonValue q = object();
    if (since) {
        q.set("start", *since);
    }
    if (limit) {
        q.set("limit", *limit); // default 25, at most 2500
    }
    untilAsEnd(q, extra);
    fetchOrderList("/hist", symbol, since, limit, q, extra, std::move(done));
}

void Bitfinex::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue q = object();
        q.set("end", clock().milliseconds());
        if (since) {
            q.set("start", *since);
        }
        if (limit) {
            q.set("limit", *limit); // default 25, at most 1000
        }
        const std::string path = m ? "auth/r/trades/" + m->id + "/hist" : std::string("auth/r/trades/hist");
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kPrivate, path, q, params), done,
                                    [this, unified, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, nullptr));
                                        }
                                        return sortAndFilterTrades(std::move(trades), unified, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Trade>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Trade>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

// ---- funding ----

void Bitfinex::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        const std::string network = textParam(extra, "network").value_or(code);
        // The deposit method: from the currency's networks when fetchCurrencies told them, else Bitfinex's name for
        // the common networks ("BTC" -> "bitcoin").
        std::string method;
        if (const Currency* c = findCurrency(code)) {
            for (const auto& n : c->networks) {
                if (n.network == network) {
                    method = n.id;
                }
            }
        }
        if (method.empty()) {
            if (auto it = bitfinexNetworks().find(network); it != bitfinexNetworks().end()) {
                method = it->second;
                method = saferead::lower(method);
            }
        }
        if (method.empty()) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "bitfinex fetchDepositAddress() could not find a network for '" + code
                            + "'. You can specify it by providing the 'network' "
                              "value inside params");
        }
        const std::string wallet = textParam(extra, "wallet").value_or("exchange");
        extra.remove("network");
        extra.remove("wallet");
        JsonValue q = object();
        q.set("method", method);
        q.set("wallet", wallet);
        q.set("op_renew", 0); // 1 would make a new address
        request<DepositAddress>(spec(kDepositAddress, "auth/w/deposit/address", q, extra), done,
                                [code](const JsonRef& r) { return parseDepositAddress(r, code); });
    });
}

void Bitfinex::fetchMovements(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (since) {
            q.set("start", *since);
        }
        if (limit) {
            q.set("limit", *limit); // at most 1000
        }
        std::string path = "auth/r/movements/hist";
        if (!code.empty()) {
            std::string id = code;
            if (const Currency* c = findCurrency(code)) {
                id = c->id;
            } else {
                for (const auto& m : markets()) {
                    if (m.base == code) {
                        id = m.baseId;
                    } else if (m.quote == code) {
                        id = m.quoteId;
                    }
                }
            }
            path = "auth/r/movements/" + id + "/hist";
        }
        request<std::vector<Transaction>>(spec(kPrivate, path, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r.items()) {
                Transaction t = parseTransaction(raw, *this);
                if (t.type == type) {
                    items.push_back(std::move(t));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Bitfinex::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchMovements("deposit", code, since, limit, params, std::move(done));
}

void Bitfinex::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    fetchMovements("withdrawal", code, since, limit, params, std::move(done));
}

MarketFeed* Bitfinex::marketFeed()
{
    return websocketFeed([] { return std::make_unique<BitfinexStream>(); });
}

} // namespace bourse::ex
