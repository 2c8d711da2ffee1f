// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Decimal.h"

#include <QString>
#include <optional>

namespace bourse::models {

// An order as the user typed it, before the exchange's precision is applied. The session turns it into a
// PreparedOrder with the exchange's own amountToPrecision / priceToPrecision.
struct OrderDraft
{
    QString symbol;
    QString side; // buy | sell
    QString type; // limit | market
    ex::Decimal amount;
    std::optional<ex::Decimal> price; // limit orders
    std::optional<ex::Decimal> triggerPrice; // stop orders (stop-limit or stop-market)
};

} // namespace bourse::models
