// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitstamp.h"

#include "BitstampParsers.h"
#include "BitstampStream.h"
#include "common/SafeRead.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>
#include <cctype>
#include <random>

namespace bourse::ex {

using namespace bitstamp;

namespace {

// Every Bitstamp endpoint costs one unit of the description's 75 ms.
RequestSpec spec(const char* api, const char* method, std::string path, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {api, method, std::move(path), std::move(request), 1};
}

RequestSpec publicGet(std::string path, JsonValue request, const JsonValue& params)
{
    return spec("public", "GET", std::move(path), std::move(request), params);
}

RequestSpec privatePost(std::string path, JsonValue request, const JsonValue& params)
{
    return spec("private", "POST", std::move(path), std::move(request), params);
}

JsonValue object()
{
    return JsonValue::object();
}

using saferead::lower;

// A random RFC 4122 version-4 UUID: Bitstamp's X-Auth-Nonce, which must not repeat within 150 seconds.
std::string uuid4()
{
    static thread_local std::mt19937_64 engine {std::random_device {}()};
    unsigned char bytes[16];
    for (auto& b : bytes) {
        b = static_cast<unsigned char>(engine() & 0xff);
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    std::string hex = signing::toHex(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-"
        + hex.substr(20);
}

// A timeframe's length in seconds ("1h" -> 3600), as ccxt's parseTimeframe reads it.
long long timeframeSeconds(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        return 60;
    }
    long long amount = std::atoll(timeframe.substr(0, timeframe.size() - 1).c_str());
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
        return amount;
    }
}

} // namespace

std::string bitstampSignature(std::string_view apiKey, std::string_view secret, std::string_view method,
                              std::string_view url, std::string_view contentType, std::string_view nonce,
                              std::string_view timestamp, std::string_view body)
{
    std::string message = "BITSTAMP ";
    message.append(apiKey).append(method);
    // The URL without its scheme: host, path and query.
    message.append(url.starts_with("https://") ? url.substr(8) : url);
    message.append(contentType).append(nonce).append(timestamp).append("v2").append(body);
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, message));
}

Bitstamp::Bitstamp(Transport& transport, Clock& clock)
    : Exchange(bitstampDescription(), transport, clock)
{
}

