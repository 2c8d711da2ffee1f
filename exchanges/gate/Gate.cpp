// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gate.h"

#include "GateParsers.h"
#include "GateSigner.h"
#include "GateStream.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace gate;
using rest::Endpoint;
using rest::spec;
using rest::takeTextParam;
using rest::textParam;

namespace {

// Costs as ccxt weighs them: 1 unit of 50 ms for most calls, order entry 0.4 and cancels 20/75 (Gate counts
// them in their own, larger buckets), margin and unified account calls 20/15.
constexpr Endpoint kTime {"public", "GET", "spot/time", 1};
constexpr Endpoint kCurrencyPairs {"public", "GET", "spot/currency_pairs", 1};
constexpr Endpoint kMarginPairs {"public", "GET", "margin/currency_pairs", 1};
constexpr Endpoint kCurrencies {"public", "GET", "spot/currencies", 1};
constexpr Endpoint kTickers {"public", "GET", "spot/tickers", 1};
constexpr Endpoint kOrderBook {"public", "GET", "spot/order_book", 1};
constexpr Endpoint kTrades {"public", "GET", "spot/trades", 1};
constexpr Endpoint kCandlesticks {"public", "GET", "spot/candlesticks", 1};
constexpr Endpoint kAccountDetail {"private", "GET", "account/detail", 1};
constexpr Endpoint kSpotAccounts {"private", "GET", "spot/accounts", 1};
constexpr Endpoint kMarginAccounts {"private", "GET", "margin/accounts", 20.0 / 15};
constexpr Endpoint kCrossAccounts {"private", "GET", "margin/cross/accounts", 20.0 / 15};
constexpr Endpoint kUnifiedAccounts {"private", "GET", "unified/accounts", 20.0 / 15};
constexpr Endpoint kCreateOrder {"private", "POST", "spot/orders", 0.4};
constexpr Endpoint kCreateTriggerOrder {"private", "POST", "spot/price_orders", 0.4};
constexpr Endpoint kOrder {"private", "GET", "spot/orders", 1};
constexpr Endpoint kTriggerOrder {"private", "GET", "spot/price_orders", 1};
constexpr Endpoint kOpenOrders {"private", "GET", "spot/open_orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "spot/orders", 20.0 / 75};
constexpr Endpoint kCancelTriggerOrder {"private", "DELETE", "spot/price_orders", 20.0 / 75};
constexpr Endpoint kMyTrades {"private", "GET", "spot/my_trades", 1};
constexpr Endpoint kFee {"private", "GET", "wallet/fee", 1};
constexpr Endpoint kDepositAddress {"private", "GET", "wallet/deposit_address", 1};
constexpr Endpoint kDeposits {"private", "GET", "wallet/deposits", 1};
constexpr Endpoint kWithdrawals {"private", "GET", "wallet/withdrawals", 1};

JsonValue object()
{
    return JsonValue::object();
}

// A timeframe's length in seconds ("1m" -> 60, "7d" -> 604800).
long long timeframeSeconds(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        throw Error(ErrorKind::BadRequest, "gate: bad timeframe " + timeframe);
    }
    long long n = std::stoll(timeframe.substr(0, timeframe.size() - 1));
    switch (timeframe.back()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    case 'w':
        return n * 604800;
    case 'M':
        return n * 2592000;
    case 'y':
        return n * 31536000;
    default:
        throw Error(ErrorKind::BadRequest, "gate: bad timeframe " + timeframe);
    }
}

} // namespace

Gate::Gate(Transport& transport, Clock& clock)
    : Exchange(gateDescription(), transport, clock)
{
}

// ---- codes and markets ----

std::string Gate::symbolFor(std::string_view pairId) const
{
    if (const Market* m = findMarketById(pairId)) {
        return m->symbol;
    }
    auto underscore = pairId.find('_');
    if (underscore == std::string_view::npos) {
        return std::string(pairId);
    }
    return safeCurrencyCode(pairId.substr(0, underscore)) + "/" + safeCurrencyCode(pairId.substr(underscore + 1));
}

std::string Gate::networkCode(const std::string& chain, const std::string& currencyCode) const
{
    // Gate's own names for the chains ccxt gives another code (networksById), then the ETH/ERC20-style choice.
    static const std::map<std::string, std::string> byId {
        {"OPETH", "OP"},    {"ETH", "ERC20"},     {"ERC20", "ERC20"}, {"TRX", "TRC20"},
        {"TRC20", "TRC20"}, {"HT", "HRC20"},      {"HECO", "HRC20"},  {"BSC", "BEP20"},
        {"BEP20", "BEP20"}, {"POLYGON", "MATIC"}, {"POL", "MATIC"},
    };
    auto it = byId.find(chain);
    return rest::preferredNetworkCode(it == byId.end() ? chain : it->second, currencyCode);
}

