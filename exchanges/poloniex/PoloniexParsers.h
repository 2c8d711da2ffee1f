// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// Poloniex spot's raw JSON -> unified values. Pure functions: the exchange is passed only for its market and
// currency caches. Market ids are "BASE_QUOTE" ("BTC_USDT").
namespace bourse::ex::poloniex {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
// markets/{symbol}/orderBook: asks and bids as flat [price, amount, price, amount, ...] lists.
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view state);
Ohlcv parseOhlcv(const JsonRef& raw);
// accounts/balances: [{"accountId":"...","accountType":"SPOT","balances":[{"currency":"USDT",...}]}]
Balance parseBalance(const JsonRef& response, const Exchange& ex);
// A wallets/activity deposit or withdrawal (a withdrawal has a withdrawalRequestsId).
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::poloniex
