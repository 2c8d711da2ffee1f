// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coincheck.h"

#include "CoincheckParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace coincheck;
using rest::Endpoint;
using rest::spec;

namespace {

// Coincheck weighs every endpoint alike.
constexpr Endpoint kTicker {"public", "GET", "ticker", 1};
constexpr Endpoint kOrderBooks {"public", "GET", "order_books", 1};
constexpr Endpoint kTrades {"public", "GET", "trades", 1};
constexpr Endpoint kAccounts {"private", "GET", "accounts", 1};
constexpr Endpoint kBalance {"private", "GET", "accounts/balance", 1};
constexpr Endpoint kOpens {"private", "GET", "exchange/orders/opens", 1};
constexpr Endpoint kTransactions {"private", "GET", "exchange/orders/transactions_pagination", 1};
constexpr Endpoint kDepositMoney {"private", "GET", "deposit_money", 1};
constexpr Endpoint kWithdraws {"private", "GET", "withdraws", 1};
constexpr Endpoint kCreateOrder {"private", "POST", "exchange/orders", 1};
constexpr Endpoint kCancelOrder {"private", "DELETE", "exchange/orders/{id}", 1};

// The parameters as key=value&..., sorted by key: the order Coincheck's signature covers.
std::string sortedQuery(const JsonValue& params)
{
    auto pairs = paramPairs(params);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return signing::urlencode(pairs);
}

// Coincheck lists funding newest first; unified lists run oldest first.
std::vector<Transaction> oldestFirst(std::vector<Transaction> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Transaction& a, const Transaction& b) { return a.timestamp < b.timestamp; });
    return items;
}

} // namespace

Coincheck::Coincheck(Transport& transport, Clock& clock)
    : Exchange(coincheckDescription(), transport, clock)
{
}

std::string coincheckSignature(const std::string& secret, const std::string& nonce, const std::string& url,
                               const std::string& body)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, nonce + url + body));
}

HttpRequest Coincheck::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    const bool hasParams = s.params.size() > 0;
    if (s.api != "private") {
        if (hasParams) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    if (hasParams) {
        if (s.method == "GET") {
            r.url += "?" + sortedQuery(s.params);
        } else {
            r.body = sortedQuery(s.params);
        }
    }
    const std::string nonce = std::to_string(clock().milliseconds());
    r.headers = {
        {"Content-Type", "application/x-www-form-urlencoded"},
        {"ACCESS-KEY", credentials().apiKey},
        {"ACCESS-NONCE", nonce},
        {"ACCESS-SIGNATURE", coincheckSignature(credentials().secret, nonce, r.url, r.body)},
    };
    return r;
}

// {"success":false,"error":"invalid authentication"}
void Coincheck::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    JsonRef success = json->root()["success"];
    if (!success.isBool() || *success.boolean()) {
        return;
    }
    const std::string error = json->root()["error"].stringOr("");
    const std::string feedback = "coincheck " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(error)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.matchBroad(response.body)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Coincheck::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    (void)params;
    done(staticMarkets());
}

void Coincheck::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    // The ticker endpoint answers for BTC/JPY only, whatever pair is asked.
    if (symbol != "BTC/JPY") {
        done(Error(ErrorKind::BadSymbol, "coincheck fetchTicker() supports BTC/JPY only"));
        return;
    }
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pair", m.id);
        request<Ticker>(spec(kTicker, q, params), done, [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Coincheck::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                               Callback<OrderBook> done)
{
    (void)limit; // the whole book comes at once
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pair", m.id);
        request<OrderBook>(spec(kOrderBooks, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Coincheck::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        q.set("pair", m.id);
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void Coincheck::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalance, JsonValue::object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Coincheck::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    // accounts carries "exchange_fees": {"btc_jpy": {"maker_fee": "0.0", "taker_fee": "0.0"}, ...}.
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kAccounts, JsonValue::object(), params), done, [this](const JsonRef& r) {
            std::vector<TradingFee> fees;
            for (const auto& m : markets()) {
                JsonRef fee = r["exchange_fees"][m.id];
                TradingFee f;
                f.symbol = m.symbol;
                f.maker = kit::num(fee["maker_fee"]);
                f.taker = kit::num(fee["taker_fee"]);
                f.percentage = true;
                f.tierBased = false;
                f.info = fee.isObject() ? JsonValue::fromRef(fee) : JsonValue::object();
                fees.push_back(std::move(f));
            }
            return fees;
        });
    });
}