const Market* Bitstamp::marketByLooseId(std::string_view id) const
{
    // "btcusd", "BTC/USD" or "btc_usd".
    std::string plain;
    for (char c : id) {
        if (c != '/' && c != '_') {
            plain.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    if (const Market* m = findMarketById(plain)) {
        return m;
    }
    std::string symbol(id);
    std::replace(symbol.begin(), symbol.end(), '_', '/');
    return findMarket(saferead::upper(symbol));
}

// ---- signing and errors ----

HttpRequest Bitstamp::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + m_description.version + "/" + s.path;
    if (s.api == "public") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    const std::string nonce = uuid4();
    const std::string timestamp = std::to_string(clock().milliseconds());
    std::string contentType;
    r.headers.emplace_back("X-Auth", "BITSTAMP " + credentials().apiKey);
    r.headers.emplace_back("X-Auth-Nonce", nonce);
    r.headers.emplace_back("X-Auth-Timestamp", timestamp);
    r.headers.emplace_back("X-Auth-Version", "v2");
    if (s.method == "POST") {
        // An empty POST is refused (API0020), so a call without parameters sends a placeholder (ccxt issue 6846).
        r.body = s.params.size() > 0 ? signing::urlencode(paramPairs(s.params)) : std::string("foo=bar");
        contentType = "application/x-www-form-urlencoded";
        r.headers.emplace_back("Content-Type", contentType);
    }
    r.headers.emplace_back("X-Auth-Signature",
                           bitstampSignature(credentials().apiKey, credentials().secret, s.method, r.url, contentType,
                                             nonce, timestamp, r.body));
    return r;
}

// {"error": "No permission found"}, {"status": "error", "reason": {"__all__": ["Minimum order size is 5.0 EUR."]}},
// {"status": "error", "reason": "Invalid nonce", "code": "API0004"}: mostly with HTTP 200.
void Bitstamp::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef root = json->root();
    JsonRef error = root["error"];
    if (root["status"].string() != std::string("error") && error.isMissing()) {
        return;
    }
    std::vector<std::string> errors;
    auto collect = [&errors](const JsonRef& v) {
        if (v.isArray()) {
            for (const auto& item : v.items()) {
                errors.push_back(item.string().value_or(std::string()));
            }
        } else if (auto s = v.string()) {
            errors.push_back(*s);
        }
    };
    if (error.isObject()) {
        for (const auto& member : error.members()) {
            collect(member.value);
        }
    } else {
        collect(error);
    }
    JsonRef reason = root["reason"];
    if (reason.isObject()) {
        // Field errors ({"amount": ["Ensure that there are no more than 8 decimal places."]}) and "__all__".
        for (const auto& member : reason.members()) {
            collect(member.value);
        }
    } else {
        collect(reason);
    }
    const std::string feedback = "bitstamp " + textExcerpt(response.body, 1000);
    if (root["code"].string() == std::string("API0005")) {
        throw Error(ErrorKind::AuthenticationError,
                    "bitstamp invalid signature, use the uid for the main account if you have subaccounts");
    }
    for (const auto& e : errors) {
        if (auto kind = m_description.errors.match(e)) {
            throw Error(*kind, feedback);
        }
        if (auto kind = m_description.errors.matchBroad(e)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- markets and currencies ----

void Bitstamp::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(publicGet("markets/", object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r.items()) {
            // Perpetuals share the list; Bourse trades spot here.
            if (raw["market_type"].string().value_or("SPOT") != "SPOT") {
                continue;
            }
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Bitstamp::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    // Bitstamp has no currency list of its own: the markets name every currency with its decimals.
    request<std::vector<Currency>>(publicGet("markets/", object(), params), std::move(done),
                                   [this](const JsonRef& r) { return parseCurrencies(r, *this); });
}

// ---- market data ----

void Bitstamp::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(publicGet("ticker/" + m.id + "/", object(), params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, &m, *this); });
    });
}

void Bitstamp::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                            Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        request<std::vector<Ticker>>(publicGet("ticker/", object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r.items()) {
                Ticker t = parseTicker(raw, nullptr, *this);
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Bitstamp::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                              Callback<OrderBook> done)
{
    (void)limit; // Bitstamp answers the whole book (group=1) or every order (group=2); it takes no depth
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(publicGet("order_book/" + m.id + "/", object(), params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Bitstamp::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        // The last hour's trades ("minute" and "day" are the other spans Bitstamp offers).
        q.set("time", "hour");
        request<std::vector<Trade>>(publicGet("transactions/" + m.id + "/", q, params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Bitstamp::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                          const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // A plain integer rather than an optional: GCC 12 misjudges an optional read inside these lambdas.
        auto untilValue = takeParam(extra, "until");
        const auto untilMs = untilValue ? untilValue->asInteger() : std::nullopt;
        const bool hasUntil = untilMs.has_value();
        const long long untilSeconds = untilMs.value_or(0) / 1000;
        const long long duration = timeframeSeconds(timeframe);
        JsonValue q = object();
        q.set("step", m_description.timeframe(timeframe).value_or(timeframe));
        // Bitstamp wants start and end in seconds and at most 1000 candles; a window is derived from whichever of
        // since, until and limit are given, as ccxt derives it.
        const long long count = limit ? std::min(*limit, 1000LL) : 1000;
        if (since) {
            const long long start = *since / 1000;
            long long end = start + duration * count - 1;
            if (hasUntil) {
                end = limit ? std::min(end, untilSeconds) : untilSeconds;
            }
            q.set("start", start);
            q.set("end", end);
        } else if (hasUntil) {
            q.set("start", untilSeconds - duration * count - 1);
            q.set("end", untilSeconds);
        }
        q.set("limit", count);
        request<std::vector<Ohlcv>>(publicGet("ohlc/" + m.id + "/", q, extra), done, [since, limit](const JsonRef& r) {
            // {"data": {"pair": "BTC/USD", "ohlc": [{"timestamp": "1710327600", "open": "73241", ...}]}}
            std::vector<Ohlcv> candles;
            for (const auto& c : r["data"]["ohlc"].items()) {
                candles.push_back(parseOhlcv(c));
            }
            return sortAndFilterOhlcv(std::move(candles), since, limit ? limit : OptInt(1000));
        });
    });
}

// ---- account ----

void Bitstamp::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(privatePost("account_balances/", object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Bitstamp::fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market_symbol", m.id);
        request<TradingFee>(privatePost("fees/trading/", q, params), done, [this, m](const JsonRef& r) {
            // A list, one entry per market: [{"currency_pair": "btcusd", "market": "btcusd", "fees": {...}}].
            for (const auto& raw : r.items()) {
                if (raw["currency_pair"].string() == m.id) {
                    return parseTradingFee(raw, *this, &m);
                }
            }
            TradingFee none;
            none.symbol = m.symbol;
            none.info = JsonValue::fromRef(r);
            return none;
        });
    });
}

void Bitstamp::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(privatePost("fees/trading/", object(), params), done,
                                         [this](const JsonRef& r) {
                                             std::vector<TradingFee> fees;
                                             for (const auto& raw : r.items()) {
                                                 fees.push_back(parseTradingFee(raw, *this, nullptr));
                                             }
                                             return fees;
                                         });
    });
}

