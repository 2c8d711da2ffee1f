// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookChecksum.h"

namespace bourse::ex {

std::string interleavedBookText(const OrderBook& book, size_t levels, bool negativeAskAmounts)
{
    std::string text;
    auto append = [&text](const PriceLevel& level, bool negate) {
        if (!text.empty()) {
            text += ':';
        }
        text += level.price.toString();
        text += ':';
        text += (negate ? -level.amount : level.amount).toString();
    };
    for (size_t i = 0; i < levels && (i < book.bids.size() || i < book.asks.size()); ++i) {
        if (i < book.bids.size()) {
            append(book.bids[i], false);
        }
        if (i < book.asks.size()) {
            append(book.asks[i], negativeAskAmounts);
        }
    }
    return text;
}

} // namespace bourse::ex
