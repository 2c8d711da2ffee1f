// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lbank.h"

#include "LbankParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <map>

namespace bourse::ex {

using namespace lbank;
using rest::Endpoint;
using rest::spec;

namespace {

// Costs in the description's 20 ms unit: 1 for placing and cancelling orders (50 a second), 2.5 for the rest.
constexpr Endpoint kAccuracy {"public", "GET", "accuracy", 2.5};
constexpr Endpoint kWithdrawConfigs {"public", "GET", "withdrawConfigs", 3.75}; // rate-limits often: 1.5 x
constexpr Endpoint kTimestamp {"public", "GET", "timestamp", 2.5};
constexpr Endpoint kTicker24hr {"public", "GET", "ticker/24hr", 2.5};
constexpr Endpoint kDepth {"public", "GET", "depth", 2.5};
constexpr Endpoint kTrades {"public", "GET", "trades", 2.5};
constexpr Endpoint kSupplementTrades {"public", "GET", "supplement/trades", 2.5};
constexpr Endpoint kKline {"public", "GET", "kline", 2.5};
constexpr Endpoint kUserInfo {"private", "POST", "user_info", 2.5};
constexpr Endpoint kSupplementUserInfo {"private", "POST", "supplement/user_info", 2.5};
constexpr Endpoint kSupplementUserInfoAccount {"private", "POST", "supplement/user_info_account", 2.5};
constexpr Endpoint kCreateOrder {"private", "POST", "create_order", 1};
constexpr Endpoint kSupplementCreateOrder {"private", "POST", "supplement/create_order", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "supplement/cancel_order", 1};
constexpr Endpoint kCancelOrderBySymbol {"private", "POST", "supplement/cancel_order_by_symbol", 1};
constexpr Endpoint kOrdersInfo {"private", "POST", "orders_info", 2.5};
constexpr Endpoint kSupplementOrdersInfo {"private", "POST", "supplement/orders_info", 2.5};
constexpr Endpoint kOrdersHistory {"private", "POST", "supplement/orders_info_history", 2.5};
constexpr Endpoint kOrdersNoDeal {"private", "POST", "supplement/orders_info_no_deal", 2.5};
constexpr Endpoint kTransactionHistory {"private", "POST", "transaction_history", 2.5};
constexpr Endpoint kCustomerTradeFee {"private", "POST", "supplement/customer_trade_fee", 2.5};
constexpr Endpoint kDepositAddress {"private", "POST", "get_deposit_address", 2.5};
constexpr Endpoint kSupplementDepositAddress {"private", "POST", "supplement/get_deposit_address", 2.5};
constexpr Endpoint kDepositHistory {"private", "POST", "supplement/deposit_history", 2.5};
constexpr Endpoint kWithdraws {"private", "POST", "supplement/withdraws", 2.5};

JsonValue object()
{
    return JsonValue::object();
}

std::vector<std::pair<std::string, std::string>> sortedPairs(const JsonValue& params)
{
    auto pairs = paramPairs(params);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return pairs;
}

// A one-time 38-character hex nonce (LBank wants 30 to 40 characters).
std::string echostr()
{
    std::string out;
    while (out.size() < 38) {
        for (char c : kit::uuid4()) {
            if (c != '-' && out.size() < 38) {
                out.push_back(c);
            }
        }
    }
    return out;
}

// The caller's choice among an endpoint's variants, as ccxt names them (params.method), taken out of params.
std::string takeMethod(JsonValue& params, const char* fallback)
{
    return kit::takeTextParam(params, "method").value_or(fallback);
}

// yyyy-mm-dd of a time in ms (UTC).
std::string ymd(long long ms)
{
    return iso8601(ms).substr(0, 10);
}

} // namespace

Lbank::Lbank(Transport& transport, Clock& clock)
    : Exchange(lbankDescription(), transport, clock)
{
}

HttpRequest Lbank::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path + ".do";
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(sortedPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    JsonValue query = object();
    query.set("api_key", credentials().apiKey);
    mergeParams(query, s.params);
    auto pairs = sortedPairs(query);
    LbankSignature sig = lbankSign(pairs, credentials().secret, clock().milliseconds(), echostr());
    pairs.emplace_back("sign", sig.sign);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    r.body = signing::urlencode(pairs);
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"timestamp", sig.timestamp},
                 {"signature_method", sig.signatureMethod},
                 {"echostr", sig.echostr}};
    return r;
}

