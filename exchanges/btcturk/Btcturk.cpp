// SPDX-License-Identifier: GPL-3.0-or-later
#include "Btcturk.h"

#include "BtcturkParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace btcturk;
using rest::Endpoint;
using rest::spec;

namespace {

// Costs in 100 ms units; the ticker may be polled ten times as often as the rest.
constexpr Endpoint kExchangeInfo {"public", "GET", "server/exchangeinfo", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 0.1};
constexpr Endpoint kOrderBook {"public", "GET", "orderbook", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kKlines {"graph", "GET", "klines/history", 1};
constexpr Endpoint kBalances {"private", "GET", "users/balances", 1};
constexpr Endpoint kOpenOrders {"private", "GET", "openOrders", 1};
constexpr Endpoint kAllOrders {"private", "GET", "allOrders", 1};
constexpr Endpoint kOrder {"private", "GET", "order/{orderId}", 1};
constexpr Endpoint kMyTrades {"private", "GET", "users/transactions/trade", 1};
constexpr Endpoint kPlaceOrder {"private", "POST", "order", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "order", 1};

} // namespace

Btcturk::Btcturk(Transport& transport, Clock& clock)
    : Exchange(btcturkDescription(), transport, clock)
{
}

std::string btcturkSignature(const std::string& apiKey, const std::string& secret, const std::string& stamp)
{
    // The secret is given in base64; the key is its bytes.
    const std::string key = signing::fromBase64(secret).value_or(secret);
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, key, apiKey + stamp));
}

HttpRequest Btcturk::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.method == "GET" || s.method == "DELETE") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
    } else {
        r.body = s.params.dump();
    }
    if (s.api == "private") {
        requireCredentials();
        const std::string stamp = std::to_string(clock().milliseconds());
        r.headers = {
            {"X-PCK", credentials().apiKey},
            {"X-Stamp", stamp},
            {"X-Signature", btcturkSignature(credentials().apiKey, credentials().secret, stamp)},
            {"Content-Type", "application/json"},
        };
    }
    return r;
}

// {"success":false,"message":"FAILED_MIN_TOTAL_AMOUNT","code":1126}
void Btcturk::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const std::string code = root["code"].stringOr("0");
    const auto message = root["message"].string();
    const std::string feedback = "btcturk " + message.value_or(root.toJsonText());
    if (message) {
        if (auto kind = m_description.errors.match(*message)) {
            throw Error(*kind, feedback);
        }
    }
    // An HTTP error status (401 for a bad key, 429...) is left for the core to type by its status.
    if (code != "0" && code != "SUCCESS" && response.status < 400) {
        throw Error(ErrorKind::ExchangeError, feedback);
    }
}

// ---- market data ----

void Btcturk::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kExchangeInfo, JsonValue::object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r["data"]["symbols"].items()) {
                                         markets.push_back(parseMarket(raw, *this));
                                     }
                                     return markets;
                                 });
}

void Btcturk::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        // One call answers for every pair.
        request<std::vector<Ticker>>(
            spec(kTicker, JsonValue::object(), params), done, [this, symbols](const JsonRef& r) {
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

void Btcturk::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pairSymbol", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [this, m](const JsonRef& r) {
            for (const auto& raw : r["data"].items()) {
                if (raw["pair"].stringOr("") == m.id) {
                    return parseTicker(raw, *this, &m);
                }
            }
            throw Error(ErrorKind::BadResponse, "btcturk has no ticker for " + m.symbol);
        });
    });
}

void Btcturk::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pairSymbol", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<OrderBook>(spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["data"], m.symbol); });
    });
}

void Btcturk::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pairSymbol", m.id);
        if (limit) {
            q.set("last", *limit); // at most 50
        }
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Btcturk::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // The graph API takes a window in seconds [from, to]: `until` (now unless given) back `limit` candles,
        // or `since` forward; 100 candles when neither a start nor a count is given, at most 11000.
        const long long until =
            rest::takeDecimalParam(extra, "until").value_or(Decimal(clock().milliseconds())).toInt64();
        OptInt count = limit;
        if (!since && !count) {
            count = 100;
        }
        JsonValue q = JsonValue::object();
        q.set("symbol", m.id);
        q.set("resolution", m_description.timeframe(timeframe).value_or(timeframe));
        long long to = rest::seconds(until);
        if (count) {
            count = std::min<long long>(*count, 11000);
            if (timeframe == "1y") {
                throw Error(ErrorKind::BadRequest, "btcturk fetchOHLCV() does not accept a limit with a 1y timeframe");
            }
            const long long span = kit::timeframeSeconds(timeframe) * (*count - 1);
            if (since) {
                to = std::min(to, rest::seconds(*since) + span);
            } else {
                q.set("from", to - span);
            }
        }
        if (since) {
            q.set("from", rest::seconds(*since));
        }
        q.set("to", to);
        request<std::vector<Ohlcv>>(spec(kKlines, q, extra), done, [since, count](const JsonRef& r) {
            return sortAndFilterOhlcv(parseOhlcvColumns(r), since, count);
        });
    });
}

