// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Types.h"

#include <cstddef>
#include <string>

namespace bourse::ex {

// The text okx and bitfinex take the CRC-32 of: the top `levels` bids and asks taken in turn (bid 1, ask 1, bid 2,
// ask 2, ...; the longer side goes on alone once the shorter ends), each level as price:amount, all joined by ':'.
// Figures are written as the exchanges print them, shortest form (3366.1, 7, 0.0001). Bitfinex writes an ask's
// amount negative, as its book carries it (`negativeAskAmounts`).
std::string interleavedBookText(const OrderBook& book, size_t levels, bool negativeAskAmounts = false);

} // namespace bourse::ex
