// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kucoin.h"

#include "KucoinParsers.h"
#include "KucoinRequests.h"
#include "KucoinSigner.h"
#include "KucoinStream.h"
#include "core/Filtering.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

namespace bourse::ex {

using namespace kucoin;

namespace {

constexpr Endpoint kTime {"public", "GET", "v1/timestamp", 3};
constexpr Endpoint kCurrencies {"public", "GET", "v3/currencies", 3};
constexpr Endpoint kSymbols {"public", "GET", "v2/symbols", 4};
constexpr Endpoint kAllTickers {"public", "GET", "v1/market/allTickers", 15};
constexpr Endpoint kStats {"public", "GET", "v1/market/stats", 15};
constexpr Endpoint kPublicBook {"public", "GET", "v1/market/orderbook/level2_{}", 4};
constexpr Endpoint kHistories {"public", "GET", "v1/market/histories", 3};
constexpr Endpoint kCandles {"public", "GET", "v1/market/candles", 3};
constexpr Endpoint kFullBook {"private", "GET", "v3/market/orderbook/level2", 3};
constexpr Endpoint kMarginSymbols {"private", "GET", "v3/margin/symbols", 3};
constexpr Endpoint kIsolatedSymbols {"private", "GET", "v3/isolated/symbols", 3};
constexpr Endpoint kHfOpened {"private", "GET", "v1/hf/accounts/opened", 2};
constexpr Endpoint kAccounts {"private", "GET", "v1/accounts", 5};
constexpr Endpoint kMarginAccount {"private", "GET", "v1/margin/account", 40};
constexpr Endpoint kIsolatedAccounts {"private", "GET", "v3/isolated/accounts", 15};
constexpr Endpoint kTradeFees {"private", "GET", "v1/trade-fees", 3};
constexpr Endpoint kDepositAddresses {"private", "GET", "v1/deposit-addresses", 5};
constexpr Endpoint kDeposits {"private", "GET", "v1/deposits", 5};
constexpr Endpoint kHistDeposits {"private", "GET", "v1/hist-deposits", 5};
constexpr Endpoint kWithdrawals {"private", "GET", "v1/withdrawals", 20};
constexpr Endpoint kHistWithdrawals {"private", "GET", "v1/hist-withdrawals", 20};

// Records before this day (2019-02-18) live in KuCoin's v1 history, which counts in seconds.
constexpr long long kHistoryCutoffMs = 1550448000000;

JsonValue object()
{
    return JsonValue::object();
}

// A timeframe's length in seconds ("1h" -> 3600), as ccxt's parseTimeframe reads it.
long long timeframeSeconds(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        throw Error(ErrorKind::BadRequest, "kucoin does not know the timeframe " + timeframe);
    }
    long long amount = std::stoll(timeframe.substr(0, timeframe.size() - 1));
    switch (timeframe.back()) {
    case 's':
        return amount;
    case 'm':
        return amount * 60;
    case 'h':
        return amount * 3600;
    case 'd':
        return amount * 86400;
    case 'w':
        return amount * 604800;
    case 'M':
        return amount * 2592000;
    case 'y':
        return amount * 31536000;
    default:
        throw Error(ErrorKind::BadRequest, "kucoin does not know the timeframe " + timeframe);
    }
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

} // namespace

Kucoin::Kucoin(Transport& transport, Clock& clock)
    : Exchange(kucoinDescription(), transport, clock)
{
}

std::string Kucoin::currencyId(const std::string& code) const
{
    if (const Currency* c = findCurrency(code)) {
        return c->id;
    }
    for (const auto& [id, common] : m_description.commonCurrencies) {
        if (common == code) {
            return id;
        }
    }
    return code;
}

// ---- signing and errors ----

HttpRequest Kucoin::sign(const RequestSpec& s)
{
    JsonValue params = s.params;
    std::string path = s.path;
    // A caller may ask for another version of an endpoint ({"version": "v2"}).
    if (auto version = takeTextParam(params, "version")) {
        path = *version + path.substr(path.find('/'));
    }
    std::string endpoint = "/api/" + path;
    HttpRequest r;
    r.method = s.method;
    if (params.size() > 0) {
        if (s.method == "GET" || s.method == "DELETE") {
            endpoint += "?" + rawQuery(params);
        } else {
            r.body = params.dump();
            r.headers.emplace_back("Content-Type", "application/json");
        }
    }
    // The section URL ends in "/api"; the signed endpoint is the path on KuCoin's host, whatever --api-url says.
    r.url = apiUrl(s.api) + endpoint.substr(4);
    if (s.api == "private") {
        requireCredentials();
        const std::string timestamp = std::to_string(clock().milliseconds());
        addAuthHeaders(r, endpoint, timestamp, credentials().apiKey, credentials().secret, credentials().password);
    }
    return r;
}

// {"code":"400100","msg":"Order size below the minimum requirement."}, mostly with HTTP 200 (some with 4xx).
// Success is code 200000 (200 on a few newer endpoints).
void Kucoin::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    const std::string feedback = "kucoin " + textExcerpt(response.body, 1000);
    if (!json) {
        if (auto kind = m_description.errors.matchBroad(response.body)) {
            throw Error(*kind, feedback);
        }
        return;
    }
    JsonRef root = json->root();
    if (!root.isObject()) {
        return;
    }
    OptString code = root["code"].string();
    OptString message = root["msg"].string();
    if (!message || message->empty()) {
        message = root["data"].isString() || root["data"].isNumber() ? root["data"].string() : std::nullopt;
    }
    if (message && !message->empty()) {
        if (auto kind = m_description.errors.match(*message)) {
            throw Error(*kind, feedback);
        }
    }
    if (code) {
        if (auto kind = m_description.errors.match(*code)) {
            throw Error(*kind, feedback);
        }
    }
    if (auto kind = m_description.errors.matchBroad(response.body)) {
        throw Error(*kind, feedback);
    }
    if (code != "200000" && code != "200") {
        throw Error(ErrorKind::ExchangeError, feedback);
    }
}

