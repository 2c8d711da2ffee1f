// SPDX-License-Identifier: GPL-3.0-or-later
#include "Luno.h"

namespace bourse::ex {

ExchangeDescription lunoDescription()
{
    ExchangeDescription d;
    d.id = "luno";
    d.name = "Luno";
    d.countries = {"GB", "SG", "ZA"};
    d.version = "1";
    // The version is part of each section's URL (…/api/1/ticker, …/api/exchange/1/markets).
    d.api = {
        {"public", "https://api.luno.com/api/1"},
        {"private", "https://api.luno.com/api/1"},
        {"exchange", "https://api.luno.com/api/exchange/1"},
        {"exchangePrivate", "https://api.luno.com/api/exchange/1"},
    };
    d.www = "https://www.luno.com";
    d.doc = {"https://www.luno.com/en/developers/api"};
    // Luno allows 300 calls a minute: one every 200 ms, every endpoint weighing the same.
    d.rateLimitMs = 200;
    d.rateCapacity = 1;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOrders", "fetchOpenOrders",
                          "fetchClosedOrders", "fetchMyTrades", "fetchTradingFee", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // No server time, no cancel-all, no fee list; deposits and withdrawals are only a ledger of account moves;
    // the currency list (send/networks) names networks and nothing else a currency entry needs.
    for (const char* m :
         {"fetchTime", "cancelAllOrders", "fetchTradingFees", "fetchDeposits", "fetchWithdrawals", "fetchCurrencies"}) {
        d.has[m] = Support::No;
    }
    // The candles call takes the duration in seconds.
    d.timeframes = {{"1m", "60"},    {"5m", "300"},   {"15m", "900"},  {"30m", "1800"},  {"1h", "3600"},
                    {"3h", "10800"}, {"4h", "14400"}, {"1d", "86400"}, {"3d", "259200"}, {"1w", "604800"}};
    // luno.com/en/countries fee schedule: 0.6 % taker / 0.4 % maker at the lowest tier of the fiat markets; each
    // market's own fee is set when the markets are read.
    d.tradingFees.maker = *Decimal::parse("0.004");
    d.tradingFees.taker = *Decimal::parse("0.006");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Luno names every error by an error_code.
    d.errors.exact = {
        {"ErrAccountIsMigrating", ErrorKind::OperationRejected},
        {"ErrAccountLimit", ErrorKind::OperationRejected},
        {"ErrAccountNotFound", ErrorKind::ExchangeError},
        {"ErrAccountsNotDifferent", ErrorKind::BadRequest},
        {"ErrActiveCryptoRequestExists", ErrorKind::OperationRejected},
        {"ErrAddressCreateRateLimitReached", ErrorKind::RateLimitExceeded},
        {"ErrAddressLimitReached", ErrorKind::OperationRejected},
        {"ErrAmountTooBig", ErrorKind::BadRequest},
        {"ErrAmountTooSmall", ErrorKind::BadRequest},
        {"ErrApiKeyRevoked", ErrorKind::AuthenticationError},
        {"ErrBeneficiaryNotFound", ErrorKind::ExchangeError},
        {"ErrBlockedSendsCurrency", ErrorKind::OperationRejected},
        {"ErrCannotStopUnknownOrNonPendingOrder", ErrorKind::InvalidOrder},
        {"ErrCannotTradeWhileQuoteActive", ErrorKind::OperationRejected},
        {"ErrConvertPairNotSupported", ErrorKind::BadRequest},
        {"ErrConvertRateLimited", ErrorKind::RateLimitExceeded},
        {"ErrCounterDenominationNotAllowed", ErrorKind::InvalidOrder},
        {"ErrCreditAccountNotTransactional", ErrorKind::BadRequest},
        {"ErrCustomRefNotAllowed", ErrorKind::BadRequest},
        {"ErrDeadlineExceeded", ErrorKind::RequestTimeout},
        {"ErrDebitAccountNotTransactional", ErrorKind::BadRequest},
        {"ErrDescriptionTooLong", ErrorKind::BadRequest},
        {"ErrDifferentCurrencies", ErrorKind::BadRequest},
        {"ErrDisallowedTarget", ErrorKind::InvalidAddress},
        {"ErrDuplicateClientMoveID", ErrorKind::OperationRejected},
        {"ErrDuplicateClientOrderID", ErrorKind::DuplicateOrderId},
        {"ErrDuplicateExternalID", ErrorKind::OperationRejected},
        {"ErrERC20AddressAlreadyAssigned", ErrorKind::OperationRejected},
        {"ErrERC20AssignNonDefault", ErrorKind::BadRequest},
        {"ErrFundsMoveNotFound", ErrorKind::ExchangeError},
        {"ErrIdempotencyKeyConflict", ErrorKind::OperationRejected},
        {"ErrIdempotencyKeyRequestMismatch", ErrorKind::BadRequest},
        {"ErrIncompatibleBeneficiary", ErrorKind::BadRequest},
        {"ErrIncorrectPin", ErrorKind::AuthenticationError},
        {"ErrInsufficientBalance", ErrorKind::InsufficientFunds},
        {"ErrInsufficientFunds", ErrorKind::InsufficientFunds},
        {"ErrInsufficientPerms", ErrorKind::PermissionDenied},
        {"ErrInternal", ErrorKind::ExchangeNotAvailable},
        {"ErrInvalidAccount", ErrorKind::BadRequest},
        {"ErrInvalidAccountID", ErrorKind::BadRequest},
        {"ErrInvalidAccountNumber", ErrorKind::BadRequest},
        {"ErrInvalidAmount", ErrorKind::BadRequest},
        {"ErrInvalidArguments", ErrorKind::BadRequest},
        {"ErrInvalidBaseVolume", ErrorKind::InvalidOrder},
        {"ErrInvalidBranchCode", ErrorKind::BadRequest},
        {"ErrInvalidClientOrderId", ErrorKind::InvalidOrder},
        {"ErrInvalidCounterVolume", ErrorKind::InvalidOrder},
        {"ErrInvalidCurrency", ErrorKind::BadRequest},
        {"ErrInvalidDetails", ErrorKind::BadRequest},
        {"ErrInvalidMarketPair", ErrorKind::BadSymbol},
        {"ErrInvalidOrderRef", ErrorKind::InvalidOrder},
        {"ErrInvalidOrderSide", ErrorKind::InvalidOrder},
        {"ErrInvalidParameters", ErrorKind::BadRequest},
        {"ErrInvalidPrice", ErrorKind::InvalidOrder},
        {"ErrInvalidRequestType", ErrorKind::BadRequest},
        {"ErrInvalidSourceAccount", ErrorKind::BadRequest},
        {"ErrInvalidStopDirection", ErrorKind::InvalidOrder},
        {"ErrInvalidStopPrice", ErrorKind::InvalidOrder},
        {"ErrInvalidVolume", ErrorKind::InvalidOrder},
        {"ErrLimitOutOfRange", ErrorKind::BadRequest},
        {"ErrMarketNotAllowed", ErrorKind::PermissionDenied},
        {"ErrMarketUnavailable", ErrorKind::ExchangeError},
        {"ErrMaxActiveFiatRequestsExists", ErrorKind::OperationRejected},
        {"ErrMissingIdempotencyKey", ErrorKind::BadRequest},
        {"ErrNoAddressesAssigned", ErrorKind::InvalidAddress},
        {"ErrNoTradesToInferStopDirection", ErrorKind::InvalidOrder},
        {"ErrNotEnoughLiquidity", ErrorKind::InvalidOrder},
        {"ErrNotFound", ErrorKind::ExchangeError},
        {"ErrOrderCanceled", ErrorKind::InvalidOrder},
        {"ErrOrderNotFound", ErrorKind::OrderNotFound},
        {"ErrPostOnlyMode", ErrorKind::InvalidOrder},
        {"ErrPostOnlyNotAllowed", ErrorKind::InvalidOrder},
        {"ErrPriceDenominationNotAllowed", ErrorKind::InvalidOrder},
        {"ErrPriceTooHigh", ErrorKind::InvalidOrder},
        {"ErrPriceTooLow", ErrorKind::InvalidOrder},
        {"ErrRejectedBeneficiary", ErrorKind::OperationRejected},
        {"ErrRequestTypeDoesNotSupportFastWithdrawals", ErrorKind::BadRequest},
        {"ErrStopPriceTooHigh", ErrorKind::InvalidOrder},
        {"ErrStopPriceTooLow", ErrorKind::InvalidOrder},
        {"ErrTooManyRequests", ErrorKind::RateLimitExceeded},
        {"ErrTooManyRowsRequested", ErrorKind::BadRequest},
        // ccxt calls this ManualInteractionNeeded, an OperationRejected: the send needs travel-rule details first.
        {"ErrTravelRule", ErrorKind::OperationRejected},
        {"ErrUnauthorised", ErrorKind::AuthenticationError},
        {"ErrUnderMaintenance", ErrorKind::OnMaintenance},
        {"ErrUpdateRequired", ErrorKind::ExchangeError},
        {"ErrUserBlockedForCancelWithdrawal", ErrorKind::PermissionDenied},
        {"ErrUserNotVerifiedForCurrency", ErrorKind::AccountNotEnabled},
        {"ErrValueTooHigh", ErrorKind::InvalidOrder},
        {"ErrVerificationLevelTooLow", ErrorKind::AccountNotEnabled},
        {"ErrVolumeDenominationNotAllowed", ErrorKind::InvalidOrder},
        {"ErrVolumeTooHigh", ErrorKind::InvalidOrder},
        {"ErrVolumeTooLow", ErrorKind::InvalidOrder},
        {"ErrWithdrawalBlocked", ErrorKind::PermissionDenied},
        {"ErrWithdrawalNotFound", ErrorKind::ExchangeError},
    };
    d.commonCurrencies = {{"XBT", "BTC"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
