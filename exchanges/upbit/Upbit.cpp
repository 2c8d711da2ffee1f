// SPDX-License-Identifier: GPL-3.0-or-later
#include "Upbit.h"

#include "UpbitParsers.h"
#include "common/AdapterKit.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <set>

namespace bourse::ex {

using namespace upbit;

namespace {

// One REST endpoint and its cost in the description's 50 ms units (quotation 2, account 0.67, order entry 2.5;
// cancelling every open order at once 40, since Upbit allows it once every two seconds).
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

constexpr Endpoint kMarketAll {"public", "GET", "market/all", 2};
constexpr Endpoint kTicker {"public", "GET", "ticker", 2};
constexpr Endpoint kTickerAll {"public", "GET", "ticker/all", 2};
constexpr Endpoint kOrderbook {"public", "GET", "orderbook", 2};
constexpr Endpoint kTradesTicks {"public", "GET", "trades/ticks", 2};
constexpr Endpoint kAccounts {"private", "GET", "accounts", 0.67};
constexpr Endpoint kOrdersChance {"private", "GET", "orders/chance", 0.67};
constexpr Endpoint kOrder {"private", "GET", "order", 0.67};
constexpr Endpoint kOrdersOpen {"private", "GET", "orders/open", 0.67};
constexpr Endpoint kOrdersClosed {"private", "GET", "orders/closed", 0.67};
constexpr Endpoint kDeposits {"private", "GET", "deposits", 0.67};
constexpr Endpoint kWithdraws {"private", "GET", "withdraws", 0.67};
constexpr Endpoint kCoinAddress {"private", "GET", "deposits/coin_address", 0.67};
constexpr Endpoint kCreateOrder {"private", "POST", "orders", 2.5};
constexpr Endpoint kCreateTestOrder {"private", "POST", "orders/test", 2.5};
constexpr Endpoint kCancelOrder {"private", "DELETE", "order", 0.67};

RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params, std::string path = {})
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, path.empty() ? e.path : std::move(path), std::move(request), e.cost};
}

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

Upbit::Upbit(Transport& transport, Clock& clock)
    : Exchange(upbitDescription(), transport, clock)
{
}

std::string upbitAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                               const JsonValue& query)
{
    JsonValue payload = JsonValue::object();
    payload.set("access_key", apiKey);
    payload.set("nonce", nonce);
    if (query.size() > 0) {
        // The hash covers the parameters as key=value&... with nothing escaped, in the order they are sent.
        std::string raw;
        for (const auto& [k, v] : paramPairs(query)) {
            raw += (raw.empty() ? "" : "&") + k + "=" + v;
        }
        payload.set("query_hash", signing::toHex(signing::digest(signing::Hash::Sha512, raw)));
        payload.set("query_hash_alg", "SHA512");
    }
    return "Bearer " + signing::jwtHs256(R"({"alg":"HS256","typ":"JWT"})", payload.dump(), secret);
}

HttpRequest Upbit::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    const bool hasParams = s.params.size() > 0;
    if (s.method != "POST" && hasParams) {
        r.url += "?" + signing::urlencode(paramPairs(s.params));
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    if (s.method == "POST") {
        r.body = s.params.dump();
        r.headers.emplace_back("Content-Type", "application/json");
    }
    r.headers.emplace_back("Authorization",
                           upbitAuthorization(credentials().apiKey, credentials().secret, kit::uuid4(), s.params));
    return r;
}

// {"error":{"name":"insufficient_funds_bid","message":"주문가능한 금액(KRW)이 부족합니다."}}
void Upbit::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef error = json->root()["error"];
    if (!error.isObject()) {
        return;
    }
    const std::string message = error["message"].stringOr("");
    const std::string name = error["name"].stringOr("");
    const std::string feedback = "upbit " + textExcerpt(response.body, 1000);
    for (const std::string& text : {message, name}) {
        if (auto kind = m_description.errors.match(text); kind && !text.empty()) {
            throw Error(*kind, feedback);
        }
    }
    for (const std::string& text : {message, name}) {
        if (auto kind = m_description.errors.matchBroad(text); kind && !text.empty()) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

std::string Upbit::currencyId(const std::string& code) const
{
    return kit::currencyIdFor(*this, code);
}

// ---- market data ----

void Upbit::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarketAll, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r.items()) {
            markets.push_back(parseMarket(raw, m_description));
        }
        return markets;
    });
}