// ---- markets and currencies ----

void Kucoin::requestInTurn(std::vector<RequestSpec> specs, Callback<std::vector<std::shared_ptr<JsonDocument>>> done,
                           std::vector<std::shared_ptr<JsonDocument>> answers)
{
    if (answers.size() == specs.size()) {
        done(std::move(answers));
        return;
    }
    RequestSpec next = specs[answers.size()];
    request(next,
            [this, specs = std::move(specs), done = std::move(done),
             answers = std::move(answers)](Result<JsonDocument> answer) mutable {
                if (!answer.ok()) {
                    done(answer.error());
                    return;
                }
                answers.push_back(std::make_shared<JsonDocument>(std::move(answer.value())));
                requestInTurn(std::move(specs), std::move(done), std::move(answers));
            });
}

void Kucoin::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // Symbols, then all tickers for each symbol's fee rate. With a key, also the cross and isolated margin lists,
    // and whether the account trades on the hf book (the default of order calls).
    JsonValue extra = params;
    const Credentials& c = credentials();
    const bool keyed = !c.apiKey.empty() && !c.secret.empty() && !c.password.empty();
    const bool marginables = keyed && boolParam(extra, "marginables").value_or(true);
    extra.remove("marginables");
    std::vector<RequestSpec> specs {spec(kSymbols, object(), extra), spec(kAllTickers, object(), extra)};
    if (marginables) {
        specs.push_back(spec(kMarginSymbols, object(), extra));
        specs.push_back(spec(kIsolatedSymbols, object(), extra));
    }
    requestInTurn(std::move(specs), [this, keyed, done](Result<std::vector<std::shared_ptr<JsonDocument>>> answers) {
        if (!answers.ok()) {
            done(answers.error());
            return;
        }
        const auto& docs = answers.value();
        auto markets = guarded<std::vector<Market>>([&] {
            auto byId = [](const JsonRef& list) {
                std::map<std::string, JsonRef, std::less<>> out;
                for (const auto& item : list.items()) {
                    out.emplace(item["symbol"].stringOr(""), item);
                }
                return out;
            };
            auto tickers = byId(docs[1]->root()["data"]["ticker"]);
            auto cross = docs.size() > 2 ? byId(docs[2]->root()["data"]["items"]) : decltype(tickers) {};
            auto isolated = docs.size() > 3 ? byId(docs[3]->root()["data"]) : decltype(tickers) {};
            std::vector<Market> out;
            for (const auto& raw : docs[0]->root()["data"].items()) {
                if (raw["symbol"].isNull()) {
                    continue;
                }
                const std::string id = raw["symbol"].stringOr("");
                auto ticker = tickers.find(id);
                Market m = parseMarket(raw, ticker == tickers.end() ? JsonRef() : ticker->second, *this);
                m.marginModes.cross = cross.count(id) > 0;
                m.marginModes.isolated = isolated.count(id) > 0;
                m.margin = m.margin || *m.marginModes.cross || *m.marginModes.isolated;
                out.push_back(std::move(m));
            }
            return out;
        });
        if (!markets.ok() || options().offline || m_hf || !keyed) {
            done(std::move(markets));
            return;
        }
        request<bool>(
            spec(kHfOpened, object(), object()),
            [this, markets, done](Result<bool> hf) mutable {
                if (!hf.ok()) {
                    done(hf.error());
                    return;
                }
                m_hf = hf.value();
                done(std::move(markets));
            },
            [](const JsonRef& r) { return r["data"].boolean().value_or(false); });
    });
}

