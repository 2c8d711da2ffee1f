// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {
class Htx;
}

// HTX's raw JSON -> unified values, the way ccxt 4.5.84 derives them. Pure functions: the exchange is passed only
// for its market and currency caches.
namespace bourse::ex::htx {

// One entry of v1/common/symbols.
Market parseMarket(const JsonRef& raw, const Htx& ex);
// One entry of v2/reference/currencies; `chainTitles` learns each chain id's title.
Currency parseCurrency(const JsonRef& raw, const Htx& ex, std::map<std::string, std::string>& chainTitles);
// A ticker from market/detail/merged ("tick") or market/tickers (an entry of "data").
Ticker parseTicker(const JsonRef& raw, const Htx& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& tick, const std::string& symbol, OptInt timestamp);
// A public trade (market/history/trade) or one of the account's (v1/order/matchresults).
Trade parseTrade(const JsonRef& raw, const Htx& ex, const Market* market);
Order parseOrder(const JsonRef& raw, const Htx& ex, const Market* market);
std::string parseOrderStatus(const std::string& status);
Ohlcv parseOhlcv(const JsonRef& raw);
// data.list of v1/account/accounts/{id}/balance: a "trade" (free) and a "frozen" (used) entry per currency.
Balance parseBalance(const JsonRef& response, const Htx& ex);
Transaction parseTransaction(const JsonRef& raw, const Htx& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Htx& ex, const Market& market);
DepositAddress parseDepositAddress(const JsonRef& raw, const Htx& ex);

} // namespace bourse::ex::htx
