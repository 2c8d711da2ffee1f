// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AdapterKit.h"

#include <string>

// What the coincheck, zaif and btcbox parsers share (a candidate for the common kit): an order book answered as
// {"bids":[[price, amount], ...],"asks":[...]}, numbers or numeric strings, in any order.
namespace bourse::ex::jpkit {

inline OrderBook parsePairBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, raw["bids"]);
    kit::appendLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

} // namespace bourse::ex::jpkit
