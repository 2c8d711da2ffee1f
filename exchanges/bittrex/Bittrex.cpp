// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bittrex.h"

#include "BittrexParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace bittrex;
using rest::Endpoint;
using rest::spec;

namespace {

// Every call costs one unit of the member's rate limit.
constexpr Endpoint kMarkets {"public", "GET", "getmarkets", 1};
constexpr Endpoint kCurrencies {"public", "GET", "getcurrencies", 1};
constexpr Endpoint kMarketSummary {"public", "GET", "getmarketsummary", 1};
constexpr Endpoint kMarketSummaries {"public", "GET", "getmarketsummaries", 1};
constexpr Endpoint kOrderBook {"public", "GET", "getorderbook", 1};
constexpr Endpoint kMarketHistory {"public", "GET", "getmarkethistory", 1};
constexpr Endpoint kTicks {"v2", "GET", "market/GetTicks", 1};
constexpr Endpoint kBalances {"account", "GET", "getbalances", 1};
constexpr Endpoint kOrder {"account", "GET", "getorder", 1};
constexpr Endpoint kOrderHistory {"account", "GET", "getorderhistory", 1};
constexpr Endpoint kOrders {"account", "GET", "getorders", 1};
constexpr Endpoint kDepositAddress {"account", "GET", "getdepositaddress", 1};
constexpr Endpoint kDepositHistory {"account", "GET", "getdeposithistory", 1};
// The withdrawal history's path differs per member (BittrexApi::withdrawalHistory).
constexpr Endpoint kWithdrawalHistory {"account", "GET", "", 1};
// buylimit / selllimit, by side.
constexpr Endpoint kLimitOrder {"market", "GET", "", 1};
constexpr Endpoint kCancel {"market", "GET", "cancel", 1};
constexpr Endpoint kOpenOrders {"market", "GET", "getopenorders", 1};

JsonValue object()
{
    return JsonValue::object();
}

// bleutrade's getorders: every order of every market (market=ALL, orderstatus=ALL, as 2019 ccxt asked); the
// symbol is kept by the caller.
JsonValue allOrdersQuery()
{
    JsonValue q = object();
    q.set("market", "ALL");
    q.set("orderstatus", "ALL");
    return q;
}

} // namespace

Bittrex::Bittrex(Transport& transport, Clock& clock)
    : Bittrex(transport, clock, bittrexDescription(), bittrexApi())
{
}

Bittrex::Bittrex(Transport& transport, Clock& clock, ExchangeDescription description, BittrexApi api)
    : Exchange(std::move(description), transport, clock)
    , m_api(api)
{
}

std::string bittrexSignature(const std::string& url, const std::string& secret)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, url));
}

long long Bittrex::nextNonce()
{
    // Seconds, as 2019 ccxt sent them; never the same twice, so two calls within one second both pass.
    m_lastNonce = std::max(clock().milliseconds() / 1000, m_lastNonce + 1);
    return m_lastNonce;
}

HttpRequest Bittrex::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api == "public" || s.api == "v2") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // apikey and nonce lead the query; the signature covers the whole URL as sent.
    JsonValue q = object();
    q.set("apikey", credentials().apiKey);
    q.set("nonce", nextNonce());
    mergeParams(q, s.params);
    r.url += "?" + signing::urlencode(paramPairs(q));
    r.headers.emplace_back("apisign", bittrexSignature(r.url, credentials().secret));
    return r;
}

// {"success":false,"message":"INSUFFICIENT_FUNDS","result":null} - with HTTP 200; bleutrade writes "false".
void Bittrex::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef success = json->root()["success"];
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (success.isMissing()) {
        throw Error(ErrorKind::BadResponse, id() + ": malformed response: " + textExcerpt(response.body, 1000));
    }
    bool ok = false;
    if (auto b = success.boolean()) {
        ok = *b;
    } else if (auto s = success.string()) {
        ok = *s == "true";
    }
    if (ok) {
        return;
    }
    if (auto message = rest::str(json->root()["message"])) {
        if (auto kind = m_description.errors.match(*message)) {
            throw Error(*kind, feedback);
        }
        if (auto kind = m_description.errors.matchBroad(*message)) {
            throw Error(*kind, feedback);
        }
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Bittrex::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(spec(kMarkets, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Market> markets;
        for (const auto& raw : r["result"].items()) {
            markets.push_back(parseMarket(raw, *this));
        }
        return markets;
    });
}

void Bittrex::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    request<std::vector<Currency>>(spec(kCurrencies, object(), params), std::move(done), [this](const JsonRef& r) {
        std::vector<Currency> currencies;
        for (const auto& raw : r["result"].items()) {
            currencies.push_back(parseCurrency(raw, *this));
        }
        return currencies;
    });
}

