// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinspot.h"

namespace bourse::ex {

ExchangeDescription coinspotDescription()
{
    ExchangeDescription d;
    d.id = "coinspot";
    d.name = "CoinSpot";
    d.countries = {"AU"};
    d.version = "";
    d.api = {
        {"public", "https://www.coinspot.com.au/pubapi"},
        {"private", "https://www.coinspot.com.au/api"},
    };
    d.www = "https://www.coinspot.com.au";
    d.doc = {"https://www.coinspot.com.au/api"};
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m : {"fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
                          "cancelOrder", "fetchMyTrades"}) {
        d.has[m] = Support::Yes;
    }
    // CoinSpot has no market list: the markets are a fixed table (CoinspotParsers.cpp).
    d.has["fetchMarkets"] = Support::Emulated;
    for (const char* m : {"fetchCurrencies", "fetchOHLCV", "fetchTime", "cancelAllOrders", "fetchOrder", "fetchOrders",
                          "fetchOpenOrders", "fetchClosedOrders", "fetchTradingFee", "fetchTradingFees",
                          "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    // coinspot.com.au/fees: 0.1 % on the market (order book) trades this adapter places.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // A refusal is {"status":"error","message":"..."} in words, with no code; these substrings pick out the kinds a
    // caller can act on, anything else is an ExchangeError.
    d.errors.broad = {
        {"nonce", ErrorKind::InvalidNonce},
        {"invalid key", ErrorKind::AuthenticationError},
        {"api key", ErrorKind::AuthenticationError},
        {"signature", ErrorKind::AuthenticationError},
        {"insufficient", ErrorKind::InsufficientFunds},
    };
    d.commonCurrencies = {{"DRK", "DASH"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
