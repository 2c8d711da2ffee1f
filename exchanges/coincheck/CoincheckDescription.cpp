// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coincheck.h"

namespace bourse::ex {

ExchangeDescription coincheckDescription()
{
    ExchangeDescription d;
    d.id = "coincheck";
    d.name = "Coincheck";
    d.countries = {"JP", "ID"};
    d.version = "";
    d.api = {
        {"public", "https://coincheck.com/api"},
        {"private", "https://coincheck.com/api"},
    };
    d.www = "https://coincheck.com";
    d.doc = {"https://coincheck.com/documents/exchange/api"};
    // Coincheck asks for no more than about one call every 1.5 s; every endpoint costs the same.
    d.rateLimitMs = 1500;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder", "cancelOrder",
          "fetchOpenOrders", "fetchMyTrades", "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No currency list, candles, server time, single-order lookup, order history, cancel-all, per-market fee call
    // or deposit address endpoint.
    for (const char* m : {"fetchCurrencies", "fetchTickers", "fetchOHLCV", "fetchTime", "cancelAllOrders", "fetchOrder",
                          "fetchOrders", "fetchClosedOrders", "fetchTradingFee", "fetchDepositAddress"}) {
        d.has[m] = Support::No;
    }
    // coincheck.com/exchange/fee: no trading fee on the exchange's own order book (account fees override).
    d.tradingFees.maker = Decimal(0);
    d.tradingFees.taker = Decimal(0);
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"disabled API Key", ErrorKind::AuthenticationError},
        {"invalid authentication", ErrorKind::AuthenticationError},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
