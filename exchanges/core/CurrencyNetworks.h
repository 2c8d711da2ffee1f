// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Types.h"

namespace bourse::ex {

// What a currency's chains say about the currency as a whole, the way ccxt's safeCurrencyStructure derives it:
// it can be deposited (withdrawn) when one chain allows it, its fee is the lowest chain fee, its precision the
// coarsest, and its limits the widest. Values the currency states itself stand unless a chain improves on them.
void completeFromNetworks(Currency& currency);

} // namespace bourse::ex
