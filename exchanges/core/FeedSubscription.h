// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>

namespace bourse::ex {

class MarketFeed;

// The handle of one MarketFeed subscription: delivery stops when it is cancelled or destroyed. Move-only, and
// safe to outlive its feed (it then does nothing), so a model can hold it without caring which dies first.
class FeedSubscription
{
public:
    // What a subscription knows of its feed: cleared when the feed goes away.
    struct Link
    {
        MarketFeed* feed = nullptr;
    };

    FeedSubscription() = default;
    FeedSubscription(std::weak_ptr<Link> link, uint64_t id);
    ~FeedSubscription();
    FeedSubscription(FeedSubscription&& other) noexcept;
    FeedSubscription& operator=(FeedSubscription&& other) noexcept;
    FeedSubscription(const FeedSubscription&) = delete;
    FeedSubscription& operator=(const FeedSubscription&) = delete;

    void cancel();
    // Asks the feed for a fresh order book snapshot, after OrderBookBuilder found a gap. Nothing for trades and
    // tickers, which have no state to rebuild.
    void resync();
    bool active() const;
    uint64_t id() const { return m_id; }

private:
    MarketFeed* feed() const;

    std::weak_ptr<Link> m_link;
    uint64_t m_id = 0;
};

} // namespace bourse::ex
