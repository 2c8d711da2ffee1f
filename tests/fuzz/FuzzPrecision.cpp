// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: decimalToPrecision and roundToPrecision, which every amount and price passes through before
// an order is sent. Input: one byte of mode bits (rounding, counting mode, padding), then the value and the
// precision as text separated by a newline. A precision that means nothing must give Error, never a crash.
#include "core/Errors.h"
#include "core/Precision.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace bourse::ex;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const uint8_t modes = data[0];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    size_t newline = text.find('\n');
    if (newline == std::string_view::npos) {
        return 0;
    }
    auto value = Decimal::parse(text.substr(0, newline));
    auto precision = Decimal::parse(text.substr(newline + 1));
    if (!value || !precision) {
        return 0;
    }
    const Rounding rounding = (modes & 1) ? Rounding::Round : Rounding::Truncate;
    const CountingMode counting = static_cast<CountingMode>(((modes >> 1) & 3) % 3);
    const Padding padding = (modes & 8) ? Padding::PadWithZero : Padding::None;
    try {
        std::string text2 = decimalToPrecision(*value, rounding, *precision, counting, padding);
        if (!Decimal::parse(text2)) {
            std::abort(); // what is sent to an exchange must be a number
        }
        (void)roundToPrecision(*value, rounding, *precision, counting);
    } catch (const Error&) {
        // A precision that means nothing: the typed error the order ticket shows.
    }
    return 0;
}
