// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indodax.h"

#include "IndodaxParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace indodax;
using rest::Endpoint;
using rest::spec;

namespace {

// Costs in the description's 50 ms units: public calls 5, private reads 4, order entry 1.
constexpr Endpoint kServerTime {"public", "GET", "api/server_time", 5};
constexpr Endpoint kPairs {"public", "GET", "api/pairs", 5};
constexpr Endpoint kTicker {"public", "GET", "api/ticker/", 5};
constexpr Endpoint kTickerAll {"public", "GET", "api/ticker_all", 5};
constexpr Endpoint kTrades {"public", "GET", "api/trades/", 5};
constexpr Endpoint kDepth {"public", "GET", "api/depth/", 5};
constexpr Endpoint kHistory {"public", "GET", "tradingview/history_v2", 5};
constexpr Endpoint kGetInfo {"private", "POST", "getInfo", 4};
constexpr Endpoint kTransHistory {"private", "POST", "transHistory", 4};
constexpr Endpoint kTrade {"private", "POST", "trade", 1};
constexpr Endpoint kOpenOrders {"private", "POST", "openOrders", 4};
constexpr Endpoint kOrderHistory {"private", "POST", "orderHistory", 4};
constexpr Endpoint kGetOrder {"private", "POST", "getOrder", 4};
constexpr Endpoint kCancelOrder {"private", "POST", "cancelOrder", 4};

// How long a signed request stays valid after its timestamp, in milliseconds.
constexpr int kRecvWindowMs = 5000;

JsonValue object()
{
    return JsonValue::object();
}

// The answer's "return" object (private calls).
JsonRef result(const JsonRef& r)
{
    return r["return"];
}

// "2023-11-03" for a time in milliseconds (transHistory's start and end).
std::string yyyymmdd(long long ms)
{
    return iso8601(ms).substr(0, 10);
}

// A market named by a ticker id ("btc_idr"): the pairs call names the same market "btcidr".
const Market* marketByPairKey(const Exchange& ex, std::string_view key)
{
    if (const Market* m = ex.findMarketById(key)) {
        return m;
    }
    std::string joined(key);
    joined.erase(std::remove(joined.begin(), joined.end(), '_'), joined.end());
    return ex.findMarketById(joined);
}

// Indodax's network names for the unified codes that differ (ccxt's options.networks, reversed).
std::string networkCode(const std::string& id)
{
    static const std::map<std::string, std::string, std::less<>> codes {
        {"Stellar Token", "XLM"}, {"bep20", "BSC"}, {"trc20", "TRC20"}, {"polygon", "MATIC"}};
    auto it = codes.find(id);
    return it == codes.end() ? kit::upper(id) : it->second;
}

} // namespace

Indodax::Indodax(Transport& transport, Clock& clock)
    : Exchange(indodaxDescription(), transport, clock)
{
}

std::string indodaxSignature(const std::string& body, const std::string& secret)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, body));
}

HttpRequest Indodax::sign(const RequestSpec& s)
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
    // Every private call goes to /tapi; the method travels in the form, ahead of the timestamp and window.
    r.url = apiUrl(s.api);
    JsonValue form = object();
    form.set("method", s.path);
    form.set("timestamp", clock().milliseconds());
    form.set("recvWindow", kRecvWindowMs);
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    r.headers.emplace_back("Key", credentials().apiKey);
    r.headers.emplace_back("Sign", indodaxSignature(r.body, credentials().secret));
    return r;
}

