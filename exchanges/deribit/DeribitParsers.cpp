// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeribitParsers.h"

#include "common/AdapterKit.h"

namespace bourse::ex::deribit {

using kit::num;
using kit::str;

namespace {

const Market* resolve(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (auto id = str(raw["instrument_name"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            return m;
        }
    }
    return market;
}

std::string symbolOf(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    return market ? market->symbol : ex.safeSymbol(raw["instrument_name"].stringOr(""));
}

} // namespace

// {"kind":"spot","instrument_name":"BTC_USDC","base_currency":"BTC","counter_currency":"USDC",
//  "settlement_currency":null,"tick_size":1,"min_trade_amount":0.0001,"contract_size":0.0001,"is_active":true,
//  "maker_commission":0,"taker_commission":0,"creation_timestamp":1682000000000,"expiration_timestamp":...}
std::optional<Market> parseMarket(const JsonRef& raw, const Exchange& ex)
{
    if (raw["kind"].stringOr("") != "spot") {
        return std::nullopt;
    }
    Market m;
    m.id = raw["instrument_name"].stringOr("");
    m.baseId = raw["base_currency"].stringOr("");
    m.quoteId = raw["counter_currency"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["is_active"].boolean();
    m.taker = num(raw["taker_commission"]);
    m.maker = num(raw["maker_commission"]);
    m.contractSize = num(raw["contract_size"]);
    m.created = raw["creation_timestamp"].integer();
    // The smallest amount is also the amount step; the tick is the smallest price.
    m.precision.amount = num(raw["min_trade_amount"]);
    m.precision.price = num(raw["tick_size"]);
    m.limits.amount.min = m.precision.amount;
    m.limits.price.min = m.precision.price;
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"currency":"BTC","currency_long":"Bitcoin","withdrawal_fee":0.0001,"fee_precision":4,"min_confirmations":1}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["currency"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["currency_long"]);
    c.fee = num(raw["withdrawal_fee"]);
    c.type = "crypto";
    c.info = JsonValue::fromRef(raw);
    return c;
}

// ticker: {"timestamp":..,"instrument_name":"BTC_USDC","last_price":..,"best_bid_price":..,"best_bid_amount":..,
//  "best_ask_price":..,"best_ask_amount":..,"stats":{"high":..,"low":..,"volume":..,"volume_usd":..},
//  "mark_price":..,"index_price":..}; book summary: {"instrument_name":..,"creation_timestamp":..,"last":..,
//  "bid_price":..,"ask_price":..,"high":..,"low":..,"volume":..,"volume_notional":..,"mark_price":..}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Ticker t;
    t.symbol = symbolOf(ex, raw, market);
    t.timestamp = raw["timestamp"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["creation_timestamp"].integer();
    }
    JsonRef stats = raw["stats"].isObject() ? raw["stats"] : raw;
    t.high = num(stats["high"]) ? num(stats["high"]) : num(stats["max_price"]);
    t.low = num(stats["low"]) ? num(stats["low"]) : num(stats["min_price"]);
    t.bid = num(raw["best_bid_price"]) ? num(raw["best_bid_price"]) : num(raw["bid_price"]);
    t.bidVolume = num(raw["best_bid_amount"]);
    t.ask = num(raw["best_ask_price"]) ? num(raw["best_ask_price"]) : num(raw["ask_price"]);
    t.askVolume = num(raw["best_ask_amount"]);
    t.last = num(raw["last_price"]) ? num(raw["last_price"]) : num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(stats["volume"]);
    t.quoteVolume = num(stats["volume_notional"]) ? num(stats["volume_notional"]) : num(stats["volume_usd"]);
    t.markPrice = num(raw["mark_price"]);
    t.indexPrice = num(raw["index_price"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp":..,"change_id":..,"bids":[[price, amount]],"asks":[[price, amount]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = raw["timestamp"].integer();
    book.nonce = raw["change_id"].integer();
    kit::appendLevels(book.bids, raw["bids"]);
    kit::appendLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

// {"trade_id":"..","instrument_name":"BTC_USDC","timestamp":..,"direction":"buy","price":..,"amount":..,
//  "order_id":"..","order_type":"limit","liquidity":"T","fee":..,"fee_currency":"BTC"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Trade t;
    t.id = str(raw["trade_id"]);
    t.symbol = symbolOf(ex, raw, market);
    t.timestamp = raw["timestamp"].integer();
    t.side = str(raw["direction"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    if (t.price && t.amount) {
        // An inverse instrument's amount is in quote currency.
        const bool inverse = market && market->inverse == true;
        t.cost = inverse ? (t.price->isZero() ? OptDecimal() : OptDecimal(*t.amount / *t.price)) : *t.amount * *t.price;
    }
    if (auto liquidity = str(raw["liquidity"])) {
        t.takerOrMaker = *liquidity == "M" ? "maker" : "taker";
    }
    t.order = str(raw["order_id"]);
    t.type = str(raw["order_type"]);
    if (auto fee = num(raw["fee"])) {
        auto ccy = str(raw["fee_currency"]);
        t.fee = Fee {fee, ccy ? OptString(ex.safeCurrencyCode(*ccy)) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

std::vector<Ohlcv> parseOhlcvs(const JsonRef& raw)
{
    std::vector<Ohlcv> rows;
    JsonRef ticks = raw["ticks"];
    for (size_t i = 0; i < ticks.size(); ++i) {
        Ohlcv c;
        c.timestamp = ticks[i].integer().value_or(0);
        c.open = num(raw["open"][i]);
        c.high = num(raw["high"][i]);
        c.low = num(raw["low"][i]);
        c.close = num(raw["close"][i]);
        c.volume = num(raw["volume"][i]);
        rows.push_back(c);
    }
    return rows;
}

// {"currency":"BTC","equity":..,"available_funds":..,"maintenance_margin":..,...}
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    auto read = [&](const JsonRef& summary) {
        auto id = str(summary["currency"]);
        if (!id) {
            return;
        }
        BalanceEntry e;
        e.free = num(summary["available_funds"]);
        e.used = num(summary["maintenance_margin"]);
        e.total = num(summary["equity"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    };
    if (raw.has("summaries")) {
        for (const auto& s : raw["summaries"].items()) {
            read(s);
        }
    } else {
        read(raw);
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

// {"order_id":"..","instrument_name":"BTC_USDC","creation_timestamp":..,"last_update_timestamp":..,
//  "direction":"buy","order_type":"limit","order_state":"open","price":25000,"amount":0.0002,
//  "filled_amount":0,"average_price":0,"commission":0,"time_in_force":"good_til_cancelled","post_only":false}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"open", "open"},         {"cancelled", "canceled"}, {"filled", "closed"},
        {"rejected", "rejected"}, {"untriggered", "open"},
    };
    static const std::map<std::string, std::string, std::less<>> timesInForce {
        {"good_til_cancelled", "GTC"}, {"fill_or_kill", "FOK"}, {"immediate_or_cancel", "IOC"}};
    market = resolve(ex, raw, market);
    Order o;
    o.id = str(raw["order_id"]);
    o.symbol = symbolOf(ex, raw, market);
    o.timestamp = raw["creation_timestamp"].integer();
    auto priceText = str(raw["price"]);
    if (priceText != "market_price") {
        o.price = num(priceText);
    }
    o.average = num(raw["average_price"]);
    o.filled = num(raw["filled_amount"]);
    o.amount = num(raw["amount"]);
    if (o.filled && o.average) {
        o.cost = *o.filled * *o.average;
        if (market && market->inverse == true && !o.average->isZero() && o.amount) {
            o.cost = *o.amount / *o.average;
        }
    }
    if (o.filled && o.filled->sign() > 0) {
        o.lastTradeTimestamp = raw["last_update_timestamp"].integer();
    }
    if (auto state = str(raw["order_state"])) {
        auto it = statuses.find(*state);
        o.status = it == statuses.end() ? *state : it->second;
    }
    if (auto side = str(raw["direction"])) {
        o.side = kit::lower(*side);
    }
    if (auto commission = num(raw["commission"])) {
        o.fee = Fee {commission->abs(), market ? OptString(market->base) : std::nullopt, std::nullopt};
    }
    if (auto type = str(raw["order_type"])) {
        if (*type == "stop_limit" || *type == "take_limit") {
            o.type = "limit";
        } else if (*type == "stop_market" || *type == "take_market") {
            o.type = "market";
        } else {
            o.type = *type;
        }
    }
    if (auto tif = str(raw["time_in_force"])) {
        auto it = timesInForce.find(*tif);
        o.timeInForce = it == timesInForce.end() ? *tif : it->second;
    }
    o.postOnly = raw["post_only"].boolean();
    o.triggerPrice = num(raw["stop_price"]);
    for (const auto& rawTrade : raw["trades"].items()) {
        o.trades.push_back(parseTrade(rawTrade, ex, market));
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"address":"..","amount":0.5,"currency":"BTC","received_timestamp":..,"state":"completed",
//  "transaction_id":"..","updated_timestamp":..}; withdrawals add "id", "created_timestamp" and "fee".
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    if (auto id = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    t.timestamp = raw["created_timestamp"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["received_timestamp"].integer();
    }
    t.updated = raw["updated_timestamp"].integer();
    if (auto state = str(raw["state"])) {
        t.status = *state == "completed" ? "ok" : *state == "unconfirmed" ? "pending" : *state;
    }
    t.address = str(raw["address"]);
    t.addressTo = t.address;
    t.type = "deposit";
    if (auto fee = num(raw["fee"])) {
        t.type = "withdrawal";
        t.fee = Fee {fee, t.currency, std::nullopt};
    }
    t.id = str(raw["id"]);
    t.txid = str(raw["transaction_id"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::deribit
