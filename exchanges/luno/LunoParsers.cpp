// SPDX-License-Identifier: GPL-3.0-or-later
#include "LunoParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <set>

namespace bourse::ex::luno {

using rest::num;
using rest::str;

namespace {

// ASK/SELL and BID/BUY, as orders and own trades spell the side.
OptString sideOf(const OptString& type)
{
    if (type == "ASK" || type == "SELL") {
        return "sell";
    }
    if (type == "BID" || type == "BUY") {
        return "buy";
    }
    return std::nullopt;
}

bool nonZero(const OptDecimal& v)
{
    return v && v->sign() != 0;
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["market_id"].stringOr("");
    m.baseId = raw["base_currency"].stringOr("");
    m.quoteId = raw["counter_currency"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["trading_status"].stringOr("") == "ACTIVE";
    // Luno's fee schedule by quote: ZAR markets charge the retail fiat fee (stablecoins against ZAR 0.2 % taker
    // with a 0.01 % maker rebate); crypto-quoted markets 0.1 % / 0.08 %; other fiat quotes depend on the
    // account's country and stay unknown.
    static const std::set<std::string> unverifiedQuotes {"MYR", "NGN", "IDR", "KES", "UGX",
                                                         "AUD", "GBP", "EUR", "USD", "ZARU"};
    if (m.quote == "ZAR") {
        const bool stable = m.base == "USDT" || m.base == "USDC";
        m.taker = *Decimal::parse(stable ? "0.002" : "0.006");
        m.maker = *Decimal::parse(stable ? "-0.0001" : "0.004");
    } else if (!unverifiedQuotes.count(m.quote)) {
        m.taker = *Decimal::parse("0.001");
        m.maker = *Decimal::parse("0.0008");
    }
    m.precision.amount = rest::precisionFromDecimals(raw["volume_scale"]);
    m.precision.price = rest::precisionFromDecimals(raw["price_scale"]);
    m.limits.amount = {num(raw["min_volume"]), num(raw["max_volume"])};
    m.limits.price = {num(raw["min_price"]), num(raw["max_price"])};
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"pair":"XBTUSDT","timestamp":1710328244969,"bid":"72617.38","ask":"73998.97","last_trade":"73998.98",
//  "rolling_24_hour_volume":"0.3111","status":"ACTIVE"}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["pair"]);
    if (!market && marketId) {
        market = ex.findMarketById(*marketId);
    }
    Ticker t;
    t.symbol = ex.safeSymbol(marketId.value_or(""), market);
    t.timestamp = raw["timestamp"].integer();
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.last = num(raw["last_trade"]);
    t.close = t.last;
    t.baseVolume = num(raw["rolling_24_hour_volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp":1700000000000,"bids":[{"price":"..","volume":".."}],"asks":[..]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = raw["timestamp"].integer();
    kit::appendLevels(book.bids, raw["bids"], "price", "volume");
    kit::appendLevels(book.asks, raw["asks"], "price", "volume");
    book.sort();
    return book;
}

// Public: {"sequence":"26963","timestamp":1710325156438,"price":"73998.98","volume":"0.0008","is_buy":true}
// Own (listtrades): {"pair":"XBTZAR","sequence":..,"order_id":"BXF..","type":"BID","timestamp":..,"price":"..",
//  "volume":"..","base":"..","counter":"..","fee_base":"0.00","fee_counter":"0.00","is_buy":false}
Trade parseTrade(const JsonRef& raw, const Market* market)
{
    Trade t;
    t.id = str(raw["sequence"]);
    t.order = str(raw["order_id"]);
    t.timestamp = raw["timestamp"].integer();
    t.symbol = market ? market->symbol : std::string();
    const bool isBuy = raw["is_buy"].boolean().value_or(false);
    if (t.order) {
        // is_buy says whether the taker bought: an own sell on a taker's buy was resting, so a maker's.
        t.side = sideOf(str(raw["type"]));
        const bool maker = (t.side == "sell" && isBuy) || (t.side == "buy" && !isBuy);
        t.takerOrMaker = maker ? "maker" : "taker";
    } else {
        t.side = isBuy ? "buy" : "sell";
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["volume"]);
    if (!t.amount) {
        t.amount = num(raw["base"]);
    }
    t.cost = num(raw["counter"]);
    // Luno charges a buy's fee in the base currency and a sell's in the counter; a zero is no fee.
    auto feeBase = str(raw["fee_base"]);
    if (feeBase) {
        if (nonZero(num(feeBase))) {
            t.fee = Fee {num(feeBase), market ? OptString(market->base) : std::nullopt, std::nullopt};
        }
    } else if (auto feeCounter = num(raw["fee_counter"]); nonZero(feeCounter)) {
        t.fee = Fee {feeCounter, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"timestamp":1700000000000,"open":"..","close":"..","high":"..","low":"..","volume":".."}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw["timestamp"].integer().value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& wallet : raw["balance"].items()) {
        auto asset = str(wallet["asset"]);
        if (!asset) {
            continue;
        }
        const Decimal unconfirmed = num(wallet["unconfirmed"]).value_or(Decimal(0));
        const Decimal used = num(wallet["reserved"]).value_or(Decimal(0)) + unconfirmed;
        const Decimal total = num(wallet["balance"]).value_or(Decimal(0)) + unconfirmed;
        BalanceEntry& e = b.currencies[ex.safeCurrencyCode(*asset)];
        e.used = e.used.value_or(Decimal(0)) + used;
        e.total = e.total.value_or(Decimal(0)) + total;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

// PENDING orders are open. COMPLETE means the order left the book, filled or stopped: closed.
std::string parseOrderStatus(std::string_view state)
{
    if (state == "PENDING" || state == "AWAITING") {
        return "open";
    }
    if (state == "COMPLETE") {
        return "closed";
    }
    return std::string(state);
}

// {"order_id":"BXMC2CJ7HNB88U4","creation_timestamp":1367849297609,"expiration_timestamp":..,"type":"BID",
//  "state":"PENDING","limit_price":"1000.00","limit_volume":"0.80","base":"0.40","counter":"400.00",
//  "fee_base":"0.0001","fee_counter":"0.00","pair":"XBTZAR"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["pair"]);
    if (!market && marketId) {
        market = ex.findMarketById(*marketId);
    }
    Order o;
    o.id = str(raw["order_id"]);
    o.timestamp = raw["creation_timestamp"].integer();
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    o.symbol = ex.safeSymbol(marketId.value_or(""), market);
    o.side = sideOf(str(raw["type"]));
    o.price = num(raw["limit_price"]);
    o.amount = num(raw["limit_volume"]);
    o.filled = num(raw["base"]);
    o.cost = num(raw["counter"]);
    if (auto quoteFee = num(raw["fee_counter"])) {
        o.fee = Fee {quoteFee, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    } else if (auto baseFee = num(raw["fee_base"])) {
        o.fee = Fee {baseFee, market ? OptString(market->base) : std::nullopt, std::nullopt};
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"asset":"XBT","address":"3Eso...","name":"Main wallet","total_received":"..","total_unconfirmed":".."}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code)
{
    DepositAddress a;
    auto currencyId = str(raw["currency"]);
    a.currency = currencyId ? ex.safeCurrencyCode(kit::upper(*currencyId)) : code;
    a.address = str(raw["address"]);
    a.tag = str(raw["name"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::luno
