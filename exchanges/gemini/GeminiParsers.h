// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Gemini's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and code caches.
namespace bourse::ex::gemini {

// A v1/symbols entry ("btcusd"): base and quote split on the quote currencies Gemini lists. std::nullopt for a
// perpetual ("btcgusdperp") or a pair Gemini lists but does not trade.
std::optional<Market> parseMarket(std::string_view id, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::gemini
