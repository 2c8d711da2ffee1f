// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cex.h"

namespace bourse::ex {

ExchangeDescription cexDescription()
{
    ExchangeDescription d;
    d.id = "cex";
    d.name = "CEX.IO";
    d.countries = {"GB", "EU", "CY", "RU"};
    d.api = {
        {"public", "https://trade.cex.io/api/spot/rest-public"},
        {"private", "https://trade.cex.io/api/spot/rest"},
    };
    d.www = "https://cex.io";
    d.doc = {"https://trade.cex.io/docs/"};
    // 200 requests a minute: one every 300 ms; balance, order lists and fee calls weigh 5, processing info 10.
    d.rateLimitMs = 300;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchCurrencies", "fetchTime", "fetchTicker", "fetchTickers",
                          "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchBalance", "fetchTradingFees",
                          "createOrder", "cancelOrder", "cancelAllOrders", "fetchOpenOrders", "fetchClosedOrders",
                          "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No single-order lookup (only the filtered lists), no all-orders list, no own-trade list, no per-market fee
    // call (fetchTradingFees answers every market at once).
    for (const char* m : {"fetchOrder", "fetchOrders", "fetchMyTrades", "fetchTradingFee"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1m"}, {"5m", "5m"}, {"15m", "15m"}, {"30m", "30m"},
                    {"1h", "1h"}, {"2h", "2h"}, {"4h", "4h"},   {"1d", "1d"}};
    // cex.io/fee-schedule: 0.25 % taker, 0.15 % maker at the lowest 30-day volume.
    d.tradingFees.maker = *Decimal::parse("0.0015");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.broad = {
        {"You have negative balance on following accounts", ErrorKind::InsufficientFunds},
        {"Mandatory parameter side should be one of BUY,SELL", ErrorKind::BadRequest},
        {"API orders from Main account are not allowed", ErrorKind::BadRequest},
        {"check failed", ErrorKind::BadRequest},
        {"Insufficient funds", ErrorKind::InsufficientFunds},
        {"Get deposit address for main account is not allowed", ErrorKind::PermissionDenied},
        // A trigger price is refused on market orders.
        {"Market Trigger orders are not allowed", ErrorKind::BadRequest},
        {"key not passed or incorrect", ErrorKind::AuthenticationError},
        {"API rate limit reached", ErrorKind::RateLimitExceeded},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
