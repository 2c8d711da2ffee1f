// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Precision.h"
#include "core/Types.h"

#include <QLocale>
#include <QString>

namespace bourse::models {

// Exact decimals as text for the views. Nothing here goes through a double: what a cell shows is the exchange's
// number, padded or rounded to the market's precision, with the separators of the default locale (the language
// the user chose) put in place of the plain text's.
class DecimalText final
{
public:
    DecimalText() = delete;

    // `places` decimals, half away from zero, with thousands separators: 68342.1 at 2 -> "68,342.10" in English,
    // "68.342,10" in German.
    static QString format(const ex::Decimal& value, int places, bool groupThousands = true);
    // `places` decimals, half away from zero, as plain text: a dot and no separators, what a line edit holds and
    // parse() reads back ("68342.10").
    static QString fixed(const ex::Decimal& value, int places);
    // Plain decimal text ("-1234.5678") with `locale`'s decimal point and, when asked, its group separator
    // ("-1.234,5678" in German); the digits stay as they are.
    static QString localized(const QString& plain, const QLocale& locale, bool groupThousands = true);
    // "—" for an absent value.
    static QString format(const ex::OptDecimal& value, int places, bool groupThousands = true);
    // The exact value with at least `minPlaces` and at most `maxPlaces` decimals, trailing zeros dropped above the
    // minimum (balances: "0.5" -> "0.50", "0.12345678" stays).
    static QString amount(const ex::Decimal& value, int minPlaces = 2, int maxPlaces = 8);
    // The signed percentage with two decimals: "+1.25%".
    static QString percent(const ex::OptDecimal& value);
    // Decimals a precision stands for in the exchange's counting mode: a tick of 0.01 -> 2, 8 decimal places -> 8;
    // `fallback` when the market does not say.
    static int places(const ex::OptDecimal& precision, ex::CountingMode mode, int fallback = 8);
    // `places` decimals as a line edit shows them to the user: fixed() with the default locale's decimal point and
    // no separators ("68342,10" in German).
    static QString editable(const ex::Decimal& value, int places);
    // The characters a user may type as decimal point: always '.', and the default locale's own when it differs
    // (',' in German). Never a group separator: "1,000" in English must not become 1.
    static QString decimalPoints();
    // Text a user typed (digits, one decimal point from decimalPoints(), no separators) as a Decimal.
    static std::optional<ex::Decimal> parse(const QString& text);
    // The exact value as plain text without separators ("68342.1"), for line edits.
    static QString plain(const ex::Decimal& value);
    // The exact value, every digit of it, as the user's locale writes numbers ("68,342.1"; "68.342,1" in German).
    static QString exact(const ex::Decimal& value);
    // A moment (ms since the epoch, local time) as the default locale writes a short date, and the time to the
    // second: "11/25/26 10:13:54" in American English, "25.11.26 10:13:54" in German.
    static QString dateTime(qint64 msSinceEpoch);
    // For a table's time column: only the time for a moment of today (local), so a narrow panel keeps room for the
    // figures; dateTime() otherwise. `nowMs` is the present.
    static QString compactDateTime(qint64 msSinceEpoch, qint64 nowMs);
};

} // namespace bourse::models
