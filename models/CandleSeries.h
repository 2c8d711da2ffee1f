// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QObject>
#include <QString>
#include <vector>

namespace bourse::models {

// The candles of one market and timeframe, in time order. QCustomPlot has no model/view, so the chart is fed:
// this series keeps the exact unified values and says which candles were appended or changed (STYLE.md 3, "The
// chart is fed, not modelled"). A view converts to double only when it draws.
class CandleSeries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleSeries)

public:
    CandleSeries(QString symbol, QString timeframe, qint64 periodMs, QObject* parent = nullptr);

    const QString& symbol() const { return m_symbol; }
    const QString& timeframe() const { return m_timeframe; }
    qint64 periodMs() const { return m_periodMs; }
    // Where the candles come from, for the view to show (for example "demo data").
    const QString& sourceLabel() const { return m_sourceLabel; }
    void setSourceLabel(const QString& label);

    qsizetype size() const { return static_cast<qsizetype>(m_candles.size()); }
    bool isEmpty() const { return m_candles.empty(); }
    const ex::Ohlcv& at(qsizetype index) const { return m_candles.at(static_cast<std::size_t>(index)); }
    const std::vector<ex::Ohlcv>& candles() const { return m_candles; }

    // Merges a batch in time order: a candle with the last candle's timestamp replaces it (the forming candle moved),
    // a later one is appended, an earlier one is stale and dropped. Emits candleUpdated before candlesAppended.
    // Returns the number of candles taken (updated or appended).
    qsizetype apply(const std::vector<ex::Ohlcv>& batch);
    void clear();

signals:
    void candlesAppended(qsizetype first, qsizetype count);
    void candleUpdated(qsizetype index);
    void cleared();
    void sourceLabelChanged(const QString& label);

private:
    QString m_symbol;
    QString m_timeframe;
    qint64 m_periodMs;
    QString m_sourceLabel;
    std::vector<ex::Ohlcv> m_candles;
};

} // namespace bourse::models
