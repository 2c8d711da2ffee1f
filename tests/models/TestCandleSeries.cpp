// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CandleSeries.h"

#include <QSignalSpy>
#include <QTest>

using bourse::ex::Decimal;
using bourse::ex::Ohlcv;
using bourse::models::CandleSeries;

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
    void prependsOlderCandlesInTimeOrder();
    void prependTakesNothingTheSeriesHas();
    void clearForgetsThatHistoryWasComplete();
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

void TestCandleSeries::prependsOlderCandlesInTimeOrder()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(10 * Period, 110), candle(11 * Period, 111)});
    QSignalSpy prepended(&series, &CandleSeries::candlesPrepended);
    QSignalSpy appended(&series, &CandleSeries::candlesAppended);

    // Out of order, with a duplicate timestamp (the later one in the answer wins) and the series' own first candle.
    QCOMPARE(series.prepend({candle(8 * Period, 98), candle(7 * Period, 97), candle(8 * Period, 88),
                             candle(10 * Period, 1), candle(9 * Period, 99)}),
             3);
    QCOMPARE(prepended.size(), 1);
    QCOMPARE(prepended.at(0).at(0).value<qsizetype>(), 3);
    QCOMPARE(appended.size(), 0);
    QCOMPARE(series.size(), 5);
    const QList<qint64> stamps {series.at(0).timestamp, series.at(1).timestamp, series.at(2).timestamp,
                                series.at(3).timestamp, series.at(4).timestamp};
    QCOMPARE(stamps, (QList<qint64> {7 * Period, 8 * Period, 9 * Period, 10 * Period, 11 * Period}));
    QCOMPARE(*series.at(1).close, Decimal(88));
    QCOMPARE(*series.at(3).close, Decimal(110)); // the series' own candle is not replaced by history
}

void TestCandleSeries::prependTakesNothingTheSeriesHas()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(10 * Period, 110), candle(11 * Period, 111)});
    QSignalSpy prepended(&series, &CandleSeries::candlesPrepended);
    // An exchange that ignores `since` answers with its newest candles.
    QCOMPARE(series.prepend({candle(10 * Period, 1), candle(11 * Period, 2), candle(12 * Period, 3)}), 0);
    QCOMPARE(prepended.size(), 0);
    QCOMPARE(series.size(), 2);
    QCOMPARE(*series.at(1).close, Decimal(111));
}

void TestCandleSeries::clearForgetsThatHistoryWasComplete()
{
    CandleSeries series(QStringLiteral("BTC/USD"), QStringLiteral("1m"), Period);
    series.apply({candle(0, 101)});
    series.setHistoryComplete(true);
    series.clear();
    QVERIFY(!series.historyComplete());
}

QTEST_GUILESS_MAIN(TestCandleSeries)
#include "TestCandleSeries.moc"
