// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Peatio.h"

#include <optional>
#include <string>

// Peatio API v2 answers -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::peatio {

// A markets.json entry: {"id":"btcaud","name":"BTC/AUD","base_unit":"btc","quote_unit":"aud"} (older peatio
// versions leave the units out; the name then gives them).
Market parseMarket(const JsonRef& raw, const Exchange& ex, const PeatioApi& api);
// A market read off a ticker id ("btcuah" -> BTC/UAH) at the first of `api.quoteIds` found past its start;
// nothing when none is.
std::optional<Market> marketFromTickerId(const std::string& id, const Exchange& ex, const PeatioApi& api);
// The unified symbol of a market id: the markets' own, else its first three letters over the next three.
std::string symbolOf(const Exchange& ex, const std::string& marketId);
// {"at":1398410899,"ticker":{"buy":"3000.0","sell":"3100.0","low":"3000.0","high":"3000.0","last":"3000.0",
//  "open":"3000.0","vol":"0.11"}}
Ticker parseTicker(const JsonRef& raw, const Market* market, const std::string& symbol);
// {"timestamp":1398410899,"asks":[["3100.0","0.5"]],"bids":[["3000.0","1.2"]]}, both sides highest price first.
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
// {"id":2,"price":"3100.0","volume":"10.2","funds":"31620.0","market":"btcaud","created_at":"2014-04-18T02:04:49Z",
//  "side":"ask","order_id":7}: side is the own order's (ask/bid) in own trades.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// [1398410880, 3000.0, 3000.0, 3000.0, 3000.0, 0.11]: time in seconds, open, high, low, close, volume.
Ohlcv parseOhlcv(const JsonRef& raw);
// members/me: {"sn":"..","accounts":[{"currency":"aud","balance":"100.0","locked":"2.0"}]}
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
std::string parseOrderStatus(std::string_view state);
// {"id":7,"side":"sell","ord_type":"limit","price":"3100.0","avg_price":"3101.2","state":"wait","market":"btcaud",
//  "created_at":"2014-04-18T02:02:33Z","volume":"100.0","remaining_volume":"89.8","executed_volume":"10.2",
//  "trades_count":1}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);

} // namespace bourse::ex::peatio
