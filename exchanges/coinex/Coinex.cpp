// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinex.h"

#include "CoinexParsers.h"
#include "common/AdapterKit.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace coinex;

namespace {

// One endpoint and its cost in 2.5 ms units (ccxt's table, from CoinEx's per-endpoint limits).
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

constexpr Endpoint kTime {"public", "GET", "time", 1};
constexpr Endpoint kMarket {"public", "GET", "spot/market", 1};
constexpr Endpoint kTicker {"public", "GET", "spot/ticker", 1};
constexpr Endpoint kDepth {"public", "GET", "spot/depth", 1};
constexpr Endpoint kDeals {"public", "GET", "spot/deals", 1};
constexpr Endpoint kKline {"public", "GET", "spot/kline", 1};
constexpr Endpoint kCurrencies {"public", "GET", "assets/all-deposit-withdraw-config", 1};
constexpr Endpoint kSpotBalance {"private", "GET", "assets/spot/balance", 40};
constexpr Endpoint kMarginBalance {"private", "GET", "assets/margin/balance", 1};
constexpr Endpoint kFuturesBalance {"private", "GET", "assets/futures/balance", 40};
constexpr Endpoint kFinancialBalance {"private", "GET", "assets/financial/balance", 40};
constexpr Endpoint kDepositAddress {"private", "GET", "assets/deposit-address", 40};
constexpr Endpoint kDepositHistory {"private", "GET", "assets/deposit-history", 40};
constexpr Endpoint kWithdrawHistory {"private", "GET", "assets/withdraw", 40};
constexpr Endpoint kOrderStatus {"private", "GET", "spot/order-status", 8};
constexpr Endpoint kPendingOrder {"private", "GET", "spot/pending-order", 8};
constexpr Endpoint kFinishedOrder {"private", "GET", "spot/finished-order", 40};
constexpr Endpoint kPendingStopOrder {"private", "GET", "spot/pending-stop-order", 8};
constexpr Endpoint kFinishedStopOrder {"private", "GET", "spot/finished-stop-order", 40};
constexpr Endpoint kUserDeals {"private", "GET", "spot/user-deals", 40};
constexpr Endpoint kPlaceOrder {"private", "POST", "spot/order", 13.334};
constexpr Endpoint kPlaceStopOrder {"private", "POST", "spot/stop-order", 13.334};
constexpr Endpoint kCancelAll {"private", "POST", "spot/cancel-all-order", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "spot/cancel-order", 6.667};
constexpr Endpoint kCancelStopOrder {"private", "POST", "spot/cancel-stop-order", 6.667};
constexpr Endpoint kCancelByClientId {"private", "POST", "spot/cancel-order-by-client-id", 1};
constexpr Endpoint kCancelStopByClientId {"private", "POST", "spot/cancel-stop-order-by-client-id", 1};

RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, e.path, std::move(request), e.cost};
}

JsonValue object()
{
    return JsonValue::object();
}

// An order id as CoinEx wants it in a JSON body: a number when it is all digits.
JsonValue numericId(const std::string& id)
{
    bool digits = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? JsonValue::number(id) : JsonValue(id);
}

// The account a spot call acts on: MARGIN when the caller names a margin mode (or margin: true), else SPOT.
std::string marketType(JsonValue& params)
{
    auto marginMode = kit::takeTextParam(params, "marginMode");
    auto margin = kit::takeBoolParam(params, "margin");
    return marginMode || margin == true ? "MARGIN" : "SPOT";
}

// ccxt's safeBool2 (params, 'stop', 'trigger'), both taken out.
bool takeTrigger(JsonValue& params)
{
    auto stop = kit::takeBoolParam(params, "stop");
    auto trigger = kit::takeBoolParam(params, "trigger");
    return stop.value_or(false) || trigger.value_or(false);
}

// Parameters in key order (CoinEx signs whatever is sent; sorted, the request is stable).
JsonValue keysorted(const JsonValue& params)
{
    auto members = params.members();
    std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    JsonValue out = JsonValue::object();
    for (auto& [k, v] : members) {
        out.set(k, v);
    }
    return out;
}

} // namespace

