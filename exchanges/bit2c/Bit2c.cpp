// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bit2c.h"

#include "Bit2cParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace bit2c;
using rest::Endpoint;
using rest::spec;

namespace {

// Every endpoint costs one unit of the description's 3 s spacing. {pair} is filled per call.
constexpr Endpoint kTicker {"public", "GET", "Exchanges/{pair}/Ticker", 1};
constexpr Endpoint kOrderBook {"public", "GET", "Exchanges/{pair}/orderbook", 1};
constexpr Endpoint kTrades {"public", "GET", "Exchanges/{pair}/trades", 1};
constexpr Endpoint kLastTrades {"public", "GET", "Exchanges/{pair}/lasttrades", 1};
constexpr Endpoint kBalance {"private", "GET", "Account/Balance", 1};
constexpr Endpoint kBalanceV2 {"private", "GET", "Account/Balance/v2", 1};
constexpr Endpoint kMyOrders {"private", "GET", "Order/MyOrders", 1};
constexpr Endpoint kGetById {"private", "GET", "Order/GetById", 1};
constexpr Endpoint kOrderHistory {"private", "GET", "Order/OrderHistory", 1};
constexpr Endpoint kAddOrder {"private", "POST", "Order/AddOrder", 1};
constexpr Endpoint kMarketBuy {"private", "POST", "Order/AddOrderMarketPriceBuy", 1};
constexpr Endpoint kMarketSell {"private", "POST", "Order/AddOrderMarketPriceSell", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "Order/CancelOrder", 1};
constexpr Endpoint kAddCoinFundsRequest {"private", "POST", "Funds/AddCoinFundsRequest", 1};

JsonValue object()
{
    return JsonValue::object();
}

std::string pathFor(const Endpoint& e, const Market& m)
{
    std::string path = e.path;
    path.replace(path.find("{pair}"), 6, m.id);
    return path;
}

// yyyy.mm.dd of a time in ms (UTC), the date form OrderHistory's fromTime and toTime take.
std::string dottedDate(long long ms)
{
    std::string date = iso8601(ms).substr(0, 10);
    date[4] = '.';
    date[7] = '.';
    return date;
}

} // namespace

Bit2c::Bit2c(Transport& transport, Clock& clock)
    : Exchange(bit2cDescription(), transport, clock)
{
}

std::vector<Market> Bit2c::staticMarkets(const ExchangeDescription& description)
{
    struct Row
    {
        const char* base;
        const char* baseId;
    };
    static constexpr Row rows[] = {{"BTC", "Btc"}, {"ETH", "Eth"}, {"LTC", "Ltc"}, {"USDC", "Usdc"}};
    std::vector<Market> markets;
    for (const auto& row : rows) {
        Market m;
        m.baseId = row.baseId;
        m.quoteId = "Nis";
        m.id = m.baseId + m.quoteId;
        m.base = row.base;
        m.quote = "NIS";
        m.symbol = m.base + "/" + m.quote;
        m.taker = description.tradingFees.taker;
        m.maker = description.tradingFees.maker;
        m.tierBased = true;
        m.percentage = true;
        markets.push_back(std::move(m));
    }
    return markets;
}

std::string bit2cSignature(const std::string& formText, const std::string& secret)
{
    return signing::toBase64(signing::hmac(signing::Hash::Sha512, secret, formText));
}

HttpRequest Bit2c::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api != "private") {
        // Public calls take no query: the pair is in the path.
        r.url += ".json";
        return r;
    }
    requireCredentials();
    JsonValue form = object();
    form.set("nonce", clock().milliseconds());
    mergeParams(form, s.params);
    const std::string auth = signing::urlencode(paramPairs(form));
    if (s.method == "GET") {
        r.url += "?" + auth;
    } else {
        r.body = auth;
    }
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"key", credentials().apiKey},
                 {"sign", bit2cSignature(auth, credentials().secret)}};
    return r;
}

// {"error":"please approve new terms of use on site."}, {"Error":"No order found."}; an order Bit2C refused is
// {"OrderResponse":{"HasError":true,"Error":"...",...}}.
void Bit2c::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject()) {
        return;
    }
    const JsonRef root = json->root();
    auto error = kit::str(root["error"]);
    if (!error) {
        error = kit::str(root["Error"]);
    }
    ErrorKind fallback = ErrorKind::ExchangeError;
    if (!error && root["OrderResponse"]["HasError"].boolean() == true) {
        error = kit::str(root["OrderResponse"]["Error"]);
        fallback = ErrorKind::InvalidOrder;
        if (!error) {
            error = std::string("order refused");
        }
    }
    if (!error) {
        return;
    }
    const std::string feedback = "bit2c " + textExcerpt(response.body, 1000);
    if (auto kind = m_description.errors.match(*error)) {
        throw Error(*kind, feedback);
    }
    if (auto kind = m_description.errors.matchBroad(*error)) {
        throw Error(*kind, feedback);
    }
    throw Error(fallback, feedback);
}

const Market* Bit2c::optionalMarket(const std::string& symbol) const
{
    return symbol.empty() ? nullptr : &market(symbol);
}

