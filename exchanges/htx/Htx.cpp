// SPDX-License-Identifier: GPL-3.0-or-later
#include "Htx.h"

#include "HtxParsers.h"
#include "HtxSigner.h"
#include "HtxStream.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace htx;
using rest::Endpoint;
using rest::spec;
using rest::takeTextParam;
using rest::textParam;

namespace {

// Costs as ccxt weighs them in units of 100 ms: 1 for most calls, 0.2 to 0.4 for order entry and account reads.
constexpr Endpoint kTimestamp {"public", "GET", "v1/common/timestamp", 1};
constexpr Endpoint kSymbols {"public", "GET", "v1/common/symbols", 1};
constexpr Endpoint kCurrencies {"public", "GET", "v2/reference/currencies", 1};
constexpr Endpoint kMerged {"public", "GET", "market/detail/merged", 1};
constexpr Endpoint kTickers {"public", "GET", "market/tickers", 1};
constexpr Endpoint kDepth {"public", "GET", "market/depth", 1};
constexpr Endpoint kHistoryTrade {"public", "GET", "market/history/trade", 1};
constexpr Endpoint kCandles {"public", "GET", "market/history/candles", 1};
constexpr Endpoint kKline {"public", "GET", "market/history/kline", 1};
constexpr Endpoint kAccounts {"private", "GET", "v1/account/accounts", 0.2};
constexpr Endpoint kBalance {"private", "GET", "v1/account/accounts", 0.2};
constexpr Endpoint kPlace {"private", "POST", "v1/order/orders/place", 0.2};
constexpr Endpoint kSubmitCancel {"private", "POST", "v1/order/orders", 0.2};
constexpr Endpoint kCancelByClientId {"private", "POST", "v1/order/orders/submitCancelClientOrder", 0.2};
constexpr Endpoint kCancelAll {"private", "POST", "v1/order/orders/batchCancelOpenOrders", 0.4};
constexpr Endpoint kOrder {"private", "GET", "v1/order/orders", 0.4};
constexpr Endpoint kClientOrder {"private", "GET", "v1/order/orders/getClientOrder", 0.4};
constexpr Endpoint kOrders {"private", "GET", "v1/order/orders", 0.4};
constexpr Endpoint kOpenOrders {"private", "GET", "v1/order/openOrders", 0.4};
constexpr Endpoint kMatchResults {"private", "GET", "v1/order/matchresults", 1};
constexpr Endpoint kFeeRate {"private", "GET", "v2/reference/transact-fee-rate", 1};
constexpr Endpoint kDepositAddress {"private", "GET", "v2/account/deposit/address", 1};
constexpr Endpoint kDepositWithdraw {"private", "GET", "v1/query/deposit-withdraw", 1};

JsonValue object()
{
    return JsonValue::object();
}

OptInt untilParam(JsonValue& params)
{
    auto text = takeTextParam(params, {"until", "till"});
    auto value = text ? Decimal::parse(*text) : std::nullopt;
    return value ? OptInt(value->toInt64()) : std::nullopt;
}

} // namespace

Htx::Htx(Transport& transport, Clock& clock)
    : Exchange(htxDescription(), transport, clock)
{
}

// ---- codes, networks and accounts ----

std::string Htx::currencyId(const std::string& code) const
{
    return rest::knownCurrencyId(*this, code).value_or(rest::lower(code));
}

std::string Htx::networkCode(const std::string& chainId, const std::string& currencyCode) const
{
    // A chain id names the token and the chain ("trc20usdt"); its title names the chain ("TRX"), and HTX's
    // titles map to ccxt's network codes where they differ.
    static const std::map<std::string, std::string> byTitle {
        {"TRX", "TRC20"}, {"ETH", "ERC20"}, {"SOLANA", "SOL"}, {"HECO", "HRC20"}, {"MATIC", "MATIC"}};
    auto titled = m_chainTitles.find(chainId);
    const std::string title = titled == m_chainTitles.end() ? chainId : titled->second;
    auto it = byTitle.find(title);
    return rest::preferredNetworkCode(it == byTitle.end() ? title : it->second, currencyCode);
}

