// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"
#include "core/Filtering.h"

#include <string>
#include <string_view>
#include <vector>

namespace bourse::ex {
class Kraken;
}

// Kraken's raw JSON -> unified values. Pure functions: the exchange is passed only to map asset names to currency
// codes and pair names to markets through its caches (Kraken::currencyCode, Kraken::marketByAltnameOrId).
// The results carry what ccxt 4.5.84 derives too (cost, average, remaining, percentage...), computed the same way.
namespace bourse::ex::kraken {

// One AssetPairs entry, keyed by its pair id.
Market parseMarket(std::string_view id, const JsonRef& raw, const Kraken& ex);
// One Assets entry, keyed by its asset name.
Currency parseCurrency(std::string_view id, const JsonRef& raw, const Kraken& ex);
// One Ticker entry. `market` may be null (a pair not in the markets): the symbol is then the pair name.
Ticker parseTicker(const JsonRef& raw, const Market* market, std::string_view pair);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade (an array) or a private one (an object with "ordertxid"). `id` is the trade id where Kraken puts
// it outside the trade (the key of a TradesHistory entry; `last` for an old six-field public trade).
Trade parseTrade(const JsonRef& raw, const Kraken& ex, const Market* market, const OptString& id = std::nullopt);
// An order from AddOrder (`usingCost`: the volume was in quote currency), QueryOrders, OpenOrders or ClosedOrders
// (`id`: the key the order came under).
Order parseOrder(const JsonRef& raw, const Kraken& ex, const OptString& id = std::nullopt, bool usingCost = false);
std::string parseOrderStatus(std::string_view status);
Ohlcv parseOhlcv(const JsonRef& raw);
// The whole BalanceEx answer.
Balance parseBalance(const JsonRef& response, const Kraken& ex);
// A DepositStatus or WithdrawStatus entry; `type` is deposit or withdrawal.
Transaction parseTransaction(const JsonRef& raw, const Kraken& ex, const OptString& type);
// The TradeVolume result for one market.
TradingFee parseTradingFee(const JsonRef& result, const Market& market);
// A DepositAddresses entry. Throws InvalidAddress when it holds no usable address.
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);

// Seconds (a number or a numeric string, with a fraction) as milliseconds, the way ccxt's safeTimestamp computes
// them: through a double, truncated. Timestamps are not money; matching ccxt to the millisecond matters more.
OptInt timestampFromSeconds(const JsonRef& value);

} // namespace bourse::ex::kraken
