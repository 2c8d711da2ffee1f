// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bithumb.h"

#include "BithumbParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <memory>

namespace bourse::ex {

using namespace bithumb;
using rest::Endpoint;
using rest::spec;

namespace {

// Costs in the description's 8.334 ms unit (120 requests a second); batch cancels weigh 6.
constexpr Endpoint kMarketAll {"public", "GET", "v1/market/all", 1};
constexpr Endpoint kTicker {"public", "GET", "v1/ticker", 1};
constexpr Endpoint kOrderbook {"public", "GET", "v1/orderbook", 1};
constexpr Endpoint kTradesTicks {"public", "GET", "v1/trades/ticks", 1};
constexpr Endpoint kCandles {"public", "GET", "v1/candles", 1};
constexpr Endpoint kAccounts {"private", "GET", "v1/accounts", 1};
constexpr Endpoint kOrder {"private", "GET", "v1/order", 1};
constexpr Endpoint kOrders {"private", "GET", "v1/orders", 1};
constexpr Endpoint kCreateOrder {"private", "POST", "v2/orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "v2/order", 1};
constexpr Endpoint kDeposits {"private", "GET", "v1/deposits", 1};
constexpr Endpoint kDepositsKrw {"private", "GET", "v1/deposits/krw", 1};
constexpr Endpoint kWithdraws {"private", "GET", "v1/withdraws", 1};
constexpr Endpoint kWithdrawsKrw {"private", "GET", "v1/withdraws/krw", 1};
constexpr Endpoint kCoinAddress {"private", "GET", "v1/deposits/coin_address", 1};

// v1/ticker takes at most this many market ids before the URL gets too long (HTTP 414).
constexpr size_t kTickerChunk = 300;

JsonValue object()
{
    return JsonValue::object();
}

// Bithumb sends amounts with 4 decimals, cut (its prices are 4 significant digits, the precision mode).
std::string amountText(const Market& m, const Decimal& amount)
{
    return decimalToPrecision(amount, Rounding::Truncate, m.precision.amount.value_or(Decimal(4)),
                              CountingMode::DecimalPlaces);
}

} // namespace

Bithumb::Bithumb(Transport& transport, Clock& clock)
    : Exchange(bithumbDescription(), transport, clock)
{
}

std::string bithumbQueryString(const JsonValue& query)
{
    std::string out;
    auto append = [&](const std::string& key, const std::string& value) {
        out += (out.empty() ? "" : "&") + key + "=" + signing::percentEncode(value);
    };
    for (const auto& [key, value] : query.members()) {
        if (value.isArray()) {
            for (const auto& item : value.items()) {
                append(signing::percentEncode(key) + "[]", item.asString().value_or(item.dump()));
            }
        } else {
            append(signing::percentEncode(key), value.asString().value_or(""));
        }
    }
    return out;
}

std::string bithumbAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                                 long long timestamp, const JsonValue& query)
{
    JsonValue payload = JsonValue::object();
    payload.set("access_key", apiKey);
    payload.set("nonce", nonce);
    payload.set("timestamp", timestamp);
    if (query.size() > 0) {
        const std::string hash = signing::digest(signing::Hash::Sha512, bithumbQueryString(query));
        payload.set("query_hash", signing::toHex(hash));
        payload.set("query_hash_alg", "SHA512");
    }
    return "Bearer " + signing::jwtHs256(R"({"alg":"HS256","typ":"JWT"})", payload.dump(), secret);
}

HttpRequest Bithumb::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    const bool hasQuery = s.params.size() > 0;
    const bool inBody = s.method == "POST" || s.method == "PUT";
    if (hasQuery && !inBody) {
        r.url += "?" + bithumbQueryString(s.params);
    }
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    r.headers.emplace_back("Accept", "application/json");
    if (inBody) {
        r.headers.emplace_back("Content-Type", "application/json");
        if (hasQuery) {
            r.body = s.params.dump();
        }
    }
    r.headers.emplace_back("Authorization",
                           bithumbAuthorization(credentials().apiKey, credentials().secret, kit::uuid4(),
                                                clock().milliseconds(), s.params));
    return r;
}

