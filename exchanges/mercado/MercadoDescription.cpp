// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mercado.h"

namespace bourse::ex {

ExchangeDescription mercadoDescription()
{
    ExchangeDescription d;
    d.id = "mercado";
    d.name = "Mercado Bitcoin";
    d.countries = {"BR"};
    d.version = "v3";
    // The data API (v3 paths under /api), the trade API (TAPI v3) and the v4 host that serves candles.
    d.api = {
        {"public", "https://www.mercadobitcoin.net/api"},
        {"private", "https://www.mercadobitcoin.net/tapi/v3"},
        {"v4PublicNet", "https://api.mercadobitcoin.net/api/v4"},
    };
    d.www = "https://www.mercadobitcoin.com.br";
    d.doc = {"https://www.mercadobitcoin.com.br/api-doc", "https://www.mercadobitcoin.com.br/trade-api"};
    // The TAPI allows 60 calls a minute per user (answering status 429 beyond that): one a second.
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchBalance",
                          "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders"}) {
        d.has[m] = Support::Yes;
    }
    // Own trades are the fills listed inside the orders (list_orders with has_fills).
    d.has["fetchMyTrades"] = Support::Emulated;
    for (const char* m :
         {"fetchCurrencies", "fetchTickers", "fetchTime", "cancelAllOrders", "fetchClosedOrders", "fetchTradingFee",
          "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // The v4 candles' resolution is the unified timeframe itself.
    d.timeframes = {{"15m", "15m"}, {"1h", "1h"}, {"3h", "3h"}, {"1d", "1d"}, {"1w", "1w"}, {"1M", "1M"}};
    // mercadobitcoin.com.br/comissoes-prazos-limites: 0.30 % maker, 0.70 % taker.
    d.tradingFees.maker = *Decimal::parse("0.003");
    d.tradingFees.taker = *Decimal::parse("0.007");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true; // the TAPI ID
    d.requiredCredentials.secret = true; // the TAPI secret
    d.precisionMode = CountingMode::TickSize;
    // {"error_message":"...","status_code":429}: the one status the TAPI documents by number is its rate limit;
    // every other refusal is an ExchangeError carrying the message.
    d.errors.exact = {
        {"429", ErrorKind::RateLimitExceeded},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
