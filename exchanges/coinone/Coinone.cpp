// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinone.h"

#include "CoinoneParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace coinone;
using rest::Endpoint;
using rest::spec;

namespace {

// Public paths name the pair as {quote}/{target}; they are filled in per call.
constexpr Endpoint kCurrencies {"public", "GET", "currencies", 1};
constexpr Endpoint kTickerNew {"public", "GET", "ticker_new", 1};
constexpr Endpoint kOrderbook {"public", "GET", "orderbook", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kBalance {"private", "POST", "account/balance", 1};
constexpr Endpoint kQueryOrder {"private", "POST", "order/query_order", 1};
constexpr Endpoint kCompleteOrders {"private", "POST", "order/complete_orders", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "order/cancel", 1};
constexpr Endpoint kDepositAddress {"private", "POST", "account/deposit_address", 1};
constexpr Endpoint kLimitOrder {"private21", "POST", "order/limit", 1};
constexpr Endpoint kOpenOrders {"private21", "POST", "order/open_orders", 1};

JsonValue object()
{
    return JsonValue::object();
}

// "trades/KRW/BTC": public paths use the unified codes.
std::string pairPath(const Endpoint& e, const Market& m)
{
    return std::string(e.path) + "/" + m.quote + "/" + m.base;
}

} // namespace

Coinone::Coinone(Transport& transport, Clock& clock)
    : Exchange(coinoneDescription(), transport, clock)
{
}

std::string coinonePayload(const std::string& apiKey, const std::string& nonce, const JsonValue& params)
{
    JsonValue json = JsonValue::object();
    json.set("access_token", apiKey);
    json.set("nonce", nonce);
    mergeParams(json, params);
    return signing::toBase64(json.dump());
}

std::string coinoneSignature(const std::string& payload, const std::string& secret)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, rest::upper(secret), payload));
}

HttpRequest Coinone::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api == "public") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // v2.1 wants a UUID nonce; v2 a number that grows (the time in seconds).
    const std::string nonce = s.api == "private21" ? kit::uuid4() : std::to_string(clock().milliseconds() / 1000);
    const std::string payload = coinonePayload(credentials().apiKey, nonce, s.params);
    r.body = payload;
    r.headers.emplace_back("Content-Type", "application/json");
    r.headers.emplace_back("X-COINONE-PAYLOAD", payload);
    r.headers.emplace_back("X-COINONE-SIGNATURE", coinoneSignature(payload, credentials().secret));
    return r;
}

// {"result":"error","error_code":"107","error_msg":"Parameter value is wrong"}; v2 says "errorCode".
void Coinone::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    auto code = rest::str(root["error_code"]);
    if (!code) {
        code = rest::str(root["errorCode"]);
    }
    if (!code || *code == "0") {
        return;
    }
    const std::string feedback = "coinone " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*code)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Coinone::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    (void)params;
    // Every KRW pair, from the tickers (Coinone lists no markets of its own).
    request<std::vector<Market>>(spec(kTickerNew, object(), object(), std::string(kTickerNew.path) + "/KRW"),
                                 std::move(done), [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r["tickers"].items()) {
                                         markets.push_back(parseMarket(raw, m_description));
                                     }
                                     return markets;
                                 });
}

void Coinone::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> currencies;
        for (const auto& raw : r["currencies"].items()) {
            currencies.push_back(parseCurrency(raw, *this));
        }
        return currencies;
    });
}

void Coinone::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTickerNew, object(), params, pairPath(kTickerNew, m)), done,
                        [this](const JsonRef& r) { return parseTicker(r["tickers"][0], *this); });
    });
}

void Coinone::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        // Every KRW ticker, or the one pair asked for (the API answers one pair or one quote currency).
        std::string path = std::string(kTickerNew.path) + "/KRW";
        if (!symbols.empty()) {
            path = pairPath(kTickerNew, market(symbols.front()));
        }
        request<std::vector<Ticker>>(spec(kTickerNew, object(), params, path), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r["tickers"].items()) {
                Ticker t = parseTicker(raw, *this);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Coinone::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("size", *limit); // 5, 10, 15 or 16
        }
        request<OrderBook>(spec(kOrderbook, q, params, pairPath(kOrderbook, m)), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m); });
    });
}

void Coinone::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("size", std::min(*limit, 200LL));
        }
        request<std::vector<Trade>>(spec(kTrades, q, params, pairPath(kTrades, m)), done,
                                    [m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["transactions"].items()) {
                                            trades.push_back(parseTrade(raw, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

// ---- account ----

void Coinone::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

void Coinone::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    const std::string orderType = rest::upper(type);
    if (orderType != "LIMIT") {
        done(Error(ErrorKind::InvalidOrder, "coinone createOrder() allows limit orders only"));
        return;
    }
    if (!price) {
        done(Error(ErrorKind::ArgumentsRequired, "coinone createOrder() requires a price argument for limit orders"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("quote_currency", m.quoteId);
        q.set("target_currency", m.baseId);
        q.set("type", orderType);
        q.set("side", rest::upper(side));
        q.set("price", priceToPrecision(m, *price));
        q.set("qty", amountToPrecision(m, amount));
        request<Order>(spec(kLimitOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Coinone::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    // The v2 cancel names the order's price, quantity and side besides its id.
    auto price = rest::decimalParam(params, "price");
    auto qty = rest::decimalParam(params, "qty");
    auto isAsk = params.find("is_ask") ? params.find("is_ask")->asInteger() : std::nullopt;
    if (symbol.empty() || !price || !qty || !isAsk) {
        done(Error(ErrorKind::ArgumentsRequired,
                   "coinone cancelOrder() requires a symbol argument and "
                   "{'price': 12345, 'qty': 1.2345, 'is_ask': 0} in params"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("price");
        extra.remove("qty");
        extra.remove("is_ask");
        JsonValue q = object();
        q.set("order_id", id);
        q.set("price", JsonValue::number(price->toString()));
        q.set("qty", JsonValue::number(qty->toString()));
        q.set("is_ask", *isAsk);
        q.set("currency", m.id);
        request<Order>(spec(kCancelOrder, q, extra), done, [this, id, m](const JsonRef& r) {
            Order o = parseOrder(r, *this, &m);
            if (!o.id) {
                o.id = id;
            }
            o.symbol = m.symbol;
            return o;
        });
    });
}

void Coinone::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinone fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("order_id", id);
        q.set("currency", m.id);
        request<Order>(spec(kQueryOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Coinone::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinone fetchOpenOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("quote_currency", m.quoteId);
        q.set("target_currency", m.baseId);
        request<std::vector<Order>>(spec(kOpenOrders, q, params), done, [=, this](const JsonRef& r) {
            JsonRef rows = r["open_orders"].isArray() ? r["open_orders"] : r["limitOrders"];
            std::vector<Order> orders;
            for (const auto& raw : rows.items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Coinone::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinone fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("currency", m.id);
        // Despite its name, complete_orders lists fills (one order may appear more than once).
        request<std::vector<Trade>>(spec(kCompleteOrders, q, params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["completeOrders"].items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Coinone::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        request<DepositAddress>(spec(kDepositAddress, object(), params), done, [this, code](const JsonRef& r) {
            for (auto& a : parseDepositAddresses(r, *this)) {
                if (a.currency == code) {
                    return a;
                }
            }
            throw Error(ErrorKind::InvalidAddress,
                        "coinone fetchDepositAddress() could not find a deposit address for " + code
                            + ", make sure you have created one on the exchange website");
        });
    });
}

} // namespace bourse::ex
