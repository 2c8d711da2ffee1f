// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Coinegg.h"

#include <string>

// The coinegg family's raw JSON (a REST answer, or the `data` member of a trading answer) -> unified values. Pure:
// the exchange is passed only for its currency-code caches, the clock's time where the answer carries none. Market
// ids are <base><quote> in lower case (btcusdt); the API names a market by coin=<base> in the <quote> region.
namespace bourse::ex::coinegg {

// One entry of a region's web allcoin list: "eth": [name, last, buy, sell, high, low, vol, quoteVol, change %].
Market parseMarket(const std::string& baseId, const std::string& quoteId, const JsonRef& raw, const Exchange& ex);
// {"high":"3650","low":"3550","buy":"3590","sell":"3610","last":"3600","vol":"100","quoteVol":"360000",
//  "change":"1.2"}: change is the 24 h change in percent; the answer has no time, `now` stands in.
Ticker parseTicker(const JsonRef& raw, const Market& market, long long now);
// The same fields from an allcoin entry (above).
Ticker parseAllcoinTicker(const JsonRef& raw, const Market& market, long long now);
// {"date":"1549999940","price":"3600","amount":"0.5","tid":"1234","type":"buy"}
Trade parseTrade(const JsonRef& raw, const Market& market);
// {"uid":"2716039","btc_balance":"0.5","btc_lock":"0.25",...}: <coin>_balance is free, <coin>_lock in orders.
Balance parseBalance(const JsonRef& data, const Exchange& ex);
// {"id":"88","datetime":"2019-02-12 19:30:00","type":"sell","price":"3960","amount_original":"0.1",
//  "amount_outstanding":"0.04","status":"open"} (status open, closed or cancelled).
Order parseOrder(const JsonRef& raw, const Market& market);

} // namespace bourse::ex::coinegg
