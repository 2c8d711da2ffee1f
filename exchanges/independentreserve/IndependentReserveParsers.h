// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

// Independent Reserve's raw JSON -> unified values. Pure: the exchange is passed only for its market and currency
// caches. Its markets are named by two currency codes ("Xbt", "Usd"): the market id is "Xbt/Usd".
namespace bourse::ex::independentreserve {

// Every primary code against every secondary code; `minimums` is GetOrderMinimumVolumes ({"Xbt":0.0001,...}).
std::vector<Market> parseMarkets(const JsonRef& primaryCodes, const JsonRef& secondaryCodes, const JsonRef& minimums,
                                 const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// GetBrokerageFees ([{"CurrencyCode":"Xbt","Fee":0.005}]) as one fee per market, by the market's base currency.
std::vector<TradingFee> parseTradingFees(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);

} // namespace bourse::ex::independentreserve
