// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace bourse::ex {

// ccxt's error tree, so that a caller can tell "the exchange said no" (ExchangeError branch) from "the request
// may not have arrived" (NetworkError branch). The names are the class names bourse-cli prints.
enum class ErrorKind {
    BaseError,
    ExchangeError,
    AuthenticationError,
    PermissionDenied,
    AccountNotEnabled,
    AccountSuspended,
    ArgumentsRequired,
    BadRequest,
    BadSymbol,
    OperationRejected,
    MarketClosed,
    BadResponse,
    NullResponse,
    InsufficientFunds,
    InvalidAddress,
    AddressPending,
    InvalidOrder,
    OrderNotFound,
    OrderNotCached,
    OrderImmediatelyFillable,
    OrderNotFillable,
    DuplicateOrderId,
    NotSupported,
    OperationFailed,
    NetworkError,
    DDoSProtection,
    RateLimitExceeded,
    ExchangeNotAvailable,
    OnMaintenance,
    InvalidNonce,
    RequestTimeout,
    CancelPending,
    // createOrder lost its answer; Bourse looked the order up by its client id and it is not there: not placed.
    OrderNotPlaced,
    // createOrder lost its answer and the lookup could not tell either way: the order may or may not exist.
    OrderStatusUnknown,
};

std::string_view errorKindName(ErrorKind kind);
ErrorKind errorKindFromName(std::string_view name, ErrorKind fallback = ErrorKind::ExchangeError);
ErrorKind errorKindParent(ErrorKind kind);
// True when `kind` is `ancestor` or derives from it (RateLimitExceeded is a NetworkError).
bool errorKindIs(ErrorKind kind, ErrorKind ancestor);
// Plain words for the user, one per branch ("The exchange rejected the API key." ...).
std::string_view errorKindDescription(ErrorKind kind);

class Error : public std::exception
{
public:
    Error(ErrorKind kind, std::string message)
        : m_kind(kind)
        , m_message(std::move(message))
    {
    }
    ErrorKind kind() const { return m_kind; }
    const std::string& message() const { return m_message; }
    const char* what() const noexcept override { return m_message.c_str(); }
    bool is(ErrorKind ancestor) const { return errorKindIs(m_kind, ancestor); }
    // How long the exchange asked to wait before the next request (HTTP Retry-After), when it said.
    std::optional<long long> retryAfterMs() const { return m_retryAfterMs; }
    Error& setRetryAfterMs(long long ms)
    {
        m_retryAfterMs = ms;
        return *this;
    }

private:
    ErrorKind m_kind;
    std::string m_message;
    std::optional<long long> m_retryAfterMs;
};

} // namespace bourse::ex