std::string Htx::accountIdFor(const std::string& marginMode, const Market* market) const
{
    if (!m_accounts || m_accounts->empty()) {
        throw Error(ErrorKind::ExchangeError, "htx has no account to trade from");
    }
    std::string type = "spot";
    if (marginMode == "cross") {
        type = "super-margin";
    } else if (marginMode == "isolated") {
        type = "margin";
    }
    for (const auto& a : *m_accounts) {
        // An isolated margin account belongs to one pair, named in its subtype.
        if (type == "margin" ? (market && a.subtype == market->id) : a.type == type) {
            return a.id;
        }
    }
    return m_accounts->front().id;
}

void Htx::withAccounts(std::function<void()> then, std::function<void(const Error&)> fail)
{
    auto run = [then, fail] {
        try {
            then();
        } catch (const Error& e) {
            fail(e);
        }
    };
    if (m_accounts) {
        run();
        return;
    }
    if (options().offline) {
        // The account ccxt's offline tests preload: its type is unknown, so it is everyone's fallback.
        m_accounts = std::vector<Account> {{"myAccount", "", ""}};
        run();
        return;
    }
    request<std::vector<Account>>(
        spec(kAccounts, object(), object()),
        [this, run, fail](Result<std::vector<Account>> r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            m_accounts = r.value();
            run();
        },
        [](const JsonRef& r) {
            // {"status":"ok","data":[{"id":10000001,"type":"spot","subtype":"","state":"working"}]}
            std::vector<Account> out;
            for (const auto& a : r["data"].items()) {
                out.push_back({a["id"].stringOr(""), a["type"].stringOr(""), a["subtype"].stringOr("")});
            }
            return out;
        });
}

// ---- signing and errors ----

HttpRequest Htx::sign(const RequestSpec& s)
{
    const std::string origin = apiUrl(s.api);
    const std::string path = "/" + s.path;
    if (s.api != "private") {
        HttpRequest r;
        r.method = s.method;
        r.url = origin + path;
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // The signed host is HTX's own, whatever origin --api-url names.
    const std::string& official = m_description.api.at(s.api);
    const std::string host = official.substr(official.find("://") + 3);
    return signPrivate(s.method, origin, host, path, s.params, clock().milliseconds(), credentials().apiKey,
                       credentials().secret);
}

void Htx::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    const std::string message = "htx " + textExcerpt(response.body, 1000);
    auto raise = [&](const OptString& codeOrMessage) {
        if (codeOrMessage) {
            if (auto kind = m_description.errors.match(*codeOrMessage)) {
                throw Error(*kind, message);
            }
        }
    };
    // v1: {"status":"error","err-code":"...","err-msg":"..."}
    if (root["status"].string() == "error") {
        if (auto kind = m_description.errors.matchBroad(response.body)) {
            throw Error(*kind, message);
        }
        raise(root["err-code"].isNull() ? root["err_code"].string() : root["err-code"].string());
        raise(root["err-msg"].isNull() ? root["err_msg"].string() : root["err-msg"].string());
        throw Error(ErrorKind::ExchangeError, message);
    }
    // v2: {"code":1003,"message":"..."}; 200 is success.
    if (root.has("code")) {
        raise(root["code"].string());
    }
    JsonRef first = root["data"]["errors"][0];
    if (first.isObject()) {
        raise(first["err_code"].string());
        raise(first["err_msg"].string());
    }
}

// ---- public ----

void Htx::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kSymbols, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> out;
        for (const auto& raw : r["data"].items()) {
            out.push_back(parseMarket(raw, *this));
        }
        return out;
    });
}

void Htx::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> out;
        m_chainTitles.clear();
        for (const auto& raw : r["data"].items()) {
            out.push_back(parseCurrency(raw, *this, m_chainTitles));
        }
        return out;
    });
}

void Htx::fetchTime(const JsonValue& params, Callback<long long> done)
{
    // {"status":"ok","data":1629715504949}
    request<long long>(spec(kTimestamp, object(), params), std::move(done), [](const JsonRef& r) {
        auto t = r["data"].integer();
        return t ? *t : r["ts"].integer().value_or(0);
    });
}

