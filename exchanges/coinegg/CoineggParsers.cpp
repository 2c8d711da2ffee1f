// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoineggParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::coinegg {

using rest::num;
using rest::str;

Market parseMarket(const std::string& baseId, const std::string& quoteId, const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = baseId + quoteId;
    m.baseId = baseId;
    m.quoteId = quoteId;
    m.base = ex.safeCurrencyCode(kit::upper(baseId));
    m.quote = ex.safeCurrencyCode(kit::upper(quoteId));
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    // The API gives no precision or limits: 8 decimals of amount and price, as 2019 ccxt assumed.
    m.precision.amount = Decimal(8);
    m.precision.price = Decimal(8);
    m.limits.amount.min = Decimal::pow10(-8);
    m.limits.amount.max = Decimal::pow10(8);
    m.limits.price.min = Decimal::pow10(-8);
    m.limits.price.max = Decimal::pow10(8);
    m.info = JsonValue::fromRef(raw);
    return m;
}

namespace {

// change is the 24 h change in percent of the open: open = last / (1 + change / 100).
Ticker buildTicker(const Market& market, long long now, OptDecimal high, OptDecimal low, OptDecimal bid, OptDecimal ask,
                   OptDecimal last, OptDecimal change, OptDecimal baseVolume, OptDecimal quoteVolume)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = now;
    t.high = high;
    t.low = low;
    t.bid = bid;
    t.ask = ask;
    t.last = last;
    t.percentage = change;
    if (last && change) {
        const Decimal base = Decimal(1) + change->divided(Decimal(100));
        if (!base.isZero()) {
            t.open = last->divided(base);
        }
    }
    t.baseVolume = baseVolume;
    t.quoteVolume = quoteVolume;
    t.complete(&market);
    return t;
}

} // namespace

Ticker parseTicker(const JsonRef& raw, const Market& market, long long now)
{
    Ticker t = buildTicker(market, now, num(raw["high"]), num(raw["low"]), num(raw["buy"]), num(raw["sell"]),
                           num(raw["last"]), num(raw["change"]), num(raw["vol"]), num(raw["quoteVol"]));
    t.info = JsonValue::fromRef(raw);
    return t;
}

Ticker parseAllcoinTicker(const JsonRef& raw, const Market& market, long long now)
{
    Ticker t = buildTicker(market, now, num(raw[4]), num(raw[5]), num(raw[2]), num(raw[3]), num(raw[1]), num(raw[8]),
                           num(raw[6]), num(raw[7]));
    t.info = JsonValue::fromRef(raw);
    return t;
}

Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.id = str(raw["tid"]);
    if (auto seconds = raw["date"].integer()) {
        t.timestamp = *seconds * 1000;
    }
    t.symbol = market.symbol;
    t.type = "limit";
    auto side = str(raw["type"]).value_or("");
    if (side == "buy" || side == "sell") {
        t.side = side;
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& data, const Exchange& ex)
{
    Balance b;
    for (const auto& member : data.members()) {
        const std::string key(member.key);
        const auto cut = key.rfind('_');
        if (cut == std::string::npos) {
            continue; // uid
        }
        const std::string part = key.substr(cut + 1);
        if (part != "balance" && part != "lock") {
            continue;
        }
        BalanceEntry& e = b.currencies[ex.safeCurrencyCode(kit::upper(key.substr(0, cut)))];
        (part == "lock" ? e.used : e.free) = num(member.value);
    }
    for (auto& [code, e] : b.currencies) {
        e.total = e.free.value_or(Decimal(0)) + e.used.value_or(Decimal(0));
    }
    b.info = JsonValue::fromRef(data);
    b.complete();
    return b;
}

Order parseOrder(const JsonRef& raw, const Market& market)
{
    Order o;
    o.id = str(raw["id"]);
    // "2019-02-12 19:30:00", read as UTC as 2019 ccxt did (the documentation names no zone).
    if (auto when = str(raw["datetime"])) {
        o.timestamp = parseIso8601(*when);
    }
    o.symbol = market.symbol;
    o.type = "limit";
    auto side = str(raw["type"]).value_or("");
    if (side == "buy" || side == "sell") {
        o.side = side;
    }
    o.price = num(raw["price"]);
    o.amount = num(raw["amount_original"]);
    o.remaining = num(raw["amount_outstanding"]);
    if (o.amount && o.remaining) {
        o.filled = *o.amount - *o.remaining;
    }
    const auto status = str(raw["status"]).value_or("");
    if (status == "cancelled" || status == "canceled") {
        o.status = "canceled";
    } else if (status == "open" || status == "closed") {
        o.status = status;
    } else if (o.remaining) {
        o.status = o.remaining->isZero() ? "closed" : "open";
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::coinegg
