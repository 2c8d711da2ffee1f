// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketFeed.h"

#include <functional>
#include <map>
#include <optional>

namespace bourse::ex {

// The client side of an order book stream: keeps the book that a snapshot and the deltas after it describe, and
// refuses to guess when a delta is missing. A delta whose predecessor is not the last message applied is a gap:
// the book is marked out of sync, the resync callback asks the feed for a new snapshot (once per gap), and deltas
// are ignored until it arrives. A delta already applied (a duplicate, an old one after a snapshot) is skipped.
class OrderBookBuilder
{
public:
    enum class Outcome {
        Snapshot, // a snapshot replaced the book
        Applied, // a delta was applied
        Stale, // a delta at or before the current sequence: skipped
        Gap, // a delta out of order: out of sync, resync requested
        AwaitingSnapshot, // a delta while out of sync: ignored
    };

    explicit OrderBookBuilder(std::function<void()> requestResync = {});

    Outcome apply(const OrderBookUpdate& update);

    bool synced() const { return m_synced; }
    uint64_t sequence() const { return m_sequence; }
    long long timestamp() const { return m_timestamp; }
    size_t gaps() const { return m_gaps; }
    size_t bidCount() const { return m_bids.size(); }
    size_t askCount() const { return m_asks.size(); }
    // The book as it stands, best first; `depth` levels a side at most.
    OrderBook book(std::optional<size_t> depth = std::nullopt) const;

    // The changes that turn `before` into `after` (both sorted best first, one level per price): what a feed
    // that only sees successive snapshots sends as a delta.
    static std::vector<BookLevelChange> diff(const OrderBook& before, const OrderBook& after);

private:
    std::function<void()> m_requestResync;
    std::map<Decimal, Decimal, std::greater<>> m_bids;
    std::map<Decimal, Decimal> m_asks;
    std::string m_symbol;
    uint64_t m_sequence = 0;
    long long m_timestamp = 0;
    bool m_synced = false;
    size_t m_gaps = 0;
};

} // namespace bourse::ex
