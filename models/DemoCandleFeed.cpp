// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCandleFeed.h"

#include "CandleSeries.h"

#include <QDateTime>
#include <algorithm>

namespace bourse::models {

namespace {

// Prices are simulated in whole cents and volumes in units of 0.0001, so every value is exact; Decimal carries
// them from here on, as it would an exchange's numbers.
constexpr qint64 StartPriceCents = 4'215'000; // 42150.00
constexpr int StepsPerCandle = 12;
constexpr qint64 SlowSwing = 148; // candles per up-and-down swing of the simulated trend
constexpr qint64 FastSwing = 34;

ex::Decimal cents(qint64 value)
{
    return ex::Decimal(static_cast<long long>(value)) * ex::Decimal::pow10(-2);
}

ex::Decimal volumeUnits(qint64 value)
{
    return ex::Decimal(static_cast<long long>(value)) * ex::Decimal::pow10(-4);
}

} // namespace

DemoCandleFeed::DemoCandleFeed(CandleSeries& series, QObject* parent) : QObject(parent), m_series(series)
{
    connect(&m_liveTimer, &QTimer::timeout, this, &DemoCandleFeed::tick);
}

void DemoCandleFeed::start()
{
    stop();
    m_state = m_seed;
    m_series.setSourceLabel(tr("demo data"));
    QMetaObject::invokeMethod(this, &DemoCandleFeed::deliverHistory, Qt::QueuedConnection);
}

void DemoCandleFeed::stop()
{
    m_liveTimer.stop();
}

quint64 DemoCandleFeed::nextRandom()
{
    // splitmix64: small, fast and the same on every platform.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

qint64 DemoCandleFeed::randomStep(qint64 range)
{
    if (range <= 0) {
        return 0;
    }
    return static_cast<qint64>(nextRandom() % static_cast<quint64>(2 * range + 1)) - range;
}

qint64 DemoCandleFeed::anchorAt(qint64 index) const
{
    // Two triangle waves of different periods around the start price (+-4.5% and +-2%): the market swings without
    // repeating itself too visibly, and integer arithmetic keeps the series identical on every platform.
    const auto triangle = [index](qint64 period, qint64 amplitude) {
        const qint64 phase = index % period;
        const qint64 half = period / 2;
        const qint64 rising = phase < half ? phase : period - phase; // 0..half
        return -amplitude + 2 * amplitude * rising / half;
    };
    return StartPriceCents + triangle(SlowSwing, StartPriceCents * 45 / 1000)
        + triangle(FastSwing, StartPriceCents / 50);
}

ex::Ohlcv DemoCandleFeed::makeCandle(qint64 timestamp, qint64 openCents, qint64 anchorCents)
{
    qint64 price = openCents;
    qint64 high = openCents;
    qint64 low = openCents;
    for (int step = 0; step < StepsPerCandle; ++step) {
        const qint64 pull = (anchorCents - price) / 150;
        price += pull + randomStep(price / 700);
        high = std::max(high, price + static_cast<qint64>(nextRandom() % static_cast<quint64>(price / 2500 + 1)));
        low = std::min(low, price - static_cast<qint64>(nextRandom() % static_cast<quint64>(price / 2500 + 1)));
    }
    const qint64 move = price > openCents ? price - openCents : openCents - price;
    const qint64 volume = 20'000 + static_cast<qint64>(nextRandom() % 260'000) + move * 40;

    ex::Ohlcv candle;
    candle.timestamp = timestamp;
    candle.open = cents(openCents);
    candle.high = cents(high);
    candle.low = cents(low);
    candle.close = cents(price);
    candle.volume = volumeUnits(volume);

    m_formingCloseCents = price;
    m_formingHighCents = high;
    m_formingLowCents = low;
    m_formingVolume = volume;
    return candle;
}

void DemoCandleFeed::deliverHistory()
{
    const qint64 period = std::max<qint64>(m_series.periodMs(), 1);
    const qint64 end = m_endTimeMs > 0 ? m_endTimeMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 lastOpen = end - end % period;
    const int count = std::max(m_historyLength, 1);

    std::vector<ex::Ohlcv> history;
    history.reserve(static_cast<std::size_t>(count));
    qint64 open = StartPriceCents;
    for (m_index = 0; m_index < count; ++m_index) {
        const qint64 timestamp = lastOpen - (count - 1 - m_index) * period;
        history.push_back(makeCandle(timestamp, open, anchorAt(m_index)));
        open = m_formingCloseCents;
    }
    m_index = count - 1;
    m_forming = history.back();
    m_series.apply(history);

    if (m_liveIntervalMs > 0) {
        m_liveTimer.start(m_liveIntervalMs);
    }
}

void DemoCandleFeed::tick()
{
    const qint64 period = std::max<qint64>(m_series.periodMs(), 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= m_forming.timestamp + period) {
        // The forming candle closed: the next one opens at its close.
        m_forming.timestamp = now - now % period;
        m_forming.open = cents(m_formingCloseCents);
        m_formingHighCents = m_formingLowCents = m_formingCloseCents;
        m_formingVolume = 0;
        ++m_index;
    }
    const qint64 anchor = anchorAt(m_index);
    m_formingCloseCents += (anchor - m_formingCloseCents) / 2000 + randomStep(m_formingCloseCents / 4000);
    m_formingHighCents = std::max(m_formingHighCents, m_formingCloseCents);
    m_formingLowCents = std::min(m_formingLowCents, m_formingCloseCents);
    m_formingVolume += static_cast<qint64>(nextRandom() % 4'000);

    m_forming.high = cents(m_formingHighCents);
    m_forming.low = cents(m_formingLowCents);
    m_forming.close = cents(m_formingCloseCents);
    m_forming.volume = volumeUnits(m_formingVolume);
    m_series.apply({m_forming});
}

} // namespace bourse::models
