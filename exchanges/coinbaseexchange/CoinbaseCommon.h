// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// What the two Coinbase adapters (coinbaseexchange and coinbase) read the same way: ccxt's safe* readings of
// answers and of the caller's params, and product ids ("BTC-USD") as markets.
namespace bourse::ex::coinbasecommon {

// ccxt reads "" and null as absent (its safe* accessors), and so do we.
inline OptString str(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

inline OptInt time8601(const JsonRef& v)
{
    auto s = str(v);
    return s ? parseIso8601(*s) : std::nullopt;
}

// A product id as a market (ccxt's safeMarket with "-"): the cache; else, when the answer names no product, the
// market the caller gave; else the id's two halves as codes.
inline Market marketFromId(const OptString& id, const Exchange& ex, const Market* given)
{
    if (id) {
        if (const Market* m = ex.findMarketById(*id)) {
            return *m;
        }
    } else if (given) {
        return *given;
    }
    Market m;
    if (!id) {
        return m;
    }
    m.id = *id;
    auto dash = id->find('-');
    if (dash == std::string::npos) {
        m.symbol = *id;
        return m;
    }
    m.baseId = id->substr(0, dash);
    m.quoteId = id->substr(dash + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    return m;
}

// A parameter as text, the way ccxt's safeString reads it ("" and null count as absent).
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    if (!v || v->isBool()) {
        return std::nullopt;
    }
    auto s = v->asString();
    return s && !s->empty() ? s : std::nullopt;
}

// The first of two names the caller may use for one option (ccxt's safeString2), taken out of params.
inline OptString takeEither(JsonValue& params, std::string_view a, std::string_view b)
{
    auto value = textParam(params, a);
    if (!value) {
        value = textParam(params, b);
    }
    params.remove(a);
    params.remove(b);
    return value;
}

// ccxt's safeBool2: only a JSON boolean counts.
inline OptBool boolParam(const JsonValue& params, std::string_view a, std::string_view b = {})
{
    for (std::string_view key : {a, b}) {
        const JsonValue* v = key.empty() ? nullptr : params.find(key);
        if (v && v->isBool()) {
            return v->asBool();
        }
    }
    return std::nullopt;
}

} // namespace bourse::ex::coinbasecommon
