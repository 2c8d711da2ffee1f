// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mercado.h"

#include "MercadoParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace mercado;
using rest::Endpoint;

namespace {

// Every call costs one second of the TAPI's 60 a minute.
constexpr Endpoint kCoins {"public", "GET", "coins", 1};
constexpr Endpoint kCoinPath {"public", "GET", "", 1}; // {coin}/ticker/, {coin}/orderbook/, {coin}/trades/...
constexpr Endpoint kCandles {"v4PublicNet", "GET", "candles", 1};
constexpr Endpoint kTapi {"private", "POST", "", 1}; // the path is the tapi_method

JsonValue object()
{
    return JsonValue::object();
}

// A TAPI call: the method name travels as the spec's path.
RequestSpec tapi(const std::string& method, JsonValue request, const JsonValue& params)
{
    return rest::spec(kTapi, std::move(request), params, method);
}

JsonRef responseData(const JsonRef& r)
{
    return r["response_data"];
}

} // namespace

Mercado::Mercado(Transport& transport, Clock& clock)
    : Exchange(mercadoDescription(), transport, clock)
{
}

std::string mercadoMac(const std::string& secret, const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, "/tapi/v3/?" + body));
}

HttpRequest Mercado::sign(const RequestSpec& s)
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
    r.url = apiUrl(s.api) + "/";
    JsonValue form = object();
    form.set("tapi_method", s.path);
    // Milliseconds: always above any nonce a key has used before, whether its earlier client counted seconds or
    // milliseconds.
    form.set("tapi_nonce", clock().milliseconds());
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    r.headers.emplace_back("TAPI-ID", credentials().apiKey);
    r.headers.emplace_back("TAPI-MAC", mercadoMac(credentials().secret, r.body));
    return r;
}

// {"error_message":"Valor do parâmetro tapi_nonce inválido.","status_code":203}
void Mercado::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || json->root()["error_message"].isMissing()) {
        return;
    }
    const std::string code = json->root()["status_code"].stringOr("");
    const std::string feedback = "mercado " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(code); kind && !code.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Mercado::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // ["BTC","ETH",...]: every coin trades against the real.
    request<std::vector<Market>>(rest::spec(kCoins, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& coin : r.items()) {
            if (auto id = coin.string(); id && !id->empty()) {
                markets.push_back(parseMarket(*id, *this));
            }
        }
        return markets;
    });
}

void Mercado::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(rest::spec(kCoinPath, object(), params, m.base + "/ticker/"), done,
                        [m](const JsonRef& r) { return parseTicker(r["ticker"], m); });
    });
}

void Mercado::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // the data API sends the whole book
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(rest::spec(kCoinPath, object(), params, m.base + "/orderbook/"), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m); });
    });
}

void Mercado::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // The window is in the path: {coin}/trades/{from}/ or {coin}/trades/{from}/{to}, in Unix seconds.
        auto to = rest::takeTextParam(extra, "to");
        std::string path = m.base + "/trades/";
        if (since) {
            path += std::to_string(rest::seconds(*since)) + "/";
            if (to) {
                path += *to;
            }
        }
        request<std::vector<Trade>>(rest::spec(kCoinPath, object(), extra, path), done, [=](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Mercado::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        // The endpoint wants a window: `limit` candles (100 unless told) from `since`, or up to now.
        const long long count = limit.value_or(100);
        const long long span = count * kit::timeframeSeconds(timeframe);
        JsonValue q = object();
        q.set("resolution", m_description.timeframe(timeframe).value_or(timeframe));
        q.set("symbol", m.base + "-" + m.quote);
        if (since) {
            const long long from = rest::seconds(*since);
            q.set("from", from);
            q.set("to", from + span);
        } else {
            const long long now = rest::seconds(clock().milliseconds());
            q.set("to", now);
            q.set("from", now - span);
        }
        request<std::vector<Ohlcv>>(rest::spec(kCandles, q, params), done, [since, count](const JsonRef& r) {
            return sortAndFilterOhlcv(parseCandles(r), since, count);
        });
    });
}

