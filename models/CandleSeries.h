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
    // Merges an answer for history before the first candle: only candles older than the first are taken, in time
    // order, duplicates dropped (an exchange that ignores `since` answers with candles the series already has).
    // Emits candlesPrepended. Returns the number taken.
    qsizetype prepend(const std::vector<ex::Ohlcv>& batch);
    void clear();

    // The view asks for older candles when the user pans past the first one. One request at a time; and once a
    // request brought nothing older, the exchange has no more and the view stops asking (until a clear).
    bool loadingEarlier() const { return m_loadingEarlier; }
    void setLoadingEarlier(bool loading) { m_loadingEarlier = loading; }
    bool historyComplete() const { return m_historyComplete; }
    void setHistoryComplete(bool complete) { m_historyComplete = complete; }

signals:
    void candlesAppended(qsizetype first, qsizetype count);
    void candleUpdated(qsizetype index);
    // `count` candles were inserted before the first: every index moved up by `count`.
    void candlesPrepended(qsizetype count);
    void cleared();
    void sourceLabelChanged(const QString& label);

private:
    QString m_symbol;
    QString m_timeframe;
    qint64 m_periodMs;
    QString m_sourceLabel;
    std::vector<ex::Ohlcv> m_candles;
    bool m_loadingEarlier = false;
    bool m_historyComplete = false;
};

} // namespace bourse::models
