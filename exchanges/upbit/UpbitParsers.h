// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Upbit's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency-code caches.
namespace bourse::ex::upbit {

// A market/all entry: {"market":"KRW-BTC","korean_name":"비트코인","english_name":"Bitcoin"}.
Market parseMarket(const JsonRef& raw, const ExchangeDescription& description);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex);
OrderBook parseOrderBook(const JsonRef& raw, const Exchange& ex);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
// The orders/chance answer: the larger of the bid and ask fees, taker and maker.
TradingFee parseTradingFee(const JsonRef& raw, const std::string& symbol);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::upbit