std::string Gate::currencyId(const std::string& code) const
{
    return rest::knownCurrencyId(*this, code).value_or(code);
}

std::string Gate::accountFor(bool trigger, JsonValue& params) const
{
    std::string mode = rest::lower(takeTextParam(params, {"marginMode", "account"}).value_or("spot"));
    if (mode == "cross") {
        mode = "cross_margin";
    } else if (mode == "isolated") {
        mode = "margin";
    }
    if (trigger) {
        // Spot trigger orders name the spot account "normal"; there are no cross-margin ones.
        if (mode == "spot") {
            mode = "normal";
        }
        if (mode == "cross_margin") {
            throw Error(ErrorKind::BadRequest, "gate does not support trigger orders for cross margin");
        }
    }
    auto unified = rest::takeBoolParam(params, {"unifiedAccount"});
    if (unified.value_or(m_unifiedAccount.value_or(false))) {
        mode = "unified";
    }
    return mode;
}

void Gate::withUnifiedStatus(std::function<void()> then, std::function<void(const Error&)> fail)
{
    if (m_unifiedAccount || options().offline) {
        try {
            then();
        } catch (const Error& e) {
            fail(e);
        }
        return;
    }
    // {"user_id":10406147,"key":{"mode":1},...}: mode 2 is a unified-account key.
    request<bool>(
        spec(kAccountDetail, object(), object()),
        [this, then, fail](Result<bool> r) {
            m_unifiedAccount = r.ok() && r.value();
            try {
                then();
            } catch (const Error& e) {
                fail(e);
            }
        },
        [](const JsonRef& r) { return r["key"]["mode"].integer() == 2; });
}

// ---- signing and errors ----

HttpRequest Gate::sign(const RequestSpec& s)
{
    const std::string base = apiUrl(s.api);
    if (s.api != "private") {
        HttpRequest r;
        r.method = s.method;
        r.url = base + "/" + s.path;
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // The signed path is the one on Gate's host ("/api/v4/spot/orders"), whatever origin --api-url names.
    const std::string& official = m_description.api.at(s.api);
    auto hostEnd = official.find('/', official.find("://") + 3);
    const std::string prefix = hostEnd == std::string::npos ? std::string() : official.substr(hostEnd);
    return signPrivate(s.method, base, prefix, s.path, s.params, clock().milliseconds() / 1000, credentials().apiKey,
                       credentials().secret);
}

// {"label": "ORDER_NOT_FOUND", "message": "Order not found"}, with an HTTP error status.
void Gate::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    auto label = json->root()["label"].string();
    if (!label) {
        return;
    }
    const std::string message = "gate " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*label)) {
        throw Error(*kind, message);
    }
    auto text = json->root()["message"].string();
    if (auto kind = m_description.errors.matchBroad(text.value_or(""))) {
        throw Error(*kind, message);
    }
    throw Error(ErrorKind::ExchangeError, message);
}

// ---- public ----

void Gate::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // The spot pairs, with what the margin list adds (leverage, margin limits) for pairs that trade on margin.
    request<JsonValue>(
        spec(kMarginPairs, object(), params),
        [this, params, done](Result<JsonValue> margin) {
            JsonValue marginList = margin.ok() ? margin.value() : JsonValue::array();
            request<std::vector<Market>>(
                spec(kCurrencyPairs, object(), params), done, [this, marginList](const JsonRef& r) {
                    // Back to a parsed document, so that the parser reads both lists the same way.
                    JsonDocument marginDoc = JsonDocument::parse(marginList.dump());
                    std::map<std::string, JsonRef> marginById;
                    for (const auto& entry : marginDoc.root().items()) {
                        marginById[entry["id"].stringOr("")] = entry;
                    }
                    std::vector<Market> out;
                    for (const auto& spot : r.items()) {
                        auto it = marginById.find(spot["id"].stringOr(""));
                        out.push_back(parseMarket(spot, it == marginById.end() ? JsonRef() : it->second, *this));
                    }
                    return out;
                });
        },
        [](const JsonRef& r) { return JsonValue::fromRef(r); });
}

void Gate::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> out;
        for (const auto& raw : r.items()) {
            out.push_back(parseCurrency(raw, *this));
        }
        return out;
    });
}

