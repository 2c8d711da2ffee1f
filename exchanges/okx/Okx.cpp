// SPDX-License-Identifier: GPL-3.0-or-later
#include "Okx.h"

#include "OkxParams.h"
#include "OkxParsers.h"
#include "OkxSigner.h"
#include "OkxStream.h"
#include "core/Filtering.h"

#include <algorithm>
#include <map>

namespace bourse::ex {

using namespace okx;

namespace {

// One REST endpoint and its cost in units of the description's rate limit (ccxt's figures, read off OKX's
// per-endpoint limits: 20 requests per 2 s is cost 1, 60 per 2 s is 1/3, 300 per 2 s is 1/15).
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

constexpr Endpoint kTime {"public", "GET", "public/time", 2};
constexpr Endpoint kInstruments {"public", "GET", "public/instruments", 1};
constexpr Endpoint kTicker {"public", "GET", "market/ticker", 1};
constexpr Endpoint kTickers {"public", "GET", "market/tickers", 1};
constexpr Endpoint kBooks {"public", "GET", "market/books", 1.0 / 2};
constexpr Endpoint kBooksFull {"public", "GET", "market/books-full", 2};
constexpr Endpoint kBooksRpi {"public", "GET", "market/books-rpi", 1.0 / 2};
constexpr Endpoint kTrades {"public", "GET", "market/trades", 1.0 / 5};
constexpr Endpoint kHistoryTrades {"public", "GET", "market/history-trades", 2};
constexpr Endpoint kCandles {"public", "GET", "market/candles", 1.0 / 2};
constexpr Endpoint kHistoryCandles {"public", "GET", "market/history-candles", 1};
constexpr Endpoint kMarkCandles {"public", "GET", "market/mark-price-candles", 1};
constexpr Endpoint kHistoryMarkCandles {"public", "GET", "market/history-mark-price-candles", 1};
constexpr Endpoint kIndexCandles {"public", "GET", "market/index-candles", 1};
constexpr Endpoint kHistoryIndexCandles {"public", "GET", "market/history-index-candles", 2};
constexpr Endpoint kCurrencies {"private", "GET", "asset/currencies", 5.0 / 3};
constexpr Endpoint kAccountBalance {"private", "GET", "account/balance", 2};
constexpr Endpoint kFundingBalance {"private", "GET", "asset/balances", 5.0 / 3};
constexpr Endpoint kTradeFee {"private", "GET", "account/trade-fee", 4};
constexpr Endpoint kPlaceOrder {"private", "POST", "trade/order", 1.0 / 3};
constexpr Endpoint kBatchOrders {"private", "POST", "trade/batch-orders", 1.0 / 15};
constexpr Endpoint kPlaceAlgo {"private", "POST", "trade/order-algo", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "trade/cancel-order", 1.0 / 3};
constexpr Endpoint kCancelAlgos {"private", "POST", "trade/cancel-algos", 1};
constexpr Endpoint kOrder {"private", "GET", "trade/order", 1.0 / 3};
constexpr Endpoint kAlgoOrder {"private", "GET", "trade/order-algo", 1};
constexpr Endpoint kOrdersPending {"private", "GET", "trade/orders-pending", 1.0 / 3};
constexpr Endpoint kAlgoPending {"private", "GET", "trade/orders-algo-pending", 1};
constexpr Endpoint kOrdersHistory {"private", "GET", "trade/orders-history", 1.0 / 2};
constexpr Endpoint kOrdersArchive {"private", "GET", "trade/orders-history-archive", 1};
constexpr Endpoint kAlgoHistory {"private", "GET", "trade/orders-algo-history", 1};
constexpr Endpoint kFillsHistory {"private", "GET", "trade/fills-history", 2};
constexpr Endpoint kDepositAddress {"private", "GET", "asset/deposit-address", 5.0 / 3};
constexpr Endpoint kDepositHistory {"private", "GET", "asset/deposit-history", 5.0 / 3};
constexpr Endpoint kWithdrawalHistory {"private", "GET", "asset/withdrawal-history", 5.0 / 3};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)).
RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, e.path, std::move(request), e.cost};
}

JsonValue object()
{
    return JsonValue::object();
}

