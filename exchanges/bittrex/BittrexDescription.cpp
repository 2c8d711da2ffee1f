// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bittrex.h"

namespace bourse::ex {

namespace {

// The API sections below https://<host>/api/<version>: the calls' paths follow (public/getmarkets ...).
void describeCommon(ExchangeDescription& d, const std::string& host)
{
    const std::string base = "https://" + host + "/api/" + d.version;
    d.api = {
        {"public", base + "/public"},
        {"account", base + "/account"},
        {"market", base + "/market"},
        // Candles only: bittrex's v2.0 "pub" API (2019 ccxt sent bleutrade's there too).
        {"v2", "https://" + host + "/api/v2.0/pub"},
    };
    for (const char* m :
         {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
          "fetchOHLCV", "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders",
          "fetchClosedOrders", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No own-trade list, no server time, no cancel-all, no fee calls in API v1.1.
    for (const char* m :
         {"fetchMyTrades", "fetchOrders", "fetchTime", "cancelAllOrders", "fetchTradingFee", "fetchTradingFees"}) {
        d.has[m] = Support::No;
    }
    // The v2.0 GetTicks intervals.
    d.timeframes = {{"1m", "oneMin"}, {"5m", "fiveMin"}, {"30m", "thirtyMin"}, {"1h", "hour"}, {"1d", "day"}};
    // bittrex.com/Fees: 0.25 % either side, no tiers.
    d.tradingFees.maker = *Decimal::parse("0.0025");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // Amounts to 8 decimals, prices to 8 (3 for USD markets).
    d.precisionMode = CountingMode::DecimalPlaces;
    d.commonCurrencies = {{"XBT", "BTC"}, {"BCC", "BCH"}, {"DRK", "DASH"}, {"BITS", "SWIFT"}, {"CPC", "CapriCoin"}};
    // The `message` of {"success":false,"message":"..."}.
    d.errors.exact = {
        {"APISIGN_NOT_PROVIDED", ErrorKind::AuthenticationError},
        {"INVALID_SIGNATURE", ErrorKind::AuthenticationError},
        {"APIKEY_INVALID", ErrorKind::AuthenticationError},
        {"INVALID_PERMISSION", ErrorKind::PermissionDenied},
        {"WHITELIST_VIOLATION_IP", ErrorKind::PermissionDenied},
        {"INVALID_CURRENCY", ErrorKind::BadRequest},
        {"INVALID_MARKET", ErrorKind::BadSymbol},
        {"INSUFFICIENT_FUNDS", ErrorKind::InsufficientFunds},
        {"QUANTITY_NOT_PROVIDED", ErrorKind::InvalidOrder},
        {"RATE_NOT_PROVIDED", ErrorKind::InvalidOrder},
        {"MIN_TRADE_REQUIREMENT_NOT_MET", ErrorKind::InvalidOrder},
        {"DUST_TRADE_DISALLOWED_MIN_VALUE_50K_SAT", ErrorKind::InvalidOrder},
        {"INVALID_ORDER", ErrorKind::InvalidOrder},
        {"ORDER_NOT_OPEN", ErrorKind::OrderNotFound},
        {"UUID_INVALID", ErrorKind::OrderNotFound},
        {"ADDRESS_GENERATING", ErrorKind::AddressPending},
    };
    d.errors.broad = {
        // "Call to GetBalances was throttled. Try again in 60 seconds."
        {"throttled. Try again", ErrorKind::DDoSProtection},
        // "There was a problem processing your request.  If this problem persists, please contact..."
        {"problem", ErrorKind::ExchangeNotAvailable},
    };
    d.timeoutMs = 10000;
}

} // namespace

ExchangeDescription bittrexDescription()
{
    ExchangeDescription d;
    d.id = "bittrex";
    d.name = "Bittrex";
    d.countries = {"US"};
    d.version = "v1.1";
    describeCommon(d, "bittrex.com");
    d.www = "https://bittrex.com";
    d.doc = {"https://bittrex.com/Home/Api"};
    // 2019 ccxt's rateLimit: one call every 1.5 s keeps clear of the "throttled" answers.
    d.rateLimitMs = 1500;
    return d;
}

ExchangeDescription bleutradeDescription()
{
    ExchangeDescription d;
    d.id = "bleutrade";
    d.name = "Bleutrade";
    d.countries = {"BR"};
    d.version = "v2";
    describeCommon(d, "bleutrade.com");
    d.www = "https://bleutrade.com";
    d.doc = {"https://bleutrade.com/help/API"};
    // account/getorders lists orders of every status.
    d.has["fetchOrders"] = Support::Yes;
    // 2019 ccxt's rateLimit for bleutrade: 1 s.
    d.rateLimitMs = 1000;
    d.commonCurrencies["EPC"] = "Epacoin";
    d.errors.exact.insert(d.errors.exact.end(),
                          {
                              {"Insufficient funds!", ErrorKind::InsufficientFunds},
                              {"Invalid Order ID", ErrorKind::OrderNotFound},
                              {"Invalid apikey or apisecret", ErrorKind::AuthenticationError},
                          });
    return d;
}

BittrexApi bittrexApi()
{
    return BittrexApi {};
}

BittrexApi bleutradeApi()
{
    BittrexApi a;
    a.dialect = BittrexApi::Dialect::Bleutrade;
    a.orderIdKey = "orderid";
    a.bookType = "ALL";
    a.bookTakesDepth = true;
    a.withdrawalHistory = "getwithdrawhistory";
    return a;
}

} // namespace bourse::ex
