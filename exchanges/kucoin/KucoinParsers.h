// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

namespace bourse::ex {
class Kucoin;
}

// KuCoin's raw JSON (the `data` of an answer) -> unified values. Pure functions: the exchange is passed only to map
// currency ids to codes and market ids to markets through its caches. The results carry what ccxt 4.5.84 derives
// too (cost, remaining, open from last and change...), computed the same way.
namespace bourse::ex::kucoin {

// One v2/symbols entry; `ticker` is its allTickers entry (for the fee rates), or missing.
Market parseMarket(const JsonRef& raw, const JsonRef& ticker, const Kucoin& ex);
// One v3/currencies entry.
Currency parseCurrency(const JsonRef& raw, const Kucoin& ex);
// market/stats or one allTickers entry (`time` is the answer's time where the entry has none).
Ticker parseTicker(const JsonRef& raw, const Market* market, const Kucoin& ex, OptInt time = std::nullopt);
OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol);
// A public trade (market/histories) or one of the account's fills.
Trade parseTrade(const JsonRef& raw, const Market* market, const Kucoin& ex);
// An order from any order call: a full order, a stop order, or the short answer of a create or cancel.
Order parseOrder(const JsonRef& raw, const Market* market, const Kucoin& ex);
// [time (s), open, close, high, low, volume, turnover] -> unified.
Ohlcv parseOhlcv(const JsonRef& raw);
// The v1/accounts list, kept to the account type asked for (trade, trade_hf, main...).
Balance parseBalance(const JsonRef& data, const std::string& type, const Kucoin& ex);
// The cross margin account (v1/margin/account: {"accounts": [...]}) or the isolated ones (v3/isolated/accounts:
// {"assets": [{"baseAsset": {...}, "quoteAsset": {...}}]}, summed per currency over the symbols).
Balance parseMarginBalance(const JsonRef& data, bool isolated, const Kucoin& ex);
Transaction parseTransaction(const JsonRef& raw, const Kucoin& ex, const std::string& type);
// Throws InvalidAddress when the answer holds no address.
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code);
TradingFee parseTradingFee(const JsonRef& entry, const Market& market);

// The unified symbol of a KuCoin market id: the known market's, else BASE/QUOTE from "BASE-QUOTE".
std::string symbolOf(std::string_view marketId, const Market* market, const Kucoin& ex);
// A chain id as a unified network code ("trx" -> TRC20 for a token, TRX for tron itself), as ccxt maps them.
OptString networkCode(const OptString& chainId, const std::string& currencyCode);

} // namespace bourse::ex::kucoin
