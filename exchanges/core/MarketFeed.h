// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Errors.h"
#include "FeedSubscription.h"
#include "Types.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bourse::ex {

enum class BookSide : uint8_t {
    Bid,
    Ask,
};

// A price level of one side as it now stands; an amount of zero means the level is gone.
struct BookLevelChange
{
    BookSide side = BookSide::Bid;
    Decimal price;
    Decimal amount;
};

// One message of an order book stream: the whole book (a snapshot), or the levels that changed since the message
// numbered `previousSequence` (a delta). Sequence numbers increase strictly along a stream, and a delta applies
// only on top of exactly its predecessor; anything else is a gap, and the book must be rebuilt from a new
// snapshot (OrderBookBuilder). Exchanges number their streams their own ways (binance's U/u update ids, a
// counter per channel); an adapter maps its numbering to this pair.
struct OrderBookUpdate
{
    std::string symbol;
    bool snapshot = false;
    uint64_t sequence = 0;
    uint64_t previousSequence = 0; // a delta's predecessor; not used by a snapshot
    long long timestamp = 0;
    OrderBook book; // a snapshot's levels, best first
    std::vector<BookLevelChange> changes; // a delta's
};

using OrderBookHandler = std::function<void(const OrderBookUpdate&)>;
using TradesHandler = std::function<void(const std::vector<Trade>&)>;
using TickerHandler = std::function<void(const Ticker&)>;
using FeedErrorHandler = std::function<void(const Error&)>;

// The push side of an exchange: order book snapshots and deltas, new public trades and ticker changes, delivered
// to plain callbacks as they happen, so that models need not poll. This base keeps the subscribers (any number
// per symbol, sharing one stream) and delivers safely while handlers subscribe, cancel or resync; an
// implementation (DemoMarketFeed; the websocket adapters) only starts and stops streams and publishes.
//
// Single-threaded: subscribe, cancel and publish on the thread that owns the feed. No Qt object is involved, so
// the exchange layer stays free of widgets and a test can drive a feed by hand.
class MarketFeed
{
public:
    enum class Channel : uint8_t {
        OrderBook,
        Trades,
        Ticker,
    };

    MarketFeed();
    virtual ~MarketFeed();
    MarketFeed(const MarketFeed&) = delete;
    MarketFeed& operator=(const MarketFeed&) = delete;

    // A snapshot first, then deltas; a fresh snapshot after FeedSubscription::resync().
    [[nodiscard]] FeedSubscription subscribeOrderBook(const std::string& symbol, OrderBookHandler onUpdate,
                                                      FeedErrorHandler onError = {});
    // Trades printed after the subscription started, oldest first, in batches.
    [[nodiscard]] FeedSubscription subscribeTrades(const std::string& symbol, TradesHandler onTrades,
                                                   FeedErrorHandler onError = {});
    [[nodiscard]] FeedSubscription subscribeTicker(const std::string& symbol, TickerHandler onTicker,
                                                   FeedErrorHandler onError = {});

    bool isSubscribed(uint64_t id) const { return m_subscribers.count(id) > 0; }
    size_t subscriberCount() const { return m_subscribers.size(); }

protected:
    // A symbol's stream on a channel got its first subscriber, or lost its last one.
    virtual void streamStarted(Channel channel, const std::string& symbol) = 0;
    virtual void streamStopped(Channel channel, const std::string& symbol) = 0;
    // A book subscriber waits for a snapshot (it just subscribed, or asked to resync). The default does nothing:
    // a feed that sends snapshots on its own schedule checks wantsSnapshot().
    virtual void snapshotWanted(const std::string& symbol);

    bool wantsSnapshot(const std::string& symbol) const;
    // To the book subscribers of the snapshot's symbol that wait for one.
    void deliverSnapshot(const OrderBookUpdate& snapshot);
    // To the book subscribers of the delta's symbol that have had their snapshot.
    void publishDelta(const OrderBookUpdate& delta);
    // The feed lost the thread of a symbol's book (a gap, a bad checksum, a dropped connection): every subscriber
    // waits for the next snapshot and is sent no delta until then.
    void invalidateBooks(const std::string& symbol);
    void publishTrades(const std::string& symbol, const std::vector<Trade>& trades);
    void publishTicker(const Ticker& ticker);
    void publishError(Channel channel, const std::string& symbol, const Error& error);

private:
    friend class FeedSubscription;
    struct Subscriber
    {
        Channel channel = Channel::OrderBook;
        std::string symbol;
        OrderBookHandler onBook;
        TradesHandler onTrades;
        TickerHandler onTicker;
        FeedErrorHandler onError;
        bool needsSnapshot = false;
        bool alive = true;
    };

    FeedSubscription add(std::shared_ptr<Subscriber> subscriber);
    void unsubscribe(uint64_t id);
    void resync(uint64_t id);
    bool hasStream(Channel channel, const std::string& symbol) const;
    // The live subscribers of a stream at this instant; a handler may cancel any of them (the `alive` flag says).
    std::vector<std::shared_ptr<Subscriber>> audience(Channel channel, const std::string& symbol) const;

    std::shared_ptr<FeedSubscription::Link> m_link;
    std::map<uint64_t, std::shared_ptr<Subscriber>> m_subscribers;
    uint64_t m_nextId = 1;
};

} // namespace bourse::ex
