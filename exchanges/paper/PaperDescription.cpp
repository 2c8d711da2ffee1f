// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperExchange.h"

#include <string_view>

namespace bourse::ex {

namespace {

// What the wrapped exchange serves as it is.
constexpr std::string_view kPublicMethods[] = {
    "fetchMarkets",   "fetchCurrencies", "fetchTicker", "fetchTickers",
    "fetchOrderBook", "fetchTrades",     "fetchOHLCV",  "fetchTime",
};
// What the matching engine serves, whatever the wrapped exchange has.
constexpr std::string_view kAccountMethods[] = {
    "fetchBalance",
    "createOrder",
    "cancelOrder",
    "cancelAllOrders",
    "fetchOrder",
    "fetchOrders",
    "fetchOpenOrders",
    "fetchClosedOrders",
    "fetchMyTrades",
    "fetchTradingFee",
    "fetchTradingFees",
    // Stops are held by the engine and fire from the real book.
    "createStopOrder",
};

} // namespace

ExchangeDescription paperDescription(const ExchangeDescription& real)
{
    ExchangeDescription d = real;
    d.id = PaperExchange::kIdPrefix + real.id;
    d.name = real.name + " (paper)";
    d.paper = true;
    d.has.clear();
    for (auto method : kPublicMethods) {
        d.has[std::string(method)] = real.supports(method);
    }
    // Orders are priced against the real book, so without one there is nothing to fill them against.
    const bool book = real.supports("fetchOrderBook") != Support::No;
    for (auto method : kAccountMethods) {
        d.has[std::string(method)] = book ? Support::Yes : Support::No;
    }
    // Practice money moves nowhere and needs no key: nothing of the user's account on the exchange is touched.
    d.requiredCredentials.apiKey = false;
    d.requiredCredentials.secret = false;
    d.requiredCredentials.password = false;
    d.requiredCredentials.uid = false;
    d.requiredCredentials.other.clear();
    return d;
}

} // namespace bourse::ex
