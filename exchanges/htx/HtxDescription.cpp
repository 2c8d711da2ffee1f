// SPDX-License-Identifier: GPL-3.0-or-later
#include "Htx.h"

namespace bourse::ex {

ExchangeDescription htxDescription()
{
    ExchangeDescription d;
    d.id = "htx";
    d.name = "HTX";
    d.countries = {"CN"};
    d.version = "v1";
    // The spot API lives on one host; the path carries its version (v1/order/..., v2/account/..., market/...).
    d.api = {
        {"public", "https://api.huobi.pro"},
        {"private", "https://api.huobi.pro"},
    };
    d.sandboxApi = {
        {"public", "https://api.testnet.huobi.pro"},
        {"private", "https://api.testnet.huobi.pro"},
    };
    d.www = "https://www.huobi.com";
    d.doc = {"https://huobiapi.github.io/docs/spot/v1/en/"};
    // HTX allows 10 requests a second per key on most spot calls: 100 ms per cost unit (ccxt's figure); order
    // entry and account reads are cheaper (0.2, 0.4), as HTX counts them in larger buckets.
    d.rateLimitMs = 100;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets",      "fetchCurrencies", "fetchTicker",     "fetchTickers",        "fetchOrderBook",
          "fetchTrades",       "fetchOHLCV",      "fetchTime",       "fetchBalance",        "createOrder",
          "cancelOrder",       "cancelAllOrders", "fetchOrder",      "fetchOrders",         "fetchOpenOrders",
          "fetchClosedOrders", "fetchMyTrades",   "fetchTradingFee", "fetchDepositAddress", "fetchDeposits",
          "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // The fee-rate call answers for named symbols only.
    d.has["fetchTradingFees"] = Support::No;
    d.timeframes = {{"1m", "1min"},  {"5m", "5min"}, {"15m", "15min"}, {"30m", "30min"}, {"1h", "60min"},
                    {"4h", "4hour"}, {"1d", "1day"}, {"1w", "1week"},  {"1M", "1mon"},   {"1y", "1year"}};
    // htx.com/fee: 0.2 % maker and taker on spot before discounts.
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // {"status":"error","err-code":"order-limitorder-amount-min-error","err-msg":"..."} (v1) or
    // {"code":1003,"message":"..."} (v2), with HTTP 200.
    d.errors.exact = {
        {"403", ErrorKind::AuthenticationError},
        {"1010", ErrorKind::AccountNotEnabled},
        {"1003", ErrorKind::AuthenticationError},
        {"1013", ErrorKind::BadSymbol},
        {"1017", ErrorKind::OrderNotFound},
        {"1034", ErrorKind::InvalidOrder},
        {"1036", ErrorKind::InvalidOrder},
        {"1039", ErrorKind::InvalidOrder},
        {"1041", ErrorKind::InvalidOrder},
        {"1047", ErrorKind::InsufficientFunds},
        {"1048", ErrorKind::InsufficientFunds},
        {"1061", ErrorKind::OrderNotFound},
        {"1051", ErrorKind::InvalidOrder},
        {"1066", ErrorKind::BadSymbol},
        {"1067", ErrorKind::InvalidOrder},
        {"1094", ErrorKind::InvalidOrder},
        {"1220", ErrorKind::AccountNotEnabled},
        {"1303", ErrorKind::BadRequest},
        {"1461", ErrorKind::InvalidOrder},
        {"4007", ErrorKind::BadRequest},
        {"bad-request", ErrorKind::BadRequest},
        {"validation-format-error", ErrorKind::BadRequest},
        {"validation-constraints-required", ErrorKind::BadRequest},
        {"base-date-limit-error", ErrorKind::BadRequest},
        {"api-not-support-temp-addr", ErrorKind::PermissionDenied},
        {"timeout", ErrorKind::RequestTimeout},
        {"gateway-internal-error", ErrorKind::ExchangeNotAvailable},
        {"account-frozen-balance-insufficient-error", ErrorKind::InsufficientFunds},
        {"invalid-amount", ErrorKind::InvalidOrder},
        {"order-limitorder-amount-min-error", ErrorKind::InvalidOrder},
        {"order-limitorder-amount-max-error", ErrorKind::InvalidOrder},
        {"order-marketorder-amount-min-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-min-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-max-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-buy-min-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-buy-max-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-sell-min-error", ErrorKind::InvalidOrder},
        {"order-limitorder-price-sell-max-error", ErrorKind::InvalidOrder},
        {"order-stop-order-hit-trigger", ErrorKind::InvalidOrder},
        {"order-value-min-error", ErrorKind::InvalidOrder},
        {"order-invalid-price", ErrorKind::InvalidOrder},
        {"order-holding-limit-failed", ErrorKind::InvalidOrder},
        {"order-orderprice-precision-error", ErrorKind::InvalidOrder},
        {"order-etp-nav-price-max-error", ErrorKind::InvalidOrder},
        {"order-orderstate-error", ErrorKind::OrderNotFound},
        {"order-queryorder-invalid", ErrorKind::OrderNotFound},
        {"order-update-error", ErrorKind::ExchangeNotAvailable},
        {"api-signature-check-failed", ErrorKind::AuthenticationError},
        {"api-signature-not-valid", ErrorKind::AuthenticationError},
        {"base-record-invalid", ErrorKind::OrderNotFound},
        {"base-symbol-trade-disabled", ErrorKind::BadSymbol},
        {"base-symbol-error", ErrorKind::BadSymbol},
        {"system-maintenance", ErrorKind::OnMaintenance},
        {"base-request-exceed-frequency-limit", ErrorKind::RateLimitExceeded},
        {"rate-too-many-requests", ErrorKind::RateLimitExceeded},
        {"invalid symbol", ErrorKind::BadSymbol},
        {"symbol trade not open now", ErrorKind::BadSymbol},
        {"require-symbol", ErrorKind::BadSymbol},
        {"invalid-address", ErrorKind::BadRequest},
        {"base-currency-chain-error", ErrorKind::BadRequest},
        {"dw-insufficient-balance", ErrorKind::InsufficientFunds},
        {"base-withdraw-fee-error", ErrorKind::BadRequest},
        {"dw-withdraw-min-limit", ErrorKind::BadRequest},
        {"request limit", ErrorKind::RateLimitExceeded},
    };
    d.errors.broad = {
        {"contract is restricted of closing positions on API.  Please contact customer service",
         ErrorKind::OnMaintenance},
        {"maintain", ErrorKind::OnMaintenance},
        {"API key has no permission", ErrorKind::PermissionDenied},
    };
    // Tickers HTX lists under a name another coin is better known by (ccxt's list).
    d.commonCurrencies = {
        {"NGL", "GFNGL"},      {"GET", "THEMIS"},       {"GTC", "GAMECOM"},
        {"HIT", "HITCHAIN"},   {"PNT", "PENTA"},        {"SBTC", "SUPERBITCOIN"},
        {"SOUL", "SOULSAVER"}, {"BIFI", "BITCOINFILE"}, {"FUD", "FTX Users Debt"},
    };
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
