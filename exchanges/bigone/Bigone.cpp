// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bigone.h"

#include "BigoneParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace bigone;
using rest::Endpoint;
using rest::spec;

namespace {

// Every BigONE endpoint costs one 20 ms unit.
constexpr Endpoint kPing {"public", "GET", "ping", 1};
constexpr Endpoint kAssetPairs {"public", "GET", "asset_pairs", 1};
constexpr Endpoint kDepth {"public", "GET", "asset_pairs/{asset_pair_name}/depth", 1};
constexpr Endpoint kTrades {"public", "GET", "asset_pairs/{asset_pair_name}/trades", 1};
constexpr Endpoint kTicker {"public", "GET", "asset_pairs/{asset_pair_name}/ticker", 1};
constexpr Endpoint kCandles {"public", "GET", "asset_pairs/{asset_pair_name}/candles", 1};
constexpr Endpoint kTickers {"public", "GET", "asset_pairs/tickers", 1};
constexpr Endpoint kAssets {"webExchange", "GET", "v3/assets", 1};
constexpr Endpoint kAccounts {"private", "GET", "accounts", 1};
constexpr Endpoint kFundAccounts {"private", "GET", "fund/accounts", 1};
constexpr Endpoint kAddress {"private", "GET", "assets/{asset_symbol}/address", 1};
constexpr Endpoint kOrders {"private", "GET", "orders", 1};
constexpr Endpoint kOrder {"private", "GET", "orders/{id}", 1};
constexpr Endpoint kMyTrades {"private", "GET", "trades", 1};
constexpr Endpoint kWithdrawals {"private", "GET", "withdrawals", 1};
constexpr Endpoint kDeposits {"private", "GET", "deposits", 1};
constexpr Endpoint kPlaceOrder {"private", "POST", "orders", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "orders/{id}/cancel", 1};
constexpr Endpoint kCancelAll {"private", "POST", "orders/cancel", 1};

// An endpoint's path with its one {placeholder} filled in.
std::string pathWith(const Endpoint& e, const std::string& value)
{
    std::string path = e.path;
    auto open = path.find('{');
    auto close = path.find('}', open);
    return path.replace(open, close - open + 1, signing::percentEncode(value));
}

// ccxt's exchangeMillisecondsCorrection: BigONE rejects a nonce ahead of its clock, so the token claims a time
// 100 ms in the past.
constexpr long long kNonceCorrectionNs = -100'000'000;

} // namespace

Bigone::Bigone(Transport& transport, Clock& clock)
    : Exchange(bigoneDescription(), transport, clock)
{
}

std::string bigoneToken(const std::string& apiKey, const std::string& secret, const std::string& nonce)
{
    JsonValue payload = JsonValue::object();
    payload.set("type", "OpenAPIV2");
    payload.set("sub", apiKey);
    payload.set("nonce", nonce);
    return signing::jwtHs256(R"({"alg":"HS256","typ":"JWT"})", payload.dump(), secret);
}

HttpRequest Bigone::sign(const RequestSpec& s)
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
    const std::string nonce = std::to_string(clock().milliseconds() * 1'000'000 + kNonceCorrectionNs);
    r.headers = {{"Authorization", "Bearer " + bigoneToken(credentials().apiKey, credentials().secret, nonce)}};
    if (s.method == "GET") {
        if (hasQuery) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
    } else {
        r.headers.push_back({"Content-Type", "application/json"});
        r.body = s.params.dump();
    }
    return r;
}

// {"code":10014,"message":"Insufficient funds"}
void Bigone::handleErrors(const HttpResponse&, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const auto code = root["code"].string();
    if (!code || *code == "0") {
        return;
    }
    const std::string message = root["message"].stringOr("");
    const std::string feedback = "bigone " + root.toJsonText();
    if (auto kind = m_description.errors.match(message)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.match(*code)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bigone::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // Spot pairs only: the contract symbols live on another API and Bourse trades spot here.
    request<std::vector<Market>>(spec(kAssetPairs, JsonValue::object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r["data"].items()) {
                                         markets.push_back(parseMarket(raw, *this));
                                     }
                                     return markets;
                                 });
}

void Bigone::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kAssets, JsonValue::object(), params), std::move(done),
                                   [this](const JsonRef& r) {
                                       std::vector<Currency> currencies;
                                       for (const auto& raw : r["data"].items()) {
                                           currencies.push_back(parseCurrency(raw, *this));
                                       }
                                       return currencies;
                                   });
}

void Bigone::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kPing, JsonValue::object(), params), std::move(done), [](const JsonRef& r) {
        // {"data":{"Timestamp":1527665262168391000}}: nanoseconds.
        JsonRef data = r["data"];
        auto ns = data["Timestamp"].integer();
        if (!ns) {
            ns = data["timestamp"].integer();
        }
        if (!ns) {
            throw Error(ErrorKind::ExchangeError, "bigone fetchTime() missing timestamp");
        }
        return *ns / 1'000'000;
    });
}

