// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinbase.h"

#include "CoinbaseParsers.h"
#include "CoinbaseSigner.h"
#include "coinbaseexchange/CoinbaseCommon.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace coinbase;
using coinbasecommon::boolParam;
using coinbasecommon::listQuery;
using coinbasecommon::spec;
using coinbasecommon::textParam;
using coinbasecommon::untilAsIso;

namespace {

JsonValue object()
{
    return JsonValue::object();
}

// A query string in which a list repeats its key (product_ids=A&product_ids=B), as Advanced Trade reads lists.
std::string queryWithRepeats(const JsonValue& params)
{
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& [k, v] : params.members()) {
        if (v.isArray()) {
            for (const auto& item : v.items()) {
                pairs.emplace_back(k, item.asString().value_or(item.dump()));
            }
        } else if (!v.isNull()) {
            pairs.emplace_back(k, v.isObject() ? v.dump() : v.asString().value_or(std::string()));
        }
    }
    return signing::urlencode(pairs);
}

// Milliseconds as whole seconds in text, truncated (ccxt's numberToString (parseToInt (ms / 1000))).
std::string secondsText(long long ms)
{
    return std::to_string(ms / 1000);
}

// "1m" -> 60, "2h" -> 7200: the length of a unified timeframe in seconds (ccxt's parseTimeframe).
long long timeframeSeconds(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        throw Error(ErrorKind::BadRequest, "coinbase: bad timeframe " + timeframe);
    }
    const long long amount = std::stoll(timeframe.substr(0, timeframe.size() - 1));
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
    }
    throw Error(ErrorKind::BadRequest, "coinbase: bad timeframe " + timeframe);
}

} // namespace

Coinbase::Coinbase(Transport& transport, Clock& clock)
    : Exchange(coinbaseDescription(), transport, clock)
{
}

const Market& Coinbase::marketOrId(const std::string& symbolOrId) const
{
    if (const Market* m = findMarket(symbolOrId)) {
        return *m;
    }
    if (const Market* m = findMarketById(symbolOrId)) {
        return *m;
    }
    return market(symbolOrId); // throws BadSymbol
}

// ---- signing and errors ----

HttpRequest Coinbase::sign(const RequestSpec& s)
{
    const bool v3 = s.api.starts_with("v3");
    const std::string fullPath = std::string(v3 ? "/api/v3/" : "/v2/") + s.path;
    HttpRequest r;
    r.method = s.method;
    std::string query;
    if (s.method == "GET") {
        query = queryWithRepeats(s.params);
    } else if (s.params.size() > 0) {
        r.body = s.params.dump();
    }
    r.url = apiUrl(s.api) + "/" + s.path + (query.empty() ? "" : "?" + query);
    // The API version the v2 answers are shaped after (Coinbase's CB-VERSION header, as ccxt pins it).
    r.headers.emplace_back("CB-VERSION", "2018-05-30");
    if (!s.api.ends_with("private")) {
        return r;
    }
    requireCredentials();
    const Credentials& c = credentials();
    const long long seconds = clock().milliseconds() / 1000;
    const KeyKind kind = keyKind(c.apiKey, c.secret);
    if (kind == KeyKind::Legacy) {
        // v2 signs the query with the path; v3 signs the path alone.
        std::string payload = r.body;
        if (s.method == "GET" && !v3 && s.params.size() > 0) {
            payload = "?" + signing::urlencode(paramPairs(s.params));
        }
        const std::string timestamp = std::to_string(seconds);
        r.headers.emplace_back("CB-ACCESS-KEY", c.apiKey);
        r.headers.emplace_back("CB-ACCESS-SIGN", legacySign(timestamp, s.method, fullPath, payload, c.secret));
        r.headers.emplace_back("CB-ACCESS-TIMESTAMP", timestamp);
        r.headers.emplace_back("Content-Type", "application/json");
        return r;
    }
    if (c.apiKey.starts_with("-----BEGIN")) {
        throw Error(ErrorKind::ArgumentsRequired,
                    "coinbase apiKey should contain the key name (organizations/...), not the public key");
    }
    // The token names Coinbase's own host, whatever origin --api-url sends to.
    const std::string& base = m_description.api.at(s.api);
    const std::string host =
        base.substr(base.find("://") + 3, base.find('/', base.find("://") + 3) - base.find("://") - 3);
    auto token = bearerToken(kind, c.apiKey, c.secret, s.method + " " + host + fullPath, seconds, randomNonce());
    if (!token) {
        throw Error(ErrorKind::AuthenticationError, "coinbase: the API secret is not a usable private key");
    }
    r.headers.emplace_back("Authorization", "Bearer " + *token);
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

// {"error":"invalid_request","error_description":"..."}; {"errors":[{"id":"not_found","message":"Not found"}]};
// {"success":false,"error_response":{"error":"INSUFFICIENT_FUND","message":"...","preview_failure_reason":"..."}}.
void Coinbase::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    const std::string feedback = "coinbase " + textExcerpt(response.body, 500);
    auto raise = [&](const OptString& code, const OptString& message) {
        for (const OptString& text : {code, message}) {
            if (!text) {
                continue;
            }
            if (auto kind = m_description.errors.match(*text)) {
                throw Error(*kind, feedback);
            }
            if (auto kind = m_description.errors.matchBroad(*text)) {
                throw Error(*kind, feedback);
            }
        }
        throw Error(ErrorKind::ExchangeError, feedback);
    };
    if (auto code = root["error"].string(); code && !code->empty()) {
        auto description = root["error_description"].string();
        raise(code, description ? description : root["message"].string());
    }
    if (JsonRef e = root["error_response"]; e.isObject()) {
        // The preview reason is the precise one; the error title is what a placed order reports.
        auto reason = e["preview_failure_reason"].string();
        raise(reason && !reason->empty() ? reason : e["error"].string(), e["message"].string());
    }
    if (JsonRef errors = root["errors"]; errors.isArray() && errors.size() > 0) {
        if (auto code = errors[0]["id"].string()) {
            raise(code, errors[0]["message"].string());
        }
    }
}

