// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <vector>

namespace bourse::ex {
class Bitstamp;
}

// Bitstamp's JSON -> unified values. Pure functions: the exchange is passed only to map currency ids to codes and
// market ids to markets through its caches. Results carry what ccxt 4.5.84 derives too, computed the same way.
namespace bourse::ex::bitstamp {

// One entry of markets/ ({"name": "BTC/USD", "market_symbol": "btcusd", "base_decimals": 8, ...}).
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// The currencies the markets/ list names, each once, with the decimals and names its pairs give them.
std::vector<Currency> parseCurrencies(const JsonRef& markets, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market, const Exchange& ex);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade ({"tid", "date", "type": "0"|"1", ...}) or a user transaction ({"id", "order_id", "btc": "-0.1",
// "usd": "100", "btc_usd": "1000", ...}) whose amounts are keyed by currency id and signed.
Trade parseTrade(const JsonRef& raw, const Bitstamp& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Bitstamp& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// A user transaction of type 0 or 1, or a withdrawal request. `currency` is the one asked for, if any.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const Currency* currency);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market);
// {"address": "...", "memo_id" | "destination_tag": "..."}. Throws InvalidAddress without an address.
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);

} // namespace bourse::ex::bitstamp
