// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentReserve.h"

#include "IndependentReserveParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "core/Filtering.h"
#include "core/Signing.h"

namespace bourse::ex {

using namespace independentreserve;
using rest::Endpoint;
using rest::spec;

namespace {

// Every method costs one unit of the description's one-second rate limit.
constexpr Endpoint kPrimaryCodes {"public", "GET", "GetValidPrimaryCurrencyCodes", 1};
constexpr Endpoint kSecondaryCodes {"public", "GET", "GetValidSecondaryCurrencyCodes", 1};
constexpr Endpoint kMinimumVolumes {"public", "GET", "GetOrderMinimumVolumes", 1};
constexpr Endpoint kMarketSummary {"public", "GET", "GetMarketSummary", 1};
constexpr Endpoint kOrderBook {"public", "GET", "GetOrderBook", 1};
constexpr Endpoint kRecentTrades {"public", "GET", "GetRecentTrades", 1};
constexpr Endpoint kAccounts {"private", "POST", "GetAccounts", 1};
constexpr Endpoint kPlaceLimitOrder {"private", "POST", "PlaceLimitOrder", 1};
constexpr Endpoint kPlaceMarketOrder {"private", "POST", "PlaceMarketOrder", 1};
constexpr Endpoint kCancelOrder {"private", "POST", "CancelOrder", 1};
constexpr Endpoint kOrderDetails {"private", "POST", "GetOrderDetails", 1};
constexpr Endpoint kOpenOrders {"private", "POST", "GetOpenOrders", 1};
constexpr Endpoint kClosedOrders {"private", "POST", "GetClosedOrders", 1};
constexpr Endpoint kTrades {"private", "POST", "GetTrades", 1};
constexpr Endpoint kBrokerageFees {"private", "POST", "GetBrokerageFees", 1};
constexpr Endpoint kDepositAddress {"private", "POST", "GetDigitalCurrencyDepositAddress", 1};

// Lists come a page at a time; ccxt asks for the first page of 50 unless told otherwise.
constexpr long long kDefaultPageSize = 50;

JsonValue object()
{
    return JsonValue::object();
}

// The market's two currency codes, as most methods name a market.
JsonValue pairRequest(const Market& m)
{
    JsonValue q = object();
    q.set("primaryCurrencyCode", m.baseId);
    q.set("secondaryCurrencyCode", m.quoteId);
    return q;
}

} // namespace

IndependentReserve::IndependentReserve(Transport& transport, Clock& clock)
    : Exchange(independentreserveDescription(), transport, clock)
{
}

std::string independentreserveSignature(const std::string& url, const std::string& apiKey, const std::string& nonce,
                                        const std::vector<std::pair<std::string, std::string>>& params,
                                        const std::string& secret)
{
    std::string message = url + ",apiKey=" + apiKey + ",nonce=" + nonce;
    for (const auto& [key, value] : params) {
        message += "," + key + "=" + value;
    }
    std::string hex = signing::toHex(signing::hmac(signing::Hash::Sha256, secret, message));
    return rest::upper(std::move(hex));
}

HttpRequest IndependentReserve::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    const std::string nonce = std::to_string(clock().milliseconds() / 1000);
    // The signature covers the URL as the exchange names it, not an --api-url override.
    const std::string signedUrl = m_description.api.at(s.api) + "/" + s.path;
    JsonValue body = object();
    body.set("apiKey", credentials().apiKey);
    body.set("nonce", JsonValue::number(nonce));
    body.set("signature",
             independentreserveSignature(signedUrl, credentials().apiKey, nonce, paramPairs(s.params),
                                         credentials().secret));
    mergeParams(body, s.params);
    r.body = body.dump();
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

// {"Message":"Invalid nonce"} with an HTTP 4xx: a known kind by its words, else the status decides.
void IndependentReserve::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (response.status < 400 || !json || !json->root().isObject()) {
        return;
    }
    auto message = rest::str(json->root()["Message"]);
    if (!message) {
        return;
    }
    if (auto kind = m_description.errors.matchBroad(rest::lower(*message))) {
        throw Error(*kind, "independentreserve " + textExcerpt(response.body, 1000));
    }
}

// ---- market data ----

void IndependentReserve::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    // Markets are every primary currency against every secondary one: three lists, asked one after another.
    auto text = [](const JsonRef& r) { return r.toJsonText(); };
    request<std::string>(
        spec(kPrimaryCodes, object(), params),
        [=, this](Result<std::string> primary) {
            if (!primary.ok()) {
                done(primary.error());
                return;
            }
            request<std::string>(
                spec(kSecondaryCodes, object(), params),
                [=, this](Result<std::string> secondary) {
                    if (!secondary.ok()) {
                        done(secondary.error());
                        return;
                    }
                    request<std::vector<Market>>(spec(kMinimumVolumes, object(), params), done,
                                                 [=, this](const JsonRef& r) {
                                                     auto bases = JsonDocument::parse(primary.value());
                                                     auto quotes = JsonDocument::parse(secondary.value());
                                                     return parseMarkets(bases.root(), quotes.root(), r, *this);
                                                 });
                },
                text);
        },
        text);
}