void Upbit::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                         Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue q = object();
        const Endpoint* endpoint = &kTicker;
        if (symbols.empty()) {
            // Every ticker of every quote currency the markets have, sorted so the request is stable.
            std::set<std::string> quoteIds;
            for (const auto& m : markets()) {
                quoteIds.insert(m.quoteId);
            }
            std::string joined;
            for (const auto& id : quoteIds) {
                joined += (joined.empty() ? "" : ",") + id;
            }
            q.set("quote_currencies", joined);
            endpoint = &kTickerAll;
        } else {
            std::string ids;
            for (const auto& s : symbols) {
                ids += (ids.empty() ? "" : ",") + market(s).id;
            }
            q.set("markets", ids);
        }
        request<std::vector<Ticker>>(spec(*endpoint, q, params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r.items()) {
                Ticker t = parseTicker(raw, *this);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Upbit::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    fetchTickers({symbol}, params, [symbol, done](Result<std::vector<Ticker>> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        for (auto& t : result.value()) {
            if (t.symbol == symbol) {
                done(std::move(t));
                return;
            }
        }
        done(Error(ErrorKind::BadResponse, "upbit sent no ticker for " + symbol));
    });
}

void Upbit::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("markets", m.id);
        if (limit) {
            q.set("count", *limit);
        }
        request<OrderBook>(spec(kOrderbook, q, params), done, [this, m](const JsonRef& r) {
            for (const auto& raw : r.items()) {
                if (raw["market"].stringOr("") == m.id) {
                    return parseOrderBook(raw, *this);
                }
            }
            throw Error(ErrorKind::BadResponse, "upbit sent no order book for " + m.symbol);
        });
    });
}

void Upbit::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        const long long count = limit.value_or(200);
        JsonValue q = object();
        q.set("market", m.id);
        q.set("count", count);
        request<std::vector<Trade>>(spec(kTradesTicks, q, params), done, [this, m, since, count](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, count);
        });
    });
}

void Upbit::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                       const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        const long long seconds = kit::timeframeSeconds(timeframe);
        const std::string unit = m_description.timeframe(timeframe).value_or(timeframe);
        const long long count = limit.value_or(200);
        JsonValue q = object();
        q.set("market", m.id);
        q.set("count", count);
        if (since) {
            // Upbit pages backwards from `to`: the end of the window that starts at `since`.
            q.set("to", iso8601(*since + seconds * count * 1000));
        }
        std::string path = "candles/" + unit;
        if (unit == "minutes") {
            path += "/" + std::to_string((seconds + 30) / 60);
        }
        Endpoint candles {"public", "GET", "", 2};
        request<std::vector<Ohlcv>>(spec(candles, q, params, path), done, [since, count](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r.items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, count);
        });
    });
}

// ---- account ----

void Upbit::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kAccounts, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Upbit::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        request<TradingFee>(spec(kOrdersChance, q, params), done,
                            [m](const JsonRef& r) { return parseTradingFee(r, m.symbol); });
    });
}

void Upbit::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    // Upbit has no fee list: the fees are the markets' own (0.05 % on KRW, 0.25 % elsewhere).
    fetchMarkets(params, [done](Result<std::vector<Market>> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        std::vector<TradingFee> fees;
        for (const auto& m : result.value()) {
            TradingFee f;
            f.symbol = m.symbol;
            f.maker = m.maker;
            f.taker = m.taker;
            f.percentage = true;
            f.tierBased = false;
            f.info = m.toJson();
            fees.push_back(std::move(f));
        }
        done(std::move(fees));
    });
}

// ---- orders ----

JsonValue Upbit::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                              const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "upbit createOrder() supports only buy or sell in the side argument");
    }
    auto clientOrderId = kit::takeTextParam(params, "clientOrderId");
    auto customType = kit::takeTextParam2(params, "ordType", "ord_type");
    auto timeInForce = kit::takeTextParam2(params, "timeInForce", "time_in_force");
    auto postOnlyParam = kit::takeBoolParam(params, "postOnly");
    auto stp = kit::takeTextParam2(params, "selfTradePrevention", "smp_type");
    auto cost = kit::takeTextParam(params, "cost");
    auto requiresPrice = kit::takeBoolParam(params, "createMarketBuyOrderRequiresPrice");
    params.remove("test");
    const std::string tif = kit::lower(timeInForce.value_or(""));
    const bool postOnly = postOnlyParam.value_or(false) || tif == "po";
    if (postOnly && type == "market") {
        throw Error(ErrorKind::InvalidOrder, "upbit createOrder() a market order cannot be post-only");
    }
    if (postOnly && stp) {
        throw Error(ErrorKind::ExchangeError,
                    "upbit createOrder() does not support post_only and selfTradePrevention simultaneously");
    }
    // A market buy spends an amount of quote currency: `cost`, else amount * price, else (when the caller says
    // the price is not required) the amount itself.
    auto quoteToSpend = [&]() {
        if (cost) {
            auto c = Decimal::parse(*cost);
            if (!c) {
                throw Error(ErrorKind::InvalidOrder, "upbit createOrder() cost is not a number: " + *cost);
            }
            return costToPrecision(m, *c);
        }
        if (requiresPrice.value_or(true)) {
            if (!price) {
                throw Error(ErrorKind::InvalidOrder,
                            "upbit createOrder() requires the price argument for market buy orders to calculate the "
                            "total cost to spend (amount * price), or params.cost, or "
                            "params.createMarketBuyOrderRequiresPrice = false with the cost as the amount");
            }
            return costToPrecision(m, amount * *price);
        }
        return costToPrecision(m, amount);
    };
    JsonValue q = object();
    q.set("market", m.id);
    q.set("side", side == "buy" ? "bid" : "ask");
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "upbit createOrder() a limit order requires a price");
        }
        q.set("ord_type", "limit");
        q.set("price", priceToPrecision(m, *price));
        q.set("volume", amountToPrecision(m, amount));
    } else if (type == "market") {
        if (side == "buy") {
            q.set("ord_type", "price");
            q.set("price", quoteToSpend());
        } else {
            q.set("ord_type", "market");
            q.set("volume", amountToPrecision(m, amount));
        }
    } else {
        throw Error(ErrorKind::InvalidOrder, "upbit createOrder() supports only limit or market types");
    }
    if (customType == "best") {
        // A "best" order takes the best opposite price, IOC or FOK.
        q = object();
        q.set("market", m.id);
        q.set("side", side == "buy" ? "bid" : "ask");
        q.set("ord_type", "best");
        if (side == "buy") {
            q.set("price", quoteToSpend());
        } else {
            q.set("volume", amountToPrecision(m, amount));
        }
        if (tif.empty()) {
            throw Error(ErrorKind::ArgumentsRequired, "upbit createOrder() requires a timeInForce for best orders");
        }
    } else if (customType) {
        params.set("ord_type", *customType);
    }
    if (clientOrderId) {
        q.set("identifier", *clientOrderId);
    }
    if (postOnly) {
        if (q.find("ord_type")->asString() != "limit") {
            throw Error(ErrorKind::InvalidOrder, "upbit postOnly orders are only supported for limit orders");
        }
        q.set("time_in_force", "post_only");
    }
    if (tif == "ioc" || tif == "fok") {
        q.set("time_in_force", tif);
    }
    if (stp) {
        q.set("smp_type", *stp);
    }
    return q;
}