void Htx::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        request<Ticker>(spec(kMerged, q, params), done, [this, m](const JsonRef& r) {
            Ticker t = parseTicker(r["tick"], *this, &m);
            t.timestamp = r["ts"].integer();
            return t;
        });
    });
}

void Htx::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                       Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s);
        }
        JsonValue extra = params;
        rest::takeSpotType(extra, this->id(), "fetchTickers", false);
        request<std::vector<Ticker>>(spec(kTickers, object(), extra), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> out;
            for (const auto& raw : r["data"].items()) {
                Ticker t = parseTicker(raw, *this, nullptr);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    out.push_back(std::move(t));
                }
            }
            return out;
        });
    });
}

void Htx::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("type", "step0"); // no price aggregation
        if (limit) {
            if (*limit != 5 && *limit != 10 && *limit != 20 && *limit != 150) {
                throw Error(ErrorKind::BadRequest,
                            "htx fetchOrderBook() limit argument must be undefined, 5, 10, 20, or 150, default is 150");
            }
            if (*limit != 150) {
                q.set("depth", *limit);
            }
        }
        q.set("symbol", m.id);
        request<OrderBook>(spec(kDepth, q, params), done, [m](const JsonRef& r) {
            JsonRef tick = r["tick"];
            if (tick.isNull()) {
                throw Error(ErrorKind::BadSymbol, "htx fetchOrderBook() returned empty response: " + r.toJsonText());
            }
            auto ts = tick["ts"].integer();
            return parseOrderBook(tick, m.symbol, ts ? ts : r["ts"].integer());
        });
    });
}

void Htx::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                      Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        // HTX answers the latest trades only (up to 2000); `since` filters them.
        const long long count = limit.value_or(1000);
        JsonValue q = object();
        q.set("size", std::min(count, 2000LL));
        q.set("symbol", m.id);
        request<std::vector<Trade>>(spec(kHistoryTrade, q, params), done, [this, m, since, count](const JsonRef& r) {
            // {"data":[{"id":..., "ts":..., "data":[{"trade-id":..., "price":..., "amount":..., "direction":...}]}]}
            std::vector<Trade> trades;
            for (const auto& batch : r["data"].items()) {
                for (const auto& raw : batch["data"].items()) {
                    trades.push_back(parseTrade(raw, *this, &m));
                }
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, count);
        });
    });
}

void Htx::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                     const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        extra.remove("priceType");
        extra.remove("price");
        const OptInt until = untilParam(extra);
        JsonValue q = object();
        q.set("period", m_description.timeframe(timeframe).value_or(timeframe));
        q.set("symbol", m.id);
        // The history endpoint takes a window (from, to); the plain one only the latest `size` candles.
        const bool historical = rest::takeBoolParam(extra, {"useHistoricalEndpointForSpot"}).value_or(true);
        const Endpoint* endpoint = &kCandles;
        if (!historical) {
            endpoint = &kKline;
            if (limit) {
                q.set("size", std::min(*limit, 2000LL));
            }
        } else {
            if (since) {
                q.set("from", rest::seconds(*since));
            }
            if (until) {
                q.set("to", rest::seconds(*until));
            }
            if (limit) {
                q.set("size", std::min(*limit, 1000LL));
            }
        }
        request<std::vector<Ohlcv>>(spec(*endpoint, q, extra), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> candles;
            for (const auto& raw : r["data"].items()) {
                candles.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(candles), since, limit);
        });
    });
}

// ---- account ----

void Htx::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        withAccounts(
            [this, params, done] {
                JsonValue extra = params;
                if (rest::takeBoolParam(extra, {"unified", "uta"}).value_or(false)) {
                    throw Error(ErrorKind::NotSupported,
                                "htx fetchBalance() unified account has been deprecated on htx");
                }
                rest::takeSpotType(extra, this->id(), "fetchBalance", false);
                auto given = takeTextParam(extra, {"accountId", "account-id"});
                const std::string accountId = given ? *given : accountIdFor("", nullptr);
                const std::string path = std::string(kBalance.path) + "/" + accountId + "/balance";
                request<Balance>(spec(kBalance, object(), extra, path), done,
                                 [this](const JsonRef& r) { return parseBalance(r, *this); });
            },
            [done](const Error& e) { done(e); });
    });
}

