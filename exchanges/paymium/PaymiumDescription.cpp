// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paymium.h"

namespace bourse::ex {

ExchangeDescription paymiumDescription()
{
    ExchangeDescription d;
    d.id = "paymium";
    d.name = "Paymium";
    d.countries = {"FR", "EU"};
    d.version = "v1";
    d.api = {
        {"public", "https://paymium.com/api/v1"},
        {"private", "https://paymium.com/api/v1"},
    };
    d.www = "https://www.paymium.com";
    d.doc = {"https://github.com/Paymium/api-documentation", "https://paymium.github.io/api-documentation/"};
    // Paymium allows 86400 calls a day per IP (one a second on average); ccxt keeps to one every two seconds,
    // which also keeps the seconds nonce increasing.
    d.rateLimitMs = 2000;
    d.rateCapacity = 1;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::No;
    }
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
                          "cancelOrder", "fetchOrder", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // paymium.com/page/help/fees: makers are paid 0.1 %, takers pay 0.5 %.
    d.tradingFees.maker = *Decimal::parse("-0.001");
    d.tradingFees.taker = *Decimal::parse("0.005");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Paymium's errors are localised sentences in an "errors" list (422/400); the documented balance error is
    // told apart, the rest are ExchangeErrors, and 401/404/429 are mapped by status in the core.
    d.errors.broad = {
        {"greater than your available balance", ErrorKind::InsufficientFunds},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