Coinex::Coinex(Transport& transport, Clock& clock)
    : Exchange(coinexDescription(), transport, clock)
{
}

std::string coinexSignature(const std::string& secret, const std::string& method, const std::string& pathAndQuery,
                            const std::string& body, const std::string& timestamp)
{
    return signing::toHex(
        signing::hmac(signing::Hash::Sha256, secret, method + "/v2/" + pathAndQuery + body + timestamp));
}

HttpRequest Coinex::sign(const RequestSpec& s)
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
    JsonValue query = keysorted(s.params);
    std::string pathAndQuery = s.path;
    if (s.method == "POST") {
        r.body = query.dump();
    } else if (query.size() > 0) {
        std::string encoded = signing::urlencode(paramPairs(query));
        pathAndQuery += "?" + encoded;
        r.url += "?" + encoded;
    }
    const std::string timestamp = std::to_string(clock().milliseconds());
    r.headers = {
        {"Content-Type", "application/json"},
        {"Accept", "application/json"},
        {"X-COINEX-KEY", credentials().apiKey},
        {"X-COINEX-SIGN", coinexSignature(credentials().secret, s.method, pathAndQuery, r.body, timestamp)},
        {"X-COINEX-TIMESTAMP", timestamp},
    };
    return r;
}

// {"code":3109,"data":{},"message":"balance not enough"}
void Coinex::handleErrors(const HttpResponse&, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const std::string code = root["code"].stringOr("");
    const std::string message = root["message"].stringOr("");
    const bool success = message == "Success" || message == "Succeeded" || kit::lower(message) == "ok";
    if (code == "0" && (success || !root["data"].isMissing())) {
        return;
    }
    const std::string feedback = "coinex " + message;
    if (auto kind = m_description.errors.matchBroad(message)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.match(code)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

std::string Coinex::currencyId(const std::string& code) const
{
    return kit::currencyIdFor(*this, code);
}

// ---- market data ----

void Coinex::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // Spot markets only: Bourse trades spot on the live venues.
    request<std::vector<Market>>(spec(kMarket, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Coinex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> currencies;
        for (const auto& raw : r["data"].items()) {
            currencies.push_back(parseCurrency(raw, *this));
        }
        return currencies;
    });
}

void Coinex::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTime, object(), params), std::move(done), [](const JsonRef& r) {
        // {"code":0,"data":{"timestamp":1713217117734},"message":"OK"}
        auto ms = r["data"]["timestamp"].integer();
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "coinex time answer has no timestamp");
        }
        return *ms;
    });
}

void Coinex::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        request<Ticker>(spec(kTicker, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"][0], *this, &m); });
    });
}

void Coinex::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kTicker, object(), params), done, [this, symbols](const JsonRef& r) {
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

void Coinex::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        // CoinEx serves 5, 10, 20 or 50 levels; 20 unless asked. Interval 0: prices not merged.
        q.set("limit", limit.value_or(20));
        q.set("interval", "0");
        request<OrderBook>(spec(kDepth, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["data"]["depth"], m.symbol); });
    });
}

void Coinex::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        if (limit) {
            q.set("limit", std::min<long long>(*limit, 1000));
        }
        request<std::vector<Trade>>(spec(kDeals, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Coinex::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        q.set("period", m_description.timeframe(timeframe).value_or(timeframe));
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Ohlcv>>(spec(kKline, q, params), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r["data"].items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

void Coinex::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        request<TradingFee>(spec(kMarket, q, params), done,
                            [this, m](const JsonRef& r) { return parseTradingFee(r["data"][0], *this, &m); });
    });
}

void Coinex::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kMarket, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : r["data"].items()) {
                fees.push_back(parseTradingFee(raw, *this, nullptr));
            }
            return fees;
        });
    });
}

// ---- account ----

