// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blinktrade.h"

namespace bourse::ex {

namespace {

// What every broker offers in 2019: the three public calls, balance, limit orders and cancel, candles from trades.
void describeCommon(ExchangeDescription& d)
{
    d.version = "v1";
    d.api = {
        {"public", "https://api.blinktrade.com/api"},
        {"private", "https://api.blinktrade.com/tapi"},
    };
    d.doc = {"https://blinktrade.com/docs"};
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
                          "cancelOrder"}) {
        d.has[m] = Support::Yes;
    }
    d.has["fetchOHLCV"] = Support::Emulated;
    // 2019 ccxt read no order or trade lists (U4 and the ledger were never wired), no tickers of several markets.
    for (const char* m : {"fetchCurrencies", "fetchTickers", "fetchTime", "cancelAllOrders", "fetchOrder",
                          "fetchOrders", "fetchOpenOrders", "fetchClosedOrders", "fetchMyTrades", "fetchTradingFee",
                          "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // The brokers published no fee in 2019's description.
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // Amounts and prices to 8 decimals (the API keeps them in satoshis).
    d.precisionMode = CountingMode::DecimalPlaces;
    d.commonCurrencies = {{"XBT", "BTC"}, {"BCC", "BCH"}, {"DRK", "DASH"}};
    // 2019 ccxt's rateLimit: one request a second.
    d.rateLimitMs = 1000;
    d.timeoutMs = 10000;
}

} // namespace

ExchangeDescription chilebitDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "chilebit";
    d.name = "ChileBit";
    d.countries = {"CL"};
    d.www = "https://chilebit.net";
    return d;
}

ExchangeDescription surbitcoinDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "surbitcoin";
    d.name = "SurBitcoin";
    d.countries = {"VE"};
    d.www = "https://surbitcoin.com";
    return d;
}

ExchangeDescription vbtcDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "vbtc";
    d.name = "VBTC";
    d.countries = {"VN"};
    d.www = "https://vbtc.exchange";
    return d;
}

BlinktradeApi chilebitApi()
{
    return BlinktradeApi {9, {{"BTCCLP", "BTC", "CLP"}}};
}

BlinktradeApi surbitcoinApi()
{
    return BlinktradeApi {1, {{"BTCVEF", "BTC", "VEF"}}};
}

BlinktradeApi vbtcApi()
{
    return BlinktradeApi {3, {{"BTCVND", "BTC", "VND"}}};
}

} // namespace bourse::ex
