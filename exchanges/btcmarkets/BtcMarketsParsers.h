// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

// BTC Markets' raw JSON -> unified values. Pure: the exchange is passed only for its market and currency caches.
namespace bourse::ex::btcmarkets {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::btcmarkets
