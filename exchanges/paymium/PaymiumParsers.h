// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

// Paymium's raw JSON -> unified values. Pure: the exchange is passed only for its currency-code cache.
namespace bourse::ex::paymium {

// The one market Paymium lists (BTC/EUR, id "eur"): it has no markets call.
Market btcEurMarket(const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Market& market);
// The user record: balance_<id> (free) and locked_<id> (used) for every currency the account holds.
Balance parseBalance(const JsonRef& user, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::paymium
