// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Decimal::parse and the arithmetic on what it reads. The input is two numbers separated by a
// newline (one number when there is none). Nothing may crash, and what parses must print as text that reads back
// as the same value.
#include "core/Decimal.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace bourse::ex;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void roundTrip(const Decimal& value)
{
    std::string text = value.toString();
    auto again = Decimal::parse(text);
    check(again.has_value());
    check(*again == value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    size_t newline = text.find('\n');
    auto a = Decimal::parse(text.substr(0, newline));
    if (!a) {
        return 0;
    }
    roundTrip(*a);
    (void)a->toDouble();
    (void)a->toInt64();
    (void)a->decimalPlaces();
    (void)a->magnitude();
    for (int places : {-3, 0, 2, 8, 18}) {
        (void)a->truncated(places);
        (void)a->rounded(places);
        (void)a->floor(places);
        (void)a->ceil(places);
    }
    if (newline == std::string_view::npos) {
        return 0;
    }
    auto b = Decimal::parse(text.substr(newline + 1));
    if (!b) {
        return 0;
    }
    roundTrip(*b);
    // Results may hold 39 digits, one more than parse keeps, so they are printed, not compared.
    for (const Decimal& result : {*a + *b, *a - *b, *a * *b, *a / *b, *a % *b}) {
        check(!result.toString().empty());
    }
    auto order = *a <=> *b;
    check((*b <=> *a) == (0 <=> order));
    return 0;
}