void Gate::fetchTime(const JsonValue& params, Callback<long long> done)
{
    // {"server_time": 1731447921098}
    request<long long>(spec(kTime, object(), params), std::move(done),
                       [](const JsonRef& r) { return r["server_time"].integer().value_or(0); });
}

void Gate::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currency_pair", m.id);
        request<Ticker>(spec(kTickers, q, params), done, [this, m](const JsonRef& r) {
            if (r[0].isMissing()) {
                throw Error(ErrorKind::NullResponse, "gate fetchTicker() returned empty response");
            }
            return parseTicker(r[0], *this, &m);
        });
    });
}

void Gate::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                        Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol for an unknown one, before anything is sent
        }
        JsonValue extra = params;
        rest::takeSpotType(extra, this->id(), "fetchTickers", true);
        JsonValue q = object();
        q.set("timezone", "utc0"); // the day's change from midnight UTC
        request<std::vector<Ticker>>(spec(kTickers, q, extra), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> out;
            for (const auto& raw : r.items()) {
                Ticker t = parseTicker(raw, *this, nullptr);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    out.push_back(std::move(t));
                }
            }
            return out;
        });
    });
}

void Gate::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currency_pair", m.id);
        if (limit) {
            q.set("limit", std::min(*limit, 1000LL));
        }
        q.set("with_id", true); // the book's update id, to line it up with the push channel's deltas
        request<OrderBook>(spec(kOrderBook, q, params), done, [m](const JsonRef& r) {
            if (r["current"].isNull()) {
                throw Error(ErrorKind::ExchangeError, "gate fetchOrderBook() missing timestamp");
            }
            return parseOrderBook(r, m.symbol);
        });
    });
}

void Gate::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        q.set("currency_pair", m.id);
        // `until` also travels as itself, as ccxt sends it (Gate ignores it).
        if (auto until = textParam(extra, "until"); until && Decimal::parse(*until)) {
            q.set("to", rest::seconds(Decimal::parse(*until)->toInt64()));
        }
        if (limit) {
            q.set("limit", std::min(*limit, 1000LL));
        }
        // Spot trades cannot be asked for from a time (only contracts take `from`): `since` filters the answer.
        request<std::vector<Trade>>(spec(kTrades, q, extra), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r.items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Gate::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                      const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        q.set("currency_pair", m.id);
        q.set("interval", m_description.timeframe(timeframe).value_or(timeframe));
        const long long count = std::min(limit.value_or(1000), 1000LL);
        OptInt until;
        if (auto text = takeTextParam(extra, "until"); text && Decimal::parse(*text)) {
            until = rest::seconds(Decimal::parse(*text)->toInt64());
        }
        if (since) {
            // Gate refuses `limit` together with `from`: the window's end is where `limit` candles would end.
            const long long from = rest::seconds(*since);
            long long to = std::min(from + (count - 1) * timeframeSeconds(timeframe), clock().milliseconds() / 1000);
            if (until) {
                to = std::min(to, *until);
            }
            q.set("from", from);
            q.set("to", to);
        } else {
            if (until) {
                q.set("to", *until);
            }
            q.set("limit", count);
        }
        request<std::vector<Ohlcv>>(spec(kCandlesticks, q, extra), done, [since, count](const JsonRef& r) {
            std::vector<Ohlcv> candles;
            for (const auto& raw : r.items()) {
                candles.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(candles), since, count);
        });
    });
}

// ---- account ----

void Gate::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        withUnifiedStatus(
            [this, params, done] {
                JsonValue extra = params;
                JsonValue q = object();
                if (auto symbol = takeTextParam(extra, "symbol")) {
                    q.set("currency_pair", market(*symbol).id);
                }
                const bool unified =
                    rest::takeBoolParam(extra, {"unifiedAccount"}).value_or(m_unifiedAccount.value_or(false));
                rest::takeSpotType(extra, this->id(), "fetchBalance", true);
                // The margin mode picks the account; unifiedAccount is already decided above.
                extra.set("unifiedAccount", false);
                const std::string mode = accountFor(false, extra);
                const Endpoint* endpoint = &kSpotAccounts;
                if (unified) {
                    endpoint = &kUnifiedAccounts;
                } else if (mode == "margin") {
                    endpoint = &kMarginAccounts;
                } else if (mode == "cross_margin") {
                    endpoint = &kCrossAccounts;
                } else if (mode != "spot") {
                    throw Error(ErrorKind::NotSupported, "gate fetchBalance() does not support account " + mode);
                }
                const bool isolated = !unified && mode == "margin";
                request<Balance>(spec(*endpoint, q, extra), done,
                                 [this, isolated](const JsonRef& r) { return parseBalance(r, *this, isolated); });
            },
            [done](const Error& e) { done(e); });
    });
}

