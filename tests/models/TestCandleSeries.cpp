// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CandleSeries.h"
#include "models/DemoCandleFeed.h"

#include <QSignalSpy>
#include <QTest>

using bourse::ex::Decimal;
using bourse::ex::Ohlcv;
using bourse::models::CandleSeries;
using bourse::models::DemoCandleFeed;

namespace {

constexpr qint64 Period = 60'000;

Ohlcv candle(qint64 timestamp, int close)
{
    Ohlcv c;
    c.timestamp = timestamp;
    c.open = Decimal(100);
    c.high = Decimal(std::max(100, close));
    c.low = Decimal(std::min(100, close));
    c.close = Decimal(close);
    c.volume = Decimal(1);
    return c;
}

std::vector<Ohlcv> history(quint64 seed, qint64 endMs)
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    DemoCandleFeed feed(series);
    feed.setSeed(seed);
    feed.setEndTime(endMs);
    feed.setHistoryLength(50);
    feed.setLiveInterval(0);
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    feed.start();
    if (!appended.wait(5000)) {
        return {};
    }
    return series.candles();
}

} // namespace

class TestCandleSeries final : public QObject
{
    Q_OBJECT

private slots:
    void appendsInOneBatch();
    void updatesTheFormingCandle();
    void dropsStaleCandles();
    void updateInsideAnAppendIsPartOfIt();
    void clears();
    void demoFeedIsDeterministic();
    void demoFeedCandlesAreConsistent();
    void demoFeedKeepsTheLastCandleMoving();
};

void TestCandleSeries::appendsInOneBatch()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    QSignalSpy updated(&series, &CandleSeries::candleUpdated);

    QCOMPARE(series.apply({candle(0, 101), candle(Period, 102), candle(2 * Period, 99)}), 3);
    QCOMPARE(series.size(), 3);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 0);
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), 3);
    QCOMPARE(updated.size(), 0);

    series.apply({candle(3 * Period, 98)});
    QCOMPARE(appended.size(), 2);
    QCOMPARE(appended.at(1).at(0).value<qsizetype>(), 3);
    QCOMPARE(appended.at(1).at(1).value<qsizetype>(), 1);
}

void TestCandleSeries::updatesTheFormingCandle()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(0, 101), candle(Period, 102)});
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    QSignalSpy updated(&series, &CandleSeries::candleUpdated);

    QCOMPARE(series.apply({candle(Period, 105)}), 1);
    QCOMPARE(series.size(), 2);
    QCOMPARE(appended.size(), 0);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).value<qsizetype>(), 1);
    QCOMPARE(*series.at(1).close, Decimal(105));
}

void TestCandleSeries::dropsStaleCandles()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(0, 101), candle(Period, 102)});
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    QSignalSpy updated(&series, &CandleSeries::candleUpdated);

    QCOMPARE(series.apply({candle(0, 90)}), 0);
    QCOMPARE(*series.at(0).close, Decimal(101));
    QCOMPARE(appended.size(), 0);
    QCOMPARE(updated.size(), 0);
}

void TestCandleSeries::updateInsideAnAppendIsPartOfIt()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(0, 101)});
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    QSignalSpy updated(&series, &CandleSeries::candleUpdated);

    // The existing candle moves, then a new one opens and moves within the same batch.
    series.apply({candle(0, 103), candle(Period, 104), candle(Period, 106)});
    QCOMPARE(series.size(), 2);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).value<qsizetype>(), 0);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 1);
    QCOMPARE(*series.at(1).close, Decimal(106));
}

void TestCandleSeries::clears()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    QSignalSpy cleared(&series, &CandleSeries::cleared);
    series.clear();
    QCOMPARE(cleared.size(), 0);
    series.apply({candle(0, 101)});
    series.clear();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(series.isEmpty());
}

void TestCandleSeries::demoFeedIsDeterministic()
{
    const qint64 end = 1'764'000'000'000; // 2025-11-24T16:00:00Z
    const std::vector<Ohlcv> first = history(7, end);
    const std::vector<Ohlcv> second = history(7, end);
    const std::vector<Ohlcv> other = history(8, end);
    QCOMPARE(first.size(), std::size_t(50));
    QCOMPARE(second.size(), first.size());
    bool differs = false;
    for (std::size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].timestamp, second[i].timestamp);
        QCOMPARE(*first[i].close, *second[i].close);
        QCOMPARE(*first[i].volume, *second[i].volume);
        differs = differs || *first[i].close != *other[i].close;
    }
    QVERIFY(differs);
    QCOMPARE(first.back().timestamp, end - end % Period);
}

void TestCandleSeries::demoFeedCandlesAreConsistent()
{
    const std::vector<Ohlcv> candles = history(2019, 1'764'000'000'000);
    QVERIFY(!candles.empty());
    for (std::size_t i = 0; i < candles.size(); ++i) {
        const Ohlcv& c = candles[i];
        QVERIFY(*c.high >= *c.open && *c.high >= *c.close);
        QVERIFY(*c.low <= *c.open && *c.low <= *c.close);
        QVERIFY(*c.low > Decimal(0));
        QVERIFY(*c.volume > Decimal(0));
        QVERIFY(c.close->decimalPlaces() <= 2);
        if (i > 0) {
            QCOMPARE(c.timestamp - candles[i - 1].timestamp, Period);
            QCOMPARE(*c.open, *candles[i - 1].close); // each candle opens where the last one closed
        }
    }
}

void TestCandleSeries::demoFeedKeepsTheLastCandleMoving()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    DemoCandleFeed feed(series);
    feed.setHistoryLength(20);
    feed.setLiveInterval(5);
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);
    QSignalSpy updated(&series, &CandleSeries::candleUpdated);
    feed.start();
    QVERIFY(appended.wait(5000));
    const Ohlcv before = series.candles().back();

    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 5, 5000);
    feed.stop();
    QVERIFY(series.size() == 20 || series.size() == 21); // a minute may have turned meanwhile
    const Ohlcv& last = series.candles().back();
    QVERIFY(*last.high >= *last.close && *last.low <= *last.close);
    QVERIFY(*last.high >= *last.open && *last.low <= *last.open);
    if (last.timestamp == before.timestamp) {
        QCOMPARE(*last.open, *before.open);
        QVERIFY(*last.volume >= *before.volume);
    }
}

QTEST_GUILESS_MAIN(TestCandleSeries)
#include "TestCandleSeries.moc"
