// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitflyer.h"

namespace bourse::ex {

ExchangeDescription bitflyerDescription()
{
    ExchangeDescription d;
    d.id = "bitflyer";
    d.name = "bitFlyer";
    d.countries = {"JP"};
    d.version = "v1";
    d.api = {
        {"public", "https://api.bitflyer.com/v1"},
        {"private", "https://api.bitflyer.com/v1/me"},
    };
    d.www = "https://bitflyer.com";
    d.doc = {"https://lightning.bitflyer.com/docs?lang=en"};
    // bitFlyer allows 500 private calls in 5 minutes per key (one every 600 ms); public calls are as generous.
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "fetchTradingFee",
          "createOrder", "cancelOrder", "cancelAllOrders", "fetchOrder", "fetchOrders", "fetchOpenOrders",
          "fetchClosedOrders", "fetchMyTrades", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No currency list, tickers of all markets, candles, server time, fee list or deposit address by currency.
    for (const char* m :
         {"fetchCurrencies", "fetchTickers", "fetchOHLCV", "fetchTime", "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::No;
    }
    // bitflyer.com/en-jp/commission: 0.2 % at the lowest volume (gettradingcommission gives the account's own).
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // The "status" codes of bitFlyer's error answers ({"status":-200,"error_message":"Insufficient funds"}).
    d.errors.exact = {
        {"-2", ErrorKind::OnMaintenance}, // Under maintenance
        {"-200", ErrorKind::InsufficientFunds},
    };
    d.errors.broad = {
        {"Insufficient funds", ErrorKind::InsufficientFunds},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
