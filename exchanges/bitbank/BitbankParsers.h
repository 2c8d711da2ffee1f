// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// bitbank's JSON (the "data" part of its answers) -> unified values. Pure: the exchange is passed only for its
// symbol and currency caches.
namespace bourse::ex::bitbank {

// A spot/pairs entry: {"name":"btc_jpy","base_asset":"btc","quote_asset":"jpy","maker_fee_rate_quote":"-0.0002",
// "taker_fee_rate_quote":"0.0012","unit_amount":"0.0001","limit_max_amount":"1000","price_digits":0,
// "amount_digits":4,"is_enabled":true,...}
Market parseMarket(const JsonRef& raw, const Exchange& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// [open, high, low, close, volume, time in ms]
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, bool deposit);

} // namespace bourse::ex::bitbank
