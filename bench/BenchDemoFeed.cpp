// SPDX-License-Identifier: GPL-3.0-or-later
// The demo feed's update rate: how many book snapshots and deltas, and how many trades, it can produce per
// second of CPU for all five simulated markets, each poll stepping the market by the feed's 100 ms.
#include "core/OrderBookBuilder.h"
#include "demo/DemoMarketFeed.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace bourse::ex;

namespace {

constexpr long long kT = 1764000000000;

struct FeedSetup
{
    DemoMarketSimulator simulator {20261124};
    Clock clock;
    DemoMarketFeed feed {simulator, clock};
    std::vector<FeedSubscription> subscriptions;
    long long now = kT;
};

// Every market's book: a delta per poll, applied by a client-side builder as a model would.
void BM_BookDeltas(benchmark::State& state)
{
    FeedSetup s;
    std::map<std::string, OrderBookBuilder> builders;
    for (const auto& m : s.simulator.markets()) {
        OrderBookBuilder& b = builders[m.symbol];
        s.subscriptions.push_back(s.feed.subscribeOrderBook(m.symbol, [&b](const OrderBookUpdate& u) { b.apply(u); }));
    }
    s.feed.poll(s.now);
    const auto start = s.feed.stats();
    for (auto _ : state) {
        s.now += DemoMarketFeed::kIntervalMs;
        s.feed.poll(s.now);
    }
    const auto& end = s.feed.stats();
    const double updates = static_cast<double>(end.deltas + end.snapshots - start.deltas - start.snapshots);
    state.counters["updates/s"] = benchmark::Counter(updates, benchmark::Counter::kIsRate);
    state.counters["levelChanges/s"] =
        benchmark::Counter(static_cast<double>(end.levelChanges - start.levelChanges), benchmark::Counter::kIsRate);
    state.counters["changes/delta"] =
        static_cast<double>(end.levelChanges - start.levelChanges) / static_cast<double>(end.deltas - start.deltas);
}
BENCHMARK(BM_BookDeltas)->Unit(benchmark::kMicrosecond);

// A fresh snapshot per poll (every subscriber resyncing): the cost of the full 200-level books.
void BM_BookSnapshots(benchmark::State& state)
{
    FeedSetup s;
    for (const auto& m : s.simulator.markets()) {
        s.subscriptions.push_back(s.feed.subscribeOrderBook(m.symbol, [](const OrderBookUpdate&) {}));
    }
    for (auto _ : state) {
        for (auto& sub : s.subscriptions) {
            sub.resync();
        }
        s.now += DemoMarketFeed::kIntervalMs;
        s.feed.poll(s.now);
    }
    state.counters["snapshots/s"] =
        benchmark::Counter(static_cast<double>(s.feed.stats().snapshots), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BookSnapshots)->Unit(benchmark::kMicrosecond);

// Every market's trades, polled every 100 ms of market time.
void BM_Trades(benchmark::State& state)
{
    FeedSetup s;
    uint64_t received = 0;
    for (const auto& m : s.simulator.markets()) {
        s.subscriptions.push_back(
            s.feed.subscribeTrades(m.symbol, [&received](const std::vector<Trade>& t) { received += t.size(); }));
    }
    s.feed.poll(s.now);
    for (auto _ : state) {
        s.now += DemoMarketFeed::kIntervalMs;
        s.feed.poll(s.now);
    }
    state.counters["trades/s"] = benchmark::Counter(static_cast<double>(received), benchmark::Counter::kIsRate);
    state.counters["trades/poll"] = static_cast<double>(received) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Trades)->Unit(benchmark::kMicrosecond);

// The 24 h ticker of every market, once per second of market time (what the feed pushes).
void BM_Tickers(benchmark::State& state)
{
    FeedSetup s;
    for (const auto& m : s.simulator.markets()) {
        s.subscriptions.push_back(s.feed.subscribeTicker(m.symbol, [](const Ticker&) {}));
    }
    for (auto _ : state) {
        s.now += DemoMarketFeed::kTickerIntervalMs;
        s.feed.poll(s.now);
    }
    state.counters["tickers/s"] =
        benchmark::Counter(static_cast<double>(s.feed.stats().tickers), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tickers)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // The feed's QTimer wants an application; the benchmarks poll by hand and never run its loop.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
