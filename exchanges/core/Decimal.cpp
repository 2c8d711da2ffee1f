// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decimal.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <limits>

namespace bourse::ex {
namespace {

constexpr int kMaxDigits = 38;
// Exponents beyond this are no number an exchange sends; refusing them keeps the scale far from int overflow and
// toString() from writing millions of zeros.
constexpr int kMaxExponent = 1000;
constexpr Int128 kInt128Max = (((Int128(1) << 126) - 1) << 1) + 1; // 2^127 - 1
constexpr Int128 kInt128Min = -kInt128Max - 1;

constexpr std::array<Int128, kMaxDigits + 1> makePowers()
{
    std::array<Int128, kMaxDigits + 1> powers {};
    Int128 value = 1;
    for (int i = 0; i <= kMaxDigits; ++i) {
        powers[i] = value;
        if (i < kMaxDigits) {
            value *= 10;
        }
    }
    return powers;
}
constexpr auto kPow10 = makePowers();

Int128 absOf(Int128 v)
{
    return v < 0 ? -v : v;
}

int digitCount(Int128 v)
{
    v = absOf(v);
    int n = 1;
    while (n <= kMaxDigits && v >= kPow10[n]) {
        ++n;
    }
    return n;
}

bool scaleUp(Int128 mantissa, int by, Int128& out)
{
    if (by > kMaxDigits) {
        if (mantissa != 0) {
            return false;
        }
        out = 0;
        return true;
    }
    return !__builtin_mul_overflow(mantissa, kPow10[by], &out);
}

enum RoundMode { Truncate, HalfAwayFromZero, Floor, Ceil };

// Drops `by` least significant digits of `mantissa`, rounding as `mode` says.
Int128 dropDigits(Int128 mantissa, int by, int mode)
{
    if (by <= 0) {
        return mantissa;
    }
    Int128 quotient = 0;
    Int128 remainder = mantissa;
    Int128 divisor = 0;
    if (by <= kMaxDigits) {
        divisor = kPow10[by];
        quotient = mantissa / divisor;
        remainder = mantissa % divisor;
    }
    if (remainder == 0) {
        return quotient;
    }
    switch (mode) {
    case Truncate:
        return quotient;
    case Floor:
        return remainder < 0 ? quotient - 1 : quotient;
    case Ceil:
        return remainder > 0 ? quotient + 1 : quotient;
    default:
        if (divisor == 0) {
            return quotient; // |remainder| < 10^38 <= half of the divisor
        }
        if (absOf(remainder) >= divisor - absOf(remainder)) { // |r| * 2 >= divisor, without overflow
            return remainder < 0 ? quotient - 1 : quotient + 1;
        }
        return quotient;
    }
}

// Brings two decimals to one scale. When the finer scale cannot be reached without overflow, the finer operand
// loses its least significant digits instead.
void align(Int128& a, int& aScale, Int128& b, int& bScale)
{
    if (aScale == bScale) {
        return;
    }
    bool swapped = aScale > bScale;
    if (swapped) {
        std::swap(a, b);
        std::swap(aScale, bScale);
    }
    // Here aScale < bScale: a has to grow.
    Int128 grown = 0;
    int need = bScale - aScale;
    while (!scaleUp(a, need, grown)) {
        int headroom = kMaxDigits - digitCount(a);
        int cut = need - std::max(headroom - 1, 0);
        b = dropDigits(b, cut, HalfAwayFromZero);
        bScale -= cut;
        need = bScale - aScale;
    }
    a = grown;
    aScale = bScale;
    if (swapped) {
        std::swap(a, b);
        std::swap(aScale, bScale);
    }
}

} // namespace

std::optional<Decimal> Decimal::parse(std::string_view text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    Int128 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool sawDigit = false;
    bool sawPoint = false;
    int droppedIntegerDigits = 0;
    // The first 18 significant digits gather in 64 bits (128-bit multiplies cost several times more, and exchange
    // numbers rarely need more); the 128-bit mantissa takes over from the 19th.
    uint64_t head = 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.') {
            if (sawPoint) {
                return std::nullopt;
            }
            sawPoint = true;
            continue;
        }
        if (c < '0' || c > '9') {
            break;
        }
        sawDigit = true;
        if (digits == 0 && c == '0') {
            if (sawPoint) {
                ++scale;
            }
            continue;
        }
        if (digits >= kMaxDigits) {
            // Beyond 38 significant digits: keep the magnitude, drop the precision.
            if (!sawPoint) {
                ++droppedIntegerDigits;
            }
            continue;
        }
        if (digits < 18) {
            head = head * 10 + static_cast<uint64_t>(c - '0');
        } else {
            mantissa = (digits == 18 ? static_cast<Int128>(head) : mantissa) * 10 + (c - '0');
        }
        ++digits;
        if (sawPoint) {
            ++scale;
        }
    }
    if (!sawDigit) {
        return std::nullopt;
    }
    if (digits <= 18) {
        mantissa = static_cast<Int128>(head);
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        int exponent = 0;
        auto [ptr, ec] = std::from_chars(text.data() + i + (i < text.size() && text[i] == '+' ? 1 : 0),
                                         text.data() + text.size(), exponent);
        if (ec != std::errc() || ptr != text.data() + text.size() || exponent > kMaxExponent
            || exponent < -kMaxExponent) {
            return std::nullopt;
        }
        scale -= exponent;
        i = text.size();
    }
    if (i != text.size()) {
        return std::nullopt;
    }
    scale -= droppedIntegerDigits;
    if (digits == 0) {
        scale = 0;
    }
    return Decimal(negative ? -mantissa : mantissa, scale);
}

