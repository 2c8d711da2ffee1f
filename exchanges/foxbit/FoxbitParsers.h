// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Foxbit's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::foxbit {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// Public trades (taker_side) and the user's own (side, fee).
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// [open time, open, high, low, close, close time, volume, ...]
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& data, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view state);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);
// Foxbit's network ids ("bitcoin", "erc20", "bsc") <-> unified network codes.
std::string networkCode(const std::string& networkId);
std::string networkId(const std::string& networkCode);

} // namespace bourse::ex::foxbit
