// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtcboxParsers.h"

#include "common/AdapterKit.h"
#include "jpkit/PairBook.h"

namespace bourse::ex::btcbox {

using kit::num;
using kit::str;

Market parseMarket(std::string_view key, const JsonRef& ticker, const Exchange& ex)
{
    const std::string name(key);
    const auto underscore = name.find('_');
    const std::string baseId = kit::lower(name.substr(0, underscore));
    const std::string quoteId = underscore == std::string::npos ? "jpy" : kit::lower(name.substr(underscore + 1));
    Market m;
    m.id = baseId;
    m.baseId = baseId;
    m.quoteId = quoteId;
    m.base = ex.safeCurrencyCode(baseId);
    m.quote = ex.safeCurrencyCode(quoteId);
    m.symbol = m.base + "/" + m.quote;
    // Bitcoin trades at the lower rate.
    const Decimal fee = *Decimal::parse(baseId == "btc" ? "0.0005" : "0.001");
    m.taker = fee;
    m.maker = fee;
    m.info = JsonValue::fromRef(ticker);
    return m;
}

Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["vol"]);
    t.quoteVolume = num(raw["volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    return jpkit::parsePairBook(raw, symbol);
}

Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["tid"]);
    if (auto seconds = raw["date"].integer()) {
        t.timestamp = *seconds * 1000;
    }
    t.symbol = market.symbol;
    t.side = str(raw["type"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    constexpr std::string_view suffix = "_balance";
    for (const auto& member : raw.members()) {
        if (member.key.size() <= suffix.size() || !member.key.ends_with(suffix)) {
            continue;
        }
        const std::string id(member.key.substr(0, member.key.size() - suffix.size()));
        BalanceEntry e;
        e.free = num(member.value);
        e.used = num(raw[id + "_lock"]);
        b.currencies[ex.safeCurrencyCode(id)] = e;
    }
    b.complete();
    return b;
}

OptString parseOrderStatus(const OptString& status)
{
    if (!status) {
        return std::nullopt;
    }
    // part: not or partly filled; all: filled; "closed" and "no" appear in the docs for finished orders.
    if (*status == "part") {
        return std::string("open");
    }
    if (*status == "all" || *status == "closed" || *status == "no") {
        return std::string("closed");
    }
    if (*status == "cancelled") {
        return std::string("canceled");
    }
    return status;
}

Order parseOrder(const JsonRef& raw, const Market& market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    o.id = str(raw["id"]);
    // "2014-10-21 10:47:20" in Tokyo time.
    if (auto datetime = str(raw["datetime"])) {
        std::string text = *datetime;
        if (text.size() > 10 && text[10] == ' ') {
            text[10] = 'T';
        }
        o.timestamp = kit::iso8601WithOffset(text + "+09:00");
    }
    o.symbol = market.symbol;
    o.side = str(raw["type"]);
    o.price = num(raw["price"]);
    o.amount = num(raw["amount_original"]);
    o.remaining = num(raw["amount_outstanding"]);
    o.status = parseOrderStatus(str(raw["status"]));
    if (!o.status && o.remaining && o.remaining->isZero()) {
        o.status = "closed";
    }
    o.complete();
    return o;
}

} // namespace bourse::ex::btcbox