void Kucoin::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    JsonValue extra = params;
    refuseUnified(extra, "fetchCurrencies");
    request<std::vector<Currency>>(spec(kCurrencies, object(), extra), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> out;
        for (const auto& raw : r["data"].items()) {
            // Entries KuCoin lists but that are no currency (its support's word).
            const std::string id = raw["currency"].stringOr("");
            if (id == "00" || id == "OPEN_ERROR" || id == "HUF" || id == "BDT") {
                continue;
            }
            out.push_back(parseCurrency(raw, *this));
        }
        return out;
    });
}

// ---- market data ----

void Kucoin::fetchTime(const JsonValue& params, Callback<long long> done)
{
    request<long long>(spec(kTime, object(), params), std::move(done), [](const JsonRef& r) {
        // {"code":"200000","data":1709992989125}
        auto ms = r["data"].integer();
        if (!ms) {
            throw Error(ErrorKind::BadResponse, "kucoin timestamp answer has no time");
        }
        return *ms;
    });
}

void Kucoin::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "fetchTicker");
        JsonValue q = object();
        q.set("symbol", m.id);
        request<Ticker>(spec(kStats, q, extra), done,
                        [this, m](const JsonRef& r) { return parseTicker(r["data"], &m, *this); });
    });
}

void Kucoin::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "fetchTickers");
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(spec(kAllTickers, object(), extra), done, [this, symbols](const JsonRef& r) {
            // {"data":{"time":1602832092060,"ticker":[{"symbol":"BTC-USDT","buy":"11328.9",...}]}}
            OptInt time = r["data"]["time"].integer();
            std::vector<Ticker> tickers;
            for (const auto& raw : r["data"]["ticker"].items()) {
                Ticker t = parseTicker(raw, nullptr, *this, time);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Kucoin::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "fetchOrderBook");
        const JsonValue* level = extra.find("level");
        if (level && level->asInteger() != 2) {
            throw Error(ErrorKind::BadRequest, "kucoin fetchOrderBook() can only return level 2");
        }
        JsonValue q = object();
        q.set("symbol", m.id);
        const Credentials& c = credentials();
        const bool authenticated = !c.apiKey.empty() && !c.secret.empty() && !c.password.empty();
        RequestSpec s;
        if (!authenticated || limit) {
            // The public snapshots hold the best 20 or 100 levels; the whole book needs a key.
            if (limit && *limit != 20 && *limit != 100) {
                throw Error(ErrorKind::ExchangeError, "kucoin fetchOrderBook() limit argument must be 20 or 100");
            }
            extra.remove("level");
            s = spec(kPublicBook, q, extra, std::to_string(limit.value_or(100)));
        } else {
            s = spec(kFullBook, q, extra);
        }
        request<OrderBook>(s, done, [m](const JsonRef& r) { return parseOrderBook(r["data"], m.symbol); });
    });
}

