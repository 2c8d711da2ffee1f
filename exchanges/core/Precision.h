// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decimal.h"

#include <string>

// Rounding of amounts and prices to a market's precision, with the modes ccxt's decimalToPrecision defines.
namespace bourse::ex {

enum class Rounding {
    Truncate,
    Round, // half away from zero
};

enum class CountingMode {
    DecimalPlaces,
    SignificantDigits,
    TickSize,
};

enum class Padding {
    None,
    PadWithZero,
};

// `precision` is a number of decimal places or significant digits (an integer, may be negative for decimal
// places), or the tick itself in TickSize mode. Throws Error(BadRequest) for a precision that means nothing
// (a negative tick, zero significant digits).
std::string decimalToPrecision(const Decimal& value, Rounding rounding, const Decimal& precision, CountingMode mode,
                               Padding padding = Padding::None);
Decimal roundToPrecision(const Decimal& value, Rounding rounding, const Decimal& precision, CountingMode mode);

} // namespace bourse::ex
