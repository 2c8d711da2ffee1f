// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

// CoinSpot's raw JSON -> unified values, and its fixed market table. Pure: the exchange is passed only for its
// market and currency caches.
namespace bourse::ex::coinspot {

// The coins CoinSpot trades against AUD, as markets with the coin's lower-case id ("btc").
std::vector<Market> staticMarkets(const ExchangeDescription& description);
// One entry of /pubapi/latest's "prices": {"bid":"51970","ask":"53000","last":"52806.47"}.
Ticker parseTicker(const JsonRef& raw, const Market& market);
// {"buyorders":[{"amount":..,"rate":..,"total":..,"coin":"BTC","market":"BTC/AUD"}],"sellorders":[...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// Public (orders/history) and own (ro/my/transactions, with `side` set from the list it came from).
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market, const OptString& side);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::coinspot