void Coinex::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        // Each CoinEx account has its own balance call; `type` picks one (spot unless told).
        const std::string type = kit::takeTextParam(extra, "type").value_or("spot");
        const bool margin =
            type == "margin" || kit::takeTextParam(extra, "marginMode") || kit::boolParam(extra, "margin") == true;
        extra.remove("margin");
        const Endpoint* e = &kSpotBalance;
        if (type == "swap" || type == "future" || type == "futures") {
            e = &kFuturesBalance;
        } else if (type == "financial") {
            e = &kFinancialBalance;
        } else if (margin) {
            e = &kMarginBalance;
        }
        const bool marginShape = e == &kMarginBalance;
        request<Balance>(spec(*e, object(), extra), done,
                         [this, marginShape](const JsonRef& r) { return parseBalance(r["data"], *this, marginShape); });
    });
}

// ---- orders ----

JsonValue Coinex::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                               const OptDecimal& price, JsonValue& params) const
{
    // ccxt 4.5.84 sends a unified clientOrderId on as a body key too, which CoinEx ignores; kept, so that the
    // body compares with ccxt's.
    auto clientOrderId = kit::takeTextParam(params, "client_id");
    if (!clientOrderId) {
        clientOrderId = kit::textParam(params, "clientOrderId");
    }
    auto triggerPrice = kit::takeTextParam2(params, "triggerPrice", "stopPrice");
    auto timeInForce = kit::upper(kit::takeTextParam(params, "timeInForce").value_or(""));
    auto postOnlyParam = kit::takeBoolParam(params, "postOnly");
    auto option = kit::textParam(params, "option");
    auto requiresPrice = kit::takeBoolParam(params, "createMarketBuyOrderRequiresPrice");
    auto cost = kit::takeTextParam(params, "cost");
    if (kit::takeBoolParam(params, "reduceOnly") == true) {
        throw Error(ErrorKind::InvalidOrder,
                    "coinex createOrder() reduceOnly orders are supported for swap markets only");
    }
    const bool isMarket = type == "market";
    const bool postOnly = postOnlyParam.value_or(false) || timeInForce == "PO" || option == "maker_only";
    if (isMarket && postOnly) {
        throw Error(ErrorKind::InvalidOrder, "coinex createOrder() a market order cannot be post-only");
    }
    JsonValue q = object();
    q.set("market", m.id);
    // A client id lets Bourse find the order again if the answer to its creation is lost.
    q.set("client_id", clientOrderId ? *clientOrderId : randomClientOrderId("bourse"));
    q.set("side", side);
    std::string requestType = type;
    if (postOnly) {
        requestType = "maker_only";
    } else if (timeInForce == "IOC") {
        requestType = "ioc";
    } else if (timeInForce == "FOK") {
        requestType = "fok";
    }
    if (!isMarket) {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "coinex createOrder() a limit order requires a price");
        }
        q.set("price", priceToPrecision(m, *price));
    }
    q.set("type", requestType);
    q.set("market_type", marketType(params));
    if (isMarket && side == "buy") {
        // A market buy spends quote currency: `cost`, else amount * price, else (when the caller says the price
        // is not required) the amount itself.
        if (requiresPrice.value_or(true)) {
            OptDecimal spend = cost ? Decimal::parse(*cost) : std::nullopt;
            if (!spend && price) {
                spend = amount * *price;
            }
            if (!spend) {
                throw Error(ErrorKind::InvalidOrder,
                            "coinex createOrder() requires the price argument for market buy orders to calculate the "
                            "total cost to spend (amount * price), or params.cost, or "
                            "params.createMarketBuyOrderRequiresPrice = false with the cost as the amount");
            }
            q.set("amount", costToPrecision(m, *spend));
        } else {
            q.set("amount", costToPrecision(m, amount));
        }
    } else {
        q.set("amount", amountToPrecision(m, amount));
    }
    if (triggerPrice) {
        auto trigger = Decimal::parse(*triggerPrice);
        if (!trigger) {
            throw Error(ErrorKind::InvalidOrder, "coinex createOrder() triggerPrice is not a number: " + *triggerPrice);
        }
        q.set("trigger_price", priceToPrecision(m, *trigger));
    }
    return q;
}