void Bittrex::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        // {"result":[summary]}
        request<Ticker>(spec(kMarketSummary, q, params), done, [this, m](const JsonRef& r) {
            if (r["result"].size() == 0) {
                throw Error(ErrorKind::BadResponse, id() + " sent no summary for " + m.symbol);
            }
            return parseTicker(r["result"][0], &m);
        });
    });
}

void Bittrex::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                           Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        for (const auto& s : symbols) {
            market(s); // BadSymbol before anything is sent
        }
        // Every market's summary; the ones asked for are kept.
        request<std::vector<Ticker>>(spec(kMarketSummaries, object(), params), done, [this, symbols](const JsonRef& r) {
            std::vector<Ticker> tickers;
            for (const auto& raw : r["result"].items()) {
                const std::string marketId = raw["MarketName"].stringOr("");
                const Market* m = findMarketById(marketId);
                Ticker t = parseTicker(raw, m);
                if (!m) {
                    t.symbol = symbolFromId(marketId, *this, m_api.dialect);
                }
                if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                    tickers.push_back(std::move(t));
                }
            }
            return tickers;
        });
    });
}

void Bittrex::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        q.set("type", m_api.bookType);
        if (limit && m_api.bookTakesDepth) {
            q.set("depth", *limit);
        }
        request<OrderBook>(spec(kOrderBook, q, params), done, [this, m, limit](const JsonRef& r) {
            if (r["result"].isNull()) {
                throw Error(ErrorKind::ExchangeError, id() + " getorderbook returned no result");
            }
            OrderBook book = parseOrderBook(r["result"], m.symbol);
            // bittrex answers its whole book (up to 500 levels a side); the limit is applied here.
            if (limit && *limit >= 0) {
                const auto n = static_cast<size_t>(*limit);
                book.bids.resize(std::min(book.bids.size(), n));
                book.asks.resize(std::min(book.asks.size(), n));
            }
            return book;
        });
    });
}

void Bittrex::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("market", m.id);
        // The last trades only; since and limit are applied here.
        request<std::vector<Trade>>(spec(kMarketHistory, q, params), done, [=, this](const JsonRef& r) {
            if (r["result"].isNull()) {
                throw Error(ErrorKind::ExchangeError, id() + " fetchTrades() returned no result");
            }
            std::vector<Trade> trades;
            for (const auto& raw : r["result"].items()) {
                trades.push_back(parseTrade(raw, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

void Bittrex::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    auto interval = m_description.timeframe(timeframe);
    if (!interval) {
        done(Error(ErrorKind::BadRequest, id() + " fetchOHLCV() has no timeframe " + timeframe));
        return;
    }
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("tickInterval", *interval);
        q.set("marketName", m.id);
        request<std::vector<Ohlcv>>(spec(kTicks, q, params), done, [since, limit](const JsonRef& r) {
            std::vector<Ohlcv> candles;
            for (const auto& raw : r["result"].items()) {
                candles.push_back(parseOhlcv(raw));
            }
            return sortAndFilterOhlcv(std::move(candles), since, limit);
        });
    });
}

// ---- account ----

void Bittrex::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalances, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r["result"], *this); });
    });
}

// ---- orders ----

std::pair<std::string, JsonValue> Bittrex::orderRequest(const Market& m, const std::string& type,
                                                        const std::string& side, const Decimal& amount,
                                                        const OptDecimal& price) const
{
    if (type != "limit") {
        throw Error(ErrorKind::InvalidOrder, id() + " allows limit orders only");
    }
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, id() + " createOrder() takes buy or sell as the side");
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, id() + " createOrder() requires a price for a limit order");
    }
    JsonValue q = object();
    q.set("market", m.id);
    q.set("quantity", amountToPrecision(m, amount));
    q.set("rate", priceToPrecision(m, *price));
    return {side + "limit", std::move(q)};
}

// {"success":true,"message":"","result":{"uuid":"e606d53c-8d70-11e3-94b5-425861b86ab6"}} (bleutrade: orderid)
void Bittrex::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                          const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        auto [path, q] = orderRequest(m, type, side, amount, price);
        const OptDecimal sentAmount = Decimal::parse(q.find("quantity")->asString().value_or(""));
        const OptDecimal sentPrice = Decimal::parse(q.find("rate")->asString().value_or(""));
        request<Order>(spec(kLimitOrder, q, params, path), done, [=, this](const JsonRef& r) {
            Order o;
            o.id = rest::str(r["result"][m_api.orderIdKey]);
            o.symbol = m.symbol;
            o.type = type;
            o.side = side;
            o.status = "open";
            o.amount = sentAmount;
            o.price = sentPrice;
            o.info = JsonValue::fromRef(r);
            o.complete();
            return o;
        });
    });
}

