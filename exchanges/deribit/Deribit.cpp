// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deribit.h"

#include "DeribitParsers.h"
#include "DeribitStream.h"
#include "common/AdapterKit.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace deribit;

namespace {

// Every call is a GET; matching-engine calls (order entry, cancels) cost 4 of the 50 ms units, the rest 1.
RequestSpec call(const char* api, std::string method, JsonValue request, const JsonValue& params, double cost = 1)
{
    mergeParams(request, params);
    return RequestSpec {api, "GET", std::move(method), std::move(request), cost};
}

JsonValue object()
{
    return JsonValue::object();
}

// The currency a by-currency call lists (open orders, trades without a symbol): params.code, else BTC.
std::string codeParam(JsonValue& params)
{
    return kit::takeTextParam(params, "code").value_or("BTC");
}

} // namespace

Deribit::Deribit(Transport& transport, Clock& clock)
    : Exchange(deribitDescription(), transport, clock)
{
}

std::string deribitAuthorization(const std::string& apiKey, const std::string& secret, const std::string& timestamp,
                                 const std::string& nonce, const std::string& method, const std::string& requestPath,
                                 const std::string& body)
{
    const std::string data = timestamp + "\n" + nonce + "\n" + method + "\n" + requestPath + "\n" + body + "\n";
    const std::string sig = signing::toHex(signing::hmac(signing::Hash::Sha256, secret, data));
    return "deri-hmac-sha256 id=" + apiKey + ",ts=" + timestamp + ",sig=" + sig + ",nonce=" + nonce;
}

HttpRequest Deribit::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    std::string query = s.params.size() > 0 ? "?" + signing::urlencode(paramPairs(s.params)) : std::string();
    r.url = apiUrl(s.api) + "/" + s.path + query;
    if (s.api != "private") {
        return r;
    }
    requireCredentials();
    // The signed path is the one on Deribit's host ("/api/v2/private/buy?..."), whatever origin --api-url names.
    const std::string& base = m_description.api.at(s.api);
    const std::string path = base.substr(base.find('/', base.find("://") + 3)) + "/" + s.path + query;
    // The nonce only has to be unique per timestamp; milliseconds serve both, as ccxt sends them.
    const std::string ts = std::to_string(clock().milliseconds());
    r.headers.emplace_back(
        "Authorization",
        deribitAuthorization(credentials().apiKey, credentials().secret, ts, ts, s.method, path, std::string()));
    return r;
}

// {"jsonrpc":"2.0","error":{"message":"Invalid params","data":{"reason":"invalid currency"},"code":-32602}}
void Deribit::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef error = json->root()["error"];
    if (!error.isObject()) {
        return;
    }
    const std::string feedback = "deribit " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(error["code"].stringOr(""))) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

std::string Deribit::currencyId(const std::string& code) const
{
    return kit::currencyIdFor(*this, code);
}

// ---- market data ----

void Deribit::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(call("public", "get_instruments", object(), params), std::move(done),
                                 [this](const JsonRef& r) {
                                     std::vector<Market> markets;
                                     for (const auto& raw : r["result"].items()) {
                                         if (auto m = parseMarket(raw, *this)) {
                                             markets.push_back(std::move(*m));
                                         }
                                     }
                                     return markets;
                                 });
}

void Deribit::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(call("public", "get_currencies", object(), params), std::move(done),
                                   [this](const JsonRef& r) {
                                       std::vector<Currency> currencies;
                                       for (const auto& raw : r["result"].items()) {
                                           currencies.push_back(parseCurrency(raw, *this));
                                       }
                                       return currencies;
                                   });
}

void Deribit::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(call("public", "get_time", object(), params), std::move(done), [](const JsonRef& r) {
        auto ms = r["result"].integer();
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "deribit get_time answer has no result");
        }
        return *ms;
    });
}

void Deribit::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("instrument_name", m.id);
        request<Ticker>(call("public", "ticker", q, params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["result"], *this, &m); });
    });
}

