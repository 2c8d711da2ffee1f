// SPDX-License-Identifier: GPL-3.0-or-later
#include "Foxbit.h"

namespace bourse::ex {

ExchangeDescription foxbitDescription()
{
    ExchangeDescription d;
    d.id = "foxbit";
    d.name = "Foxbit";
    d.countries = {"BR"};
    d.version = "v3";
    d.api = {
        {"public", "https://api.foxbit.com.br/rest/v3"},
        {"private", "https://api.foxbit.com.br/rest/v3"},
    };
    d.www = "https://app.foxbit.com.br";
    d.doc = {"https://docs.foxbit.com.br"};
    // Foxbit's limits are per endpoint and per second or two; in ccxt's 33.334 ms unit (30 a second) each
    // endpoint's cost says how many units one call takes (Foxbit.cpp).
    d.rateLimitMs = 33.334;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets",    "fetchCurrencies", "fetchTicker",      "fetchTickers",        "fetchOrderBook",
          "fetchTrades",     "fetchOHLCV",      "fetchBalance",     "createOrder",         "cancelOrder",
          "cancelAllOrders", "fetchOrder",      "fetchOrders",      "fetchOpenOrders",     "fetchClosedOrders",
          "fetchMyTrades",   "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress", "fetchDeposits",
          "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No server-time call.
    d.has["fetchTime"] = Support::No;
    // The candle interval is the unified timeframe itself.
    d.timeframes = {{"1m", "1m"}, {"5m", "5m"}, {"15m", "15m"}, {"30m", "30m"}, {"1h", "1h"},
                    {"2h", "2h"}, {"4h", "4h"}, {"6h", "6h"},   {"12h", "12h"}, {"1d", "1d"},
                    {"1w", "1w"}, {"2w", "2w"}, {"1M", "1M"}};
    // foxbit.com.br/taxas: 0.50 % taker, 0.25 % maker; the markets carry their own default fees.
    d.tradingFees.maker = *Decimal::parse("0.0025");
    d.tradingFees.taker = *Decimal::parse("0.005");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // docs.foxbit.com.br "Errors": {"error":{"message":"...","code":4002,"details":[...]}}.
    d.errors.exact = {
        {"400", ErrorKind::BadRequest},
        {"404", ErrorKind::BadRequest},
        {"429", ErrorKind::RateLimitExceeded},
        {"500", ErrorKind::ExchangeError},
        {"2001", ErrorKind::AuthenticationError},
        {"2002", ErrorKind::AuthenticationError},
        {"2003", ErrorKind::AuthenticationError},
        {"2004", ErrorKind::BadRequest},
        {"2005", ErrorKind::PermissionDenied},
        {"3001", ErrorKind::PermissionDenied},
        {"3002", ErrorKind::PermissionDenied},
        {"3003", ErrorKind::AccountSuspended},
        {"4001", ErrorKind::BadRequest},
        {"4002", ErrorKind::InsufficientFunds},
        {"4003", ErrorKind::InvalidOrder},
        {"4004", ErrorKind::BadSymbol},
        {"4005", ErrorKind::BadRequest},
        {"4007", ErrorKind::ExchangeError},
        {"4008", ErrorKind::InvalidOrder},
        {"4009", ErrorKind::PermissionDenied},
        {"4011", ErrorKind::RateLimitExceeded},
        {"4012", ErrorKind::ExchangeError},
        {"5001", ErrorKind::ExchangeNotAvailable},
        {"5002", ErrorKind::OnMaintenance},
        {"5003", ErrorKind::OnMaintenance},
        {"5004", ErrorKind::InvalidOrder},
        {"5005", ErrorKind::InvalidOrder},
        {"5006", ErrorKind::InvalidOrder},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