// {"success":0,"error":"Invalid credentials. Bad sign.","error_code":"invalid_credentials"}; public answers carry
// no "success", and a withdrawal's says "approved".
void Indodax::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const std::string error = root["error"].stringOr("");
    if (!root.has("success") && error.empty()) {
        return;
    }
    const std::string success = root["success"].stringOr("");
    if (success == "approved") {
        return;
    }
    const std::string feedback = "indodax " + textExcerpt(response.body, 1000);
    if (success == "1") {
        if (!root.has("return")) {
            throw Error(ErrorKind::ExchangeError, "indodax malformed response: " + feedback);
        }
        return;
    }
    if (auto kind = m_description.errors.match(error)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.matchBroad(error); kind && !error.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Indodax::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kPairs, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r.items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Indodax::fetchTime(const JsonValue& params, Callback<long long> done)
{
    // {"timezone":"UTC","server_time":1571205969552}
    request<long long>(spec(kServerTime, object(), params), std::move(done), [](const JsonRef& r) {
        auto t = r["server_time"].integer();
        if (!t) {
            throw Error(ErrorKind::BadResponse, "indodax sent no server_time");
        }
        return *t;
    });
}

void Indodax::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, object(), params, kTicker.path + m.id), done,
                        [m](const JsonRef& r) { return parseTicker(r["ticker"], &m); });
    });
}

void Indodax::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTickerAll, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            // {"tickers":{"btc_idr":{..},..}}: keyed by the ticker id, the pairs id ("btcidr") with an underscore.
            // As ccxt, a key no market has is still listed, under the id as its symbol.
            for (const auto& member : r["tickers"].members()) {
                std::string id(member.key);
                id.erase(std::remove(id.begin(), id.end(), '_'), id.end());
                const Market* m = findMarketById(id);
                Ticker t = parseTicker(member.value, m);
                if (!m) {
                    t.symbol = id;
                }
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Indodax::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // the depth call has no size
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kDepth, object(), params, kDepth.path + m.id), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Indodax::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kTrades, object(), params, kTrades.path + m.id), done,
                                    [m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Indodax::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        const long long now = clock().milliseconds() / 1000;
        // `until` (seconds) ends the window; the history call wants seconds at both ends.
        auto until = rest::takeDecimalParam(extra, "until");
        const long long count = limit.value_or(1000);
        JsonValue q = object();
        q.set("to", until ? JsonValue::number(until->toString()) : JsonValue(now));
        q.set("tf", m_description.timeframe(timeframe).value_or(timeframe));
        q.set("symbol", m.id);
        q.set("from", since ? *since / 1000 : now - count * kit::timeframeSeconds(timeframe) - 1);
        request<std::vector<Ohlcv>>(spec(kHistory, q, extra), done, [since, count](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r.items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, count);
        });
    });
}

// ---- account ----

void Indodax::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kGetInfo, object(), params), done, [this](const JsonRef& r) {
            Balance b = parseBalance(result(r), *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

void Indodax::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    // getInfo lists an address per currency id ({"address":{"btc":"1Ke..."},"network":{"btc":"mainnet"}}).
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        const std::string id = kit::currencyIdFor(*this, code);
        request<DepositAddress>(spec(kGetInfo, object(), params), done, [id, code](const JsonRef& r) {
            JsonRef data = result(r);
            auto address = rest::str(data["address"][kit::lower(id)]);
            if (!rest::usableAddress(address)) {
                throw Error(ErrorKind::InvalidAddress, "indodax has no deposit address for " + code);
            }
            DepositAddress a;
            a.currency = code;
            a.address = address;
            if (auto network = rest::str(data["network"][kit::lower(id)])) {
                // Several networks come comma-separated; the first is the address's own.
                a.network = networkCode(network->substr(0, network->find(',')));
            }
            a.info = JsonValue::fromRef(data);
            return a;
        });
    });
}

