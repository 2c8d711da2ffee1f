// SPDX-License-Identifier: GPL-3.0-or-later
// The order book engine (issue 9): OrderBookBuilder applying incremental L2 updates to a 5 000-level-a-side book
// (inserts, changes and deletes, half within the top 20 levels and half deeper), the top-25 read a panel makes
// after each update, and a resync (a full snapshot replacing the book). One "update" is one level change;
// messages carry 1, 10 or 100 of them, as exchanges batch them.
#include "core/OrderBookBuilder.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <random>

using namespace bourse::ex;

namespace {

constexpr int kLevels = 5000; // a side, as binance's depth limit=5000
constexpr long long kBestBidTick = 5000000; // 50 000.00 in 0.01 ticks
constexpr long long kBestAskTick = kBestBidTick + 100;
constexpr size_t kStreamChanges = 200000;

Decimal ticks(long long tick)
{
    return *Decimal::parse(std::to_string(tick / 100) + "." + std::to_string(100 + tick % 100).substr(1));
}

Decimal amount(std::mt19937& rng)
{
    std::uniform_int_distribution<int> thousandths(1, 250000);
    int n = thousandths(rng);
    return *Decimal::parse(std::to_string(n / 1000) + "." + std::to_string(1000 + n % 1000).substr(1));
}

// Occupied ticks a side, best first; levels two ticks apart leave room for inserts between them.
struct SimulatedSide
{
    BookSide side;
    std::vector<long long> ticks;
    long long worse(long long tick) const { return side == BookSide::Bid ? tick - 1 : tick + 1; }
};

struct Stream
{
    OrderBookUpdate snapshot;
    std::vector<OrderBookUpdate> deltas;
};

// A deterministic stream of `kStreamChanges` level changes in messages of `perMessage`, from the snapshot it
// starts on. The book keeps its size: inserts and deletes are equally likely.
Stream makeStream(size_t perMessage)
{
    std::mt19937 rng(20261124);
    SimulatedSide sides[2] = {{BookSide::Bid, {}}, {BookSide::Ask, {}}};
    Stream s;
    s.snapshot.snapshot = true;
    s.snapshot.symbol = "BTC/USDT";
    s.snapshot.sequence = 1;
    for (int i = 0; i < kLevels; ++i) {
        sides[0].ticks.push_back(kBestBidTick - 2 * i);
        sides[1].ticks.push_back(kBestAskTick + 2 * i);
        s.snapshot.book.bids.push_back({ticks(sides[0].ticks.back()), amount(rng)});
        s.snapshot.book.asks.push_back({ticks(sides[1].ticks.back()), amount(rng)});
    }
    std::uniform_int_distribution<int> coin(0, 1), op(0, 2), near(0, 19);
    OrderBookUpdate delta;
    for (size_t n = 0; n < kStreamChanges; ++n) {
        SimulatedSide& side = sides[coin(rng)];
        std::uniform_int_distribution<size_t> far(20, side.ticks.size() - 2);
        const size_t rank = coin(rng) ? static_cast<size_t>(near(rng)) : far(rng);
        const long long tick = side.ticks[rank];
        switch (op(rng)) {
        case 0: // a change in size
            delta.changes.push_back({side.side, ticks(tick), amount(rng)});
            break;
        case 1: // a level emptied
            delta.changes.push_back({side.side, ticks(tick), Decimal()});
            side.ticks.erase(side.ticks.begin() + static_cast<long>(rank));
            break;
        default: { // a new level at the first free tick behind it
            size_t at = rank;
            while (at + 1 < side.ticks.size() && side.ticks[at + 1] == side.worse(side.ticks[at])) {
                ++at;
            }
            const long long fresh = side.worse(side.ticks[at]);
            delta.changes.push_back({side.side, ticks(fresh), amount(rng)});
            side.ticks.insert(side.ticks.begin() + static_cast<long>(at) + 1, fresh);
        }
        }
        if (delta.changes.size() == perMessage) {
            delta.symbol = "BTC/USDT";
            s.deltas.push_back(std::move(delta));
            delta = OrderBookUpdate();
        }
    }
    return s;
}

void BM_ApplyUpdates(benchmark::State& state)
{
    Stream stream = makeStream(static_cast<size_t>(state.range(0)));
    OrderBookBuilder builder;
    builder.apply(stream.snapshot);
    uint64_t sequence = stream.snapshot.sequence;
    size_t next = 0;
    size_t changes = 0;
    for (auto _ : state) {
        if (next == stream.deltas.size()) {
            // The stream is spent: back to its first book, outside the timing (resync has its own benchmark).
            state.PauseTiming();
            stream.snapshot.sequence = ++sequence;
            builder.apply(stream.snapshot);
            next = 0;
            state.ResumeTiming();
        }
        OrderBookUpdate& delta = stream.deltas[next++];
        delta.previousSequence = sequence;
        delta.sequence = ++sequence;
        if (builder.apply(delta) != OrderBookBuilder::Outcome::Applied) {
            state.SkipWithError("a delta was not applied");
            return;
        }
        changes += delta.changes.size();
    }
    state.SetItemsProcessed(static_cast<int64_t>(changes));
    state.counters["ns/update"] = benchmark::Counter(static_cast<double>(changes) * 1e-9,
                                                     benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["levels"] = static_cast<double>(builder.bidCount() + builder.askCount());
}
BENCHMARK(BM_ApplyUpdates)->ArgName("perMessage")->Arg(1)->Arg(10)->Arg(100);

// The top 25 levels a side, read the way a panel reads them after an update.
void BM_Top25(benchmark::State& state)
{
    Stream stream = makeStream(100);
    OrderBookBuilder builder;
    builder.apply(stream.snapshot);
    for (auto _ : state) {
        OrderBook top = builder.book(25);
        benchmark::DoNotOptimize(top);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_Top25);

// A resync: the 5 000-a-side snapshot replaces the book.
void BM_Resync(benchmark::State& state)
{
    Stream stream = makeStream(100);
    OrderBookBuilder builder;
    for (auto _ : state) {
        ++stream.snapshot.sequence;
        builder.apply(stream.snapshot);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 2 * kLevels);
    state.counters["levels/snapshot"] = 2 * kLevels;
}
BENCHMARK(BM_Resync)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
