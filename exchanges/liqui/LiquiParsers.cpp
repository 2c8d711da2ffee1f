// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiquiParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <algorithm>

namespace bourse::ex::liqui {

using Dialect = LiquiApi::Dialect;
using rest::num;
using rest::str;

namespace {

const Market* marketOf(const Exchange& ex, const JsonRef& raw, const Market* fallback)
{
    if (auto id = str(raw["pair"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            return m;
        }
    }
    return fallback;
}

std::optional<long long> secondsToMs(const JsonRef& v)
{
    auto s = v.integer();
    return s ? std::optional<long long>(*s * 1000) : std::nullopt;
}

} // namespace

Market parseMarket(const std::string& id, const JsonRef& raw, const Exchange& ex, Dialect dialect)
{
    Market m;
    m.id = id;
    if (dialect == Dialect::Dsx) {
        m.baseId = raw["base_currency"].stringOr("");
        m.quoteId = raw["quoted_currency"].stringOr("");
    } else {
        auto cut = id.find('_');
        m.baseId = id.substr(0, cut);
        m.quoteId = cut == std::string::npos ? std::string() : id.substr(cut + 1);
    }
    m.base = ex.safeCurrencyCode(kit::upper(m.baseId));
    m.quote = ex.safeCurrencyCode(kit::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["hidden"].integer() == 0;
    // One count of decimals for both amount and price (DECIMAL_PLACES).
    if (auto places = raw["decimal_places"].integer()) {
        m.precision.amount = Decimal(*places);
        m.precision.price = Decimal(*places);
    }
    m.limits.amount = {num(raw["min_amount"]), num(raw["max_amount"])};
    m.limits.price = {num(raw["min_price"]), num(raw["max_price"])};
    m.limits.cost.min = num(raw["min_total"]);
    // The fee is in percent.
    if (auto fee = num(raw["fee"])) {
        m.taker = fee->divided(Decimal(100));
    }
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"high":0.03497582,"low":0.03248474,"avg":0.03373028,"vol":120.11485715062999,"vol_cur":3572.24914074,
//  "last":0.0337611,"buy":0.0337442,"sell":0.03377798,"updated":1537522009} - seconds. On liqui vol_cur is the
// base volume and vol the quote's; dsx has them the other way round, its avg inverted, and the pair inside.
Ticker parseTicker(const JsonRef& raw, const Market* market, Dialect dialect)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    t.timestamp = secondsToMs(raw["updated"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.average = num(raw["avg"]);
    if (dialect == Dialect::Dsx) {
        if (t.average && t.average->sign() > 0) {
            t.average = Decimal(1).divided(*t.average);
        }
        t.baseVolume = num(raw["vol"]);
        t.quoteVolume = num(raw["vol_cur"]);
    } else {
        t.baseVolume = num(raw["vol_cur"]);
        t.quoteVolume = num(raw["vol"]);
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asks":[[4000.1,0.5],...],"bids":[[3999.9,1.2],...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.bids = rest::priceLevels(raw["bids"]);
    book.asks = rest::priceLevels(raw["asks"]);
    book.sort();
    return book;
}

// Public: {"type":"ask","price":103.6,"amount":0.101,"tid":4861261,"timestamp":1370818007}
// Own (TradeHistory, keyed by trade id): {"pair":"btc_usd","type":"sell","amount":1,"rate":450,
//  "order_id":343148,"is_your_order":1,"timestamp":1342445793}
// dsx own: {"pair":"btcusd","type":"buy","volume":1,"rate":1000,"orderId":1,"timestamp":1496672724,
//  "commission":0.001,"commissionCurrency":"btc"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market, const OptString& id)
{
    market = marketOf(ex, raw, market);
    Trade t;
    t.id = str(raw["trade_id"]);
    if (!t.id) {
        t.id = str(raw["tid"]);
    }
    if (!t.id) {
        t.id = id;
    }
    t.order = str(raw["order_id"]);
    if (!t.order) {
        t.order = str(raw["orderId"]);
    }
    t.timestamp = secondsToMs(raw["timestamp"]);
    t.symbol = market ? market->symbol : str(raw["pair"]).value_or("");
    if (auto side = str(raw["type"])) {
        t.side = *side == "ask" ? "sell" : *side == "bid" ? "buy" : *side;
    }
    // Every order on these venues is a limit order.
    t.type = "limit";
    t.price = num(raw["rate"]);
    if (!t.price) {
        t.price = num(raw["price"]);
    }
    t.amount = num(raw["amount"]);
    if (!t.amount) {
        t.amount = num(raw["volume"]);
    }
    if (auto feeCost = num(raw["commission"])) {
        OptString currency;
        if (auto currencyId = str(raw["commissionCurrency"])) {
            currency = ex.safeCurrencyCode(kit::upper(*currencyId));
        }
        t.fee = Fee {feeCost, currency, std::nullopt};
    }
    if (auto own = raw["is_your_order"].integer()) {
        // ccxt read is_your_order as "this side's order was resting": the maker.
        t.takerOrMaker = *own ? "maker" : "taker";
    } else if (raw["is_your_order"].boolean()) {
        t.takerOrMaker = *raw["is_your_order"].boolean() ? "maker" : "taker";
    }
    if (!t.fee && t.takerOrMaker && market && t.amount && t.price) {
        // No fee in the answer: the market's rate, charged in what the trade brought in (the base on a buy, the
        // quote on a sell).
        OptDecimal rate = *t.takerOrMaker == "maker" ? market->maker : market->taker;
        if (rate) {
            const bool sell = t.side == "sell";
            Decimal cost = *t.amount * *rate;
            if (sell) {
                cost = cost * *t.price;
            }
            t.fee = Fee {cost, sell ? market->quote : market->base, rate};
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// liqui/tidex: {"funds":{"btc":0.1,"eth":1},"rights":{...},"transaction_count":0,"open_orders":1,
//  "server_time":1537451465}; tidex also answers a coin as {"value":0.1,"inOrders":0.02}.
// yobit: {"funds":{"btc":0.1},"funds_incl_orders":{"btc":0.15},...}
// dsx: {"funds":{"BTC":{"total":0.15,"available":0.1}},...}
Balance parseBalance(const JsonRef& info, const Exchange& ex, Dialect dialect)
{
    Balance b;
    const bool noOpenOrders = info["open_orders"].integer() == 0 || info["openOrders"].integer() == 0;
    for (const auto& member : info["funds"].members()) {
        const std::string code = ex.safeCurrencyCode(kit::upper(std::string(member.key)));
        BalanceEntry e;
        if (dialect == Dialect::Dsx) {
            e.free = num(member.value["available"]);
            e.total = num(member.value["total"]);
        } else if (member.value.isObject()) {
            e.free = num(member.value["value"]);
            e.used = num(member.value["inOrders"]);
        } else {
            e.free = num(member.value);
            // With no open order nothing is held: the free amount is all of it.
            if (dialect == Dialect::Liqui && noOpenOrders) {
                e.used = Decimal(0);
            }
        }
        b.currencies[code] = e;
    }
    if (dialect == Dialect::Yobit) {
        for (const auto& member : info["funds_incl_orders"].members()) {
            b.currencies[ex.safeCurrencyCode(kit::upper(std::string(member.key)))].total = num(member.value);
        }
    }
    for (auto& [code, e] : b.currencies) {
        if (e.free && e.total && !e.used) {
            e.used = *e.total - *e.free;
        }
    }
    b.info = JsonValue::fromRef(info);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status, Dialect dialect)
{
    if (status == "0") {
        return "open";
    }
    if (status == "1") {
        return "closed";
    }
    if (status == "2") {
        return "canceled";
    }
    if (status == "3") {
        // liqui: cancelled after a partial fill; yobit: still open after a partial fill; dsx: being cancelled.
        return dialect == Dialect::Yobit ? "open" : dialect == Dialect::Dsx ? "canceling" : "canceled";
    }
    if (status == "7" && dialect == Dialect::Dsx) {
        return "canceled"; // rejected
    }
    return std::string(status);
}

// liqui ActiveOrders / OrderInfo (keyed by id): {"pair":"btc_usd","type":"sell","start_amount":13.345,
//  "amount":12.345,"rate":485,"timestamp_created":1342448420,"status":0} - amount is what remains; ActiveOrders
//  leaves start_amount out.
// dsx order/status and history/orders: {"pair":"btcusd","type":"buy","remainingVolume":10,"volume":10,
//  "rate":1000.0,"timestampCreated":1496670,"status":0,"orderType":"limit","deals":[trade, ...]}
Order parseOrder(const std::string& id, const JsonRef& raw, const Exchange& ex, const Market* market, Dialect dialect)
{
    market = marketOf(ex, raw, market);
    Order o;
    o.id = id.empty() ? str(raw["id"]) : OptString(id);
    o.symbol = market ? market->symbol : str(raw["pair"]).value_or("");
    o.side = str(raw["type"]);
    o.price = num(raw["rate"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status, dialect);
    }
    if (dialect == Dialect::Dsx) {
        o.timestamp = secondsToMs(raw["timestampCreated"]);
        o.type = str(raw["orderType"]);
        o.amount = num(raw["volume"]);
        o.remaining = num(raw["remainingVolume"]);
        for (const auto& deal : raw["deals"].items()) {
            o.trades.push_back(parseTrade(deal, ex, market));
        }
    } else {
        o.timestamp = secondsToMs(raw["timestamp_created"]);
        o.type = "limit";
        if (raw.has("start_amount")) {
            o.amount = num(raw["start_amount"]);
        }
        o.remaining = num(raw["amount"]);
    }
    if (o.amount && o.remaining) {
        o.filled = *o.amount - *o.remaining;
        if (o.price) {
            o.cost = *o.price * *o.filled;
        }
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"received":0.1,"remains":0,"order_id":0,"init_order_id":12345,"funds":{...}} - order_id 0: filled at once.
// dsx: {"received":0,"remains":10,"funds":{...},"orderId":1234}
Order parseCreatedOrder(const JsonRef& result, const LiquiApi& api, const Market& market, const std::string& type,
                        const std::string& side, const Decimal& amount, const OptDecimal& price, long long now)
{
    Order o;
    o.id = str(result[api.orderIdKey]);
    if (!o.id) {
        o.id = str(result["order_id"]);
    }
    o.status = "open";
    if (o.id == "0") {
        o.id = str(result["init_order_id"]);
        if (!o.id) {
            o.id = str(result["initOrderId"]);
        }
        o.status = "closed";
    }
    o.timestamp = now;
    o.symbol = market.symbol;
    o.type = type;
    o.side = side;
    o.price = price;
    o.amount = amount;
    o.filled = num(result["received"]).value_or(Decimal(0));
    o.remaining = num(result["remains"]).value_or(amount);
    if (price) {
        o.cost = *price * *o.filled;
    }
    o.info = JsonValue::fromRef(result);
    o.complete();
    return o;
}

// {"id":2,"symbol":"BTC","type":2,"name":"Bitcoin","amountPoint":8,"depositEnable":true,"depositMinAmount":0.0005,
//  "withdrawEnable":true,"withdrawFee":0.0005,"withdrawMinAmount":0.0005,"visible":true}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["symbol"].stringOr("");
    c.code = ex.commonCurrencyCode(kit::upper(c.id));
    c.name = str(raw["name"]);
    c.deposit = raw["depositEnable"].boolean().value_or(false);
    c.withdraw = raw["withdrawEnable"].boolean().value_or(false);
    c.active = raw["visible"].boolean().value_or(false) && *c.deposit && *c.withdraw;
    if (auto places = raw["amountPoint"].integer()) {
        c.precision = Decimal(*places);
    }
    c.fee = num(raw["withdrawFee"]);
    // The API spelled it withdrawMinAmout in 2019.
    c.withdrawLimits.min = num(raw["withdrawMinAmount"]);
    if (!c.withdrawLimits.min) {
        c.withdrawLimits.min = num(raw["withdrawMinAmout"]);
    }
    c.depositLimits.min = num(raw["depositMinAmount"]);
    c.info = JsonValue::fromRef(raw);
    return c;
}

std::vector<Ohlcv> ohlcvFromTrades(const std::vector<Trade>& trades, long long seconds)
{
    std::vector<Ohlcv> candles;
    const long long ms = seconds * 1000;
    if (ms <= 0) {
        return candles;
    }
    for (const auto& t : trades) {
        if (!t.timestamp || !t.price || !t.amount) {
            continue;
        }
        const long long opening = *t.timestamp / ms * ms;
        if (candles.empty() || opening >= candles.back().timestamp + ms) {
            candles.push_back({opening, t.price, t.price, t.price, t.price, t.amount});
            continue;
        }
        Ohlcv& c = candles.back();
        c.high = std::max(*c.high, *t.price);
        c.low = std::min(*c.low, *t.price);
        c.close = t.price;
        c.volume = *c.volume + *t.amount;
    }
    return candles;
}

} // namespace bourse::ex::liqui
