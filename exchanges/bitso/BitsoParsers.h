// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Bitso's raw JSON (the `payload` of an answer) -> unified values. Pure: the exchange is passed only for its
// symbol and currency-code caches.
namespace bourse::ex::bitso {

// An available_books entry; the amount step is the base currency's precision from the catalogue (when known).
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// A catalogues currencies.metadata entry: {"code":"btc","full_name":"Bitcoin","precision":8,"type":"crypto"}.
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
// Public trades and user_trades alike.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& payload, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
// An order known only by its id (what the cancel calls answer with).
Order orderWithId(const std::string& id, const std::string& symbol);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex);
// An ISO 8601 time with an optional offset written "+00:00" or "+0000", as UTC milliseconds.
OptInt parseTime(const JsonRef& v);

} // namespace bourse::ex::bitso
