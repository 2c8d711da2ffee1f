// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Blinktrade.h"

#include <string>

// BlinkTrade API v1's raw JSON -> unified values. Pure: the exchange is passed only for its currency-code caches,
// the clock's time where the answer carries none. Public numbers are in units; balances are in satoshis (1e-8).
namespace bourse::ex::blinktrade {

// {"high":3650000,"vol":12.5,"buy":3590000,"last":3600000,"low":3550000,"pair":"BTCCLP","sell":3610000,
//  "vol_clp":45000000}: vol in the base, vol_<quote> in the quote; no time, `now` stands in.
Ticker parseTicker(const JsonRef& raw, const Market& market, long long now);
// {"tid":1001,"date":1549999940,"price":3600000,"amount":0.5,"side":"buy"}
Trade parseTrade(const JsonRef& raw, const Market& market);
// The U3 message of a U2 answer: {"MsgType":"U3","9":{"CLP":..,"CLP_locked":..,"BTC":..,"BTC_locked":..}}; each
// currency's total and locked amount in satoshis, under the broker id.
Balance parseBalance(const JsonRef& responses, int brokerId, const Exchange& ex);
// The message of `msgType` among an answer's Responses, or a missing ref.
JsonRef findMessage(const JsonRef& responses, std::string_view msgType);

} // namespace bourse::ex::blinktrade
