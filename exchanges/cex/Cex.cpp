// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cex.h"

#include "CexParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <memory>

namespace bourse::ex {

using namespace cex;
using rest::Endpoint;
using rest::spec;

namespace {

// Costs in the description's 300 ms units.
constexpr Endpoint kServerTime {"public", "POST", "get_server_time", 1};
constexpr Endpoint kPairsInfo {"public", "POST", "get_pairs_info", 1};
constexpr Endpoint kCurrenciesInfo {"public", "POST", "get_currencies_info", 1};
constexpr Endpoint kProcessingInfo {"public", "POST", "get_processing_info", 10};
constexpr Endpoint kTicker {"public", "POST", "get_ticker", 1};
constexpr Endpoint kTradeHistory {"public", "POST", "get_trade_history", 1};
constexpr Endpoint kOrderBook {"public", "POST", "get_order_book", 1};
constexpr Endpoint kCandles {"public", "POST", "get_candles", 1};
constexpr Endpoint kMyCurrentFee {"private", "POST", "get_my_current_fee", 5};
constexpr Endpoint kAccountStatus {"private", "POST", "get_my_account_status_v3", 5};
constexpr Endpoint kWalletBalance {"private", "POST", "get_my_wallet_balance", 5};
constexpr Endpoint kMyOrders {"private", "POST", "get_my_orders", 5};
constexpr Endpoint kNewOrder {"private", "POST", "do_my_new_order", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "do_cancel_my_order", 1};
constexpr Endpoint kCancelAll {"private", "POST", "do_cancel_all_orders", 5};
constexpr Endpoint kFundingHistory {"private", "POST", "get_my_funding_history", 5};
constexpr Endpoint kDepositAddress {"private", "POST", "get_deposit_address", 5};

// Closed orders are only listed from a start; a year back is the widest the API allows.
constexpr long long kClosedOrdersLookbackMs = 364LL * 24 * 60 * 60 * 1000;

JsonValue object()
{
    return JsonValue::object();
}

JsonRef data(const JsonRef& r)
{
    return r["data"];
}

// ccxt's handleParamInteger2 (until / till), both taken out of params.
OptInt takeUntil(JsonValue& params)
{
    OptInt found;
    for (const char* key : {"until", "till"}) {
        if (const JsonValue* v = params.find(key); v && !found) {
            found = v->asInteger();
        }
        params.remove(key);
    }
    return found;
}

std::string capitalized(std::string s)
{
    s = kit::lower(std::move(s));
    if (!s.empty()) {
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    }
    return s;
}

} // namespace

Cex::Cex(Transport& transport, Clock& clock)
    : Exchange(cexDescription(), transport, clock)
{
}

std::string cexSignature(const std::string& action, const std::string& seconds, const std::string& body,
                         const std::string& secret)
{
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, action + seconds + body));
}

HttpRequest Cex::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    r.body = s.params.dump();
    r.headers.emplace_back("Content-Type", "application/json");
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    const std::string seconds = std::to_string(clock().milliseconds() / 1000);
    r.headers.emplace_back("X-AGGR-KEY", credentials().apiKey);
    r.headers.emplace_back("X-AGGR-TIMESTAMP", seconds);
    r.headers.emplace_back("X-AGGR-SIGNATURE", cexSignature(s.path, seconds, r.body, credentials().secret));
    return r;
}

// {"error":"API rate limit reached"}; an order the matching engine refused comes back as
// {"ok":"ok","data":{"status":"REJECTED","rejectReason":".."}} and is turned into an error in createOrder.
void Cex::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    auto error = rest::str(json->root()["error"]);
    if (!error) {
        return;
    }
    const std::string feedback = "cex " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.matchBroad(*error)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Cex::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kPairsInfo, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : data(r).items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Cex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    // The currency list, then each currency's blockchains from the processing info.
    request(spec(kCurrenciesInfo, object(), params), [this, params, done](Result<JsonDocument> list) {
        if (!list.ok()) {
            done(list.error());
            return;
        }
        auto listDoc = std::make_shared<JsonDocument>(std::move(list.value()));
        request<std::vector<Currency>>(spec(kProcessingInfo, object(), params), done,
                                       [this, listDoc](const JsonRef& r) {
                                           std::vector<Currency> currencies;
                                           JsonRef processing = data(r);
                                           for (const auto& raw : data(listDoc->root()).items()) {
                                               const std::string id = raw["currency"].stringOr("");
                                               currencies.push_back(parseCurrency(raw, processing[id], *this));
                                           }
                                           return currencies;
                                       });
    });
}

