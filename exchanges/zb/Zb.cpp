// SPDX-License-Identifier: GPL-3.0-or-later
#include "Zb.h"

#include "ZbParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace zb;
using rest::Endpoint;
using rest::spec;

namespace {

// Public paths are below /data/v1; a trading call's path is its method name.
constexpr Endpoint kMarkets {"public", "GET", "markets", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kAllTicker {"public", "GET", "allTicker", 1};
constexpr Endpoint kDepth {"public", "GET", "depth", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kKline {"public", "GET", "kline", 1};
constexpr Endpoint kAccountInfo {"private", "GET", "getAccountInfo", 1};
constexpr Endpoint kOrder {"private", "GET", "order", 1};
constexpr Endpoint kCancelOrder {"private", "GET", "cancelOrder", 1};
constexpr Endpoint kGetOrder {"private", "GET", "getOrder", 1};
constexpr Endpoint kUserAddress {"private", "GET", "getUserAddress", 1};

// Candles asked for when no limit is given, and the page sizes of the order lists (ZB's own defaults).
constexpr long long kDefaultCandles = 1000;
constexpr long long kOrdersPage = 50;
constexpr long long kOpenOrdersPage = 10;

// "服务端忙碌": the answer of a busy server.
constexpr std::string_view kServerBusy = "\xe6\x9c\x8d\xe5\x8a\xa1\xe7\xab\xaf\xe5\xbf\x99\xe7\xa2\x8c";

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

Zb::Zb(Transport& transport, Clock& clock, ExchangeDescription description)
    : Exchange(std::move(description), transport, clock)
{
}

std::string zbQuery(const std::string& method, const std::string& apiKey, const JsonValue& params)
{
    JsonValue all = object();
    all.set("method", method);
    all.set("accesskey", apiKey);
    mergeParams(all, params);
    auto pairs = paramPairs(all);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& [k, v] : pairs) {
        out += (out.empty() ? "" : "&") + k + "=" + v;
    }
    return out;
}

std::string zbSignature(const std::string& secret, const std::string& query)
{
    const std::string key = signing::toHex(signing::digest(signing::Hash::Sha1, secret));
    return signing::toHex(signing::hmac(signing::Hash::Md5, key, query));
}

HttpRequest Zb::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = "GET";
    if (s.api != "private") {
        r.url = apiUrl(s.api) + "/" + m_description.version + "/" + s.path;
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    const std::string query = zbQuery(s.path, credentials().apiKey, s.params);
    r.url = apiUrl(s.api) + "/" + s.path + "?" + query + "&sign=" + zbSignature(credentials().secret, query)
        + "&reqTime=" + std::to_string(clock().milliseconds());
    return r;
}

// {"code":3001,"message":"..."} (1000 is success); {"result":false,"message":"服务端忙碌"} when busy.
void Zb::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (auto code = rest::str(root["code"])) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
        if (*code != "1000") {
            throw Error(ErrorKind::ExchangeError, feedback);
        }
    }
    if (root["result"].boolean() == false) {
        throw Error(root["message"].stringView() == kServerBusy ? ErrorKind::ExchangeNotAvailable
                                                                : ErrorKind::ExchangeError,
                    feedback);
    }
}

// ---- market data ----

void Zb::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& member : r.members()) {
            markets.push_back(parseMarket(std::string(member.key), member.value, *this));
        }
        return markets;
    });
}

void Zb::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [this, m](const JsonRef& r) {
            // The answer's date (ms), else the time it arrived, as 2019 ccxt stamped every ticker.
            return parseTicker(r["ticker"], &m, r["date"].integer().value_or(clock().milliseconds()));
        });
    });
}

void Zb::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& symbol : symbols) {
            (void)market(symbol); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kAllTicker, object(), params), done, [this, symbols](const JsonRef& r) {
            // allTicker keys its entries by the market id without the underscore ("btcusdt").
            std::map<std::string, const Market*> byTickerId;
            for (const auto& m : markets()) {
                std::string id = m.id;
                id.erase(std::remove(id.begin(), id.end(), '_'), id.end());
                byTickerId.emplace(id, &m);
            }
            const long long now = clock().milliseconds();
            std::vector<Ticker> tickers;
            for (const auto& member : r.members()) {
                auto it = byTickerId.find(std::string(member.key));
                if (it == byTickerId.end()) {
                    continue;
                }
                const Market* m = it->second;
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), m->symbol) != symbols.end()) {
                    tickers.push_back(parseTicker(member.value, m, now));
                }
            }
            return tickers;
        });
    });
}

void Zb::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        // The 2019 request names the market only; a limit cuts the answer here.
        JsonValue q = object();
        q.set("market", m.id);
        request<OrderBook>(spec(kDepth, q, params), done, [m, limit](const JsonRef& r) {
            OrderBook book = parseOrderBook(r, m);
            if (limit && *limit >= 0) {
                const auto n = static_cast<size_t>(*limit);
                book.bids.resize(std::min(book.bids.size(), n));
                book.asks.resize(std::min(book.asks.size(), n));
            }
            return book;
        });
    });
}

