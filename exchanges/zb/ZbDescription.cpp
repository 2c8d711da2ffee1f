// SPDX-License-Identifier: GPL-3.0-or-later
#include "Zb.h"

namespace bourse::ex {

namespace {

// What zb and bitkk share: ZB's 2019 API as the 2019 description had it.
ExchangeDescription zbBase()
{
    ExchangeDescription d;
    d.version = "v1";
    d.rateLimitMs = 1000;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchBalance",
          "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    for (const char* m : {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchClosedOrders", "fetchMyTrades",
                          "fetchTradingFee", "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1min"},  {"3m", "3min"},  {"5m", "5min"},  {"15m", "15min"}, {"30m", "30min"},
                    {"1h", "1hour"}, {"2h", "2hour"}, {"4h", "4hour"}, {"6h", "6hour"},  {"12h", "12hour"},
                    {"1d", "1day"},  {"3d", "3day"},  {"1w", "1week"}};
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::DecimalPlaces;
    d.commonCurrencies = {{"XBT", "BTC"},    {"BCC", "BCH"},   {"DRK", "DASH"},
                          {"BCHABC", "BCH"}, {"BCHSV", "BSV"}, {"ENT", "ENTCash"}};
    // ZB's trade API codes (1000 is success).
    d.errors.exact = {
        {"1001", ErrorKind::ExchangeError}, // general error
        {"1002", ErrorKind::ExchangeError}, // internal error
        {"1003", ErrorKind::AuthenticationError}, // verification does not pass
        {"1004", ErrorKind::AuthenticationError}, // funds security password locked
        {"1005", ErrorKind::AuthenticationError}, // funds security password incorrect
        {"1006", ErrorKind::AuthenticationError}, // real-name certification pending or refused
        {"1009", ErrorKind::ExchangeNotAvailable}, // interface under maintenance
        {"2001", ErrorKind::InsufficientFunds}, // insufficient CNY
        {"2002", ErrorKind::InsufficientFunds}, // insufficient BTC
        {"2003", ErrorKind::InsufficientFunds}, // insufficient LTC
        {"2005", ErrorKind::InsufficientFunds}, // insufficient ETH
        {"2006", ErrorKind::InsufficientFunds}, // insufficient ETC
        {"2007", ErrorKind::InsufficientFunds}, // insufficient BTS
        {"2009", ErrorKind::InsufficientFunds}, // account balance not enough
        {"3001", ErrorKind::OrderNotFound}, // pending orders not found
        {"3002", ErrorKind::InvalidOrder}, // invalid price
        {"3003", ErrorKind::InvalidOrder}, // invalid amount
        {"3004", ErrorKind::AuthenticationError}, // user does not exist
        {"3005", ErrorKind::BadRequest}, // invalid parameter
        {"3006", ErrorKind::AuthenticationError}, // IP not the bound one
        {"3007", ErrorKind::InvalidNonce}, // the request time has expired
        {"3008", ErrorKind::OrderNotFound}, // transaction records not found
        {"4001", ErrorKind::ExchangeNotAvailable}, // API locked or not enabled
        {"4002", ErrorKind::RateLimitExceeded}, // requests too often
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace

ExchangeDescription zbDescription()
{
    ExchangeDescription d = zbBase();
    d.id = "zb";
    d.name = "ZB";
    d.countries = {"CN"};
    // ZB served market data over plain http only; the trade API over https.
    d.api = {{"public", "http://api.zb.cn/data"}, {"private", "https://trade.zb.cn/api"}};
    d.www = "https://www.zb.com";
    d.doc = {"https://www.zb.com/i/developer"};
    return d;
}

ExchangeDescription bitkkDescription()
{
    ExchangeDescription d = zbBase();
    d.id = "bitkk";
    d.name = "bitkk";
    d.countries = {"CN"};
    d.api = {{"public", "http://api.bitkk.com/data"}, {"private", "https://trade.bitkk.com/api"}};
    d.www = "https://www.bitkk.com";
    d.doc = {"https://www.bitkk.com/i/developer"};
    return d;
}

} // namespace bourse::ex
