// SPDX-License-Identifier: GPL-3.0-or-later
// History on demand: a chart panned past its first candle asks for the page before it.
#include "ExchangeSession.h"
#include "models/CandleSeries.h"

namespace bourse::models {

namespace {

// Candles a page; as many as a chart's first load, which every adapter's limit allows.
constexpr long long EarlierCandlesPage = 300;

} // namespace

void ExchangeSession::loadEarlierCandles(const QString& symbol, const QString& timeframe)
{
    CandleSeries* series = candles(symbol, timeframe);
    if (!m_marketsLoaded || series->isEmpty() || series->loadingEarlier() || series->historyComplete()) {
        return;
    }
    // `since` and a limit are what every fetchOHLCV takes; an exchange that ignores `since` answers with candles
    // the series has, which prepend() drops, and the history counts as complete.
    const qint64 since = series->at(0).timestamp - EarlierCandlesPage * series->periodMs();
    series->setLoadingEarlier(true);
    run<std::vector<ex::Ohlcv>>(
        channelName(Channel::Candles),
        [s = symbol.toStdString(), tf = timeframe.toStdString(), since](ex::Exchange& e,
                                                                        ex::Callback<std::vector<ex::Ohlcv>> done) {
            e.fetchOHLCV(s, tf, since, EarlierCandlesPage, ex::JsonValue::object(), done);
        },
        series,
        [series](ex::Result<std::vector<ex::Ohlcv>> r) {
            series->setLoadingEarlier(false);
            // A failure leaves the history open: the next pan asks again.
            if (r.ok() && series->prepend(r.value()) == 0) {
                series->setHistoryComplete(true);
            }
        });
}

} // namespace bourse::models
