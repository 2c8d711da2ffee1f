// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitflyer.h"

#include "BitflyerParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <memory>
#include <set>

namespace bourse::ex {

using namespace bitflyer;
using rest::Endpoint;
using rest::spec;

namespace {

constexpr Endpoint kMarketsJp {"public", "GET", "getmarkets", 1};
constexpr Endpoint kMarketsUs {"public", "GET", "getmarkets/usa", 1};
constexpr Endpoint kMarketsEu {"public", "GET", "getmarkets/eu", 1};
constexpr Endpoint kTicker {"public", "GET", "getticker", 1};
constexpr Endpoint kBoard {"public", "GET", "getboard", 1};
constexpr Endpoint kExecutions {"public", "GET", "getexecutions", 1};
constexpr Endpoint kBalance {"private", "GET", "getbalance", 1};
constexpr Endpoint kCommission {"private", "GET", "gettradingcommission", 1};
constexpr Endpoint kChildOrders {"private", "GET", "getchildorders", 1};
constexpr Endpoint kMyExecutions {"private", "GET", "getexecutions", 1};
constexpr Endpoint kCoinIns {"private", "GET", "getcoinins", 1};
constexpr Endpoint kCoinOuts {"private", "GET", "getcoinouts", 1};
constexpr Endpoint kSendChildOrder {"private", "POST", "sendchildorder", 1};
constexpr Endpoint kCancelChildOrder {"private", "POST", "cancelchildorder", 1};
constexpr Endpoint kCancelAll {"private", "POST", "cancelallchildorders", 1};

// getchildorders answers 100 orders unless told otherwise.
constexpr long long kDefaultOrderCount = 100;

// The cancel calls answer 200 with an empty body: that is their success.
void acceptEmpty(Result<JsonDocument> reply, const std::function<void(std::optional<Error>)>& done)
{
    if (!reply.ok() && reply.error().kind() != ErrorKind::NullResponse) {
        done(reply.error());
        return;
    }
    done(std::nullopt);
}

} // namespace

Bitflyer::Bitflyer(Transport& transport, Clock& clock)
    : Exchange(bitflyerDescription(), transport, clock)
{
}

std::string bitflyerSignature(const std::string& secret, const std::string& timestamp, const std::string& method,
                              const std::string& path, const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, timestamp + method + path + body));
}

HttpRequest Bitflyer::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    const bool hasParams = s.params.size() > 0;
    if (s.method == "GET" && hasParams) {
        r.url += "?" + signing::urlencode(paramPairs(s.params));
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    if (s.method != "GET" && hasParams) {
        r.body = s.params.dump();
    }
    // The signature covers the path below the host ("/v1/me/getbalance?..."), whatever origin is used.
    const auto hostEnd = r.url.find('/', r.url.find("//") + 2);
    const std::string path = hostEnd == std::string::npos ? "/" : r.url.substr(hostEnd);
    const std::string timestamp = std::to_string(clock().milliseconds() / 1000);
    r.headers = {
        {"ACCESS-KEY", credentials().apiKey},
        {"ACCESS-TIMESTAMP", timestamp},
        {"ACCESS-SIGN", bitflyerSignature(credentials().secret, timestamp, s.method, path, r.body)},
        {"Content-Type", "application/json"},
    };
    return r;
}

// {"status":-200,"error_message":"Insufficient funds","data":null}
void Bitflyer::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    auto message = kit::str(root["error_message"]);
    if (!message) {
        return;
    }
    const std::string feedback = "bitflyer " + textExcerpt(response.body, 1000);
    if (auto status = root["status"].integer()) {
        if (auto kind = m_description.errors.match(std::to_string(*status))) {
            throw Error(*kind, feedback);
        }
    }
    if (auto kind = m_description.errors.matchBroad(*message)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bitflyer::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // Japan, the US and the EU each list their own products; the spot ones of all three, each once.
    auto markets = std::make_shared<std::vector<Market>>();
    auto collect = [this, markets](const JsonRef& r) {
        for (const auto& raw : r.items()) {
            auto m = parseMarket(raw, *this);
            if (!m) {
                continue;
            }
            bool seen = false;
            for (const auto& known : *markets) {
                seen = seen || known.id == m->id;
            }
            if (!seen) {
                markets->push_back(std::move(*m));
            }
        }
        return std::monostate {};
    };
    auto eu = [=, this](Result<std::monostate> us) {
        if (!us.ok()) {
            done(us.error());
            return;
        }
        request<std::monostate>(
            spec(kMarketsEu, JsonValue::object(), params),
            [done, markets](auto r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                done(std::move(*markets));
            },
            collect);
    };
    auto us = [=, this](Result<std::monostate> jp) {
        if (!jp.ok()) {
            done(jp.error());
            return;
        }
        request<std::monostate>(spec(kMarketsUs, JsonValue::object(), params), eu, collect);
    };
    request<std::monostate>(spec(kMarketsJp, JsonValue::object(), params), us, collect);
}

