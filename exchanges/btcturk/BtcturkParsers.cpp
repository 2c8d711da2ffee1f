// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtcturkParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::btcturk {

using kit::num;
using kit::str;

namespace {

std::string symbolOf(const Exchange& ex, const OptString& marketId, const Market* market)
{
    if (marketId) {
        return ex.safeSymbol(*marketId, ex.findMarketById(*marketId) ? nullptr : market);
    }
    return market ? market->symbol : std::string();
}

} // namespace

// {"id":"1","name":"BTCTRY","nameNormalized":"BTC_TRY","status":"TRADING","numerator":"BTC","denominator":"TRY",
//  "numeratorScale":"8","denominatorScale":"2","filters":[{"filterType":"PRICE_FILTER","minPrice":"0.0000000000001",
//  "maxPrice":"10000000","tickSize":"10","minExchangeValue":"99.92","minAmount":null,"maxAmount":null}]}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["name"].stringOr("");
    m.baseId = raw["numerator"].stringOr("");
    m.quoteId = raw["denominator"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["status"].stringOr("") == "TRADING";
    m.precision.amount = rest::precisionFromDecimals(raw["numeratorScale"]);
    m.precision.price = rest::precisionFromDecimals(raw["denominatorScale"]);
    for (const auto& filter : raw["filters"].items()) {
        if (filter["filterType"].stringOr("") != "PRICE_FILTER") {
            continue;
        }
        m.limits.price.min = num(filter["minPrice"]);
        m.limits.price.max = num(filter["maxPrice"]);
        m.limits.amount.min = num(filter["minAmount"]);
        m.limits.amount.max = num(filter["maxAmount"]);
        m.limits.cost.min = num(filter["minExchangeValue"]);
    }
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.tierBased = true;
    m.percentage = true;
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"pair":"BTCTRY","timestamp":1618826361234,"last":462485,"high":473976,"low":444201,"bid":461928,"ask":462485,
//  "open":456915,"volume":917.41368645,"average":462868.29574589,"daily":5570,"dailyPercent":1.22}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Ticker t;
    t.symbol = symbolOf(ex, str(raw["pair"]), market);
    t.timestamp = raw["timestamp"].integer();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.open = num(raw["open"]);
    t.close = num(raw["last"]);
    t.last = t.close;
    t.change = num(raw["daily"]);
    t.percentage = num(raw["dailyPercent"]);
    t.average = num(raw["average"]);
    t.baseVolume = num(raw["volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp":1618827901241,"bids":[["460263.00","0.04244000"]],"asks":[["460400.00","0.0015"]]}
OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = data["timestamp"].integer();
    kit::appendLevels(book.bids, data["bids"]);
    kit::appendLevels(book.asks, data["asks"]);
    book.sort();
    return book;
}

// Public: {"pair":"BTCTRY","date":1618828421497,"tid":"637544252214980918","price":"462585.00",
//  "amount":"0.01618411","side":"sell"}
// Own: {"price":"56000","numeratorSymbol":"BTC","denominatorSymbol":"USDT","orderType":"buy","orderId":"2606935102",
//  "id":"320874372","timestamp":"1618916479593","amount":"-0.00020000","fee":"0","tax":"0"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.timestamp = raw["date"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["timestamp"].integer();
    }
    t.id = str(raw["tid"]);
    if (!t.id) {
        t.id = str(raw["id"]);
    }
    t.order = str(raw["orderId"]);
    auto pair = str(raw["pair"]);
    // An own trade names its currencies instead of its pair.
    if (!pair) {
        auto base = str(raw["numeratorSymbol"]);
        auto quote = str(raw["denominatorSymbol"]);
        if (base && quote) {
            pair = *base + *quote;
        }
    }
    t.symbol = symbolOf(ex, pair, market);
    t.side = str(raw["side"]);
    if (!t.side) {
        t.side = str(raw["orderType"]);
    }
    t.price = num(raw["price"]);
    // Own trades carry signed amounts and fees (negative for what left the account).
    auto amount = num(raw["amount"]);
    t.amount = amount ? OptDecimal(amount->abs()) : std::nullopt;
    if (auto fee = num(raw["fee"])) {
        OptString currency;
        if (auto id = str(raw["denominatorSymbol"])) {
            currency = ex.safeCurrencyCode(*id);
        }
        t.fee = Fee {fee->abs(), currency, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

std::vector<Ohlcv> parseOhlcvColumns(const JsonRef& response)
{
    std::vector<Ohlcv> rows;
    const auto times = response["t"].items();
    for (size_t i = 0; i < times.size(); ++i) {
        Ohlcv c;
        c.timestamp = times[i].integer().value_or(0) * 1000;
        c.open = num(response["o"][i]);
        c.high = num(response["h"][i]);
        c.low = num(response["l"][i]);
        c.close = num(response["c"][i]);
        c.volume = num(response["v"][i]);
        rows.push_back(c);
    }
    return rows;
}

// {"data":[{"asset":"TRY","assetname":"Türk Lirası","balance":"0","locked":"0","free":"0","orderFund":"0",
//  "requestFund":"0","precision":2}]}
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    for (const auto& raw : response["data"].items()) {
        auto id = str(raw["asset"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.total = num(raw["balance"]);
        e.free = num(raw["free"]);
        e.used = num(raw["locked"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

// Listed: {"id":2605984008,"price":"55000","amount":"0.00050000","quantity":"0.00050000","stopPrice":"0",
//  "pairSymbol":"BTCUSDT","type":"buy","method":"limit","orderClientId":"f479..","time":0,
//  "updateTime":1618913083543,"status":"Untouched","leftAmount":"0.00050000"}
// Created: {"id":"2606935102","quantity":"0.0002","price":"56000","stopPrice":null,"newOrderClientId":"98e5..",
//  "type":"buy","method":"limit","pairSymbol":"BTCUSDT","datetime":"1618916479523"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["id"]);
    o.price = num(raw["price"]);
    auto amount = num(raw["amount"]);
    if (!amount) {
        amount = num(raw["quantity"]);
    }
    o.amount = amount ? OptDecimal(amount->abs()) : std::nullopt;
    o.remaining = num(raw["leftAmount"]);
    o.symbol = symbolOf(ex, str(raw["pairSymbol"]), market);
    o.side = str(raw["type"]);
    o.type = str(raw["method"]);
    o.clientOrderId = str(raw["orderClientId"]);
    if (!o.clientOrderId) {
        o.clientOrderId = str(raw["newOrderClientId"]);
    }
    o.timestamp = raw["updateTime"].integer();
    if (!o.timestamp) {
        o.timestamp = raw["datetime"].integer();
    }
    auto trigger = num(raw["stopPrice"]);
    o.triggerPrice = trigger && !trigger->isZero() ? trigger : std::nullopt;
    auto status = str(raw["status"]);
    if (status == "Untouched" || status == "Partial") {
        o.status = "open";
    } else if (status == "Canceled") {
        o.status = "canceled";
    } else if (status == "Closed") {
        o.status = "closed";
    } else {
        o.status = status;
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::btcturk
