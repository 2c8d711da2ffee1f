// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinegg.h"

namespace bourse::ex {

namespace {

// What every member offers in 2019, on `host`: the web API at /coin, the REST API at /api/v1.
void describeCommon(ExchangeDescription& d, const std::string& webHost, const std::string& restHost)
{
    d.version = "v1";
    d.api = {
        {"web", "https://" + webHost + "/coin"},
        {"public", "https://" + restHost + "/api/" + d.version},
        {"private", "https://" + restHost + "/api/" + d.version},
    };
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOrders"}) {
        d.has[m] = Support::Yes;
    }
    // No candles in the API: built from the public trades. The open orders are trade_list with type=open.
    for (const char* m : {"fetchOHLCV", "fetchOpenOrders"}) {
        d.has[m] = Support::Emulated;
    }
    // The API documents no own-trade list (2019 ccxt said fetchMyTrades yes but had no such call), no closed-order
    // list, no currencies, server time, cancel-all, fee or funding calls.
    for (const char* m :
         {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchClosedOrders", "fetchMyTrades", "fetchTradingFee",
          "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // Every market trades to 8 decimals of amount and price (the API gives no precision).
    d.precisionMode = CountingMode::DecimalPlaces;
    d.commonCurrencies = {{"XBT", "BTC"}, {"BCC", "BCH"}, {"DRK", "DASH"}, {"JBC", "JubaoCoin"}};
    // The documented codes of {"result":false,"code":"103"}.
    d.errors.exact = {
        {"100", ErrorKind::BadRequest}, // Required parameters can not be empty
        {"101", ErrorKind::BadRequest}, // Illegal parameter
        {"102", ErrorKind::BadSymbol}, // coin does not exist
        {"103", ErrorKind::AuthenticationError}, // Key does not exist
        {"104", ErrorKind::AuthenticationError}, // Signature does not match
        {"105", ErrorKind::PermissionDenied}, // Insufficient permissions
        {"106", ErrorKind::InvalidNonce}, // Request expired (nonce error)
        {"200", ErrorKind::InsufficientFunds}, // Lack of balance
        {"201", ErrorKind::InvalidOrder}, // Too small for the number of trading
        {"202", ErrorKind::InvalidOrder}, // Price must be in 0 - 1000000
        {"203", ErrorKind::OrderNotFound}, // Order does not exist
        {"204", ErrorKind::InvalidOrder}, // Pending order amount must be above 0.001 BTC
        {"205", ErrorKind::InvalidOrder}, // Restrict pending order prices
        {"206", ErrorKind::InvalidOrder}, // Decimal place error
        {"401", ErrorKind::ExchangeNotAvailable}, // System error
        {"402", ErrorKind::DDoSProtection}, // Requests are too frequent
        {"403", ErrorKind::PermissionDenied}, // Non-open API
        {"404", ErrorKind::PermissionDenied}, // IP restriction does not request the resource
        {"405", ErrorKind::MarketClosed}, // Currency transactions are temporarily closed
    };
    // 2019 ccxt left the base rate limit: one request every 2 s.
    d.rateLimitMs = 2000;
    d.timeoutMs = 10000;
}

} // namespace

ExchangeDescription coineggDescription()
{
    ExchangeDescription d;
    describeCommon(d, "www.coinegg.com", "api.coinegg.com");
    d.id = "coinegg";
    d.name = "CoinEgg";
    d.countries = {"CN", "UK"};
    d.www = "https://www.coinegg.com";
    d.doc = {"https://www.coinegg.com/explain.api.html"};
    // coinegg.com/fee.html: 0.1 % either side.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    return d;
}

ExchangeDescription btctradeimDescription()
{
    ExchangeDescription d;
    describeCommon(d, "api.btctrade.im", "api.btctrade.im");
    d.id = "btctradeim";
    d.name = "BtcTrade.im";
    d.countries = {"HK"};
    d.www = "https://www.btctrade.im";
    d.doc = {"https://www.btctrade.im/help.api.html"};
    // btctrade.im/spend.price.html: 0.2 % either side.
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    return d;
}

ExchangeDescription coolcoinDescription()
{
    ExchangeDescription d;
    describeCommon(d, "www.coolcoin.com", "www.coolcoin.com");
    d.id = "coolcoin";
    d.name = "CoolCoin";
    d.countries = {"HK"};
    d.www = "https://www.coolcoin.com";
    d.doc = {"https://www.coolcoin.com/help.api.html"};
    // coolcoin.com/spend.price.html: 0.1 % either side.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    return d;
}

CoineggApi coineggApi()
{
    return CoineggApi {{"btc", "eth", "usc", "usdt"}};
}

CoineggApi btctradeimApi()
{
    return CoineggApi {{"btc", "eth", "usc"}};
}

CoineggApi coolcoinApi()
{
    return CoineggApi {{"btc", "usdt"}};
}

} // namespace bourse::ex
