// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Types.h"

namespace bourse::ex {

// What a currency's chains say about the currency as a whole, the way ccxt's safeCurrencyStructure derives it:
// it can be deposited (withdrawn) when one chain allows it, its fee is the lowest chain fee, its precision the
// coarsest, and its limits the widest. Values the currency states itself stand unless a chain improves on them.
void completeFromNetworks(Currency& currency);

// A chain's unified code as ccxt settles the aliases of the main chains: a coin on its own chain keeps the
// chain's name (ETH on ETH, TRX on TRX), a token on it takes the token standard (USDT on ETH is ERC20, on TRX
// TRC20). The same for Cronos (CRONOS / CRC20) and Bitcoin (BTC / BRC20). `currencyCode` may be empty: the
// standard is then preferred, except for Bitcoin. Other codes come back as given.
std::string preferredNetworkCode(const std::string& networkCode, const std::string& currencyCode);

} // namespace bourse::ex
