// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtcMarkets.h"

namespace bourse::ex {

ExchangeDescription btcmarketsDescription()
{
    ExchangeDescription d;
    d.id = "btcmarkets";
    d.name = "BTC Markets";
    d.countries = {"AU"};
    d.version = "v3";
    d.api = {
        {"public", "https://api.btcmarkets.net"},
        {"private", "https://api.btcmarkets.net"},
    };
    d.www = "https://btcmarkets.net";
    d.doc = {"https://api.btcmarkets.net/doc/v3", "https://github.com/BTCMarkets/API"};
    // Market data is cached for a second on BTC Markets' side: one request a second, every endpoint cost 1.
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchTime",
                          "fetchBalance", "createOrder", "cancelOrder", "cancelAllOrders", "fetchOrder", "fetchOrders",
                          "fetchOpenOrders", "fetchMyTrades", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // Closed orders are the finished ones of the all-orders list.
    d.has["fetchClosedOrders"] = Support::Emulated;
    // No currency list, no deposit-address call and no fee query on the v3 API as Bourse uses it; the tickers
    // endpoint wants every market id named.
    for (const char* m :
         {"fetchCurrencies", "fetchTickers", "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1m"}, {"1h", "1h"}, {"1d", "1d"}};
    // btcmarkets.net/fees: the base tier is a 0.05 % maker rebate and a 0.20 % taker fee; AUD markets charge 0.85 %
    // both ways (set per market by the parser).
    d.tradingFees.maker = *Decimal::parse("-0.0005");
    d.tradingFees.taker = *Decimal::parse("0.0020");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Errors come as {"code":"OrderNotFound","message":"..."}; the code is matched whole. UnAuthorized (a bad or
    // expired key) and MarketNotFound are the answers the v3 API gives for a rejected key and an unknown market id.
    d.errors.exact = {
        {"InsufficientFund", ErrorKind::InsufficientFunds}, {"InvalidPrice", ErrorKind::InvalidOrder},
        {"InvalidAmount", ErrorKind::InvalidOrder},         {"MissingArgument", ErrorKind::BadRequest},
        {"OrderAlreadyCancelled", ErrorKind::InvalidOrder}, {"OrderNotFound", ErrorKind::OrderNotFound},
        {"OrderStatusIsFinal", ErrorKind::InvalidOrder},    {"InvalidPaginationParameter", ErrorKind::BadRequest},
        {"UnAuthorized", ErrorKind::AuthenticationError},   {"MarketNotFound", ErrorKind::BadSymbol},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
