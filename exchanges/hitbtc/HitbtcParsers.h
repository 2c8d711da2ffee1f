// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// HitBTC API 3's raw JSON -> unified values. Pure functions: the exchange is passed only for its market and
// currency caches (ids to symbols and codes). Order ids are HitBTC's client order ids, because every order call
// of API 3 addresses an order by that id and none by HitBTC's own numeric id.
namespace bourse::ex::hitbtc {

// One public/symbol entry keyed by its id; std::nullopt for what is not a spot market (perpetuals, futures).
std::optional<Market> parseMarket(std::string_view id, const JsonRef& raw, const Exchange& ex);
// One public/currency entry keyed by its id.
Currency parseCurrency(std::string_view id, const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market, std::string_view marketId);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade, a private one (spot/history/trade) or one of an order's fills (`trades` of a new market order).
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Ohlcv parseOhlcv(const JsonRef& raw);
// spot/balance, wallet/balance: [{"currency":"USDT","available":"1","reserved":"0"}, ...]
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::hitbtc
