// SPDX-License-Identifier: GPL-3.0-or-later
// The push interface on its own: OrderBookBuilder applies snapshots and deltas, skips what it has seen and stops
// at a gap; MarketFeed shares a stream between subscribers, delivers snapshots only to whoever waits for one,
// and stays safe when handlers cancel and when subscriptions outlive the feed.
#include "core/MarketFeed.h"
#include "core/OrderBookBuilder.h"

#include <QTest>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

OrderBook book(std::vector<PriceLevel> bids, std::vector<PriceLevel> asks)
{
    OrderBook b;
    b.symbol = "BTC/USD";
    b.bids = std::move(bids);
    b.asks = std::move(asks);
    return b;
}

std::string levels(const OrderBook& b)
{
    std::string out;
    for (const auto& l : b.bids) {
        out += "b" + l.price.toString() + "@" + l.amount.toString() + " ";
    }
    for (const auto& l : b.asks) {
        out += "a" + l.price.toString() + "@" + l.amount.toString() + " ";
    }
    return out;
}

OrderBookUpdate snapshot(uint64_t sequence, OrderBook b)
{
    OrderBookUpdate u;
    u.symbol = b.symbol;
    u.snapshot = true;
    u.sequence = sequence;
    u.book = std::move(b);
    return u;
}

OrderBookUpdate delta(uint64_t previous, uint64_t sequence, std::vector<BookLevelChange> changes)
{
    OrderBookUpdate u;
    u.symbol = "BTC/USD";
    u.previousSequence = previous;
    u.sequence = sequence;
    u.changes = std::move(changes);
    return u;
}

// A feed driven by hand: it records which streams run and publishes what the test tells it to.
class ManualFeed final : public MarketFeed
{
public:
    std::vector<std::string> log;
    using MarketFeed::deliverSnapshot;
    using MarketFeed::publishDelta;
    using MarketFeed::publishError;
    using MarketFeed::publishTicker;
    using MarketFeed::publishTrades;
    using MarketFeed::wantsSnapshot;

protected:
    void streamStarted(Channel c, const std::string& symbol) override
    {
        log.push_back("start " + std::to_string(static_cast<int>(c)) + " " + symbol);
    }
    void streamStopped(Channel c, const std::string& symbol) override
    {
        log.push_back("stop " + std::to_string(static_cast<int>(c)) + " " + symbol);
    }
    void snapshotWanted(const std::string& symbol) override { log.push_back("snapshot " + symbol); }
};

} // namespace

class TestOrderBookBuilder : public QObject
{
    Q_OBJECT

private slots:
    void diffTurnsOneBookIntoTheOther();
    void appliesSnapshotThenDeltas();
    void detectsAGapAndWaitsForASnapshot();
    void skipsStaleDeltas();
    void feedSharesAStreamBetweenSubscribers();
    void snapshotsGoOnlyToWhoeverWaits();
    void handlersMayCancelWhileCalled();
    void subscriptionsMayOutliveTheFeed();
};

void TestOrderBookBuilder::diffTurnsOneBookIntoTheOther()
{
    OrderBook before = book({{dec("100"), dec("1")}, {dec("99"), dec("2")}, {dec("97"), dec("3")}},
                            {{dec("101"), dec("1")}, {dec("103"), dec("4")}});
    OrderBook after = book({{dec("100.5"), dec("0.5")}, {dec("100"), dec("1")}, {dec("99"), dec("2.5")}},
                           {{dec("101"), dec("1")}, {dec("102"), dec("2")}, {dec("103"), dec("4")}});
    auto changes = OrderBookBuilder::diff(before, after);
    // Bids: 100.5 new, 99 changed, 97 gone; asks: 102 new. Unchanged levels are not sent.
    QCOMPARE(changes.size(), size_t(4));
    OrderBookBuilder b;
    QCOMPARE(b.apply(snapshot(1, before)), OrderBookBuilder::Outcome::Snapshot);
    QCOMPARE(b.apply(delta(1, 2, changes)), OrderBookBuilder::Outcome::Applied);
    QCOMPARE(levels(b.book()), levels(after));
    QVERIFY(OrderBookBuilder::diff(after, after).empty());
    // From nothing, and to nothing.
    QCOMPARE(OrderBookBuilder::diff(OrderBook {}, after).size(), after.bids.size() + after.asks.size());
    QCOMPARE(OrderBookBuilder::diff(after, OrderBook {}).size(), after.bids.size() + after.asks.size());
}

