// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// CoinMate's raw JSON (the `data` member of an answer) -> unified values. Pure: the exchange is passed only for its
// symbol and currency-code caches. Market ids are BASE_QUOTE ("BTC_EUR").
namespace bourse::ex::coinmate {

// A tradingPairs entry: {"name":"BTC_EUR","firstCurrency":"BTC","secondCurrency":"EUR","priceDecimals":2,
// "lotDecimals":8,"minAmount":0.0002,...}
Market parseMarket(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Balance parseBalance(const JsonRef& data, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
// traderFees answers percents ({"maker":"0.3","taker":"0.35"}); unified fees are fractions.
TradingFee parseTradingFee(const JsonRef& raw, const std::string& symbol);

} // namespace bourse::ex::coinmate
