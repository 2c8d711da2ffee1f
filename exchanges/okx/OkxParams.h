// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <initializer_list>
#include <string>
#include <string_view>

// The caller's `params` read the way ccxt's safe* helpers read them. Shared by Okx.cpp and OkxOrderRequest.cpp.
namespace bourse::ex::okx {

// The first of `keys` that holds a string or number, as text (ccxt's safeString / safeStringN).
inline OptString firstText(const JsonValue& params, std::initializer_list<std::string_view> keys)
{
    for (auto key : keys) {
        const JsonValue* v = params.find(key);
        if (v && (v->isString() || v->isNumber())) {
            return v->asString();
        }
    }
    return std::nullopt;
}

// Whether `key` holds JSON true (ccxt's safeBool, true only for a boolean).
inline bool isTrue(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() && v->asBool() == true;
}

// A numeric parameter, or InvalidOrder naming it.
inline Decimal decimalOf(const std::string& value, std::string_view what)
{
    auto d = Decimal::parse(value);
    if (!d) {
        throw Error(ErrorKind::InvalidOrder, "okx " + std::string(what) + " is not a number: " + value);
    }
    return *d;
}

inline void removeAll(JsonValue& params, std::initializer_list<std::string_view> keys)
{
    for (auto key : keys) {
        params.remove(key);
    }
}

} // namespace bourse::ex::okx
