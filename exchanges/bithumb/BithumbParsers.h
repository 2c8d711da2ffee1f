// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Bithumb's v1/v2 JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::bithumb {

// A v1/market/all entry: {"market":"KRW-BTC","korean_name":"비트코인","english_name":"Bitcoin",...}; nullopt for
// an id that is not QUOTE-BASE.
std::optional<Market> parseMarket(const JsonRef& raw, const ExchangeDescription& description);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const Exchange& ex, const Market& market);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::bithumb
