// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitbank.h"

namespace bourse::ex {

ExchangeDescription bitbankDescription()
{
    ExchangeDescription d;
    d.id = "bitbank";
    d.name = "bitbank";
    d.countries = {"JP"};
    d.version = "v1";
    d.api = {
        {"public", "https://public.bitbank.cc"},
        {"private", "https://api.bitbank.cc/v1"},
        // The pair list is on the private host but takes no key.
        {"markets", "https://api.bitbank.cc/v1"},
    };
    d.www = "https://bitbank.cc/";
    d.doc = {"https://github.com/bitbankinc/bitbank-api-docs"};
    // bitbank allows 10 queries and 6 updates (orders, cancels, withdrawals) a second: a 100 ms unit, updates
    // weigh 1.66.
    d.rateLimitMs = 100;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders",
                          "fetchMyTrades", "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // The fee of one pair is read from the list of all.
    d.has["fetchTradingFee"] = Support::Emulated;
    // No currency list, server time, order history or cancel-all; and no deposit-address call (user/
    // withdrawal_account lists where withdrawals may go, which is not where deposits arrive).
    for (const char* m : {"fetchCurrencies", "fetchTime", "fetchOrders", "fetchClosedOrders", "cancelAllOrders",
                          "fetchDepositAddress"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1min"},  {"5m", "5min"},  {"15m", "15min"}, {"30m", "30min"},
                    {"1h", "1hour"}, {"4h", "4hour"}, {"8h", "8hour"},  {"12h", "12hour"},
                    {"1d", "1day"},  {"1w", "1week"}, {"1M", "1month"}};
    // bitbank.cc/docs/fees: 0.12 % taker, -0.02 % maker on most pairs (each pair states its own).
    d.tradingFees.maker = *Decimal::parse("-0.0002");
    d.tradingFees.taker = *Decimal::parse("0.0012");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // errors.md of bitbank-api-docs.
    d.errors.exact = {
        {"10000", ErrorKind::BadRequest}, // URL not found
        {"10002", ErrorKind::BadRequest}, // malformed request
        {"10005", ErrorKind::RequestTimeout}, // timeout waiting for response
        {"10007", ErrorKind::OnMaintenance}, // system maintenance
        {"10008", ErrorKind::ExchangeNotAvailable}, // server busy
        {"10009", ErrorKind::RateLimitExceeded}, // too many requests
        {"20001", ErrorKind::AuthenticationError},
        {"20002", ErrorKind::AuthenticationError},
        {"20003", ErrorKind::AuthenticationError},
        {"20004", ErrorKind::InvalidNonce},
        {"20005", ErrorKind::AuthenticationError},
        {"20033", ErrorKind::InvalidNonce}, // ACCESS-REQUEST-TIME missing
        {"20034", ErrorKind::InvalidNonce}, // request time out of range
        {"20035", ErrorKind::InvalidNonce}, // not sent within the time window
        {"20037", ErrorKind::InvalidNonce},
        {"20038", ErrorKind::InvalidNonce},
        {"20039", ErrorKind::InvalidNonce},
        {"30001", ErrorKind::InvalidOrder}, // missing order quantity
        {"30012", ErrorKind::InvalidOrder}, // missing order price
        {"40001", ErrorKind::InvalidOrder}, // invalid order quantity
        {"40013", ErrorKind::OrderNotFound}, // invalid order id
        {"40014", ErrorKind::OrderNotFound},
        {"40017", ErrorKind::BadSymbol}, // invalid pair
        {"40020", ErrorKind::InvalidOrder}, // invalid order price
        {"40021", ErrorKind::InvalidOrder}, // invalid side
        {"40024", ErrorKind::InvalidOrder}, // invalid order type
        {"40025", ErrorKind::BadRequest}, // invalid asset
        {"40112", ErrorKind::InvalidOrder}, // invalid trigger price
        {"40113", ErrorKind::InvalidOrder}, // invalid post_only
        {"40114", ErrorKind::InvalidOrder}, // post_only with that order type
        {"50003", ErrorKind::AccountSuspended},
        {"50005", ErrorKind::AccountSuspended},
        {"50006", ErrorKind::AccountSuspended},
        {"50008", ErrorKind::PermissionDenied}, // identity verification not finished
        {"50009", ErrorKind::OrderNotFound},
        {"50010", ErrorKind::OrderNotFound}, // order can not be cancelled
        {"50026", ErrorKind::OrderNotFound}, // already cancelled
        {"50027", ErrorKind::OrderNotFound}, // already executed
        {"60001", ErrorKind::InsufficientFunds},
        {"60002", ErrorKind::InvalidOrder},
        {"60003", ErrorKind::InvalidOrder},
        {"60004", ErrorKind::InvalidOrder},
        {"60005", ErrorKind::InvalidOrder},
        {"60006", ErrorKind::InvalidOrder},
        {"70004", ErrorKind::ExchangeNotAvailable}, // trading suspended
        {"70005", ErrorKind::ExchangeNotAvailable},
        {"70006", ErrorKind::ExchangeNotAvailable},
        {"70009", ErrorKind::InvalidOrder}, // market orders restricted for now
        {"70010", ErrorKind::InvalidOrder}, // minimum quantity raised for now
        {"70020", ErrorKind::InvalidOrder}, // market orders restricted in a circuit break
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