void Bitflyer::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Bitflyer::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    (void)limit; // getboard answers the whole book
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        request<OrderBook>(spec(kBoard, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Bitflyer::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        if (limit) {
            q.set("count", *limit);
        }
        request<std::vector<Trade>>(spec(kExecutions, q, params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void Bitflyer::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Bitflyer::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        // {"commission_rate": 0.001}: one rate for makers and takers.
        request<TradingFee>(spec(kCommission, q, params), done, [m](const JsonRef& r) {
            TradingFee f;
            f.symbol = m.symbol;
            f.maker = kit::num(r["commission_rate"]);
            f.taker = f.maker;
            f.info = JsonValue::fromRef(r);
            return f;
        });
    });
}

// ---- orders ----

JsonValue Bitflyer::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                 const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    if (type != "limit" && type != "market") {
        throw Error(ErrorKind::InvalidOrder, "bitflyer createOrder() supports only limit or market types");
    }
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "bitflyer createOrder() supports only buy or sell in the side argument");
    }
    if (type == "limit" && !price) {
        throw Error(ErrorKind::ArgumentsRequired, "bitflyer createOrder() a limit order requires a price");
    }
    JsonValue q = JsonValue::object();
    q.set("product_code", m.id);
    q.set("child_order_type", kit::upper(type));
    q.set("side", kit::upper(side));
    if (type == "limit") {
        q.set("price", JsonValue::number(priceToPrecision(m, *price)));
    }
    q.set("size", JsonValue::number(amountToPrecision(m, amount)));
    // GTC (the default), IOC or FOK.
    if (auto tif = kit::takeTextParam(params, "timeInForce")) {
        const std::string upper = kit::upper(*tif);
        if (upper != "GTC" && upper != "IOC" && upper != "FOK") {
            throw Error(ErrorKind::InvalidOrder, "bitflyer createOrder() timeInForce must be GTC, IOC or FOK");
        }
        q.set("time_in_force", upper);
    }
    if (kit::takeBoolParam(params, "postOnly").value_or(false)) {
        throw Error(ErrorKind::InvalidOrder, "bitflyer has no post-only orders");
    }
    return q;
}

void Bitflyer::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        // {"child_order_acceptance_id":"JRF20150707-050237-639234"}
        request<Order>(spec(kSendChildOrder, q, extra), done, [m](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r);
            o.id = kit::str(r["child_order_acceptance_id"]);
            o.symbol = m.symbol;
            o.complete();
            return o;
        });
    });
}

void Bitflyer::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bitflyer cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        q.set("child_order_acceptance_id", id);
        request(spec(kCancelChildOrder, q, params), [done, id, m](Result<JsonDocument> reply) {
            acceptEmpty(std::move(reply), [done, id, m](std::optional<Error> error) {
                if (error) {
                    done(*error);
                    return;
                }
                Order o;
                o.id = id;
                o.symbol = m.symbol;
                o.info = JsonValue::object();
                done(std::move(o));
            });
        });
    });
}

void Bitflyer::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bitflyer cancelAllOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        // The answer names no order: the list of what was cancelled is empty.
        request(spec(kCancelAll, q, params), [done](Result<JsonDocument> reply) {
            acceptEmpty(std::move(reply), [done](std::optional<Error> error) {
                if (error) {
                    done(*error);
                    return;
                }
                done(std::vector<Order> {});
            });
        });
    });
}

void Bitflyer::fetchChildOrders(const std::string& symbol, OptInt since, OptInt limit, JsonValue params,
                                const char* state, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bitflyer fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        q.set("count", limit.value_or(kDefaultOrderCount));
        if (state) {
            q.set("child_order_state", state);
        }
        request<std::vector<Order>>(spec(kChildOrders, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit.value_or(kDefaultOrderCount));
        });
    });
}

void Bitflyer::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    fetchChildOrders(symbol, since, limit, params, nullptr, std::move(done));
}

void Bitflyer::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchChildOrders(symbol, since, limit, params, "ACTIVE", std::move(done));
}

void Bitflyer::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Order>> done)
{
    fetchChildOrders(symbol, since, limit, params, "COMPLETED", std::move(done));
}

void Bitflyer::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bitflyer fetchOrder() requires a symbol argument"));
        return;
    }
    // getchildorders filtered by the acceptance id: a list of at most one order.
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        q.set("child_order_acceptance_id", id);
        request<Order>(spec(kChildOrders, q, params), done, [this, id, m](const JsonRef& r) {
            for (const auto& raw : r.items()) {
                Order o = parseOrder(raw, *this, &m);
                if (o.id == id) {
                    return o;
                }
            }
            throw Error(ErrorKind::OrderNotFound, "bitflyer No order found with id " + id);
        });
    });
}

void Bitflyer::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bitflyer fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("product_code", m.id);
        if (limit) {
            q.set("count", *limit);
        }
        request<std::vector<Trade>>(spec(kMyExecutions, q, params), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Bitflyer::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                                 const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = JsonValue::object();
        if (limit) {
            q.set("count", *limit);
        }
        request<std::vector<Transaction>>(spec(deposits ? kCoinIns : kCoinOuts, q, params), done,
                                          [=, this](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r.items()) {
                                                  items.push_back(parseTransaction(raw, *this));
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

void Bitflyer::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Bitflyer::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
