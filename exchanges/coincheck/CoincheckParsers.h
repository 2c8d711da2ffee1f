// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Coincheck's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::coincheck {

// The pairs Coincheck trades, as markets (it has no market list endpoint).
std::vector<Market> staticMarkets();
// {"last":..,"bid":..,"ask":..,"high":..,"low":..,"volume":..,"timestamp":<seconds>}
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade ({"id","amount","rate","pair","order_type","created_at"}) or an own one (with "funds",
// "liquidity", "fee", "fee_currency", "side", "order_id").
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// accounts/balance: "<id>" free and "<id>_reserved" used for every currency the markets know.
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
// An open order ({"id","order_type","rate","pair","pending_amount","created_at"}) or a cancel answer ({"id"}).
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const char* type);
std::string parseTransactionStatus(std::string_view status);

} // namespace bourse::ex::coincheck