// v1/v2: {"error":{"name":"invalid_access_key","message":"..."}}; the older answers: {"status":"5300",
// "message":"Invalid Apikey"}, "0000" being success.
void Bithumb::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    const std::string feedback = "bithumb " + textExcerpt(response.body, 1000);
    JsonRef error = root["error"];
    if (error.isObject()) {
        for (const auto& text : {rest::str(error["name"]), rest::str(error["message"])}) {
            if (auto kind = text ? m_description.errors.match(*text) : std::nullopt) {
                throw Error(*kind, feedback);
            }
        }
        if (auto message = rest::str(error["message"])) {
            if (auto kind = m_description.errors.matchBroad(*message)) {
                throw Error(*kind, feedback);
            }
        }
        if (auto name = rest::str(error["name"])) {
            if (auto kind = m_description.errors.matchBroad(*name)) {
                throw Error(*kind, feedback);
            }
        }
        throw Error(ErrorKind::ExchangeError, feedback);
    }
    auto status = rest::str(root["status"]);
    if (!status || *status == "0000") {
        return;
    }
    const std::string message = rest::str(root["message"]).value_or("");
    // "No orders in progress" is an empty list, not an error.
    if (message == "거래 진행중인 내역이 존재하지 않습니다.") {
        return;
    }
    for (const std::string& text : {*status, message}) {
        if (auto kind = m_description.errors.match(text); kind && !text.empty()) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bithumb::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    JsonValue q = object();
    q.set("isDetails", true);
    request<std::vector<Market>>(spec(kMarketAll, q, params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r.items()) {
            if (auto m = parseMarket(raw, m_description)) {
                markets.push_back(std::move(*m));
            }
        }
        return markets;
    });
}

void Bithumb::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("markets", m.id);
        request<Ticker>(spec(kTicker, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r[0].isObject() ? r[0] : r, *this, &m); });
    });
}

void Bithumb::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        std::vector<std::string> ids;
        if (symbols.empty()) {
            for (const auto& m : markets()) {
                ids.push_back(m.id);
            }
        } else {
            for (const auto& symbol : symbols) {
                ids.push_back(market(symbol).id);
            }
        }
        // Named symbols go in one request; every market in requests of at most kTickerChunk ids, one after
        // the other.
        auto chunks = std::make_shared<std::vector<std::string>>();
        for (size_t i = 0; i < ids.size(); ++i) {
            if (chunks->empty() || (symbols.empty() && i % kTickerChunk == 0)) {
                chunks->emplace_back();
            }
            chunks->back() += (chunks->back().empty() ? "" : ",") + ids[i];
        }
        auto tickers = std::make_shared<std::vector<Ticker>>();
        auto next = std::make_shared<std::function<void(size_t)>>();
        *next = [this, chunks, tickers, params, done, next](size_t index) {
            if (index >= chunks->size()) {
                done(std::move(*tickers));
                *next = nullptr; // breaks the self-reference
                return;
            }
            JsonValue q = object();
            q.set("markets", (*chunks)[index]);
            request(spec(kTicker, q, params), [this, tickers, done, next, index](Result<JsonDocument> reply) {
                if (!reply.ok()) {
                    done(reply.error());
                    *next = nullptr;
                    return;
                }
                try {
                    for (const auto& raw : reply.value().root().items()) {
                        tickers->push_back(parseTicker(raw, *this, nullptr));
                    }
                } catch (const Error& e) {
                    done(e);
                    *next = nullptr;
                    return;
                }
                (*next)(index + 1);
            });
        };
        (*next)(0);
    });
}

void Bithumb::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // v1/orderbook always sends its 30 levels
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("markets", m.id);
        request<OrderBook>(spec(kOrderbook, q, params), done,
                           [this, m](const JsonRef& r) { return parseOrderBook(r[0], *this, m); });
    });
}

void Bithumb::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("count", *limit);
        }
        q.set("market", m.id);
        request<std::vector<Trade>>(spec(kTradesTicks, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Bithumb::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        auto unit = m_description.timeframe(timeframe);
        if (!unit) {
            throw Error(ErrorKind::BadRequest, "bithumb fetchOHLCV() unsupported timeframe " + timeframe);
        }
        JsonValue q = object();
        q.set("market", m.id);
        if (limit) {
            q.set("count", *limit);
        }
        const bool minutes = *unit != "days" && *unit != "weeks" && *unit != "months";
        const std::string path = std::string(kCandles.path) + (minutes ? "/minutes/" : "/") + *unit;
        request<std::vector<Ohlcv>>(spec(kCandles, q, params, path), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r.items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Bithumb::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kAccounts, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

JsonValue Bithumb::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "bithumb createOrder() invalid side " + side);
    }
    auto timeInForce = rest::takeTextParam(params, {"timeInForce", "time_in_force"});
    auto postOnly = rest::takeBoolParam(params, {"postOnly"});
    auto clientOrderId = rest::takeTextParam(params, {"clientOrderId", "client_order_id"});
    auto cost = rest::takeDecimalParam(params, "cost");
    auto requiresPrice = rest::takeBoolParam(params, {"createMarketBuyOrderRequiresPrice"});
    const std::string tif = rest::upper(timeInForce.value_or("GTC"));
    if (postOnly.value_or(false) && type == "market") {
        throw Error(ErrorKind::InvalidOrder, "bithumb createOrder() a market order cannot be post-only");
    }
    JsonValue q = object();
    q.set("market", m.id);
    q.set("side", side == "buy" ? "bid" : "ask");
    if (postOnly.value_or(false) || tif == "PO" || tif == "POST_ONLY") {
        q.set("time_in_force", "post_only");
    } else if (tif == "FOK" || tif == "IOC") {
        q.set("time_in_force", rest::lower(tif));
    }
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "bithumb createOrder() a limit order requires a price");
        }
        q.set("price", priceToPrecision(m, *price));
        q.set("volume", amountText(m, amount));
        q.set("order_type", "limit");
    } else if (type == "market") {
        if (side == "buy") {
            // A market buy names the quote amount to spend: amount * price, else `cost` or the amount itself
            // when the caller says the price is not required.
            Decimal spend;
            if (requiresPrice.value_or(true)) {
                if (!price && !cost) {
                    throw Error(ErrorKind::InvalidOrder,
                                "bithumb createOrder() requires the price argument for market buy orders to "
                                "calculate the total cost to spend (amount * price), or "
                                "params.createMarketBuyOrderRequiresPrice = false with the cost as the amount");
                }
                spend = price ? amount * *price : *cost;
            } else {
                spend = cost.value_or(amount);
            }
            q.set("price", priceToPrecision(m, spend));
            q.set("order_type", "price");
        } else {
            q.set("volume", amountText(m, amount));
            q.set("order_type", "market");
        }
    } else {
        throw Error(ErrorKind::InvalidOrder, "bithumb createOrder() supports only limit or market types");
    }
    if (clientOrderId) {
        q.set("client_order_id", *clientOrderId);
    }
    return q;
}