void IndependentReserve::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kMarketSummary, pairRequest(m), params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void IndependentReserve::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                        Callback<OrderBook> done)
{
    (void)limit; // the book comes whole
    withMarket<OrderBook>(symbol, done, [this, params, done](const Market& m) {
        request<OrderBook>(spec(kOrderBook, pairRequest(m), params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void IndependentReserve::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                     Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = pairRequest(m);
        q.set("numberOfRecentTradesToRetrieve", 50); // the most the exchange gives
        request<std::vector<Trade>>(spec(kRecentTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["Trades"].items()) {
                trades.push_back(parseTrade(raw, *this, &m));
            }
            return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
        });
    });
}

// ---- account ----

void IndependentReserve::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(spec(kAccounts, object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void IndependentReserve::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(spec(kBrokerageFees, object(), params), done,
                                         [this](const JsonRef& r) { return parseTradingFees(r, *this); });
    });
}

void IndependentReserve::fetchDepositAddress(const std::string& code, const JsonValue& params,
                                             Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue q = object();
        q.set("primaryCurrencyCode", kit::currencyIdFor(*this, code));
        request<DepositAddress>(spec(kDepositAddress, q, params), done,
                                [code](const JsonRef& r) { return parseDepositAddress(r, code); });
    });
}

// ---- orders ----

void IndependentReserve::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                                     const Decimal& amount, OptDecimal price, const JsonValue& params,
                                     Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        if (type != "limit" && type != "market") {
            throw Error(ErrorKind::InvalidOrder, "independentreserve createOrder() supports limit and market orders");
        }
        const bool limit = type == "limit";
        if (limit && !price) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "independentreserve createOrder() requires a price for a limit order");
        }
        // "LimitBid", "MarketOffer"...; volume and price go as JSON numbers, written from the exact decimals.
        JsonValue q = pairRequest(m);
        q.set("orderType", std::string(limit ? "Limit" : "Market") + (side == "sell" ? "Offer" : "Bid"));
        q.set("volume", JsonValue::number(amountToPrecision(m, amount)));
        if (limit) {
            q.set("price", JsonValue::number(priceToPrecision(m, *price)));
        }
        request<Order>(spec(limit ? kPlaceLimitOrder : kPlaceMarketOrder, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void IndependentReserve::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                                     Callback<Order> done)
{
    (void)symbol; // orders are cancelled by their guid alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("orderGuid", id);
        request<Order>(spec(kCancelOrder, q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void IndependentReserve::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                                    Callback<Order> done)
{
    rest::withOptionalMarket<Order>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = object();
        q.set("orderGuid", id);
        request<Order>(spec(kOrderDetails, q, params), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, m); });
    });
}

void IndependentReserve::fetchOrderPage(bool open, const std::string& symbol, OptInt since, OptInt limit,
                                        const JsonValue& params, Callback<std::vector<Order>> done)
{
    rest::withOptionalMarket<std::vector<Order>>(*this, symbol, done, [=, this](const Market* m) {
        JsonValue q = m ? pairRequest(*m) : object();
        const long long pageSize = limit.value_or(kDefaultPageSize);
        q.set("pageIndex", 1);
        q.set("pageSize", pageSize);
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Order>>(spec(open ? kOpenOrders : kClosedOrders, q, params), done,
                                    [=, this](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r["Data"].items()) {
                                            orders.push_back(parseOrder(raw, *this, m));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unified, since, pageSize);
                                    });
    });
}

void IndependentReserve::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                         Callback<std::vector<Order>> done)
{
    fetchOrderPage(true, symbol, since, limit, params, std::move(done));
}

void IndependentReserve::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit,
                                           const JsonValue& params, Callback<std::vector<Order>> done)
{
    fetchOrderPage(false, symbol, since, limit, params, std::move(done));
}

void IndependentReserve::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                       Callback<std::vector<Trade>> done)
{
    // GetTrades lists every market's trades; the symbol only filters the answer.
    rest::withOptionalMarket<std::vector<Trade>>(*this, symbol, done, [=, this](const Market* m) {
        const long long pageSize = limit.value_or(kDefaultPageSize);
        JsonValue q = object();
        q.set("pageIndex", 1);
        q.set("pageSize", pageSize);
        const std::string unified = m ? m->symbol : std::string();
        request<std::vector<Trade>>(spec(kTrades, q, params), done, [=, this](const JsonRef& r) {
            std::vector<Trade> trades;
            for (const auto& raw : r["Data"].items()) {
                trades.push_back(parseTrade(raw, *this, m));
            }
            return sortAndFilterTrades(std::move(trades), unified, since, pageSize);
        });
    });
}

} // namespace bourse::ex
