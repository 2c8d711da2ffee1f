// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bittrex.h"

#include <string>

// Bittrex API v1.1's raw JSON (the `result` member of an answer) -> unified values, and bleutrade's copy of it,
// which writes every number and boolean as a string. Pure: the exchange is passed only for its symbol and
// currency-code caches. Times are UTC without a zone ("2014-07-09T07:22:16.72", bleutrade "2014-07-29 18:08:33").
namespace bourse::ex::bittrex {

using Dialect = BittrexApi::Dialect;

// The unified symbol of a market id the markets do not know (bittrex QUOTE-BASE, bleutrade BASE_QUOTE).
std::string symbolFromId(const std::string& id, const Exchange& ex, Dialect dialect);
Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market);
OrderBook parseOrderBook(const JsonRef& result, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& result, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market, Dialect dialect);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, Dialect dialect);

} // namespace bourse::ex::bittrex