// ---- markets and currencies ----

void Coinbase::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    JsonValue extra = params;
    extra.remove("usePrivate");
    request(spec("v3public", "GET", "brokerage/market/products", object(), extra),
            [this, extra, done](Result<JsonDocument> products) {
                if (!products.ok()) {
                    done(products.error());
                    return;
                }
                auto doc = std::make_shared<JsonDocument>(std::move(products.value()));
                auto finish = [this, doc, done](const JsonRef& feeTier) {
                    done(guarded<std::vector<Market>>([&] {
                        std::vector<Market> markets;
                        for (const auto& raw : doc->root()["products"].items()) {
                            // Futures and perpetuals are listed apart and not served here.
                            if (raw["product_type"].string().value_or("SPOT") == "SPOT") {
                                markets.push_back(parseMarket(raw, *this, feeTier));
                            }
                        }
                        return markets;
                    }));
                };
                if (credentials().empty() || options().offline) {
                    finish(JsonRef());
                    return;
                }
                // With keys, the account's own fee tier; without it (a key without the permission), the
                // published first tier.
                request(spec("v3private", "GET", "brokerage/transaction_summary", object(), object()),
                        [finish](Result<JsonDocument> summary) {
                            finish(summary.ok() ? summary.value().root()["fee_tier"] : JsonRef());
                        });
            });
}