void Cex::fetchTime(const JsonValue& params, Callback<long long> done)
{
    // {"ok":"ok","data":{"timestamp":"1728472063472","ISODate":"2024-10-09T11:07:43.472Z"}}
    request<long long>(spec(kServerTime, object(), params), std::move(done), [](const JsonRef& r) {
        auto t = data(r)["timestamp"].integer();
        if (!t) {
            throw Error(ErrorKind::BadResponse, "cex sent no timestamp");
        }
        return *t;
    });
}

void Cex::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                       Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue q = object();
        if (!symbols.empty()) {
            JsonValue pairs = JsonValue::array();
            for (const auto& s : symbols) {
                pairs.push(market(s).id);
            }
            q.set("pairs", std::move(pairs));
        }
        request<std::vector<Ticker>>(spec(kTicker, q, params), done, [this, symbols](const JsonRef& r) {
            // {"data":{"AI-USD":{..},..}}
            std::vector<Ticker> tickers;
            for (const auto& member : data(r).members()) {
                const Market* m = findMarketById(member.key);
                Ticker t = parseTicker(member.value, m);
                if (!m) {
                    t.symbol = std::string(member.key);
                }
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Cex::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    fetchTickers({symbol}, params, [symbol, done](Result<std::vector<Ticker>> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        for (auto& t : result.value()) {
            if (t.symbol == symbol) {
                done(std::move(t));
                return;
            }
        }
        done(Error(ErrorKind::BadResponse, "cex sent no ticker for " + symbol));
    });
}

void Cex::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // the book comes whole
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        request<OrderBook>(spec(kOrderBook, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(data(r), m.symbol); });
    });
}

void Cex::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                      Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("pair", m.id);
        if (since) {
            q.set("fromDateISO", iso8601(*since));
        }
        if (auto until = takeUntil(extra)) {
            q.set("toDateISO", iso8601(*until));
        }
        if (limit) {
            q.set("pageSize", std::min<long long>(*limit, 10000));
        }
        request<std::vector<Trade>>(spec(kTradeHistory, q, extra), done, [m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : data(r)["trades"].items()) {
                trades.push_back(parseTrade(raw, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Cex::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                     const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // Candles are built from the best bid or the best ask; the caller picks which.
        auto dataType = rest::takeTextParam(extra, "dataType");
        if (!dataType) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "cex fetchOHLCV requires a parameter \"dataType\" to be either \"bestBid\" or \"bestAsk\"");
        }
        auto resolution = m_description.timeframe(timeframe);
        if (!resolution) {
            throw Error(ErrorKind::BadRequest, "cex fetchOHLCV() does not support timeframe " + timeframe);
        }
        auto until = takeUntil(extra);
        if (since && until && limit) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "cex fetchOHLCV does not support fetching candles with both a limit and since/until");
        }
        if ((since || until) && !limit) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "cex fetchOHLCV requires a limit parameter when fetching candles with since or until");
        }
        JsonValue q = object();
        q.set("pair", m.id);
        q.set("resolution", *resolution);
        q.set("dataType", *dataType);
        if (since) {
            q.set("fromISO", iso8601(*since));
        }
        if (until) {
            q.set("toISO", iso8601(*until));
        } else if (!since) {
            q.set("toISO", iso8601(clock().milliseconds()));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Ohlcv>>(spec(kCandles, q, extra), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> rows;
            for (const auto& raw : data(r).items()) {
                rows.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(rows), since, limit);
        });
    });
}