Decimal Decimal::fromDouble(double value)
{
    char buffer[64];
    auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc()) {
        return {};
    }
    return parse(std::string_view(buffer, static_cast<size_t>(ptr - buffer))).value_or(Decimal());
}

Decimal Decimal::pow10(int exponent)
{
    return Decimal(1, -exponent);
}

std::string Decimal::toString() const
{
    Decimal n = normalized();
    if (n.m_mantissa == 0) {
        return "0";
    }
    Int128 v = absOf(n.m_mantissa);
    char digits[48];
    int len = 0;
    while (v > 0) {
        digits[len++] = static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    }
    std::string out;
    out.reserve(static_cast<size_t>(len + std::abs(n.m_scale) + 3));
    if (n.m_mantissa < 0) {
        out.push_back('-');
    }
    if (n.m_scale <= 0) {
        for (int k = len - 1; k >= 0; --k) {
            out.push_back(digits[k]);
        }
        out.append(static_cast<size_t>(-n.m_scale), '0');
        return out;
    }
    if (n.m_scale >= len) {
        out.append("0.");
        out.append(static_cast<size_t>(n.m_scale - len), '0');
        for (int k = len - 1; k >= 0; --k) {
            out.push_back(digits[k]);
        }
        return out;
    }
    for (int k = len - 1; k >= 0; --k) {
        out.push_back(digits[k]);
        if (k == n.m_scale) {
            out.push_back('.');
        }
    }
    return out;
}

double Decimal::toDouble() const
{
    return std::strtod(toString().c_str(), nullptr);
}

long long Decimal::toInt64() const
{
    const Decimal whole = truncated(0); // its scale is 0 or negative
    Int128 value = whole.m_mantissa;
    if (whole.m_scale < 0 && !scaleUp(whole.m_mantissa, -whole.m_scale, value)) {
        value = whole.m_mantissa < 0 ? kInt128Min : kInt128Max;
    }
    constexpr Int128 lowest = std::numeric_limits<long long>::min();
    constexpr Int128 highest = std::numeric_limits<long long>::max();
    return static_cast<long long>(std::clamp(value, lowest, highest));
}

Decimal Decimal::abs() const
{
    return Decimal(absOf(m_mantissa), m_scale);
}

Decimal Decimal::operator-() const
{
    return Decimal(-m_mantissa, m_scale);
}

Decimal Decimal::normalized() const
{
    if (m_mantissa == 0) {
        return Decimal();
    }
    Int128 m = m_mantissa;
    int s = m_scale;
    while (m % 10 == 0) {
        m /= 10;
        --s;
    }
    return Decimal(m, s);
}

int Decimal::decimalPlaces() const
{
    return normalized().m_scale;
}