void Gate::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("currency_pair", m.id);
        request<TradingFee>(spec(kFee, q, params), done, [m](const JsonRef& r) { return parseTradingFee(r, m); });
    });
}

void Gate::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        // One answer for the account: the same rates for every pair.
        request<std::vector<TradingFee>>(spec(kFee, object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> out;
            for (const auto& m : markets()) {
                out.push_back(parseTradingFee(r, m));
            }
            return out;
        });
    });
}

// ---- orders ----

void Gate::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                       const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                bool trigger = false;
                JsonValue body = orderRequest(m, type, side, amount, price, extra, trigger);
                request<Order>(spec(trigger ? kCreateTriggerOrder : kCreateOrder, body, extra), done,
                               [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
            },
            [done](const Error& e) { done(e); });
    });
}

void Gate::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                const bool trigger = rest::takeBoolParam(extra, {"is_stop_order", "stop", "trigger"}).value_or(false);
                rest::takeSpotType(extra, this->id(), "cancelOrder", true);
                const std::string account = accountFor(trigger, extra);
                JsonValue q = object();
                if (!trigger) {
                    if (!m) {
                        throw Error(ErrorKind::ArgumentsRequired, "gate cancelOrder() requires a symbol argument");
                    }
                    q.set("account", account);
                    q.set("currency_pair", m->id);
                }
                const Endpoint& e = trigger ? kCancelTriggerOrder : kCancelOrder;
                request<Order>(spec(e, q, extra, std::string(e.path) + "/" + id), done,
                               [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<Order>(*this, symbol, done, run);
}

void Gate::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                const bool trigger = rest::takeBoolParam(extra, {"stop", "trigger"}).value_or(false);
                rest::takeSpotType(extra, this->id(), "cancelAllOrders", true);
                JsonValue q = object();
                q.set("account", accountFor(trigger, extra));
                if (m) {
                    // Trigger orders name the pair `market`, plain ones `currency_pair`.
                    q.set(trigger ? "market" : "currency_pair", m->id);
                }
                request<std::vector<Order>>(spec(trigger ? kCancelTriggerOrder : kCancelOrder, q, extra), done,
                                            [this, m](const JsonRef& r) {
                                                std::vector<Order> out;
                                                for (const auto& raw : r.items()) {
                                                    out.push_back(parseOrder(raw, *this, m));
                                                }
                                                return out;
                                            });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, run);
}

void Gate::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                const bool trigger = rest::takeBoolParam(extra, {"trigger", "is_stop_order", "stop"}).value_or(false);
                // An order can be looked up by its client id ("t-..."), in place of Gate's id.
                std::string orderId = id;
                if (auto clientId = takeTextParam(extra, {"text", "clientOrderId"})) {
                    orderId = clientId->front() == 't' ? *clientId : "t-" + *clientId;
                }
                rest::takeSpotType(extra, this->id(), "fetchOrder", true);
                const std::string account = accountFor(trigger, extra);
                JsonValue q = object();
                if (!trigger) {
                    if (!m) {
                        throw Error(ErrorKind::ArgumentsRequired, "gate fetchOrder() requires a symbol argument");
                    }
                    q.set("account", account);
                    q.set("currency_pair", m->id);
                }
                const Endpoint& e = trigger ? kTriggerOrder : kOrder;
                request<Order>(spec(e, q, extra, std::string(e.path) + "/" + orderId), done,
                               [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<Order>(*this, symbol, done, run);
}

void Gate::fetchOrdersByStatus(const std::string& status, const std::string& symbol, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                extra.remove("paginate");
                extra.remove("historical");
                const bool trigger = rest::takeBoolParam(extra, {"trigger", "stop"}).value_or(false);
                rest::takeSpotType(extra, this->id(), "fetchOrders", true);
                JsonValue q = object();
                const std::string account = accountFor(trigger, extra);
                // Trigger order lists take no account.
                if (!trigger) {
                    q.set("account", account);
                }
                if (m) {
                    q.set(trigger ? "market" : "currency_pair", m->id);
                }
                q.set("status", status);
                if (limit) {
                    q.set("limit", *limit);
                }
                if (since) {
                    q.set("from", rest::seconds(*since));
                }
                if (auto until = takeTextParam(extra, "until"); until && Decimal::parse(*until)) {
                    q.set("to", rest::seconds(Decimal::parse(*until)->toInt64()));
                }
                if (auto lastId = takeTextParam(extra, {"lastId", "last_id"})) {
                    q.set("last_id", *lastId);
                }
                const bool openPlain = status == "open" && !trigger;
                const Endpoint& e = trigger ? kTriggerOrder : (openPlain ? kOpenOrders : kOrder);
                const std::string unifiedSymbol = m ? m->symbol : std::string();
                request<std::vector<Order>>(spec(e, q, extra), done, [=, this](const JsonRef& r) {
                    std::vector<Order> orders;
                    for (const auto& entry : r.items()) {
                        // Open orders come grouped by pair: [{"currency_pair": ..., "orders": [...]}].
                        if (openPlain) {
                            for (const auto& raw : entry["orders"].items()) {
                                orders.push_back(parseOrder(raw, *this, m));
                            }
                        } else {
                            orders.push_back(parseOrder(entry, *this, m));
                        }
                    }
                    return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, run);
}

void Gate::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus("open", symbol, since, limit, params, std::move(done));
}

void Gate::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    fetchOrdersByStatus("finished", symbol, since, limit, params, std::move(done));
}

