// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// CEX.IO Spot's raw JSON (an answer's `data`) -> unified values. Pure: the exchange is passed only for its symbol
// and currency-code caches. Market ids are the codes joined by a hyphen ("BTC-USD"), as tickers are keyed.
namespace bourse::ex::cex {

// A get_pairs_info entry: {"base":"AI","quote":"USD","baseMin":"30","baseMax":"2516000","baseLotSize":"0.000001",
// "quoteMin":"10","quoteMax":"1000000","basePrecision":"6","quotePrecision":"8","pricePrecision":"4",
// "minPrice":"0.0377","maxPrice":"19.5000"}
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// A get_currencies_info entry merged with its get_processing_info entry (name and blockchains), when there is one.
Currency parseCurrency(const JsonRef& raw, const JsonRef& processing, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
// {"AI":{"balance":"25.6","balanceOnHold":"0"},...}
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code);

// CEX.IO's blockchain names for the unified network codes that differ ("bitcoin" is BTC, "tron" TRC20...).
std::string networkIdFor(const std::string& networkCode);
std::string networkCodeFor(const std::string& networkId);

} // namespace bourse::ex::cex