// The algo order kinds OKX keeps apart from ordinary orders (their own pending/history/cancel calls).
bool isAlgoType(const OptString& ordType)
{
    static const char* const kinds[] = {"conditional", "trigger", "oco", "move_order_stop", "iceberg", "twap"};
    return ordType && std::any_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return *ordType == k; });
}

// The instrument type a call is about: params.instType or params.type (taken out), spot by default.
std::string instType(JsonValue& params)
{
    auto type = firstText(params, {"type", "instType"});
    removeAll(params, {"type", "instType"});
    static const std::map<std::string, std::string> types {
        {"spot", "SPOT"},      {"margin", "MARGIN"},   {"swap", "SWAP"},
        {"future", "FUTURES"}, {"futures", "FUTURES"}, {"option", "OPTION"},
    };
    auto it = types.find(type.value_or("spot"));
    return it == types.end() ? type.value_or("SPOT") : it->second;
}

// `until` / `till` in milliseconds as the request's `key` (ccxt's handleUntilOption).
void untilAs(const char* key, JsonValue& request, JsonValue& params)
{
    auto until = firstText(params, {"until", "till"});
    removeAll(params, {"until", "till"});
    if (until) {
        if (auto ms = Decimal::parse(*until)) {
            request.set(key, ms->toInt64());
        }
    }
}

// A timeframe's length in seconds ("1h" -> 3600; months are 30 days and years 365, as ccxt counts them).
long long timeframeSeconds(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        throw Error(ErrorKind::BadRequest, "okx: no such timeframe " + timeframe);
    }
    const long long amount = std::stoll(timeframe.substr(0, timeframe.size() - 1));
    static const std::map<char, long long> units {{'s', 1},      {'m', 60},      {'h', 3600},    {'d', 86400},
                                                  {'w', 604800}, {'M', 2592000}, {'y', 31536000}};
    auto it = units.find(timeframe.back());
    if (it == units.end()) {
        throw Error(ErrorKind::BadRequest, "okx: no such timeframe " + timeframe);
    }
    return amount * it->second;
}

// Every element of an answer's data list, parsed.
template<typename T, typename Parse> std::vector<T> parseEach(const JsonRef& list, Parse parse)
{
    std::vector<T> out;
    out.reserve(list.size());
    for (const auto& raw : list.items()) {
        out.push_back(parse(raw));
    }
    return out;
}

} // namespace

Okx::Okx(Transport& transport, Clock& clock)
    : Okx(transport, clock, okxDescription())
{
}

Okx::Okx(Transport& transport, Clock& clock, ExchangeDescription description)
    : Exchange(std::move(description), transport, clock)
{
}

OkxUs::OkxUs(Transport& transport, Clock& clock)
    : Okx(transport, clock, okxusDescription())
{
}

// ---- codes and markets ----

std::string Okx::symbolOf(std::string_view instId, const Market* market) const
{
    if (!instId.empty()) {
        if (const Market* m = findMarketById(instId)) {
            return m->symbol;
        }
        // An instrument the markets do not list (delisted, or markets not loaded): BTC-USDT reads as BTC/USDT.
        auto dash = instId.find('-');
        if (dash != std::string_view::npos && instId.find('-', dash + 1) == std::string_view::npos) {
            return safeCurrencyCode(instId.substr(0, dash)) + "/" + safeCurrencyCode(instId.substr(dash + 1));
        }
        if (!market) {
            return std::string(instId);
        }
    }
    return market ? market->symbol : std::string(instId);
}

std::string Okx::currencyId(const std::string& code) const
{
    if (const Currency* c = findCurrency(code)) {
        return c->id;
    }
    for (const auto& [id, common] : m_description.commonCurrencies) {
        if (common == code) {
            return id;
        }
    }
    return code;
}

// ---- signing and errors ----

HttpRequest Okx::sign(const RequestSpec& s)
{
    const std::string url = apiUrl(s.api) + "/" + s.path;
    HttpRequest r;
    if (s.api == "private") {
        requireCredentials();
        // The signed path is the one on OKX's host ("/api/v5/trade/order"), whatever origin --api-url names.
        const std::string& base = m_description.api.at(s.api);
        auto hostEnd = base.find('/', base.find("://") + 3);
        const std::string requestPath =
            (hostEnd == std::string::npos ? std::string() : base.substr(hostEnd)) + "/" + s.path;
        r = signPrivate({s.method, url, requestPath, s.params}, clock().milliseconds(), credentials().apiKey,
                        credentials().secret, credentials().password);
    } else {
        r.method = s.method;
        r.url = url;
        if (s.params.size() > 0) {
            r.url += "?" + queryString(s.params);
        }
    }
    if (options().sandbox) {
        // OKX's demo trading shares the production host; this header routes a request to it.
        r.headers.emplace_back("x-simulated-trading", "1");
    }
    return r;
}

