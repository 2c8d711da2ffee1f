// SPDX-License-Identifier: GPL-3.0-or-later
#include "Binance.h"

namespace bourse::ex {

ExchangeDescription binanceDescription()
{
    ExchangeDescription d;
    d.id = "binance";
    d.name = "Binance";
    d.countries = {"JP", "MT"};
    d.version = "v3";
    d.api = {
        {"public", "https://api.binance.com/api/v3"},
        {"private", "https://api.binance.com/api/v3"},
        {"sapi", "https://api.binance.com/sapi/v1"},
        {"papi", "https://papi.binance.com/papi/v1"},
    };
    d.sandboxApi = {
        {"public", "https://testnet.binance.vision/api/v3"},
        {"private", "https://testnet.binance.vision/api/v3"},
    };
    d.www = "https://www.binance.com";
    d.doc = {"https://developers.binance.com/docs/binance-spot-api-docs/rest-api"};
    // Binance allows 6000 request weight a minute per IP: 10 ms a unit. We space units by 50 ms (1200 a minute,
    // ccxt's figure) to leave room for other programs on the same IP, and let 20 units go at once.
    d.rateLimitMs = 50;
    d.rateCapacity = 20;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    d.timeframes = {{"1s", "1s"}, {"1m", "1m"}, {"3m", "3m"}, {"5m", "5m"}, {"15m", "15m"}, {"30m", "30m"},
                    {"1h", "1h"}, {"2h", "2h"}, {"4h", "4h"}, {"6h", "6h"}, {"8h", "8h"},   {"12h", "12h"},
                    {"1d", "1d"}, {"3d", "3d"}, {"1w", "1w"}, {"1M", "1M"}};
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.tierBased = false;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"-1000", ErrorKind::ExchangeNotAvailable}, // an unknown error occurred while processing the request
        {"-1001", ErrorKind::ExchangeNotAvailable}, // internal error; unable to process your request
        {"-1002", ErrorKind::AuthenticationError}, // not authorized
        {"-1003", ErrorKind::RateLimitExceeded}, // too much request weight used
        {"-1006", ErrorKind::BadResponse},
        {"-1007", ErrorKind::RequestTimeout}, // timeout waiting for the backend: the order's fate is unknown
        {"-1013", ErrorKind::InvalidOrder}, // filter failure (LOT_SIZE, PRICE_FILTER, NOTIONAL)
        {"-1014", ErrorKind::InvalidOrder}, // unsupported order combination
        {"-1015", ErrorKind::RateLimitExceeded}, // too many new orders
        {"-1016", ErrorKind::ExchangeNotAvailable},
        {"-1020", ErrorKind::BadRequest},
        {"-1021", ErrorKind::InvalidNonce}, // timestamp outside recvWindow: the clock is off
        {"-1022", ErrorKind::AuthenticationError}, // invalid signature
        {"-1100", ErrorKind::BadRequest},
        {"-1101", ErrorKind::BadRequest},
        {"-1102", ErrorKind::BadRequest},
        {"-1103", ErrorKind::BadRequest},
        {"-1104", ErrorKind::BadRequest},
        {"-1105", ErrorKind::BadRequest},
        {"-1106", ErrorKind::BadRequest},
        {"-1111", ErrorKind::BadRequest}, // precision over the maximum defined for this asset
        {"-1112", ErrorKind::InvalidOrder},
        {"-1114", ErrorKind::BadRequest},
        {"-1115", ErrorKind::BadRequest},
        {"-1116", ErrorKind::BadRequest},
        {"-1117", ErrorKind::BadRequest},
        {"-1121", ErrorKind::BadSymbol},
        {"-1125", ErrorKind::AuthenticationError},
        {"-1127", ErrorKind::BadRequest},
        {"-1128", ErrorKind::BadRequest},
        {"-1130", ErrorKind::BadRequest},
        {"-2008", ErrorKind::AuthenticationError},
        {"-2010", ErrorKind::InvalidOrder}, // new order rejected; the message says why
        {"-2011", ErrorKind::OrderNotFound}, // cancel rejected: unknown order
        {"-2013", ErrorKind::OrderNotFound},
        {"-2014", ErrorKind::AuthenticationError}, // API-key format invalid
        {"-2015", ErrorKind::AuthenticationError}, // invalid API-key, IP, or permissions
        {"-2026", ErrorKind::InvalidOrder},
        {"-3041", ErrorKind::InsufficientFunds},
    };
    d.errors.broad = {
        {"has no operation privilege", ErrorKind::PermissionDenied},
        {"Account has insufficient balance", ErrorKind::InsufficientFunds},
        {"insufficient balance", ErrorKind::InsufficientFunds},
        {"Rest API trading is not enabled", ErrorKind::ExchangeNotAvailable},
        {"This account may not place or cancel orders", ErrorKind::AccountSuspended},
        {"You don't have permission", ErrorKind::PermissionDenied},
        {"Market is closed", ErrorKind::MarketClosed},
        {"Too many requests", ErrorKind::DDoSProtection},
        {"This action is disabled on this account", ErrorKind::AccountSuspended},
        {"Order would trigger immediately", ErrorKind::OrderImmediatelyFillable},
        {"Order would immediately match and take", ErrorKind::OrderImmediatelyFillable},
        {"Unknown order sent", ErrorKind::OrderNotFound},
        {"Invalid symbol", ErrorKind::BadSymbol},
        {"Duplicate order sent", ErrorKind::DuplicateOrderId},
        {"Timestamp for this request", ErrorKind::InvalidNonce},
    };
    d.commonCurrencies = {{"BCC", "BCC"}, {"YOYO", "YOYOW"}};
    d.timeoutMs = 10000;
    // newClientOrderId on the way in, origClientOrderId to look it up (GET api/v3/order).
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    return d;
}

} // namespace bourse::ex