void Gate::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    auto run = [=, this](const Market* m) {
        withUnifiedStatus(
            [=, this] {
                JsonValue extra = params;
                extra.remove("paginate");
                auto until = takeTextParam(extra, "until");
                rest::takeSpotType(extra, this->id(), "fetchMyTrades", true);
                JsonValue q = object();
                if (m) {
                    q.set("currency_pair", m->id);
                }
                q.set("account", accountFor(false, extra));
                if (limit) {
                    q.set("limit", *limit);
                }
                if (since) {
                    q.set("from", rest::seconds(*since));
                }
                if (until && Decimal::parse(*until)) {
                    q.set("to", rest::seconds(Decimal::parse(*until)->toInt64()));
                }
                const std::string unifiedSymbol = m ? m->symbol : std::string();
                request<std::vector<Trade>>(spec(kMyTrades, q, extra), done, [=, this](const JsonRef& r) {
                    std::vector<Trade> trades;
                    for (const auto& raw : r.items()) {
                        trades.push_back(parseTrade(raw, *this, m));
                    }
                    return sortAndFilterTrades(std::move(trades), unifiedSymbol, since, limit);
                });
            },
            [done](const Error& e) { done(e); });
    };
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, run);
}

// ---- funding ----

void Gate::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        // Gate answers with every chain's address; the network only picks one of them.
        auto network = takeTextParam(extra, {"network", "networkCode"});
        JsonValue q = object();
        q.set("currency", currencyId(code));
        request<DepositAddress>(spec(kDepositAddress, q, extra), done, [this, code, network](const JsonRef& r) {
            // {"currency":"USDT","address":"...","multichain_addresses":[{"chain":"TRX","address":"T...",
            //  "payment_id":"","payment_name":"","obtain_failed":0}]}
            std::vector<DepositAddress> found;
            for (const auto& entry : r["multichain_addresses"].items()) {
                if (entry["obtain_failed"].integer().value_or(0) == 0
                    && rest::usableAddress(entry["address"].string())) {
                    found.push_back(parseDepositAddress(entry, *this, code));
                }
            }
            return rest::selectDepositAddress(found, network, code, "", "gate");
        });
    });
}

void Gate::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (!code.empty()) {
            q.set("currency", currencyId(code));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        if (since) {
            // Gate answers at most 30 days at a time.
            const long long from = rest::seconds(*since);
            q.set("from", from);
            q.set("to", from + 30 * 24 * 60 * 60);
        }
        auto until = takeTextParam(extra, {"until", "till"});
        if (until && Decimal::parse(*until)) {
            q.set("to", rest::seconds(Decimal::parse(*until)->toInt64()));
        }
        request<std::vector<Transaction>>(
            spec(deposits ? kDeposits : kWithdrawals, q, extra), done, [this, code](const JsonRef& r) {
                std::vector<Transaction> items;
                for (const auto& raw : r.items()) {
                    items.push_back(parseTransaction(raw, *this));
                }
                std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
                    return a.timestamp.value_or(0) < b.timestamp.value_or(0);
                });
                return filterTransactions(std::move(items), code, std::nullopt, std::nullopt);
            });
    });
}

void Gate::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Gate::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

MarketFeed* Gate::marketFeed()
{
    return websocketFeed([this] { return std::make_unique<GateStream>(*this); });
}

} // namespace bourse::ex