// {"code":"51008","msg":"Order failed. Insufficient USDT balance in account.","data":[]}, or for an order call
// {"code":"1","msg":"","data":[{"sCode":"51119","sMsg":"..."}]}. code 2 is a batch that partly succeeded: the
// orders say which.
void Okx::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || !json->root().has("code")) {
        if (response.status == 429) {
            throw Error(ErrorKind::ExchangeNotAvailable, "okx HTTP 429 " + textExcerpt(response.body, 200));
        }
        return;
    }
    const JsonRef root = json->root();
    const std::string code = root["code"].stringOr("");
    if (code == "0" || code == "2") {
        return;
    }
    const std::string message = "okx " + textExcerpt(response.body, 1000);
    for (const auto& item : root["data"].items()) {
        if (auto kind = m_description.errors.match(item["sCode"].stringOr(""))) {
            throw Error(*kind, message);
        }
        if (auto kind = m_description.errors.matchBroad(item["sMsg"].stringOr(""))) {
            throw Error(*kind, message);
        }
    }
    if (auto kind = m_description.errors.match(code)) {
        throw Error(*kind, message);
    }
    throw Error(ErrorKind::ExchangeError, message);
}

// ---- markets and currencies ----

void Okx::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    JsonValue q = object();
    q.set("instType", "SPOT");
    request<std::vector<Market>>(spec(kInstruments, q, params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"].items()) {
            // Placeholder instruments before a listing can come without an id.
            if (raw["instId"].stringOr("").empty()) {
                continue;
            }
            if (options().sandbox && raw["instFamily"].stringOr("").starts_with("TEST")) {
                continue; // the demo environment's test instruments
            }
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Okx::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    // OKX lists currencies only to a signed-in account; without keys (or on the demo host) there are none.
    if (credentials().apiKey.empty() || credentials().secret.empty() || credentials().password.empty()
        || options().sandbox) {
        done(std::vector<Currency>());
        return;
    }
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        // One entry per chain: grouped by currency, in the order currencies first appear.
        std::vector<std::string> order;
        std::map<std::string, std::vector<JsonRef>> chains;
        for (const auto& raw : r["data"].items()) {
            const std::string ccy = raw["ccy"].stringOr("");
            if (chains.find(ccy) == chains.end()) {
                order.push_back(ccy);
            }
            chains[ccy].push_back(raw);
        }
        std::vector<Currency> currencies;
        currencies.reserve(order.size());
        for (const auto& ccy : order) {
            currencies.push_back(parseCurrency(chains[ccy], *this));
        }
        return currencies;
    });
}

// ---- market data ----

void Okx::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTime, object(), params), std::move(done), [](const JsonRef& r) {
        // {"code":"0","data":[{"ts":"1621247923668"}],"msg":""}
        auto ts = r["data"][0]["ts"].integer();
        if (!ts) {
            throw Error(ErrorKind::BadResponse, "okx public/time answer has no ts");
        }
        return *ts;
    });
}

void Okx::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("instId", m.id);
        request<Ticker>(spec(kTicker, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"][0], &m, *this); });
    });
}

void Okx::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                       Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        JsonValue extra = params;
        JsonValue q = object();
        q.set("instType", instType(extra));
        request<std::vector<Ticker>>(spec(kTickers, q, extra), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r["data"].items()) {
                Ticker t = parseTicker(raw, nullptr, *this);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Okx::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue extra = params;
        // rpi: the book with retail-price-improvement orders (400 levels at most); method
        // publicGetMarketBooksFull: the full-depth call (5000 levels by default).
        const bool rpi = isTrue(extra, "rpi");
        const std::string method = firstText(extra, {"method"}).value_or("publicGetMarketBooks");
        removeAll(extra, {"rpi", "method"});
        long long size = limit.value_or(method == "publicGetMarketBooksFull" ? 5000 : 100);
        if (rpi && size > 400) {
            size = 400;
        }
        JsonValue q = object();
        q.set("instId", m.id);
        q.set("sz", size);
        const Endpoint& endpoint =
            rpi ? kBooksRpi : (method == "publicGetMarketBooksFull" || size > 400 ? kBooksFull : kBooks);
        request<OrderBook>(spec(endpoint, q, extra), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["data"][0], m.symbol); });
    });
}

