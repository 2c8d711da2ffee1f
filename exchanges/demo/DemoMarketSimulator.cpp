// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMarketSimulator.h"

#include <algorithm>
#include <cmath>

namespace bourse::ex {

namespace {

constexpr long long kSecond = 1000;
constexpr long long kMinute = 60 * kSecond;
constexpr long long kHour = 60 * kMinute;
constexpr long long kDay = 24 * kHour;

// Price octaves: periods 4^k seconds, k = 0..11, from 1 s to 48.5 days. The ones up to 18 h (k <= 8) carry the
// volatility bursts; the slower ones set the trend and pull the price back to its centre.
constexpr int kOctaves = 12;
constexpr int kBurstOctaves = 9;
// Amplitude of octave k = kAmplitudeScale * dailyVolatility * sqrt(period / 1 day). The scale was measured: with
// it, the standard deviation of 24 h log returns over eight simulated years comes out at dailyVolatility (within
// a few per cent, for every seed tried), because a random walk's move over a horizon h is carried by the octaves
// with periods near h.
constexpr double kAmplitudeScale = 1.0;
// Samples inside a candle for its high and low: 32 up to an hour (every 1.875 s in a minute, 112.5 s in an
// hour), then more, so that a day's wicks miss only a few tenths of a per cent of what its minutes reach (450 s
// apart instead of 45 min). Each declared timeframe's spacing is a whole multiple of every finer one's (1.875 s,
// 9.375 s, 28.125 s, 56.25 s, 112.5 s, 225 s, 450 s), so the instants a coarse candle samples are among those
// its fine candles sample: an hour's high is never above the highest of its minutes'.
int candleSamples(long long duration)
{
    return duration >= kDay ? 192 : duration >= 4 * kHour ? 64 : 32;
}

// Noise channels: each quantity draws from its own stream.
enum Channel : uint64_t {
    PriceOctave = 0, // + octave
    Volatility = 32,
    VolatilitySlow,
    Intensity,
    VolumeJitter,
    Basis,
    BasisFast,
    Spread,
    BidGap,
    AskGap,
    BidSize,
    AskSize,
    BidFast,
    AskFast,
    BidFastSize,
    AskFastSize,
    TradeCount,
    TradeSecond,
    TradeSide,
    TradeWalk,
    TradeAmount,
    TradeTime,
};

uint64_t mix(uint64_t z)
{
    // splitmix64's finaliser: every input bit reaches every output bit.
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double unit(uint64_t h)
{
    return static_cast<double>(h >> 11) * 0x1.0p-53; // [0, 1)
}

long long floorDiv(long long a, long long b)
{
    long long q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

long long ceilDiv(long long a, long long b)
{
    return -floorDiv(-a, b);
}

uint64_t fnv1a(const std::string& text)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        h = (h ^ c) * 0x100000001b3ULL;
    }
    return h;
}

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

std::vector<DemoMarketSpec> defaultSpecs()
{
    // Precision and limits as large spot venues publish them; centres near late-2026 levels.
    // Own volatilities and betas are chosen so that the totals match the real markets' (BTC ~3 % a day, ETH
    // ~4 %, SOL ~5 %, PEPE ~7 %) and ETH/BTC moves ~2 % a day.
    std::vector<DemoMarketSpec> specs(5);
    specs[0] = {"BTC", "USD", dec("0.01"), dec("0.00001"), dec("0.00001"), dec("1000"), dec("5"), 95000, 0.030,
                2.0,   0.15,  0.02};
    specs[1] = {"ETH", "USD", dec("0.01"), dec("0.0001"), dec("0.0001"), dec("10000"), dec("5"), 3400, 0.022, 30, 2.5,
                0.4,   0,     1.0};
    specs[2] = {"ETH",
                "BTC",
                dec("0.00001"),
                dec("0.001"),
                dec("0.001"),
                dec("10000"),
                dec("0.0001"),
                0,
                0.004,
                4,
                1.5,
                0.3,
                -1,
                0,
                1,
                0};
    specs[3] = {"SOL", "USD", dec("0.001"), dec("0.01"), dec("0.01"), dec("100000"), dec("5"), 180, 0.032, 400, 40,
                8,     0,     1.3};
    specs[4] = {"PEPE",   "USD",    dec("0.000000001"),
                dec("1"), dec("1"), dec("100000000000"),
                dec("5"), 0.000012, 0.055,
                3e9,      5e7,      8e6,
                0,        1.5};
    specs[2].centerPrice = specs[1].centerPrice / specs[0].centerPrice;
    return specs;
}

} // namespace

DemoMarketSimulator::DemoMarketSimulator(uint64_t seed) : m_seed(seed), m_specs(defaultSpecs())
{
    for (const auto& s : m_specs) {
        Market m;
        m.id = s.base + s.quote;
        m.symbol = s.base + "/" + s.quote;
        m.base = s.base;
        m.quote = s.quote;
        m.baseId = s.base;
        m.quoteId = s.quote;
        m.active = true;
        m.precision.amount = s.step;
        m.precision.price = s.tick;
        m.limits.amount = {s.minAmount, s.maxAmount};
        m.limits.price = {s.tick, std::nullopt};
        m.limits.cost = {s.minCost, std::nullopt};
        m.created = listingTime();
        m.percentage = true;
        m.tierBased = false;
        m.info = JsonValue::object();
        m.info.set("simulated", true);
        m_markets.push_back(std::move(m));
        // Keyed by symbol, not position, so adding a market never changes the others' prices.
        m_marketKeys.push_back(fnv1a(m_markets.back().symbol));
    }
}

long long DemoMarketSimulator::listingTime()
{
    return 1514764800000LL; // 2018-01-01T00:00:00Z: nearly nine years of daily candles by 2026
}

std::vector<Currency> DemoMarketSimulator::currencies() const
{
    struct Row
    {
        const char* code;
        const char* name;
        const char* precision;
    };
    static const Row rows[] = {
        {"BTC", "Bitcoin", "0.00000001"}, {"ETH", "Ether", "0.00000001"}, {"PEPE", "Pepe", "1"},
        {"SOL", "Solana", "0.00000001"},  {"USD", "US Dollar", "0.01"},
    };
    std::vector<Currency> out;
    for (const auto& r : rows) {
        Currency c;
        c.id = r.code;
        c.code = r.code;
        c.name = r.name;
        c.active = true;
        // Simulated money never leaves the program.
        c.deposit = false;
        c.withdraw = false;
        c.precision = dec(r.precision);
        c.type = "crypto";
        if (c.code == "USD") {
            c.type = "fiat";
        }
        c.info = JsonValue::object();
        c.info.set("simulated", true);
        out.push_back(std::move(c));
    }
    return out;
}

int DemoMarketSimulator::indexOf(const std::string& symbol) const
{
    for (size_t i = 0; i < m_markets.size(); ++i) {
        if (m_markets[i].symbol == symbol) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// ---- noise ----

uint64_t DemoMarketSimulator::key(int market, uint64_t channel, long long step) const
{
    uint64_t h = mix(m_seed ^ 0x5851f42d4c957f2dULL);
    h = mix(h ^ m_marketKeys[static_cast<size_t>(market)]);
    h = mix(h ^ (channel * 0xd1b54a32d192ed03ULL));
    return mix(h ^ (static_cast<uint64_t>(step) * 0xabc98388fb8fac03ULL));
}

// Value noise in [-1, 1]: a random value at every multiple of the period, eased between them (smoothstep), so
// the curve is continuous and its value anywhere needs only the two knots around it.
double DemoMarketSimulator::noise(int market, uint64_t channel, long long ms, long long periodMs) const
{
    long long k = floorDiv(ms, periodMs);
    double f = static_cast<double>(ms - k * periodMs) / static_cast<double>(periodMs);
    double a = unit(key(market, channel, k)) * 2 - 1;
    double b = unit(key(market, channel, k + 1)) * 2 - 1;
    double s = f * f * (3 - 2 * f);
    return a + (b - a) * s;
}

// A multiplier of the short octaves between ~0.4 and ~2.7, median 1: calm weeks and hectic days.
double DemoMarketSimulator::volatility(int market, long long ms) const
{
    double burst = 0.65 * noise(market, Volatility, ms, 6 * kHour) + 0.35 * noise(market, VolatilitySlow, ms, 2 * kDay);
    return std::exp(burst);
}

// How busy the market is: volume follows volatility, with a rhythm of its own.
double DemoMarketSimulator::volumeIntensity(int market, long long ms) const
{
    return volatility(market, ms) * (1 + 0.5 * noise(market, Intensity, ms, 30 * kMinute));
}

double DemoMarketSimulator::logDeviation(int market, long long ms) const
{
    const DemoMarketSpec& s = spec(market);
    double burst = volatility(market, ms);
    double deviation = s.leader >= 0 ? s.beta * logDeviation(s.leader, ms) : 0;
    long long period = kSecond;
    for (int k = 0; k < kOctaves; ++k, period *= 4) {
        double amplitude =
            kAmplitudeScale * s.dailyVolatility * std::sqrt(static_cast<double>(period) / static_cast<double>(kDay));
        if (k < kBurstOctaves) {
            amplitude *= burst;
        }
        deviation += amplitude * noise(market, PriceOctave + static_cast<uint64_t>(k), ms, period);
    }
    return deviation;
}

double DemoMarketSimulator::rawPrice(int market, long long ms) const
{
    const DemoMarketSpec& s = spec(market);
    if (s.numerator >= 0) {
        double basis =
            s.dailyVolatility * (0.5 * noise(market, Basis, ms, kHour) + 0.25 * noise(market, BasisFast, ms, kMinute));
        return rawPrice(s.numerator, ms) / rawPrice(s.denominator, ms) * std::exp(basis);
    }
    return s.centerPrice * std::exp(logDeviation(market, ms));
}

Decimal DemoMarketSimulator::snapPrice(int market, double price) const
{
    const Decimal& tick = spec(market).tick;
    long long ticks = std::max(1LL, std::llround(price / tick.toDouble()));
    return Decimal(ticks) * tick;
}

Decimal DemoMarketSimulator::snapAmount(int market, double amount) const
{
    const Decimal& step = spec(market).step;
    return Decimal(std::max(0LL, std::llround(amount / step.toDouble()))) * step;
}

Decimal DemoMarketSimulator::price(int market, long long ms) const
{
    return snapPrice(market, rawPrice(market, ms));
}

// ---- candles ----

Ohlcv DemoMarketSimulator::candle(int market, long long start, long long duration, long long now) const
{
    long long end = std::max(start, std::min(start + duration, now));
    double open = rawPrice(market, start);
    double close = rawPrice(market, end);
    double high = std::max(open, close);
    double low = std::min(open, close);
    double intensity = 0;
    int samples = 0;
    const int count = candleSamples(duration);
    for (int i = 0; i < count; ++i) {
        long long t = start + static_cast<long long>(i) * duration / count;
        if (t > end) {
            break;
        }
        if (i > 0 && t < end) {
            double p = rawPrice(market, t);
            high = std::max(high, p);
            low = std::min(low, p);
        }
        intensity += volumeIntensity(market, t);
        ++samples;
    }
    const DemoMarketSpec& s = spec(market);
    double jitter = 0.7 + 0.6 * unit(key(market, VolumeJitter, floorDiv(start, duration) * 131 + duration));
    double minutes = static_cast<double>(end - start) / static_cast<double>(kMinute);
    double volume = s.volumePerMinute * minutes * (intensity / samples) * jitter;

    Ohlcv c;
    c.timestamp = start;
    c.open = snapPrice(market, open);
    c.high = snapPrice(market, high);
    c.low = snapPrice(market, low);
    c.close = snapPrice(market, close);
    c.volume = snapAmount(market, volume);
    return c;
}

std::vector<Ohlcv> DemoMarketSimulator::candles(int market, long long timeframeMs, OptInt since, long long limit,
                                                long long now) const
{
    std::vector<Ohlcv> out;
    if (limit <= 0 || timeframeMs <= 0) {
        return out;
    }
    long long first = ceilDiv(listingTime(), timeframeMs) * timeframeMs;
    long long last = floorDiv(now, timeframeMs) * timeframeMs;
    long long start = since ? std::max(first, ceilDiv(*since, timeframeMs) * timeframeMs)
                            : std::max(first, last - (limit - 1) * timeframeMs);
    for (; start <= last && static_cast<long long>(out.size()) < limit; start += timeframeMs) {
        out.push_back(candle(market, start, timeframeMs, now));
    }
    return out;
}

// ---- order book ----

DemoMarketSimulator::Touch DemoMarketSimulator::touch(int market, long long bucket) const
{
    double p = rawPrice(market, bucket * kBookBucketMs);
    long long mid = std::max(4LL, std::llround(p / spec(market).tick.toDouble()));
    // Mostly one tick wide, sometimes two or three: the spread a liquid market shows.
    double u = unit(key(market, Spread, bucket));
    long long width = u < 0.6 ? 1 : (u < 0.9 ? 2 : 3);
    Touch t;
    t.bid = mid - width / 2;
    t.ask = t.bid + width;
    return t;
}

OrderBook DemoMarketSimulator::orderBook(int market, long long ms, int depth) const
{
    const DemoMarketSpec& s = spec(market);
    const long long bucket = floorDiv(ms, kBookBucketMs);
    const long long slice = floorDiv(bucket, 10); // the ladder's shape holds for a second
    const long long sizeSlice = floorDiv(bucket, 50); // a level's size for five seconds, unless refreshed
    const Touch top = touch(market, bucket);
    // Gaps grow with depth so that the full ladder spans ~0.4 % of the price where the tick allows it (each gap
    // averages 1 + i * growth / 2 ticks); on coarse-tick markets every level is one tick from the next.
    const double tickD = s.tick.toDouble();
    const double target = 0.004 * s.centerPrice / tickD;
    const double growth = std::max(0.0, (target - kBookDepth) * 4 / (static_cast<double>(kBookDepth) * kBookDepth));
    depth = std::clamp(depth, 0, kBookDepth);

    OrderBook book;
    book.symbol = m_markets[static_cast<size_t>(market)].symbol;
    book.timestamp = ms;
    book.nonce = bucket;
    for (int side = 0; side < 2; ++side) {
        auto& levels = side == 0 ? book.bids : book.asks;
        levels.reserve(static_cast<size_t>(depth));
        long long px = side == 0 ? top.bid : top.ask;
        for (int i = 0; i < depth; ++i) {
            if (i > 0) {
                double u = unit(key(market, side == 0 ? BidGap : AskGap, slice * 1000 + i));
                long long gap = 1 + static_cast<long long>(u * (1 + i * growth));
                px += side == 0 ? -gap : gap;
            }
            if (px <= 0) {
                break;
            }
            // A quarter of the levels are redrawn every 100 ms: the book flickers as a real one does, while
            // most of it stays put long enough to read.
            double u;
            if (unit(key(market, side == 0 ? BidFast : AskFast, px * 7919 + bucket)) < 0.25) {
                u = unit(key(market, side == 0 ? BidFastSize : AskFastSize, px * 7919 + bucket));
            } else {
                u = unit(key(market, side == 0 ? BidSize : AskSize, px * 7919 + sizeSlice));
            }
            double shape = 0.4 + 1.6 * i / kBookDepth;
            double amount = s.levelSize * shape * (0.05 + 3 * u * u * u);
            Decimal size = snapAmount(market, amount);
            if (size.isZero()) {
                size = s.step;
            }
            levels.push_back({Decimal(px) * s.tick, size});
        }
    }
    return book;
}

// ---- trades ----

void DemoMarketSimulator::appendBucketTrades(int market, long long bucket, std::vector<Trade>& out) const
{
    const DemoMarketSpec& s = spec(market);
    const long long t0 = bucket * kBookBucketMs;
    // About one print every third bucket in a calm market, more when it is busy.
    double p = std::min(0.9, 0.3 * volumeIntensity(market, t0));
    if (unit(key(market, TradeCount, bucket)) >= p) {
        return;
    }
    int count = unit(key(market, TradeSecond, bucket)) < 0.3 ? 2 : 1;
    const Touch top = touch(market, bucket);
    for (int j = 0; j < count; ++j) {
        const long long k = bucket * 2 + j;
        bool buy = unit(key(market, TradeSide, k)) < 0.5;
        // One print in ten sweeps a level past the touch.
        long long walk = unit(key(market, TradeWalk, k)) < 0.1 ? 1 : 0;
        long long px = buy ? top.ask + walk : std::max(1LL, top.bid - walk);
        double size = s.tradeSize * std::min(20.0, -std::log(1 - unit(key(market, TradeAmount, k))));
        long long offset = static_cast<long long>(mix(key(market, TradeTime, k)) % 50);
        Trade t;
        t.id = std::to_string(k); // increases with time: two ids per bucket
        t.timestamp = t0 + (count == 1 ? 2 * offset : j * 50 + offset);
        t.symbol = m_markets[static_cast<size_t>(market)].symbol;
        t.side = buy ? "buy" : "sell";
        t.price = Decimal(px) * s.tick;
        t.amount = snapAmount(market, size);
        if (t.amount->isZero()) {
            t.amount = s.step;
        }
        t.info = JsonValue::object();
        t.complete();
        out.push_back(std::move(t));
    }
}

std::vector<Trade> DemoMarketSimulator::trades(int market, OptInt since, long long limit, long long now) const
{
    std::vector<Trade> out;
    if (limit <= 0) {
        return out;
    }
    const long long last = floorDiv(now, kBookBucketMs);
    // Bounds the walk when the market is quiet: a day of buckets holds tens of thousands of prints.
    constexpr long long kMaxBuckets = 864000;
    std::vector<Trade> bucketTrades;
    if (since) {
        for (long long b = floorDiv(*since, kBookBucketMs);
             b <= last && b - floorDiv(*since, kBookBucketMs) < kMaxBuckets; ++b) {
            bucketTrades.clear();
            appendBucketTrades(market, b, bucketTrades);
            for (auto& t : bucketTrades) {
                if (*t.timestamp >= *since && *t.timestamp <= now && static_cast<long long>(out.size()) < limit) {
                    out.push_back(std::move(t));
                }
            }
            if (static_cast<long long>(out.size()) >= limit) {
                break;
            }
        }
        return out;
    }
    for (long long b = last; b > last - kMaxBuckets && static_cast<long long>(out.size()) < limit; --b) {
        bucketTrades.clear();
        appendBucketTrades(market, b, bucketTrades);
        for (auto it = bucketTrades.rbegin(); it != bucketTrades.rend(); ++it) {
            if (*it->timestamp <= now && static_cast<long long>(out.size()) < limit) {
                out.push_back(std::move(*it));
            }
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// ---- ticker ----

Ticker DemoMarketSimulator::ticker(int market, long long now) const
{
    // High, low and volume over 96 rolling quarter hours: the same samples a 15m chart shows when `now` falls on
    // a quarter hour, so the ticker agrees with the candles.
    constexpr long long kWindow = 15 * kMinute;
    Ticker t;
    t.symbol = m_markets[static_cast<size_t>(market)].symbol;
    t.timestamp = now;
    Decimal baseVolume, quoteVolume;
    for (long long start = now - kDay; start < now; start += kWindow) {
        Ohlcv c = candle(market, start, kWindow, now);
        t.high = t.high ? std::max(*t.high, *c.high) : *c.high;
        t.low = t.low ? std::min(*t.low, *c.low) : *c.low;
        baseVolume += *c.volume;
        quoteVolume += *c.volume * (*c.open + *c.close).divided(Decimal(2));
    }
    t.open = price(market, now - kDay);
    t.last = price(market, now);
    t.baseVolume = baseVolume;
    t.quoteVolume = quoteVolume;
    OrderBook top = orderBook(market, now, 1);
    if (!top.bids.empty() && !top.asks.empty()) {
        t.bid = top.bids.front().price;
        t.bidVolume = top.bids.front().amount;
        t.ask = top.asks.front().price;
        t.askVolume = top.asks.front().amount;
    }
    t.info = JsonValue::object();
    t.info.set("simulated", true);
    t.complete();
    return t;
}

} // namespace bourse::ex