// {"success":true,"message":"","result":null}
void Bittrex::cancelOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                          Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        JsonValue q = object();
        q.set(m_api.orderIdKey, orderId);
        // bittrex answers INVALID_ORDER when the order is already closed or cancelled: for a cancel, not found.
        auto reported = [done, orderId, this](Result<Order> r) {
            if (!r.ok() && r.error().kind() == ErrorKind::InvalidOrder
                && r.error().message().find("INVALID_ORDER") != std::string::npos) {
                done(Error(ErrorKind::OrderNotFound, id() + " cancelOrder " + orderId + " " + r.error().message()));
                return;
            }
            done(std::move(r));
        };
        request<Order>(spec(kCancel, q, params), reported, [=](const JsonRef& r) {
            Order o;
            o.id = orderId;
            o.symbol = symbol;
            o.status = "canceled";
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

void Bittrex::fetchOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        q.set(m_api.orderIdKey, orderId);
        request<Order>(spec(kOrder, q, params), done, [=, this](const JsonRef& r) {
            if (r["result"].isNull()) {
                throw Error(ErrorKind::OrderNotFound, id() + " order " + orderId + " not found");
            }
            return parseOrder(r["result"], *this, m, m_api.dialect);
        });
    });
}

void Bittrex::listOrders(const Endpoint& endpoint, JsonValue query, bool marketInQuery, const std::string& symbol,
                         OptInt since, OptInt limit, const JsonValue& params, const char* status,
                         Callback<std::vector<Order>> done)
{
    const std::string wanted = status ? status : "";
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) mutable {
        if (m && marketInQuery) {
            query.set("market", m->id);
        }
        request<std::vector<Order>>(spec(endpoint, query, params), done, [=, this](const JsonRef& r) {
            std::vector<Order> orders;
            for (const auto& raw : r["result"].items()) {
                Order o = parseOrder(raw, *this, m, m_api.dialect);
                // The order history gives no status: its orders are done.
                if (!o.status && wanted == "closed") {
                    o.status = "closed";
                }
                if (wanted.empty() || o.status == wanted) {
                    orders.push_back(std::move(o));
                }
            }
            return sortAndFilterOrders(std::move(orders), m ? m->symbol : std::string(), since, limit);
        });
    });
}

void Bittrex::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Order>> done)
{
    listOrders(kOpenOrders, object(), true, symbol, since, limit, params, "open", std::move(done));
}

void Bittrex::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    listOrders(kOrderHistory, object(), true, symbol, since, limit, params, "closed", std::move(done));
}

void Bleutrade::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    listOrders(kOrders, allOrdersQuery(), false, symbol, since, limit, params, nullptr, std::move(done));
}

void Bleutrade::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                  Callback<std::vector<Order>> done)
{
    listOrders(kOrders, allOrdersQuery(), false, symbol, since, limit, params, "closed", std::move(done));
}

// ---- funding ----

// {"success":true,"message":"","result":{"Currency":"VTC","Address":"Vy5SKeKGXUHKS2WVpJ76HYuKAu3URastUo"}}
void Bittrex::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [=, this] {
        JsonValue q = object();
        q.set("currency", kit::currencyIdFor(*this, code));
        request<DepositAddress>(spec(kDepositAddress, q, params), done, [=, this](const JsonRef& r) {
            DepositAddress a;
            a.currency = code;
            a.address = rest::str(r["result"]["Address"]);
            if (!a.address) {
                throw Error(ErrorKind::AddressPending, id() + " the address for " + code + " is being generated");
            }
            // These coins share one address (the currency's BaseAddress); the per-user value is the tag.
            if (code == "XRP" || code == "XLM" || code == "LSK") {
                a.tag = a.address;
                a.address = std::nullopt;
                if (const Currency* c = findCurrency(code)) {
                    if (const JsonValue* base = c->info.find("BaseAddress")) {
                        a.address = base->asString();
                    }
                }
            }
            if (!rest::usableAddress(a.address)) {
                throw Error(ErrorKind::InvalidAddress,
                            id() + " has no usable deposit address for " + code
                                + " (its base address needs the currencies loaded)");
            }
            a.info = JsonValue::fromRef(r);
            return a;
        });
    });
}

void Bittrex::transfers(const char* type, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        const bool deposits = std::string(type) == "deposit";
        JsonValue q = object();
        // bleutrade's histories take no currency; bittrex's do.
        if (!code.empty() && m_api.dialect == BittrexApi::Dialect::Bittrex) {
            q.set("currency", kit::currencyIdFor(*this, code));
        }
        RequestSpec s =
            deposits ? spec(kDepositHistory, q, params) : spec(kWithdrawalHistory, q, params, m_api.withdrawalHistory);
        const std::string kind = type;
        request<std::vector<Transaction>>(s, done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["result"].items()) {
                Transaction t = parseTransaction(raw, *this, m_api.dialect);
                if (t.type == kind) {
                    items.push_back(std::move(t));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Bittrex::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Transaction>> done)
{
    transfers("deposit", code, since, limit, params, std::move(done));
}

void Bittrex::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done)
{
    transfers("withdrawal", code, since, limit, params, std::move(done));
}

} // namespace bourse::ex