void Zb::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [=](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Zb::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        auto type = m_description.timeframe(timeframe);
        if (!type) {
            throw Error(ErrorKind::BadRequest, id() + " fetchOHLCV() does not support timeframe " + timeframe);
        }
        const long long count = limit.value_or(kDefaultCandles);
        JsonValue q = object();
        q.set("market", m.id);
        q.set("type", *type);
        q.set("limit", count);
        if (since) {
            q.set("since", *since); // ms
        }
        request<std::vector<Ohlcv>>(spec(kKline, q, params), done, [since, count](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r["data"].items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, count);
        });
    });
}

// ---- account ----

void Zb::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kAccountInfo, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Zb::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue q = object();
        q.set("currency", rest::knownCurrencyId(*this, code).value_or(kit::lower(code)));
        // {"code":1000,"message":{"des":"success","isSuc":true,"datas":{"key":"address_tag"}}}
        request<DepositAddress>(spec(kUserAddress, q, params), done, [code](const JsonRef& r) {
            DepositAddress a;
            a.currency = code;
            std::string key = r["message"]["datas"]["key"].stringOr("");
            // An address with a memo comes as address_memo.
            if (auto underscore = key.find('_'); underscore != std::string::npos) {
                a.tag = key.substr(underscore + 1);
                key.resize(underscore);
            }
            if (!key.empty()) {
                a.address = key;
            }
            a.info = JsonValue::fromRef(r);
            return a;
        });
    });
}

// ---- orders ----

JsonValue Zb::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                           const OptDecimal& price) const
{
    if (type != "limit") {
        throw Error(ErrorKind::InvalidOrder, id() + " allows limit orders only");
    }
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() invalid side " + side);
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, id() + " createOrder() a limit order requires a price");
    }
    JsonValue q = object();
    q.set("price", priceToPrecision(m, *price));
    q.set("amount", amountToPrecision(m, amount));
    q.set("tradeType", side == "buy" ? "1" : "0");
    q.set("currency", m.id);
    return q;
}

void Zb::createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = orderRequest(m, type, side, amount, price);
        // {"code":1000,"message":"操作成功","id":"201802006512"}: the id only; the rest is what was asked.
        request<Order>(spec(kOrder, q, params), done, [=](const JsonRef& r) {
            Order o;
            o.id = rest::str(r["id"]);
            o.symbol = m.symbol;
            o.type = type;
            o.side = side;
            o.price = Decimal::parse(q.find("price")->asString().value_or(""));
            o.amount = Decimal::parse(q.find("amount")->asString().value_or(""));
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Zb::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, this->id() + " cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("id", id);
        q.set("currency", m.id);
        // {"code":1000,"message":"操作成功"}
        request<Order>(spec(kCancelOrder, q, params), done, [=](const JsonRef& r) {
            Order o;
            o.id = id;
            o.symbol = m.symbol;
            o.status = "canceled";
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Zb::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, this->id() + " fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("id", id);
        q.set("currency", m.id);
        request<Order>(spec(kGetOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Zb::listOrders(const char* method, const std::string& symbol, OptInt since, OptInt limit, long long pageSize,
                    const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " " + method + "() requires a symbol argument"));
        return;
    }
    // No orders at all is code 3001 ("pending orders not found"): an empty list.
    Callback<std::vector<Order>> orEmpty = [done](Result<std::vector<Order>> r) {
        if (!r.ok() && r.error().kind() == ErrorKind::OrderNotFound) {
            done(std::vector<Order>());
            return;
        }
        done(std::move(r));
    };
    const bool open = std::string_view(method) == "fetchOpenOrders";
    withMarket<std::vector<Order>>(symbol, orEmpty, [=, this](const Market& m) {
        const long long size = limit.value_or(pageSize);
        JsonValue q = object();
        q.set("currency", m.id);
        q.set("pageIndex", 1);
        q.set("pageSize", size);
        // With a tradeType (1 buy, 0 sell) only getOrdersNew filters by side.
        std::string path = open ? "getUnfinishedOrdersIgnoreTradeType" : "getOrdersIgnoreTradeType";
        if (params.contains("tradeType")) {
            path = "getOrdersNew";
        }
        const Endpoint e {"private", "GET", "", 1};
        request<std::vector<Order>>(spec(e, q, params, path), orEmpty, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, size);
        });
    });
}

void Zb::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done)
{
    listOrders("fetchOrders", symbol, since, limit, kOrdersPage, params, std::move(done));
}

void Zb::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done)
{
    listOrders("fetchOpenOrders", symbol, since, limit, kOpenOrdersPage, params, std::move(done));
}

} // namespace bourse::ex
