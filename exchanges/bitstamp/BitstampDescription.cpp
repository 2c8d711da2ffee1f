// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitstamp.h"

namespace bourse::ex {

ExchangeDescription bitstampDescription()
{
    ExchangeDescription d;
    d.id = "bitstamp";
    d.name = "Bitstamp";
    d.countries = {"GB"};
    d.version = "v2";
    d.api = {
        {"public", "https://www.bitstamp.net/api"},
        {"private", "https://www.bitstamp.net/api"},
    };
    d.www = "https://www.bitstamp.net";
    d.doc = {"https://www.bitstamp.net/api"};
    // 8000 requests per 10 minutes (bitstamp.net/api "Request limits"): 13.3 a second, 75 ms apart, every call
    // costing the same.
    d.rateLimitMs = 75;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook",
                          "fetchTrades", "fetchOHLCV", "fetchBalance", "createOrder", "cancelOrder", "cancelAllOrders",
                          "fetchOrder", "fetchOpenOrders", "fetchMyTrades", "fetchTradingFee", "fetchTradingFees",
                          "fetchDepositAddress", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // Deposits are the type-0 entries of the account's transaction list.
    d.has["fetchDeposits"] = Support::Emulated;
    // No server time, and no list of past orders (only open ones, or one order by id).
    d.has["fetchTime"] = Support::No;
    d.has["fetchOrders"] = Support::No;
    d.has["fetchClosedOrders"] = Support::No;
    // OHLC `step` is in seconds. Bitstamp's "1w" value is 259200 (three days), as its API lists the steps.
    d.timeframes = {{"1m", "60"},    {"3m", "180"},    {"5m", "300"},   {"15m", "900"},
                    {"30m", "1800"}, {"1h", "3600"},   {"2h", "7200"},  {"4h", "14400"},
                    {"6h", "21600"}, {"12h", "43200"}, {"1d", "86400"}, {"1w", "259200"}};
    // The first tier of bitstamp.net/fee-schedule: 0.4 % both ways, falling with 30-day volume.
    d.tradingFees.maker = *Decimal::parse("0.004");
    d.tradingFees.taker = *Decimal::parse("0.004");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // {"status": "error", "reason": {"__all__": ["..."]}, "code": "API0004"} or {"error": "..."}, often with HTTP 200.
    d.errors.exact = {
        {"No permission found", ErrorKind::PermissionDenied},
        {"API key not found", ErrorKind::AuthenticationError},
        {"IP address not allowed", ErrorKind::PermissionDenied},
        {"Invalid nonce", ErrorKind::InvalidNonce},
        {"Invalid signature", ErrorKind::AuthenticationError},
        {"Authentication failed", ErrorKind::AuthenticationError},
        {"Missing key, signature and nonce parameters", ErrorKind::AuthenticationError},
        {"Wrong API key format", ErrorKind::AuthenticationError},
        {"Your account is frozen", ErrorKind::PermissionDenied},
        {"Please update your profile with your FATCA information, before using API.", ErrorKind::PermissionDenied},
        {"Order not found.", ErrorKind::OrderNotFound},
        {"Bitstamp.net is under scheduled maintenance. We'll be back soon.", ErrorKind::OnMaintenance},
        // "Order could not be placed (perhaps due to internal error or trade halt). Please retry placing order."
        {"Order could not be placed.", ErrorKind::ExchangeNotAvailable},
        {"Invalid offset.", ErrorKind::BadRequest},
        {"Trading is currently unavailable for your account.", ErrorKind::AccountSuspended},
    };
    d.errors.broad = {
        {"Minimum order size is", ErrorKind::InvalidOrder},
        {"Price is more than", ErrorKind::InvalidOrder},
        {"Check your account balance for details.", ErrorKind::InsufficientFunds},
        {"Ensure this value has at least", ErrorKind::InvalidAddress},
        {"Ensure that there are no more than", ErrorKind::InvalidOrder},
    };
    // Bitstamp's UST is TerraUSD, renamed USTC after its collapse.
    d.commonCurrencies = {{"UST", "USTC"}};
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
