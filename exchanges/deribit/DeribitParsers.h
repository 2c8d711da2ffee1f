// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Deribit's raw JSON (the `result` of an answer) -> unified values. Pure: the exchange is passed only for its
// symbol and currency-code caches.
namespace bourse::ex::deribit {

// A get_instruments entry; std::nullopt for anything but a spot pair.
std::optional<Market> parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// A get_tradingview_chart_data result: parallel arrays ticks/open/high/low/close/volume.
std::vector<Ohlcv> parseOhlcvs(const JsonRef& raw);
// get_account_summary (one currency) or get_account_summaries ({"summaries":[...]}).
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::deribit