void TestOrderBookBuilder::appliesSnapshotThenDeltas()
{
    OrderBookBuilder b;
    QVERIFY(!b.synced());
    QCOMPARE(b.apply(delta(0, 1, {})), OrderBookBuilder::Outcome::AwaitingSnapshot);
    QCOMPARE(b.apply(snapshot(10, book({{dec("99"), dec("1")}}, {{dec("101"), dec("1")}}))),
             OrderBookBuilder::Outcome::Snapshot);
    QVERIFY(b.synced());
    QCOMPARE(b.apply(delta(10, 11, {{BookSide::Bid, dec("100"), dec("2")}, {BookSide::Ask, dec("101"), Decimal()}})),
             OrderBookBuilder::Outcome::Applied);
    QCOMPARE(b.apply(delta(11, 12, {{BookSide::Ask, dec("102"), dec("5")}})), OrderBookBuilder::Outcome::Applied);
    QCOMPARE(b.sequence(), uint64_t(12));
    QCOMPARE(levels(b.book()), std::string("b100@2 b99@1 a102@5 "));
    QCOMPARE(levels(b.book(1)), std::string("b100@2 a102@5 "));
}

void TestOrderBookBuilder::detectsAGapAndWaitsForASnapshot()
{
    int resyncs = 0;
    OrderBookBuilder b([&] { ++resyncs; });
    b.apply(snapshot(5, book({{dec("99"), dec("1")}}, {{dec("101"), dec("1")}})));
    QCOMPARE(b.apply(delta(5, 6, {{BookSide::Bid, dec("99"), dec("3")}})), OrderBookBuilder::Outcome::Applied);
    // 7 was lost: 8 does not apply on top of 6.
    QCOMPARE(b.apply(delta(7, 8, {{BookSide::Bid, dec("98"), dec("1")}})), OrderBookBuilder::Outcome::Gap);
    QVERIFY(!b.synced());
    QCOMPARE(resyncs, 1);
    QCOMPARE(b.gaps(), size_t(1));
    // Until a snapshot comes, deltas are not guessed at, and the resync is asked for once.
    QCOMPARE(b.apply(delta(8, 9, {})), OrderBookBuilder::Outcome::AwaitingSnapshot);
    QCOMPARE(resyncs, 1);
    QCOMPARE(b.apply(snapshot(9, book({{dec("98"), dec("1")}}, {}))), OrderBookBuilder::Outcome::Snapshot);
    QCOMPARE(b.apply(delta(9, 10, {{BookSide::Ask, dec("100"), dec("1")}})), OrderBookBuilder::Outcome::Applied);
    QCOMPARE(levels(b.book()), std::string("b98@1 a100@1 "));
}

void TestOrderBookBuilder::skipsStaleDeltas()
{
    int resyncs = 0;
    OrderBookBuilder b([&] { ++resyncs; });
    b.apply(snapshot(20, book({{dec("99"), dec("1")}}, {})));
    // Deltas already contained in the snapshot, and a duplicate after it.
    QCOMPARE(b.apply(delta(18, 19, {{BookSide::Bid, dec("97"), dec("1")}})), OrderBookBuilder::Outcome::Stale);
    QCOMPARE(b.apply(delta(19, 20, {{BookSide::Bid, dec("97"), dec("1")}})), OrderBookBuilder::Outcome::Stale);
    QCOMPARE(b.apply(delta(20, 21, {{BookSide::Bid, dec("98"), dec("1")}})), OrderBookBuilder::Outcome::Applied);
    QCOMPARE(b.apply(delta(20, 21, {{BookSide::Bid, dec("98"), dec("1")}})), OrderBookBuilder::Outcome::Stale);
    QVERIFY(b.synced());
    QCOMPARE(resyncs, 0);
    QCOMPARE(levels(b.book()), std::string("b99@1 b98@1 "));
}

