// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseExchange.h"

#include "CoinbaseCommon.h"
#include "CoinbaseExchangeParsers.h"
#include "CoinbaseExchangeSigner.h"
#include "CoinbaseExchangeStream.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace coinbaseexchange;
using coinbasecommon::listQuery;
using coinbasecommon::spec;
using coinbasecommon::takeEither;
using coinbasecommon::textParam;
using coinbasecommon::untilAsIso;

namespace {

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

CoinbaseExchange::CoinbaseExchange(Transport& transport, Clock& clock)
    : Exchange(coinbaseExchangeDescription(), transport, clock)
{
}

// ---- signing and errors ----

HttpRequest CoinbaseExchange::sign(const RequestSpec& s)
{
    std::string requestPath = "/" + s.path;
    HttpRequest r;
    r.method = s.method;
    if (s.method == "GET") {
        if (s.params.size() > 0) {
            requestPath += "?" + signing::urlencode(paramPairs(s.params));
        }
    } else if (s.params.size() > 0) {
        r.body = s.params.dump();
    }
    r.url = apiUrl(s.api) + requestPath;
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    const std::string timestamp = std::to_string(clock().milliseconds() / 1000);
    r.headers.emplace_back("CB-ACCESS-KEY", credentials().apiKey);
    r.headers.emplace_back("CB-ACCESS-SIGN",
                           accessSign(timestamp, s.method, requestPath, r.body, credentials().secret));
    r.headers.emplace_back("CB-ACCESS-TIMESTAMP", timestamp);
    r.headers.emplace_back("CB-ACCESS-PASSPHRASE", credentials().password);
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

// {"message":"Insufficient funds"} with HTTP 400; {"message":"NotFound"} with 404. Other statuses go to the
// shared mapping (401 keys, 429 limits, 5xx) after the message had its chance to name something more precise.
void CoinbaseExchange::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    const bool clientError = response.status == 400 || response.status == 404;
    if (!json || !json->root().isObject()) {
        if (clientError) {
            throw Error(ErrorKind::ExchangeError, "coinbaseexchange " + textExcerpt(response.body, 500));
        }
        return;
    }
    JsonRef message = json->root()["message"];
    if (message.isMissing()) {
        return;
    }
    const std::string text = message.stringOr("");
    if (auto kind = m_description.errors.match(text)) {
        throw Error(*kind, "coinbaseexchange " + text);
    }
    if (auto kind = m_description.errors.matchBroad(text)) {
        throw Error(*kind, "coinbaseexchange " + text);
    }
    // An unknown message on a 4xx/2xx answer is the exchange saying no; 401/429/5xx keep their own meaning.
    if (clientError || (response.status >= 200 && response.status < 300)) {
        throw Error(ErrorKind::ExchangeError, "coinbaseexchange " + textExcerpt(response.body, 500));
    }
}

// ---- markets and currencies ----

void CoinbaseExchange::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec("public", "GET", "products", object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r.items()) {
                                         markets.push_back(parseMarket(raw, *this));
                                     }
                                     return markets;
                                 });
}

void CoinbaseExchange::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec("public", "GET", "currencies", object(), params), std::move(done),
                                   [this](const JsonRef& r) {
                                       std::vector<Currency> currencies;
                                       for (const auto& raw : r.items()) {
                                           currencies.push_back(parseCurrency(raw, *this));
                                       }
                                       return currencies;
                                   });
}

// ---- market data ----

void CoinbaseExchange::fetchTime(const JsonValue& params, Callback<long long> done)
{
    // {"iso":"2015-01-07T23:47:25.201Z","epoch":1420674445.201}
    request<long long>(spec("public", "GET", "time", object(), params), std::move(done), [](const JsonRef& r) {
        auto ms = parseTime(r);
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "coinbaseexchange time answer has no epoch");
        }
        return *ms;
    });
}

void CoinbaseExchange::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec("public", "GET", "products/" + m.id + "/ticker", object(), params), done,
                        [m](const JsonRef& r) { return parseTicker(r, &m); });
    });
}

void CoinbaseExchange::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                                    Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        // The spark lines are the one call that covers every product: the last hour's candles, newest first.
        request<std::vector<Ticker>>(
            spec("public", "GET", "products/spark-lines", object(), params), done, [this, symbols](const JsonRef& r) {
                std::vector<Ticker> tickers;
                for (const auto& [id, candles] : r.members()) {
                    const Market* m = findMarketById(id);
                    Ticker t = parseTicker(candles[0], m);
                    if (!m) {
                        t.symbol = safeSymbol(id);
                    }
                    if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                        tickers.push_back(std::move(t));
                    }
                }
                return tickers;
            });
    });
}