void Bigone::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, JsonValue::object(), params, pathWith(kTicker, m.id)), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"], *this, &m); });
    });
}

void Bigone::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue q = JsonValue::object();
        if (!symbols.empty()) {
            std::string ids;
            for (const auto& s : symbols) {
                ids += (ids.empty() ? "" : ",") + market(s).id;
            }
            q.set("pair_names", ids);
        }
        JsonValue extra = params;
        rest::takeSpotType(extra, id(), "fetchTickers", false);
        request<std::vector<Ticker>>(spec(kTickers, q, extra), done, [this, symbols](const JsonRef& r) {
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

void Bigone::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        if (limit) {
            q.set("limit", *limit); // 50 unless asked, at most 200
        }
        request<OrderBook>(spec(kDepth, q, params, pathWith(kDepth, m.id)), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["data"], m.symbol); });
    });
}

void Bigone::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        // The tape takes no size or time: the latest trades, filtered here.
        request<std::vector<Trade>>(spec(kTrades, JsonValue::object(), params, pathWith(kTrades, m.id)), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Bigone::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        auto until = rest::takeDecimalParam(extra, "until");
        // BigONE pages backwards from `time` (the end): 100 candles unless asked, at most 500, which a
        // since..until window takes whole.
        const long long count = limit.value_or(since && until ? 500 : 100);
        JsonValue q = JsonValue::object();
        q.set("period", m_description.timeframe(timeframe).value_or(timeframe));
        q.set("limit", count);
        OptInt end;
        if (since) {
            end = *since + count * kit::timeframeSeconds(timeframe) * 1000;
            if (until) {
                end = std::min(*end, until->toInt64() + 1);
            }
        } else if (until) {
            end = until->toInt64() + 1;
        }
        if (end) {
            q.set("time", iso8601(*end));
        }
        request<std::vector<Ohlcv>>(spec(kCandles, q, extra, pathWith(kCandles, m.id)), done,
                                    [since, count](const JsonRef& r) {
                                        std::vector<Ohlcv> rows;
                                        for (const auto& raw : r["data"].items()) {
                                            rows.push_back(parseOhlcv(raw));
                                        }
                                        return sortAndFilterOhlcv(std::move(rows), since, count);
                                    });
    });
}

// ---- account ----

void Bigone::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        // The funding account has its own call; every other type reads the spot accounts.
        const std::string type = rest::takeTextParam(extra, "type").value_or("");
        const Endpoint& e = type == "funding" || type == "fund" ? kFundAccounts : kAccounts;
        request<Balance>(spec(e, JsonValue::object(), extra), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

// ---- orders ----

JsonValue Bigone::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                               const OptDecimal& price, JsonValue& params) const
{
    const bool buy = side == "buy";
    std::string requestType = rest::upper(type);
    const bool isLimit = requestType == "LIMIT";
    const bool isMarket = requestType == "MARKET";
    const auto timeInForce = rest::upper(rest::textParam(params, "timeInForce").value_or(""));
    const bool postOnly = rest::boolParam(params, "postOnly") == true || timeInForce == "PO"
        || rest::boolParam(params, "post_only") == true;
    if (postOnly) {
        if (timeInForce == "IOC" || timeInForce == "FOK") {
            throw Error(ErrorKind::InvalidOrder,
                        "bigone createOrder() postOnly orders cannot have timeInForce equal to " + timeInForce);
        }
        if (isMarket) {
            throw Error(ErrorKind::InvalidOrder, "bigone createOrder() market orders cannot be postOnly");
        }
    }
    params.remove("postOnly");
    params.remove("timeInForce");
    auto trigger = rest::takeTextParam(params, {"triggerPrice", "stopPrice", "stop_price"});
    auto clientOrderId = rest::takeTextParam(params, "clientOrderId");
    JsonValue q = JsonValue::object();
    q.set("asset_pair_name", m.id);
    q.set("side", buy ? "BID" : "ASK");
    if (isLimit || requestType == "STOP_LIMIT") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "bigone createOrder() a limit order requires a price");
        }
        q.set("amount", amountToPrecision(m, amount));
        q.set("price", priceToPrecision(m, *price));
        if (isLimit && timeInForce == "IOC") {
            q.set("immediate_or_cancel", true);
        }
        if (isLimit && postOnly) {
            q.set("post_only", true);
        }
    } else if (buy) {
        // A market buy is sized in quote currency: `cost`, else amount * price, else (when the caller says the
        // price is not required) the amount itself.
        const bool requiresPrice = rest::takeBoolParam(params, {"createMarketBuyOrderRequiresPrice"}).value_or(true);
        auto cost = rest::takeDecimalParam(params, "cost");
        if (requiresPrice) {
            if (!cost && !price) {
                throw Error(ErrorKind::InvalidOrder,
                            "bigone createOrder() requires the price argument for market buy orders to calculate the "
                            "total cost to spend (amount * price), alternatively set the "
                            "createMarketBuyOrderRequiresPrice option or param to false and pass the cost to spend in "
                            "the amount argument");
            }
            q.set("amount", costToPrecision(m, cost ? *cost : amount * *price));
        } else {
            q.set("amount", costToPrecision(m, amount));
        }
    } else {
        q.set("amount", amountToPrecision(m, amount));
    }
    if (trigger) {
        auto stop = Decimal::parse(*trigger);
        if (!stop) {
            throw Error(ErrorKind::InvalidOrder, "bigone createOrder() triggerPrice is not a number: " + *trigger);
        }
        q.set("stop_price", priceToPrecision(m, *stop));
        // Rising through the trigger for a buy, falling through it for a sell (`operator` in params overrides).
        q.set("operator", buy ? "GTE" : "LTE");
        if (isLimit) {
            requestType = "STOP_LIMIT";
        } else if (isMarket) {
            requestType = "STOP_MARKET";
        }
    }
    q.set("type", requestType);
    if (clientOrderId) {
        q.set("client_order_id", *clientOrderId);
    }
    return q;
}

