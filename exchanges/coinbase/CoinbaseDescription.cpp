// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinbase.h"

namespace bourse::ex {

ExchangeDescription coinbaseDescription()
{
    ExchangeDescription d;
    d.id = "coinbase";
    d.name = "Coinbase Advanced";
    d.countries = {"US"};
    d.version = "v2";
    // Trading is the Advanced Trade API (v3); time, currencies, balances and transfers are the older v2 API on the
    // same host. Public market data has its own unauthenticated paths under brokerage/market.
    d.api = {
        {"v2public", "https://api.coinbase.com/v2"},
        {"v2private", "https://api.coinbase.com/v2"},
        {"v3public", "https://api.coinbase.com/api/v3"},
        {"v3private", "https://api.coinbase.com/api/v3"},
    };
    d.www = "https://www.coinbase.com";
    d.doc = {"https://docs.cdp.coinbase.com/coinbase-app/introduction/welcome",
             "https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/api-reference"};
    // Advanced Trade allows 30 private requests a second (and 10 public); ccxt spaces calls by 34 ms at cost 1.
    d.rateLimitMs = 34;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook",
                          "fetchTrades", "fetchOHLCV", "fetchTime", "fetchBalance", "createOrder", "cancelOrder",
                          "fetchOrder", "fetchOrders", "fetchOpenOrders", "fetchClosedOrders", "fetchMyTrades",
                          "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // The fee tier is per account (one transaction_summary answer for every market); a deposit address is read
    // from the currency's account's address list.
    d.has["fetchTradingFee"] = Support::Emulated;
    d.has["fetchDepositAddress"] = Support::Emulated;
    // Advanced Trade cancels by id list only.
    d.has["cancelAllOrders"] = Support::No;
    d.timeframes = {{"1m", "ONE_MINUTE"}, {"5m", "FIVE_MINUTE"}, {"15m", "FIFTEEN_MINUTE"}, {"30m", "THIRTY_MINUTE"},
                    {"1h", "ONE_HOUR"},   {"2h", "TWO_HOUR"},    {"6h", "SIX_HOUR"},        {"1d", "ONE_DAY"}};
    // The first Advanced tier (under $1000 a month): 0.6 % maker, 1.2 % taker; the account's own tier comes
    // with the markets when keys are set.
    d.tradingFees.maker = *Decimal::parse("0.006");
    d.tradingFees.taker = *Decimal::parse("0.012");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    // A CDP key (name "organizations/.../apiKeys/..." + an EC private key in PEM, or an Ed25519 key) or a legacy
    // key and secret; either way two fields.
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // v2 answers {"errors":[{"id":"not_found","message":"Not found"}]}; v3 {"error":"...","message":"..."} or,
    // for orders, {"success":false,"error_response":{"error":"INSUFFICIENT_FUND",...}}.
    d.errors.exact = {
        {"two_factor_required", ErrorKind::AuthenticationError},
        {"param_required", ErrorKind::ExchangeError},
        {"validation_error", ErrorKind::ExchangeError},
        {"invalid_request", ErrorKind::ExchangeError},
        {"personal_details_required", ErrorKind::AuthenticationError},
        {"identity_verification_required", ErrorKind::AuthenticationError},
        {"jumio_verification_required", ErrorKind::AuthenticationError},
        {"jumio_face_match_verification_required", ErrorKind::AuthenticationError},
        {"unverified_email", ErrorKind::AuthenticationError},
        {"authentication_error", ErrorKind::AuthenticationError},
        {"unauthorized", ErrorKind::AuthenticationError},
        {"invalid_authentication_method", ErrorKind::AuthenticationError},
        {"invalid_token", ErrorKind::AuthenticationError},
        {"revoked_token", ErrorKind::AuthenticationError},
        {"expired_token", ErrorKind::AuthenticationError},
        {"invalid_scope", ErrorKind::AuthenticationError},
        {"not_found", ErrorKind::ExchangeError},
        {"rate_limit_exceeded", ErrorKind::RateLimitExceeded},
        {"resource_exhausted", ErrorKind::RateLimitExceeded},
        {"internal_server_error", ErrorKind::ExchangeError},
        {"UNSUPPORTED_ORDER_CONFIGURATION", ErrorKind::BadRequest},
        {"INSUFFICIENT_FUND", ErrorKind::InsufficientFunds},
        {"PERMISSION_DENIED", ErrorKind::PermissionDenied},
        {"INVALID_ARGUMENT", ErrorKind::BadRequest},
        {"PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE", ErrorKind::InvalidOrder},
        {"PREVIEW_INSUFFICIENT_FUND", ErrorKind::InsufficientFunds},
    };
    d.errors.broad = {
        {"Insufficient balance in source account", ErrorKind::InsufficientFunds},
        {"request timestamp expired", ErrorKind::InvalidNonce},
        {"order with this orderID was not found", ErrorKind::OrderNotFound},
    };
    d.commonCurrencies = {{"CGLD", "CELO"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