void Deribit::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        // The book summaries come per base currency: every symbol asked must share one.
        JsonValue extra = params;
        auto code = kit::takeTextParam2(extra, "code", "currency");
        bool spot = false;
        for (const auto& s : symbols) {
            const Market& m = market(s);
            if (code && *code != m.base) {
                throw Error(ErrorKind::BadRequest,
                            "deribit fetchTickers() takes symbols of one base currency at a time");
            }
            code = m.base;
            spot = true;
        }
        if (!code) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "deribit fetchTickers() requires symbols or a code parameter (BTC, ETH...)");
        }
        JsonValue q = object();
        q.set("currency", currencyId(*code));
        if (spot) {
            q.set("kind", "spot");
        }
        request<std::vector<Ticker>>(
            call("public", "get_book_summary_by_currency", q, extra), done, [this, symbols](const JsonRef& r) {
                std::vector<Ticker> tickers;
                for (const auto& raw : r["result"].items()) {
                    Ticker t = parseTicker(raw, *this, nullptr);
                    if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                        tickers.push_back(std::move(t));
                    }
                }
                return tickers;
            });
    });
}

void Deribit::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("instrument_name", m.id);
        if (limit) {
            q.set("depth", *limit);
        }
        request<OrderBook>(call("public", "get_order_book", q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["result"], m.symbol); });
    });
}

void Deribit::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("instrument_name", m.id);
        q.set("include_old", true);
        if (since) {
            q.set("start_timestamp", *since);
        }
        if (limit) {
            q.set("count", std::min<long long>(*limit, 1000));
        }
        auto until = kit::takeTextParam(extra, "until");
        if (!until) {
            until = kit::takeTextParam(extra, "end_timestamp");
        }
        if (until) {
            q.set("end_timestamp", JsonValue::number(*until));
        }
        // The by-time call when a window is given, else the latest trades.
        const char* method =
            since || until ? "get_last_trades_by_instrument_and_time" : "get_last_trades_by_instrument";
        request<std::vector<Trade>>(call("public", method, q, extra), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["result"]["trades"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Deribit::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        const long long duration = kit::timeframeSeconds(timeframe) * 1000;
        const long long now = clock().milliseconds();
        JsonValue q = object();
        q.set("instrument_name", m.id);
        q.set("resolution", m_description.timeframe(timeframe).value_or(timeframe));
        OptInt start = since;
        if (!since) {
            // The last `limit` candles (1000 unless asked; Deribit serves up to 5000).
            q.set("start_timestamp", now - (limit.value_or(1000) - 1) * duration);
            q.set("end_timestamp", now);
        } else {
            start = std::max<long long>(*since - 1, 0);
            q.set("start_timestamp", *start);
            q.set("end_timestamp", limit ? *start + *limit * duration : now);
        }
        if (auto until = kit::takeTextParam(extra, "until")) {
            q.set("end_timestamp", JsonValue::number(*until));
        }
        request<std::vector<Ohlcv>>(
            call("public", "get_tradingview_chart_data", q, extra), done,
            [start, limit](const JsonRef& r) { return sortAndFilterOhlcv(parseOhlcvs(r["result"]), start, limit); });
    });
}

// ---- account ----

void Deribit::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        auto code = kit::takeTextParam(extra, "code");
        JsonValue q = object();
        if (code) {
            q.set("currency", currencyId(*code));
        }
        request<Balance>(call("private", code ? "get_account_summary" : "get_account_summaries", q, extra), done,
                         [this](const JsonRef& r) { return parseBalance(r["result"], *this); });
    });
}

// ---- orders ----

