// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// Coinbase Exchange's raw JSON -> unified values. Pure functions: the exchange is passed only to map ids to
// symbols and currency codes through its caches.
namespace bourse::ex::coinbaseexchange {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
// A products/{id}/ticker or /stats object, or a spark-lines candle [time, low, high, open, close].
Ticker parseTicker(const JsonRef& raw, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// A transfer; `code` is the currency of the account it was listed under, when known.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const OptString& code);
// {"epoch": 1420674445.201} as milliseconds.
OptInt parseTime(const JsonRef& raw);

} // namespace bourse::ex::coinbaseexchange
