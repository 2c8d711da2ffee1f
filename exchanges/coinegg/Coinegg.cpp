// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinegg.h"

#include "CoineggParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "common/TradeCandles.h"
#include "core/Filtering.h"
#include "core/Signing.h"
#include "jpkit/PairBook.h"

#include <algorithm>
#include <memory>

namespace bourse::ex {

using namespace coinegg;
using rest::Endpoint;
using rest::spec;

namespace {

// Every call costs one unit of the member's rate limit; the paths carry the region (quote id), given per call.
constexpr Endpoint kAllcoin {"web", "GET", "", 1}; // <quote>/allcoin
constexpr Endpoint kTicker {"public", "GET", "", 1}; // ticker/region/<quote>
constexpr Endpoint kDepth {"public", "GET", "", 1}; // depth/region/<quote>
constexpr Endpoint kTrades {"public", "GET", "", 1}; // orders/region/<quote>
constexpr Endpoint kBalance {"private", "POST", "balance", 1};
constexpr Endpoint kTrading {"private", "POST", "", 1}; // trade_add|trade_cancel|trade_view|trade_list/region/<q>

JsonValue object()
{
    return JsonValue::object();
}

// The market's base in its region: the fields every market call starts with.
JsonValue coinOf(const Market& m)
{
    JsonValue q = object();
    q.set("coin", m.baseId);
    return q;
}

// coinegg answers a trading call as {"result":true,"data":...}; btctradeim as {"code":0,"msg":"...","data":...};
// a few calls carry their fields at the top ({"result":true,"id":"11"}).
JsonRef payload(const JsonRef& r)
{
    return r.has("data") ? r["data"] : r;
}

} // namespace

Coinegg::Coinegg(Transport& transport, Clock& clock)
    : Coinegg(transport, clock, coineggDescription(), coineggApi())
{
}

Coinegg::Coinegg(Transport& transport, Clock& clock, ExchangeDescription description, CoineggApi api)
    : Exchange(std::move(description), transport, clock)
    , m_api(std::move(api))
{
}

std::string coineggSignature(const std::string& form, const std::string& secret)
{
    const std::string key = signing::toHex(signing::digest(signing::Hash::Md5, secret));
    return signing::toHex(signing::hmac(signing::Hash::Sha256, key, form));
}

long long Coinegg::nextNonce()
{
    // Milliseconds; a nonce not above the last one is refused (code 106), so calls within one millisecond take
    // the next number.
    m_lastNonce = std::max(clock().milliseconds(), m_lastNonce + 1);
    return m_lastNonce;
}

HttpRequest Coinegg::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api != "private") {
        JsonValue query = s.params;
        if (s.api == "web") {
            // The web lists are cached by URL: a time stamp keeps the answer fresh.
            query.set("t", clock().milliseconds());
        }
        if (query.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(query));
        }
        return r;
    }
    requireCredentials();
    // key and nonce lead the form, the call's fields follow in their order, the signature of all that ends it.
    JsonValue form = object();
    form.set("key", credentials().apiKey);
    form.set("nonce", nextNonce());
    mergeParams(form, s.params);
    r.body = signing::urlencode(paramPairs(form));
    r.body += "&signature=" + coineggSignature(r.body, credentials().secret);
    r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    return r;
}

// {"result":false,"code":"103"} (coinegg), {"code":"104","msg":"...","data":null} (btctradeim), with HTTP 200.
void Coinegg::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    const auto code = rest::str(root["code"]);
    if (root.has("result")) {
        const JsonRef result = root["result"];
        bool ok = false;
        if (auto b = result.boolean()) {
            ok = *b;
        } else if (auto s = result.string()) {
            ok = *s == "true" || *s == "1";
        }
        if (ok) {
            return;
        }
    } else if (!code || *code == "0") {
        return; // a public answer, or btctradeim's success
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (code) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Coinegg::fetchRegions(std::vector<std::string> quoteIds, size_t next, const JsonValue& params,
                           std::function<void(const std::string&, const JsonRef&)> each, Callback<std::monostate> done)
{
    if (next >= quoteIds.size()) {
        done(std::monostate {});
        return;
    }
    const std::string quoteId = quoteIds[next];
    request<std::monostate>(
        spec(kAllcoin, object(), params, quoteId + "/allcoin"),
        [=, this](Result<std::monostate> r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            fetchRegions(quoteIds, next + 1, params, each, done);
        },
        [quoteId, each](const JsonRef& r) {
            each(quoteId, r);
            return std::monostate {};
        });
}

// Each region's allcoin list: {"eth":[name, last, buy, sell, high, low, vol, quoteVol, change], ...}.
void Coinegg::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    auto markets = std::make_shared<std::vector<Market>>();
    fetchRegions(
        m_api.quoteIds, 0, params,
        [this, markets](const std::string& quoteId, const JsonRef& r) {
            if (!r.isObject()) {
                throw Error(ErrorKind::ExchangeNotAvailable,
                            id() + " fetchMarkets() for \"" + quoteId + "\" returned: " + r.toJsonText());
            }
            for (const auto& member : r.members()) {
                markets->push_back(parseMarket(std::string(member.key), quoteId, member.value, *this));
            }
        },
        [this, markets, done](Result<std::monostate> r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            // A region may be empty; a venue with no market at all is not answering.
            if (markets->empty()) {
                done(Error(ErrorKind::ExchangeNotAvailable, id() + " fetchMarkets() found no markets"));
                return;
            }
            done(std::move(*markets));
        });
}

void Coinegg::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, coinOf(m), params, "ticker/region/" + m.quoteId), done,
                        [this, m](const JsonRef& r) { return parseTicker(payload(r), m, clock().milliseconds()); });
    });
}

