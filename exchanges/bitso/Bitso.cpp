// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitso.h"

#include "BitsoParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <memory>

namespace bourse::ex {

using namespace bitso;
using rest::Endpoint;

namespace {

// Every Bitso endpoint costs one unit of the description's two seconds.
constexpr Endpoint kAvailableBooks {"public", "GET", "available_books", 1};
constexpr Endpoint kCatalogues {"public", "GET", "catalogues", 1};
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kOrderBook {"public", "GET", "order_book", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kOhlc {"public", "GET", "ohlc", 1};
constexpr Endpoint kBalance {"private", "GET", "balance", 1};
constexpr Endpoint kFees {"private", "GET", "fees", 1};
constexpr Endpoint kFundings {"private", "GET", "fundings", 1};
constexpr Endpoint kFundingDestination {"private", "GET", "funding_destination", 1};
constexpr Endpoint kOpenOrders {"private", "GET", "open_orders", 1};
constexpr Endpoint kOrder {"private", "GET", "orders/{oid}", 1};
constexpr Endpoint kUserTrades {"private", "GET", "user_trades", 1};
constexpr Endpoint kCreateOrder {"private", "POST", "orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "orders/{oid}", 1};
constexpr Endpoint kCancelAll {"private", "DELETE", "orders/all", 1};

JsonValue object()
{
    return JsonValue::object();
}

// The payload of {"success":true,"payload":...}.
JsonRef payloadOf(const JsonRef& r)
{
    return r["payload"];
}

} // namespace

Bitso::Bitso(Transport& transport, Clock& clock)
    : Exchange(bitsoDescription(), transport, clock)
{
}

std::string bitsoAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                               const std::string& method, const std::string& path, const std::string& body)
{
    const std::string mac = signing::hmac(signing::Hash::Sha256, secret, nonce + method + path + body);
    return "Bitso " + apiKey + ":" + nonce + ":" + signing::toHex(mac);
}

HttpRequest Bitso::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    std::string path = s.path;
    const bool queryInUrl = s.method == "GET" || s.method == "DELETE";
    if (queryInUrl && s.params.size() > 0) {
        path += "?" + signing::urlencode(paramPairs(s.params));
    }
    r.url = apiUrl(s.api) + "/" + path;
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    if (!queryInUrl && s.params.size() > 0) {
        r.body = s.params.dump();
        r.headers.emplace_back("Content-Type", "application/json");
    }
    const std::string nonce = std::to_string(clock().milliseconds());
    // The signed path is the one below the host, whatever origin the request is sent to.
    r.headers.emplace_back("Authorization",
                           bitsoAuthorization(credentials().apiKey, credentials().secret, nonce, s.method,
                                              "/api/" + m_description.version + "/" + path, r.body));
    return r;
}

// {"success":false,"error":{"code":"0201","message":"Invalid Nonce or Invalid Credentials"}}
void Bitso::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || !json->root().has("success")) {
        return;
    }
    JsonRef success = json->root()["success"];
    const std::string flag = success.isBool() ? (*success.boolean() ? "true" : "false") : success.stringOr("");
    if (flag == "true" || flag == "1") {
        return;
    }
    JsonRef error = json->root()["error"];
    const std::string code = error["code"].stringOr("");
    const std::string feedback = "bitso " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(code); kind && !code.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bitso::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(rest::spec(kCatalogues, object(), params), std::move(done),
                                   [this](const JsonRef& r) {
                                       std::vector<Currency> out;
                                       for (const auto& raw : payloadOf(r)["currencies"]["metadata"].items()) {
                                           out.push_back(parseCurrency(raw, *this));
                                       }
                                       return out;
                                   });
}

