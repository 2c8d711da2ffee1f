// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
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

private:
    ErrorKind m_kind;
    std::string m_message;
};

} // namespace bourse::ex