void Bithumb::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kCreateOrder, q, extra), done, [=, this](const JsonRef& r) {
            auto id = rest::str(r["order_id"]);
            if (!id) {
                throw Error(ErrorKind::InvalidOrder, "bithumb createOrder() did not return an order id");
            }
            Order o = parseOrder(r, *this, &m);
            o.id = id;
            o.symbol = m.symbol;
            o.type = type;
            o.side = side;
            return o;
        });
    });
}

// cancelOrder and fetchOrder: one order named by its id, or by params.clientOrderId.
void Bithumb::orderById(bool cancel, const std::string& id, const std::string& symbol, const JsonValue& params,
                        Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [this, cancel, id, params, done](const Market* m) {
        JsonValue extra = params;
        JsonValue q = object();
        if (auto clientOrderId = rest::takeTextParam(extra, {"clientOrderId", "client_order_id"})) {
            q.set("client_order_id", *clientOrderId);
        } else {
            q.set(cancel ? "order_id" : "uuid", id);
        }
        request<Order>(spec(cancel ? kCancelOrder : kOrder, q, extra), done, [this, id, m](const JsonRef& r) {
            Order o = parseOrder(r, *this, m);
            if (!id.empty()) {
                o.id = id;
            }
            return o;
        });
    });
}

void Bithumb::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    orderById(true, id, symbol, params, std::move(done));
}

void Bithumb::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    orderById(false, id, symbol, params, std::move(done));
}

void Bithumb::fetchOrderList(const std::string& state, const std::string& symbol, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = object();
        if (auto* ids = extra.find("clientOrderIds"); ids && ids->isArray()) {
            q.set("client_order_ids", *ids);
            extra.remove("clientOrderIds");
        }
        if (m) {
            q.set("market", m->id);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        if (!state.empty()) {
            q.set("state", state);
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kOrders, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r.items()) {
                orders.push_back(parseOrder(raw, *this, m));
            }
            return sortAndFilterOrders(std::move(orders), unified, since, limit);
        });
    });
}

void Bithumb::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    fetchOrderList("", symbol, since, limit, params, std::move(done));
}

void Bithumb::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    fetchOrderList("wait", symbol, since, limit, params, std::move(done));
}

void Bithumb::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    fetchOrderList("done", symbol, since, limit, params, std::move(done));
}

// ---- funding ----

void Bithumb::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        // One address per network, and the network must be named.
        auto network = rest::takeTextParam(extra, {"network", "net_type"});
        if (!network) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "bithumb " + code + " fetchDepositAddress() requires a network parameter");
        }
        JsonValue q = object();
        q.set("currency", rest::knownCurrencyId(*this, code).value_or(code));
        q.set("net_type", *network);
        request<DepositAddress>(spec(kCoinAddress, q, extra), done,
                                [this](const JsonRef& r) { return parseDepositAddress(r, *this); });
    });
}

void Bithumb::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                                const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit);
        }
        // Won moves through its own bank-transfer lists.
        const bool krw = code == "KRW";
        if (!code.empty() && !krw) {
            q.set("currency", rest::knownCurrencyId(*this, code).value_or(code));
        }
        const Endpoint& e = deposits ? (krw ? kDepositsKrw : kDeposits) : (krw ? kWithdrawsKrw : kWithdraws);
        request<std::vector<Transaction>>(spec(e, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r.items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Bithumb::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Bithumb::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