void Kucoin::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, params, done](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "fetchTrades");
        JsonValue q = object();
        q.set("symbol", m.id);
        // The last 100 trades; KuCoin takes no start or count.
        request<std::vector<Trade>>(spec(kHistories, q, extra), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, &m, *this));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Kucoin::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "fetchOHLCV");
        extra.remove("paginate"); // one page per call; the caller pages with `since`
        if (extra.contains("price")) {
            throw Error(ErrorKind::NotSupported, "kucoin fetchOHLCV() mark and index candles need the unified account");
        }
        JsonValue q = object();
        q.set("symbol", m.id);
        q.set("type", m_description.timeframe(timeframe).value_or(timeframe));
        // endAt is required. A start with no count asks for KuCoin's maximum of 1500 candles from it; a count with
        // no start asks for the last `limit` candles.
        const long long duration = timeframeSeconds(timeframe) * 1000;
        long long endAt = clock().milliseconds();
        OptInt start = since;
        OptInt count = limit;
        if (start) {
            q.set("startAt", *start / 1000);
            count = count.value_or(1500);
            endAt = *start + *count * duration;
        } else if (count) {
            start = endAt - *count * duration;
            q.set("startAt", *start / 1000);
        }
        q.set("endAt", endAt / 1000);
        request<std::vector<Ohlcv>>(spec(kCandles, q, extra), done, [start, count](const JsonRef& r) {
            std::vector<Ohlcv> candles;
            for (const auto& c : r["data"].items()) {
                candles.push_back(parseOhlcv(c));
            }
            return sortAndFilterOhlcv(std::move(candles), start, count);
        });
    });
}

// ---- account ----

void Kucoin::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "fetchBalance");
        auto code = textParam(extra, "code"); // read, and sent on as ccxt does
        std::string requested = takeText2(extra, "type", "defaultType").value_or("spot");
        // Unified account names -> KuCoin's account types.
        static const std::map<std::string, std::string> accountTypes {
            {"spot", "trade"},        {"margin", "margin"}, {"cross", "margin"}, {"marginV2", "margin"},
            {"isolated", "isolated"}, {"main", "main"},     {"funding", "main"}, {"future", "contract"},
            {"swap", "contract"},     {"mining", "pool"},   {"hf", "trade_hf"},  {"contract", "contract"},
        };
        auto it = accountTypes.find(requested);
        std::string type = it == accountTypes.end() ? requested : it->second;
        const bool hf = takeBoolOption(extra, "hf").value_or(hfDefault());
        if (hf && type != "main") {
            type = "trade_hf";
        }
        auto marginMode = takeMarginMode(extra);
        if (type == "contract") {
            throw Error(ErrorKind::NotSupported, "kucoin fetchBalance() reads spot and margin accounts only");
        }
        const bool isolated = marginMode == "isolated" || type == "isolated";
        const bool cross = marginMode == "cross" || type == "margin";
        JsonValue q = object();
        if (isolated) {
            if (code) {
                q.set("balanceCurrency", currencyId(*code));
            }
            request<Balance>(spec(kIsolatedAccounts, q, extra), done, [this](const JsonRef& r) {
                Balance b = parseMarginBalance(r["data"], true, *this);
                b.info = JsonValue::fromRef(r);
                return b;
            });
            return;
        }
        if (cross) {
            request<Balance>(spec(kMarginAccount, q, extra), done, [this](const JsonRef& r) {
                Balance b = parseMarginBalance(r["data"], false, *this);
                b.info = JsonValue::fromRef(r);
                return b;
            });
            return;
        }
        if (code) {
            q.set("currency", currencyId(*code));
        }
        q.set("type", type);
        request<Balance>(spec(kAccounts, q, extra), done, [this, type](const JsonRef& r) {
            Balance b = parseBalance(r["data"], type, *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

void Kucoin::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue extra = params;
        refuseUnified(extra, "fetchTradingFee");
        JsonValue q = object();
        q.set("symbols", m.id);
        request<TradingFee>(spec(kTradeFees, q, extra), done,
                            [m](const JsonRef& r) { return parseTradingFee(r["data"][0], m); });
    });
}

