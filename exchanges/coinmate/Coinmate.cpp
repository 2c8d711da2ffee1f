// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinmate.h"

#include "CoinmateParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace coinmate;
using rest::Endpoint;
using rest::spec;

namespace {

// Every CoinMate endpoint costs one unit of the description's 600 ms.
constexpr Endpoint kTradingPairs {"public", "GET", "tradingPairs", 1};
constexpr Endpoint kSystemTime {"public", "GET", "system/time", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kTickerAll {"public", "GET", "tickerAll", 1};
constexpr Endpoint kOrderBook {"public", "GET", "orderBook", 1};
constexpr Endpoint kTransactions {"public", "GET", "transactions", 1};
constexpr Endpoint kBalances {"private", "POST", "balances", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "cancelOrderWithInfo", 1};
constexpr Endpoint kOrderById {"private", "POST", "orderById", 1};
constexpr Endpoint kOrderHistory {"private", "POST", "orderHistory", 1};
constexpr Endpoint kOpenOrders {"private", "POST", "openOrders", 1};
constexpr Endpoint kTradeHistory {"private", "POST", "tradeHistory", 1};
constexpr Endpoint kTraderFees {"private", "POST", "traderFees", 1};
constexpr Endpoint kTransferHistory {"private", "POST", "transferHistory", 1};
constexpr Endpoint kOrderEntry {"private", "POST", "", 1};

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

Coinmate::Coinmate(Transport& transport, Clock& clock)
    : Exchange(coinmateDescription(), transport, clock)
{
}

std::string coinmateSignature(const std::string& nonce, const std::string& clientId, const std::string& apiKey,
                              const std::string& secret)
{
    return kit::upper(signing::toHex(signing::hmac(signing::Hash::Sha256, secret, nonce + clientId + apiKey)));
}

HttpRequest Coinmate::sign(const RequestSpec& s)
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
    const Credentials& c = credentials();
    const std::string nonce = std::to_string(clock().milliseconds());
    // The authentication fields lead the form; the call's own fields follow.
    JsonValue form = object();
    form.set("clientId", c.uid);
    form.set("nonce", nonce);
    form.set("publicKey", c.apiKey);
    form.set("signature", coinmateSignature(nonce, c.uid, c.apiKey, c.secret));
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    return r;
}

// {"error":true,"errorMessage":"Access denied.","data":null}
void Coinmate::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    auto message = json->root()["errorMessage"].string();
    if (!message) {
        return;
    }
    const std::string feedback = "coinmate " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*message)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.matchBroad(*message)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Coinmate::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kTradingPairs, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Coinmate::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kSystemTime, object(), params), std::move(done), [](const JsonRef& r) {
        auto t = r["serverTime"].integer();
        if (!t) {
            throw Error(ErrorKind::BadResponse, "coinmate sent no serverTime");
        }
        return *t;
    });
}

void Coinmate::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currencyPair", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [m](const JsonRef& r) { return parseTicker(r["data"], &m); });
    });
}

void Coinmate::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTickerAll, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            // {"data":{"LTC_BTC":{ticker},...}}
            for (const auto& member : r["data"].members()) {
                const Market* m = findMarketById(member.key);
                if (!m) {
                    continue;
                }
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), m->symbol) != symbols.end()) {
                    tickers.push_back(parseTicker(member.value, m));
                }
            }
            return tickers;
        });
    });
}

void Coinmate::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    (void)limit; // CoinMate answers the whole book
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currencyPair", m.id);
        // Individual orders, not levels merged to a coarser price.
        q.set("groupByPriceLimit", "False");
        request<OrderBook>(spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["data"], m.symbol); });
    });
}

void Coinmate::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("currencyPair", m.id);
        // The transactions call looks back a number of minutes, not a count.
        q.set("minutesIntoHistory", 10);
        request<std::vector<Trade>>(spec(kTransactions, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void Coinmate::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalances, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r["data"], *this); });
    });
}

void Coinmate::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currencyPair", m.id);
        request<TradingFee>(spec(kTraderFees, q, params), done,
                            [m](const JsonRef& r) { return parseTradingFee(r["data"], m.symbol); });
    });
}

// ---- orders ----

std::pair<std::string, JsonValue> Coinmate::orderRequest(const Market& m, const std::string& type,
                                                         const std::string& side, const Decimal& amount,
                                                         const OptDecimal& price) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "coinmate createOrder() supports only buy or sell in the side argument");
    }
    JsonValue q = object();
    q.set("currencyPair", m.id);
    if (type == "market") {
        // An instant buy spends `total` of the quote currency: the amount argument is taken as that total.
        q.set(side == "buy" ? "total" : "amount", amountToPrecision(m, amount));
        return {side + "Instant", std::move(q)};
    }
    if (type != "limit") {
        throw Error(ErrorKind::InvalidOrder, "coinmate createOrder() does not support order type " + type);
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, "coinmate createOrder() a limit order requires a price");
    }
    q.set("amount", amountToPrecision(m, amount));
    q.set("price", priceToPrecision(m, *price));
    return {side + "Limit", std::move(q)};
}

void Coinmate::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        auto [path, q] = orderRequest(m, type, side, amount, price);
        request<Order>(spec(kOrderEntry, q, params, path), done, [](const JsonRef& r) {
            // Only the id comes back; the symbol stays unset, as in ccxt's unified answer.
            // The answer is the new order's id alone: {"error":false,"errorMessage":null,"data":12345}
            Order o;
            o.id = rest::str(r["data"]);
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

void Coinmate::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    (void)symbol; // CoinMate cancels by order id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("orderId", id);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r["data"], *this, nullptr); });
    });
}

void Coinmate::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [this, id, params, done](const Market* m) {
        JsonValue q = object();
        q.set("orderId", id);
        request<Order>(spec(kOrderById, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, m); });
    });
}

void Coinmate::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinmate fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("currencyPair", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Order>>(spec(kOrderHistory, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Coinmate::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    // openOrders answers every market's; the symbol, if any, is kept here.
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kOpenOrders, object(), params), done,
                                    [this, wanted, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["data"].items()) {
                                            Order o = parseOrder(raw, *this, nullptr);
                                            o.status = "open";
                                            orders.push_back(std::move(o));
                                        }
                                        return sortAndFilterOrders(std::move(orders), wanted, since, limit);
                                    });
    });
}

void Coinmate::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        const long long count = limit.value_or(1000);
        JsonValue q = object();
        q.set("limit", count);
        if (m) {
            q.set("currencyPair", m->id);
        }
        if (since) {
            q.set("timestampFrom", *since);
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kTradeHistory, q, params), done,
                                    [this, wanted, since, count](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, nullptr));
                                        }
                                        return sortAndFilterTrades(std::move(trades), wanted, since, count);
                                    });
    });
}

// ---- funding ----

void Coinmate::fetchTransfers(const char* type, const std::string& code, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        q.set("limit", limit.value_or(1000));
        if (since) {
            q.set("timestampFrom", *since);
        }
        if (!code.empty()) {
            q.set("currency", kit::currencyIdFor(*this, code));
        }
        const std::string kind = type;
        request<std::vector<Transaction>>(spec(kTransferHistory, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["data"].items()) {
                Transaction t = parseTransaction(raw, *this);
                if (t.type == kind) {
                    items.push_back(std::move(t));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Coinmate::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchTransfers("deposit", code, since, limit, params, std::move(done));
}

void Coinmate::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    fetchTransfers("withdrawal", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
