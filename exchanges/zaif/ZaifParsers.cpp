// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZaifParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"
#include "jpkit/PairBook.h"

namespace bourse::ex::zaif {

using kit::num;
using kit::str;

namespace {

const Market* marketOf(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto id = str(raw["currency_pair"]);
    if (const Market* m = id ? ex.findMarketById(*id) : nullptr) {
        return m;
    }
    return market;
}

std::string symbolOf(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    if (market) {
        return market->symbol;
    }
    auto id = str(raw["currency_pair"]);
    return id ? ex.safeSymbol(*id) : std::string();
}

// Zaif's sides: bid buys, ask sells.
OptString side(const JsonRef& v)
{
    auto s = str(v);
    if (!s) {
        return std::nullopt;
    }
    return std::string(*s == "bid" ? "buy" : "sell");
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["currency_pair"].stringOr("");
    // The display name carries the two currencies ("BTC/JPY"); the pair id may hold token names that do not split.
    const std::string name = raw["name"].stringOr("");
    const auto slash = name.find('/');
    if (slash == std::string::npos) {
        throw Error(ErrorKind::BadResponse, "zaif market without a BASE/QUOTE name: " + m.id);
    }
    m.baseId = name.substr(0, slash);
    m.quoteId = name.substr(slash + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.precision.amount = num(raw["item_unit_step"]);
    m.precision.price = rest::precisionFromDecimals(raw["aux_unit_point"]);
    m.limits.amount.min = num(raw["item_unit_min"]);
    m.limits.price.min = num(raw["aux_unit_min"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.vwap = num(raw["vwap"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["volume"]);
    if (t.baseVolume && t.vwap) {
        t.quoteVolume = *t.baseVolume * *t.vwap;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    return jpkit::parsePairBook(raw, symbol);
}

Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(raw, ex, market);
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    if (!t.id) {
        t.id = str(raw["tid"]);
    }
    if (auto seconds = raw["date"].integer()) {
        t.timestamp = *seconds * 1000;
    }
    t.symbol = symbolOf(raw, ex, market);
    t.side = side(raw["trade_type"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    JsonRef data = raw["return"];
    JsonRef deposit = data["deposit"];
    for (const auto& member : data["funds"].members()) {
        BalanceEntry e;
        e.free = num(member.value);
        e.total = e.free;
        if (deposit.isObject() && deposit.has(member.key)) {
            e.total = num(deposit[member.key]);
        }
        b.currencies[ex.safeCurrencyCode(member.key)] = e;
    }
    b.complete();
    return b;
}

Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market, const std::string& id,
                 const char* status)
{
    market = marketOf(raw, ex, market);
    Order o;
    o.info = JsonValue::fromRef(raw);
    o.id = str(raw["id"]);
    if (!o.id) {
        o.id = str(raw["order_id"]);
    }
    if (!o.id && !id.empty()) {
        o.id = id;
    }
    if (auto seconds = raw["timestamp"].integer()) {
        o.timestamp = *seconds * 1000;
    }
    o.symbol = symbolOf(raw, ex, market);
    o.status = status;
    o.type = "limit"; // Zaif takes limit orders only
    o.side = side(raw["action"]);
    o.price = num(raw["price"]);
    o.amount = num(raw["amount"]);
    o.complete();
    return o;
}

} // namespace bourse::ex::zaif
