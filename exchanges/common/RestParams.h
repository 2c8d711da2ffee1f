// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

// What the gate and htx adapters share: a REST endpoint as data, and reading the caller's `params` and an answer's
// fields the way ccxt's safe* helpers do ("" and null are absent).
namespace bourse::ex::rest {

// One REST endpoint: the description's API section, the HTTP method, the path below the section's URL and its
// cost in units of the description's rate limit.
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)). `path`
// replaces the endpoint's path where it carries an id ("spot/orders/123").
inline RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params, std::string path = {})
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, path.empty() ? std::string(e.path) : std::move(path), std::move(request),
                        e.cost};
}

inline std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// A parameter as text (safeString): a string or a number's text; booleans, "" and null are absent.
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    if (!v || v->isBool()) {
        return std::nullopt;
    }
    auto s = v->asString();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptString takeTextParam(JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    params.remove(key);
    return s;
}

// The first of several keys that holds text; all of them are taken out.
inline OptString takeTextParam(JsonValue& params, std::initializer_list<std::string_view> keys)
{
    OptString found;
    for (auto key : keys) {
        auto s = takeTextParam(params, key);
        if (!found) {
            found = s;
        }
    }
    return found;
}

// safeBool: only a JSON boolean counts.
inline OptBool boolParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() ? v->asBool() : std::nullopt;
}

inline OptBool takeBoolParam(JsonValue& params, std::initializer_list<std::string_view> keys)
{
    OptBool found;
    for (auto key : keys) {
        auto b = boolParam(params, key);
        params.remove(key);
        if (!found) {
            found = b;
        }
    }
    return found;
}

// A number the caller passed (a JSON number or numeric text), exactly.
inline OptDecimal decimalParam(const JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    return s ? Decimal::parse(*s) : std::nullopt;
}

inline OptDecimal takeDecimalParam(JsonValue& params, std::string_view key)
{
    auto d = decimalParam(params, key);
    params.remove(key);
    return d;
}

// An answer's field as text or a number, "" as absent.
inline OptString str(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptDecimal num(const JsonRef& v)
{
    auto s = str(v);
    return s ? Decimal::parse(*s) : std::nullopt;
}

inline OptDecimal num(const OptString& s)
{
    return s ? Decimal::parse(*s) : std::nullopt;
}

// Milliseconds as whole seconds, truncated (ccxt's parseToInt (ms / 1000)).
inline long long seconds(long long ms)
{
    return ms / 1000;
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// The pairs of names one chain goes by (ETH/ERC20, TRX/TRC20, CRONOS/CRC20, BTC/BRC20): the coin's own
// currency is on the first, any token on the second (ccxt's defaultNetworkCodeReplacements). Other codes are kept.
inline std::string preferredNetworkCode(const std::string& network, const std::string& currencyCode)
{
    struct Pair
    {
        const char* coin;
        const char* primary;
        const char* secondary;
    };
    static constexpr Pair pairs[] = {
        {"ETH", "ETH", "ERC20"}, {"CRO", "CRONOS", "CRC20"}, {"TRX", "TRX", "TRC20"}, {"BTC", "BTC", "BRC20"}};
    for (const auto& p : pairs) {
        if (network != p.primary && network != p.secondary) {
            continue;
        }
        if (currencyCode.empty()) {
            return network;
        }
        return currencyCode == p.coin ? p.primary : p.secondary;
    }
    return network;
}

} // namespace bourse::ex::rest
