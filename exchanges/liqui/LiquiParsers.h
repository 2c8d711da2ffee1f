// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Liqui.h"

#include <string>
#include <vector>

// The liqui family's raw JSON (the `return` member of a trading answer, or a public answer's per-pair member) ->
// unified values. Pure: the exchange is passed only for its symbol and currency-code caches. Market ids are
// base_quote in lower case (btc_usdt); dsx's are basequote (btcusd).
namespace bourse::ex::liqui {

// An info pair: {"decimal_places":8,"min_price":0.00000001,"max_price":10000,"min_amount":0.0001,
// "min_total":0.0001,"hidden":0,"fee":0.2} (dsx adds "base_currency":"BTC","quoted_currency":"USD").
Market parseMarket(const std::string& id, const JsonRef& raw, const Exchange& ex, LiquiApi::Dialect dialect);
Ticker parseTicker(const JsonRef& raw, const Market* market, LiquiApi::Dialect dialect);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// Public and own trades; `id` is the key an own trade was listed under, when it was.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market, const OptString& id = std::nullopt);
Balance parseBalance(const JsonRef& info, const Exchange& ex, LiquiApi::Dialect dialect);
std::string parseOrderStatus(std::string_view status, LiquiApi::Dialect dialect);
Order parseOrder(const std::string& id, const JsonRef& raw, const Exchange& ex, const Market* market,
                 LiquiApi::Dialect dialect);
// The answer to Trade / order/new: the new order's id (or, when it filled at once, init_order_id), what was
// received and what remains.
Order parseCreatedOrder(const JsonRef& result, const LiquiApi& api, const Market& market, const std::string& type,
                        const std::string& side, const Decimal& amount, const OptDecimal& price, long long now);
// Tidex's web currency list entry.
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
// Candles from trades (oldest first): one per `seconds`-long period that had a trade.
std::vector<Ohlcv> ohlcvFromTrades(const std::vector<Trade>& trades, long long seconds);

} // namespace bourse::ex::liqui