// ---- orders ----

void Bitstamp::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                           const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (side != "buy" && side != "sell") {
            throw Error(ErrorKind::InvalidOrder, "bitstamp createOrder() side must be buy or sell, got " + side);
        }
        JsonValue extra = params;
        JsonValue q = object();
        q.set("amount", amountToPrecision(m, amount));
        auto clientOrderId = takeParam(extra, "clientOrderId");
        if (!clientOrderId || clientOrderId->isNull()) {
            clientOrderId =
                extra.find("client_order_id") ? std::optional(*extra.find("client_order_id")) : std::nullopt;
        }
        if (clientOrderId && !clientOrderId->isNull()) {
            q.set("client_order_id", clientOrderId->asString().value_or(std::string()));
        }
        // buy/{pair}/ for limit orders, buy/market/{pair}/ and buy/instant/{pair}/ (an amount of quote currency
        // on buys) for the others.
        std::string path = side + "/";
        if (type == "market" || type == "instant") {
            path += type + "/";
        } else {
            if (!price) {
                throw Error(ErrorKind::ArgumentsRequired, "bitstamp createOrder() requires a price for a limit order");
            }
            q.set("price", priceToPrecision(m, *price));
        }
        path += m.id + "/";
        request<Order>(privatePost(path, q, extra), done, [this, m, type](const JsonRef& r) {
            Order o = parseOrder(r, *this, &m);
            o.type = type;
            return o;
        });
    });
}

