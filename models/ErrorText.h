// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bourse::ex {
class Error;
}

namespace bourse::models {

// A typed exchange error as a sentence a trader can act on, with the exchange's own message after it.
QString plainWords(const ex::Error& error);

} // namespace bourse::models
