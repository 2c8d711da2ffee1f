// SPDX-License-Identifier: GPL-3.0-or-later
#include "Liqui.h"

#include "LiquiParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace liqui;
using rest::Endpoint;
using rest::spec;

namespace {

// Every call costs one unit of the member's rate limit. The public paths take the pair(s) after a slash.
constexpr Endpoint kInfo {"public", "GET", "info", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kDepth {"public", "GET", "depth", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kCurrency {"web", "GET", "currency", 1};
// The trading API: one URL, the method named in the form (and, on dsx, in the path); the path given per call.
constexpr Endpoint kTrading {"private", "POST", "", 1};

JsonValue object()
{
    return JsonValue::object();
}

std::string join(const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids) {
        out += (out.empty() ? "" : "-") + id;
    }
    return out;
}

} // namespace

Liqui::Liqui(Transport& transport, Clock& clock)
    : Liqui(transport, clock, liquiDescription(), liquiApi())
{
}

Liqui::Liqui(Transport& transport, Clock& clock, ExchangeDescription description, LiquiApi api)
    : Exchange(std::move(description), transport, clock)
    , m_api(api)
{
}

std::string liquiSignature(const std::string& body, const std::string& secret, bool base64)
{
    const std::string mac = signing::hmac(signing::Hash::Sha512, secret, body);
    return base64 ? signing::toBase64(mac) : signing::toHex(mac);
}

long long Liqui::nextNonce()
{
    // Seconds, as the API documents; it refuses a nonce not above the last one, so two calls within one second
    // take the next number rather than being refused.
    m_lastNonce = std::max(clock().milliseconds() / 1000, m_lastNonce + 1);
    return m_lastNonce;
}

HttpRequest Liqui::sign(const RequestSpec& s)
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
    if (m_api.methodInPath) {
        r.url += "/" + m_description.version + "/" + s.path;
    }
    // nonce and method lead the form, the call's fields follow in their order.
    JsonValue form = object();
    form.set("nonce", nextNonce());
    form.set("method", s.path);
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    r.headers.emplace_back("Key", credentials().apiKey);
    r.headers.emplace_back("Sign", liquiSignature(r.body, credentials().secret, m_api.base64Signature));
    return r;
}

// {"success":0,"code":832,"error":"Not enougth BTC to create sell order."} - with HTTP 200. Members other than
// liqui write success as "0"/"1", "true"/"false" or a boolean.
void Liqui::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || !json->root().has("success")) {
        return;
    }
    const JsonRef success = json->root()["success"];
    bool ok = false;
    if (auto b = success.boolean()) {
        ok = *b;
    } else if (auto s = success.string()) {
        ok = *s == "1" || *s == "true";
    }
    if (ok) {
        return;
    }
    auto code = rest::str(json->root()["code"]);
    auto message = rest::str(json->root()["error"]);
    // The lists answer an empty result as an error; the parsers read the missing `return` as no items.
    if (message == "no orders" || message == "no trades") {
        return;
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (code) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    if (message) {
        if (auto kind = m_description.errors.match(*message)) {
            throw Error(*kind, feedback);
        }
        if (auto kind = m_description.errors.matchBroad(*message)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

// {"server_time":1537522016,"pairs":{"eth_btc":{pair}, ...}}
void Liqui::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kInfo, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& member : r["pairs"].members()) {
            markets.push_back(parseMarket(std::string(member.key), member.value, *this, m_api.dialect));
        }
        return markets;
    });
}

void Liqui::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, object(), params, "ticker/" + m.id), done, [this, m](const JsonRef& r) {
            // {"btc_usdt":{ticker}}
            if (!r.has(m.id)) {
                throw Error(ErrorKind::BadResponse, id() + " sent no ticker for " + m.symbol);
            }
            return parseTicker(r[m.id], &m, m_api.dialect);
        });
    });
}

void Liqui::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                         Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        std::vector<std::string> ids;
        if (symbols.empty()) {
            // Every market in one path, in id order.
            for (const auto& m : markets()) {
                ids.push_back(m.id);
            }
            std::sort(ids.begin(), ids.end());
            if (join(ids).size() > m_api.tickersMaxLength) {
                throw Error(ErrorKind::ArgumentsRequired,
                            id() + " has " + std::to_string(ids.size()) + " markets exceeding max URL length for this "
                                + "endpoint (" + std::to_string(m_api.tickersMaxLength)
                                + " characters), please, specify a list of symbols of interest in the first argument "
                                  "to fetchTickers");
            }
        } else {
            for (const auto& s : symbols) {
                ids.push_back(market(s).id);
            }
        }
        request<std::vector<Ticker>>(spec(kTicker, object(), params, "ticker/" + join(ids)), done,
                                     [this](const JsonRef& r) {
                                         std::vector<Ticker> tickers;
                                         for (const auto& member : r.members()) {
                                             const Market* m = findMarketById(member.key);
                                             Ticker t = parseTicker(member.value, m, m_api.dialect);
                                             if (t.symbol.empty()) {
                                                 t.symbol = std::string(member.key);
                                             }
                                             tickers.push_back(std::move(t));
                                         }
                                         return tickers;
                                     });
    });
}

