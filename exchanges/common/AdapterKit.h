// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <string_view>

// Small readers shared by the upbit, coinex, gemini and deribit adapters: response fields and the caller's
// `params` read the way ccxt's safe* helpers read them ("" and null count as absent), and the odd helper all four
// need (a random UUID nonce, a timeframe's length).
namespace bourse::ex::kit {

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

// A response field as text; "" counts as absent.
inline OptString str(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

inline OptDecimal num(const OptString& text)
{
    return text ? Decimal::parse(*text) : std::nullopt;
}

// A parameter as text ("" and null absent; a boolean is no text).
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

// ccxt's safeBool: only a JSON boolean counts.
inline OptBool boolParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() ? v->asBool() : std::nullopt;
}

inline OptBool takeBoolParam(JsonValue& params, std::string_view key)
{
    auto b = boolParam(params, key);
    params.remove(key);
    return b;
}

// The first of two parameter spellings that is present (ccxt's safeString2), both taken out.
inline OptString takeTextParam2(JsonValue& params, std::string_view a, std::string_view b)
{
    auto first = takeTextParam(params, a);
    auto second = takeTextParam(params, b);
    return first ? first : second;
}

// A unified code as the exchange's currency id: the currencies cache, else the id of a market's base or quote
// with that code, else the code itself (for exchanges whose ids are the codes).
inline std::string currencyIdFor(const Exchange& ex, const std::string& code)
{
    if (const Currency* c = ex.findCurrency(code)) {
        return c->id;
    }
    for (const auto& m : ex.markets()) {
        if (m.base == code) {
            return m.baseId;
        }
        if (m.quote == code) {
            return m.quoteId;
        }
    }
    return code;
}

// One side of an order book given as [[price, amount], ...] ("" keys) or [{"price":..,"amount":..}, ...].
inline void appendLevels(std::vector<PriceLevel>& side, const JsonRef& levels, const char* priceKey = nullptr,
                         const char* amountKey = nullptr)
{
    for (const auto& level : levels.items()) {
        auto price = priceKey ? num(level[priceKey]) : num(level[0]);
        auto amount = amountKey ? num(level[amountKey]) : num(level[1]);
        if (price && amount) {
            side.push_back({*price, *amount});
        }
    }
}

// An ISO 8601 time that may carry a UTC offset ("2018-04-05T14:09:14+09:00"), as UTC milliseconds. The core
// parser reads the wall-clock part; the offset is taken off here.
inline OptInt iso8601WithOffset(std::string_view text)
{
    auto ms = parseIso8601(text);
    if (!ms || text.size() < 25) {
        return ms;
    }
    auto sign = text.find_first_of("+-", 19);
    if (sign == std::string_view::npos || text.size() < sign + 6 || text[sign + 3] != ':') {
        return ms;
    }
    auto digit = [&](size_t i) { return text[i] - '0'; };
    const long long minutes = (digit(sign + 1) * 10 + digit(sign + 2)) * 60 + digit(sign + 4) * 10 + digit(sign + 5);
    return *ms - (text[sign] == '+' ? 1 : -1) * minutes * 60000;
}

// A random RFC 4122 version-4 UUID: the one-time nonce upbit's JWT and deribit's signature carry.
inline std::string uuid4()
{
    thread_local std::mt19937_64 generator {std::random_device {}()};
    static constexpr char hex[] = "0123456789abcdef";
    std::uniform_int_distribution<int> pick(0, 15);
    std::string out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) {
            out.push_back('-');
        }
        int nibble = pick(generator);
        if (i == 12) {
            nibble = 4;
        } else if (i == 16) {
            nibble = 8 | (nibble & 3);
        }
        out.push_back(hex[nibble]);
    }
    return out;
}

// A unified timeframe's length in seconds ("15m" -> 900), 0 when it is not one (ccxt's parseTimeframe: a month is
// 30 days, a year 365).
inline long long timeframeSeconds(std::string_view timeframe)
{
    if (timeframe.size() < 2) {
        return 0;
    }
    long long amount = 0;
    for (char c : timeframe.substr(0, timeframe.size() - 1)) {
        if (c < '0' || c > '9') {
            return 0;
        }
        amount = amount * 10 + (c - '0');
    }
    switch (timeframe.back()) {
    case 's':
        return amount;
    case 'm':
        return amount * 60;
    case 'h':
        return amount * 3600;
    case 'd':
        return amount * 86400;
    case 'w':
        return amount * 7 * 86400;
    case 'M':
        return amount * 30 * 86400;
    case 'y':
        return amount * 365 * 86400;
    default:
        return 0;
    }
}

// Candles built from trades (ccxt's buildOHLCVC), for an API without candles: one per `seconds`-long period that
// had a trade, oldest first; trades without time, price or amount are left out. `trades` sorted oldest first.
inline std::vector<Ohlcv> ohlcvFromTrades(const std::vector<Trade>& trades, long long seconds)
{
    std::vector<Ohlcv> candles;
    if (seconds <= 0) {
        return candles;
    }
    const long long period = seconds * 1000;
    for (const auto& trade : trades) {
        if (!trade.timestamp || !trade.price || !trade.amount) {
            continue;
        }
        const long long start = *trade.timestamp - *trade.timestamp % period;
        if (!candles.empty() && candles.back().timestamp == start) {
            Ohlcv& last = candles.back();
            last.high = std::max(*last.high, *trade.price);
            last.low = std::min(*last.low, *trade.price);
            last.close = trade.price;
            last.volume = *last.volume + *trade.amount;
        } else {
            candles.push_back({start, trade.price, trade.price, trade.price, trade.price, trade.amount});
        }
    }
    return candles;
}

} // namespace bourse::ex::kit
