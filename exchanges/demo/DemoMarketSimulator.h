// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bourse::ex {

// One simulated market: its precision and limits as an exchange would publish them, and the parameters of its
// price process.
struct DemoMarketSpec
{
    std::string base;
    std::string quote;
    Decimal tick;
    Decimal step;
    Decimal minAmount;
    Decimal maxAmount;
    Decimal minCost;
    double centerPrice = 1; // the level the price wanders around (geometric mean over months)
    double dailyVolatility = 0; // of the market's own moves: the standard deviation of a day's log return
    double volumePerMinute = 0; // base currency traded in a calm minute
    double levelSize = 0; // base currency on a typical book level
    double tradeSize = 0; // base currency of a typical trade
    // Crypto moves together: a market may follow a leader, adding `beta` times the leader's log move to its own
    // (ETH/USD follows BTC/USD with beta 1, so ETH/BTC sees only ETH's own moves, as the real pair does).
    int leader = -1;
    double beta = 0;
    // Set for a cross pair (ETH/BTC): its price is the ratio of these two markets' prices, with a small basis
    // of its own, so that the three markets never offer a free triangle.
    int numerator = -1;
    int denominator = -1;
};

// A deterministic market, computed rather than simulated: every quantity is a pure function of (seed, market,
// time), built from hash-keyed value noise, so any instant of the last eight years costs the same microsecond,
// no history is kept, and two instances with the same seed agree to the last digit whatever order they are
// asked in.
//
// The price is centre * exp(sum of noise octaves, periods 4^k s from 1 s to ~48 days). Octave amplitudes grow
// with the square root of their period, as a random walk's moves do, calibrated so a day moves a few per cent;
// a slow noise scales the octaves up to 18 h (volatility bursts); and because every octave is bounded the
// price reverts to its centre over months instead of drifting away. Altcoins add a beta of BTC's moves.
class DemoMarketSimulator
{
public:
    explicit DemoMarketSimulator(uint64_t seed);

    void setSeed(uint64_t seed) { m_seed = seed; }
    uint64_t seed() const { return m_seed; }

    // Unified markets (without fees: the exchange adds its schedule) and currencies.
    const std::vector<Market>& markets() const { return m_markets; }
    std::vector<Currency> currencies() const;
    // Index of a unified symbol, or -1.
    int indexOf(const std::string& symbol) const;
    const DemoMarketSpec& spec(int market) const { return m_specs[static_cast<size_t>(market)]; }
    // The first instant with data: candles start here.
    static long long listingTime();
    static constexpr int kBookDepth = 200;
    static constexpr long long kBookBucketMs = 100;

    // The raw price (a double: the process is continuous) and the same snapped to the market's tick.
    double rawPrice(int market, long long ms) const;
    Decimal price(int market, long long ms) const;

    // The candle that opens at `start` and lasts `duration` ms (any start: the ticker asks for rolling windows);
    // it is partial, closing at `now`, when `now` falls inside it.
    Ohlcv candle(int market, long long start, long long duration, long long now) const;
    // Candles of `timeframeMs` that have opened by `now`: the first `limit` from `since` when given, else the
    // most recent `limit`. None before the listing.
    std::vector<Ohlcv> candles(int market, long long timeframeMs, OptInt since, long long limit, long long now) const;

    // The book as it stands at `ms`; it changes every 100 ms bucket and its nonce is the bucket number.
    OrderBook orderBook(int market, long long ms, int depth = kBookDepth) const;
    // Public trades printed by `now`: the first `limit` from `since` when given, else the most recent `limit`.
    std::vector<Trade> trades(int market, OptInt since, long long limit, long long now) const;
    // The rolling 24 h ticker at `now`.
    Ticker ticker(int market, long long now) const;

private:
    struct Touch
    {
        long long bid = 0; // in ticks
        long long ask = 0;
    };
    Touch touch(int market, long long bucket) const;
    double volatility(int market, long long ms) const;
    double volumeIntensity(int market, long long ms) const;
    // log(price / centre) of a market that has its own process (not a cross pair).
    double logDeviation(int market, long long ms) const;
    double noise(int market, uint64_t channel, long long ms, long long periodMs) const;
    uint64_t key(int market, uint64_t channel, long long step) const;
    Decimal snapPrice(int market, double price) const;
    Decimal snapAmount(int market, double amount) const;
    void appendBucketTrades(int market, long long bucket, std::vector<Trade>& out) const;

    uint64_t m_seed;
    std::vector<DemoMarketSpec> m_specs;
    std::vector<Market> m_markets;
    std::vector<uint64_t> m_marketKeys;
};

} // namespace bourse::ex
