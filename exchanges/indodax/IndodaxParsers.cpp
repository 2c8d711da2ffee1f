// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndodaxParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::indodax {

using rest::num;
using rest::str;

namespace {

OptInt secondsToMs(const JsonRef& v)
{
    auto s = v.integer();
    return s ? OptInt(*s * 1000) : std::nullopt;
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["id"].stringOr("");
    m.baseId = raw["traded_currency"].stringOr("");
    m.quoteId = raw["base_currency"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["is_maintenance"].integer().value_or(0) == 0;
    // The fees are given in percent (0.3 is 0.3 %); ccxt 4.5.84 passes the percent through as the fraction.
    auto percent = [](const OptDecimal& v) { return v ? OptDecimal(v->divided(Decimal(100))) : std::nullopt; };
    m.taker = percent(num(raw["trade_fee_percent_taker"]));
    if (!m.taker) {
        m.taker = percent(num(raw["trade_fee_percent"]));
    }
    m.maker = percent(num(raw["trade_fee_percent_maker"]));
    m.percentage = true;
    m.precision.amount = *Decimal::parse("1e-8");
    m.precision.price = rest::precisionFromDecimals(raw["price_round"]);
    m.precision.cost = rest::precisionFromDecimals(raw["volume_precision"]);
    m.limits.amount.min = num(raw["trade_min_traded_currency"]);
    m.limits.price.min = num(raw["trade_min_base_currency"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

Ticker parseTicker(const JsonRef& raw, const Market* market)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    t.timestamp = secondsToMs(raw["server_time"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    if (market) {
        // The volumes are keyed by currency id: vol_btc (base) and vol_idr (quote).
        t.baseVolume = num(raw["vol_" + kit::lower(market->baseId)]);
        t.quoteVolume = num(raw["vol_" + kit::lower(market->quoteId)]);
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"buy":[[price, amount],..],"sell":[[price, amount],..]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, raw["buy"]);
    kit::appendLevels(book.asks, raw["sell"]);
    book.sort();
    return book;
}

// {"date":"1710328244","price":"73302","amount":"0.01","tid":"12345","type":"buy"}
Trade parseTrade(const JsonRef& raw, const Market* market)
{
    Trade t;
    t.id = str(raw["tid"]);
    t.timestamp = secondsToMs(raw["date"]);
    t.symbol = market ? market->symbol : std::string();
    t.side = str(raw["type"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"Time":1700000000,"Open":..,"High":..,"Low":..,"Close":..,"Volume":".."}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = secondsToMs(raw["Time"]).value_or(0);
    c.open = num(raw["Open"]);
    c.high = num(raw["High"]);
    c.low = num(raw["Low"]);
    c.close = num(raw["Close"]);
    c.volume = num(raw["Volume"]);
    return c;
}

// getInfo's "return": {"server_time":1700000000,"balance":{"idr":"1000","btc":"0.1"},
//  "balance_hold":{"idr":"0","btc":"0.05"},"address":{..},"network":{..}}
Balance parseBalance(const JsonRef& result, const Exchange& ex)
{
    Balance b;
    b.timestamp = secondsToMs(result["server_time"]);
    JsonRef hold = result["balance_hold"];
    for (const auto& member : result["balance"].members()) {
        BalanceEntry e;
        e.free = num(member.value);
        e.used = num(hold[member.key]);
        b.currencies[ex.safeCurrencyCode(member.key)] = e;
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "filled") {
        return "closed";
    }
    if (status == "cancelled") {
        return "canceled";
    }
    return std::string(status);
}

// {"order_id":"94425","client_order_id":"..","submit_time":"1524799950","price":"1000000","type":"buy",
//  "order_idr":"1000000","remain_idr":"1000000","status":"open"} (a buy names the rupiah to spend; a sell
//  "order_btc"/"remain_btc"). IDR markets may say "rp" for the rupiah.
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["pair"]);
    if (!market && marketId) {
        market = ex.findMarketById(*marketId);
    }
    Order o;
    o.id = str(raw["order_id"]);
    o.clientOrderId = str(raw["client_order_id"]);
    o.timestamp = raw["submit_time"].integer();
    o.type = "limit";
    o.side = str(raw["type"]);
    o.price = num(raw["price"]);
    o.status = parseOrderStatus(str(raw["status"]).value_or("open"));
    if (market) {
        o.symbol = market->symbol;
        std::string quoteId = market->quoteId;
        std::string baseId = market->baseId;
        if (quoteId == "idr" && raw.has("order_rp")) {
            quoteId = "rp";
        }
        if (baseId == "idr" && raw.has("remain_rp")) {
            baseId = "rp";
        }
        o.cost = num(raw["order_" + quoteId]);
        o.amount = num(raw["order_" + baseId]);
        o.remaining = num(raw["remain_" + baseId]);
        o.filled = num(raw["receive_" + baseId]);
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// Withdrawal: {"status":"success","type":"coupon","rp":"115205","fee":"500","amount":"114705",
//  "submit_time":"1539844166","success_time":"1539844189","withdraw_id":"1783717","tx":"..."}
// Deposit: {"status":"success","btc":"0.00118769","amount":"0.00118769","success_time":"1539529208",
//  "deposit_id":"3602369","tx":"c816aeb3..."}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const std::string& currencyId, bool deposit)
{
    Transaction t;
    t.id = str(raw[deposit ? "deposit_id" : "withdraw_id"]);
    t.txid = str(raw["txid"]);
    if (!t.txid) {
        t.txid = str(raw["tx"]);
    }
    t.timestamp = secondsToMs(raw["success_time"]);
    if (!t.timestamp) {
        t.timestamp = secondsToMs(raw["submit_time"]);
    }
    t.address = str(raw["withdraw_address"]);
    for (const char* key : {"amount", "withdraw_amount", "deposit_amount"}) {
        if (!t.amount) {
            t.amount = num(raw[key]);
        }
    }
    t.type = deposit ? "deposit" : "withdrawal";
    t.currency = ex.safeCurrencyCode(currencyId);
    if (auto status = str(raw["status"])) {
        t.status = *status == "success" ? "ok" : *status;
    }
    t.comment = str(raw["withdraw_memo"]);
    if (auto fee = num(raw["fee"])) {
        t.fee = Fee {fee, t.currency, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::indodax
