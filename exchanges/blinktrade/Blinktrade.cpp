// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blinktrade.h"

#include "BlinktradeParsers.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "common/TradeCandles.h"
#include "core/Filtering.h"
#include "core/Signing.h"
#include "jpkit/PairBook.h"

#include <algorithm>

namespace bourse::ex {

using namespace blinktrade;
using rest::Endpoint;
using rest::spec;

namespace {

// The public paths start with the quote currency; the trading messages go to /tapi/v1/<MsgType>, where 2019 ccxt
// posted them (the BlinkTrade documentation names /tapi/v1/message; the message type travels in the body as well).
constexpr Endpoint kPublic {"public", "GET", "", 1};
constexpr Endpoint kMessage {"private", "POST", "", 1};

} // namespace

Blinktrade::Blinktrade(Transport& transport, Clock& clock, ExchangeDescription description, BlinktradeApi api)
    : Exchange(std::move(description), transport, clock)
    , m_api(std::move(api))
{
}

std::string blinktradeSignature(const std::string& nonce, const std::string& secret)
{
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, nonce));
}

long long Blinktrade::nextNonce()
{
    // Seconds, as 2019 ccxt sent them; never the same twice, so two calls within a second take the next number.
    m_lastNonce = std::max(clock().milliseconds() / 1000, m_lastNonce + 1);
    return m_lastNonce;
}

long long Blinktrade::nextRequestId()
{
    // The ClOrdID / BalanceReqID of a message: seconds too, and unique within the session.
    m_lastRequestId = std::max(clock().milliseconds() / 1000, m_lastRequestId + 1);
    return m_lastRequestId;
}

HttpRequest Blinktrade::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + m_description.version + "/" + s.path;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    JsonValue message = JsonValue::object();
    message.set("MsgType", s.path);
    mergeParams(message, s.params);
    r.body = message.dump();
    const std::string nonce = std::to_string(nextNonce());
    r.headers.emplace_back("APIKey", credentials().apiKey);
    r.headers.emplace_back("Nonce", nonce);
    r.headers.emplace_back("Signature", blinktradeSignature(nonce, credentials().secret));
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

// {"Status":500,"Description":"..."} (401/403 for a refused key or signature), with HTTP 200.
void Blinktrade::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json || !json->root().isObject() || !json->root().has("Status")) {
        return;
    }
    const auto status = json->root()["Status"].integer();
    if (!status || *status == 200) {
        return;
    }
    const std::string feedback = id() + " " + textExcerpt(response.body, 1000);
    if (*status == 401 || *status == 403) {
        throw Error(ErrorKind::AuthenticationError, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

JsonValue Blinktrade::pairQuery(const Market& m) const
{
    JsonValue q = JsonValue::object();
    q.set("crypto_currency", m.baseId);
    return q;
}

// ---- market data ----

// The broker's market(s), from the description: the API has no market list.
void Blinktrade::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    std::vector<Market> markets;
    for (const auto& pair : m_api.markets) {
        Market m;
        m.id = pair.id;
        m.baseId = pair.base;
        m.quoteId = pair.quote;
        m.base = safeCurrencyCode(m.baseId);
        m.quote = safeCurrencyCode(m.quoteId);
        m.symbol = m.base + "/" + m.quote;
        m.active = true;
        m.precision.amount = Decimal(8);
        m.precision.price = Decimal(8);
        m.limits.amount.min = Decimal::pow10(-8);
        m.limits.price.min = Decimal::pow10(-8);
        JsonValue info = JsonValue::object();
        info.set("brokerId", m_api.brokerId);
        m.info = std::move(info);
        markets.push_back(std::move(m));
    }
    done(std::move(markets));
}

void Blinktrade::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        request<Ticker>(spec(kPublic, pairQuery(m), params, m.quoteId + "/ticker"), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, m, clock().milliseconds()); });
    });
}

// {"pair":"BTCCLP","bids":[[price, amount, user id], ...],"asks":[...]}: the whole book; the API takes no depth.
void Blinktrade::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        request<OrderBook>(
            spec(kPublic, pairQuery(m), params, m.quoteId + "/orderbook"), done,
            [m, limit](const JsonRef& r) { return kit::cutBook(jpkit::parsePairBook(r, m.symbol), limit); });
    });
}