void Indodax::fetchTransfers(bool deposits, const std::string& code, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (since) {
            q.set("start", yyyymmdd(*since));
            q.set("end", yyyymmdd(clock().milliseconds()));
        }
        const std::string wantedId = code.empty() ? std::string() : kit::lower(kit::currencyIdFor(*this, code));
        request<std::vector<Transaction>>(spec(kTransHistory, q, params), done, [=, this](const JsonRef& r) {
            // {"return":{"withdraw":{"idr":[..],"btc":[..]},"deposit":{"btc":[..]}}}
            std::vector<Transaction> items;
            for (const auto& list : result(r)[deposits ? "deposit" : "withdraw"].members()) {
                if (!wantedId.empty() && list.key != wantedId) {
                    continue;
                }
                for (const auto& raw : list.value.items()) {
                    items.push_back(parseTransaction(raw, *this, std::string(list.key), deposits));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Indodax::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    fetchTransfers(true, code, since, limit, params, std::move(done));
}

void Indodax::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    fetchTransfers(false, code, since, limit, params, std::move(done));
}

// ---- orders ----

JsonValue Indodax::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "indodax createOrder() supports only buy or sell in the side argument");
    }
    if (type != "market" && type != "limit") {
        throw Error(ErrorKind::InvalidOrder, "indodax createOrder() supports only limit or market types");
    }
    auto cost = rest::takeDecimalParam(params, "cost");
    JsonValue q = object();
    q.set("pair", m.id);
    q.set("type", side);
    if (price) {
        q.set("price", priceToPrecision(m, *price));
    }
    if (type == "market" && side == "buy") {
        // A market buy spends quote currency: params.cost, else amount * price.
        if (!cost && !price) {
            throw Error(ErrorKind::InvalidOrder,
                        "indodax createOrder() requires the price argument for market buy orders to calculate the "
                        "total cost to spend (amount * price), or params.cost");
        }
        q.set(m.quoteId, costToPrecision(m, cost ? *cost : amount * *price));
        return q;
    }
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, "indodax createOrder() requires a price argument for a limit order");
        }
        if (side == "buy") {
            q.set(m.quoteId, costToPrecision(m, amount * *price));
        }
    }
    q.set(m.baseId, amountToPrecision(m, amount));
    return q;
}

void Indodax::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        // {"success":1,"return":{"receive_btc":"0","spend_rp":0,"fee":0,"remain_rp":"1000000","order_id":11560}}
        request<Order>(spec(kTrade, q, extra), done, [](const JsonRef& r) {
            // Only the id comes back; the symbol stays unset, as in ccxt's unified answer.
            Order o;
            o.id = rest::str(result(r)["order_id"]);
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

void Indodax::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "indodax cancelOrder() requires a symbol argument"));
        return;
    }
    // Indodax cancels by id, pair and side; the side comes as params.side (and is sent on as given).
    auto side = rest::textParam(params, "side");
    if (!side) {
        done(Error(ErrorKind::ArgumentsRequired, "indodax cancelOrder() requires an extra \"side\" param"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, side, params, done](const Market& m) {
        JsonValue q = object();
        q.set("order_id", id);
        q.set("pair", m.id);
        q.set("type", *side);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this](const JsonRef& r) { return parseOrder(result(r), *this, nullptr); });
    });
}

void Indodax::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "indodax fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        q.set("order_id", id);
        request<Order>(spec(kGetOrder, q, params), done, [this, m](const JsonRef& r) {
            Order o = parseOrder(result(r)["order"], *this, &m);
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Indodax::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (m) {
            q.set("pair", m->id);
        }
        const Market* market = m;
        request<std::vector<Order>>(spec(kOpenOrders, q, params), done, [this, market, since, limit](const JsonRef& r) {
            JsonRef orders = result(r)["orders"];
            std::vector<Order> out;
            if (market) {
                // With a pair: a list of that pair's orders.
                for (const auto& raw : orders.items()) {
                    out.push_back(parseOrder(raw, *this, market));
                }
                return sortAndFilterOrders(std::move(out), market->symbol, since, limit);
            }
            // Without: {"btc_idr":[..],"eth_idr":[..]}, each pair's list filtered on its own.
            for (const auto& list : orders.members()) {
                const Market* pairMarket = marketByPairKey(*this, list.key);
                std::vector<Order> pairOrders;
                for (const auto& raw : list.value.items()) {
                    pairOrders.push_back(parseOrder(raw, *this, pairMarket));
                }
                pairOrders = sortAndFilterOrders(std::move(pairOrders), "", since, limit);
                out.insert(out.end(), pairOrders.begin(), pairOrders.end());
            }
            return out;
        });
    });
}

void Indodax::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "indodax fetchClosedOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        request<std::vector<Order>>(spec(kOrderHistory, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : result(r)["orders"].items()) {
                Order o = parseOrder(raw, *this, &m);
                if (o.status == "closed") {
                    orders.push_back(std::move(o));
                }
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

} // namespace bourse::ex
