// SPDX-License-Identifier: GPL-3.0-or-later
#include "Upbit.h"

namespace bourse::ex {

ExchangeDescription upbitDescription()
{
    ExchangeDescription d;
    d.id = "upbit";
    d.name = "Upbit";
    d.countries = {"KR", "ID", "SG", "TH"};
    d.version = "v1";
    // api.upbit.com serves Korea; the Indonesian, Singaporean and Thai exchanges answer on {cc}-api.upbit.com
    // with the same API (an account's host override picks one).
    d.api = {
        {"public", "https://api.upbit.com/v1"},
        {"private", "https://api.upbit.com/v1"},
    };
    d.www = "https://upbit.com";
    d.doc = {"https://docs.upbit.com/kr", "https://global-docs.upbit.com"};
    // Upbit's quotation calls allow 10 a second and its exchange calls 30 (orders 8): ccxt's 50 ms unit with a
    // cost of 2 for quotation calls, 0.67 for account calls and 2.5 for order entry.
    d.rateLimitMs = 50;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchBalance",
          "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders", "fetchClosedOrders", "fetchTradingFee",
          "fetchTradingFees", "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No currency list, no server time, no own-trade history, no all-orders or cancel-all call on spot.
    for (const char* m : {"fetchCurrencies", "fetchTime", "fetchMyTrades", "fetchOrders", "cancelAllOrders"}) {
        d.has[m] = Support::No;
    }
    // The candle path segment; minute candles add the unit (candles/minutes/{unit}).
    d.timeframes = {{"1s", "seconds"},  {"1m", "minutes"},  {"3m", "minutes"}, {"5m", "minutes"}, {"10m", "minutes"},
                    {"15m", "minutes"}, {"30m", "minutes"}, {"1h", "minutes"}, {"4h", "minutes"}, {"1d", "days"},
                    {"1w", "weeks"},    {"1M", "months"},   {"1y", "years"}};
    // upbit.com/service_center/guide: 0.25 % on the BTC and USDT markets (0.05 % on KRW, set per market).
    d.tradingFees.maker = *Decimal::parse("0.0025");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    d.errors.exact = {
        {"This key has expired.", ErrorKind::AuthenticationError},
        {"Missing request parameter error. Check the required parameters!", ErrorKind::BadRequest},
        {"side is missing, side does not have a valid value", ErrorKind::InvalidOrder},
    };
    d.errors.broad = {
        {"thirdparty_agreement_required", ErrorKind::PermissionDenied},
        {"out_of_scope", ErrorKind::PermissionDenied},
        {"order_not_found", ErrorKind::OrderNotFound},
        {"insufficient_funds", ErrorKind::InsufficientFunds},
        {"invalid_access_key", ErrorKind::AuthenticationError},
        {"jwt_verification", ErrorKind::AuthenticationError},
        {"create_ask_error", ErrorKind::ExchangeError},
        {"create_bid_error", ErrorKind::ExchangeError},
        {"volume_too_large", ErrorKind::InvalidOrder},
        {"invalid_funds", ErrorKind::InvalidOrder},
    };
    // Upbit's TON is the Tokamak Network token, not Toncoin.
    d.commonCurrencies = {{"TON", "Tokamak Network"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
