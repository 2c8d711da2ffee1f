// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

// Coinone's JSON -> unified values. Pure: the exchange is passed only for its symbol and currency caches.
namespace bourse::ex::coinone {

// A ticker_new/KRW entry as a market: the API has no market list, the tickers name every traded pair.
Market parseMarket(const JsonRef& raw, const ExchangeDescription& description);
Currency parseCurrency(const JsonRef& raw, const Exchange& ex);
Ticker parseTicker(const JsonRef& raw, const Exchange& ex);
OrderBook parseOrderBook(const JsonRef& raw, const Market& market);
Trade parseTrade(const JsonRef& raw, const Market& market);
Balance parseBalance(const JsonRef& raw, const Exchange& ex);
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market);
std::string parseOrderStatus(std::string_view status);
// v2 account/deposit_address: {"walletAddress":{"btc":"3Eus..","xrp":"r9..","xrp_tag":"12345",...}}; every
// currency with an address (a "_tag"/"_memo" key is the tag of the one before it).
std::vector<DepositAddress> parseDepositAddresses(const JsonRef& raw, const Exchange& ex);

} // namespace bourse::ex::coinone
