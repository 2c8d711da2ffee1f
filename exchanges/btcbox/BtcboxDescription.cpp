// SPDX-License-Identifier: GPL-3.0-or-later
#include "Btcbox.h"

namespace bourse::ex {

ExchangeDescription btcboxDescription()
{
    ExchangeDescription d;
    d.id = "btcbox";
    d.name = "BtcBox";
    d.countries = {"JP"};
    d.version = "v1";
    d.api = {
        {"public", "https://www.btcbox.co.jp/api/v1"},
        {"private", "https://www.btcbox.co.jp/api/v1"},
    };
    d.www = "https://www.btcbox.co.jp/";
    d.doc = {"https://blog.btcbox.jp/en/archives/8762"};
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
          "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders"}) {
        d.has[m] = Support::Yes;
    }
    // trade_list has no closed-only filter and there is no history of fills, deposits or withdrawals.
    for (const char* m :
         {"fetchCurrencies", "fetchOHLCV", "fetchTime", "cancelAllOrders", "fetchClosedOrders", "fetchMyTrades",
          "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // support.btcbox.co.jp "Fees introduction": 0.05 % on BTC/JPY, 0.1 % on the other coins (set per market).
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // The "code" of a {"result":false,...} answer.
    d.errors.exact = {
        {"104", ErrorKind::AuthenticationError}, // signature check failed
        {"105", ErrorKind::PermissionDenied},
        {"106", ErrorKind::InvalidNonce},
        {"107", ErrorKind::InvalidOrder}, // price should be an integer
        {"200", ErrorKind::InsufficientFunds},
        {"201", ErrorKind::InvalidOrder}, // amount too small
        {"202", ErrorKind::InvalidOrder}, // price out of [0, 1000000]
        {"203", ErrorKind::OrderNotFound},
        {"401", ErrorKind::OrderNotFound}, // cancelling a closed, cancelled or unknown order
        {"402", ErrorKind::DDoSProtection},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
