// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Luno's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency-code caches.
namespace bourse::ex::luno {

// An exchange/1/markets entry: {"market_id":"XBTEUR","trading_status":"ACTIVE","base_currency":"XBT",
// "counter_currency":"EUR","min_volume":"0.0005","max_volume":"100","volume_scale":4,"min_price":"100",
// "max_price":"1000000","price_scale":2,"fee_scale":8}
Market parseMarket(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
// {"balance":[{"account_id":"..","asset":"XBT","balance":"0.1","reserved":"0.05","unconfirmed":"0"}]}: several
// accounts of one asset add up; unconfirmed funds count as used.
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view state);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code);

} // namespace bourse::ex::luno
