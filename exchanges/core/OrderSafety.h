// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exchange.h"

namespace bourse::ex {

struct OrderRequest
{
    std::string symbol;
    std::string type;
    std::string side;
    Decimal amount;
    OptDecimal price;
    JsonValue params = JsonValue::object();
    // The caller made params' clientOrderId for this very order (freshClientOrderId): a "duplicate id" refusal
    // then means an earlier copy of it landed, and it is looked up like a lost answer.
    bool clientOrderIdIsFresh = false;
};

// A new client order id in the exchange's format, for a caller that must know the id before the order goes out
// (the GUI shows an order whose outcome is unknown under it, and recognises it when the exchange lists it). Empty
// when the exchange takes none, or fills orders itself (the demo, paper trading).
std::string freshClientOrderId(const ExchangeDescription& description);

// createOrder for a trader: an order whose answer was lost (a timeout, a dropped connection, a 5xx, an answer
// that cannot be read) is never sent again and never guessed at. It carries a client order id where the exchange
// takes one, and when the answer is lost Bourse waits `settleMs` for the order to land, then looks it up by that
// id (fetchOrder by client id, else the open and the recent orders) and reports what it found:
//   - the order: it was placed (the lookup's copy, with the exchange's id and status);
//   - OrderNotPlaced: the exchange has no order with that id, so sending it again by hand is safe;
//   - OrderStatusUnknown: the lookup failed too, or the exchange takes no client id: only the user, looking at
//     the exchange, can tell.
// The exchange's own refusals (InsufficientFunds, InvalidOrder...) and rate limits come back as they are.
//
// This lives in the exchange layer, beside createOrder, rather than in the GUI's session: it needs the exchange's
// client-id conventions and its lookups, every caller that places orders (the session, a script over the CLI
// later) must get the same answer, and it is tested here against a fault server without any GUI.
void createOrderSafely(Exchange& exchange, OrderRequest order, Callback<Order> done, int settleMs = 1500);

// True when a createOrder failure leaves it open whether the order exists (the reply, not the request, was lost).
bool orderOutcomeUncertain(const Error& error);

} // namespace bourse::ex
