// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's push channel: the deltas it sends rebuild the simulator's book exactly, at every instant; sequences
// are gapless; a lost delta is caught as a gap and healed by a resync; trades arrive once each, in order; the
// ticker comes every second; the timer drives it all on its own.
#include "TestSupport.h"
#include "core/OrderBookBuilder.h"
#include "demo/Demo.h"
#include "demo/DemoMarketFeed.h"

#include <QTest>

using namespace bourse;
using namespace bourse::ex;

namespace {

constexpr long long kT = 1764000000000;

std::string levels(const std::vector<PriceLevel>& side)
{
    std::string out;
    for (const auto& l : side) {
        out += l.price.toString() + "@" + l.amount.toString() + " ";
    }
    return out;
}

const char* const kSymbols[] = {"BTC/USD", "ETH/USD", "ETH/BTC", "SOL/USD", "PEPE/USD"};

struct Fixture
{
    DemoMarketSimulator simulator {Demo::kDefaultSeed};
    Clock clock;
    DemoMarketFeed feed {simulator, clock};
};

} // namespace

class TestDemoMarketFeed : public QObject
{
    Q_OBJECT

private slots:
    void deltasRebuildTheSimulatorsBook();
    void sequencesAreGapless();
    void aDroppedDeltaIsDetectedAsAGap();
    void tradesArriveOnceInOrder();
    void tickerComesEverySecond();
    void unknownSymbolIsReported();
    void theTimerDrivesTheFeed();
    void exchangesOfferTheirFeed();
};

void TestDemoMarketFeed::deltasRebuildTheSimulatorsBook()
{
    Fixture f;
    std::map<std::string, OrderBookBuilder> builders;
    std::vector<FeedSubscription> subs;
    for (const char* s : kSymbols) {
        OrderBookBuilder& b = builders[s];
        subs.push_back(f.feed.subscribeOrderBook(
            s, [&b](const OrderBookUpdate& u) { QVERIFY(b.apply(u) != OrderBookBuilder::Outcome::Gap); }));
    }
    // Steps of the feed's 100 ms, but also polls inside one book bucket (nothing to send) and late ones that skip
    // several buckets (one delta spans them).
    long long t = kT;
    const long long steps[] = {100, 100, 30, 40, 100, 350, 100, 1000, 100, 7};
    for (int i = 0; i < 400; ++i) {
        const long long bucket = t / DemoMarketSimulator::kBookBucketMs;
        const uint64_t deltas = f.feed.stats().deltas;
        t += steps[i % std::size(steps)];
        f.feed.poll(t);
        if (t / DemoMarketSimulator::kBookBucketMs == bucket) {
            QCOMPARE(f.feed.stats().deltas, deltas);
        }
        for (size_t m = 0; m < std::size(kSymbols); ++m) {
            const OrderBook expected = f.simulator.orderBook(static_cast<int>(m), t);
            const OrderBook built = builders[kSymbols[m]].book();
            QVERIFY(builders[kSymbols[m]].synced());
            QCOMPARE(levels(built.bids), levels(expected.bids));
            QCOMPARE(levels(built.asks), levels(expected.asks));
        }
    }
    QCOMPARE(f.feed.stats().snapshots, uint64_t(std::size(kSymbols)));
    QVERIFY(f.feed.stats().deltas > 1000);
}

void TestDemoMarketFeed::sequencesAreGapless()
{
    Fixture f;
    std::vector<OrderBookUpdate> updates;
    auto sub = f.feed.subscribeOrderBook("ETH/BTC", [&](const OrderBookUpdate& u) { updates.push_back(u); });
    for (long long t = kT; t < kT + 60000; t += DemoMarketFeed::kIntervalMs) {
        f.feed.poll(t);
    }
    QVERIFY(updates.size() > 500);
    QVERIFY(updates.front().snapshot);
    QCOMPARE(updates.front().sequence, uint64_t(1));
    QCOMPARE(updates.front().book.bids.size(), size_t(DemoMarketSimulator::kBookDepth));
    for (size_t i = 1; i < updates.size(); ++i) {
        QVERIFY(!updates[i].snapshot);
        QCOMPARE(updates[i].previousSequence, updates[i - 1].sequence);
        QCOMPARE(updates[i].sequence, updates[i - 1].sequence + 1);
        QVERIFY(updates[i].timestamp > updates[i - 1].timestamp);
        QVERIFY(!updates[i].changes.empty());
    }
}