void Bitstamp::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                           Callback<Order> done)
{
    (void)symbol; // Bitstamp cancels by id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("id", id);
        request<Order>(privatePost("cancel_order/", q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Bitstamp::cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        const std::string path = m ? "cancel_all_orders/" + m->id + "/" : std::string("cancel_all_orders/");
        request<std::vector<Order>>(privatePost(path, object(), params), done, [this](const JsonRef& r) {
            // {"canceled": [{"id": 1453282316578816, "amount": "0.02", "price": "2100.45", "type": 0,
            //  "currency_pair": "BTC/USD"}], "success": true}
            std::vector<Order> orders;
            for (const auto& raw : r["canceled"].items()) {
                orders.push_back(parseOrder(raw, *this, nullptr));
            }
            return orders;
        });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Order>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Order>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Bitstamp::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue extra = params;
        JsonValue q = object();
        std::optional<JsonValue> clientOrderId;
        for (const char* key : {"client_order_id", "clientOrderId"}) {
            if (auto v = takeParam(extra, key); v && !v->isNull() && !clientOrderId) {
                clientOrderId = v;
            }
        }
        if (clientOrderId) {
            q.set("client_order_id", *clientOrderId);
        } else {
            q.set("id", id);
        }
        const Market* market = m;
        request<Order>(privatePost("order_status/", q, extra), done,
                       [this, market](const JsonRef& r) { return parseOrder(r, *this, market); });
    };
    if (symbol.empty()) {
        withMarkets<Order>(done, [run] { run(nullptr); });
    } else {
        withMarket<Order>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Bitstamp::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Order>> done)
{
    auto run = [=, this](const Market* m) {
        const std::string unified = m ? m->symbol : std::string();
        // Every pair's open orders at once; the symbol filters the answer.
        request<std::vector<Order>>(privatePost("open_orders/all/", object(), params), done,
                                    [this, m, unified, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r.items()) {
                                            Order o = parseOrder(raw, *this, m);
                                            o.status = "open";
                                            o.type = "limit";
                                            orders.push_back(std::move(o));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unified, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Order>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Order>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

void Bitstamp::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    auto run = [=, this](const Market* m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit);
        }
        const std::string path = m ? "user_transactions/" + m->id + "/" : std::string("user_transactions/");
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(privatePost(path, q, params), done,
                                    [this, m, unified, since, limit](const JsonRef& r) {
                                        // Type 2 is a trade; 0 and 1 deposits and withdrawals.
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            if (raw["type"].string() == std::string("2")) {
                                                trades.push_back(parseTrade(raw, *this, m));
                                            }
                                        }
                                        return sortAndFilterTrades(std::move(trades), unified, since, limit);
                                    });
    };
    if (symbol.empty()) {
        withMarkets<std::vector<Trade>>(done, [run] { run(nullptr); });
    } else {
        withMarket<std::vector<Trade>>(symbol, done, [run](const Market& m) { run(&m); });
    }
}

// ---- funding ----

void Bitstamp::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    if (code == "USD" || code == "EUR" || code == "GBP") {
        done(Error(ErrorKind::NotSupported, "bitstamp fiat fetchDepositAddress() for " + code + " is not supported!"));
        return;
    }
    // One endpoint per coin: btc_address/, usdt_address/...
    request<DepositAddress>(privatePost(lower(code) + "_address/", object(), params), std::move(done),
                            [code](const JsonRef& r) { return parseDepositAddress(r, code); });
}

void Bitstamp::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (limit) {
            q.set("limit", *limit);
        }
        const Currency* currency = code.empty() ? nullptr : findCurrency(code);
        request<std::vector<Transaction>>(privatePost("user_transactions/", q, params), done,
                                          [this, code, currency, since, limit](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r.items()) {
                                                  if (raw["type"].string() == std::string("0")) {
                                                      items.push_back(parseTransaction(raw, *this, currency));
                                                  }
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

void Bitstamp::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        // How far back, in milliseconds; 50000000 is the most Bitstamp accepts.
        q.set("timedelta", since ? clock().milliseconds() - *since : 50000000LL);
        request<std::vector<Transaction>>(privatePost("withdrawal-requests/", q, params), done,
                                          [this, code, since, limit](const JsonRef& r) {
                                              std::vector<Transaction> items;
                                              for (const auto& raw : r.items()) {
                                                  Transaction t = parseTransaction(raw, *this, nullptr);
                                                  // Its "type" is the withdrawal method (0 SEPA, 1 bitcoin...).
                                                  t.type = "withdrawal";
                                                  items.push_back(std::move(t));
                                              }
                                              return filterTransactions(std::move(items), code, since, limit);
                                          });
    });
}

MarketFeed* Bitstamp::marketFeed()
{
    return websocketFeed([] { return std::make_unique<BitstampStream>(); });
}

} // namespace bourse::ex