// {"result":"false","error_code":10008,"ts":1648162321043} (result may also be the boolean false).
void Lbank::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef result = json->root()["result"];
    const bool failed = result.isNull() || result.boolean() == false || result.string() == "false";
    if (!failed) {
        return;
    }
    const std::string code = json->root()["error_code"].stringOr("");
    const std::string feedback = "lbank " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(code); kind && !code.empty()) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

std::string Lbank::currencyId(const std::string& code) const
{
    return kit::lower(kit::currencyIdFor(*this, code));
}

// ---- market data ----

void Lbank::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kAccuracy, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["data"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Lbank::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kWithdrawConfigs, object(), params), std::move(done), [this](const JsonRef& r) {
        // One entry per chain: grouped by asset, in the order assets first appear.
        std::vector<std::string> order;
        std::map<std::string, std::vector<JsonRef>> byAsset;
        for (const auto& raw : r["data"].items()) {
            const std::string id = raw["assetCode"].stringOr("");
            if (!byAsset.count(id)) {
                order.push_back(id);
            }
            byAsset[id].push_back(raw);
        }
        std::vector<Currency> currencies;
        for (const auto& id : order) {
            currencies.push_back(parseCurrency(byAsset[id], *this));
        }
        return currencies;
    });
}

void Lbank::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<Ticker>(spec(kTicker24hr, q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"][0], *this, &m); });
    });
}

void Lbank::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                         Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        JsonValue q = object();
        q.set("symbol", "all");
        request<std::vector<Ticker>>(spec(kTicker24hr, q, params), done, [this, symbols](const JsonRef& r) {
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

void Lbank::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("size", limit.value_or(60));
        request<OrderBook>(spec(kDepth, q, params), done, [this, m](const JsonRef& r) {
            OrderBook book;
            book.symbol = m.symbol;
            kit::appendLevels(book.bids, r["data"]["bids"]);
            kit::appendLevels(book.asks, r["data"]["asks"]);
            book.sort();
            // LBank's depth carries no time of its own that ccxt trusts: the book is as of its arrival.
            book.timestamp = clock().milliseconds();
            return book;
        });
    });
}

void Lbank::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // trades (the default) or supplement/trades, LBank's newer list.
        const bool supplement = takeMethod(extra, "spotPublicGetTrades") == "spotPublicGetSupplementTrades";
        JsonValue q = object();
        q.set("symbol", m.id);
        if (since) {
            q.set("time", *since);
        }
        q.set("size", std::min(limit.value_or(600), 600LL));
        request<std::vector<Trade>>(spec(supplement ? kSupplementTrades : kTrades, q, extra), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Lbank::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                       const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        const long long count = std::min(limit.value_or(100), 2000LL);
        // Without a start, the window that ends now; LBank takes the start in seconds and one extra candle.
        const long long start =
            since ? *since : clock().milliseconds() - kit::timeframeSeconds(timeframe) * 1000 * count;
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("type", m_description.timeframe(timeframe).value_or(timeframe));
        q.set("time", rest::seconds(start));
        q.set("size", std::min(count + 1, 2000LL));
        request<std::vector<Ohlcv>>(spec(kKline, q, params), done, [start, count](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : r["data"].items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), start, count);
        });
    });
}

void Lbank::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTimestamp, object(), params), std::move(done), [](const JsonRef& r) {
        auto t = r["data"].integer();
        if (!t) {
            throw Error(ErrorKind::BadResponse, "lbank sent no server time");
        }
        return *t;
    });
}

// ---- account ----

void Lbank::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        // supplement/user_info (the default) lists every coin; user_info and supplement/user_info_account are the
        // older shapes. The call takes no parameters of its own, so the rest of params is not sent.
        const std::string method = takeMethod(extra, "spotPrivatePostSupplementUserInfo");
        const Endpoint& e = method == "spotPrivatePostSupplementUserInfoAccount" ? kSupplementUserInfoAccount
            : method == "spotPrivatePostUserInfo"                                ? kUserInfo
                                                                                 : kSupplementUserInfo;
        request<Balance>(spec(e, object(), object()), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Lbank::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kCustomerTradeFee, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& raw : r["data"].items()) {
                fees.push_back(parseTradingFee(raw, *this));
            }
            return fees;
        });
    });
}

