// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitso.h"

namespace bourse::ex {

ExchangeDescription bitsoDescription()
{
    ExchangeDescription d;
    d.id = "bitso";
    d.name = "Bitso";
    d.countries = {"MX"};
    d.version = "v3";
    // Both sections live under /api/v3; the private one differs only by its Authorization header.
    d.api = {
        {"public", "https://bitso.com/api/v3"},
        {"private", "https://bitso.com/api/v3"},
    };
    d.sandboxApi = {
        {"public", "https://stage.bitso.com/api/v3"},
        {"private", "https://stage.bitso.com/api/v3"},
    };
    d.www = "https://bitso.com";
    d.doc = {"https://docs.bitso.com/bitso-api/docs/api-overview", "https://bitso.com/fees"};
    // Bitso allows 60 public and 300 private requests a minute per IP; ccxt keeps to one call every two seconds,
    // every endpoint costing one.
    d.rateLimitMs = 2000;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
          "fetchBalance", "createOrder", "cancelOrder", "cancelAllOrders", "fetchOrder", "fetchOpenOrders",
          "fetchMyTrades", "fetchTradingFees", "fetchDepositAddress", "fetchDeposits"}) {
        d.has[m] = Support::Yes;
    }
    // No all-tickers call, no server time, no per-market fee call, no order history but the open orders, and
    // withdrawals are not read back through this adapter yet.
    for (const char* m :
         {"fetchTickers", "fetchTime", "fetchTradingFee", "fetchOrders", "fetchClosedOrders", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // time_bucket in seconds.
    d.timeframes = {{"1m", "60"},    {"5m", "300"},    {"15m", "900"},  {"30m", "1800"}, {"1h", "3600"},
                    {"4h", "14400"}, {"12h", "43200"}, {"1d", "86400"}, {"1w", "604800"}};
    // bitso.com/fees: the first volume tier, 0.50 % taker and maker; every book carries its own tiers.
    d.tradingFees.maker = *Decimal::parse("0.005");
    d.tradingFees.taker = *Decimal::parse("0.005");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // {"success":false,"error":{"code":"0201","message":"Invalid Nonce or Invalid Credentials"}}
    d.errors.exact = {
        {"0201", ErrorKind::AuthenticationError},
        {"104", ErrorKind::InvalidNonce},
        {"0304", ErrorKind::BadRequest},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
