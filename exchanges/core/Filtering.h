// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Types.h"

#include <string>
#include <vector>

// What ccxt does to every list it returns (parseTrades, parseOrders, parseOHLCVs, filterBy*SinceLimit): oldest
// first, only the symbol or currency asked for, nothing older than `since`, and at most `limit` items: the first
// `limit` from `since` when a start was given, else the most recent `limit`.
namespace bourse::ex {

std::vector<Trade> sortAndFilterTrades(std::vector<Trade> trades, const std::string& symbol, OptInt since,
                                       OptInt limit);
std::vector<Order> sortAndFilterOrders(std::vector<Order> orders, const std::string& symbol, OptInt since,
                                       OptInt limit);
std::vector<Ohlcv> sortAndFilterOhlcv(std::vector<Ohlcv> candles, OptInt since, OptInt limit);
// Not sorted (ccxt leaves the exchange's order), kept when of `code` (if any) and not before `since`.
std::vector<Transaction> filterTransactions(std::vector<Transaction> items, const std::string& code, OptInt since,
                                            OptInt limit);

// The same, in place, with no symbol filter.
void filterBySinceLimit(std::vector<Trade>& items, OptInt since, OptInt limit);
void filterBySinceLimit(std::vector<Order>& items, OptInt since, OptInt limit);
void filterBySinceLimit(std::vector<Ohlcv>& items, OptInt since, OptInt limit);

} // namespace bourse::ex
