// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bit2cParsers.h"

#include "common/AdapterKit.h"

#include <set>

namespace bourse::ex::bit2c {

using kit::num;
using kit::str;

namespace {

// Rows whose amount is not positive are dead orders the full snapshot failed to purge: kept, they would cross the
// book (Bit2C's own orderbook-top feed drops them too).
void appendLiveLevels(std::vector<PriceLevel>& side, const JsonRef& levels)
{
    for (const auto& level : levels.items()) {
        auto price = num(level[0]);
        auto amount = num(level[1]);
        if (price && amount && amount->sign() > 0) {
            side.push_back({*price, *amount});
        }
    }
}

// "130,233.28" -> "130233.28": the account history writes thousands separators.
OptDecimal numberWithCommas(const JsonRef& v)
{
    auto text = str(v);
    if (!text) {
        return std::nullopt;
    }
    std::string plain;
    for (char c : *text) {
        if (c != ',') {
            plain.push_back(c);
        }
    }
    return Decimal::parse(plain);
}

} // namespace

// {"h":"135000","l":"134500","ll":"134800","a":"12.5","av":"134700"}: h the highest bid, l the lowest ask, ll the
// last price, a the 24 h volume, av the 24 h average.
Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.bid = num(raw["h"]);
    t.ask = num(raw["l"]);
    t.last = num(raw["ll"]);
    t.close = t.last;
    t.average = num(raw["av"]);
    t.baseVolume = num(raw["a"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

// {"asks":[[190701.16,0.20599512],...],"bids":[[187755.64,0.31516582],...]}
OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    OrderBook book;
    book.symbol = market.symbol;
    appendLiveLevels(book.bids, raw["bids"]);
    appendLiveLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

// Public:  {"date":1651785980,"price":127975.68,"amount":0.3750321,"isBid":true,"tid":1261018}
// Private: {"ticks":1574767951,"created":"26/11/19 13:32","action":1,"price":"1,000","pair":"EthNis",
//           "reference":"EthNis|10867390|10867377","fee":"0.5","feeAmount":"0.08","feeCoin":"₪",
//           "firstAmount":"-0.015","secondAmount":"14.93","firstCoin":"ETH","secondCoin":"₪","isMaker":true}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    if (auto reference = str(raw["reference"])) {
        // reference is pair|taker order id|maker order id.
        t.id = reference;
        std::vector<std::string> parts;
        size_t start = 0;
        for (size_t bar = reference->find('|'); bar != std::string::npos; bar = reference->find('|', start)) {
            parts.push_back(reference->substr(start, bar - start));
            start = bar + 1;
        }
        parts.push_back(reference->substr(start));
        if (const Market* m = ex.findMarketById(parts[0])) {
            market = m;
        } else if (auto pair = str(raw["pair"]); pair && ex.findMarketById(*pair)) {
            market = ex.findMarketById(*pair);
        }
        if (auto ticks = raw["ticks"].integer()) {
            t.timestamp = *ticks * 1000;
        }
        t.price = numberWithCommas(raw["price"]);
        // firstAmount is signed (negative for what left the account); the side says which way it went.
        if (auto amount = numberWithCommas(raw["firstAmount"])) {
            t.amount = amount->abs();
        }
        const bool isMaker = raw["isMaker"].boolean().value_or(false);
        t.takerOrMaker = isMaker ? "maker" : "taker";
        if (parts.size() > 2) {
            t.order = isMaker ? parts[2] : parts[1];
        }
        t.side = raw["action"].integer() == 0 ? "buy" : "sell";
        if (auto feeCost = numberWithCommas(raw["feeAmount"])) {
            t.fee = Fee {feeCost, std::string("NIS"), std::nullopt};
        }
    } else {
        if (auto date = raw["date"].integer()) {
            t.timestamp = *date * 1000;
        }
        t.id = str(raw["tid"]);
        t.price = num(raw["price"]);
        t.amount = num(raw["amount"]);
        if (auto isBid = raw["isBid"].boolean()) {
            t.side = *isBid ? "buy" : "sell";
        }
    }
    t.symbol = market ? market->symbol : std::string();
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    std::set<std::pair<std::string, std::string>> currencies; // code, id
    for (const auto& m : ex.markets()) {
        currencies.insert({m.base, m.baseId});
        currencies.insert({m.quote, m.quoteId});
    }
    for (const auto& [code, id] : currencies) {
        const std::string key = kit::upper(id);
        BalanceEntry e;
        if (raw.has(key)) {
            e.free = num(raw["AVAILABLE_" + key]);
            e.total = num(raw[key]);
        }
        b.currencies[code] = e;
    }
    b.complete();
    return b;
}

// createOrder: {"OrderResponse":{"pair":"BtcNis","HasError":false,"Error":"","Message":""},
//               "NewOrder":{"created":1505531577,"type":0,"order_type":0,"status_type":0,"amount":0.01,
//               "price":10000,"stop":0,"id":9244416,"initialAmount":null}}
// fetchOrder, fetchOpenOrders: {"pair":"BtcNis","status":"Completed","created":1535555837,"type":0,
//               "order_type":0,"amount":0,"price":120000,"stop":0,"id":10555173,"initialAmount":2}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const bool isNew = raw.has("NewOrder");
    const JsonRef o = isNew ? raw["NewOrder"] : raw;
    if (!market) {
        auto pair = str(o["pair"]);
        if (!pair) {
            pair = str(raw["OrderResponse"]["pair"]);
        }
        market = pair ? ex.findMarketById(*pair) : nullptr;
    }
    Order order;
    order.id = str(o["id"]);
    if (auto created = o["created"].integer()) {
        order.timestamp = *created * 1000;
    }
    // status_type on a new order: 0 new, 1 open, 5 completed; status on the others: New, Open, Completed.
    if (isNew) {
        auto status = o["status_type"].integer();
        if (status == 0 || status == 1) {
            order.status = "open";
        } else if (status == 5) {
            order.status = "closed";
        }
    } else {
        auto status = str(o["status"]);
        if (status == "New" || status == "Open") {
            order.status = "open";
        } else if (status == "Completed") {
            order.status = "closed";
        }
    }
    auto kind = str(o["order_type"]); // 0 limit, 1 market
    if (kind == "0") {
        order.type = "limit";
    } else if (kind == "1") {
        order.type = "market";
    } else {
        order.type = kind;
    }
    auto side = str(o["type"]); // 0 buy, 1 sell
    if (side == "0") {
        order.side = "buy";
    } else if (side == "1") {
        order.side = "sell";
    } else {
        order.side = side;
    }
    order.price = num(o["price"]);
    // A new order's initialAmount is not filled in yet: its amount is what remains, which is all of it.
    order.amount = num(o[isNew ? "amount" : "initialAmount"]);
    order.remaining = num(o["amount"]);
    order.symbol = market ? market->symbol : std::string();
    order.info = JsonValue::fromRef(raw);
    order.complete();
    return order;
}

std::vector<TradingFee> parseTradingFees(const JsonRef& raw, const Exchange& ex)
{
    std::vector<TradingFee> fees;
    for (const auto& member : raw["Fees"].members()) {
        TradingFee f;
        f.symbol = ex.safeSymbol(member.key);
        auto maker = num(member.value["FeeMaker"]);
        auto taker = num(member.value["FeeTaker"]);
        if (maker) {
            f.maker = maker->divided(Decimal(100));
        }
        if (taker) {
            f.taker = taker->divided(Decimal(100));
        }
        f.percentage = true;
        f.tierBased = true;
        f.info = JsonValue::fromRef(member.value);
        fees.push_back(std::move(f));
    }
    return fees;
}

} // namespace bourse::ex::bit2c
