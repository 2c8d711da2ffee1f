// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedSubscription.h"

#include "MarketFeed.h"

#include <utility>

namespace bourse::ex {

FeedSubscription::FeedSubscription(std::weak_ptr<Link> link, uint64_t id)
    : m_link(std::move(link))
    , m_id(id)
{
}

FeedSubscription::~FeedSubscription()
{
    cancel();
}

FeedSubscription::FeedSubscription(FeedSubscription&& other) noexcept
    : m_link(std::move(other.m_link))
    , m_id(std::exchange(other.m_id, 0))
{
}

FeedSubscription& FeedSubscription::operator=(FeedSubscription&& other) noexcept
{
    if (this != &other) {
        cancel();
        m_link = std::move(other.m_link);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

MarketFeed* FeedSubscription::feed() const
{
    auto link = m_link.lock();
    return link && m_id != 0 ? link->feed : nullptr;
}

void FeedSubscription::cancel()
{
    if (MarketFeed* f = feed()) {
        f->unsubscribe(m_id);
    }
    m_link.reset();
    m_id = 0;
}

void FeedSubscription::resync()
{
    if (MarketFeed* f = feed()) {
        f->resync(m_id);
    }
}

bool FeedSubscription::active() const
{
    MarketFeed* f = feed();
    return f && f->isSubscribed(m_id);
}

} // namespace bourse::ex
