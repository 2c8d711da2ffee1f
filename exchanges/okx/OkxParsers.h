// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>
#include <vector>

namespace bourse::ex {
class Okx;
}

// OKX's raw JSON -> unified values. Pure functions: the exchange is passed only to map currency ids to codes and
// instrument ids to symbols through its caches. The results carry what ccxt 4.5.84 derives too (cost, remaining,
// change, percentage...), computed the same way.
namespace bourse::ex::okx {

// One public/instruments entry (instType SPOT).
Market parseMarket(const JsonRef& raw, const Okx& ex);
// All the chains of one currency (asset/currencies lists a currency once per chain).
Currency parseCurrency(const std::vector<JsonRef>& chains, const Okx& ex);
Ticker parseTicker(const JsonRef& raw, const Market* market, const Okx& ex);
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol);
// A public trade (market/trades) or a fill (trade/fills-history).
Trade parseTrade(const JsonRef& raw, const Market* market, const Okx& ex);
Ohlcv parseOhlcv(const JsonRef& raw);
// account/balance: the trading account.
Balance parseTradingBalance(const JsonRef& response, const Okx& ex);
// asset/balances: the funding account.
Balance parseFundingBalance(const JsonRef& response, const Okx& ex);
TradingFee parseTradingFee(const JsonRef& raw, const Market& market);
// An order (trade/order, orders-pending, orders-history), an algo order, or a placement/cancel acknowledgement.
Order parseOrder(const JsonRef& raw, const Market* market, const Okx& ex);
std::string parseOrderStatus(std::string_view state);
// A deposit-history or withdrawal-history entry.
Transaction parseTransaction(const JsonRef& raw, const Okx& ex);
std::string parseTransactionStatus(std::string_view state);
// An asset/deposit-address entry. Throws InvalidAddress when it has no usable address.
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code, const Okx& ex);

// OKX's chain name (the part after "USDT-" in "USDT-TRC20") as a unified network code.
std::string networkIdToCode(const std::string& networkId);

} // namespace bourse::ex::okx
