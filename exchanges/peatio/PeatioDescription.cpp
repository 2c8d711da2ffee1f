// SPDX-License-Identifier: GPL-3.0-or-later
#include "Peatio.h"

namespace bourse::ex {

namespace {

// What acx and kuna share: peatio's API v2 as the 2019 descriptions had it.
ExchangeDescription peatioBase()
{
    ExchangeDescription d;
    d.version = "v2";
    d.rateLimitMs = 1000;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder"}) {
        d.has[m] = Support::Yes;
    }
    // The API has a server time, order lists, own trades and cancel-all, but the 2019 descriptions did not offer
    // them (kuna adds open orders and own trades).
    for (const char* m : {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchOrders", "fetchOpenOrders",
                          "fetchClosedOrders", "fetchMyTrades", "fetchTradingFee", "fetchTradingFees",
                          "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // The k endpoint's period, in minutes.
    d.timeframes = {{"1m", "1"},   {"5m", "5"},    {"15m", "15"},  {"30m", "30"},  {"1h", "60"},   {"2h", "120"},
                    {"4h", "240"}, {"12h", "720"}, {"1d", "1440"}, {"3d", "4320"}, {"1w", "10080"}};
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::DecimalPlaces;
    d.commonCurrencies = {{"XBT", "BTC"}, {"BCC", "BCH"}, {"DRK", "DASH"}, {"BCHABC", "BCH"}, {"BCHSV", "BSV"}};
    // peatio's app/api/api_v2/errors.rb: {"error":{"code":..,"message":..}} with HTTP 400, 401 or 404.
    d.errors.exact = {
        {"1001", ErrorKind::BadRequest}, // a parameter missing or invalid
        {"2001", ErrorKind::AuthenticationError}, // authorization failed
        // "Failed to create order. Reason: cannot lock funds": 2019 ccxt read every refusal as insufficient funds.
        {"2002", ErrorKind::InsufficientFunds},
        {"2003", ErrorKind::OrderNotFound}, // failed to cancel order
        {"2004", ErrorKind::OrderNotFound}, // order doesn't exist
        {"2005", ErrorKind::AuthenticationError}, // signature incorrect
        {"2006", ErrorKind::InvalidNonce}, // tonce already used
        {"2007", ErrorKind::InvalidNonce}, // tonce more than 30 s away from the server's clock
        {"2008", ErrorKind::AuthenticationError}, // access key does not exist
        {"2009", ErrorKind::AuthenticationError}, // access key disabled
        {"2010", ErrorKind::AuthenticationError}, // access key expired
        {"2011", ErrorKind::PermissionDenied}, // out of the access key's scopes
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace

ExchangeDescription acxDescription()
{
    ExchangeDescription d = peatioBase();
    d.id = "acx";
    d.name = "ACX";
    d.countries = {"AU"};
    // 2019 ccxt's urls.api was https://acx.io/api and it added /api/v2 again (https://acx.io/api/api/v2/...); the
    // API documented, and signed, /api/v2/..., which is what is sent here.
    d.api = {{"public", "https://acx.io"}, {"private", "https://acx.io"}};
    d.www = "https://acx.io";
    d.doc = {"https://acx.io/documents/api_v2"};
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    return d;
}

PeatioApi acxApi()
{
    PeatioApi a;
    a.marketsFromTickers = false;
    // acx documented no precision; 2019 ccxt took 8 decimals for both.
    a.amountPlaces = 8;
    a.defaultPricePlaces = 8;
    return a;
}

ExchangeDescription kunaDescription()
{
    ExchangeDescription d = peatioBase();
    d.id = "kuna";
    d.name = "Kuna";
    d.countries = {"UA"};
    d.api = {{"public", "https://kuna.io"}, {"private", "https://kuna.io"}};
    d.www = "https://kuna.io";
    d.doc = {"https://kuna.io/documents/api"};
    d.has["fetchOpenOrders"] = Support::Yes;
    d.has["fetchMyTrades"] = Support::Yes;
    d.tradingFees.maker = *Decimal::parse("0.0025");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    return d;
}

PeatioApi kunaApi()
{
    PeatioApi a;
    a.marketsFromTickers = true;
    a.quoteIds = {"btc", "eth", "eurs", "gbg", "uah"};
    // Hryvnia prices are whole; the rest have 6 decimals, as amounts do.
    a.pricePlaces = {{"UAH", 0}};
    a.defaultPricePlaces = 6;
    a.amountPlaces = 6;
    return a;
}

} // namespace bourse::ex
