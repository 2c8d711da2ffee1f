// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentReserve.h"

namespace bourse::ex {

ExchangeDescription independentreserveDescription()
{
    ExchangeDescription d;
    d.id = "independentreserve";
    d.name = "Independent Reserve";
    d.countries = {"AU", "NZ"};
    d.version = "";
    d.api = {
        {"public", "https://api.independentreserve.com/Public"},
        {"private", "https://api.independentreserve.com/Private"},
    };
    d.www = "https://www.independentreserve.com";
    d.doc = {"https://www.independentreserve.com/API"};
    // One request a second; every method costs 1.
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
                          "cancelOrder", "fetchOrder", "fetchOpenOrders", "fetchClosedOrders", "fetchMyTrades",
                          "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // No candles, no server time, no currency list, no all-orders list, no cancel-everything, and the transaction
    // list (GetTransactions) mixes every kind of ledger entry without the fields a deposit record needs.
    for (const char* m : {"fetchCurrencies", "fetchTickers", "fetchOHLCV", "fetchTime", "cancelAllOrders",
                          "fetchOrders", "fetchTradingFee", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // independentreserve.com/fees: 0.5 % both ways at the first volume tier (GetBrokerageFees has the account's).
    d.tradingFees.maker = *Decimal::parse("0.005");
    d.tradingFees.taker = *Decimal::parse("0.005");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Independent Reserve publishes no error codes: a refusal is an HTTP 4xx with {"Message":"..."} in words.
    // These substrings pick out the kinds a caller can act on; anything else is mapped by its HTTP status.
    d.errors.broad = {
        {"nonce", ErrorKind::InvalidNonce},
        {"signature", ErrorKind::AuthenticationError},
        {"api key", ErrorKind::AuthenticationError},
        {"insufficient", ErrorKind::InsufficientFunds},
    };
    // Xbt is the exchange's name for bitcoin; its PLA is PlayChip.
    d.commonCurrencies = {{"XBT", "BTC"}, {"PLA", "PlayChip"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
