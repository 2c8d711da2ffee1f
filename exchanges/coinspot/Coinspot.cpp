// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinspot.h"

#include "CoinspotParsers.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <set>

namespace bourse::ex {

using namespace coinspot;
using rest::Endpoint;
using rest::spec;

namespace {

// Every call costs one unit of the description's one-second rate limit.
constexpr Endpoint kLatest {"public", "GET", "latest", 1};
constexpr Endpoint kOrders {"private", "POST", "orders", 1};
constexpr Endpoint kOrdersHistory {"private", "POST", "orders/history", 1};
constexpr Endpoint kBalances {"private", "POST", "my/balances", 1};
constexpr Endpoint kBuy {"private", "POST", "my/buy", 1};
constexpr Endpoint kSell {"private", "POST", "my/sell", 1};
constexpr Endpoint kBuyCancel {"private", "POST", "my/buy/cancel", 1};
constexpr Endpoint kSellCancel {"private", "POST", "my/sell/cancel", 1};
constexpr Endpoint kTransactions {"private", "POST", "ro/my/transactions", 1};

JsonValue object()
{
    return JsonValue::object();
}

JsonValue coinRequest(const Market& m)
{
    JsonValue q = object();
    q.set("cointype", m.id);
    return q;
}

// An order's acknowledgement ({"status":"ok"}, with the order's "id" where the API gives one) as a unified order.
Order acknowledgement(const JsonRef& r, const std::string& symbol)
{
    Order o;
    o.id = rest::str(r["id"]);
    o.symbol = symbol;
    o.info = JsonValue::fromRef(r);
    o.complete();
    return o;
}

} // namespace

Coinspot::Coinspot(Transport& transport, Clock& clock)
    : Exchange(coinspotDescription(), transport, clock)
{
}

std::string coinspotSignature(const std::string& secret, const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, body));
}

HttpRequest Coinspot::sign(const RequestSpec& s)
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
    JsonValue body = object();
    body.set("nonce", JsonValue::number(std::to_string(clock().milliseconds() / 1000)));
    mergeParams(body, s.params);
    r.body = body.dump();
    r.headers.emplace_back("Content-Type", "application/json");
    r.headers.emplace_back("key", credentials().apiKey);
    r.headers.emplace_back("sign", coinspotSignature(credentials().secret, r.body));
    return r;
}

// {"status":"error","message":"Invalid amount"}
void Coinspot::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || json->root()["status"].stringOr("") != "error") {
        return;
    }
    const std::string feedback = "coinspot " + textExcerpt(response.body, 1000);
    const std::string message = rest::lower(json->root()["message"].stringOr(""));
    if (auto kind = m_description.errors.matchBroad(message); kind && !message.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Coinspot::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    (void)params;
    done(staticMarkets(m_description));
}

void Coinspot::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    // /latest prices every coin at once; the market's entry is picked out by its coin id.
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kLatest, object(), params), done,
                        [m](const JsonRef& r) { return parseTicker(r["prices"][rest::lower(m.id)], m); });
    });
}

void Coinspot::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        request<std::vector<Ticker>>(spec(kLatest, object(), params), done, [this, symbols](const JsonRef& r) {
            const std::set<std::string> wanted(symbols.begin(), symbols.end());
            std::vector<Ticker> tickers;
            for (const auto& member : r["prices"].members()) {
                const Market* m = findMarketById(member.key);
                if (!m || (!wanted.empty() && !wanted.count(m->symbol))) {
                    continue;
                }
                tickers.push_back(parseTicker(member.value, *m));
            }
            return tickers;
        });
    });
}

void Coinspot::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    (void)limit; // the book comes whole
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kOrders, coinRequest(m), params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Coinspot::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kOrdersHistory, coinRequest(m), params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["orders"].items()) {
                trades.push_back(parseTrade(raw, *this, &m, std::nullopt));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void Coinspot::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalances, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Coinspot::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        if (since) {
            // The history starts at a day: YYYY-MM-DD.
            q.set("startdate", iso8601(*since).substr(0, 10));
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kTransactions, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["buyorders"].items()) {
                trades.push_back(parseTrade(raw, *this, m, "buy"));
            }
            for (const auto& raw : r["sellorders"].items()) {
                trades.push_back(parseTrade(raw, *this, m, "sell"));
            }
            return sortAndFilterTrades(std::move(trades), unified, since, limit);
        });
    });
}

// ---- orders ----

void Coinspot::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (type != "limit") {
            throw Error(ErrorKind::InvalidOrder, "coinspot createOrder() allows limit orders only");
        }
        if (side != "buy" && side != "sell") {
            throw Error(ErrorKind::NotSupported, "coinspot createOrder() supports only buy or sell");
        }
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "coinspot createOrder() requires a price (rate)");
        }
        // Amount and rate go as JSON numbers, written from the exact decimals.
        JsonValue q = coinRequest(m);
        q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        q.set("rate", JsonValue::number(priceToPrecision(m, *price)));
        request<Order>(spec(side == "buy" ? kBuy : kSell, q, params), done,
                       [m](const JsonRef& r) { return acknowledgement(r, m.symbol); });
    });
}

void Coinspot::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    JsonValue extra = params;
    const auto side = rest::takeTextParam(extra, "side");
    if (side != "buy" && side != "sell") {
        done(Error(ErrorKind::ArgumentsRequired,
                   "coinspot cancelOrder() requires a side parameter, \"buy\" or \"sell\""));
        return;
    }
    JsonValue q = object();
    q.set("id", id);
    request<Order>(spec(side == "buy" ? kBuyCancel : kSellCancel, q, extra), std::move(done),
                   [symbol](const JsonRef& r) { return acknowledgement(r, symbol); });
}

} // namespace bourse::ex
