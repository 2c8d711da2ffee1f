// SPDX-License-Identifier: GPL-3.0-or-later
#include "Precision.h"

#include "Errors.h"

namespace bourse::ex {
namespace {

Decimal roundPlaces(const Decimal& value, Rounding rounding, int places)
{
    return rounding == Rounding::Truncate ? value.truncated(places) : value.rounded(places);
}

std::string withFixedPlaces(const Decimal& value, int places)
{
    std::string text = value.toString();
    if (places <= 0) {
        return text;
    }
    auto dot = text.find('.');
    int have = dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
    if (dot == std::string::npos) {
        text.push_back('.');
    }
    if (places > have) {
        text.append(static_cast<size_t>(places - have), '0');
    }
    return text;
}

constexpr int kMaxPrecisionDigits = 1000;

int requireInteger(const Decimal& precision)
{
    if (precision.decimalPlaces() > 0) {
        throw Error(ErrorKind::BadRequest,
                    "precision must be an integer in this counting mode: " + precision.toString());
    }
    // An exchange's precision is a few tens of digits at most; a wild one would pad a string of billions of zeros.
    if (precision > Decimal(kMaxPrecisionDigits) || precision < Decimal(-kMaxPrecisionDigits)) {
        throw Error(ErrorKind::BadRequest, "precision out of range: " + precision.toString());
    }
    return static_cast<int>(precision.toInt64());
}

} // namespace

Decimal roundToPrecision(const Decimal& value, Rounding rounding, const Decimal& precision, CountingMode mode)
{
    switch (mode) {
    case CountingMode::TickSize: {
        if (precision.sign() <= 0) {
            throw Error(ErrorKind::BadRequest, "the tick size must be positive: " + precision.toString());
        }
        Decimal remainder = value % precision;
        if (remainder.isZero()) {
            return value;
        }
        Decimal down = value - remainder;
        if (rounding == Rounding::Truncate) {
            return down;
        }
        // Half away from zero: the distance to the lower tick decides.
        if (remainder.abs() * Decimal(2) >= precision) {
            return value.isNegative() ? down - precision : down + precision;
        }
        return down;
    }
    case CountingMode::DecimalPlaces:
        return roundPlaces(value, rounding, requireInteger(precision));
    case CountingMode::SignificantDigits: {
        int digits = requireInteger(precision);
        if (digits < 0) {
            // A negative precision means tens, hundreds... whatever the counting mode (as ccxt reads it).
            return roundPlaces(value, rounding, digits);
        }
        if (digits < 0) {
            throw Error(ErrorKind::BadRequest, "significant digits cannot be negative");
        }
        if (value.isZero()) {
            return value;
        }
        return roundPlaces(value, rounding, digits - 1 - value.magnitude());
    }
    }
    return value;
}

std::string decimalToPrecision(const Decimal& value, Rounding rounding, const Decimal& precision, CountingMode mode,
                               Padding padding)
{
    Decimal result = roundToPrecision(value, rounding, precision, mode);
    std::string text;
    if (padding == Padding::None || (mode != CountingMode::TickSize && precision.isNegative())) {
        text = result.toString();
    } else {
        int places = 0;
        switch (mode) {
        case CountingMode::TickSize:
            places = precision.decimalPlaces();
            break;
        case CountingMode::DecimalPlaces:
            places = requireInteger(precision);
            break;
        case CountingMode::SignificantDigits:
            places =
                result.isZero() ? requireInteger(precision) - 1 : requireInteger(precision) - 1 - result.magnitude();
            break;
        }
        text = withFixedPlaces(result, places);
    }
    return text == "-0" ? "0" : text;
}

} // namespace bourse::ex