void Htx::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("symbols", m.id);
        request<TradingFee>(spec(kFeeRate, q, params), done,
                            [this, m](const JsonRef& r) { return parseTradingFee(r["data"][0], *this, m); });
    });
}

// ---- orders ----

void Htx::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                      const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        withAccounts(
            [=, this] {
                JsonValue extra = params;
                const std::string marginMode = takeTextParam(extra, {"marginMode"}).value_or("");
                JsonValue body =
                    orderRequest(m, accountIdFor(marginMode, &m), marginMode, type, side, amount, price, extra);
                // {"status":"ok","data":"356501383558845"}: the id alone.
                request<Order>(spec(kPlace, body, extra), done, [=](const JsonRef& r) {
                    Order o;
                    o.info = JsonValue::fromRef(r);
                    o.id = r["data"].string();
                    o.symbol = m.symbol;
                    o.type = type;
                    o.side = side;
                    o.price = price;
                    o.amount = amount;
                    o.complete();
                    return o;
                });
            },
            [done](const Error& e) { done(e); });
    });
}

void Htx::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        rest::takeSpotType(extra, this->id(), "cancelOrder", false);
        for (const char* key : {"stop", "stopLossTakeProfit", "trailing", "trigger", "stopLoss", "takeProfit"}) {
            extra.remove(key);
        }
        JsonValue q = object();
        RequestSpec s;
        if (auto clientId = takeTextParam(extra, {"client-order-id", "clientOrderId"})) {
            q.set("client-order-id", *clientId);
            s = spec(kCancelByClientId, q, extra);
        } else {
            s = spec(kSubmitCancel, q, extra, std::string(kSubmitCancel.path) + "/" + id + "/submitcancel");
        }
        // {"status":"ok","data":"59378"}: nothing but the id.
        request<Order>(s, done, [m, id](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r);
            o.id = id;
            o.status = "canceled";
            o.symbol = m ? m->symbol : std::string();
            o.complete();
            return o;
        });
    };
    rest::withOptionalMarket<Order>(*this, symbol, done, run);
}

void Htx::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        rest::takeSpotType(extra, this->id(), "cancelAllOrders", false);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        // {"status":"ok","data":{"success-count":2,"failed-count":0,"next-id":5454600}}
        request<std::vector<Order>>(spec(kCancelAll, q, extra), done, [](const JsonRef& r) {
            Order o;
            o.info = JsonValue::fromRef(r["data"]);
            return std::vector<Order> {o};
        });
    };
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, run);
}

void Htx::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        rest::takeSpotType(extra, this->id(), "fetchOrder", false);
        // By client id, HTX's own parameter name being clientOrderId.
        const bool byClientId = textParam(extra, "clientOrderId").has_value();
        RequestSpec s = byClientId ? spec(kClientOrder, object(), extra)
                                   : spec(kOrder, object(), extra, std::string(kOrder.path) + "/" + id);
        request<Order>(s, done, [this, m](const JsonRef& r) { return parseOrder(r["data"], *this, m); });
    };
    rest::withOptionalMarket<Order>(*this, symbol, done, run);
}