void CoinbaseExchange::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                      Callback<OrderBook> done)
{
    (void)limit; // level 2 is the top 50 a side, aggregated; Coinbase takes no count
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("level", 2);
        request<OrderBook>(spec("public", "GET", "products/" + m.id + "/book", q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void CoinbaseExchange::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                   Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, params, done](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec("public", "GET", "products/" + m.id + "/trades", q, params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void CoinbaseExchange::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                                  const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate"); // one page per call; the caller pages with `since`
        auto seconds = m_description.timeframe(timeframe);
        JsonValue q = object();
        q.set("granularity", seconds ? JsonValue::number(*seconds) : JsonValue(timeframe));
        auto until = textParam(extra, "until");
        if (!until) {
            until = textParam(extra, "end");
        }
        extra.remove("until");
        if (since) {
            q.set("start", iso8601(*since));
            if (until) {
                auto ms = Decimal::parse(*until);
                q.set("end", ms ? iso8601(ms->toInt64()) : *until);
            } else {
                if (!seconds) {
                    throw Error(ErrorKind::BadRequest,
                                "coinbaseexchange fetchOHLCV() has no granularity for " + timeframe);
                }
                // At most 300 candles a call: the window from `since` that holds `limit` of them.
                const long long count = std::min<long long>(300, limit.value_or(300));
                q.set("end", iso8601(*since + (count - 1) * std::stoll(*seconds) * 1000));
            }
        }
        request<std::vector<Ohlcv>>(spec("public", "GET", "products/" + m.id + "/candles", q, extra), done,
                                    [since, limit](const JsonRef& r) {
                                        std::vector<Ohlcv> candles;
                                        for (const auto& c : r.items()) {
                                            candles.push_back(parseOhlcv(c));
                                        }
                                        return sortAndFilterOhlcv(std::move(candles), since, limit);
                                    });
    });
}

// ---- account ----

void CoinbaseExchange::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec("private", "GET", "accounts", object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void CoinbaseExchange::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        // {"maker_fee_rate":"0.0050","taker_fee_rate":"0.0050","usd_volume":"43806.92"}: one rate for all.
        request<std::vector<TradingFee>>(spec("private", "GET", "fees", object(), params), done,
                                         [this](const JsonRef& r) {
                                             std::vector<TradingFee> fees;
                                             for (const auto& m : markets()) {
                                                 TradingFee f;
                                                 f.symbol = m.symbol;
                                                 f.maker = r["maker_fee_rate"].decimal();
                                                 f.taker = r["taker_fee_rate"].decimal();
                                                 f.percentage = true;
                                                 f.tierBased = true;
                                                 f.info = JsonValue::fromRef(r);
                                                 fees.push_back(std::move(f));
                                             }
                                             return fees;
                                         });
    });
}

// ---- orders ----

JsonValue CoinbaseExchange::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                         const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    JsonValue req = object();
    req.set("type", type);
    req.set("side", side);
    req.set("product_id", m.id);
    if (auto clientOrderId = takeEither(params, "clientOrderId", "client_oid")) {
        req.set("client_oid", *clientOrderId);
    }
    auto trigger = textParam(params, "stopPrice");
    for (const char* key : {"stop_price", "triggerPrice"}) {
        if (!trigger) {
            trigger = textParam(params, key);
        }
    }
    if (trigger) {
        auto value = Decimal::parse(*trigger);
        if (!value) {
            throw Error(ErrorKind::InvalidOrder, "coinbaseexchange createOrder() triggerPrice is not a number");
        }
        req.set("stop_price", priceToPrecision(m, *value));
    }
    if (auto timeInForce = takeEither(params, "timeInForce", "time_in_force")) {
        req.set("time_in_force", *timeInForce);
    }
    const JsonValue* postOnly = params.find("postOnly");
    if (!postOnly || !postOnly->isBool()) {
        postOnly = params.find("post_only");
    }
    if (postOnly && postOnly->asBool() == true) {
        req.set("post_only", true);
    }
    for (const char* key : {"stopPrice", "stop_price", "triggerPrice", "postOnly", "post_only"}) {
        params.remove(key);
    }
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, "coinbaseexchange createOrder() a limit order needs a price");
        }
        req.set("price", priceToPrecision(m, *price));
        req.set("size", amountToPrecision(m, amount));
    } else if (type == "market") {
        // A market buy may name what to spend (`cost`, Coinbase's `funds`) instead of what to get.
        OptDecimal cost;
        if (auto given = takeEither(params, "cost", "funds")) {
            cost = Decimal::parse(*given);
        } else if (price) {
            cost = amount * *price;
        }
        if (cost) {
            req.set("funds", costToPrecision(m, *cost));
        } else {
            req.set("size", amountToPrecision(m, amount));
        }
    }
    return req;
}

