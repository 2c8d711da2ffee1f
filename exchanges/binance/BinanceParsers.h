// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

// Binance's raw JSON -> unified values. Pure functions: the exchange is passed only to map ids to symbols and
// currency codes through its caches.
namespace bourse::ex::binance {

Market parseMarket(const JsonRef& raw, const Exchange& ex);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
enum class BalanceKind {
    Spot, // api/v3/account
    CrossMargin, // sapi margin/account
    IsolatedMargin, // sapi margin/isolated/account
    Funding, // sapi asset/get-funding-asset
    Portfolio, // papi balance
};
Balance parseBalance(const JsonRef& raw, const Exchange& ex, BalanceKind kind = BalanceKind::Spot);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const std::string& type);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex);
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex);
// Unified network codes (ERC20, TRC20...) and Binance's chain ids (ETH, TRX...), both ways.
std::string networkCode(const std::string& id);
std::string networkId(const std::string& code);

} // namespace bourse::ex::binance
