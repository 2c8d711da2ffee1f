// SPDX-License-Identifier: GPL-3.0-or-later
// The matching engine's throughput: orders per second over a realistic book (the demo's BTC/USD ladder, 200
// levels a side), in the mix a trading session sends, and the cost of settling resting orders on a new book.
#include "demo/DemoMarketSimulator.h"
#include "demo/MatchingEngine.h"

#include <benchmark/benchmark.h>
#include <random>

using namespace bourse::ex;

namespace {

constexpr long long kT = 1764000000000;
// Orders per benchmark iteration, on a fresh account each time: the engine keeps every order it ever saw, and a
// session of this size is what a busy day of manual trading produces.
constexpr int kBatch = 1000;

struct Setup
{
    DemoMarketSimulator simulator {20261124};
    MatchingEngine engine;
    OrderBook book;
    Market market;
    std::map<std::string, Decimal> money {{"USD", Decimal(1000000000)}, {"BTC", Decimal(100000)}};

    Setup()
    {
        market = simulator.markets()[0];
        market.maker = *Decimal::parse("0.001");
        market.taker = *Decimal::parse("0.002");
        engine.addMarket(market);
        book = simulator.orderBook(0, kT);
    }
};

Decimal price(long long ticks, const Decimal& tick)
{
    return Decimal(ticks) * tick;
}

// 55 % limit orders around the touch (a third of them marketable), 25 % market orders, 20 % cancels.
void BM_MixedOrders(benchmark::State& state)
{
    Setup s;
    const Decimal tick = *s.market.precision.price;
    const long long mid = (s.book.bids.front().price + s.book.asks.front().price).divided(Decimal(2) * tick).toInt64();
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<std::string> open;
    long long rejected = 0;
    for (auto _ : state) {
        s.engine.reset(s.money);
        open.clear();
        for (int i = 0; i < kBatch; ++i) {
            const double u = unit(rng);
            try {
                if (u < 0.20 && !open.empty()) {
                    size_t k = static_cast<size_t>(unit(rng) * static_cast<double>(open.size()));
                    s.engine.cancelOrder(open[k], kT);
                    open[k] = open.back();
                    open.pop_back();
                    continue;
                }
                EngineOrder r;
                r.symbol = s.market.symbol;
                r.side = unit(rng) < 0.5 ? "buy" : "sell";
                r.amount = Decimal(1 + static_cast<long long>(unit(rng) * 2000)) * *s.market.precision.amount;
                if (u < 0.45) {
                    r.type = "market";
                } else {
                    r.type = "limit";
                    // Within 60 ticks of the mid: most rest, those beyond the touch take.
                    long long offset = static_cast<long long>(unit(rng) * 80) - 20;
                    r.price = price(r.side == "buy" ? mid - offset : mid + offset, tick);
                }
                Order o = s.engine.createOrder(r, s.book, kT);
                if (o.status == "open") {
                    open.push_back(*o.id);
                }
            } catch (const Error&) {
                ++rejected; // below the minimum cost: part of a real mix too
            }
        }
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
    state.counters["orders/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * kBatch), benchmark::Counter::kIsRate);
    state.counters["rejected"] = static_cast<double>(rejected) / static_cast<double>(state.iterations() * kBatch);
}
BENCHMARK(BM_MixedOrders)->Unit(benchmark::kMillisecond);

// Market orders alone: the walk down the book, fees, balances, the trade records.
void BM_MarketOrders(benchmark::State& state)
{
    Setup s;
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> unit(0, 1);
    for (auto _ : state) {
        s.engine.reset(s.money);
        for (int i = 0; i < kBatch; ++i) {
            EngineOrder r;
            r.symbol = s.market.symbol;
            r.type = "market";
            r.side = i % 2 ? "buy" : "sell";
            r.amount = Decimal(100 + static_cast<long long>(unit(rng) * 5000)) * *s.market.precision.amount;
            benchmark::DoNotOptimize(s.engine.createOrder(r, s.book, kT));
        }
    }
    state.counters["orders/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * kBatch), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MarketOrders)->Unit(benchmark::kMillisecond);

// A new book against N resting orders (the demo does this every 100 ms of market time while orders rest).
void BM_SettleRestingOrders(benchmark::State& state)
{
    Setup s;
    const long long resting = state.range(0);
    const Decimal tick = *s.market.precision.price;
    std::vector<OrderBook> books;
    for (int i = 0; i < 64; ++i) {
        books.push_back(s.simulator.orderBook(0, kT + 100LL * i));
    }
    size_t next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        s.engine.reset(s.money);
        const long long bid = (s.book.bids.front().price.divided(tick)).toInt64();
        const long long ask = (s.book.asks.front().price.divided(tick)).toInt64();
        for (long long i = 0; i < resting; ++i) {
            EngineOrder r;
            r.symbol = s.market.symbol;
            r.type = "limit";
            r.side = i % 2 ? "buy" : "sell";
            r.amount = *Decimal::parse("0.01");
            r.price = price(i % 2 ? bid - 50 - i : ask + 50 + i, tick);
            s.engine.createOrder(r, s.book, kT);
        }
        state.ResumeTiming();
        s.engine.onBook(books[next++ % books.size()], kT + 100);
    }
    state.counters["books/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SettleRestingOrders)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
