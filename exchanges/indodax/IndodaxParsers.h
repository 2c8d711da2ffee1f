// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Indodax's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency-code caches.
// Times are seconds. Amounts in an order are keyed by currency id ("order_btc", "remain_btc", "order_idr").
namespace bourse::ex::indodax {

// An api/pairs entry: {"id":"btcidr","ticker_id":"btc_idr","base_currency":"idr","traded_currency":"btc",
// "price_round":8,"volume_precision":0,"trade_min_base_currency":10000,"trade_min_traded_currency":0.00007,
// "trade_fee_percent":0.3,"is_maintenance":0}
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// {"high":..,"low":..,"vol_btc":..,"vol_idr":..,"last":..,"buy":..,"sell":..,"server_time":1710328244}
Ticker parseTicker(const JsonRef& raw, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& result, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// A transHistory entry; `currencyId` is the key it was listed under, `deposit` the side.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const std::string& currencyId, bool deposit);

} // namespace bourse::ex::indodax
