// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// BTCBOX's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::btcbox {

// One key of the tickers answer ("BTC_JPY") as a market whose id is the coin ("btc").
Market parseMarket(std::string_view key, const JsonRef& ticker, const Exchange& ex);
// {"high","low","buy","sell","last","vol","volume"}: no time; "vol" is in coins, "volume" in JPY.
Ticker parseTicker(const JsonRef& raw, const Market& market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// {"date":"<s>","price","amount","tid","type":"buy"|"sell"}
Trade parseTrade(const JsonRef& raw, const Market& market);
// {"<coin>_balance": free, "<coin>_lock": used, ...}
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
// trade_view / trade_list entries ({"id","datetime" in Tokyo time,"type","price","amount_original",
// "amount_outstanding","status"}) or the {"result":true,"id":"11"} of trade_add and trade_cancel.
Order parseOrder(const JsonRef& raw, const Market& market);
OptString parseOrderStatus(const OptString& status);

} // namespace bourse::ex::btcbox