void Bigone::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kPlaceOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Bigone::cancelOrder(const std::string& id, const std::string&, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kCancelOrder, JsonValue::object(), params, pathWith(kCancelOrder, id)), done,
                       [this](const JsonRef& r) { return parseOrder(r["data"], *this, nullptr); });
    });
}

void Bigone::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bigone cancelAllOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("asset_pair_name", m.id);
        request<std::vector<Order>>(spec(kCancelAll, q, params), done, [](const JsonRef& r) {
            // {"code":0,"data":{"cancelled":[58272370,58272377],"failed":[]}}: ids only.
            std::vector<Order> orders;
            for (const char* list : {"cancelled", "failed"}) {
                for (const auto& raw : r["data"][list].items()) {
                    Order o;
                    o.id = raw.string();
                    o.status = std::string(list) == "cancelled" ? "canceled" : "failed";
                    o.info = JsonValue::fromRef(raw);
                    o.complete();
                    orders.push_back(std::move(o));
                }
            }
            return orders;
        });
    });
}

void Bigone::fetchOrder(const std::string& id, const std::string&, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, params, done] {
        request<Order>(spec(kOrder, JsonValue::object(), params, pathWith(kOrder, id)), done,
                       [this](const JsonRef& r) { return parseOrder(r["data"], *this, nullptr); });
    });
}

void Bigone::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bigone fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("asset_pair_name", m.id);
        if (limit) {
            q.set("limit", *limit); // 20 unless asked, at most 200
        }
        request<std::vector<Order>>(spec(kOrders, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Bigone::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    JsonValue q = JsonValue::object();
    q.set("state", "PENDING");
    mergeParams(q, params);
    fetchOrders(symbol, since, limit, q, std::move(done));
}

void Bigone::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    JsonValue q = JsonValue::object();
    q.set("state", "FILLED");
    mergeParams(q, params);
    fetchOrders(symbol, since, limit, q, std::move(done));
}

void Bigone::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bigone fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("asset_pair_name", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec(kMyTrades, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Bigone::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        auto network = rest::takeTextParam(extra, {"network"});
        const std::string currencyId = kit::currencyIdFor(*this, code);
        request<DepositAddress>(
            spec(kAddress, JsonValue::object(), extra, pathWith(kAddress, currencyId)), done,
            [code, network](const JsonRef& r) {
                // {"code":0,"data":[{"id":..,"chain":"Ethereum","value":"0x..","memo":""}]}: one per gateway.
                const auto entries = r["data"].items();
                if (entries.empty()) {
                    throw Error(ErrorKind::ExchangeError,
                                "bigone fetchDepositAddress() returned empty address response");
                }
                std::vector<DepositAddress> found;
                for (const auto& raw : entries) {
                    DepositAddress a;
                    a.currency = code;
                    a.network = networkCode(raw["chain"].stringOr(""), code);
                    a.address = kit::str(raw["value"]);
                    a.tag = kit::str(raw["memo"]);
                    a.info = JsonValue::fromRef(r);
                    found.push_back(std::move(a));
                }
                // BigONE's default gateway: Tron for USDT, Ethereum for the rest.
                const std::string fallback = code == "USDT" ? "TRC20" : rest::preferredNetworkCode("ERC20", code);
                DepositAddress a = rest::selectDepositAddress(found, network, code, fallback, "bigone");
                if (!rest::usableAddress(a.address)) {
                    throw Error(ErrorKind::InvalidAddress,
                                "bigone address is invalid or has less than 10 characters: " + a.address.value_or(""));
                }
                return a;
            });
    });
}

void Bigone::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = JsonValue::object();
        if (!code.empty()) {
            q.set("asset_symbol", kit::currencyIdFor(*this, code));
        }
        if (limit) {
            q.set("limit", *limit); // 50 unless asked
        }
        request<std::vector<Transaction>>(spec(deposits ? kDeposits : kWithdrawals, q, params), done,
                                          [=, this](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r["data"].items()) {
                                                  items.push_back(parseTransaction(raw, *this));
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

void Bigone::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Bigone::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
