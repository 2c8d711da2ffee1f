// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlinktradeParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::blinktrade {

using rest::num;
using rest::str;

Ticker parseTicker(const JsonRef& raw, const Market& market, long long now)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = now;
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.last = num(raw["last"]);
    t.baseVolume = num(raw["vol"]);
    t.quoteVolume = num(raw["vol_" + kit::lower(market.quote)]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
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
    auto side = str(raw["side"]).value_or("");
    if (side == "buy" || side == "sell") {
        t.side = side;
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

JsonRef findMessage(const JsonRef& responses, std::string_view msgType)
{
    for (const auto& message : responses.items()) {
        if (str(message["MsgType"]) == std::string(msgType)) {
            return message;
        }
    }
    return JsonRef();
}

Balance parseBalance(const JsonRef& responses, int brokerId, const Exchange& ex)
{
    Balance b;
    const Decimal satoshi = Decimal::pow10(-8);
    // 2019 ccxt read Responses[brokerId]; the documented answer lists messages, the U3 one keyed by broker.
    JsonRef balances = findMessage(responses, "U3")[std::to_string(brokerId)];
    if (balances.isMissing()) {
        balances = responses[std::to_string(brokerId)];
    }
    for (const auto& member : balances.members()) {
        const std::string key(member.key);
        if (key.ends_with("_locked")) {
            continue;
        }
        BalanceEntry e;
        e.total = num(member.value);
        e.used = num(balances[key + "_locked"]);
        if (e.total) {
            e.total = *e.total * satoshi;
        }
        if (e.used) {
            e.used = *e.used * satoshi;
        }
        if (e.total && e.used) {
            e.free = *e.total - *e.used;
        }
        b.currencies[ex.safeCurrencyCode(key)] = e;
    }
    b.info = JsonValue::fromRef(responses);
    b.complete();
    return b;
}

} // namespace bourse::ex::blinktrade