void Coinegg::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        // The regions that hold a wanted market, in the member's order (all of them without symbols).
        std::vector<std::string> wanted;
        for (const auto& s : symbols) {
            wanted.push_back(market(s).symbol);
        }
        std::vector<std::string> quoteIds;
        for (const auto& quoteId : m_api.quoteIds) {
            const bool needed = wanted.empty() || std::any_of(wanted.begin(), wanted.end(), [&](const auto& s) {
                                    return findMarket(s)->quoteId == quoteId;
                                });
            if (needed) {
                quoteIds.push_back(quoteId);
            }
        }
        auto tickers = std::make_shared<std::vector<Ticker>>();
        fetchRegions(
            quoteIds, 0, params,
            [this, wanted, tickers](const std::string& quoteId, const JsonRef& r) {
                for (const auto& member : r.members()) {
                    const Market* m = findMarketById(std::string(member.key) + quoteId);
                    if (!m || (!wanted.empty() && std::find(wanted.begin(), wanted.end(), m->symbol) == wanted.end())) {
                        continue;
                    }
                    tickers->push_back(parseAllcoinTicker(member.value, *m, clock().milliseconds()));
                }
            },
            [tickers, done](Result<std::monostate> r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                done(std::move(*tickers));
            });
    });
}

// {"asks":[[price, amount], ...],"bids":[...]}: the whole book; the API takes no depth.
void Coinegg::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        request<OrderBook>(
            spec(kDepth, coinOf(m), params, "depth/region/" + m.quoteId), done,
            [m, limit](const JsonRef& r) { return kit::cutBook(jpkit::parsePairBook(payload(r), m.symbol), limit); });
    });
}

// [trade, ...]: the region's last trades of the coin; the API takes no since or limit, they are applied here.
void Coinegg::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kTrades, coinOf(m), params, "orders/region/" + m.quoteId), done,
                                    [m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : payload(r).items()) {
                                            trades.push_back(parseTrade(raw, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Coinegg::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    kit::fetchOhlcvFromTrades(*this, symbol, timeframe, since, limit, params, std::move(done));
}

// ---- account ----

void Coinegg::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(payload(r), *this); });
    });
}

// ---- orders ----

JsonValue Coinegg::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                const Decimal& amount, const OptDecimal& price) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() takes buy or sell as the side");
    }
    if (type != "limit" && type != "market") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() does not support order type " + type);
    }
    if (type == "limit" && !price) {
        throw Error(ErrorKind::ArgumentsRequired, id() + " createOrder() requires a price for a limit order");
    }
    // trade_add knows no order type: coin, type (the side), amount and price. A market order is sent as 2019 ccxt
    // sent it, the same form with the price when one is given; the venue answers one without a price with code 100.
    JsonValue q = coinOf(m);
    q.set("type", side);
    q.set("amount", amountToPrecision(m, amount));
    if (price) {
        q.set("price", priceToPrecision(m, *price));
    }
    return q;
}

// {"result":true,"id":"11"} (btctradeim: {"code":0,"msg":"Success","data":{"id":"11"}})
void Coinegg::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = orderRequest(m, type, side, amount, price);
        const OptDecimal sentAmount = Decimal::parse(*q.find("amount")->asString());
        const OptDecimal sentPrice =
            q.find("price") ? Decimal::parse(*q.find("price")->asString()) : OptDecimal(std::nullopt);
        request<Order>(spec(kTrading, q, params, "trade_add/region/" + m.quoteId), done, [=, this](const JsonRef& r) {
            Order o;
            o.id = rest::str(payload(r)["id"]);
            if (!o.id) {
                throw Error(ErrorKind::BadResponse, id() + " createOrder() got no order id");
            }
            o.timestamp = clock().milliseconds();
            o.symbol = m.symbol;
            o.type = type;
            o.side = side;
            o.price = sentPrice;
            o.amount = sentAmount;
            o.filled = Decimal(0);
            o.remaining = sentAmount;
            o.status = "open";
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

// {"result":true}: the order is named by its id in its market's region, so the symbol is required.
void Coinegg::cancelOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("id", orderId);
        mergeParams(q, coinOf(m));
        request<Order>(spec(kTrading, q, params, "trade_cancel/region/" + m.quoteId), done, [=](const JsonRef& r) {
            Order o;
            o.id = orderId;
            o.symbol = m.symbol;
            o.status = "canceled";
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

// {"result":true,"data":{order}}
void Coinegg::fetchOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("id", orderId);
        mergeParams(q, coinOf(m));
        request<Order>(spec(kTrading, q, params, "trade_view/region/" + m.quoteId), done, [=, this](const JsonRef& r) {
            const JsonRef raw = r["data"];
            if (!raw.isObject()) {
                throw Error(ErrorKind::OrderNotFound, id() + " order " + orderId + " not found");
            }
            return parseOrder(raw, m);
        });
    });
}

// {"result":true,"data":[order, ...]}: one region's orders of the coin, since a time in seconds.
void Coinegg::listOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params, bool openOnly,
                         Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = coinOf(m);
        if (since) {
            q.set("since", *since / 1000);
        }
        if (openOnly) {
            q.set("type", "open");
        }
        request<std::vector<Order>>(spec(kTrading, q, params, "trade_list/region/" + m.quoteId), done,
                                    [=](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["data"].items()) {
                                            orders.push_back(parseOrder(raw, m));
                                        }
                                        if (openOnly) {
                                            std::erase_if(orders, [](const Order& o) { return o.status != "open"; });
                                        }
                                        return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
                                    });
    });
}

void Coinegg::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    listOrders(symbol, since, limit, params, false, std::move(done));
}

void Coinegg::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    listOrders(symbol, since, limit, params, true, std::move(done));
}

} // namespace bourse::ex
