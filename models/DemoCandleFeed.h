// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QObject>
#include <QTimer>

namespace bourse::models {

class CandleSeries;

// A deterministic in-memory candle source that stands in until the embedded demo exchange lands: the same seed
// and end time always give the same history. After the history it can keep the last candle moving, so the window
// looks alive. Everything it delivers is simulated; the series is labelled "demo data" so no view can pass it off
// as a market's prices.
class DemoCandleFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCandleFeed)

public:
    explicit DemoCandleFeed(CandleSeries& series, QObject* parent = nullptr);

    void setSeed(quint64 seed) { m_seed = seed; }
    void setHistoryLength(int candles) { m_historyLength = candles; }
    // The history ends with the candle that contains this time (milliseconds since the epoch); 0 means now.
    void setEndTime(qint64 milliseconds) { m_endTimeMs = milliseconds; }
    // How often the forming candle moves once the history is delivered; 0 turns live updates off.
    void setLiveInterval(int milliseconds) { m_liveIntervalMs = milliseconds; }

    // Delivers the history on the next turn of the event loop (as a network answer would arrive), then starts the
    // live updates.
    void start();
    void stop();

private:
    void deliverHistory();
    void tick();
    quint64 nextRandom();
    // A signed random step of at most `range` in either direction.
    qint64 randomStep(qint64 range);
    ex::Ohlcv makeCandle(qint64 timestamp, qint64 openCents, qint64 anchorCents);
    qint64 anchorAt(qint64 index) const;

    CandleSeries& m_series;
    QTimer m_liveTimer;
    quint64 m_seed = 2019;
    quint64 m_state = 0;
    int m_historyLength = 160;
    qint64 m_endTimeMs = 0;
    int m_liveIntervalMs = 1000;
    qint64 m_index = 0;
    ex::Ohlcv m_forming;
    qint64 m_formingCloseCents = 0;
    qint64 m_formingHighCents = 0;
    qint64 m_formingLowCents = 0;
    qint64 m_formingVolume = 0;
};

} // namespace bourse::models
