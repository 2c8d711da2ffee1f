// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// ZB's 2019 answers -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::zb {

// markets: {"btc_usdt":{"amountScale":4,"priceScale":2}, ...}, one entry.
Market parseMarket(const std::string& id, const JsonRef& raw, const Exchange& ex);
// {"buy":"3600.1","high":"3700","last":"3610","low":"3500","sell":"3610.5","vol":"1234.5"}; `timestamp` is the
// answer's "date" (ms) where it has one.
Ticker parseTicker(const JsonRef& raw, const Market* market, OptInt timestamp);
// {"asks":[[3620.5,0.3],[3610.5,1.2]],"bids":[[3600.1,0.5]],"timestamp":1550000000}: asks highest first.
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
// {"amount":0.541,"date":1550000000,"price":3600.5,"tid":16497097,"trade_type":"ask","type":"sell"}
Trade parseTrade(const JsonRef& raw, const Market& market);
// [1550000000000, open, high, low, close, volume]
Ohlcv parseOhlcv(const JsonRef& raw);
// getAccountInfo: {"result":{"coins":[{"enName":"BTC","key":"btc","available":"0.5","freez":"0.1",..}],..}}
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
std::string parseOrderStatus(std::string_view status);
// {"total_amount":0.01,"id":"20180910244276459","price":180.0,"trade_date":1536576744960,"status":2,
//  "trade_money":"1.96742","trade_amount":0.01,"type":0,"currency":"eth_usdt"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);

} // namespace bourse::ex::zb
