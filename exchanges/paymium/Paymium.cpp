// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paymium.h"

#include "PaymiumParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace paymium;
using rest::Endpoint;
using rest::spec;

namespace {

constexpr Endpoint kTicker {"public", "GET", "data/{currency}/ticker", 1};
constexpr Endpoint kTrades {"public", "GET", "data/{currency}/trades", 1};
constexpr Endpoint kDepth {"public", "GET", "data/{currency}/depth", 1};
constexpr Endpoint kUser {"private", "GET", "user", 1};
constexpr Endpoint kAddresses {"private", "GET", "user/addresses", 1};
constexpr Endpoint kOrder {"private", "GET", "user/orders/{uuid}", 1};
constexpr Endpoint kPlaceOrder {"private", "POST", "user/orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "user/orders/{uuid}/cancel", 1};

// A path below "data/<market id>" or "user/orders/<uuid>".
std::string under(const char* prefix, const std::string& id, const char* suffix = "")
{
    return std::string(prefix) + signing::percentEncode(id) + suffix;
}

} // namespace

Paymium::Paymium(Transport& transport, Clock& clock)
    : Exchange(paymiumDescription(), transport, clock)
{
}

std::string paymiumSignature(const std::string& secret, const std::string& nonce, const std::string& url,
                             const std::string& bodyOrQuery)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, nonce + url + bodyOrQuery));
}

HttpRequest Paymium::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    const bool hasQuery = s.params.size() > 0;
    if (s.api != "private") {
        if (hasQuery) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // Seconds, as ccxt sends: the two-second spacing of calls keeps it increasing.
    const std::string nonce = std::to_string(clock().milliseconds() / 1000);
    std::string signed_;
    const std::string base = r.url;
    r.headers = {{"Api-Key", credentials().apiKey}, {"Api-Nonce", nonce}};
    if (s.method == "POST") {
        if (hasQuery) {
            r.body = s.params.dump();
            signed_ = r.body;
            r.headers.push_back({"Content-Type", "application/json"});
        }
    } else if (hasQuery) {
        signed_ = signing::urlencode(paramPairs(s.params));
        r.url += "?" + signed_;
    }
    r.headers.push_back({"Api-Signature", paymiumSignature(credentials().secret, nonce, base, signed_)});
    return r;
}

// HTTP 422: {"errors":["Operations account operations amount is greater than your available balance (1781.96 EUR)"]}
void Paymium::handleErrors(const HttpResponse&, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || json->root()["errors"].isNull()) {
        return;
    }
    JsonRef root = json->root();
    const std::string feedback = "paymium " + root.toJsonText();
    for (const auto& message : root["errors"].items()) {
        if (auto kind = m_description.errors.matchBroad(message.stringOr(""))) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

void Paymium::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    // No markets call: BTC/EUR is the only market.
    done(std::vector<Market> {btcEurMarket(*this)});
}

void Paymium::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, JsonValue::object(), params, under("data/", m.id, "/ticker")), done,
                        [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Paymium::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        // The whole book comes at once; a limit is applied here.
        request<OrderBook>(spec(kDepth, JsonValue::object(), params, under("data/", m.id, "/depth")), done,
                           [m, limit](const JsonRef& r) {
                               OrderBook book = parseOrderBook(r, m.symbol);
                               if (limit && *limit >= 0) {
                                   const auto n = static_cast<size_t>(*limit);
                                   book.bids.resize(std::min(book.bids.size(), n));
                                   book.asks.resize(std::min(book.asks.size(), n));
                               }
                               return book;
                           });
    });
}

void Paymium::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kTrades, JsonValue::object(), params, under("data/", m.id, "/trades")), done,
                                    [m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Paymium::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kUser, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Paymium::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (type != "limit" && type != "market") {
            throw Error(ErrorKind::InvalidOrder, "paymium createOrder() supports limit and market orders only");
        }
        JsonValue q = JsonValue::object();
        q.set("type", type == "limit" ? "LimitOrder" : "MarketOrder");
        q.set("currency", m.id);
        q.set("direction", side);
        q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        if (type == "limit") {
            if (!price) {
                throw Error(ErrorKind::ArgumentsRequired, "paymium createOrder() a limit order requires a price");
            }
            q.set("price", JsonValue::number(priceToPrecision(m, *price)));
        }
        request<Order>(spec(kPlaceOrder, q, params), done, [this, m](const JsonRef& r) {
            Order o = parseOrder(r, *this);
            if (o.symbol.empty()) {
                o.symbol = m.symbol;
            }
            return o;
        });
    });
}

void Paymium::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    request<Order>(spec(kCancelOrder, JsonValue::object(), params, under("user/orders/", id, "/cancel")),
                   std::move(done), [id, symbol](const JsonRef& r) {
                       // An empty answer: nothing about the order itself.
                       Order o;
                       o.id = id;
                       o.symbol = symbol;
                       o.info = JsonValue::fromRef(r);
                       o.complete();
                       return o;
                   });
}

void Paymium::fetchOrder(const std::string& id, const std::string&, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kOrder, JsonValue::object(), params, under("user/orders/", id)), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this); });
    });
}

void Paymium::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        // [{"address":"1HdjGr6WCTcnmW1tNNsHX7fh4Jr5C2PeKe","valid_until":1620041926,"currency":"BTC"}]: every
        // address the account holds; the last one listed for the currency is taken.
        request<DepositAddress>(spec(kAddresses, JsonValue::object(), params), done, [this, code](const JsonRef& r) {
            OptString found;
            JsonValue info;
            for (const auto& raw : r.items()) {
                auto address = kit::str(raw["address"]);
                if (safeCurrencyCode(raw["currency"].stringOr("")) == code && rest::usableAddress(address)) {
                    found = address;
                    info = JsonValue::fromRef(raw);
                }
            }
            if (!found) {
                throw Error(ErrorKind::InvalidAddress, "paymium has no deposit address for " + code);
            }
            DepositAddress a;
            a.currency = code;
            a.address = found;
            a.info = info;
            return a;
        });
    });
}

} // namespace bourse::ex
