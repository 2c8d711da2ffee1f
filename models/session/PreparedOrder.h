// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bourse::models {

// An order exactly as it will be sent: the figures are the strings the exchange's amountToPrecision and
// priceToPrecision returned, and createOrder gets these strings parsed back, nothing else. The confirmation
// dialog shows this value, so what the user confirms is what leaves.
struct PreparedOrder
{
    QString exchangeId;
    QString symbol;
    QString side;
    QString type;
    QString amount;
    QString price; // empty for market orders
    QString triggerPrice; // empty unless a stop order
    QString base;
    QString quote;
    // The cost in quote currency at the order's price (or the reference price for a market order) and the fee
    // estimate at the taker rate; for the confirmation, never sent.
    QString estimatedCost;
    QString estimatedFee;

    bool operator==(const PreparedOrder&) const = default;
};

} // namespace bourse::models