void Htx::fetchOrdersByStates(const std::string& states, const std::string& symbol, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        // v1/order/orders lists one symbol at a time.
        done(Error(ErrorKind::ArgumentsRequired, "htx fetchOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        rest::takeSpotType(extra, this->id(), "fetchOrders", false);
        JsonValue q = object();
        q.set("states", states);
        q.set("symbol", m.id);
        if (since) {
            // HTX answers a window of at most 48 hours.
            q.set("start-time", *since);
            q.set("end-time", *since + 48 * 60 * 60 * 1000);
        }
        if (auto until = untilParam(extra)) {
            q.set("end-time", *until);
        }
        if (limit) {
            q.set("size", *limit);
        }
        request<std::vector<Order>>(spec(kOrders, q, extra), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["data"].items()) {
                orders.push_back(parseOrder(raw, *this, &m));
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Htx::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                      Callback<std::vector<Order>> done)
{
    fetchOrdersByStates("pre-submitted,submitted,partial-filled,filled,partial-canceled,canceled", symbol, since, limit,
                        params, std::move(done));
}

void Htx::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    fetchOrdersByStates("filled", symbol, since, limit, params, std::move(done));
}

void Htx::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        withAccounts(
            [=, this] {
                JsonValue extra = params;
                rest::takeSpotType(extra, this->id(), "fetchOpenOrders", false);
                JsonValue q = object();
                if (m) {
                    q.set("symbol", m->id);
                }
                auto accountId = takeTextParam(extra, "account-id");
                if (!accountId) {
                    // Only an account known to be the spot one; HTX takes all accounts when none is named.
                    for (const auto& a : *m_accounts) {
                        if (a.type == "spot") {
                            accountId = a.id;
                            break;
                        }
                    }
                }
                if (accountId) {
                    q.set("account-id", *accountId);
                }
                if (limit) {
                    q.set("size", *limit);
                }
                const std::string unifiedSymbol = m ? m->symbol : std::string();
                request<std::vector<Order>>(spec(kOpenOrders, q, extra), done, [=, this](const JsonRef& r) {
                    std::vector<Order> orders;
                    for (const auto& raw : r["data"].items()) {
                        orders.push_back(parseOrder(raw, *this, m));
                    }
                    return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, run);
}

void Htx::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        extra.remove("paginate");
        rest::takeSpotType(extra, this->id(), "fetchMyTrades", false);
        JsonValue q = object();
        if (m) {
            q.set("symbol", m->id);
        }
        if (limit) {
            q.set("size", *limit);
        }
        if (since) {
            q.set("start-time", *since); // within the last 120 days
        }
        if (auto until = untilParam(extra)) {
            q.set("end-time", *until);
        }
        const std::string unifiedSymbol = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kMatchResults, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, m));
            }
            return sortAndFilterTrades(std::move(trades), unifiedSymbol, since, limit);
        });
    };
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, run);
}

// ---- funding ----

void Htx::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        // HTX answers with every chain's address; the network only picks one of them.
        auto network = takeTextParam(extra, {"networkCode", "network"});
        JsonValue q = object();
        q.set("currency", currencyId(code));
        request<DepositAddress>(spec(kDepositAddress, q, extra), done, [this, code, network](const JsonRef& r) {
            // {"code":200,"data":[{"currency":"usdt","address":"0x...","addressTag":"","chain":"usdterc20"}]}
            std::vector<DepositAddress> found;
            for (const auto& raw : r["data"].items()) {
                if (rest::usableAddress(raw["address"].string())) {
                    found.push_back(parseDepositAddress(raw, *this));
                }
            }
            // HTX's default networks for the coins that have several (ccxt's options.defaultNetworks).
            static const std::map<std::string, std::string> defaults {
                {"ETH", "ERC20"}, {"BTC", "BTC"}, {"USDT", "TRC20"}};
            auto it = defaults.find(code);
            return rest::selectDepositAddress(found, network, code, it == defaults.end() ? "" : it->second, "htx");
        });
    });
}

void Htx::fetchTransactions(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        // At most 100 a page; HTX pages by record id (`from`), not by time.
        const long long size = !limit || *limit > 100 ? 100 : *limit;
        JsonValue q = object();
        q.set("type", type);
        q.set("direct", "next");
        q.set("from", 0);
        if (!code.empty()) {
            q.set("currency", currencyId(code));
        }
        q.set("size", size);
        request<std::vector<Transaction>>(spec(kDepositWithdraw, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["data"].items()) {
                items.push_back(parseTransaction(raw, *this));
            }
            std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
                return a.timestamp.value_or(0) < b.timestamp.value_or(0);
            });
            return filterTransactions(std::move(items), code, since, size);
        });
    });
}

void Htx::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done)
{
    fetchTransactions("deposit", code, since, limit, params, std::move(done));
}

void Htx::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions("withdraw", code, since, limit, params, std::move(done));
}

MarketFeed* Htx::marketFeed()
{
    return websocketFeed([] { return std::make_unique<HtxStream>(); });
}

} // namespace bourse::ex