void TestDemoMarketFeed::aDroppedDeltaIsDetectedAsAGap()
{
    Fixture f;
    int received = 0;
    int snapshots = 0;
    std::vector<OrderBookBuilder::Outcome> outcomes;
    FeedSubscription lossy;
    OrderBookBuilder builder([&] { lossy.resync(); });
    lossy = f.feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        snapshots += u.snapshot ? 1 : 0;
        if (++received == 6) {
            return; // lost on the way
        }
        outcomes.push_back(builder.apply(u));
    });
    // A second subscriber on the same stream loses nothing and never needs a snapshot again.
    OrderBookBuilder steady;
    auto other = f.feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        QCOMPARE(steady.apply(u) == OrderBookBuilder::Outcome::Snapshot, u.sequence == 1);
    });
    long long t = kT;
    for (int i = 0; i < 20; ++i) {
        t += DemoMarketFeed::kIntervalMs;
        f.feed.poll(t);
    }
    // snapshot, 4 deltas, [lost], gap found on the next one, resync asked, a snapshot, deltas again.
    QCOMPARE(outcomes[0], OrderBookBuilder::Outcome::Snapshot);
    QCOMPARE(outcomes[4], OrderBookBuilder::Outcome::Applied);
    QCOMPARE(outcomes[5], OrderBookBuilder::Outcome::Gap);
    QCOMPARE(outcomes[6], OrderBookBuilder::Outcome::Snapshot);
    QCOMPARE(outcomes.back(), OrderBookBuilder::Outcome::Applied);
    QCOMPARE(builder.gaps(), size_t(1));
    QCOMPARE(snapshots, 2);
    QVERIFY(builder.synced() && steady.synced());
    const OrderBook expected = f.simulator.orderBook(0, t);
    QCOMPARE(levels(builder.book().bids), levels(expected.bids));
    QCOMPARE(levels(steady.book().asks), levels(expected.asks));
    QCOMPARE(builder.sequence(), steady.sequence());
}

void TestDemoMarketFeed::tradesArriveOnceInOrder()
{
    Fixture f;
    std::vector<Trade> received;
    auto sub = f.feed.subscribeTrades(
        "SOL/USD", [&](const std::vector<Trade>& t) { received.insert(received.end(), t.begin(), t.end()); });
    f.feed.poll(kT); // the start: what printed before is history, for fetchTrades
    long long t = kT;
    for (int i = 0; i < 600; ++i) {
        t += i % 7 == 0 ? 450 : 100;
        f.feed.poll(t);
    }
    const int market = f.simulator.indexOf("SOL/USD");
    std::vector<Trade> expected = f.simulator.trades(market, kT + 1, 100000, t);
    QVERIFY(expected.size() > 50);
    QCOMPARE(received.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(received[i].toJson().dump(), expected[i].toJson().dump());
    }
    QCOMPARE(f.feed.stats().trades, uint64_t(expected.size()));
}

void TestDemoMarketFeed::tickerComesEverySecond()
{
    Fixture f;
    std::vector<Ticker> tickers;
    auto sub = f.feed.subscribeTicker("PEPE/USD", [&](const Ticker& t) { tickers.push_back(t); });
    for (long long t = kT; t <= kT + 5000; t += DemoMarketFeed::kIntervalMs) {
        f.feed.poll(t);
    }
    QCOMPARE(tickers.size(), size_t(6));
    QCOMPARE(*tickers.back().timestamp, kT + 5000);
    QCOMPARE(tickers.back().toJson().dump(),
             f.simulator.ticker(f.simulator.indexOf("PEPE/USD"), kT + 5000).toJson().dump());
}

void TestDemoMarketFeed::unknownSymbolIsReported()
{
    Fixture f;
    std::vector<std::string> errors;
    int updates = 0;
    auto sub = f.feed.subscribeOrderBook(
        "DOGE/USD", [&](const OrderBookUpdate&) { ++updates; },
        [&](const Error& e) { errors.push_back(std::string(errorKindName(e.kind())) + ": " + e.message()); });
    f.feed.poll(kT);
    f.feed.poll(kT + 100);
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors[0].find("BadSymbol") == 0, errors[0].c_str());
    QCOMPARE(updates, 0);
    QVERIFY(!f.feed.running());
}

void TestDemoMarketFeed::theTimerDrivesTheFeed()
{
    Fixture f; // the real clock: the feed polls it every 100 ms
    int snapshots = 0, deltas = 0;
    OrderBookBuilder builder;
    QVERIFY(!f.feed.running());
    auto sub = f.feed.subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        (u.snapshot ? snapshots : deltas)++;
        QVERIFY(builder.apply(u) != OrderBookBuilder::Outcome::Gap);
    });
    QVERIFY(f.feed.running());
    QTRY_VERIFY_WITH_TIMEOUT(deltas >= 3, 5000);
    QCOMPARE(snapshots, 1);
    sub.cancel();
    QVERIFY(!f.feed.running());
}

void TestDemoMarketFeed::exchangesOfferTheirFeed()
{
    test::ScriptedTransport transport;
    Clock clock;
    clock.fixAt(kT);
    Demo demo(transport, clock);
    MarketFeed* feed = demo.marketFeed();
    QVERIFY(feed);
    QCOMPARE(demo.marketFeed(), feed);
    auto* demoFeed = dynamic_cast<DemoMarketFeed*>(feed);
    QVERIFY(demoFeed);
    int got = 0;
    auto sub = feed->subscribeOrderBook("BTC/USD", [&](const OrderBookUpdate& u) {
        ++got;
        // What the feed pushes is what fetchOrderBook answers at the same instant.
        auto book = test::await<OrderBook>(
            [&](Callback<OrderBook> cb) { demo.fetchOrderBook("BTC/USD", {}, JsonValue::object(), cb); });
        QVERIFY(book && book->ok());
        QCOMPARE(levels(u.book.bids), levels(book->value().bids));
    });
    demoFeed->poll(kT);
    QCOMPARE(got, 1);
    QVERIFY(transport.requests.empty());
}

QTEST_GUILESS_MAIN(TestDemoMarketFeed)
#include "TestDemoMarketFeed.moc"