int Decimal::magnitude() const
{
    if (m_mantissa == 0) {
        return 0;
    }
    return digitCount(m_mantissa) - 1 - m_scale;
}

Decimal Decimal::roundedTo(int places, int mode) const
{
    if (places >= m_scale) {
        return *this;
    }
    return Decimal(dropDigits(m_mantissa, m_scale - places, mode), places);
}

Decimal Decimal::truncated(int places) const
{
    return roundedTo(places, Truncate);
}

Decimal Decimal::rounded(int places) const
{
    return roundedTo(places, HalfAwayFromZero);
}

Decimal Decimal::floor(int places) const
{
    return roundedTo(places, Floor);
}

Decimal Decimal::ceil(int places) const
{
    return roundedTo(places, Ceil);
}

Decimal Decimal::operator+(const Decimal& other) const
{
    Int128 a = m_mantissa, b = other.m_mantissa;
    int sa = m_scale, sb = other.m_scale;
    align(a, sa, b, sb);
    Int128 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return Decimal(dropDigits(a, 1, HalfAwayFromZero) + dropDigits(b, 1, HalfAwayFromZero), sa - 1);
    }
    return Decimal(sum, sa);
}

Decimal Decimal::operator-(const Decimal& other) const
{
    return *this + (-other);
}

Decimal Decimal::operator*(const Decimal& other) const
{
    Decimal a = *this, b = other;
    Int128 product = 0;
    if (!__builtin_mul_overflow(a.m_mantissa, b.m_mantissa, &product)) {
        return Decimal(product, a.m_scale + b.m_scale);
    }
    a = a.normalized();
    b = b.normalized();
    while (__builtin_mul_overflow(a.m_mantissa, b.m_mantissa, &product)) {
        // Give up the least significant digit of the longer operand, until the product fits.
        Decimal& longer = digitCount(a.m_mantissa) >= digitCount(b.m_mantissa) ? a : b;
        longer = Decimal(dropDigits(longer.m_mantissa, 1, HalfAwayFromZero), longer.m_scale - 1);
    }
    return Decimal(product, a.m_scale + b.m_scale);
}

Decimal Decimal::divided(const Decimal& divisor, int fractionDigits) const
{
    if (divisor.m_mantissa == 0) {
        return Decimal(); // callers check for zero; a zero keeps bad data from crashing the terminal
    }
    Decimal a = normalized(), b = divisor.normalized();
    // result = a.m / b.m * 10^(b.s - a.s); we want `fractionDigits` digits after the point.
    for (int digits = fractionDigits; digits >= -kMaxDigits; --digits) {
        int shift = digits - a.m_scale + b.m_scale;
        Int128 numerator = a.m_mantissa;
        Int128 denominator = b.m_mantissa;
        if (shift >= 0) {
            if (!scaleUp(numerator, shift, numerator)) {
                continue;
            }
        } else if (!scaleUp(denominator, -shift, denominator)) {
            return Decimal();
        }
        if (numerator == kInt128Min && denominator == -1) {
            continue; // the one quotient that does not fit: one digit fewer
        }
        return Decimal(numerator / denominator, digits);
    }
    return Decimal();
}

Decimal Decimal::operator%(const Decimal& divisor) const
{
    if (divisor.m_mantissa == 0) {
        return Decimal();
    }
    Int128 a = m_mantissa, b = divisor.m_mantissa;
    int sa = m_scale, sb = divisor.m_scale;
    align(a, sa, b, sb);
    // A divisor far finer than the dividend can round away to nothing while aligning (1e46 % 705): the remainder
    // is then below the dividend's last digit, zero at its scale. A divisor of one unit leaves no remainder either,
    // and Int128's lowest value % -1 would overflow.
    if (b == 0 || b == 1 || b == -1) {
        return Decimal();
    }
    return Decimal(a % b, sa);
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const
{
    if (sign() != other.sign()) {
        return sign() <=> other.sign();
    }
    Int128 a = m_mantissa, b = other.m_mantissa;
    int sa = m_scale, sb = other.m_scale;
    align(a, sa, b, sb);
    return a <=> b;
}

} // namespace bourse::ex
