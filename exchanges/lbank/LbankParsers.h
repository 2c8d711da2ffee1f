// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <vector>

// LBank's raw JSON -> unified values. Pure: the exchange is passed only for its symbol and currency-code caches.
namespace bourse::ex::lbank {

// An accuracy entry: {"symbol":"btc_usdt","quantityAccuracy":"4","minTranQua":"0.0001","priceAccuracy":"2"}.
Market parseMarket(const JsonRef& raw, const Exchange& ex);
// The withdrawConfigs entries of one assetCode, one per chain.
Currency parseCurrency(const std::vector<JsonRef>& chains, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market);
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market);
Ohlcv parseOhlcv(const JsonRef& raw);
// The whole answer of user_info, supplement/user_info or supplement/user_info_account.
Balance parseBalance(const JsonRef& response, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(const std::string& status);
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex);
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex);
// LBank's chain name as a unified network code (erc20 -> ERC20, bep20(bsc) -> BEP20; others as given), with the
// coin's own chain named after it (ETH on erc20 is ETH).
std::string networkCode(const std::string& networkId, const std::string& currencyCode);
// A unified network code as LBank's chain name (ERC20 or ETH -> erc20, BSC -> bep20(bsc)); others lower-cased.
std::string networkId(const std::string& networkCode);

} // namespace bourse::ex::lbank