void Coinbase::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    // Fiat currencies, crypto currencies, and the exchange-rate list (which names a few more codes).
    auto result = std::make_shared<std::vector<Currency>>();
    auto add = [this, result](const JsonRef& list) {
        for (const auto& raw : list.items()) {
            Currency c = parseCurrency(raw, *this);
            if (!c.code.empty()) {
                result->push_back(std::move(c));
            }
        }
    };
    request<std::monostate>(
        spec("v2public", "GET", "currencies", object(), params),
        [=, this](Result<std::monostate> fiat) {
            if (!fiat.ok()) {
                done(fiat.error());
                return;
            }
            request<std::monostate>(
                spec("v2public", "GET", "currencies/crypto", object(), params),
                [=, this](Result<std::monostate> crypto) {
                    if (!crypto.ok()) {
                        done(crypto.error());
                        return;
                    }
                    request<std::vector<Currency>>(spec("v2public", "GET", "exchange-rates", object(), params), done,
                                                   [this, result](const JsonRef& r) {
                                                       for (const auto& member : r["data"]["rates"].members()) {
                                                           std::string code = safeCurrencyCode(member.key);
                                                           bool known = std::any_of(
                                                               result->begin(), result->end(),
                                                               [&](const Currency& c) { return c.code == code; });
                                                           if (!known) {
                                                               Currency c;
                                                               c.id = std::string(member.key);
                                                               c.code = code;
                                                               c.type = "crypto";
                                                               result->push_back(std::move(c));
                                                           }
                                                       }
                                                       return *result;
                                                   });
                },
                [add](const JsonRef& r) {
                    add(r["data"]);
                    return std::monostate {};
                });
        },
        [add](const JsonRef& r) {
            add(r["data"]);
            return std::monostate {};
        });
}

// ---- market data ----

void Coinbase::fetchTime(const JsonValue& params, Callback<long long> done)
{
    JsonValue extra = params;
    auto method = textParam(extra, "method");
    extra.remove("method");
    // {"data":{"iso":"2015-06-23T18:02:51Z","epoch":1435082571}} (v2) or
    // {"iso":"2023-05-08T17:19:56Z","epochSeconds":"1683566396","epochMillis":"1683566396123"} (v3)
    const bool v3 = method == "v3PublicGetBrokerageTime";
    request<long long>(spec(v3 ? "v3public" : "v2public", "GET", v3 ? "brokerage/time" : "time", object(), extra),
                       std::move(done), [v3](const JsonRef& r) {
                           JsonRef data = v3 ? r : r["data"];
                           JsonRef seconds = data.has("epoch") ? data["epoch"] : data["epochSeconds"];
                           auto value = seconds.decimal();
                           if (!value) {
                               throw Error(ErrorKind::BadResponse, "coinbase time answer has no epoch");
                           }
                           return (*value * Decimal(1000)).toInt64();
                       });
}

void Coinbase::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarkets<Ticker>(done, [this, symbol, params, done] {
        const Market& m = marketOrId(symbol);
        JsonValue extra = params;
        extra.remove("usePrivate");
        JsonValue q = object();
        q.set("limit", 1);
        // {"trades":[{...}],"best_bid":"17485.61","best_ask":"17488.12"}: the last trade and the best prices.
        request<Ticker>(spec("v3public", "GET", "brokerage/market/products/" + m.id + "/ticker", q, extra), done,
                        [this, m](const JsonRef& r) {
                            Ticker t = parseTicker(r["trades"][0], *this, &m);
                            t.symbol = m.symbol;
                            t.bid = r["best_bid"].decimal();
                            t.ask = r["best_ask"].decimal();
                            return t;
                        });
    });
}

void Coinbase::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        JsonValue extra = params;
        extra.remove("usePrivate");
        JsonValue q = object();
        if (!symbols.empty()) {
            JsonValue ids = JsonValue::array();
            for (const auto& s : symbols) {
                ids.push(marketOrId(s).id);
            }
            q.set("product_ids", ids);
            q.set("product_type", "SPOT");
        }
        request<std::vector<Ticker>>(
            spec("v3public", "GET", "brokerage/market/products", q, extra), done, [this, symbols](const JsonRef& r) {
                std::vector<Ticker> tickers;
                for (const auto& raw : r["products"].items()) {
                    Ticker t = parseTicker(raw, *this, nullptr);
                    if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                        tickers.push_back(std::move(t));
                    }
                }
                return tickers;
            });
    });
}

void Coinbase::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    withMarkets<OrderBook>(done, [this, symbol, limit, params, done] {
        const Market& m = marketOrId(symbol);
        JsonValue extra = params;
        extra.remove("usePrivate");
        JsonValue q = object();
        q.set("product_id", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<OrderBook>(spec("v3public", "GET", "brokerage/market/product_book", q, extra), done,
                           [m](const JsonRef& r) { return parseOrderBook(r["pricebook"], m.symbol); });
    });
}