void Bitso::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // The books carry no amount step: it is the base currency's precision, from the catalogue, read after the
    // books (when the currencies are not known yet) so that the books are the request the method is named for.
    request(rest::spec(kAvailableBooks, object(), params), [this, done](Result<JsonDocument> books) {
        if (!books.ok()) {
            done(books.error());
            return;
        }
        auto doc = std::make_shared<JsonDocument>(std::move(books.value()));
        auto parse = [this, doc, done] {
            done(guarded<std::vector<Market>>([&] {
                std::vector<Market> markets;
                for (const auto& raw : payloadOf(doc->root()).items()) {
                    markets.push_back(parseMarket(raw, *this));
                }
                return markets;
            }));
        };
        if (!currencies().empty()) {
            parse();
            return;
        }
        fetchCurrencies(object(), [this, parse, done](Result<std::vector<Currency>> result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            setCurrencies(std::move(result.value()));
            parse();
        });
    });
}

void Bitso::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("book", m.id);
        request<Ticker>(rest::spec(kTicker, q, params), done,
                        [m](const JsonRef& r) { return parseTicker(payloadOf(r), m); });
    });
}

void Bitso::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // Bitso sends the whole (aggregated) book
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("book", m.id);
        request<OrderBook>(rest::spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(payloadOf(r), m); });
    });
}

void Bitso::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("book", m.id);
        request<std::vector<Trade>>(rest::spec(kTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : payloadOf(r).items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Bitso::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                       const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        const long long seconds = kit::timeframeSeconds(timeframe);
        JsonValue q = object();
        q.set("book", m.id);
        q.set("time_bucket", m_description.timeframe(timeframe).value_or(timeframe));
        // The window is [start, end] in milliseconds: from `since` on, or the last `limit` buckets up to now.
        if (since) {
            q.set("start", *since);
            if (limit) {
                q.set("end", *since + seconds * *limit * 1000);
            }
        } else if (limit) {
            const long long now = clock().milliseconds();
            q.set("end", now);
            q.set("start", now - seconds * 1000 * *limit);
        }
        request<std::vector<Ohlcv>>(rest::spec(kOhlc, q, params), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : payloadOf(r).items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Bitso::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(rest::spec(kBalance, object(), params), done, [this](const JsonRef& r) {
            Balance b = parseBalance(payloadOf(r), *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

void Bitso::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(rest::spec(kFees, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : payloadOf(r)["fees"].items()) {
                fees.push_back(parseTradingFee(raw, *this));
            }
            return fees;
        });
    });
}

// ---- orders ----

JsonValue Bitso::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                              const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "bitso createOrder() side must be buy or sell");
    }
    if (type != "limit" && type != "market") {
        throw Error(ErrorKind::InvalidOrder, "bitso createOrder() supports only limit and market orders");
    }
    auto clientOrderId = rest::takeTextParam(params, "clientOrderId");
    auto timeInForce = rest::takeTextParam(params, "timeInForce");
    auto postOnly = rest::takeBoolParam(params, {"postOnly"});
    auto trigger = rest::takeDecimalParam(params, "triggerPrice");
    if (!trigger) {
        trigger = rest::takeDecimalParam(params, "stopPrice");
    }
    JsonValue q = object();
    q.set("book", m.id);
    q.set("side", side);
    q.set("type", type);
    q.set("major", amountToPrecision(m, amount));
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "bitso createOrder() a limit order requires a price");
        }
        q.set("price", priceToPrecision(m, *price));
    }
    if (trigger) {
        // A stop order: placed once the market trades through `stop`.
        q.set("stop", priceToPrecision(m, *trigger));
    }
    const std::string tif = kit::upper(timeInForce.value_or(""));
    if (postOnly.value_or(false) || tif == "PO") {
        if (type != "limit") {
            throw Error(ErrorKind::InvalidOrder, "bitso createOrder() only a limit order can be post-only");
        }
        q.set("time_in_force", "postonly");
    } else if (tif == "IOC") {
        q.set("time_in_force", "immediateorcancel");
    } else if (tif == "FOK") {
        q.set("time_in_force", "fillorkill");
    } else if (tif == "GTC") {
        q.set("time_in_force", "goodtillcancelled");
    }
    if (clientOrderId) {
        q.set("client_id", *clientOrderId);
    }
    return q;
}

