// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <vector>

// Bit2C's raw JSON -> unified values. Pure: the exchange is passed only for its market and currency caches.
namespace bourse::ex::bit2c {

Ticker parseTicker(const JsonRef& raw, const Market& market);
// The full book with its dead rows (a zero amount at a stale price) left out.
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// Account/Balance/v2: {"AVAILABLE_NIS":..,"NIS":..,"LOCKED_NIS":..,...}, read for every currency the markets have.
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
// Account/Balance's "Fees": {"BtcNis":{"FeeMaker":1.0,"FeeTaker":1.0}}, in percent.
std::vector<TradingFee> parseTradingFees(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::bit2c