// ---- account ----

void Cex::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        // The wallet balance by default; params.method = "privatePostGetMyAccountStatusV3" with params.account (a
        // sub-account name, "" for the main one) reads one account's balance instead.
        const std::string account = rest::takeTextParam(extra, "account").value_or("");
        const std::string method = rest::takeTextParam(extra, "method").value_or("privatePostGetMyWalletBalance");
        if (method == "privatePostGetMyAccountStatusV3") {
            request<Balance>(spec(kAccountStatus, object(), extra), done, [this, account](const JsonRef& r) {
                return parseBalance(data(r)["balancesPerAccounts"][account], *this);
            });
            return;
        }
        request<Balance>(spec(kWalletBalance, object(), extra), done,
                         [this](const JsonRef& r) { return parseBalance(data(r), *this); });
    });
}

void Cex::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        // {"data":{"tradingFee":{"AI-USD":{"percent":"0.25"},..}}}: one rate per market, in percent, for maker
        // and taker alike.
        request<std::vector<TradingFee>>(spec(kMyCurrentFee, object(), params), done, [this](const JsonRef& r) {
            JsonRef fees = data(r)["tradingFee"];
            std::vector<TradingFee> out;
            for (const auto& m : markets()) {
                TradingFee f;
                f.symbol = m.symbol;
                JsonRef fee = fees[m.id];
                if (auto percent = rest::num(fee["percent"])) {
                    f.maker = percent->divided(Decimal(100));
                    f.taker = f.maker;
                }
                f.info = JsonValue::fromRef(fee);
                out.push_back(std::move(f));
            }
            return out;
        });
    });
}

// ---- orders ----

JsonValue Cex::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                            const OptDecimal& price, JsonValue& params, const std::string& clientOrderId)
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "cex createOrder() supports only buy or sell in the side argument");
    }
    auto accountId = rest::takeTextParam(params, "accountId");
    if (!accountId) {
        throw Error(ErrorKind::ArgumentsRequired,
                    "cex createOrder() : API trading is not allowed from the main account, set params[\"accountId\"] "
                    "to the name of your sub-account");
    }
    auto customId = rest::takeTextParam(params, "clientOrderId");
    auto timeInForce = rest::takeTextParam(params, "timeInForce");
    auto triggerPrice = rest::takeTextParam(params, {"triggerPrice", "stopPrice"});
    auto cost = rest::takeDecimalParam(params, "cost");
    JsonValue q = object();
    q.set("clientOrderId", customId.value_or(clientOrderId));
    q.set("currency1", m.baseId);
    q.set("currency2", m.quoteId);
    q.set("accountId", *accountId);
    q.set("orderType", capitalized(type));
    q.set("side", kit::upper(side));
    q.set("timestamp", clock().milliseconds());
    if (type == "market" && side == "buy" && cost) {
        // A market buy by cost names the quote amount to spend instead of the base amount.
        q.set("amountCcy2", costToPrecision(m, *cost));
    } else {
        q.set("amountCcy1", amountToPrecision(m, amount));
    }
    if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "cex createOrder() a limit order requires a price");
        }
        q.set("price", priceToPrecision(m, *price));
        q.set("timeInForce", timeInForce.value_or("GTC"));
    }
    if (triggerPrice) {
        auto trigger = Decimal::parse(*triggerPrice);
        if (!trigger) {
            throw Error(ErrorKind::InvalidOrder, "cex createOrder() triggerPrice is not a number: " + *triggerPrice);
        }
        q.set("type", "Stop Limit");
        q.set("stopPrice", priceToPrecision(m, *trigger));
    }
    return q;
}

void Cex::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                      const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra, kit::uuid4());
        request<Order>(spec(kNewOrder, q, extra), done, [this, m](const JsonRef& r) {
            JsonRef order = data(r);
            if (auto reason = rest::str(order["rejectReason"])) {
                if (auto kind = m_description.errors.matchBroad(*reason)) {
                    throw Error(*kind, "cex createOrder() " + *reason);
                }
                throw Error(ErrorKind::ExchangeError, "cex createOrder() " + *reason);
            }
            return parseOrder(order, *this, &m);
        });
    });
}