void Bitso::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                        const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(rest::spec(kCreateOrder, q, extra), done, [m](const JsonRef& r) {
            // Bitso answers with the new order's id only: {"payload":{"oid":"qlbga6b600n3xta7"}}.
            Order o = orderWithId(payloadOf(r)["oid"].stringOr(""), m.symbol);
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Bitso::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol; // Bitso cancels by order id alone
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(rest::spec(kCancelOrder, object(), params, "orders/" + id), done, [](const JsonRef& r) {
            // {"success":true,"payload":["hG5WlCiC4OWRt2up"]}
            Order o = orderWithId(payloadOf(r)[0].stringOr(""), std::string());
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Bitso::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (!symbol.empty()) {
        done(Error(ErrorKind::NotSupported,
                   "bitso cancelAllOrders() cancels every order of the account; it takes no symbol"));
        return;
    }
    withMarkets<std::vector<Order>>(done, [this, params, done] {
        request<std::vector<Order>>(rest::spec(kCancelAll, object(), params), done, [](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& id : payloadOf(r).items()) {
                orders.push_back(orderWithId(id.stringOr(""), std::string()));
            }
            return orders;
        });
    });
}

void Bitso::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(rest::spec(kOrder, object(), params, "orders/" + id), done, [this, id](const JsonRef& r) {
            JsonRef list = payloadOf(r);
            if (list.isArray() && list.size() == 1) {
                return parseOrder(list[0], *this, nullptr);
            }
            throw Error(ErrorKind::OrderNotFound, "bitso: the order " + id + " was not found");
        });
    });
}

JsonValue Bitso::pagedRequest(const Market* market, OptInt since, OptInt limit, JsonValue& params,
                              const char* method) const
{
    // Bitso pages by id (`marker`), not by time.
    const JsonValue* marker = params.find("marker");
    if (since && !marker) {
        throw Error(ErrorKind::ExchangeError,
                    std::string("bitso ") + method + "() cannot start from a time; pass params.marker (an id) instead");
    }
    if (marker) {
        if (auto id = marker->asInteger()) {
            params.set("marker", *id);
        }
    }
    JsonValue q = object();
    if (market) {
        q.set("book", market->id);
    }
    q.set("limit", limit.value_or(25));
    return q;
}

void Bitso::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = pagedRequest(m, since, limit, extra, "fetchOpenOrders");
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(rest::spec(kOpenOrders, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : payloadOf(r).items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return sortAndFilterOrders(std::move(orders), wanted, since, limit.value_or(25));
        });
    });
}

void Bitso::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = pagedRequest(m, since, limit, extra, "fetchMyTrades");
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Trade>>(rest::spec(kUserTrades, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : payloadOf(r).items()) {
                trades.push_back(parseTrade(raw, *this, m));
            }
            return sortAndFilterTrades(std::move(trades), wanted, since, limit.value_or(25));
        });
    });
}

// ---- funding ----

void Bitso::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue q = object();
        q.set("fund_currency", rest::knownCurrencyId(*this, code).value_or(kit::lower(code)));
        request<DepositAddress>(rest::spec(kFundingDestination, q, params), done, [code](const JsonRef& r) {
            // {"payload":{"account_identifier_name":"SPEI CLABE","account_identifier":"646180115400346012"}};
            // a tagged coin appends "?dt=<tag>".
            std::string address = payloadOf(r)["account_identifier"].stringOr("");
            DepositAddress a;
            a.currency = code;
            if (auto cut = address.find("?dt="); cut != std::string::npos) {
                a.tag = address.substr(cut + 4);
                address.resize(cut);
            }
            if (!rest::usableAddress(address)) {
                throw Error(ErrorKind::InvalidAddress, "bitso sent no usable deposit address for " + code);
            }
            a.address = address;
            a.info = JsonValue::fromRef(r);
            return a;
        });
    });
}

void Bitso::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        request<std::vector<Transaction>>(rest::spec(kFundings, object(), params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : payloadOf(r).items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

} // namespace bourse::ex
