// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandleSeries.h"

#include <algorithm>
#include <utility>

namespace bourse::models {

CandleSeries::CandleSeries(QString symbol, QString timeframe, qint64 periodMs, QObject* parent)
    : QObject(parent)
    , m_symbol(std::move(symbol))
    , m_timeframe(std::move(timeframe))
    , m_periodMs(periodMs)
{
}

void CandleSeries::setSourceLabel(const QString& label)
{
    if (label == m_sourceLabel) {
        return;
    }
    m_sourceLabel = label;
    emit sourceLabelChanged(m_sourceLabel);
}

qsizetype CandleSeries::apply(const std::vector<ex::Ohlcv>& batch)
{
    const qsizetype firstNew = size();
    qsizetype updatedIndex = -1;
    qsizetype taken = 0;
    for (const ex::Ohlcv& candle : batch) {
        if (!m_candles.empty() && candle.timestamp < m_candles.back().timestamp) {
            continue; // stale: an answer that arrived after a newer one
        }
        ++taken;
        if (!m_candles.empty() && candle.timestamp == m_candles.back().timestamp) {
            m_candles.back() = candle;
            // An update of a candle appended in this same batch is part of that append.
            if (size() - 1 < firstNew) {
                updatedIndex = size() - 1;
            }
            continue;
        }
        m_candles.push_back(candle);
    }
    if (updatedIndex >= 0) {
        emit candleUpdated(updatedIndex);
    }
    if (size() > firstNew) {
        emit candlesAppended(firstNew, size() - firstNew);
    }
    return taken;
}

qsizetype CandleSeries::prepend(const std::vector<ex::Ohlcv>& batch)
{
    std::vector<ex::Ohlcv> older;
    for (const ex::Ohlcv& candle : batch) {
        if (m_candles.empty() || candle.timestamp < m_candles.front().timestamp) {
            older.push_back(candle);
        }
    }
    std::stable_sort(older.begin(), older.end(),
                     [](const ex::Ohlcv& a, const ex::Ohlcv& b) { return a.timestamp < b.timestamp; });
    // Of two candles with one timestamp the later in the answer wins, as in apply().
    auto last = std::unique(older.rbegin(), older.rend(),
                            [](const ex::Ohlcv& a, const ex::Ohlcv& b) { return a.timestamp == b.timestamp; });
    older.erase(older.begin(), last.base());
    if (older.empty()) {
        return 0;
    }
    const auto count = static_cast<qsizetype>(older.size());
    m_candles.insert(m_candles.begin(), older.begin(), older.end());
    emit candlesPrepended(count);
    return count;
}

void CandleSeries::clear()
{
    m_historyComplete = false;
    if (m_candles.empty()) {
        return;
    }
    m_candles.clear();
    emit cleared();
}

} // namespace bourse::models
