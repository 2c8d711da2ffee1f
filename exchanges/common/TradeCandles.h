// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AdapterKit.h"
#include "core/Exchange.h"
#include "core/Filtering.h"

#include <algorithm>

// What the coinegg and blinktrade families share for APIs that give only the whole book and the last trades:
// candles built from the trades (2019 ccxt's emulated fetchOHLCV), and the book cut to the caller's depth.
namespace bourse::ex::kit {

// fetchOHLCV over `ex.fetchTrades`: every trade it gives (since kept, no limit), as candles of `timeframe`, then
// cut to since/limit.
inline void fetchOhlcvFromTrades(Exchange& ex, const std::string& symbol, const std::string& timeframe, OptInt since,
                                 OptInt limit, const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    const long long seconds = timeframeSeconds(timeframe);
    if (seconds <= 0) {
        done(Error(ErrorKind::BadRequest, ex.id() + " fetchOHLCV() cannot build candles of " + timeframe));
        return;
    }
    ex.fetchTrades(symbol, since, std::nullopt, params, [seconds, since, limit, done](Result<std::vector<Trade>> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(sortAndFilterOhlcv(ohlcvFromTrades(r.value(), seconds), since, limit));
    });
}

// The best `limit` levels of each side, when a limit was asked.
inline OrderBook cutBook(OrderBook book, OptInt limit)
{
    if (limit && *limit >= 0) {
        book.bids.resize(std::min(book.bids.size(), size_t(*limit)));
        book.asks.resize(std::min(book.asks.size(), size_t(*limit)));
    }
    return book;
}

} // namespace bourse::ex::kit