void Lbank::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue extra = params;
        extra.set("category", m.id);
        fetchTradingFees(extra, [done, symbol = m.symbol](Result<std::vector<TradingFee>> result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            for (auto& f : result.value()) {
                if (f.symbol == symbol) {
                    done(std::move(f));
                    return;
                }
            }
            done(Error(ErrorKind::BadResponse, "lbank sent no trading fee for " + symbol));
        });
    });
}

// ---- orders ----

JsonValue Lbank::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                              const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "lbank createOrder() supports only buy or sell in the side argument");
    }
    auto clientOrderId = rest::takeTextParam(params, {"custom_id", "clientOrderId"});
    const bool postOnly = rest::takeBoolParam(params, {"postOnly"}).value_or(false);
    const std::string tif = kit::upper(kit::takeTextParam(params, "timeInForce").value_or(""));
    const bool ioc = tif == "IOC";
    const bool fok = tif == "FOK";
    const bool maker = postOnly || tif == "PO";
    if (type == "market" && (ioc || fok || maker)) {
        throw Error(
            ErrorKind::InvalidOrder,
            "lbank createOrder() does not allow market FOK, IOC, or postOnly orders; only limit orders take them");
    }
    JsonValue q = object();
    q.set("symbol", m.id);
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "lbank createOrder() a limit order requires a price");
        }
        // LBank names the time in force in the order type: buy_ioc, sell_fok, buy_maker.
        q.set("type", ioc ? side + "_ioc" : fok ? side + "_fok" : maker ? side + "_maker" : side);
        q.set("price", priceToPrecision(m, *price));
        q.set("amount", amountToPrecision(m, amount));
    } else if (type == "market") {
        q.set("type", side + "_market");
        if (side == "sell") {
            q.set("amount", amountToPrecision(m, amount));
        } else {
            // A market buy names what it spends in `price`: params.cost, else amount * price, else (when the caller
            // says the price is not required) the amount itself.
            const bool requiresPrice =
                rest::takeBoolParam(params, {"createMarketBuyOrderRequiresPrice"}).value_or(true);
            auto cost = rest::takeDecimalParam(params, "cost");
            std::string spend;
            if (cost) {
                spend = costToPrecision(m, *cost);
            } else if (requiresPrice) {
                if (!price) {
                    throw Error(ErrorKind::InvalidOrder,
                                "lbank createOrder() requires the price argument for market buy orders to calculate "
                                "the total cost to spend (amount * price), or params.cost, or "
                                "params.createMarketBuyOrderRequiresPrice = false with the cost as the amount");
                }
                spend = costToPrecision(m, amount * *price);
            } else {
                spend = costToPrecision(m, amount);
            }
            q.set("price", spend);
        }
    } else {
        throw Error(ErrorKind::InvalidOrder, "lbank createOrder() supports only limit or market types");
    }
    if (clientOrderId) {
        q.set("custom_id", *clientOrderId);
    }
    return q;
}

void Lbank::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                        const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        // supplement/create_order (the default) or the older create_order.
        const bool old = takeMethod(extra, "spotPrivatePostSupplementCreateOrder") == "spotPrivatePostCreateOrder";
        request<Order>(spec(old ? kCreateOrder : kSupplementCreateOrder, q, extra), done, [m](const JsonRef& r) {
            // {"result":true,"data":{"symbol":"doge_usdt","order_id":"0cf8..."},"error_code":0,"ts":...}
            Order o;
            o.id = kit::str(r["data"]["order_id"]);
            o.symbol = m.symbol;
            o.info = JsonValue::fromRef(r["data"]);
            o.complete();
            return o;
        });
    });
}

void Lbank::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "lbank cancelOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue extra = params;
        auto clientOrderId = rest::takeTextParam(extra, {"origClientOrderId", "clientOrderId"});
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("orderId", id);
        if (clientOrderId) {
            q.set("origClientOrderId", *clientOrderId);
        }
        request<Order>(spec(kCancelOrder, q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, &m); });
    });
}

void Lbank::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "lbank cancelAllOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<std::vector<Order>>(spec(kCancelOrderBySymbol, q, params), done, [this, m](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return orders;
        });
    });
}