void Upbit::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                        const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // orders/test validates the order without placing it.
        const bool test = kit::boolParam(extra, "test").value_or(false);
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(test ? kCreateTestOrder : kCreateOrder, q, extra), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this); });
    });
}

void Upbit::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol; // Upbit cancels by uuid (or identifier) alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue extra = params;
        JsonValue q = object();
        if (auto clientOrderId = kit::takeTextParam(extra, "clientOrderId"); clientOrderId && id.empty()) {
            q.set("identifier", *clientOrderId);
        } else {
            q.set("uuid", id);
        }
        request<Order>(spec(kCancelOrder, q, extra), done, [this](const JsonRef& r) { return parseOrder(r, *this); });
    });
}

void Upbit::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue extra = params;
        JsonValue q = object();
        if (auto clientOrderId = kit::takeTextParam(extra, "clientOrderId"); clientOrderId && id.empty()) {
            q.set("identifier", *clientOrderId);
        } else {
            q.set("uuid", id);
        }
        request<Order>(spec(kOrder, q, extra), done, [this](const JsonRef& r) { return parseOrder(r, *this); });
    });
}

void Upbit::fetchOrderList(const char* path, JsonValue q, const std::string& symbol, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) mutable {
        JsonValue extra = params;
        if (m) {
            q.set("market", m->id);
        }
        const bool closed = std::string(path) == "orders/closed";
        if (closed && since) {
            q.set("start_time", *since);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        if (closed) {
            auto until = kit::takeTextParam2(extra, "until", "till");
            if (until) {
                q.set("end_time", JsonValue::number(*until));
            }
        }
        std::string unifiedSymbol = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(closed ? kOrdersClosed : kOrdersOpen, q, extra), done,
                                    [this, unifiedSymbol, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r.items()) {
                                            orders.push_back(parseOrder(raw, *this));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Order>>(done, [run]() mutable { run(nullptr); });
    } else {
        withMarket<std::vector<Order>>(symbol, done, [run](const Market& m) mutable { run(&m); });
    }
}

void Upbit::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    fetchOrderList("orders/open", object(), symbol, since, limit, params, std::move(done));
}

void Upbit::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    JsonValue q = object();
    q.set("state", "done");
    fetchOrderList("orders/closed", std::move(q), symbol, since, limit, params, std::move(done));
}

// ---- funding ----

void Upbit::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        // Upbit keeps one address per network and wants the network named.
        auto network = kit::takeTextParam(extra, "network");
        if (!network) {
            throw Error(ErrorKind::ArgumentsRequired, "upbit fetchDepositAddress() requires params[\"network\"]");
        }
        JsonValue q = object();
        q.set("currency", currencyId(code));
        q.set("net_type", *network);
        request<DepositAddress>(spec(kCoinAddress, q, extra), done,
                                [this](const JsonRef& r) { return parseDepositAddress(r, *this); });
    });
}

void Upbit::fetchTransactions(const char* path, const std::string& code, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (!code.empty()) {
            q.set("currency", currencyId(code));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        const Endpoint& e = std::string(path) == "deposits" ? kDeposits : kWithdraws;
        request<std::vector<Transaction>>(spec(e, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r.items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Upbit::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done)
{
    fetchTransactions("deposits", code, since, limit, params, std::move(done));
}

void Upbit::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchTransactions("withdraws", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