void TestOrderBookBuilder::feedSharesAStreamBetweenSubscribers()
{
    ManualFeed feed;
    int a = 0, b = 0, trades = 0, tickers = 0;
    {
        auto s1 = feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate&) { ++a; });
        auto s2 = feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate&) { ++b; });
        auto s3 = feed.subscribeTrades("BTC/USD", [&](const std::vector<Trade>& t) { trades += int(t.size()); });
        auto s4 = feed.subscribeTicker("ETH/USD", [&](const Ticker&) { ++tickers; });
        QCOMPARE(feed.subscriberCount(), size_t(4));
        QVERIFY(s1.active() && s4.active());
        feed.publishTrades("BTC/USD", std::vector<Trade>(3));
        feed.publishTrades("ETH/USD", std::vector<Trade>(5)); // nobody listens
        Ticker t;
        t.symbol = "ETH/USD";
        feed.publishTicker(t);
        QCOMPARE(trades, 3);
        QCOMPARE(tickers, 1);
        s1.cancel();
        QVERIFY(!s1.active());
    }
    QCOMPARE(feed.subscriberCount(), size_t(0));
    const std::vector<std::string> expected {"start 0 BTC/USD", "snapshot BTC/USD", "snapshot BTC/USD",
                                             "start 1 BTC/USD", "start 2 ETH/USD",  "stop 2 ETH/USD",
                                             "stop 1 BTC/USD",  "stop 0 BTC/USD"};
    QCOMPARE(feed.log, expected);
    QCOMPARE(a + b, 0);
}

void TestOrderBookBuilder::snapshotsGoOnlyToWhoeverWaits()
{
    ManualFeed feed;
    std::vector<std::string> seen;
    auto first = feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        seen.push_back("first " + std::string(u.snapshot ? "snapshot " : "delta ") + std::to_string(u.sequence));
    });
    QVERIFY(feed.wantsSnapshot("BTC/USD"));
    feed.publishDelta(delta(0, 1, {})); // not applicable without a snapshot: held back
    feed.deliverSnapshot(snapshot(1, book({}, {})));
    QVERIFY(!feed.wantsSnapshot("BTC/USD"));
    feed.publishDelta(delta(1, 2, {}));
    auto second = feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        seen.push_back("second " + std::string(u.snapshot ? "snapshot " : "delta ") + std::to_string(u.sequence));
    });
    feed.publishDelta(delta(2, 3, {}));
    feed.deliverSnapshot(snapshot(3, book({}, {})));
    feed.publishDelta(delta(3, 4, {}));
    first.resync();
    QVERIFY(feed.wantsSnapshot("BTC/USD"));
    feed.publishDelta(delta(4, 5, {}));
    feed.deliverSnapshot(snapshot(5, book({}, {})));
    feed.publishError(MarketFeed::Channel::OrderBook, "BTC/USD", Error(ErrorKind::NetworkError, "lost"));
    const std::vector<std::string> expected {"first snapshot 1",  "first delta 2",   "first delta 3",
                                             "second snapshot 3", "first delta 4",   "second delta 4",
                                             "second delta 5",    "first snapshot 5"};
    QCOMPARE(seen, expected);
}

void TestOrderBookBuilder::handlersMayCancelWhileCalled()
{
    ManualFeed feed;
    int calls = 0;
    FeedSubscription a, b;
    a = feed.subscribeTrades("BTC/USD", [&](const std::vector<Trade>&) {
        ++calls;
        b.cancel(); // the other one, before it is called
        a.cancel(); // and itself
    });
    b = feed.subscribeTrades("BTC/USD", [&](const std::vector<Trade>&) { ++calls; });
    feed.publishTrades("BTC/USD", {});
    QCOMPARE(calls, 1);
    QCOMPARE(feed.subscriberCount(), size_t(0));
    // A handler that subscribes anew is not called for the message at hand.
    FeedSubscription c, d;
    c = feed.subscribeTrades("ETH/USD", [&](const std::vector<Trade>&) {
        ++calls;
        if (!d.active()) {
            d = feed.subscribeTrades("ETH/USD", [&](const std::vector<Trade>&) { calls += 100; });
        }
    });
    feed.publishTrades("ETH/USD", {});
    QCOMPARE(calls, 2);
    feed.publishTrades("ETH/USD", {});
    QCOMPARE(calls, 103);
}

void TestOrderBookBuilder::subscriptionsMayOutliveTheFeed()
{
    FeedSubscription s;
    {
        ManualFeed feed;
        s = feed.subscribeTicker("BTC/USD", [](const Ticker&) {});
        QVERIFY(s.active());
    }
    QVERIFY(!s.active());
    s.resync();
    s.cancel(); // nothing left to tell
    FeedSubscription moved = std::move(s);
    QVERIFY(!moved.active());
}

QTEST_GUILESS_MAIN(TestOrderBookBuilder)
#include "TestOrderBookBuilder.moc"