// ---- orders ----

JsonValue Coincheck::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                  const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    if (side != "buy" && side != "sell") {
        throw Error(ErrorKind::InvalidOrder, "coincheck createOrder() supports only buy or sell in the side argument");
    }
    JsonValue q = JsonValue::object();
    q.set("pair", m.id);
    if (type == "market") {
        q.set("order_type", "market_" + side);
        if (side == "sell") {
            q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        } else {
            // A market buy names the JPY to spend (market_buy_amount), not the coins to get.
            auto cost = rest::takeDecimalParam(params, "cost");
            if (!cost && price) {
                cost = amount * *price;
            }
            if (!cost) {
                throw Error(ErrorKind::ArgumentsRequired,
                            "coincheck createOrder() a market buy needs params.cost (the quote amount to spend) or "
                            "a price to compute it from the amount");
            }
            q.set("market_buy_amount", JsonValue::number(costToPrecision(m, *cost)));
        }
    } else if (type == "limit") {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired, "coincheck createOrder() a limit order requires a price");
        }
        q.set("order_type", side);
        q.set("rate", JsonValue::number(priceToPrecision(m, *price)));
        q.set("amount", JsonValue::number(amountToPrecision(m, amount)));
        // post_only is the one time-in-force Coincheck has for limit orders.
        auto postOnly = kit::takeBoolParam(params, "postOnly");
        auto tif = kit::takeTextParam(params, "timeInForce");
        if (postOnly.value_or(false) || kit::upper(tif.value_or("")) == "PO") {
            q.set("time_in_force", "post_only");
        }
    } else {
        throw Error(ErrorKind::InvalidOrder, "coincheck createOrder() supports only limit or market types");
    }
    return q;
}

void Coincheck::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                            const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(spec(kCreateOrder, q, extra), done, [m](const JsonRef& r) {
            // {"success":true,"id":12345,"rate":"30010.0","amount":"1.3","order_type":"sell","pair":"btc_jpy",...}
            Order o;
            o.info = JsonValue::fromRef(r);
            o.id = kit::str(r["id"]);
            o.symbol = m.symbol;
            o.complete();
            return o;
        });
    });
}

void Coincheck::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                            Callback<Order> done)
{
    (void)symbol; // an order id alone names the order
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue extra = params;
        extra.remove("id");
        request<Order>(spec(kCancelOrder, JsonValue::object(), extra, "exchange/orders/" + id), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Coincheck::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        request<std::vector<Order>>(spec(kOpens, JsonValue::object(), params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["orders"].items()) {
                                            Order o = parseOrder(raw, *this, m);
                                            o.status = "open";
                                            orders.push_back(std::move(o));
                                        }
                                        return sortAndFilterOrders(std::move(orders), m ? m->symbol : "", since, limit);
                                    });
    });
}

void Coincheck::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = JsonValue::object();
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Trade>>(spec(kTransactions, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["data"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- funding ----

void Coincheck::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = JsonValue::object();
        if (!code.empty()) {
            q.set("currency", kit::currencyIdFor(*this, code));
        }
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Transaction>>(spec(kDepositMoney, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["deposits"].items()) {
                items.push_back(parseTransaction(raw, *this, "deposit"));
            }
            return filterTransactions(oldestFirst(std::move(items)), code, since, limit);
        });
    });
}

void Coincheck::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = JsonValue::object();
        if (limit) {
            q.set("limit", *limit);
        }
        request<std::vector<Transaction>>(spec(kWithdraws, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r["data"].items()) {
                items.push_back(parseTransaction(raw, *this, "withdrawal"));
            }
            return filterTransactions(oldestFirst(std::move(items)), code, since, limit);
        });
    });
}

} // namespace bourse::ex
