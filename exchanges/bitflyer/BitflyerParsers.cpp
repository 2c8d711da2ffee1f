// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitflyerParsers.h"

#include "common/AdapterKit.h"

namespace bourse::ex::bitflyer {

using kit::num;
using kit::str;

namespace {

// bitFlyer writes UTC times without the "Z" ("2015-07-08T02:50:59.97").
OptInt utcTime(const JsonRef& v)
{
    auto text = str(v);
    if (!text) {
        return std::nullopt;
    }
    std::string t = *text;
    if (t.back() != 'Z' && t.find('+', 19) == std::string::npos) {
        t += 'Z';
    }
    return parseIso8601(t);
}

OptString lowerText(const JsonRef& v)
{
    auto s = str(v);
    return s ? OptString(kit::lower(*s)) : std::nullopt;
}

} // namespace

std::optional<Market> parseMarket(const JsonRef& raw, const Exchange& ex)
{
    const std::string id = raw["product_code"].stringOr("");
    const std::string type = raw["market_type"].stringOr("Spot");
    const auto underscore = id.find('_');
    // Spot products are BASE_QUOTE; FX_BTC_JPY and the dated futures are not spot.
    if (type != "Spot" || underscore == std::string::npos || id.find('_', underscore + 1) != std::string::npos) {
        return std::nullopt;
    }
    Market m;
    m.id = id;
    m.baseId = id.substr(0, underscore);
    m.quoteId = id.substr(underscore + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue::fromRef(raw);
    return m;
}

Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = utcTime(raw["timestamp"]);
    t.bid = num(raw["best_bid"]);
    t.bidVolume = num(raw["best_bid_size"]);
    t.ask = num(raw["best_ask"]);
    t.askVolume = num(raw["best_ask_size"]);
    t.last = num(raw["ltp"]);
    t.close = t.last;
    // "volume" counts every product's trades in the base currency; volume_by_product is this market's.
    t.baseVolume = num(raw["volume_by_product"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, raw["bids"], "price", "size");
    kit::appendLevels(book.asks, raw["asks"], "price", "size");
    book.sort();
    return book;
}

Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    t.timestamp = utcTime(raw["exec_date"]);
    t.symbol = market.symbol;
    t.side = lowerText(raw["side"]);
    // A public execution names both orders; the taker's side tells which one is this trade's.
    if (t.side) {
        t.order = str(raw[*t.side + "_child_order_acceptance_id"]);
    }
    if (!t.order) {
        t.order = str(raw["child_order_acceptance_id"]);
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["size"]);
    // An own execution's commission is taken in the base currency.
    if (auto commission = num(raw["commission"])) {
        Fee fee;
        fee.cost = commission;
        fee.currency = market.base;
        t.fee = fee;
    }
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    for (const auto& entry : raw.items()) {
        auto id = str(entry["currency_code"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.total = num(entry["amount"]);
        e.free = num(entry["available"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view state)
{
    if (state == "ACTIVE") {
        return "open";
    }
    if (state == "COMPLETED") {
        return "closed";
    }
    if (state == "CANCELED" || state == "EXPIRED" || state == "REJECTED") {
        return "canceled";
    }
    return std::string(state);
}

Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    o.id = str(raw["child_order_acceptance_id"]);
    o.timestamp = utcTime(raw["child_order_date"]);
    if (auto id = str(raw["product_code"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            market = m;
        }
    }
    o.symbol = market ? market->symbol : ex.safeSymbol(raw["product_code"].stringOr(""));
    o.type = lowerText(raw["child_order_type"]);
    o.side = lowerText(raw["side"]);
    o.price = num(raw["price"]);
    o.amount = num(raw["size"]);
    o.filled = num(raw["executed_size"]);
    o.remaining = num(raw["outstanding_size"]);
    o.average = num(raw["average_price"]);
    if (auto state = str(raw["child_order_state"])) {
        o.status = parseOrderStatus(*state);
    }
    if (auto commission = num(raw["total_commission"])) {
        Fee fee;
        fee.cost = commission;
        o.fee = fee;
    }
    o.complete();
    return o;
}

Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    if (!t.id) {
        t.id = str(raw["message_id"]);
    }
    t.txid = str(raw["tx_hash"]);
    t.timestamp = utcTime(raw["event_date"]);
    t.address = str(raw["address"]);
    t.addressTo = t.address;
    t.amount = num(raw["amount"]);
    if (auto id = str(raw["currency_code"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    const std::string status = raw["status"].stringOr("");
    t.status = status == "PENDING" ? "pending" : status == "COMPLETED" ? "ok" : status;
    if (status.empty()) {
        t.status.reset();
    }
    if (raw.has("fee")) {
        t.type = "withdrawal";
        Fee fee;
        fee.cost = num(raw["fee"]).value_or(Decimal(0)) + num(raw["additional_fee"]).value_or(Decimal(0));
        fee.currency = t.currency;
        t.fee = fee;
    } else {
        t.type = "deposit";
    }
    return t;
}

} // namespace bourse::ex::bitflyer
