// SPDX-License-Identifier: GPL-3.0-or-later
#include "Errors.h"

#include <array>

namespace bourse::ex {
namespace {

struct KindInfo
{
    ErrorKind kind;
    ErrorKind parent;
    std::string_view name;
    std::string_view description;
};

constexpr std::array kKinds {
    KindInfo {ErrorKind::BaseError, ErrorKind::BaseError, "BaseError", "Something went wrong."},
    KindInfo {ErrorKind::ExchangeError, ErrorKind::BaseError, "ExchangeError", "The exchange refused the request."},
    KindInfo {ErrorKind::AuthenticationError, ErrorKind::ExchangeError, "AuthenticationError",
              "The exchange did not accept the API key or its signature."},
    KindInfo {ErrorKind::PermissionDenied, ErrorKind::AuthenticationError, "PermissionDenied",
              "The API key is not allowed to do this."},
    KindInfo {ErrorKind::AccountNotEnabled, ErrorKind::PermissionDenied, "AccountNotEnabled",
              "This account is not enabled for that."},
    KindInfo {ErrorKind::AccountSuspended, ErrorKind::AuthenticationError, "AccountSuspended",
              "The exchange has suspended this account."},
    KindInfo {ErrorKind::ArgumentsRequired, ErrorKind::ExchangeError, "ArgumentsRequired",
              "A required argument is missing."},
    KindInfo {ErrorKind::BadRequest, ErrorKind::ExchangeError, "BadRequest", "The exchange found the request invalid."},
    KindInfo {ErrorKind::BadSymbol, ErrorKind::BadRequest, "BadSymbol", "The exchange does not list this market."},
    KindInfo {ErrorKind::OperationRejected, ErrorKind::ExchangeError, "OperationRejected",
              "The exchange rejected the operation."},
    KindInfo {ErrorKind::MarketClosed, ErrorKind::OperationRejected, "MarketClosed", "The market is closed."},
    KindInfo {ErrorKind::BadResponse, ErrorKind::ExchangeError, "BadResponse",
              "The exchange answered with something that could not be read."},
    KindInfo {ErrorKind::NullResponse, ErrorKind::BadResponse, "NullResponse", "The exchange answered with nothing."},
    KindInfo {ErrorKind::InsufficientFunds, ErrorKind::ExchangeError, "InsufficientFunds",
              "The balance is too small for this order."},
    KindInfo {ErrorKind::InvalidAddress, ErrorKind::ExchangeError, "InvalidAddress", "The address is not valid."},
    KindInfo {ErrorKind::AddressPending, ErrorKind::InvalidAddress, "AddressPending",
              "The exchange is still creating this address."},
    KindInfo {ErrorKind::InvalidOrder, ErrorKind::ExchangeError, "InvalidOrder", "The exchange rejected the order."},
    KindInfo {ErrorKind::OrderNotFound, ErrorKind::InvalidOrder, "OrderNotFound",
              "The exchange does not know this order."},
    KindInfo {ErrorKind::OrderNotCached, ErrorKind::InvalidOrder, "OrderNotCached", "The order is no longer cached."},
    KindInfo {ErrorKind::OrderImmediatelyFillable, ErrorKind::InvalidOrder, "OrderImmediatelyFillable",
              "A post-only order would have filled at once."},
    KindInfo {ErrorKind::OrderNotFillable, ErrorKind::InvalidOrder, "OrderNotFillable", "The order cannot be filled."},
    KindInfo {ErrorKind::DuplicateOrderId, ErrorKind::InvalidOrder, "DuplicateOrderId",
              "An order with this client id exists already."},
    KindInfo {ErrorKind::NotSupported, ErrorKind::ExchangeError, "NotSupported", "This exchange does not offer that."},
    KindInfo {ErrorKind::OperationFailed, ErrorKind::BaseError, "OperationFailed",
              "The request failed before the exchange answered."},
    KindInfo {ErrorKind::NetworkError, ErrorKind::OperationFailed, "NetworkError",
              "The exchange could not be reached."},
    KindInfo {ErrorKind::DDoSProtection, ErrorKind::NetworkError, "DDoSProtection",
              "The exchange's DDoS protection blocked the request."},
    KindInfo {ErrorKind::RateLimitExceeded, ErrorKind::DDoSProtection, "RateLimitExceeded",
              "Too many requests: the exchange asks to slow down."},
    KindInfo {ErrorKind::ExchangeNotAvailable, ErrorKind::NetworkError, "ExchangeNotAvailable",
              "The exchange is not available right now."},
    KindInfo {ErrorKind::OnMaintenance, ErrorKind::ExchangeNotAvailable, "OnMaintenance",
              "The exchange is down for maintenance."},
    KindInfo {ErrorKind::InvalidNonce, ErrorKind::NetworkError, "InvalidNonce",
              "The exchange rejected the request's nonce or timestamp (is the clock right?)."},
    KindInfo {ErrorKind::RequestTimeout, ErrorKind::NetworkError, "RequestTimeout",
              "The exchange did not answer in time."},
    KindInfo {ErrorKind::CancelPending, ErrorKind::InvalidOrder, "CancelPending", "The order is being cancelled."},
    KindInfo {ErrorKind::OrderNotPlaced, ErrorKind::NetworkError, "OrderNotPlaced",
              "The answer was lost; the exchange has no such order, so it was not placed and may be sent again."},
    KindInfo {ErrorKind::OrderStatusUnknown, ErrorKind::NetworkError, "OrderStatusUnknown",
              "Unknown, check: the answer was lost and the order may or may not have been placed."},
};

const KindInfo& info(ErrorKind kind)
{
    for (const auto& k : kKinds) {
        if (k.kind == kind) {
            return k;
        }
    }
    return kKinds[0];
}

} // namespace

std::string_view errorKindName(ErrorKind kind)
{
    return info(kind).name;
}

ErrorKind errorKindFromName(std::string_view name, ErrorKind fallback)
{
    for (const auto& k : kKinds) {
        if (k.name == name) {
            return k.kind;
        }
    }
    return fallback;
}

ErrorKind errorKindParent(ErrorKind kind)
{
    return info(kind).parent;
}

bool errorKindIs(ErrorKind kind, ErrorKind ancestor)
{
    for (;;) {
        if (kind == ancestor) {
            return true;
        }
        if (kind == ErrorKind::BaseError) {
            return false;
        }
        kind = errorKindParent(kind);
    }
}

std::string_view errorKindDescription(ErrorKind kind)
{
    return info(kind).description;
}

} // namespace bourse::ex
