// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {
class Gate;
}

// Gate's raw JSON -> unified values, the way ccxt 4.5.84 derives them. Pure functions: the exchange is passed only
// for its market and currency caches.
namespace bourse::ex::gate {

// A spot pair from spot/currency_pairs, merged with its margin/currency_pairs entry (`margin`, may be missing).
Market parseMarket(const JsonRef& spot, const JsonRef& margin, const Gate& ex);
Currency parseCurrency(const JsonRef& raw, const Gate& ex);
Ticker parseTicker(const JsonRef& raw, const Gate& ex, const Market* market);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade (spot/trades) or one of the account's (spot/my_trades).
Trade parseTrade(const JsonRef& raw, const Gate& ex, const Market* market);
// An order from spot/orders, spot/open_orders or spot/price_orders (a trigger order: {"put": ..., "trigger": ...}).
Order parseOrder(const JsonRef& raw, const Gate& ex, const Market* market);
std::string parseOrderStatus(const std::string& status);
// [t, quote volume, close, high, low, open, base volume] from spot/candlesticks.
Ohlcv parseOhlcv(const JsonRef& raw);
// spot/accounts (a list), or unified/accounts and margin/cross/accounts ({"balances": {code: ...}}), or
// margin/accounts (isolated: a list of {"base": ..., "quote": ...}).
Balance parseBalance(const JsonRef& raw, const Gate& ex, bool isolated);
Transaction parseTransaction(const JsonRef& raw, const Gate& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Market& market);
// One entry of wallet/deposit_address's multichain_addresses.
DepositAddress parseDepositAddress(const JsonRef& raw, const Gate& ex, const std::string& code);

} // namespace bourse::ex::gate