void Lbank::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "lbank fetchOrder() requires a symbol argument"));
        return;
    }
    withMarket<Order>(symbol, done, [this, id, params, done](const Market& m) {
        JsonValue extra = params;
        // supplement/orders_info (the default) or orders_info, whose data is a list of the orders asked for.
        const bool old = takeMethod(extra, "fetchOrderSupplement") != "fetchOrderSupplement";
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set(old ? "order_id" : "orderId", id);
        request<Order>(
            spec(old ? kOrdersInfo : kSupplementOrdersInfo, q, extra), done, [this, m, old](const JsonRef& r) {
                if (!old) {
                    return parseOrder(r["data"], *this, &m);
                }
                if (r["data"].size() != 1) {
                    throw Error(ErrorKind::BadRequest, "lbank fetchOrder() can only fetch one order at a time");
                }
                return parseOrder(r["data"][0], *this, &m);
            });
    });
}

void Lbank::fetchOrderPage(const char* which, const std::string& symbol, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Order>> done)
{
    const bool open = std::string(which) == "fetchOpenOrders";
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, std::string("lbank ") + which + "() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("current_page", 1);
        q.set("page_length", limit.value_or(100));
        request<std::vector<Order>>(spec(open ? kOrdersNoDeal : kOrdersHistory, q, params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["data"]["orders"].items()) {
                                            orders.push_back(parseOrder(raw, *this, &m));
                                        }
                                        return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
                                    });
    });
}

void Lbank::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Order>> done)
{
    // The history holds cancelled and filled orders; open ones only when params.status asks for them.
    fetchOrderPage("fetchOrders", symbol, since, limit, params, std::move(done));
}

void Lbank::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    fetchOrderPage("fetchOpenOrders", symbol, since, limit, params, std::move(done));
}

void Lbank::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "lbank fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        OptInt start = since;
        if (const JsonValue* v = extra.find("start_date"); v && v->asInteger()) {
            start = v->asInteger();
        }
        extra.remove("start_date");
        JsonValue q = object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("size", *limit);
        }
        if (start) {
            // LBank answers for at most two days: the day of `since` and the next.
            q.set("start_date", ymd(*start));
            q.set("end_date", ymd(*start + 86400000));
        }
        request<std::vector<Trade>>(spec(kTransactionHistory, q, extra), done,
                                    [this, m, start, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["data"].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, start, limit);
                                    });
    });
}

// ---- funding ----

void Lbank::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        const bool supplement = takeMethod(extra, "fetchDepositAddressDefault") == "fetchDepositAddressSupplement";
        auto network = kit::takeTextParam(extra, "network");
        JsonValue q = object();
        if (supplement) {
            // supplement/get_deposit_address answers for the coin's default chain unless one is named.
            q.set("coin", currencyId(code));
            if (network) {
                q.set("networkName", networkId(*network));
            }
        } else {
            q.set("assetCode", currencyId(code));
            // USDT defaults to TRC20, as LBank's own default.
            if (!network && code == "USDT") {
                network = "TRC20";
            }
            if (network) {
                q.set("netWork", networkId(*network));
            }
        }
        request<DepositAddress>(spec(supplement ? kSupplementDepositAddress : kDepositAddress, q, extra), done,
                                [code, supplement](const JsonRef& r) {
                                    // {"data":{"assetCode":"usdt","address":"0xc856...","memo":null,
                                    //  "netWork":"bep20(bsc)"}} (supplement: {"address","memo","coin"})
                                    const JsonRef data = r["data"];
                                    DepositAddress a;
                                    a.currency = code;
                                    a.address = kit::str(data["address"]);
                                    a.tag = kit::str(data["memo"]);
                                    if (!supplement) {
                                        if (auto id = kit::str(data["netWork"])) {
                                            a.network = networkCode(*id, code);
                                        }
                                    }
                                    a.info = JsonValue::fromRef(r);
                                    return a;
                                });
    });
}

void Lbank::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (!code.empty()) {
            q.set("coin", currencyId(code));
        }
        if (since) {
            q.set("startTime", *since);
        }
        request<std::vector<Transaction>>(
            spec(deposits ? kDepositHistory : kWithdraws, q, params), done, [=, this](const JsonRef& r) {
                std::vector<Transaction> items;
                for (const auto& raw : r["data"][deposits ? "depositOrders" : "withdraws"].items()) {
                    items.push_back(parseTransaction(raw, *this));
                }
                return filterTransactions(std::move(items), code, since, limit);
            });
    });
}

void Lbank::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Lbank::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
