// SPDX-License-Identifier: GPL-3.0-or-later
#include "Btcbox.h"

#include "BtcboxParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace btcbox;
using rest::Endpoint;
using rest::spec;

namespace {

constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kTickers {"public", "GET", "tickers", 1};
constexpr Endpoint kDepth {"public", "GET", "depth", 1};
constexpr Endpoint kOrders {"public", "GET", "orders", 1};
constexpr Endpoint kBalance {"private", "POST", "balance", 1};
constexpr Endpoint kTradeAdd {"private", "POST", "trade_add", 1};
constexpr Endpoint kTradeCancel {"private", "POST", "trade_cancel", 1};
constexpr Endpoint kTradeView {"private", "POST", "trade_view", 1};
constexpr Endpoint kTradeList {"private", "POST", "trade_list", 1};

constexpr const char* kDefaultSymbol = "BTC/JPY";

} // namespace

Btcbox::Btcbox(Transport& transport, Clock& clock)
    : Exchange(btcboxDescription(), transport, clock)
{
}

std::string btcboxSignedBody(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                             const JsonValue& params)
{
    JsonValue form = JsonValue::object();
    form.set("key", apiKey);
    form.set("nonce", nonce);
    mergeParams(form, params);
    const std::string unsigned_ = signing::urlencode(paramPairs(form));
    // The HMAC key is the secret's MD5 digest written in hex.
    const std::string key = signing::toHex(signing::digest(signing::Hash::Md5, secret));
    const std::string signature = signing::toHex(signing::hmac(signing::Hash::Sha256, key, unsigned_));
    return unsigned_ + "&signature=" + signature;
}

HttpRequest Btcbox::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    r.body =
        btcboxSignedBody(credentials().apiKey, credentials().secret, std::to_string(clock().milliseconds()), s.params);
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    return r;
}

// {"result":false,"code":"200"}: only an explicit false is a failure (public answers carry no result).
void Btcbox::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (response.status >= 400 || !json || !json->root().isObject()) {
        return;
    }
    JsonRef result = json->root()["result"];
    if (!result.isBool() || *result.boolean()) {
        return;
    }
    const std::string feedback = "btcbox " + textExcerpt(response.body, 1000);
    if (auto code = kit::str(json->root()["code"])) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

template<typename T, typename Then> void Btcbox::withMarketOrBtc(const std::string& symbol, Callback<T> done, Then then)
{
    withMarket<T>(symbol.empty() ? std::string(kDefaultSymbol) : symbol, std::move(done), std::move(then));
}

JsonValue Btcbox::coinQuery(const Market& m) const
{
    JsonValue q = JsonValue::object();
    // With BTC/JPY alone the calls answer for it by default, as the exchange's first and only pair once was.
    if (markets().size() > 1) {
        q.set("coin", m.baseId);
    }
    return q;
}

// ---- market data ----

void Btcbox::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // The tickers answer is keyed by every pair the exchange lists ("BTC_JPY": {...}).
    request<std::vector<Market>>(spec(kTickers, JsonValue::object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& member : r.members()) {
                                         markets.push_back(parseMarket(member.key, member.value, *this));
                                     }
                                     return markets;
                                 });
}

void Btcbox::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, coinQuery(m), params), done, [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Btcbox::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        request<std::vector<Ticker>>(
            spec(kTickers, JsonValue::object(), params), done, [this, symbols](const JsonRef& r) {
                std::vector<Ticker> tickers;
                for (const auto& member : r.members()) {
                    Market m = parseMarket(member.key, member.value, *this);
                    const Market* known = findMarketById(m.id);
                    Ticker t = parseTicker(member.value, known ? *known : m);
                    if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                        tickers.push_back(std::move(t));
                    }
                }
                return tickers;
            });
    });
}

void Btcbox::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // depth answers the whole book
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kDepth, coinQuery(m), params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Btcbox::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kOrders, coinQuery(m), params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void Btcbox::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

void Btcbox::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        // trade_add places limit orders only.
        if (type != "limit") {
            throw Error(ErrorKind::InvalidOrder, "btcbox createOrder() supports limit orders only");
        }
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "btcbox createOrder() a limit order requires a price");
        }
        if (side != "buy" && side != "sell") {
            throw Error(ErrorKind::InvalidOrder, "btcbox createOrder() supports only buy or sell in the side argument");
        }
        JsonValue q = JsonValue::object();
        q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        q.set("price", JsonValue::number(priceToPrecision(m, *price)));
        q.set("type", side);
        q.set("coin", m.baseId);
        request<Order>(spec(kTradeAdd, q, params), done, [m](const JsonRef& r) { return parseOrder(r, m); });
    });
}

void Btcbox::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarketOrBtc<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("id", id);
        q.set("coin", m.baseId);
        request<Order>(spec(kTradeCancel, q, params), done, [m](const JsonRef& r) { return parseOrder(r, m); });
    });
}

void Btcbox::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarketOrBtc<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("id", id);
        q.set("coin", m.baseId);
        request<Order>(spec(kTradeView, q, params), done, [m](const JsonRef& r) { return parseOrder(r, m); });
    });
}

void Btcbox::fetchOrderList(const char* type, const std::string& symbol, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarketOrBtc<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("type", type); // "open" or "all"
        q.set("coin", m.baseId);
        const bool open = std::string(type) == "open";
        request<std::vector<Order>>(spec(kTradeList, q, params), done, [m, since, limit, open](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                Order o = parseOrder(raw, m);
                if (open) {
                    o.status = "open";
                }
                orders.push_back(std::move(o));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Btcbox::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done)
{
    fetchOrderList("all", symbol, since, limit, params, std::move(done));
}

void Btcbox::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrderList("open", symbol, since, limit, params, std::move(done));
}

} // namespace bourse::ex