void Coinex::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        const bool trigger = kit::textParam(extra, "triggerPrice") || kit::textParam(extra, "stopPrice");
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(trigger ? kPlaceStopOrder : kPlaceOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Coinex::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinex cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue extra = params;
        const bool trigger = takeTrigger(extra);
        JsonValue q = object();
        q.set("market", m.id);
        q.set("market_type", marketType(extra));
        auto clientOrderId = kit::takeTextParam2(extra, "client_id", "clientOrderId");
        const Endpoint* e = nullptr;
        if (clientOrderId) {
            q.set("client_id", *clientOrderId);
            e = trigger ? &kCancelStopByClientId : &kCancelByClientId;
        } else {
            q.set(trigger ? "stop_id" : "order_id", numericId(id));
            e = trigger ? &kCancelStopOrder : &kCancelOrder;
        }
        const bool byClientId = clientOrderId.has_value();
        request<Order>(spec(*e, q, extra), done, [this, m, byClientId](const JsonRef& r) {
            // By client id the answer is a list of {"code","data","message"}, one per matching order.
            JsonRef data = byClientId ? r["data"][0]["data"] : r["data"];
            return parseOrder(data, *this, &m);
        });
    });
}

void Coinex::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinex cancelAllOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [this, params, done](const Market& m) {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("market", m.id);
        q.set("market_type", marketType(extra));
        request<std::vector<Order>>(spec(kCancelAll, q, extra), done, [](const JsonRef& r) {
            // {"code":0,"data":{},"message":"OK"}: nothing about the orders themselves.
            Order o;
            o.info = JsonValue::fromRef(r);
            return std::vector<Order> {o};
        });
    });
}

void Coinex::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinex fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        q.set("order_id", numericId(id));
        request<Order>(spec(kOrderStatus, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Coinex::fetchOrdersByStatus(bool open, const std::string& symbol, OptInt since, OptInt limit,
                                 const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = object();
        if (m) {
            q.set("market", m->id);
        }
        if (limit) {
            q.set("limit", *limit);
        }
        const bool trigger = takeTrigger(extra);
        q.set("market_type", marketType(extra));
        const Endpoint& e =
            open ? (trigger ? kPendingStopOrder : kPendingOrder) : (trigger ? kFinishedStopOrder : kFinishedOrder);
        const Market* market = m;
        std::string unifiedSymbol = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(e, q, extra), done,
                                    [this, market, unifiedSymbol, open, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["data"].items()) {
                                            Order o = parseOrder(raw, *this, market);
                                            if (open) {
                                                o.status = "open";
                                            }
                                            orders.push_back(std::move(o));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Order>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Order>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Coinex::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus(true, symbol, since, limit, params, std::move(done));
}

void Coinex::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus(false, symbol, since, limit, params, std::move(done));
}

void Coinex::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "coinex fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("market", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        if (since) {
            q.set("start_time", *since);
        }
        if (auto until = kit::takeTextParam2(extra, "until", "till")) {
            q.set("end_time", JsonValue::number(*until));
        }
        q.set("market_type", marketType(extra));
        request<std::vector<Trade>>(spec(kUserDeals, q, extra), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Coinex::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        auto network = kit::takeTextParam2(extra, "network", "chain");
        if (!network) {
            throw Error(ErrorKind::ArgumentsRequired, "coinex fetchDepositAddress() requires a \"network\" parameter");
        }
        auto it = coinexNetworks().find(kit::upper(*network));
        JsonValue q = object();
        q.set("ccy", currencyId(code));
        q.set("chain", it == coinexNetworks().end() ? *network : it->second);
        request<DepositAddress>(spec(kDepositAddress, q, extra), done,
                                [code](const JsonRef& r) { return parseDepositAddress(r["data"], code); });
    });
}

void Coinex::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (!code.empty()) {
            q.set("ccy", currencyId(code));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Transaction>>(spec(deposits ? kDepositHistory : kWithdrawHistory, q, params), done,
                                          [=, this](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r["data"].items()) {
                                                  items.push_back(parseTransaction(raw, *this));
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

void Coinex::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Coinex::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
