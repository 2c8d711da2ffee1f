// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinmate.h"

namespace bourse::ex {

ExchangeDescription coinmateDescription()
{
    ExchangeDescription d;
    d.id = "coinmate";
    d.name = "CoinMate";
    d.countries = {"GB", "CZ", "EU"};
    d.api = {
        {"public", "https://coinmate.io/api"},
        {"private", "https://coinmate.io/api"},
    };
    d.www = "https://coinmate.io";
    d.doc = {"https://coinmate.docs.apiary.io", "https://coinmate.io/developers"};
    // CoinMate allows 100 requests a minute per client: one call every 600 ms, every endpoint weighing the same.
    d.rateLimitMs = 600;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTime", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders",
                          "fetchMyTrades", "fetchTradingFee", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No candles, no currency list, no cancel-all by market, no closed-order list of its own, no fee list, and the
    // deposit addresses are one endpoint per coin with no unified shape.
    for (const char* m : {"fetchOHLCV", "fetchCurrencies", "cancelAllOrders", "fetchClosedOrders", "fetchTradingFees",
                          "fetchDepositAddress"}) {
        d.has[m] = Support::No;
    }
    // coinmate.io/fees: the lowest-volume tier (0.6 % taker, 0.4 % maker), falling with 30-day volume.
    d.tradingFees.maker = *Decimal::parse("0.004");
    d.tradingFees.taker = *Decimal::parse("0.006");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    // The client id is part of the signed text and of every private form.
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.requiredCredentials.uid = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"No order with given ID", ErrorKind::OrderNotFound},
    };
    d.errors.broad = {
        {"Not enough account balance available", ErrorKind::InsufficientFunds},
        {"Incorrect order ID", ErrorKind::InvalidOrder},
        {"Minimum Order Size ", ErrorKind::InvalidOrder},
        // "USDT_EUR - max allowed precision is 4 decimal places"
        {"max allowed precision", ErrorKind::InvalidOrder},
        {"TOO MANY REQUESTS", ErrorKind::RateLimitExceeded},
        {"Access denied.", ErrorKind::AuthenticationError},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
