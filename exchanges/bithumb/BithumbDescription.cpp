// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bithumb.h"

namespace bourse::ex {

ExchangeDescription bithumbDescription()
{
    ExchangeDescription d;
    d.id = "bithumb";
    d.name = "Bithumb";
    d.countries = {"KR"};
    d.version = "v1";
    // Paths carry their own version (v1/ticker, v2/orders).
    d.api = {
        {"public", "https://api.bithumb.com"},
        {"private", "https://api.bithumb.com"},
    };
    d.www = "https://www.bithumb.com";
    d.doc = {"https://apidocs.bithumb.com"};
    // Bithumb recommends 120 requests a second; batch cancels are weighed 6.
    d.rateLimitMs = 8.334;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders",
                          "fetchClosedOrders", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No currency list, server time, own-trade history, cancel-all or fee query on the v1/v2 API.
    for (const char* m :
         {"fetchCurrencies", "fetchTime", "fetchMyTrades", "cancelAllOrders", "fetchTradingFee", "fetchTradingFees"}) {
        d.has[m] = Support::No;
    }
    // Minute candles take the unit in the path (v1/candles/minutes/{unit}); days, weeks and months have their own.
    d.timeframes = {{"1m", "1"},  {"3m", "3"},   {"5m", "5"},    {"10m", "10"},   {"15m", "15"},   {"30m", "30"},
                    {"1h", "60"}, {"4h", "240"}, {"1d", "days"}, {"1w", "weeks"}, {"1M", "months"}};
    d.tradingFees.maker = *Decimal::parse("0.0025");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // Prices go out with 4 significant digits (amounts with 4 decimals, see amountText).
    d.precisionMode = CountingMode::SignificantDigits;
    d.errors.exact = {
        {"400", ErrorKind::BadRequest},
        {"Bad Request(SSL)", ErrorKind::BadRequest},
        {"Bad Request(Bad Method)", ErrorKind::BadRequest},
        {"Bad Request.(Auth Data)", ErrorKind::AuthenticationError},
        {"Not Member", ErrorKind::AuthenticationError},
        {"Invalid Apikey", ErrorKind::AuthenticationError},
        {"Method Not Allowed.(Access IP)", ErrorKind::PermissionDenied},
        {"Method Not Allowed.(BTC Adress)", ErrorKind::InvalidAddress},
        {"Method Not Allowed.(Access)", ErrorKind::PermissionDenied},
        {"Database Fail", ErrorKind::ExchangeNotAvailable},
        {"Invalid Parameter", ErrorKind::BadRequest},
        {"5600", ErrorKind::ExchangeError},
        {"Unknown Error", ErrorKind::ExchangeError},
        {"Missing request parameter error. Check the required parameters!", ErrorKind::BadRequest},
        // The v1/v2 API's error names (its error table follows Upbit's).
        {"invalid_access_key", ErrorKind::AuthenticationError},
        {"jwt_verification", ErrorKind::AuthenticationError},
        {"expired_access_key", ErrorKind::AuthenticationError},
        {"NotAllowIP", ErrorKind::PermissionDenied},
        {"out_of_scope", ErrorKind::PermissionDenied},
        {"insufficient_funds_bid", ErrorKind::InsufficientFunds},
        {"insufficient_funds_ask", ErrorKind::InsufficientFunds},
        {"order_not_found", ErrorKind::OrderNotFound},
        {"invalid_price_bid", ErrorKind::InvalidOrder},
        {"invalid_price_ask", ErrorKind::InvalidOrder},
        {"under_min_total_bid", ErrorKind::InvalidOrder},
        {"under_min_total_ask", ErrorKind::InvalidOrder},
    };
    d.errors.broad = {
        {"insufficient_funds", ErrorKind::InsufficientFunds},
    };
    d.commonCurrencies = {{"FTC", "FTC2"}, {"SOC", "Soda Coin"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