void Coinbase::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market& m = marketOrId(symbol);
        JsonValue extra = params;
        extra.remove("usePrivate");
        JsonValue q = object();
        q.set("product_id", m.id);
        if (since) {
            q.set("start", secondsText(*since));
        }
        if (limit) {
            q.set("limit", std::min<long long>(*limit, 1000));
        }
        auto until = textParam(extra, "until");
        extra.remove("until");
        if (auto ms = until ? Decimal::parse(*until) : std::nullopt) {
            q.set("end", secondsText(ms->toInt64()));
        } else if (since) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "coinbase fetchTrades() requires a `until` parameter when you use `since` argument");
        }
        // The path names the product; product_id stays out of the query.
        q.remove("product_id");
        request<std::vector<Trade>>(spec("v3public", "GET", "brokerage/market/products/" + m.id + "/ticker", q, extra),
                                    done, [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["trades"].items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Coinbase::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                          const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarkets<std::vector<Ohlcv>>(done, [=, this] {
        const Market& m = marketOrId(symbol);
        // At most 300 candles a call.
        const long long count = std::min<long long>(limit.value_or(300), 300);
        JsonValue extra = params;
        extra.remove("paginate");
        extra.remove("usePrivate");
        JsonValue q = object();
        q.set("granularity", m_description.timeframe(timeframe).value_or(timeframe));
        auto until = textParam(extra, "until");
        if (!until) {
            until = textParam(extra, "end");
        }
        extra.remove("until");
        const long long span = count * timeframeSeconds(timeframe);
        const long long start = since ? *since / 1000 : clock().milliseconds() / 1000 - span;
        q.set("start", std::to_string(start));
        auto untilMs = until ? Decimal::parse(*until) : std::nullopt;
        q.set("end", untilMs ? secondsText(untilMs->toInt64()) : std::to_string(start + span));
        request<std::vector<Ohlcv>>(spec("v3public", "GET", "brokerage/market/products/" + m.id + "/candles", q, extra),
                                    done, [since, count](const JsonRef& r) {
                                        std::vector<Ohlcv> candles;
                                        for (const auto& c : r["candles"].items()) {
                                            candles.push_back(parseOhlcv(c));
                                        }
                                        return sortAndFilterOhlcv(std::move(candles), since, count);
                                    });
    });
}

// ---- account ----

void Coinbase::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue extra = params;
        const bool v3 = boolParam(extra, "v3") == true;
        extra.remove("v3");
        extra.remove("type");
        JsonValue q = object();
        q.set("limit", 250);
        // The v2 account list by default (it includes vaults and staked balances); v3 on request.
        request<Balance>(spec(v3 ? "v3private" : "v2private", "GET", v3 ? "brokerage/accounts" : "accounts", q, extra),
                         done, [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Coinbase::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        JsonValue extra = params;
        extra.remove("type");
        JsonValue q = object();
        q.set("product_type", "SPOT");
        // {"total_volume":1000,"total_fees":25,"fee_tier":{"pricing_tier":"<$10k","taker_fee_rate":"0.0010",
        //  "maker_fee_rate":"0.0020"},...}: one tier for the account.
        request<std::vector<TradingFee>>(spec("v3private", "GET", "brokerage/transaction_summary", q, extra), done,
                                         [this](const JsonRef& r) {
                                             std::vector<TradingFee> fees;
                                             for (const auto& m : markets()) {
                                                 if (!m.spot) {
                                                     continue;
                                                 }
                                                 TradingFee f;
                                                 f.symbol = m.symbol;
                                                 f.maker = r["fee_tier"]["maker_fee_rate"].decimal();
                                                 f.taker = r["fee_tier"]["taker_fee_rate"].decimal();
                                                 f.percentage = true;
                                                 f.info = JsonValue::fromRef(r);
                                                 fees.push_back(std::move(f));
                                             }
                                             return fees;
                                         });
    });
}

void Coinbase::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarkets<TradingFee>(done, [this, symbol, params, done] {
        const std::string unified = marketOrId(symbol).symbol;
        fetchTradingFees(params, [unified, done](Result<std::vector<TradingFee>> fees) {
            if (!fees.ok()) {
                done(fees.error());
                return;
            }
            for (const auto& f : fees.value()) {
                if (f.symbol == unified) {
                    done(f);
                    return;
                }
            }
            done(Error(ErrorKind::BadSymbol, "coinbase has no trading fee for " + unified));
        });
    });
}