void Liqui::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit); // 150 by default, at most 2000
        }
        request<OrderBook>(spec(kDepth, q, params, "depth/" + m.id), done, [this, m](const JsonRef& r) {
            if (!r.has(m.id)) {
                throw Error(ErrorKind::ExchangeError, id() + " " + m.symbol + " order book is empty or not available");
            }
            return parseOrderBook(r[m.id], m.symbol);
        });
    });
}

void Liqui::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec(kTrades, q, params, "trades/" + m.id), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        // {"btc_usdt":[trade, ...]}, or [] when the pair had none.
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r[m.id].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Liqui::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                       const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    const long long seconds = kit::timeframeSeconds(timeframe);
    if (seconds <= 0) {
        done(Error(ErrorKind::BadRequest, id() + " fetchOHLCV() cannot build candles of " + timeframe));
        return;
    }
    fetchTrades(symbol, since, limit, params, [seconds, since, limit, done](Result<std::vector<Trade>> trades) {
        if (!trades.ok()) {
            done(trades.error());
            return;
        }
        done(sortAndFilterOhlcv(ohlcvFromTrades(trades.value(), seconds), since, limit));
    });
}

// ---- account ----

void Liqui::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kTrading, object(), params, m_api.getInfo), done,
                         [this](const JsonRef& r) { return parseBalance(r["return"], *this, m_api.dialect); });
    });
}

// ---- orders ----

JsonValue Liqui::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                              const OptDecimal& price) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() takes buy or sell as the side");
    }
    JsonValue q = object();
    q.set("pair", m.id);
    q.set("type", side);
    if (m_api.dialect == LiquiApi::Dialect::Dsx) {
        if (type != "limit" && type != "market") {
            throw Error(ErrorKind::InvalidOrder, id() + " createOrder() does not support order type " + type);
        }
        // A market order still carries the worst price it may fill at.
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired,
                        id()
                            + " createOrder() requires a price argument even for "
                              "market orders, the worst price you agree to fill at");
        }
        q.set("volume", amountToPrecision(m, amount));
        q.set("rate", priceToPrecision(m, *price));
        q.set("orderType", type);
        return q;
    }
    if (type != "limit") {
        throw Error(ErrorKind::InvalidOrder, id() + " allows limit orders only");
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, id() + " createOrder() requires a price for a limit order");
    }
    q.set("amount", amountToPrecision(m, amount));
    q.set("rate", priceToPrecision(m, *price));
    return q;
}

void Liqui::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                        const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = orderRequest(m, type, side, amount, price);
        request<Order>(spec(kTrading, q, params, m_api.trade), done, [=, this](const JsonRef& r) {
            Order o = parseCreatedOrder(r["return"], m_api, m, type, side, amount, price, clock().milliseconds());
            if (o.id) {
                m_orders[*o.id] = o;
            }
            return o;
        });
    });
}

// {"success":1,"return":{"order_id":343154,"funds":{...}}}
void Liqui::cancelOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                        Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        JsonValue q = object();
        q.set(m_api.orderIdKey, orderId);
        request<Order>(spec(kTrading, q, params, m_api.cancelOrder), done, [=, this](const JsonRef& r) {
            auto cached = m_orders.find(orderId);
            Order o = cached != m_orders.end() ? cached->second : Order {};
            o.id = orderId;
            if (o.symbol.empty() && !symbol.empty()) {
                o.symbol = symbol;
            }
            o.status = "canceled";
            o.info = JsonValue::fromRef(r);
            if (cached != m_orders.end()) {
                cached->second.status = "canceled";
            }
            return o;
        });
    });
}

void Liqui::fetchOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                       Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        q.set(m_api.orderIdKey, orderId);
        request<Order>(spec(kTrading, q, params, m_api.orderInfo), done, [=, this](const JsonRef& r) {
            // liqui: {"return":{"123":{order}}}; dsx: {"return":{order}}.
            JsonRef raw = r["return"];
            if (m_api.dialect != LiquiApi::Dialect::Dsx) {
                raw = raw.has(orderId) ? raw[orderId] : JsonRef();
                if (raw.isMissing()) {
                    throw Error(ErrorKind::OrderNotFound, id() + " order " + orderId + " not found");
                }
            }
            Order o = parseOrder(orderId, raw, *this, m, m_api.dialect);
            completeFromCache(o);
            m_orders[orderId] = o;
            return o;
        });
    });
}

// The open-order list gives what remains, not what was asked: the amount comes from the order as it was placed.
void Liqui::completeFromCache(Order& o) const
{
    auto cached = m_orders.find(o.id.value_or(""));
    if (o.amount || cached == m_orders.end() || !cached->second.amount) {
        return;
    }
    o.amount = cached->second.amount;
    if (o.remaining) {
        o.filled = *o.amount - *o.remaining;
        o.cost = o.price ? OptDecimal(*o.price * *o.filled) : std::nullopt;
    }
}