void Okx::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                      Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate"); // one page per call
        // market/trades: the last 500 trades; market/history-trades pages further back (params.method).
        const bool history = firstText(extra, {"method"}) == std::string("publicGetMarketHistoryTrades");
        extra.remove("method");
        JsonValue q = object();
        q.set("instId", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(
            spec(history ? kHistoryTrades : kTrades, q, extra), done, [this, m, since, limit](const JsonRef& r) {
                auto trades =
                    parseEach<Trade>(r["data"], [&](const JsonRef& raw) { return parseTrade(raw, &m, *this); });
                return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
            });
    });
}

void Okx::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                     const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        // price: "mark" or "index" candles instead of trade prices (100 per call at most).
        const OptString priceType = firstText(extra, {"price"});
        extra.remove("price");
        const bool markOrIndex = priceType == std::string("mark") || priceType == std::string("index");
        const long long maxLimit = markOrIndex ? 100 : 300;
        long long count = limit ? std::min(*limit, maxLimit) : 100;
        const long long duration = timeframeSeconds(timeframe);
        std::string bar = m_description.timeframe(timeframe).value_or(timeframe);
        if (duration >= 21600) {
            bar += "utc"; // 6h and longer: candles cut at UTC midnight rather than Hong Kong's
        }
        JsonValue q = object();
        q.set("instId",
              markOrIndex && priceType == std::string("index")
                  ? (m.info.find("instFamily") ? m.info.find("instFamily")->asString().value_or(m.id) : m.id)
                  : m.id);
        q.set("bar", bar);
        q.set("limit", count);
        bool history = false;
        if (since) {
            // market/candles holds the last 1440 candles; older ones come from history-candles.
            const long long durationMs = duration * 1000;
            if (*since < clock().milliseconds() - 1439 * durationMs) {
                history = true;
            }
            q.set("before", std::max(*since - 1, 0LL));
            q.set("after", *since + durationMs * count);
        }
        if (auto until = firstText(extra, {"until"})) {
            if (auto ms = Decimal::parse(*until)) {
                q.set("after", ms->toInt64());
            }
            extra.remove("until");
        }
        if (auto type = firstText(extra, {"type"})) {
            history = *type == "HistoryCandles";
        }
        extra.remove("type");
        if (history && !markOrIndex && !limit) {
            count = 300; // history-candles pages 300 at a time
            q.set("limit", count);
        }
        const Endpoint* endpoint = history ? &kHistoryCandles : &kCandles;
        if (priceType == std::string("mark")) {
            endpoint = history ? &kHistoryMarkCandles : &kMarkCandles;
        } else if (priceType == std::string("index")) {
            endpoint = history ? &kHistoryIndexCandles : &kIndexCandles;
        }
        request<std::vector<Ohlcv>>(spec(*endpoint, q, extra), done, [since, count](const JsonRef& r) {
            auto candles = parseEach<Ohlcv>(r["data"], parseOhlcv);
            return sortAndFilterOhlcv(std::move(candles), since, count);
        });
    });
}

// ---- account ----

void Okx::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        // The trading account by default; params.type "funding" asks for the funding account.
        JsonValue extra = params;
        auto type = firstText(extra, {"type", "instType"});
        removeAll(extra, {"type", "instType"});
        const bool funding = type == std::string("funding");
        request<Balance>(spec(funding ? kFundingBalance : kAccountBalance, object(), extra), done,
                         [this, funding](const JsonRef& r) {
                             return funding ? parseFundingBalance(r, *this) : parseTradingBalance(r, *this);
                         });
    });
}

void Okx::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("instType", "SPOT");
        q.set("instId", m.id);
        request<TradingFee>(spec(kTradeFee, q, params), done,
                            [m](const JsonRef& r) { return parseTradingFee(r["data"][0], m); });
    });
}

// ---- orders ----

