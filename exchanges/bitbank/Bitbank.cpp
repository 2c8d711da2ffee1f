// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitbank.h"

#include "BitbankParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace bitbank;
using rest::Endpoint;
using rest::spec;

namespace {

// Queries cost 1 (10 a second), updates 1.66 (6 a second). Public paths start with the pair, filled per call.
constexpr Endpoint kPairs {"markets", "GET", "spot/pairs", 1};
constexpr Endpoint kPublic {"public", "GET", "", 1};
constexpr Endpoint kTickers {"public", "GET", "tickers", 1};
constexpr Endpoint kAssets {"private", "GET", "user/assets", 1};
constexpr Endpoint kOrder {"private", "GET", "user/spot/order", 1};
constexpr Endpoint kActiveOrders {"private", "GET", "user/spot/active_orders", 1};
constexpr Endpoint kTradeHistory {"private", "GET", "user/spot/trade_history", 1};
constexpr Endpoint kDepositHistory {"private", "GET", "user/deposit_history", 1};
constexpr Endpoint kWithdrawalHistory {"private", "GET", "user/withdrawal_history", 1};
constexpr Endpoint kCreateOrder {"private", "POST", "user/spot/order", 1.66};
constexpr Endpoint kCancelOrder {"private", "POST", "user/spot/cancel_order", 1.66};

// How long a signed request stays valid (bitbank's default, at most 60000).
constexpr int kTimeWindowMs = 5000;

JsonValue object()
{
    return JsonValue::object();
}

// Order ids are numbers in bitbank's API.
JsonValue orderId(const std::string& id)
{
    const bool digits = !id.empty() && id.find_first_not_of("0123456789") == std::string::npos;
    return digits ? JsonValue::number(id) : JsonValue(id);
}

// "20231114" from a time in ms (UTC, as bitbank's daily files are cut).
std::string yyyymmdd(long long ms)
{
    const std::string iso = iso8601(ms); // 2023-11-14T22:13:20.000Z
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

} // namespace

Bitbank::Bitbank(Transport& transport, Clock& clock)
    : Exchange(bitbankDescription(), transport, clock)
{
}

std::string bitbankSignature(const std::string& secret, long long requestTime, int timeWindowMs,
                             const std::string& signedPart)
{
    const std::string text = std::to_string(requestTime) + std::to_string(timeWindowMs) + signedPart;
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, text));
}

HttpRequest Bitbank::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    std::string query;
    if (s.method != "POST" && s.params.size() > 0) {
        query = signing::urlencode(paramPairs(s.params));
        r.url += "?" + query;
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    std::string signedPart;
    if (s.method == "POST") {
        r.body = s.params.dump();
        signedPart = r.body;
    } else {
        signedPart = "/" + m_description.version + "/" + s.path + (query.empty() ? "" : "?" + query);
    }
    const long long now = clock().milliseconds();
    r.headers.emplace_back("Content-Type", "application/json");
    r.headers.emplace_back("ACCESS-KEY", credentials().apiKey);
    r.headers.emplace_back("ACCESS-REQUEST-TIME", std::to_string(now));
    r.headers.emplace_back("ACCESS-TIME-WINDOW", std::to_string(kTimeWindowMs));
    r.headers.emplace_back("ACCESS-SIGNATURE", bitbankSignature(credentials().secret, now, kTimeWindowMs, signedPart));
    return r;
}

// {"success":0,"data":{"code":20001}}
void Bitbank::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    const auto success = root["success"].integer();
    if (success && *success == 1 && !root["data"].isNull()) {
        return;
    }
    const std::string feedback = "bitbank " + textExcerpt(response.body, 1000);
    if (auto code = rest::str(root["data"]["code"])) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bitbank::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kPairs, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"]["pairs"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Bitbank::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kPairs, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : r["data"]["pairs"].items()) {
                fees.push_back(parseTradingFee(raw, *this));
            }
            return fees;
        });
    });
}

void Bitbank::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        request<TradingFee>(spec(kPairs, object(), params), done, [this, m](const JsonRef& r) {
            for (const auto& raw : r["data"]["pairs"].items()) {
                if (raw["name"].stringOr("") == m.id) {
                    return parseTradingFee(raw, *this);
                }
            }
            throw Error(ErrorKind::BadSymbol, "bitbank has no fee for " + m.symbol);
        });
    });
}

void Bitbank::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kPublic, object(), params, m.id + "/ticker"), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"], *this, &m); });
    });
}

void Bitbank::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& symbol : symbols) {
            (void)market(symbol); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTickers, object(), params), done, [this, symbols](const JsonRef& r) {
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

void Bitbank::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        // The depth is always the 200 best levels a side; a limit cuts it here.
        request<OrderBook>(spec(kPublic, object(), params, m.id + "/depth"), done, [m, limit](const JsonRef& r) {
            OrderBook book = parseOrderBook(r["data"], m);
            if (limit && *limit >= 0) {
                const auto n = static_cast<size_t>(*limit);
                book.bids.resize(std::min(book.bids.size(), n));
                book.asks.resize(std::min(book.asks.size(), n));
            }
            return book;
        });
    });
}

