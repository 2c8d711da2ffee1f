// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

// Bitfinex's positional arrays -> unified values. Pure functions: the exchange is passed only to map currency ids
// to codes and market ids to symbols through its caches. The field positions are those of docs.bitfinex.com's
// "REST Public/Authenticated" pages; results carry what ccxt 4.5.84 derives too, computed the same way.
namespace bourse::ex::bitfinex {

// One ["BTCUSD", [null, null, null, "0.00004", "2000.0", ...]] entry of pub:info:pair. Derivative pairs (an "F0"
// in the id) are left out by the caller: Bourse trades spot on live venues.
Market parseMarket(const JsonRef& pair, const std::set<std::string, std::less<>>& marginIds, const Exchange& ex);
// The eleven lists of the currencies configuration request, as one answer.
std::vector<Currency> parseCurrencies(const JsonRef& response, const Exchange& ex);
// A trading-pair ticker: with the pair id first (tickers), or without it (ticker/{symbol}).
Ticker parseTicker(const JsonRef& raw, const Market* market, const Exchange& ex);
// Raw ("R0": [id, price, amount]) or grouped ([price, count, amount]) book levels; bids have a positive amount.
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol, bool rawBook, long long timestamp);
// A public trade [ID, MTS, AMOUNT, PRICE] or a private one [ID, PAIR, MTS, ORDER_ID, EXEC_AMOUNT, EXEC_PRICE, ...].
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
// The 32-field order array of orders, orders/hist, order/submit and order/cancel.
Order parseOrder(const JsonRef& raw, const Exchange& ex);
std::string parseOrderStatus(std::string_view status);
// [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]: note close before high.
Ohlcv parseOhlcv(const JsonRef& raw);
// The wallets list, keeping the wallets of one type ("exchange" for spot).
Balance parseBalance(const JsonRef& response, const std::string& walletType, const Exchange& ex);
// A movements entry (22 fields).
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
// The account summary: fees for crypto, stablecoin and fiat quotes, applied to each market.
std::vector<TradingFee> parseTradingFees(const JsonRef& response, const std::vector<Market>& markets);
// The answer of auth/w/deposit/address. Throws InvalidAddress when it holds no address.
DepositAddress parseDepositAddress(const JsonRef& response, const std::string& code);

} // namespace bourse::ex::bitfinex
