// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// BigONE v3's raw JSON (the `data` member of an answer) -> unified values. Pure: the exchange is passed only for
// its symbol and currency-code caches.
namespace bourse::ex::bigone {

// A market id ("BTC-USDT") as a unified symbol: the known market's, else BASE/QUOTE from the id's two halves.
std::string symbolOf(const Exchange& ex, const std::string& marketId, const Market* market);
// The gateway name as a unified network code, and back ("Tron" <-> "TRC20").
std::string networkCode(const std::string& gateway, const std::string& currencyCode);
std::string gatewayName(const std::string& network, const std::string& currencyCode);

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
// `market` given: the average is cut to its price decimals (fetchTicker); nullptr: kept whole (fetchTickers).
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::bigone