// ---- account ----

void Mercado::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(tapi("get_account_info", object(), params), done, [this](const JsonRef& r) {
            Balance b = parseBalance(responseData(r), *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

// ---- orders ----

std::pair<std::string, JsonValue> Mercado::orderRequest(const Market& m, const std::string& type,
                                                        const std::string& side, const Decimal& amount,
                                                        const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "mercado createOrder() side must be buy or sell");
    }
    auto cost = rest::takeDecimalParam(params, "cost");
    JsonValue q = object();
    q.set("coin_pair", m.id);
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "mercado createOrder() a limit order requires a price");
        }
        q.set("limit_price", priceToPrecision(m, *price));
        q.set("quantity", amountToPrecision(m, amount));
        return {side == "buy" ? "place_buy_order" : "place_sell_order", q};
    }
    if (type != "market") {
        throw Error(ErrorKind::InvalidOrder, "mercado createOrder() supports only limit and market orders");
    }
    if (side == "sell") {
        q.set("quantity", amountToPrecision(m, amount));
        return {"place_market_sell_order", q};
    }
    // A market buy spends reais: params.cost, else amount * price.
    if (!cost && !price) {
        throw Error(ErrorKind::InvalidOrder,
                    "mercado createOrder() a market buy needs params.cost or a price to "
                    "compute the reais to spend (amount * price)");
    }
    q.set("cost", priceToPrecision(m, cost ? *cost : amount * *price));
    return {"place_market_buy_order", q};
}

void Mercado::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        auto [method, q] = orderRequest(m, type, side, amount, price, extra);
        request<Order>(tapi(method, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(responseData(r)["order"], *this, &m); });
    });
}

void Mercado::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "mercado cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = object();
        q.set("coin_pair", m.id);
        q.set("order_id", id);
        request<Order>(tapi("cancel_order", q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(responseData(r)["order"], *this, &m); });
    });
}

void Mercado::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "mercado fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = object();
        q.set("coin_pair", m.id);
        // The order id is a number.
        q.set("order_id", Decimal::parse(id) ? JsonValue::number(id) : JsonValue(id));
        request<Order>(tapi("get_order", q, params), done, [this, m, id](const JsonRef& r) {
            JsonRef order = responseData(r)["order"];
            if (!order.isObject()) {
                throw Error(ErrorKind::OrderNotFound, "mercado: the order " + id + " was not found");
            }
            return parseOrder(order, *this, &m);
        });
    });
}

void Mercado::listOrders(JsonValue q, const std::string& symbol, const char* method, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, std::string("mercado ") + method + "() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) mutable {
        JsonValue request_ = object();
        request_.set("coin_pair", m.id);
        mergeParams(request_, q);
        request<std::vector<Order>>(tapi("list_orders", request_, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : responseData(r)["orders"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Mercado::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    listOrders(object(), symbol, "fetchOrders", since, limit, params, std::move(done));
}

void Mercado::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    JsonValue q = object();
    q.set("status_list", "[2]"); // 2: open
    listOrders(std::move(q), symbol, "fetchOpenOrders", since, limit, params, std::move(done));
}

void Mercado::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    // The fills of the orders that have any.
    JsonValue q = object();
    q.set("has_fills", true);
    listOrders(std::move(q), symbol, "fetchMyTrades", std::nullopt, std::nullopt, params,
               [symbol, since, limit, done](Result<std::vector<Order>> result) {
                   if (!result.ok()) {
                       done(result.error());
                       return;
                   }
                   std::vector<Trade> trades;
                   for (auto& o : result.value()) {
                       for (auto& t : o.trades) {
                           trades.push_back(std::move(t));
                       }
                   }
                   done(sortAndFilterTrades(std::move(trades), symbol, since, limit));
               });
}

} // namespace bourse::ex