// ---- account ----

void Btcturk::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalances, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

void Btcturk::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        auto trigger = rest::takeTextParam(extra, {"triggerPrice", "stopPrice"});
        auto clientOrderId = rest::takeTextParam(extra, {"clientOrderId", "newOrderClientId"});
        const bool isMarket = type == "market";
        JsonValue q = JsonValue::object();
        q.set("orderType", side);
        q.set("orderMethod", trigger ? (isMarket ? "stopmarket" : "stoplimit") : type);
        q.set("pairSymbol", m.id);
        if (isMarket && side == "buy") {
            // A market buy is sized in the quote currency: `cost`, else amount * price, else (when the caller says
            // the price is not required) the amount itself.
            const bool requiresPrice = rest::takeBoolParam(extra, {"createMarketBuyOrderRequiresPrice"}).value_or(true);
            auto cost = rest::takeDecimalParam(extra, "cost");
            if (requiresPrice && !cost && !price) {
                throw Error(ErrorKind::InvalidOrder,
                            "btcturk createOrder() requires the price argument for market buy orders to calculate "
                            "the total cost to spend (amount * price), or params.cost, or "
                            "params.createMarketBuyOrderRequiresPrice = false with the cost as the amount");
            }
            const Decimal spend = cost ? *cost : (requiresPrice ? amount * *price : amount);
            q.set("quantity", JsonValue::number(costToPrecision(m, spend)));
        } else {
            q.set("quantity", JsonValue::number(amountToPrecision(m, amount)));
        }
        if (!isMarket) {
            if (!price) {
                throw Error(ErrorKind::ArgumentsRequired, "btcturk createOrder() a limit order requires a price");
            }
            q.set("price", JsonValue::number(priceToPrecision(m, *price)));
        }
        if (trigger) {
            auto stop = Decimal::parse(*trigger);
            if (!stop) {
                throw Error(ErrorKind::InvalidOrder, "btcturk createOrder() triggerPrice is not a number: " + *trigger);
            }
            q.set("stopPrice", JsonValue::number(priceToPrecision(m, *stop)));
        }
        // A client id lets Bourse find the order again if the answer to its creation is lost.
        q.set("newOrderClientId", clientOrderId ? *clientOrderId : kit::uuid4());
        request<Order>(spec(kPlaceOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Btcturk::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    JsonValue q = JsonValue::object();
    q.set("id", id);
    request<Order>(spec(kCancelOrder, q, params), std::move(done), [id, symbol](const JsonRef& r) {
        // {"success":true,"message":"SUCCESS","code":0}: nothing about the order itself.
        Order o;
        o.id = id;
        o.symbol = symbol;
        o.info = JsonValue::fromRef(r);
        o.complete();
        return o;
    });
}

void Btcturk::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [this, id, params, done](const Market* m) {
        request<Order>(spec(kOrder, JsonValue::object(), params, "order/" + signing::percentEncode(id)), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, m); });
    });
}

void Btcturk::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "btcturk fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pairSymbol", m.id);
        if (limit) {
            q.set("last", *limit); // 100 unless asked, at most 1000
        }
        if (since) {
            q.set("startTime", rest::seconds(*since));
        }
        request<std::vector<Order>>(spec(kAllOrders, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Btcturk::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = JsonValue::object();
        if (m) {
            q.set("pairSymbol", m->id);
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kOpenOrders, q, params), done,
                                    [this, m, wanted, since, limit](const JsonRef& r) {
                                        // {"data":{"bids":[..],"asks":[..]}}: buys and sells apart.
                                        std::vector<Order> orders;
                                        for (const char* side : {"bids", "asks"}) {
                                            for (const auto& raw : r["data"][side].items()) {
                                                orders.push_back(parseOrder(raw, *this, m));
                                            }
                                        }
                                        return sortAndFilterOrders(std::move(orders), wanted, since, limit);
                                    });
    });
}

void Btcturk::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kMyTrades, JsonValue::object(), params), done,
                                    [this, m, wanted, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), wanted, since, limit);
                                    });
    });
}

} // namespace bourse::ex
