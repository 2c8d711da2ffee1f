// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

#include "core/Errors.h"

#include <QCoreApplication>

namespace bourse::models {

namespace {

// The context is the one lupdate has always given these texts (their namespace), so the catalogues made from it
// match what is looked up here.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(bourse::models)
};

// Most specific first: the first kind the error is (or descends from) gives the sentence.
QString headline(const ex::Error& e)
{
    using K = ex::ErrorKind;
    if (e.is(K::PermissionDenied)) {
        return ErrorText::tr("The API key lacks the permission for this.");
    }
    if (e.is(K::AuthenticationError)) {
        return ErrorText::tr(
            "The exchange refused the API key (wrong key or secret, expired, or not allowed from this IP).");
    }
    if (e.is(K::InsufficientFunds)) {
        return ErrorText::tr("Not enough funds.");
    }
    if (e.is(K::OrderNotFound)) {
        return ErrorText::tr("The exchange does not know this order.");
    }
    if (e.is(K::InvalidOrder)) {
        return ErrorText::tr("The exchange rejected the order.");
    }
    if (e.is(K::InvalidNonce)) {
        return ErrorText::tr(
            "The exchange rejected the request's timestamp or nonce (is this computer's clock right?).");
    }
    // The two outcomes of an order whose answer was lost come first: they say what to do with the order.
    if (e.is(K::OrderStatusUnknown)) {
        return ErrorText::tr(
            "Unknown — check: the answer to the order was lost and Bourse could not tell whether it was "
            "placed. Look at the open orders and the order history on the exchange before sending it again.");
    }
    if (e.is(K::OrderNotPlaced)) {
        return ErrorText::tr(
            "The answer to the order was lost; Bourse checked with the exchange and the order was not placed. "
            "It is safe to send it again.");
    }
    if (e.is(K::RateLimitExceeded)) {
        if (auto ms = e.retryAfterMs()) {
            const int seconds = static_cast<int>((*ms + 999) / 1000);
            return ErrorText::tr(
                       "Rate limited: too many requests. The exchange asks to wait %1 seconds before the next one.")
                .arg(seconds);
        }
        return ErrorText::tr("Rate limited: too many requests. The exchange asks to slow down.");
    }
    if (e.is(K::DDoSProtection)) {
        return ErrorText::tr("The exchange's protection blocked the request (an anti-DDoS page or a ban for too many "
                             "requests). Wait a while before trying again.");
    }
    if (e.is(K::RequestTimeout)) {
        return ErrorText::tr("The exchange did not answer in time.");
    }
    if (e.is(K::OnMaintenance)) {
        return ErrorText::tr("The exchange is down for maintenance.");
    }
    if (e.is(K::ExchangeNotAvailable)) {
        return ErrorText::tr("The exchange is not available right now (a server error, or it could not be reached).");
    }
    if (e.is(K::NetworkError)) {
        return ErrorText::tr("The connection to the exchange failed.");
    }
    if (e.is(K::NotSupported)) {
        return ErrorText::tr("The exchange does not offer this.");
    }
    if (e.is(K::BadSymbol)) {
        return ErrorText::tr("The exchange does not list this market.");
    }
    if (e.is(K::BadResponse)) {
        return ErrorText::tr("The exchange sent an answer Bourse cannot read.");
    }
    return ErrorText::tr("The exchange reported an error.");
}

} // namespace

QString plainWords(const ex::Error& error)
{
    const QString detail = QString::fromStdString(error.message()).trimmed();
    const QString sentence = headline(error);
    return detail.isEmpty() ? sentence : ErrorText::tr("%1 (%2)").arg(sentence, detail);
}

} // namespace bourse::models