JsonValue Deribit::orderRequest(const Market& m, const std::string& type, const Decimal& amount,
                                const OptDecimal& price, JsonValue& params) const
{
    const std::string trigger = kit::textParam(params, "trigger").value_or("last_price");
    params.remove("trigger");
    const std::string timeInForce = kit::upper(kit::takeTextParam(params, "timeInForce").value_or(""));
    auto reduceOnly = kit::takeBoolParam(params, "reduceOnly");
    if (auto reduce = kit::boolParam(params, "reduce_only"); !reduceOnly) {
        reduceOnly = reduce;
    }
    params.remove("reduce_only");
    auto stopLoss = kit::takeTextParam(params, "stopLossPrice");
    auto takeProfit = kit::takeTextParam(params, "takeProfitPrice");
    auto trailing = kit::takeTextParam2(params, "trailingAmount", "trigger_offset");
    auto postOnlyParam = kit::takeBoolParam(params, "postOnly");
    auto exchangePostOnly = kit::takeBoolParam(params, "post_only");
    const bool stopLossOrder = type == "stop_limit" || type == "stop_market" || stopLoss;
    const bool takeProfitOrder = type == "take_limit" || type == "take_market" || takeProfit;
    if (stopLossOrder && takeProfitOrder) {
        throw Error(ErrorKind::InvalidOrder,
                    "deribit createOrder() only allows one of stopLossPrice or takeProfitPrice to be specified");
    }
    const bool isLimit = type == "limit" || type == "stop_limit" || type == "take_limit";
    const bool isMarket = type == "market" || type == "stop_market" || type == "take_market";
    const bool postOnly = postOnlyParam.value_or(false) || exchangePostOnly.value_or(false) || timeInForce == "PO";
    if (isMarket && postOnly) {
        throw Error(ErrorKind::InvalidOrder, "deribit createOrder() a market order cannot be post-only");
    }
    JsonValue q = object();
    q.set("instrument_name", m.id);
    q.set("amount", amountToPrecision(m, amount));
    if (isLimit) {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "deribit createOrder() a limit order requires a price");
        }
        q.set("type", "limit");
        q.set("price", priceToPrecision(m, *price));
    } else {
        q.set("type", "market");
    }
    auto decimalOf = [](const std::string& text, const char* what) {
        auto d = Decimal::parse(text);
        if (!d) {
            throw Error(ErrorKind::InvalidOrder,
                        std::string("deribit createOrder() ") + what + " is not a number: " + text);
        }
        return *d;
    };
    if (trailing) {
        q.set("trigger", trigger);
        q.set("type", "trailing_stop");
        q.set("trigger_offset", JsonValue::number(decimalOf(*trailing, "trailingAmount").toString()));
    } else if (stopLossOrder || takeProfitOrder) {
        auto triggerText = stopLoss ? stopLoss : takeProfit;
        if (!triggerText) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "deribit createOrder() a " + type + " order requires a stopLossPrice or takeProfitPrice");
        }
        q.set("trigger_price", priceToPrecision(m, decimalOf(*triggerText, "trigger price")));
        q.set("trigger", trigger);
        q.set("type", std::string(stopLossOrder ? "stop_" : "take_") + (isMarket ? "market" : "limit"));
    }
    if (reduceOnly == true) {
        q.set("reduce_only", true);
    }
    if (postOnly) {
        q.set("post_only", true);
        // Refused rather than repriced when it would take liquidity.
        q.set("reject_post_only", true);
    }
    if (timeInForce == "GTC") {
        q.set("time_in_force", "good_til_cancelled");
    } else if (timeInForce == "IOC") {
        q.set("time_in_force", "immediate_or_cancel");
    } else if (timeInForce == "FOK") {
        q.set("time_in_force", "fill_or_kill");
    }
    return q;
}

void Deribit::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, amount, price, extra);
        if (auto clientOrderId = kit::takeTextParam(extra, "clientOrderId")) {
            q.set("label", *clientOrderId); // Deribit's free-text order label
        }
        request<Order>(call("private", side == "buy" ? "buy" : "sell", q, extra, 4), done, [this, m](const JsonRef& r) {
            // {"result":{"order":{...},"trades":[...]}}
            Order o = parseOrder(r["result"]["order"], *this, &m);
            for (const auto& raw : r["result"]["trades"].items()) {
                o.trades.push_back(parseTrade(raw, *this, &m));
            }
            return o;
        });
    });
}

void Deribit::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    (void)symbol; // Deribit cancels by order id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("order_id", id);
        request<Order>(call("private", "cancel", q, params, 4), done,
                       [this](const JsonRef& r) { return parseOrder(r["result"], *this, nullptr); });
    });
}

void Deribit::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [this, symbol, params, done] {
        JsonValue q = object();
        std::string method = "cancel_all";
        if (!symbol.empty()) {
            q.set("instrument_name", market(symbol).id);
            method = "cancel_all_by_instrument";
        }
        request<std::vector<Order>>(call("private", method, q, params, 4), done, [](const JsonRef& r) {
            // {"result":3}: how many were cancelled.
            Order o;
            o.info = JsonValue::fromRef(r);
            return std::vector<Order> {o};
        });
    });
}