std::vector<Order> Liqui::mergeIntoCache(std::vector<Order> listed, const std::string& symbol)
{
    for (auto& o : listed) {
        if (!o.status) {
            o.status = "open"; // ActiveOrders lists open orders
        }
        completeFromCache(o);
        if (o.id) {
            m_orders[*o.id] = o;
        }
    }
    // An order of this market that was open and is no longer listed has left the book: taken as filled, as 2019
    // ccxt did (it may have been cancelled elsewhere; the API cannot tell).
    for (auto& [orderId, o] : m_orders) {
        const bool listedNow =
            std::any_of(listed.begin(), listed.end(), [&](const Order& l) { return l.id == orderId; });
        if (listedNow || (!symbol.empty() && o.symbol != symbol) || o.status != "open") {
            continue;
        }
        o.status = "closed";
        o.filled = o.amount;
        o.remaining = Decimal(0);
        o.cost = o.price && o.filled ? OptDecimal(*o.price * *o.filled) : std::nullopt;
    }
    std::vector<Order> all;
    for (const auto& [orderId, o] : m_orders) {
        all.push_back(o);
    }
    return all;
}

void Liqui::listOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       const char* status, Callback<std::vector<Order>> done)
{
    if (symbol.empty() && m_api.ordersNeedSymbol) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " fetchOrders requires a symbol argument"));
        return;
    }
    const bool dsx = m_api.dialect == LiquiApi::Dialect::Dsx;
    const std::string wanted = status ? status : "";
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        // dsx's history/orders takes no pair in 2019's request; its answer is filtered here.
        if (m && !dsx) {
            q.set("pair", m->id);
        }
        request<std::vector<Order>>(spec(kTrading, q, params, m_api.orders), done, [=, this](const JsonRef& r) {
            // {"return":{"343152":{order}, ...}}
            std::vector<Order> listed;
            for (const auto& member : r["return"].members()) {
                listed.push_back(parseOrder(std::string(member.key), member.value, *this, m, m_api.dialect));
            }
            std::vector<Order> orders = dsx ? std::move(listed) : mergeIntoCache(std::move(listed), symbol);
            if (!wanted.empty()) {
                std::erase_if(orders, [&](const Order& o) { return o.status != wanted; });
            }
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), since, limit);
        });
    });
}

void Liqui::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Order>> done)
{
    listOrders(symbol, since, limit, params, nullptr, std::move(done));
}

void Liqui::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    // dsx: 2019 ccxt asked history/orders (kept, so the request is the one it sent) and returned it whole; only
    // the open ones are kept here, as the method promises.
    listOrders(symbol, since, limit, params, "open", std::move(done));
}

void Liqui::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    if (m_description.supports("fetchClosedOrders") == Support::No) {
        done(notSupported("fetchClosedOrders"));
        return;
    }
    listOrders(symbol, since, limit, params, "closed", std::move(done));
}

// {"return":{"166830":{trade}, ...}} - keyed by trade id.
void Liqui::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (m) {
            q.set("pair", m->id);
        }
        if (limit) {
            q.set("count", *limit);
        }
        if (since) {
            q.set("since", *since / 1000);
        }
        request<std::vector<Trade>>(spec(kTrading, q, params, m_api.tradeHistory), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& member : r["return"].members()) {
                trades.push_back(parseTrade(member.value, *this, m, std::string(member.key)));
            }
            return sortAndFilterTrades(std::move(trades), m ? m->symbol : std::string(), since, limit);
        });
    });
}

// ---- tidex ----

// [{"id":2,"symbol":"BTC",...}, ...]
void Tidex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrency, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> currencies;
        for (const auto& raw : r.items()) {
            currencies.push_back(parseCurrency(raw, *this));
        }
        return currencies;
    });
}

// ---- yobit ----

// {"success":1,"return":{"address":"1UHAnAWvxDB9XXETsi7z483zRRBmcUZxb3","processed_amount":1.00000000,
//  "server_time":1437146228}}
void Yobit::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [=, this] {
        JsonValue q = object();
        q.set("coinName", kit::currencyIdFor(*this, code));
        // 1 asks for a new address; fetching keeps the current one.
        q.set("need_new", 0);
        request<DepositAddress>(spec(kTrading, q, params, "GetDepositAddress"), done, [=, this](const JsonRef& r) {
            DepositAddress a;
            a.currency = code;
            a.address = rest::str(r["return"]["address"]);
            if (!rest::usableAddress(a.address)) {
                throw Error(ErrorKind::InvalidAddress, id() + " has no usable deposit address for " + code);
            }
            a.info = JsonValue::fromRef(r);
            return a;
        });
    });
}

} // namespace bourse::ex
