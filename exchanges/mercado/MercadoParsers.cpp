// SPDX-License-Identifier: GPL-3.0-or-later
#include "MercadoParsers.h"

#include "common/AdapterKit.h"

namespace bourse::ex::mercado {

using kit::num;
using kit::str;

namespace {

// The smallest amounts the data API's documentation gives per coin; other coins publish none.
OptDecimal minimumAmount(const std::string& coin)
{
    static const std::pair<const char*, const char*> limits[] = {
        {"BTC", "0.001"}, {"BCH", "0.001"}, {"ETH", "0.01"}, {"LTC", "0.01"}, {"XRP", "0.1"}};
    for (const auto& [id, min] : limits) {
        if (coin == id) {
            return Decimal::parse(min);
        }
    }
    return std::nullopt;
}

// Unix seconds (a number or its text) as milliseconds.
OptInt secondsToMs(const JsonRef& v)
{
    auto s = v.integer();
    return s ? OptInt(*s * 1000) : std::nullopt;
}

} // namespace

Market parseMarket(const std::string& coin, const Exchange& ex)
{
    Market m;
    m.baseId = coin;
    m.quoteId = "BRL";
    m.base = ex.safeCurrencyCode(coin);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.id = m.quoteId + m.baseId;
    m.symbol = m.base + "/" + m.quote;
    // The TAPI takes 8 decimals of a coin and 5 of the real.
    m.precision.amount = *Decimal::parse("1e-8");
    m.precision.price = *Decimal::parse("1e-5");
    m.limits.amount.min = minimumAmount(coin);
    m.limits.price.min = *Decimal::parse("1e-5");
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue(coin);
    return m;
}

// {"high":"14490.00000","low":"14200.00000","vol":"57.79441207","last":"14330.00000","buy":"14330.00000",
//  "sell":"14399.99999","open":"14276.00000","date":1502977646}
Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = secondsToMs(raw["date"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.open = num(raw["open"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["vol"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

// {"asks":[[10410.00006,2.09190016],...],"bids":[[10300.00002,0.00150000],...]}
OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    OrderBook book;
    book.symbol = market.symbol;
    kit::appendLevels(book.bids, raw["bids"]);
    kit::appendLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

Trade parseTrade(const JsonRef& raw, const Market& market, const OptString& orderSide, const OptString& orderId)
{
    Trade t;
    t.id = str(raw["tid"]) ? str(raw["tid"]) : str(raw["operation_id"]);
    t.timestamp = secondsToMs(raw["date"]);
    if (!t.timestamp) {
        t.timestamp = secondsToMs(raw["executed_timestamp"]);
    }
    t.symbol = market.symbol;
    t.order = orderId;
    t.side = str(raw["type"]) ? str(raw["type"]) : orderSide;
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]) ? num(raw["amount"]) : num(raw["quantity"]);
    // A fill names its fee as a percentage ("0.30"), taken from what the order receives: coins on a buy, reais on
    // a sell (the documented order of 1 BTC bought at 0.30 % paid a fee of 0.003).
    if (auto percent = num(raw["fee_rate"]); percent && t.amount && t.price && t.side) {
        const Decimal rate = percent->divided(Decimal(100));
        const bool buy = *t.side == "buy";
        t.fee = Fee {(buy ? *t.amount : *t.amount * *t.price) * rate, buy ? market.base : market.quote, rate};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

std::vector<Ohlcv> parseCandles(const JsonRef& raw)
{
    std::vector<Ohlcv> rows;
    JsonRef times = raw["t"];
    for (size_t i = 0; i < times.size(); ++i) {
        Ohlcv c;
        c.timestamp = times[i].integer().value_or(0) * 1000;
        c.open = num(raw["o"][i]);
        c.high = num(raw["h"][i]);
        c.low = num(raw["l"][i]);
        c.close = num(raw["c"][i]);
        c.volume = num(raw["v"][i]);
        rows.push_back(c);
    }
    return rows;
}

// {"balance":{"brl":{"available":"3000.00000","total":"4000.00000","amount_open_orders":1},...},...}
Balance parseBalance(const JsonRef& responseData, const Exchange& ex)
{
    Balance b;
    for (const auto& member : responseData["balance"].members()) {
        BalanceEntry e;
        e.free = num(member.value["available"]);
        e.total = num(member.value["total"]);
        b.currencies[ex.safeCurrencyCode(kit::upper(std::string(member.key)))] = e;
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "2") {
        return "open";
    }
    if (status == "3") {
        return "canceled";
    }
    if (status == "4") {
        return "closed";
    }
    return std::string(status);
}

// {"order_id":3,"coin_pair":"BRLBTC","order_type":1,"status":4,"has_fills":true,"quantity":"1.00000000",
//  "limit_price":"1024.00000","executed_quantity":"1.00000000","executed_price_avg":"1024.00000",
//  "fee":"0.00300000","created_timestamp":"1453835329","updated_timestamp":"1453835329",
//  "operations":[{"operation_id":1,"quantity":"1.00000000","price":"1024.00000","fee_rate":"0.30",
//  "executed_timestamp":"1453835329"}]}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    if (auto pair = str(raw["coin_pair"])) {
        if (const Market* m = ex.findMarketById(*pair)) {
            market = m;
        }
    }
    Order o;
    o.id = str(raw["order_id"]);
    if (auto kind = str(raw["order_type"])) {
        o.side = *kind == "1" ? "buy" : "sell";
    }
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.symbol = market ? market->symbol : raw["coin_pair"].stringOr("");
    o.timestamp = secondsToMs(raw["created_timestamp"]);
    o.lastTradeTimestamp = secondsToMs(raw["updated_timestamp"]);
    // The TAPI places limit orders only; a market order is a limit at the book's edge.
    o.type = "limit";
    o.price = num(raw["limit_price"]);
    o.average = num(raw["executed_price_avg"]);
    o.amount = num(raw["quantity"]);
    o.filled = num(raw["executed_quantity"]);
    // The fee is paid in what the order receives: coins on a buy, reais on a sell.
    OptString feeCurrency;
    if (market && o.side) {
        feeCurrency = *o.side == "buy" ? market->base : market->quote;
    }
    o.fee = Fee {num(raw["fee"]), feeCurrency, std::nullopt};
    if (market) {
        for (const auto& fill : raw["operations"].items()) {
            o.trades.push_back(parseTrade(fill, *market, o.side, o.id));
        }
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::mercado
