// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpbitParsers.h"

#include "common/AdapterKit.h"

#include <algorithm>

namespace bourse::ex::upbit {

using kit::num;
using kit::str;

namespace {

const Market* marketOf(const Exchange& ex, const JsonRef& raw, const char* key, const char* altKey = nullptr)
{
    auto id = str(raw[key]);
    if (!id && altKey) {
        id = str(raw[altKey]);
    }
    return id ? ex.findMarketById(*id) : nullptr;
}

// "USDT-BTC" -> BTC/USDT, for an id the markets cache does not know.
std::string symbolOf(const Exchange& ex, const OptString& id, const Market* market)
{
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

OptDecimal maxOf(const OptDecimal& a, const OptDecimal& b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return std::max(*a, *b);
}

OptInt timestampOf(const JsonRef& v)
{
    auto text = str(v);
    return text ? kit::iso8601WithOffset(*text) : std::nullopt;
}

} // namespace

Market parseMarket(const JsonRef& raw, const ExchangeDescription& description)
{
    Market m;
    m.id = raw["market"].stringOr("");
    if (m.id.empty()) {
        throw Error(ErrorKind::ExchangeError, "upbit parseMarket() missing id");
    }
    auto dash = m.id.find('-');
    m.quoteId = m.id.substr(0, dash);
    m.baseId = dash == std::string::npos ? std::string() : m.id.substr(dash + 1);
    auto code = [&](const std::string& id) {
        auto it = description.commonCurrencies.find(kit::upper(id));
        return it == description.commonCurrencies.end() ? kit::upper(id) : it->second;
    };
    m.base = code(m.baseId);
    m.quote = code(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    // KRW markets charge 0.05 %, the others the description's 0.25 %.
    const Decimal fee = m.quote == "KRW" ? *Decimal::parse("0.0005") : description.tradingFees.taker;
    m.taker = fee;
    m.maker = m.quote == "KRW" ? fee : description.tradingFees.maker;
    // Upbit publishes no steps per market; its order entry takes 8 decimals.
    m.precision.price = *Decimal::parse("1e-8");
    m.precision.amount = *Decimal::parse("1e-8");
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"market":"KRW-BTC","trade_timestamp":1700000000000,"opening_price":...,"high_price":...,"low_price":...,
//  "trade_price":...,"prev_closing_price":...,"signed_change_price":...,"signed_change_rate":0.0123,
//  "acc_trade_volume_24h":...,"acc_trade_price_24h":...}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex)
{
    const Market* market = marketOf(ex, raw, "market", "code");
    Ticker t;
    t.symbol = symbolOf(ex, str(raw["market"]) ? str(raw["market"]) : str(raw["code"]), market);
    t.timestamp = raw["trade_timestamp"].integer();
    t.high = num(raw["high_price"]);
    t.low = num(raw["low_price"]);
    t.open = num(raw["opening_price"]);
    t.last = num(raw["trade_price"]);
    t.close = t.last;
    t.previousClose = num(raw["prev_closing_price"]);
    t.change = num(raw["signed_change_price"]);
    if (auto rate = num(raw["signed_change_rate"])) {
        t.percentage = *rate * Decimal(100);
    }
    t.baseVolume = num(raw["acc_trade_volume_24h"]);
    t.quoteVolume = num(raw["acc_trade_price_24h"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"market":"KRW-BTC","timestamp":1700000000000,"orderbook_units":[{"ask_price":..,"bid_price":..,
//  "ask_size":..,"bid_size":..}]}
OrderBook parseOrderBook(const JsonRef& raw, const Exchange& ex)
{
    OrderBook book;
    book.symbol = symbolOf(ex, str(raw["market"]), marketOf(ex, raw, "market"));
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

// Public: {"market":"KRW-BTC","timestamp":..,"trade_price":..,"trade_volume":..,"ask_bid":"BID","sequential_id":..}
// In an order: {"market":"KRW-BTC","uuid":"..","price":"..","volume":"..","funds":"..","side":"bid",
//  "created_at":"2018-04-10T15:51:12+09:00"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["sequential_id"]) ? str(raw["sequential_id"]) : str(raw["uuid"]);
    t.timestamp = raw["timestamp"].integer();
    if (!t.timestamp) {
        t.timestamp = timestampOf(raw["created_at"]);
    }
    std::string askOrBid = kit::lower(str(raw["ask_bid"]) ? *str(raw["ask_bid"]) : str(raw["side"]).value_or(""));
    if (askOrBid == "ask") {
        t.side = "sell";
    } else if (askOrBid == "bid") {
        t.side = "buy";
    }
    t.cost = num(raw["funds"]);
    t.price = num(raw["trade_price"]) ? num(raw["trade_price"]) : num(raw["price"]);
    t.amount = num(raw["trade_volume"]) ? num(raw["trade_volume"]) : num(raw["volume"]);
    OptString marketId = str(raw["market"]) ? str(raw["market"]) : str(raw["code"]);
    if (marketId) {
        if (const Market* m = ex.findMarketById(*marketId)) {
            market = m;
        }
    }
    t.symbol = symbolOf(ex, marketId, market);
    if (auto feeCost = num(raw[askOrBid + "_fee"])) {
        t.fee = Fee {feeCost, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"candle_date_time_utc":"2018-04-18T00:00:00","opening_price":..,"high_price":..,"low_price":..,
//  "trade_price":..,"candle_acc_trade_volume":..}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = timestampOf(raw["candle_date_time_utc"]).value_or(0);
    c.open = num(raw["opening_price"]);
    c.high = num(raw["high_price"]);
    c.low = num(raw["low_price"]);
    c.close = num(raw["trade_price"]);
    c.volume = num(raw["candle_acc_trade_volume"]);
    return c;
}

// [{"currency":"KRW","balance":"1000000.0","locked":"0.0","avg_buy_price":"0","unit_currency":"KRW"}]
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
    if (status == "wait" || status == "watch") {
        return "open";
    }
    if (status == "done") {
        return "closed";
    }
    if (status == "cancel") {
        return "canceled";
    }
    return std::string(status);
}

// {"uuid":"..","side":"bid","ord_type":"limit","price":"4280000.0","state":"done","market":"KRW-BTC",
//  "created_at":"2018-04-10T15:42:23+09:00","volume":"1.0","remaining_volume":"0.0","paid_fee":"2140.0",
//  "executed_volume":"1.0","trades":[...]}. A market buy (ord_type "price") gives its cost as `price`.
Order parseOrder(const JsonRef& raw, const Exchange& ex)
{
    Order o;
    o.id = str(raw["uuid"]);
    std::string side = kit::lower(str(raw["side"]).value_or(""));
    o.side = side == "bid" ? OptString("buy") : side == "ask" ? OptString("sell") : str(raw["side"]);
    o.clientOrderId = str(raw["identifier"]);
    o.type = str(raw["ord_type"]);
    o.timestamp = timestampOf(raw["created_at"]);
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    o.price = num(raw["price"]);
    o.amount = num(raw["volume"]);
    o.remaining = num(raw["remaining_volume"]);
    o.filled = num(raw["executed_volume"]);
    if (o.type == "price") {
        o.type = "market";
        o.cost = o.price;
        o.price = std::nullopt;
    }
    if (auto tif = str(raw["time_in_force"])) {
        o.timeInForce = kit::upper(*tif);
    }
    auto marketId = str(raw["market"]);
    const Market* market = marketId ? ex.findMarketById(*marketId) : nullptr;
    o.symbol = symbolOf(ex, marketId, market);
    OptDecimal feeCost = num(raw["paid_fee"]);
    for (const auto& rawTrade : raw["trades"].items()) {
        Trade t = parseTrade(rawTrade, ex, market);
        t.order = o.id;
        t.type = o.type;
        o.trades.push_back(std::move(t));
    }
    if (!o.trades.empty()) {
        o.lastTradeTimestamp = o.trades.back().timestamp;
        const bool feesFromTrades = !feeCost;
        Decimal cost;
        Decimal fees;
        for (const auto& t : o.trades) {
            cost += t.cost.value_or(Decimal());
            if (t.fee && t.fee->cost) {
                fees += *t.fee->cost;
            }
        }
        if (feesFromTrades) {
            feeCost = fees;
        }
        o.cost = cost;
        if (o.filled && !o.filled->isZero()) {
            o.average = cost / *o.filled;
        }
    }
    if (feeCost) {
        o.fee = Fee {feeCost, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"type":"deposit","uuid":"..","currency":"KRW","txid":"..","state":"ACCEPTED","created_at":"..",
//  "done_at":"..","amount":"10000.0","fee":"0.0"}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"submitting", "pending"},
        {"submitted", "pending"},
        {"almost_accepted", "pending"},
        {"rejected", "failed"},
        {"accepted", "ok"},
        {"processing", "pending"},
        {"done", "ok"},
        {"canceled", "canceled"},
    };
    Transaction t;
    t.id = str(raw["uuid"]);
    auto currencyId = str(raw["currency"]);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    t.amount = num(raw["amount"]);
    if (auto state = str(raw["state"])) {
        std::string s = kit::lower(*state);
        auto it = statuses.find(s);
        t.status = it == statuses.end() ? s : it->second;
    }
    t.type = str(raw["type"]);
    if (t.type == "withdraw") {
        t.type = "withdrawal";
    }
    t.updated = timestampOf(raw["done_at"]);
    t.timestamp = timestampOf(raw["created_at"]);
    if (!t.timestamp) {
        t.timestamp = t.updated;
    }
    t.txid = str(raw["txid"]);
    t.fee = Fee {num(raw["fee"]), t.currency, std::nullopt};
    t.info = JsonValue::fromRef(raw);
    return t;
}

TradingFee parseTradingFee(const JsonRef& raw, const std::string& symbol)
{
    TradingFee f;
    f.symbol = symbol;
    f.taker = maxOf(num(raw["ask_fee"]), num(raw["bid_fee"]));
    f.maker = maxOf(num(raw["maker_ask_fee"]), num(raw["maker_bid_fee"]));
    f.percentage = true;
    f.tierBased = false;
    f.info = JsonValue::fromRef(raw);
    return f;
}

// {"currency":"BTC","net_type":"BTC","deposit_address":"3EusRwybuZUhVDeHL7gh3HSLmbhLcy7NqD","secondary_address":null}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex)
{
    DepositAddress a;
    a.address = str(raw["deposit_address"]);
    if (!a.address) {
        throw Error(ErrorKind::InvalidAddress, "upbit has no deposit address in " + textExcerpt(raw.toJsonText(), 200));
    }
    a.tag = str(raw["secondary_address"]);
    a.currency = ex.safeCurrencyCode(raw["currency"].stringOr(""));
    a.network = str(raw["net_type"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::upbit
