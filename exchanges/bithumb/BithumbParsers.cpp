// SPDX-License-Identifier: GPL-3.0-or-later
#include "BithumbParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <map>

namespace bourse::ex::bithumb {

using rest::num;
using rest::str;

namespace {

// "KRW-BTC" -> BTC/KRW: the markets cache first, else the id read as QUOTE-BASE.
std::string symbolOf(const Exchange& ex, const OptString& id, const Market* market)
{
    if (id) {
        if (const Market* known = ex.findMarketById(*id)) {
            return known->symbol;
        }
    }
    if (market) {
        return market->symbol;
    }
    if (!id) {
        return std::string();
    }
    auto dash = id->find('-');
    if (dash == std::string::npos) {
        return *id;
    }
    return ex.safeCurrencyCode(id->substr(dash + 1)) + "/" + ex.safeCurrencyCode(id->substr(0, dash));
}

const Market* marketOf(const Exchange& ex, const OptString& id, const Market* market)
{
    if (id) {
        if (const Market* known = ex.findMarketById(*id)) {
            return known;
        }
    }
    return market;
}

// Times come in Korean time with their offset ("2026-07-04T14:39:04+09:00").
OptInt timestampOf(const JsonRef& v)
{
    auto text = str(v);
    return text ? kit::iso8601WithOffset(*text) : std::nullopt;
}

} // namespace

std::optional<Market> parseMarket(const JsonRef& raw, const ExchangeDescription& description)
{
    auto id = str(raw["market"]);
    if (!id) {
        return std::nullopt;
    }
    auto dash = id->find('-');
    if (dash == std::string::npos) {
        return std::nullopt;
    }
    Market m;
    m.id = *id;
    m.quoteId = id->substr(0, dash);
    m.baseId = id->substr(dash + 1);
    auto code = [&](const std::string& currencyId) {
        const std::string upper = rest::upper(currencyId);
        auto it = description.commonCurrencies.find(upper);
        return it == description.commonCurrencies.end() ? upper : it->second;
    };
    m.base = code(m.baseId);
    m.quote = code(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    m.taker = description.tradingFees.taker;
    m.maker = description.tradingFees.maker;
    // Bithumb publishes no steps: prices take 4 significant digits, amounts 4 decimals.
    m.precision.amount = Decimal(4);
    m.precision.price = Decimal(4);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"market":"KRW-BTC","trade_timestamp":1782981333650,"opening_price":...,"high_price":...,"low_price":...,
//  "trade_price":...,"prev_closing_price":...,"signed_change_price":...,"signed_change_rate":-0.0084,
//  "acc_trade_volume_24h":...,"acc_trade_price_24h":...}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["market"]) ? str(raw["market"]) : str(raw["code"]);
    market = marketOf(ex, marketId, market);
    Ticker t;
    t.symbol = symbolOf(ex, marketId, market);
    t.timestamp = raw["trade_timestamp"].integer();
    t.close = num(raw["trade_price"]);
    t.last = t.close;
    t.open = num(raw["opening_price"]);
    t.previousClose = num(raw["prev_closing_price"]);
    t.change = num(raw["signed_change_price"]) ? num(raw["signed_change_price"]) : num(raw["change_price"]);
    // The rate is a fraction (0.0116 for +1.16 %); unified percentages are in percent. (ccxt passes the fraction on.)
    auto rate = num(raw["signed_change_rate"]) ? num(raw["signed_change_rate"]) : num(raw["change_rate"]);
    if (rate) {
        t.percentage = *rate * Decimal(100);
    }
    // Some answers say a change of 0 while open and last differ: the change is then taken from them.
    if (marketId && t.open && !t.open->isZero() && t.close && t.change && t.change->isZero()
        && !(*t.close - *t.open).isZero()) {
        t.change = *t.close - *t.open;
        t.percentage = std::nullopt;
    }
    t.high = num(raw["high_price"]);
    t.low = num(raw["low_price"]);
    // ...and some a high below the last price or a low above it.
    if (t.close && t.high && *t.close > *t.high) {
        t.high = t.close;
    }
    if (t.close && t.low && *t.close < *t.low) {
        t.low = t.close;
    }
    t.bidVolume = num(raw["acc_bid_volume"]);
    t.askVolume = num(raw["acc_ask_volume"]);
    t.baseVolume = num(raw["acc_trade_volume_24h"]);
    t.quoteVolume = num(raw["acc_trade_price_24h"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"market":"KRW-BTC","timestamp":1782807920105,"orderbook_units":[{"ask_price":..,"bid_price":..,"ask_size":..,
//  "bid_size":..}]}
OrderBook parseOrderBook(const JsonRef& raw, const Exchange& ex, const Market& market)
{
    (void)ex;
    OrderBook book;
    book.symbol = market.symbol;
    book.timestamp = raw["timestamp"].integer();
    for (const auto& unit : raw["orderbook_units"].items()) {
        auto bidPrice = num(unit["bid_price"]);
        auto bidSize = num(unit["bid_size"]);
        auto askPrice = num(unit["ask_price"]);
        auto askSize = num(unit["ask_size"]);
        if (bidPrice && bidSize) {
            book.bids.push_back({*bidPrice, *bidSize});
        }
        if (askPrice && askSize) {
            book.asks.push_back({*askPrice, *askSize});
        }
    }
    book.sort();
    return book;
}

// Public: {"market":"KRW-BTC","timestamp":1782982784329,"trade_price":..,"trade_volume":..,"ask_bid":"BID",
//  "sequential_id":..}. In an order: {"market":..,"uuid":..,"price":..,"volume":..,"funds":..,"side":"bid",
//  "created_at":"..+09:00"}.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["sequential_id"]) ? str(raw["sequential_id"]) : str(raw["uuid"]);
    t.timestamp = raw["timestamp"].integer();
    if (!t.timestamp) {
        t.timestamp = timestampOf(raw["created_at"]);
    }
    const std::string side = rest::lower(str(raw["ask_bid"]) ? *str(raw["ask_bid"]) : str(raw["side"]).value_or(""));
    if (side == "bid") {
        t.side = "buy";
    } else if (side == "ask") {
        t.side = "sell";
    }
    auto marketId = str(raw["market"]) ? str(raw["market"]) : str(raw["code"]);
    market = marketOf(ex, marketId, market);
    t.symbol = symbolOf(ex, marketId, market);
    t.price = num(raw["trade_price"]) ? num(raw["trade_price"]) : num(raw["price"]);
    t.amount = num(raw["trade_volume"]) ? num(raw["trade_volume"]) : num(raw["volume"]);
    t.cost = num(raw["funds"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"candle_date_time_utc":"2026-07-02T08:59:00","opening_price":..,"high_price":..,"low_price":..,
//  "trade_price":..,"candle_acc_trade_volume":..}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    auto utc = str(raw["candle_date_time_utc"]);
    c.timestamp = utc ? parseIso8601(*utc).value_or(0) : 0;
    c.open = num(raw["opening_price"]);
    c.high = num(raw["high_price"]);
    c.low = num(raw["low_price"]);
    c.close = num(raw["trade_price"]);
    c.volume = num(raw["candle_acc_trade_volume"]);
    return c;
}

// [{"currency":"KRW","balance":"51026","locked":"0","avg_buy_price":"0","unit_currency":"KRW"}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& entry : raw.items()) {
        auto id = str(entry["currency"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["balance"]);
        e.used = num(entry["locked"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"wait", "open"},       {"watch", "open"},   {"progress", "open"},    {"done", "closed"},
        {"cancel", "canceled"}, {"Pending", "open"}, {"Completed", "closed"}, {"Cancel", "canceled"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? std::string(status) : it->second;
}

// createOrder: {"order_id":"C0101..","market":"KRW-BTC","side":"bid","order_type":"limit","created_at":".."}
// fetchOrder(s): {"uuid":"C0101..","side":"bid","ord_type":"limit","price":"9500000","state":"wait",
//  "market":"KRW-BTC","created_at":"..","volume":"0.001","remaining_volume":"0.001","reserved_fee":"23.75",
//  "executed_volume":"0","trades":[]}
// cancelOrder: {"order_id":"C0101..","created_at":".."}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["order_id"]) ? str(raw["order_id"]) : str(raw["uuid"]);
    if (!o.id) {
        o.id = str(raw["algo_order_id"]);
    }
    o.clientOrderId = str(raw["client_order_id"]);
    o.timestamp = timestampOf(raw["created_at"]);
    const std::string side = str(raw["side"]).value_or("");
    if (side == "bid") {
        o.side = "buy";
    } else if (side == "ask") {
        o.side = "sell";
    }
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    o.price = num(raw["price"]);
    o.type = str(raw["order_type"]) ? str(raw["order_type"]) : str(raw["ord_type"]);
    // A TWAP order has no type; otherwise a price of 0 means a market order.
    if (!o.type && o.price && !raw.has("progress_count")) {
        o.type = o.price->isZero() ? "market" : "limit";
    }
    o.amount = num(raw["volume"]);
    o.remaining = num(raw["remaining_volume"]);
    if (!o.remaining) {
        if (o.status == "closed") {
            o.remaining = Decimal(0);
        } else if (o.status != "canceled") {
            o.remaining = o.amount;
        }
    }
    auto marketId = str(raw["market"]);
    market = marketOf(ex, marketId, market);
    o.symbol = symbolOf(ex, marketId, market);
    o.average = num(raw["avg_trade_price"]);
    if (auto reserved = num(raw["reserved_fee"])) {
        o.fee = Fee {reserved, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    if (auto tif = str(raw["time_in_force"])) {
        o.timeInForce = rest::upper(*tif);
        if (o.timeInForce == "POST_ONLY") {
            o.timeInForce = "PO";
            o.postOnly = true;
        }
    }
    for (const auto& rawTrade : raw["trades"].items()) {
        Trade t = parseTrade(rawTrade, ex, market);
        t.order = o.id;
        o.trades.push_back(std::move(t));
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"type":"deposit","uuid":"..","currency":"BTC","net_type":"BTC","txid":"..","state":"DEPOSIT_ACCEPTED",
//  "created_at":"..+09:00","done_at":"..","amount":"0.01","fee":"0"}; withdrawals say "withdraw".
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    static const std::map<std::string, std::string, std::less<>> deposit {
        {"DEPOSIT_PROCESSING", "pending"}, {"DEPOSIT_ACCEPTED", "ok"}, {"DEPOSIT_CANCELLED", "canceled"},
        {"PROCESSING", "pending"},         {"ACCEPTED", "ok"},         {"CANCELLED", "canceled"},
    };
    static const std::map<std::string, std::string, std::less<>> withdraw {
        {"processing", "pending"}, {"done", "ok"}, {"cancelled", "canceled"},
        {"PROCESSING", "pending"}, {"DONE", "ok"}, {"CANCELLED", "canceled"},
    };
    Transaction t;
    t.id = str(raw["uuid"]);
    t.txid = str(raw["txid"]);
    t.timestamp = timestampOf(raw["created_at"]);
    t.network = str(raw["net_type"]);
    t.amount = num(raw["amount"]);
    t.type = str(raw["type"]);
    if (auto id = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    if (auto state = str(raw["state"])) {
        const auto* table = t.type == "deposit" ? &deposit : t.type == "withdraw" ? &withdraw : nullptr;
        auto it = table ? table->find(*state) : deposit.end();
        t.status = table && it != table->end() ? it->second : *state;
    }
    t.fee = Fee {num(raw["fee"]), std::nullopt, std::nullopt};
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"currency":"BTC","net_type":"BTC","deposit_address":"3EusRwy..","secondary_address":null}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex)
{
    DepositAddress a;
    a.address = str(raw["deposit_address"]);
    if (!rest::usableAddress(a.address)) {
        throw Error(ErrorKind::InvalidAddress,
                    "bithumb has no deposit address in " + textExcerpt(raw.toJsonText(), 200));
    }
    a.currency = ex.safeCurrencyCode(raw["currency"].stringOr(""));
    a.network = str(raw["net_type"]);
    a.tag = str(raw["secondary_address"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::bithumb