void Okx::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                      const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        const auto ordType = req.find("ordType")->asString();
        // Stops, trailing stops, OCO pairs, icebergs and TWAP go through the algo call; plain orders through the
        // batch call with one order (ccxt's default: its answer carries the order's sCode).
        const bool algo = ordType == std::string("trigger") || ordType == std::string("conditional")
            || ordType == std::string("move_order_stop") || type == "move_order_stop" || type == "oco"
            || type == "iceberg" || type == "twap";
        RequestSpec s;
        if (algo) {
            s = spec(kPlaceAlgo, std::move(req), object());
        } else {
            JsonValue batch = JsonValue::array();
            batch.push(std::move(req));
            s = RequestSpec {kBatchOrders.api, kBatchOrders.method, kBatchOrders.path, std::move(batch),
                             kBatchOrders.cost};
        }
        request<Order>(s, done, [this, m, type, side](const JsonRef& r) {
            // A refused order (sCode not 0) comes back with its status only, as ccxt reports it.
            Order o = parseOrder(r["data"][0], &m, *this);
            o.type = type;
            o.side = side;
            return o;
        });
    });
}

void Okx::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "okx cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue extra = params;
        const auto clientOrderId = firstText(extra, {"clOrdId", "clientOrderId"});
        removeAll(extra, {"clOrdId", "clientOrderId"});
        const bool algo = isTrue(extra, "stop") || isTrue(extra, "trigger") || isTrue(extra, "trailing");
        if (algo) {
            // Algo orders cancel through cancel-algos, a list of {algoId|algoClOrdId, instId}.
            JsonValue entry = object();
            if (clientOrderId) {
                entry.set("instId", m.id);
                entry.set("algoClOrdId", *clientOrderId);
            } else {
                entry.set("algoId", id);
                entry.set("instId", m.id);
            }
            JsonValue list = JsonValue::array();
            list.push(std::move(entry));
            RequestSpec s {kCancelAlgos.api, kCancelAlgos.method, kCancelAlgos.path, std::move(list),
                           kCancelAlgos.cost};
            request<Order>(s, done, [this, m](const JsonRef& r) { return parseOrder(r["data"][0], &m, *this); });
            return;
        }
        JsonValue q = object();
        q.set("instId", m.id);
        if (clientOrderId) {
            q.set("clOrdId", *clientOrderId);
        } else {
            q.set("ordId", id);
        }
        request<Order>(spec(kCancelOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"][0], &m, *this); });
    });
}

void Okx::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "okx fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue extra = params;
        const auto clientOrderId = firstText(extra, {"clOrdId", "clientOrderId"});
        const bool algo = isTrue(extra, "stop") || isTrue(extra, "trigger")
            || firstText(extra, {"method"}) == std::string("privateGetTradeOrderAlgo");
        removeAll(extra, {"method", "clOrdId", "clientOrderId", "stop", "trigger"});
        JsonValue q = object();
        q.set("instId", m.id);
        if (clientOrderId) {
            q.set(algo ? "algoClOrdId" : "clOrdId", *clientOrderId);
        } else {
            q.set(algo ? "algoId" : "ordId", id);
        }
        request<Order>(spec(algo ? kAlgoOrder : kOrder, q, extra), done, [this, m, id](const JsonRef& r) {
            if (r["data"][0].isMissing()) {
                throw Error(ErrorKind::OrderNotFound, "okx fetchOrder() found no order " + id);
            }
            return parseOrder(r["data"][0], &m, *this);
        });
    });
}

// orders-pending (open) or orders-history (closed, 7 days; orders-history-archive covers 3 months with
// params.method), or their algo counterparts for stops, trailing stops and the other algo kinds.
void Okx::fetchOrderList(bool closed, const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (m) {
            q.set("instId", m->id);
        }
        if (closed) {
            q.set("instType", instType(extra));
        }
        if (limit) {
            q.set("limit", std::min(*limit, 100LL));
        }
        const auto ordType = firstText(extra, {"ordType"});
        const bool trigger = isTrue(extra, "stop") || isTrue(extra, "trigger");
        const bool trailing = isTrue(extra, "trailing");
        const auto method = firstText(extra, {"method"});
        const bool algo = trailing || trigger || isAlgoType(ordType)
            || method == std::string(closed ? "privateGetTradeOrdersAlgoHistory" : "privateGetTradeOrdersAlgoPending");
        if (closed && algo) {
            q.set("state", "effective"); // an algo order that fired
        }
        if (trailing) {
            q.set("ordType", "move_order_stop");
        } else if (trigger) {
            if (!ordType) {
                q.set("ordType", "trigger");
            }
        } else if (closed) {
            if (since) {
                q.set("begin", *since);
            }
            untilAs("end", q, extra);
            q.set("state", "filled");
        }
        removeAll(extra, {"method", "stop", "trigger", "trailing"});
        const Endpoint* endpoint = algo ? &kAlgoPending : &kOrdersPending;
        if (closed) {
            endpoint = algo                                                    ? &kAlgoHistory
                : method == std::string("privateGetTradeOrdersHistoryArchive") ? &kOrdersArchive
                                                                               : &kOrdersHistory;
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(*endpoint, q, extra), done, [this, m, wanted, since, limit](const JsonRef& r) {
            auto orders = parseEach<Order>(r["data"], [&](const JsonRef& raw) { return parseOrder(raw, m, *this); });
            return sortAndFilterOrders(std::move(orders), wanted, since, limit);
        });
    });
}