// ---- orders ----

void Coinbase::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        const Market& m = marketOrId(symbol);
        JsonValue extra = params;
        JsonValue req = orderRequest(m, type, side, amount, price, extra);
        // A preview checks the order and reports fees without placing it.
        const bool preview = boolParam(extra, "preview", "test") == true;
        extra.remove("preview");
        extra.remove("test");
        if (preview) {
            req.remove("client_order_id");
        }
        // {"success":true,"success_response":{"order_id":"...","product_id":"BTC-USD","side":"BUY",
        //  "client_order_id":"..."},"order_configuration":{...}}
        request<Order>(spec("v3private", "POST", preview ? "brokerage/orders/preview" : "brokerage/orders", req, extra),
                       done, [this, m](const JsonRef& r) {
                           if (r["success"].boolean() == false) {
                               throw Error(ErrorKind::ExchangeError, "coinbase createOrder() " + r.toJsonText());
                           }
                           return parseOrder(r["success_response"], *this, &m);
                       });
    });
}

void Coinbase::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &marketOrId(symbol);
        JsonValue ids = JsonValue::array();
        ids.push(id);
        JsonValue q = object();
        q.set("order_ids", ids);
        // {"results":[{"success":true,"failure_reason":"UNKNOWN_CANCEL_FAILURE_REASON","order_id":"..."}]}
        request<Order>(
            spec("v3private", "POST", "brokerage/orders/batch_cancel", q, params), done, [this, m](const JsonRef& r) {
                JsonRef result = r["results"][0];
                if (result.isMissing()) {
                    throw Error(ErrorKind::BadResponse, "coinbase cancelOrder() answer has no result");
                }
                if (result["success"].boolean() != true) {
                    const std::string reason = result["failure_reason"].stringOr("");
                    throw Error(reason == "UNKNOWN_CANCEL_ORDER" ? ErrorKind::OrderNotFound : ErrorKind::BadRequest,
                                "coinbase cancelOrder() has failed: " + reason);
                }
                return parseOrder(result, *this, m);
            });
    });
}

void Coinbase::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = symbol.empty() ? nullptr : &marketOrId(symbol);
        request<Order>(spec("v3private", "GET", "brokerage/orders/historical/" + id, object(), params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r["order"], *this, m); });
    });
}

void Coinbase::fetchOrdersWith(const OptString& status, const std::string& symbol, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &marketOrId(symbol);
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = object();
        if (status) {
            q.set("order_status", *status);
        }
        if (m) {
            q.set("product_id", m->id);
        }
        const long long count = limit.value_or(100);
        q.set("limit", count);
        if (since) {
            q.set("start_date", iso8601(*since));
        }
        untilAsIso(q, extra, "end_date");
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec("v3private", "GET", "brokerage/orders/historical/batch", q, extra), done,
                                    [this, m, unified, since, count](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["orders"].items()) {
                                            orders.push_back(parseOrder(raw, *this, m));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unified, since, count);
                                    });
    });
}

void Coinbase::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done)
{
    fetchOrdersWith(std::nullopt, symbol, since, limit, params, std::move(done));
}

void Coinbase::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    fetchOrdersWith(std::string("OPEN"), symbol, since, limit, params, std::move(done));
}

void Coinbase::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Order>> done)
{
    fetchOrdersWith(std::string("FILLED"), symbol, since, limit, params, std::move(done));
}

void Coinbase::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market* m = symbol.empty() ? nullptr : &marketOrId(symbol);
        JsonValue extra = params;
        extra.remove("paginate");
        JsonValue q = listQuery(m, limit, since, "start_sequence_timestamp");
        untilAsIso(q, extra, "end_sequence_timestamp");
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec("v3private", "GET", "brokerage/orders/historical/fills", q, extra), done,
                                    [this, m, unified, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r["fills"].items()) {
                                            trades.push_back(parseTrade(raw, *this, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), unified, since, limit);
                                    });
    });
}

} // namespace bourse::ex
