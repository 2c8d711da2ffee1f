// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

// What the two Coinbase adapters (coinbaseexchange and coinbase) read the same way: ccxt's safe* readings of
// answers and of the caller's params, and product ids ("BTC-USD") as markets.
namespace bourse::ex::coinbasecommon {

// A request to one endpoint: the request's own parameters first, then the caller's, which win (ccxt's
// extend (request, params)). Both exchanges weigh every endpoint 1 unit of their rate limit.
inline RequestSpec spec(const char* api, const char* method, std::string path, JsonValue request,
                        const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {api, method, std::move(path), std::move(request), 1};
}

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

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

// ISO 8601 with its UTC offset applied: Coinbase writes "2015-02-11T16:54:02-08:00" and
// "2020-03-20 18:13:16.63883+00" besides the usual "...Z".
inline OptInt time8601(const JsonRef& v)
{
    auto s = str(v);
    auto ms = s ? parseIso8601(*s) : std::nullopt;
    if (!ms || s->size() <= 19) {
        return ms;
    }
    const size_t sign = s->find_first_of("+-", 19);
    if (sign == std::string::npos) {
        return ms;
    }
    int hours = 0;
    int minutes = 0;
    if (std::sscanf(s->c_str() + sign + 1, "%2d:%2d", &hours, &minutes) < 1) {
        return ms;
    }
    const long long offset = (hours * 60LL + minutes) * 60000LL;
    return (*s)[sign] == '+' ? *ms - offset : *ms + offset;
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

// The listing query both APIs share: the product, how many, and from when (ISO 8601 under `sinceKey`).
inline JsonValue listQuery(const Market* market, OptInt limit, OptInt since, const char* sinceKey)
{
    JsonValue q = JsonValue::object();
    if (market) {
        q.set("product_id", market->id);
    }
    if (limit) {
        q.set("limit", *limit);
    }
    if (since) {
        q.set(sinceKey, iso8601(*since));
    }
    return q;
}

// The caller's `until` (or `alias`, the exchange's own name for it) in milliseconds as ISO 8601 under `field`;
// `until` is taken out of params.
inline void untilAsIso(JsonValue& request, JsonValue& params, const char* field, const char* alias = nullptr)
{
    auto until = textParam(params, "until");
    if (!until && alias) {
        until = textParam(params, alias);
    }
    params.remove("until");
    if (until) {
        auto ms = Decimal::parse(*until);
        request.set(field, ms ? iso8601(ms->toInt64()) : *until);
    }
}

} // namespace bourse::ex::coinbasecommon
