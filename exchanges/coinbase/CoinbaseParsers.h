// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// Coinbase's raw JSON (Advanced Trade v3 and the v2 API) -> unified values. Pure functions: the exchange is passed
// only to map ids to symbols and currency codes through its caches.
namespace bourse::ex::coinbase {

// A v3 product; `feeTier` is transaction_summary's fee_tier (missing without keys: the description's fees).
Market parseMarket(const JsonRef& raw, const Exchange& ex, const JsonRef& feeTier);
// A v2 currencies or currencies/crypto entry.
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
// A v3 product (fetchTickers) or the first trade of a ticker answer (fetchTicker).
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& pricebook, const std::string& symbol);
// A v3 public trade or fill, or a v2 buy/sell.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
// v2 accounts (type wallet/fiat, balance.amount) or v3 accounts (available_balance + hold).
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// A v2 deposit, withdrawal or transaction.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code);

} // namespace bourse::ex::coinbase
