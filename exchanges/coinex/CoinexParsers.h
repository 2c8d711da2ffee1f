// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// CoinEx v2's raw JSON (the `data` member of an answer) -> unified values. Pure: the exchange is passed only for
// its symbol and currency-code caches.
namespace bourse::ex::coinex {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& depth, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
// A balance list: spot, futures and financial entries are {"ccy","available","frozen"}; margin entries name a
// market's base and quote and are read for the base.
Balance parseBalance(const JsonRef& data, const Exchange& ex, bool margin);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market);
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);

} // namespace bourse::ex::coinex