// ---- market data ----

void Bit2c::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    done(staticMarkets(m_description));
}

void Bit2c::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kTicker, object(), params, pathFor(kTicker, m)), done,
                        [m](const JsonRef& r) { return parseTicker(r, m); });
    });
}

void Bit2c::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    (void)limit; // the full book always
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kOrderBook, object(), params, pathFor(kOrderBook, m)), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m); });
    });
}

void Bit2c::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        // trades (the default, the full list) or lasttrades (the latest few).
        const bool last = kit::takeTextParam(extra, "method") == "public_get_exchanges_pair_lasttrades";
        const Endpoint& e = last ? kLastTrades : kTrades;
        request<std::vector<Trade>>(
            spec(e, object(), extra, pathFor(e, m)), done, [this, m, since, limit](const JsonRef& r) {
                if (!r.isArray()) {
                    throw Error(ErrorKind::ExchangeError, "bit2c " + r.toJsonText().substr(0, 200));
                }
                std::vector<Trade> trades;
                for (const auto& raw : r.items()) {
                    trades.push_back(parseTrade(raw, *this, &m));
                }
                return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
            });
    });
}

// ---- account ----

void Bit2c::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kBalanceV2, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Bit2c::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kBalance, object(), params), done,
                                         [this](const JsonRef& r) { return parseTradingFees(r, *this); });
    });
}

// ---- orders ----

void Bit2c::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                        const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (side != "buy" && side != "sell") {
            throw Error(ErrorKind::InvalidOrder, "bit2c createOrder() supports only buy or sell in the side argument");
        }
        JsonValue q = object();
        const std::string amountText = amountToPrecision(m, amount);
        q.set("Amount", JsonValue::number(amountText));
        q.set("Pair", m.id);
        const Endpoint* e = &kAddOrder;
        if (type == "market") {
            e = side == "buy" ? &kMarketBuy : &kMarketSell;
        } else if (type == "limit") {
            if (!price) {
                throw Error(ErrorKind::ArgumentsRequired, "bit2c createOrder() a limit order requires a price");
            }
            const std::string priceText = priceToPrecision(m, *price);
            q.set("Price", JsonValue::number(priceText));
            // Bit2C checks the order's total in shekels against amount x price.
            q.set("Total", *Decimal::parse(amountText) * *Decimal::parse(priceText));
            q.set("IsBid", side == "buy");
        } else {
            throw Error(ErrorKind::InvalidOrder, "bit2c createOrder() supports only limit or market types");
        }
        request<Order>(spec(*e, q, params), done, [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Bit2c::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = optionalMarket(symbol);
        JsonValue q = object();
        q.set("id", id);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
    });
}

void Bit2c::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    withMarkets<Order>(done, [this, id, symbol, params, done] {
        const Market* m = optionalMarket(symbol);
        JsonValue q = object();
        q.set("id", id);
        request<Order>(spec(kGetById, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
    });
}

void Bit2c::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                            Callback<std::vector<Order>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "bit2c fetchOpenOrders() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Order>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("pair", m.id);
        // {"BtcNis":{"ask":[order...],"bid":[order...]}}
        request<std::vector<Order>>(spec(kMyOrders, q, params), done, [this, m, since, limit](const JsonRef& r) {
            std::vector<Order> orders;
            for (const char* side : {"ask", "bid"}) {
                for (const auto& raw : r[m.id][side].items()) {
                    orders.push_back(parseOrder(raw, *this, &m));
                }
            }
            return sortAndFilterOrders(std::move(orders), m.symbol, since, limit);
        });
    });
}

void Bit2c::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Trade>> done)
{
    withMarkets<std::vector<Trade>>(done, [=, this] {
        const Market* m = optionalMarket(symbol);
        JsonValue q = object();
        if (limit) {
            q.set("take", *limit);
        }
        if (since) {
            q.set("toTime", dottedDate(clock().milliseconds()));
            q.set("fromTime", dottedDate(*since));
        }
        if (m) {
            q.set("pair", m->id);
        }
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kOrderHistory, q, params), done,
                                    [this, m, unified, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), unified, since, limit);
                                    });
    });
}

// ---- funding ----

void Bit2c::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        if (code == "NIS") {
            throw Error(ErrorKind::NotSupported, "bit2c fetchDepositAddress() does not support fiat currencies");
        }
        auto id = rest::knownCurrencyId(*this, code);
        if (!id) {
            throw Error(ErrorKind::BadRequest, "bit2c does not have currency code " + code);
        }
        JsonValue q = object();
        q.set("Coin", *id);
        // {"address":"0xf14b94518d74aff2b1a6d3429471bcfcd3881d42","hasTx":false}
        request<DepositAddress>(spec(kAddCoinFundsRequest, q, params), done, [code](const JsonRef& r) {
            DepositAddress a;
            a.currency = code;
            a.address = kit::str(r["address"]);
            if (!rest::usableAddress(a.address)) {
                throw Error(ErrorKind::InvalidAddress, "bit2c sent no usable address for " + code);
            }
            a.info = JsonValue::fromRef(r);
            return a;
        });
    });
}

} // namespace bourse::ex
