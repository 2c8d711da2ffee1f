// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketFeed.h"

#include <algorithm>

namespace bourse::ex {

MarketFeed::MarketFeed()
    : m_link(std::make_shared<FeedSubscription::Link>(FeedSubscription::Link {this}))
{
}

MarketFeed::~MarketFeed()
{
    // Subscriptions that outlive the feed find no feed behind their link and do nothing.
    m_link->feed = nullptr;
    for (auto& [id, s] : m_subscribers) {
        s->alive = false;
    }
}

void MarketFeed::snapshotWanted(const std::string&) { }

FeedSubscription MarketFeed::add(std::shared_ptr<Subscriber> subscriber)
{
    const uint64_t id = m_nextId++;
    const Channel channel = subscriber->channel;
    const std::string symbol = subscriber->symbol;
    const bool first = !hasStream(channel, symbol);
    m_subscribers.emplace(id, std::move(subscriber));
    FeedSubscription handle(m_link, id);
    if (first) {
        streamStarted(channel, symbol);
    }
    if (channel == Channel::OrderBook) {
        snapshotWanted(symbol);
    }
    return handle;
}

FeedSubscription MarketFeed::subscribeOrderBook(const std::string& symbol, OrderBookHandler onUpdate,
                                                FeedErrorHandler onError)
{
    auto s = std::make_shared<Subscriber>();
    s->channel = Channel::OrderBook;
    s->symbol = symbol;
    s->onBook = std::move(onUpdate);
    s->onError = std::move(onError);
    s->needsSnapshot = true;
    return add(std::move(s));
}

FeedSubscription MarketFeed::subscribeTrades(const std::string& symbol, TradesHandler onTrades,
                                             FeedErrorHandler onError)
{
    auto s = std::make_shared<Subscriber>();
    s->channel = Channel::Trades;
    s->symbol = symbol;
    s->onTrades = std::move(onTrades);
    s->onError = std::move(onError);
    return add(std::move(s));
}

FeedSubscription MarketFeed::subscribeTicker(const std::string& symbol, TickerHandler onTicker,
                                             FeedErrorHandler onError)
{
    auto s = std::make_shared<Subscriber>();
    s->channel = Channel::Ticker;
    s->symbol = symbol;
    s->onTicker = std::move(onTicker);
    s->onError = std::move(onError);
    return add(std::move(s));
}

void MarketFeed::unsubscribe(uint64_t id)
{
    auto it = m_subscribers.find(id);
    if (it == m_subscribers.end()) {
        return;
    }
    it->second->alive = false;
    const Channel channel = it->second->channel;
    const std::string symbol = it->second->symbol;
    m_subscribers.erase(it);
    if (!hasStream(channel, symbol)) {
        streamStopped(channel, symbol);
    }
}

void MarketFeed::resync(uint64_t id)
{
    auto it = m_subscribers.find(id);
    if (it == m_subscribers.end() || it->second->channel != Channel::OrderBook) {
        return;
    }
    it->second->needsSnapshot = true;
    snapshotWanted(it->second->symbol);
}

bool MarketFeed::hasStream(Channel channel, const std::string& symbol) const
{
    return std::any_of(m_subscribers.begin(), m_subscribers.end(), [&](const auto& entry) {
        return entry.second->channel == channel && entry.second->symbol == symbol;
    });
}

bool MarketFeed::wantsSnapshot(const std::string& symbol) const
{
    return std::any_of(m_subscribers.begin(), m_subscribers.end(), [&](const auto& entry) {
        const Subscriber& s = *entry.second;
        return s.channel == Channel::OrderBook && s.symbol == symbol && s.needsSnapshot;
    });
}

std::vector<std::shared_ptr<MarketFeed::Subscriber>> MarketFeed::audience(Channel channel,
                                                                          const std::string& symbol) const
{
    std::vector<std::shared_ptr<Subscriber>> out;
    for (const auto& [id, s] : m_subscribers) {
        if (s->channel == channel && s->symbol == symbol) {
            out.push_back(s);
        }
    }
    return out;
}

void MarketFeed::deliverSnapshot(const OrderBookUpdate& snapshot)
{
    for (const auto& s : audience(Channel::OrderBook, snapshot.symbol)) {
        if (s->alive && s->needsSnapshot) {
            s->needsSnapshot = false;
            s->onBook(snapshot);
        }
    }
}

void MarketFeed::publishDelta(const OrderBookUpdate& delta)
{
    for (const auto& s : audience(Channel::OrderBook, delta.symbol)) {
        // Whoever waits for a snapshot could not apply it; the snapshot will include it.
        if (s->alive && !s->needsSnapshot) {
            s->onBook(delta);
        }
    }
}

void MarketFeed::invalidateBooks(const std::string& symbol)
{
    for (const auto& s : audience(Channel::OrderBook, symbol)) {
        s->needsSnapshot = true;
    }
}

void MarketFeed::publishTrades(const std::string& symbol, const std::vector<Trade>& trades)
{
    for (const auto& s : audience(Channel::Trades, symbol)) {
        if (s->alive) {
            s->onTrades(trades);
        }
    }
}

void MarketFeed::publishTicker(const Ticker& ticker)
{
    for (const auto& s : audience(Channel::Ticker, ticker.symbol)) {
        if (s->alive) {
            s->onTicker(ticker);
        }
    }
}

void MarketFeed::publishError(Channel channel, const std::string& symbol, const Error& error)
{
    for (const auto& s : audience(channel, symbol)) {
        if (s->alive && s->onError) {
            s->onError(error);
        }
    }
}

} // namespace bourse::ex