// ---- funding ----

void Kucoin::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        refuseUnified(extra, "fetchDepositAddress");
        std::string account = takeText2(extra, "accountType", "defaultAccountType").value_or("main");
        if (account == "future" || account == "swap" || account == "contract" || account == "uta"
            || account == "unified") {
            throw Error(ErrorKind::NotSupported, "kucoin fetchDepositAddress() serves the spot (main) account only");
        }
        JsonValue q = object();
        q.set("currency", currencyId(code));
        if (auto network = takeText2(extra, "networkCode", "network")) {
            // The chain id for a unified network code: the table, else the currency's own networks, else as given.
            std::string chain = *network;
            if (auto it = kucoinNetworkIds().find(*network); it != kucoinNetworkIds().end()) {
                chain = it->second;
            } else if (const Currency* c = findCurrency(code)) {
                for (const auto& n : c->networks) {
                    if (n.network == *network) {
                        chain = n.id;
                    }
                }
            }
            q.set("chain", lower(chain));
        }
        request<DepositAddress>(spec(kDepositAddresses, q, extra), done, [code](const JsonRef& r) {
            if (r["data"].isNull()) {
                throw Error(ErrorKind::ExchangeError,
                            "kucoin fetchDepositAddress() returned no address: the "
                            "address may need to be created on KuCoin first");
            }
            return parseDepositAddress(r["data"], code);
        });
    });
}

void Kucoin::fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue extra = params;
        std::string account = takeText2(extra, "accountType", "defaultAccountType").value_or("main");
        if (account == "future" || account == "swap" || account == "contract") {
            throw Error(ErrorKind::NotSupported, "kucoin deposits and withdrawals are read for the spot account only");
        }
        extra.remove("paginate");
        JsonValue q = object();
        if (!code.empty()) {
            q.set("currency", currencyId(code));
        }
        if (limit) {
            q.set("pageSize", *limit);
        }
        if (auto until = takeText2(extra, "until", "till"); until && Decimal::parse(*until)) {
            q.set("endAt", Decimal::parse(*until)->toInt64());
        }
        const bool history = since && *since < kHistoryCutoffMs;
        if (since) {
            q.set("startAt", history ? *since / 1000 : *since);
        }
        const Endpoint& e =
            deposits ? (history ? kHistDeposits : kDeposits) : (history ? kHistWithdrawals : kWithdrawals);
        const std::string type = deposits ? "deposit" : "withdrawal";
        request<std::vector<Transaction>>(spec(e, q, extra), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["data"]["items"].items()) {
                items.push_back(parseTransaction(raw, *this, type));
            }
            std::stable_sort(items.begin(), items.end(), [](const Transaction& a, const Transaction& b) {
                return a.timestamp.value_or(0) < b.timestamp.value_or(0);
            });
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Kucoin::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransactions(true, code, since, limit, params, std::move(done));
}

void Kucoin::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransactions(false, code, since, limit, params, std::move(done));
}

MarketFeed* Kucoin::marketFeed()
{
    return websocketFeed([] { return std::make_unique<KucoinStream>(); });
}

} // namespace bourse::ex
