// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Zaif's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::zaif {

// A currency_pairs/all entry: {"currency_pair":"btc_jpy","name":"BTC/JPY","item_unit_step":0.0001,
// "aux_unit_point":0,"item_unit_min":0.001,"aux_unit_min":5.0,...}.
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// {"last","high","low","vwap","volume","bid","ask"}: no time; the quote volume is volume * vwap.
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// {"date":<s>,"price","amount","tid","currency_pair","trade_type":"bid"|"ask"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// get_info: "funds" is what is free, "deposit" the whole holding.
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
// An entry of active_orders / trade_history (keyed by id; the key is passed as `id`) or a cancel answer
// ({"order_id":..,"funds":{...}}).
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market, const std::string& id,
                 const char* status);

} // namespace bourse::ex::zaif