void Cex::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol; // orders are cancelled by id alone
    withMarkets<Order>(done, [this, id, params, done] {
        const long long now = clock().milliseconds();
        JsonValue q = object();
        // The id goes as a number (order ids are digits).
        const bool numeric =
            !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
        q.set("orderId", numeric ? JsonValue::number(id) : JsonValue(id));
        q.set("cancelRequestId", "c_" + std::to_string(now));
        q.set("timestamp", now);
        request<Order>(spec(kCancelOrder, q, params), done, [this, id](const JsonRef& r) {
            // {"ok":"ok","data":{}}
            Order o = parseOrder(data(r), *this, nullptr);
            if (!o.id) {
                o.id = id;
            }
            return o;
        });
    });
}

void Cex::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    (void)symbol; // every open order of every market
    withMarkets<std::vector<Order>>(done, [this, params, done] {
        // {"data":{"clientOrderIds":["3AF77B67109F"]}}
        request<std::vector<Order>>(spec(kCancelAll, object(), params), done, [](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& id : data(r)["clientOrderIds"].items()) {
                Order o;
                o.clientOrderId = rest::str(id);
                o.info = JsonValue::fromRef(id);
                o.complete();
                orders.push_back(std::move(o));
            }
            return orders;
        });
    });
}

void Cex::fetchOrdersByStatus(bool closed, const std::string& symbol, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = object();
        if (closed) {
            q.set("archived", true);
        }
        if (m) {
            q.set("pair", m->id);
        }
        if (limit) {
            q.set("pageSize", *limit);
        }
        if (since) {
            q.set("serverCreateTimestampFrom", *since);
        } else if (closed) {
            q.set("serverCreateTimestampFrom", clock().milliseconds() - kClosedOrdersLookbackMs);
        }
        if (auto until = takeUntil(extra)) {
            q.set("serverCreateTimestampTo", *until);
        }
        const std::string wanted = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(kMyOrders, q, extra), done, [this, wanted, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : data(r).items()) {
                orders.push_back(parseOrder(raw, *this, nullptr));
            }
            return sortAndFilterOrders(std::move(orders), wanted, since, limit);
        });
    });
}

void Cex::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus(false, symbol, since, limit, params, std::move(done));
}

void Cex::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus(true, symbol, since, limit, params, std::move(done));
}

// ---- funding ----

void Cex::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        auto accountId = rest::takeTextParam(extra, "accountId");
        if (!accountId) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "cex fetchDepositAddress() : the main account may not fetch a deposit address by API, set "
                        "params[\"accountId\"] to the name of your sub-account");
        }
        auto network = rest::takeTextParam(extra, "network");
        JsonValue q = object();
        q.set("accountId", *accountId);
        q.set("currency", kit::currencyIdFor(*this, code));
        if (network) {
            q.set("blockchain", networkIdFor(kit::upper(*network)));
        }
        request<DepositAddress>(spec(kDepositAddress, q, extra), done,
                                [this, code](const JsonRef& r) { return parseDepositAddress(data(r), *this, code); });
    });
}

void Cex::fetchFunding(const char* direction, const std::string& code, OptInt since, OptInt limit,
                       const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue extra = params;
        JsonValue q = object();
        if (since) {
            q.set("dateFrom", *since);
        }
        if (limit) {
            q.set("pageSize", *limit);
        }
        if (auto until = takeUntil(extra)) {
            q.set("dateTo", *until);
        }
        const std::string type = direction;
        request<std::vector<Transaction>>(spec(kFundingHistory, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : data(r).items()) {
                Transaction t = parseTransaction(raw, *this);
                if (t.type == type) {
                    items.push_back(std::move(t));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Cex::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done)
{
    fetchFunding("deposit", code, since, limit, params, std::move(done));
}

void Cex::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchFunding("withdrawal", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