// [trade, ...]: 2019 ccxt sent neither since nor limit; they are applied here.
void Blinktrade::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        request<std::vector<Trade>>(spec(kPublic, pairQuery(m), params, m.quoteId + "/trades"), done,
                                    [m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Blinktrade::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    kit::fetchOhlcvFromTrades(*this, symbol, timeframe, since, limit, params, std::move(done));
}

// ---- account ----

// {"Status":200,"Description":"OK","Responses":[{"MsgType":"U3","BalanceReqID":1550000000,"9":{...}}]}
void Blinktrade::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        JsonValue q = JsonValue::object();
        q.set("BalanceReqID", nextRequestId());
        request<Balance>(spec(kMessage, q, params, "U2"), done, [this](const JsonRef& r) {
            Balance b = parseBalance(r["Responses"], m_api.brokerId, *this);
            b.info = JsonValue::fromRef(r);
            return b;
        });
    });
}

// ---- orders ----

// {"Status":200,"Responses":[{"MsgType":"8","OrderID":1459028830811,"ClOrdID":"1550000000","OrdStatus":"0",...},
//  {"MsgType":"U3",...}]}: the execution report (8) names the order; OrdStatus 8 is a rejection.
void Blinktrade::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                             const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    if (type != "limit") {
        done(Error(ErrorKind::InvalidOrder, id() + " allows limit orders only"));
        return;
    }
    if (side != "buy" && side != "sell") {
        done(Error(ErrorKind::InvalidOrder, id() + " createOrder() takes buy or sell as the side"));
        return;
    }
    if (!price) {
        done(Error(ErrorKind::ArgumentsRequired, id() + " createOrder() requires a price for a limit order"));
        return;
    }
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        const std::string clientId = std::to_string(nextRequestId());
        const std::string sentPrice = priceToPrecision(m, *price);
        const std::string sentAmount = amountToPrecision(m, amount);
        // Price and OrderQty as JSON numbers in units, as 2019 ccxt sent them. Unverified against a live broker:
        // the API keeps balances in satoshis and may want these in satoshis too.
        JsonValue q = JsonValue::object();
        q.set("ClOrdID", std::stoll(clientId));
        q.set("Symbol", m.id);
        q.set("Side", side == "buy" ? "1" : "2");
        q.set("OrdType", "2");
        q.set("Price", JsonValue::number(sentPrice));
        q.set("OrderQty", JsonValue::number(sentAmount));
        q.set("BrokerID", m_api.brokerId);
        request<Order>(spec(kMessage, q, params, "D"), done, [=, this](const JsonRef& r) {
            const JsonRef report = findMessage(r["Responses"], "8");
            if (report.isMissing()) {
                throw Error(ErrorKind::BadResponse, id() + " createOrder() got no execution report");
            }
            if (rest::str(report["OrdStatus"]) == std::string("8")) {
                const std::string reason = rest::str(report["OrdRejReason"]).value_or("rejected");
                const bool funds = reason.find("nsufficient") != std::string::npos;
                throw Error(funds ? ErrorKind::InsufficientFunds : ErrorKind::InvalidOrder, id() + " " + reason);
            }
            Order o;
            o.id = rest::str(report["OrderID"]);
            o.clientOrderId = clientId;
            o.timestamp = clock().milliseconds();
            o.symbol = m.symbol;
            o.type = "limit";
            o.side = side;
            o.price = Decimal::parse(sentPrice);
            o.amount = Decimal::parse(sentAmount);
            // Just placed: nothing filled yet (the report's CumQty/LeavesQty are left alone; the documentation
            // does not say their unit).
            o.filled = Decimal(0);
            o.remaining = o.amount;
            o.status = "open";
            o.info = JsonValue::fromRef(r);
            o.complete();
            if (o.id) {
                m_clientIds[*o.id] = clientId;
            }
            return o;
        });
    });
}

void Blinktrade::cancelOrder(const std::string& orderId, const std::string& symbol, const JsonValue& params,
                             Callback<Order> done)
{
    withMarkets<Order>(done, [=, this] {
        // 2019 ccxt sent the id it was given as the ClOrdID; an order placed in this session is named by the
        // ClOrdID it was placed with, which is what the message takes.
        auto known = m_clientIds.find(orderId);
        JsonValue q = JsonValue::object();
        q.set("ClOrdID", known != m_clientIds.end() ? known->second : orderId);
        request<Order>(spec(kMessage, q, params, "F"), done, [=](const JsonRef& r) {
            Order o;
            o.id = orderId;
            o.symbol = symbol;
            o.status = "canceled";
            o.info = JsonValue::fromRef(r);
            return o;
        });
    });
}

} // namespace bourse::ex
