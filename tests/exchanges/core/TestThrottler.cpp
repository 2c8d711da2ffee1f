// SPDX-License-Identifier: GPL-3.0-or-later
// The token bucket with a fake clock: bursts up to the capacity, then one cost unit per rateLimit, in order.
#include "core/Throttler.h"

#include <QTest>
#include <vector>

using namespace bourse::ex;

class TestThrottler : public QObject
{
    Q_OBJECT

private slots:
    void burstThenSpacing();
    void costsWeighMore();
    void oversizedRequestWaitsForAFullBucket();
};

namespace {
struct FakeTime
{
    Throttler::TimePoint now = Throttler::TimePoint {} + std::chrono::hours(1);
    void advanceMs(int ms) { now += std::chrono::milliseconds(ms); }
};
} // namespace

void TestThrottler::burstThenSpacing()
{
    FakeTime time;
    Throttler throttler(100, 2, [&] { return time.now; });
    std::vector<int> ran;
    for (int i = 0; i < 4; ++i) {
        throttler.acquire(1, [&ran, i] { ran.push_back(i); });
    }
    QCOMPARE(ran, (std::vector<int> {0, 1})); // the burst
    QCOMPARE(throttler.queued(), size_t(2));
    QCOMPARE(throttler.delayFor(1), 300.0); // two queued units and this one, with an empty bucket
    time.advanceMs(99);
    throttler.tick();
    QCOMPARE(ran.size(), size_t(2));
    time.advanceMs(1);
    throttler.tick();
    QCOMPARE(ran, (std::vector<int> {0, 1, 2}));
    time.advanceMs(100);
    throttler.tick();
    QCOMPARE(ran, (std::vector<int> {0, 1, 2, 3}));
    QCOMPARE(throttler.queued(), size_t(0));
}

void TestThrottler::costsWeighMore()
{
    FakeTime time;
    Throttler throttler(50, 20, [&] { return time.now; });
    int ran = 0;
    throttler.acquire(20, [&] { ++ran; }); // e.g. binance exchangeInfo, weight 20
    throttler.acquire(5, [&] { ++ran; }); // depth, weight 5: must wait for 5 units
    QCOMPARE(ran, 1);
    time.advanceMs(200);
    throttler.tick();
    QCOMPARE(ran, 1);
    time.advanceMs(50);
    throttler.tick();
    QCOMPARE(ran, 2);
}

void TestThrottler::oversizedRequestWaitsForAFullBucket()
{
    FakeTime time;
    Throttler throttler(10, 5, [&] { return time.now; });
    int ran = 0;
    throttler.acquire(5, [&] { ++ran; });
    throttler.acquire(40, [&] { ++ran; }); // costlier than the bucket: goes once it is full again
    QCOMPARE(ran, 1);
    time.advanceMs(50);
    throttler.tick();
    QCOMPARE(ran, 2);
    // ...and leaves a debt that the next request waits out.
    throttler.acquire(1, [&] { ++ran; });
    QCOMPARE(ran, 2);
    time.advanceMs(360);
    throttler.tick();
    QCOMPARE(ran, 3);
}

QTEST_GUILESS_MAIN(TestThrottler)
#include "TestThrottler.moc"