void Deribit::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &market(symbol);
        JsonValue q = object();
        q.set("order_id", id);
        request<Order>(call("private", "get_order_state", q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["result"], *this, m); });
    });
}

void Deribit::fetchOrderList(bool open, const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        JsonValue extra = params;
        JsonValue q = object();
        if (!open) {
            q.set("count", limit.value_or(1000)); // 1000 is Deribit's maximum
        }
        std::string method = open ? "get_open_orders_by_" : "get_order_history_by_";
        std::string unifiedSymbol;
        if (symbol.empty()) {
            q.set("currency", currencyId(codeParam(extra)));
            method += "currency";
        } else {
            const Market& m = market(symbol);
            q.set("instrument_name", m.id);
            unifiedSymbol = m.symbol;
            method += "instrument";
        }
        request<std::vector<Order>>(call("private", method, q, extra), done,
                                    [this, unifiedSymbol, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["result"].items()) {
                                            // By currency the list includes derivatives; Bourse shows spot only.
                                            if (findMarketById(raw["instrument_name"].stringOr(""))) {
                                                orders.push_back(parseOrder(raw, *this, nullptr));
                                            }
                                        }
                                        return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                                    });
    });
}

void Deribit::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    fetchOrderList(true, symbol, since, limit, params, std::move(done));
}

void Deribit::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    fetchOrderList(false, symbol, since, limit, params, std::move(done));
}

void Deribit::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        JsonValue extra = params;
        JsonValue q = object();
        q.set("include_old", true);
        if (limit) {
            q.set("count", *limit);
        }
        std::string method;
        std::string unifiedSymbol;
        if (symbol.empty()) {
            q.set("currency", currencyId(codeParam(extra)));
            method = "get_user_trades_by_currency";
        } else {
            const Market& m = market(symbol);
            q.set("instrument_name", m.id);
            unifiedSymbol = m.symbol;
            method = "get_user_trades_by_instrument";
        }
        if (since) {
            q.set("start_timestamp", *since);
            method += "_and_time";
        }
        request<std::vector<Trade>>(call("private", method, q, extra), done,
                                    [this, unifiedSymbol, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["result"]["trades"].items()) {
                                            if (findMarketById(raw["instrument_name"].stringOr(""))) {
                                                trades.push_back(parseTrade(raw, *this, nullptr));
                                            }
                                        }
                                        return sortAndFilterTrades(std::move(trades), unifiedSymbol, since, limit);
                                    });
    });
}

// ---- funding ----

void Deribit::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue q = object();
        q.set("currency", currencyId(code));
        request<DepositAddress>(
            call("private", "get_current_deposit_address", q, params), done, [code](const JsonRef& r) {
                // {"result":{"address":"2N8udZGBc1hLRCFsU9kGwMPpmYUwMFTuCwB","currency":"BTC",
                //  "type":"deposit","creation_timestamp":..}}; null when none was made yet.
                auto address = kit::str(r["result"]["address"]);
                if (!address) {
                    throw Error(ErrorKind::InvalidAddress, "deribit has no " + code + " deposit address yet");
                }
                DepositAddress a;
                a.currency = code;
                a.address = address;
                a.info = JsonValue::fromRef(r);
                return a;
            });
    });
}

void Deribit::fetchTransactions(const char* method, const std::string& code, OptInt since, OptInt limit,
                                const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    if (code.empty()) {
        done(Error(ErrorKind::ArgumentsRequired,
                   std::string("deribit ") + method + " requires a currency code argument"));
        return;
    }
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        q.set("currency", currencyId(code));
        if (limit) {
            q.set("count", *limit);
        }
        request<std::vector<Transaction>>(call("private", method, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["result"]["data"].items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Deribit::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    fetchTransactions("get_deposits", code, since, limit, params, std::move(done));
}

void Deribit::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    fetchTransactions("get_withdrawals", code, since, limit, params, std::move(done));
}

MarketFeed* Deribit::marketFeed()
{
    return websocketFeed([] { return std::make_unique<DeribitStream>(); });
}

} // namespace bourse::ex