void Okx::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    fetchOrderList(false, symbol, since, limit, params, std::move(done));
}

void Okx::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    fetchOrderList(true, symbol, since, limit, params, std::move(done));
}

void Okx::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (m) {
            q.set("instId", m->id);
        }
        if (since) {
            q.set("begin", *since);
        }
        untilAs("end", q, extra);
        q.set("instType", instType(extra));
        // With a start, OKX would still answer the most recent `limit` fills, not the first after it.
        if (limit && !since) {
            q.set("limit", *limit);
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Trade>>(
            spec(kFillsHistory, q, extra), done, [this, m, wanted, since, limit](const JsonRef& r) {
                auto trades =
                    parseEach<Trade>(r["data"], [&](const JsonRef& raw) { return parseTrade(raw, m, *this); });
                return sortAndFilterTrades(std::move(trades), wanted, since, limit);
            });
    });
}

// ---- funding ----

void Okx::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        const auto network = firstText(extra, {"network"});
        extra.remove("network");
        const std::string wanted = network ? networkIdToCode(*network) : std::string();
        JsonValue q = object();
        q.set("ccy", currencyId(code));
        request<DepositAddress>(spec(kDepositAddress, q, extra), done, [this, code, wanted](const JsonRef& r) {
            // One address per chain; `selected` marks the one OKX offers for each. The network asked for, else the
            // currency's own chain (BTC on Bitcoin), else the first.
            std::vector<DepositAddress> addresses;
            for (const auto& raw : r["data"].items()) {
                if (raw["selected"].boolean() == true) {
                    addresses.push_back(parseDepositAddress(raw, code, *this));
                }
            }
            auto on = [&](const std::string& net) {
                return std::find_if(addresses.begin(), addresses.end(),
                                    [&](const DepositAddress& a) { return a.network == net; });
            };
            if (!wanted.empty()) {
                auto it = on(wanted);
                if (it == addresses.end()) {
                    throw Error(ErrorKind::InvalidAddress,
                                "okx fetchDepositAddress() cannot find " + wanted + " deposit address for " + code);
                }
                return *it;
            }
            if (auto it = on(networkIdToCode(code)); it != addresses.end()) {
                return *it;
            }
            if (addresses.empty()) {
                throw Error(ErrorKind::InvalidAddress, "okx fetchDepositAddress() found no address for " + code);
            }
            return addresses.front();
        });
    });
}

void Okx::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (!code.empty()) {
            q.set("ccy", currencyId(code));
        }
        if (since) {
            q.set("before", std::max(*since - 1, 0LL));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        untilAs("after", q, extra);
        request<std::vector<Transaction>>(
            spec(deposits ? kDepositHistory : kWithdrawalHistory, q, extra), done, [=, this](const JsonRef& r) {
                auto items =
                    parseEach<Transaction>(r["data"], [&](const JsonRef& raw) { return parseTransaction(raw, *this); });
                return filterTransactions(std::move(items), code, since, limit);
            });
    });
}

void Okx::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Okx::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

MarketFeed* Okx::marketFeed()
{
    // okxus has its own stream host, as it has its own REST host.
    const std::string base = id() == "okxus" ? "wss://wsus.okx.com:8443/ws/v5" : "wss://ws.okx.com:8443/ws/v5";
    return websocketFeed([base] { return std::make_unique<OkxStream>(base); });
}

} // namespace bourse::ex
