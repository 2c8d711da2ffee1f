// SPDX-License-Identifier: GPL-3.0-or-later
#include "Demo.h"

namespace bourse::ex {

ExchangeDescription demoDescription()
{
    ExchangeDescription d;
    d.id = "demo";
    d.name = "Bourse Demo";
    d.countries = {};
    d.version = "1";
    // No API hosts: the market is simulated inside the program and no request ever leaves it.
    d.api = {};
    d.www = "";
    // Nothing to protect on a remote side, so nothing to throttle.
    d.rateLimitMs = 0;
    d.rateCapacity = 1;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // A simulated venue has no chain to deposit from or withdraw to.
    d.has["fetchDepositAddress"] = Support::No;
    d.has["fetchDeposits"] = Support::No;
    d.has["fetchWithdrawals"] = Support::No;
    // The matching engine holds stop orders and fires them when the simulated market reaches their trigger.
    d.has["createStopOrder"] = Support::Yes;
    d.timeframes = {{"1m", "1m"}, {"5m", "5m"}, {"15m", "15m"}, {"30m", "30m"},
                    {"1h", "1h"}, {"4h", "4h"}, {"1d", "1d"}};
    // The fee schedule of a typical spot venue, so that practice costs what real trading costs.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = false;
    d.requiredCredentials.secret = false;
    d.precisionMode = CountingMode::TickSize;
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
