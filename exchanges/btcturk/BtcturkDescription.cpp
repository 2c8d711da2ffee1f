// SPDX-License-Identifier: GPL-3.0-or-later
#include "Btcturk.h"

namespace bourse::ex {

ExchangeDescription btcturkDescription()
{
    ExchangeDescription d;
    d.id = "btcturk";
    d.name = "BTCTurk";
    d.countries = {"TR"};
    d.version = "v2";
    d.api = {
        {"public", "https://api.btcturk.com/api/v2"},
        {"private", "https://api.btcturk.com/api/v1"},
        {"graph", "https://graph-api.btcturk.com/v1"},
    };
    d.www = "https://www.btcturk.com";
    d.doc = {"https://docs.btcturk.com", "https://github.com/BTCTrader/broker-api-docs"};
    // One call per 100 ms; the ticker weighs a tenth (BTCTurk lets it be polled much faster than the rest).
    d.rateLimitMs = 100;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchBalance",
          "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders", "fetchMyTrades"}) {
        d.has[m] = Support::Yes;
    }
    // No currency list, server time, cancel-all, closed-only list, fee, deposit address or transfer history
    // endpoint that the unified calls could use.
    for (const char* m : {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchClosedOrders", "fetchTradingFee",
                          "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // The graph API's resolution in minutes, or a day/week/year count.
    d.timeframes = {{"1m", "1"},   {"15m", "15"}, {"30m", "30"}, {"1h", "60"},
                    {"4h", "240"}, {"1d", "1 d"}, {"1w", "1 w"}, {"1y", "1 y"}};
    // btcturk.com/commission-fees: 0.05 % maker, 0.09 % taker at the lowest volume tier.
    d.tradingFees.maker = *Decimal::parse("0.0005");
    d.tradingFees.taker = *Decimal::parse("0.0009");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // BTCTurk names its order failures in `message` (docs.btcturk.com/errors); HTTP 401 and 429 are mapped by
    // status in the core.
    d.errors.exact = {
        {"FAILED_ORDER_WITH_OPEN_ORDERS", ErrorKind::InsufficientFunds},
        {"BALANCE_NOT_ENOUGH", ErrorKind::InsufficientFunds},
        {"FAILED_LIMIT_ORDER", ErrorKind::InvalidOrder},
        {"FAILED_MARKET_ORDER", ErrorKind::InvalidOrder},
        {"FAILED_ORDER_PARAMETER", ErrorKind::InvalidOrder},
        {"FAILED_MIN_TOTAL_AMOUNT", ErrorKind::InvalidOrder},
        {"STOP_PRICE_GREATER_THAN_MARKET", ErrorKind::InvalidOrder},
        {"STOP_PRICE_LESS_THAN_MARKET", ErrorKind::InvalidOrder},
        {"PRICE_MUST_BE_LESS_THAN_MAXPRICE", ErrorKind::InvalidOrder},
        {"ORDER_MIN_PRICE_EXCEEDED", ErrorKind::InvalidOrder},
        {"ORDER_MAX_PRICE_EXCEEDED", ErrorKind::InvalidOrder},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
