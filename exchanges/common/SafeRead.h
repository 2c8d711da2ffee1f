// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

// Reading answers and the caller's params the way ccxt's safe* helpers read them, for the adapters' parsers and
// request builders (bitfinex, bitstamp): "" and null count as absent, numbers keep their exact text.
namespace bourse::ex::saferead {

// A string, or a number's text; absent when empty or null (ccxt's safeString).
inline OptString str(const JsonRef& v)
{
    auto s = v.string();
    if (!s || s->empty()) {
        return std::nullopt;
    }
    return s;
}

// A number or a numeric string, exactly.
inline OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

inline OptDecimal absolute(const OptDecimal& v)
{
    return v ? OptDecimal(v->sign() < 0 ? -*v : *v) : std::nullopt;
}

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

inline std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

// A caller's parameter as text ("" and null are absent; a boolean is no text).
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    if (!v || v->isBool()) {
        return std::nullopt;
    }
    auto s = v->asString();
    return s && !s->empty() ? s : std::nullopt;
}

} // namespace bourse::ex::saferead
