// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Mercado Bitcoin's raw JSON -> unified values. Pure.
namespace bourse::ex::mercado {

// One coin of the coins list ("BTC"): its market against the real, id "BRLBTC".
Market parseMarket(const std::string& coin, const Exchange& ex);
// The data API's {"ticker":{"high","low","vol","last","buy","sell","open","date"}} inner object.
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
// A public trade {"tid","date","type","price","amount"} or an order's fill {"operation_id","quantity","price",
// "fee_rate","executed_timestamp"} (then `orderSide` and `orderId` come from the order).
Trade parseTrade(const JsonRef& raw, const Market& market, const OptString& orderSide = std::nullopt,
                 const OptString& orderId = std::nullopt);
// The v4 candles, TradingView style: {"t":[..],"o":[..],"h":[..],"l":[..],"c":[..],"v":[..]} in seconds.
std::vector<Ohlcv> parseCandles(const JsonRef& raw);
Balance parseBalance(const JsonRef& responseData, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);

} // namespace bourse::ex::mercado
