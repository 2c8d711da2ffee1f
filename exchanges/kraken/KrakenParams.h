// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

// Reading the caller's `params` the way ccxt's safe* helpers read them. Shared by Kraken.cpp and
// KrakenOrderRequest.cpp only.
namespace bourse::ex::kraken {

inline std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

// A parameter as text, the way ccxt's safeString reads it ("" and null count as absent).
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    auto s = v ? v->asString() : std::nullopt;
    if (v && v->isBool()) {
        return std::nullopt;
    }
    return s && !s->empty() ? s : std::nullopt;
}

inline OptString takeTextParam(JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    params.remove(key);
    return s;
}

// ccxt's safeBool: only a JSON boolean counts.
inline OptBool boolParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() ? v->asBool() : std::nullopt;
}

// A numeric parameter the order needs, or InvalidOrder.
inline Decimal number(const std::string& text, const char* what)
{
    auto d = Decimal::parse(text);
    if (!d) {
        throw Error(ErrorKind::InvalidOrder, std::string("kraken createOrder() ") + what + " is not a number: " + text);
    }
    return *d;
}

} // namespace bourse::ex::kraken
