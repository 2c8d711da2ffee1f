// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indodax.h"

namespace bourse::ex {

ExchangeDescription indodaxDescription()
{
    ExchangeDescription d;
    d.id = "indodax";
    d.name = "INDODAX";
    d.countries = {"ID"};
    d.version = "2.0";
    d.api = {
        {"public", "https://indodax.com"},
        {"private", "https://indodax.com/tapi"},
    };
    d.www = "https://www.indodax.com";
    d.doc = {"https://github.com/btcid/indodax-official-api-docs"};
    // Public calls are limited to 180 a minute and private ones to 20 a second (orders 30): a 50 ms unit with
    // public calls weighing 5, private reads 4 and order entry 1.
    d.rateLimitMs = 50;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTime", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
                          "fetchOHLCV", "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders",
                          "fetchClosedOrders", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // fetchDepositAddress reads the address list getInfo carries. No currency list, no cancel-all, no all-orders
    // call, no own-trade history in the unified shape, no fee call per market.
    d.has["fetchDepositAddress"] = Support::Emulated;
    for (const char* m : {"fetchCurrencies", "cancelAllOrders", "fetchOrders", "fetchMyTrades", "fetchTradingFee",
                          "fetchTradingFees"}) {
        d.has[m] = Support::No;
    }
    // The tradingview history takes minutes, or D/W for days and weeks.
    d.timeframes = {{"1m", "1"},   {"15m", "15"}, {"30m", "30"}, {"1h", "60"},
                    {"4h", "240"}, {"1d", "1D"},  {"3d", "3D"},  {"1w", "1W"}};
    // indodax.com/fees: 0.3 % taker, makers free on the IDR markets (each market reads its own when loaded).
    d.tradingFees.maker = Decimal(0);
    d.tradingFees.taker = *Decimal::parse("0.003");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"invalid_pair", ErrorKind::BadSymbol},
        {"Insufficient balance.", ErrorKind::InsufficientFunds},
        {"invalid order.", ErrorKind::OrderNotFound},
        {"Invalid credentials. API not found or session has expired.", ErrorKind::AuthenticationError},
        {"Invalid credentials. Bad sign.", ErrorKind::AuthenticationError},
    };
    d.errors.broad = {
        {"Minimum price", ErrorKind::InvalidOrder},
        {"Minimum order", ErrorKind::InvalidOrder},
    };
    d.commonCurrencies = {{"STR", "XLM"}, {"BCHABC", "BCH"}, {"BCHSV", "BSV"}, {"DRK", "DASH"}, {"NEM", "XEM"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