void Bitbank::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        // The latest 60, or the whole UTC day `since` falls in.
        std::string path = m.id + "/transactions";
        if (since) {
            path += "/" + yyyymmdd(*since);
        }
        request<std::vector<Trade>>(spec(kPublic, object(), params, path), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"]["transactions"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Bitbank::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        auto candleType = m_description.timeframe(timeframe);
        if (!candleType) {
            throw Error(ErrorKind::BadRequest, "bitbank fetchOHLCV() does not support timeframe " + timeframe);
        }
        // Candles come a file at a time: a UTC day of minute and hour candles, a year of the longer ones. Without
        // `since` the file is the one `limit` candles back (1000 by default).
        OptInt start = since;
        if (!start) {
            start = clock().milliseconds() - kit::timeframeSeconds(timeframe) * 1000 * limit.value_or(1000);
        }
        const bool daily = candleType->find("min") != std::string::npos || *candleType == "1hour";
        const std::string date = daily ? yyyymmdd(*start) : yyyymmdd(*start).substr(0, 4);
        const std::string path = m.id + "/candlestick/" + *candleType + "/" + date;
        request<std::vector<Ohlcv>>(spec(kPublic, object(), params, path), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r["data"]["candlestick"][0]["ohlcv"].items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Bitbank::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kAssets, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r["data"], *this); });
    });
}

// ---- orders ----

JsonValue Bitbank::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "bitbank createOrder() invalid side " + side);
    }
    if (type != "limit" && type != "market") {
        throw Error(ErrorKind::InvalidOrder, "bitbank createOrder() supports limit and market orders");
    }
    auto postOnly = rest::takeBoolParam(params, {"postOnly", "post_only"});
    auto timeInForce = rest::takeTextParam(params, {"timeInForce"});
    auto trigger = rest::takeDecimalParam(params, "triggerPrice");
    if (!trigger) {
        trigger = rest::takeDecimalParam(params, "stopPrice");
    }
    params.remove("stopPrice");
    if (auto raw = rest::takeDecimalParam(params, "trigger_price"); raw && !trigger) {
        trigger = raw;
    }
    const bool po = postOnly.value_or(false) || rest::upper(timeInForce.value_or("")) == "PO";
    if (po && type != "limit") {
        throw Error(ErrorKind::InvalidOrder, "bitbank createOrder() post-only is for limit orders only");
    }
    if (type == "limit" && !price) {
        throw Error(ErrorKind::ArgumentsRequired, "bitbank createOrder() a limit order requires a price");
    }
    JsonValue q = object();
    q.set("pair", m.id);
    q.set("amount", amountToPrecision(m, amount));
    q.set("side", side);
    // A trigger price makes a stop order: "stop" executes at market, "stop_limit" at the price.
    q.set("type", trigger ? (type == "limit" ? "stop_limit" : "stop") : type);
    if (type == "limit") {
        q.set("price", priceToPrecision(m, *price));
    }
    if (trigger) {
        q.set("trigger_price", priceToPrecision(m, *trigger));
    }
    if (po) {
        q.set("post_only", true);
    }
    return q;
}

void Bitbank::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kCreateOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Bitbank::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("order_id", orderId(id));
        q.set("pair", m.id);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Bitbank::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("order_id", id);
        q.set("pair", m.id);
        request<Order>(spec(kOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Bitbank::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (m) {
            q.set("pair", m->id);
        }
        if (limit) {
            q.set("count", *limit);
        }
        // `since` is applied here: the docs leave the unit of active_orders' own `since` unstated.
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kActiveOrders, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"]["orders"].items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return sortAndFilterOrders(std::move(orders), unified, since, limit);
        });
    });
}

void Bitbank::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
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
            q.set("since", *since); // milliseconds (rest-api_JP.md)
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kTradeHistory, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"]["trades"].items()) {
                trades.push_back(parseTrade(raw, *this, m));
            }
            return sortAndFilterTrades(std::move(trades), unified, since, limit);
        });
    });
}

// ---- funding ----

void Bitbank::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                                const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        // Without an asset the answer covers every crypto asset (yen has to be asked for as "jpy").
        if (!code.empty()) {
            q.set("asset", rest::lower(rest::knownCurrencyId(*this, code).value_or(code)));
        }
        if (limit) {
            q.set("count", std::min(*limit, 100LL));
        }
        if (since) {
            q.set("since", *since); // milliseconds (rest-api_JP.md)
        }
        const Endpoint& e = deposits ? kDepositHistory : kWithdrawalHistory;
        request<std::vector<Transaction>>(spec(e, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["data"][deposits ? "deposits" : "withdrawals"].items()) {
                items.push_back(parseTransaction(raw, *this, deposits));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Bitbank::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Bitbank::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
