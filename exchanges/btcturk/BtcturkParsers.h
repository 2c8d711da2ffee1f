// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// BTCTurk's raw JSON (the `data` member of an answer) -> unified values. Pure: the exchange is passed only for its
// symbol and currency-code caches.
namespace bourse::ex::btcturk {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// The graph API's columns {"t":[..],"o":[..],"h":[..],"l":[..],"c":[..],"v":[..]} (times in seconds) as rows.
std::vector<Ohlcv> parseOhlcvColumns(const JsonRef& response);
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);

} // namespace bourse::ex::btcturk
