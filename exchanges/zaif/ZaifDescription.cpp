// SPDX-License-Identifier: GPL-3.0-or-later
#include "Zaif.h"

namespace bourse::ex {

ExchangeDescription zaifDescription()
{
    ExchangeDescription d;
    d.id = "zaif";
    d.name = "Zaif";
    d.countries = {"JP"};
    d.version = "1";
    d.api = {
        {"public", "https://api.zaif.jp/api/1"},
        {"private", "https://api.zaif.jp/tapi"},
    };
    d.www = "https://zaif.jp";
    d.doc = {"https://zaif-api-document.readthedocs.io/ja/latest/", "https://corp.zaif.jp/api-docs"};
    // Zaif's limits, in 100 ms units: public calls 1; the trading API's most calls 10 in 5 s (5), get_info once a
    // second (10), trade_history 12 a minute (50).
    d.rateLimitMs = 100;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
                          "cancelOrder", "fetchOpenOrders", "fetchClosedOrders"}) {
        d.has[m] = Support::Yes;
    }
    for (const char* m : {"fetchCurrencies", "fetchTickers", "fetchOHLCV", "fetchTime", "cancelAllOrders", "fetchOrder",
                          "fetchOrders", "fetchMyTrades", "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress",
                          "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // zaif.jp/fee: 0.1 % taker, no maker fee on the spot pairs.
    d.tradingFees.maker = Decimal(0);
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"unsupported currency_pair", ErrorKind::BadRequest},
    };
    // The trading API's messages (zaif-api-document, "エラー"): matched inside the error text.
    d.errors.broad = {
        {"insufficient funds", ErrorKind::InsufficientFunds},
        {"order not found", ErrorKind::OrderNotFound},
        {"signature mismatch", ErrorKind::AuthenticationError},
        {"invalid key", ErrorKind::AuthenticationError},
        {"api key dont have", ErrorKind::PermissionDenied},
        {"nonce not incremented", ErrorKind::InvalidNonce},
        {"nonce out of range", ErrorKind::InvalidNonce},
        {"time wait restriction", ErrorKind::RateLimitExceeded},
        {"trade temporarily unavailable", ErrorKind::ExchangeNotAvailable},
        {"invalid amount parameter", ErrorKind::InvalidOrder},
        {"invalid price parameter", ErrorKind::InvalidOrder},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
