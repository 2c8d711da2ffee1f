// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bourse::ex {

__extension__ typedef __int128 Int128;

// An exact decimal number: a 128-bit integer mantissa scaled by a power of ten (value = mantissa * 10^-scale).
// Prices, amounts, costs and fees travel as Decimal from the exchange's JSON text to the order that is sent back;
// a double only appears where something is drawn (DESIGN.md, "Numbers").
//
// 38 significant digits are exact. Past that (products of two very long numbers), the least significant digits
// are rounded half away from zero: the same loss ccxt's Precise avoids only with unbounded integers, and one no
// exchange number comes near.
class Decimal
{
public:
    constexpr Decimal() = default;
    Decimal(int value)
        : m_mantissa(value)
    {
    }
    Decimal(long long value)
        : m_mantissa(value)
    {
    }
    Decimal(long value)
        : m_mantissa(value)
    {
    }

    // Accepts JSON number text and the numeric strings exchanges send: "-12.50", ".5", "5.", "1e-8", "+3"; |e| <= 1000.
    static std::optional<Decimal> parse(std::string_view text);
    // The shortest decimal text that reads back as `value` (what JavaScript prints), so 0.1 is 0.1.
    static Decimal fromDouble(double value);
    static Decimal pow10(int exponent);

    std::string toString() const;
    double toDouble() const;
    // The integer part, truncated toward zero; saturated at the limits of long long.
    long long toInt64() const;

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    int sign() const { return m_mantissa > 0 ? 1 : (m_mantissa < 0 ? -1 : 0); }
    Decimal abs() const;
    Decimal operator-() const;

    // Number of digits after the decimal point once trailing zeros are dropped (negative for 1e3 style values).
    int decimalPlaces() const;
    // floor(log10(|x|)): 0 for 1..9.99, -3 for 0.001..; undefined for zero (returns 0).
    int magnitude() const;

    // Rounding to a number of decimal places (negative: to tens, hundreds...).
    Decimal truncated(int places) const;
    Decimal rounded(int places) const; // half away from zero
    Decimal floor(int places) const;
    Decimal ceil(int places) const;

    Decimal operator+(const Decimal& other) const;
    Decimal operator-(const Decimal& other) const;
    Decimal operator*(const Decimal& other) const;
    // Division keeps `fractionDigits` digits after the point, truncated (ccxt's Precise divides the same way).
    Decimal divided(const Decimal& divisor, int fractionDigits = 18) const;
    Decimal operator/(const Decimal& divisor) const { return divided(divisor); }
    // Remainder with the sign of the dividend, like JavaScript's %.
    Decimal operator%(const Decimal& divisor) const;
    Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
    Decimal& operator-=(const Decimal& other) { return *this = *this - other; }
    Decimal& operator*=(const Decimal& other) { return *this = *this * other; }

    std::strong_ordering operator<=>(const Decimal& other) const;
    bool operator==(const Decimal& other) const { return (*this <=> other) == 0; }

    Int128 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }

private:
    Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {
    }
    Decimal normalized() const;
    Decimal withScale(int scale, bool& exact) const;
    Decimal roundedTo(int places, int mode) const;

    Int128 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace bourse::ex
