// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <optional>
#include <string>

// bitFlyer's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::bitflyer {

// A getmarkets entry ({"product_code":"BTC_JPY","market_type":"Spot"}); nullopt for FX and futures products.
std::optional<Market> parseMarket(const JsonRef& raw, const Exchange& ex);
// getticker: {"product_code","timestamp","best_bid","best_ask","best_bid_size","best_ask_size","ltp",
// "volume","volume_by_product",...}; times are UTC without a zone designator.
Ticker parseTicker(const JsonRef& raw, const Market& market);
// getboard: {"mid_price":..,"bids":[{"price","size"}],"asks":[...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public execution (buy_/sell_child_order_acceptance_id) or an own one (child_order_acceptance_id, commission).
Trade parseTrade(const JsonRef& raw, const Market& market);
// getbalance: [{"currency_code","amount","available"}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
// A getchildorders entry.
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view state);
// getcoinins / getcoinouts entries; a withdrawal is the one with a fee.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::bitflyer
