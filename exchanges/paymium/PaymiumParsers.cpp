// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymiumParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::paymium {

using kit::num;
using kit::str;

namespace {

OptInt secondsAsMs(const JsonRef& v)
{
    auto s = v.integer();
    return s ? OptInt(*s * 1000) : std::nullopt;
}

} // namespace

Market btcEurMarket(const Exchange& ex)
{
    Market m;
    m.id = "eur";
    m.baseId = "btc";
    m.quoteId = "eur";
    m.base = "BTC";
    m.quote = "EUR";
    m.symbol = "BTC/EUR";
    m.active = true;
    // Satoshis and euro cents.
    m.precision.amount = *Decimal::parse("0.00000001");
    m.precision.price = *Decimal::parse("0.01");
    m.maker = ex.description().tradingFees.maker;
    m.taker = ex.description().tradingFees.taker;
    m.info = JsonValue::object();
    return m;
}

// {"high":"38000.0","low":"36000.0","volume":"12.5","bid":"37000.0","ask":"37100.0","midpoint":"37050.0",
//  "vwap":"37010.5","at":1700000000,"price":"37050.0","open":"36500.0","variation":"1.5","currency":"EUR"}
Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = secondsAsMs(raw["at"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.vwap = num(raw["vwap"]);
    t.open = num(raw["open"]);
    t.close = num(raw["price"]);
    t.last = t.close;
    t.percentage = num(raw["variation"]);
    t.baseVolume = num(raw["volume"]);
    if (t.baseVolume && t.vwap) {
        t.quoteVolume = *t.baseVolume * *t.vwap;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

// {"bids":[{"timestamp":1700000000,"amount":"1.5","price":"37000.0","currency":"EUR"}],"asks":[...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, raw["bids"], "price", "amount");
    kit::appendLevels(book.asks, raw["asks"], "price", "amount");
    book.sort();
    return book;
}

// {"uuid":"91b8..","side":"buy","price":"37050.0","traded_btc":"0.01","traded_currency":"370.5",
//  "created_at":"2023-11-14T22:13:20Z","currency":"EUR","created_at_int":1700000000}
Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.id = str(raw["uuid"]);
    t.timestamp = secondsAsMs(raw["created_at_int"]);
    t.symbol = market.symbol;
    t.side = str(raw["side"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["traded_" + rest::lower(market.base)]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"name":"BC-U123456","locale":"en","balance_btc":"1.5","locked_btc":"0.1","balance_eur":"2500.0",
//  "locked_eur":"100.0",...}
Balance parseBalance(const JsonRef& user, const Exchange& ex)
{
    Balance b;
    static constexpr std::string_view prefix = "balance_";
    for (const auto& member : user.members()) {
        const std::string_view key = member.key;
        if (key.substr(0, prefix.size()) != prefix) {
            continue;
        }
        const std::string id(key.substr(prefix.size()));
        BalanceEntry e;
        e.free = num(member.value);
        e.used = num(user["locked_" + id]);
        b.currencies[ex.safeCurrencyCode(rest::upper(id))] = e;
    }
    b.info = JsonValue::fromRef(user);
    b.complete();
    return b;
}

// {"uuid":"968f..","amount":"0.5","currency_amount":null,"state":"active","btc_fee":"0.0","currency_fee":"0.0",
//  "updated_at":"..","created_at":"2023-11-14T22:13:20Z","currency":"EUR","type":"LimitOrder",
//  "traded_btc":"0.0","traded_currency":"0.0","direction":"buy","price":"30000.0"}
Order parseOrder(const JsonRef& raw, const Exchange& ex)
{
    Order o;
    o.id = str(raw["uuid"]);
    if (auto created = str(raw["created_at"])) {
        o.timestamp = parseIso8601(*created);
    }
    if (auto updated = str(raw["updated_at"])) {
        o.lastUpdateTimestamp = parseIso8601(*updated);
    }
    auto currency = str(raw["currency"]);
    if (const Market* m = currency ? ex.findMarketById(rest::lower(*currency)) : nullptr) {
        o.symbol = m->symbol;
    } else if (currency) {
        o.symbol = "BTC/" + ex.safeCurrencyCode(*currency);
    }
    auto type = str(raw["type"]);
    if (type == "LimitOrder") {
        o.type = "limit";
    } else if (type == "MarketOrder") {
        o.type = "market";
    } else {
        o.type = type;
    }
    o.side = str(raw["direction"]);
    o.price = num(raw["price"]);
    o.amount = num(raw["amount"]);
    o.filled = num(raw["traded_btc"]);
    o.cost = num(raw["traded_currency"]);
    auto state = str(raw["state"]);
    if (state == "pending_execution" || state == "processing" || state == "active") {
        o.status = "open";
    } else if (state == "filled" || state == "executed") {
        o.status = "closed";
    } else if (state == "canceled") {
        o.status = "canceled";
    } else {
        o.status = state;
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::paymium