void CoinbaseExchange::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                                   const Decimal& amount, OptDecimal price, const JsonValue& params,
                                   Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec("private", "POST", "orders", req, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void CoinbaseExchange::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                                   Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        JsonValue extra = params;
        auto clientOrderId = takeEither(extra, "clientOrderId", "client_oid");
        JsonValue q = object();
        if (!symbol.empty()) {
            // ccxt sends the unified symbol here ("BTC/USD"); Coinbase only uses it to find the order faster.
            q.set("product_id", market(symbol).symbol);
        }
        std::string path = clientOrderId ? "orders/client:" + *clientOrderId : "orders/" + id;
        // The answer is the id alone ("\"c5ab5eae-...\"").
        request<Order>(spec("private", "DELETE", path, q, extra), done, [](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

void CoinbaseExchange::cancelAllOrders(const std::string& symbol, const JsonValue& params,
                                       Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [this, symbol, params, done] {
        JsonValue q = object();
        if (!symbol.empty()) {
            q.set("product_id", market(symbol).symbol); // as cancelOrder
        }
        // The answer lists the cancelled ids.
        request<std::vector<Order>>(spec("private", "DELETE", "orders", q, params), done, [](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r);
            o.complete();
            return std::vector<Order> {o};
        });
    });
}

void CoinbaseExchange::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                                  Callback<Order> done)
{
    (void)symbol; // an order id is unique across products
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue extra = params;
        auto clientOrderId = takeEither(extra, "clientOrderId", "client_oid");
        std::string path = clientOrderId ? "orders/client:" + *clientOrderId : "orders/" + id;
        request<Order>(spec("private", "GET", path, object(), extra), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void CoinbaseExchange::fetchOrderList(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                      Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = listQuery(m, limit, since, "start_date");
        untilAsIso(q, extra, "end_date", "end_date");
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec("private", "GET", "orders", q, extra), done,
                                    [this, unified, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r.items()) {
                                            orders.push_back(parseOrder(raw, *this, nullptr));
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

// One call lists orders by status: open ones by default, `all` or `done` on request.
void CoinbaseExchange::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                   Callback<std::vector<Order>> done)
{
    JsonValue q = object();
    q.set("status", "all");
    mergeParams(q, params);
    fetchOrderList(symbol, since, limit, q, std::move(done));
}

void CoinbaseExchange::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                       Callback<std::vector<Order>> done)
{
    fetchOrderList(symbol, since, limit, params, std::move(done));
}

void CoinbaseExchange::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                         Callback<std::vector<Order>> done)
{
    JsonValue q = object();
    q.set("status", "done");
    mergeParams(q, params);
    fetchOrderList(symbol, since, limit, q, std::move(done));
}

void CoinbaseExchange::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                     Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinbaseexchange fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = listQuery(&m, limit, since, "start_date");
        untilAsIso(q, extra, "end_date", "end_date");
        request<std::vector<Trade>>(spec("private", "GET", "fills", q, extra), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

// ---- funding ----

void CoinbaseExchange::withAccounts(Callback<std::vector<Transaction>> done, std::function<void()> then)
{
    // Offline runs take the account list as given (one account, "myAccount"), as ccxt's static tests preload it.
    if (m_accountsLoaded || options().offline) {
        then();
        return;
    }
    request<std::monostate>(
        spec("private", "GET", "accounts", object(), object()),
        [done, then](Result<std::monostate> loaded) {
            if (!loaded.ok()) {
                done(loaded.error());
                return;
            }
            try {
                then();
            } catch (const Error& e) {
                done(e);
            }
        },
        [this](const JsonRef& r) {
            m_accounts.clear();
            for (const auto& a : r.items()) {
                m_accounts.push_back(Account {a["id"].stringOr(""), safeCurrencyCode(a["currency"].stringOr(""))});
            }
            m_accountsLoaded = true;
            return std::monostate {};
        });
}

void CoinbaseExchange::fetchTransfers(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                                      const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        withAccounts(done, [=, this] {
            JsonValue extra = object();
            extra.set("type", type);
            mergeParams(extra, params);
            OptString accountId = textParam(extra, "id");
            if (!accountId && !code.empty()) {
                if (options().offline) {
                    accountId = "myAccount";
                } else {
                    auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                           [&](const Account& a) { return a.code == code; });
                    if (it == m_accounts.end()) {
                        throw Error(ErrorKind::ExchangeError,
                                    "coinbaseexchange could not find an account id for " + code);
                    }
                    accountId = it->id;
                }
            }
            extra.remove("id");
            JsonValue q = object();
            if (limit) {
                q.set("limit", *limit);
            }
            // Per account when a currency is named (the account knows it), else across the profile.
            std::string path = accountId ? "accounts/" + *accountId + "/transfers" : "transfers";
            OptString known = code.empty() ? OptString() : OptString(code);
            request<std::vector<Transaction>>(
                spec("private", "GET", path, q, extra), done, [this, known, since, limit](const JsonRef& r) {
                    std::vector<Transaction> items;
                    for (const auto& raw : r.items()) {
                        OptString currency = known;
                        if (!currency) {
                            auto account = raw["account_id"].string();
                            for (const auto& a : m_accounts) {
                                if (account && a.id == *account) {
                                    currency = a.code;
                                }
                            }
                        }
                        items.push_back(parseTransaction(raw, *this, currency));
                    }
                    return filterTransactions(std::move(items), known.value_or(""), since, limit);
                });
        });
    });
}

void CoinbaseExchange::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                     Callback<std::vector<Transaction>> done)
{
    fetchTransfers("deposit", code, since, limit, params, std::move(done));
}

void CoinbaseExchange::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                        Callback<std::vector<Transaction>> done)
{
    fetchTransfers("withdraw", code, since, limit, params, std::move(done));
}

MarketFeed* CoinbaseExchange::marketFeed()
{
    return websocketFeed([this] { return std::make_unique<CoinbaseExchangeStream>(*this); });
}

} // namespace bourse::ex
