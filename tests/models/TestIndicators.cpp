// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's studies against values worked out by hand.
#include "models/Indicators.h"

#include <QTest>
#include <cmath>

using namespace bourse::models::indicators;

class TestIndicators final : public QObject
{
    Q_OBJECT

private slots:
    void simpleAverageOfEachWindow();
    void exponentialAverageSeededWithTheSimpleOne();
    void bollingerBandsOfAKnownSeries();
    void tooFewValuesLeaveEverythingUndefined();
};

void TestIndicators::simpleAverageOfEachWindow()
{
    const auto sma = simpleMovingAverage({1, 2, 3, 4, 10}, 3);
    QCOMPARE(sma.size(), size_t(5));
    QVERIFY(std::isnan(sma[0]) && std::isnan(sma[1]));
    QCOMPARE(sma[2], 2.0);
    QCOMPARE(sma[3], 3.0);
    QCOMPARE(sma[4], 17.0 / 3.0);
}

void TestIndicators::exponentialAverageSeededWithTheSimpleOne()
{
    // Period 2: weight 2/3; seed (10 + 11) / 2 = 10.5, then 10.5 + 2/3 (12 - 10.5) = 11.5, 12.5, 17.5.
    const auto ema = exponentialMovingAverage({10, 11, 12, 13, 20}, 2);
    QVERIFY(std::isnan(ema[0]));
    QCOMPARE(ema[1], 10.5);
    QCOMPARE(ema[2], 11.5);
    QCOMPARE(ema[3], 12.5);
    QCOMPARE(ema[4], 17.5);
}

void TestIndicators::bollingerBandsOfAKnownSeries()
{
    // The textbook series: mean 5, population standard deviation 2.
    const auto bands = bollingerBands({2, 4, 4, 4, 5, 5, 7, 9}, 8, 2.0);
    for (int i = 0; i < 7; ++i) {
        QVERIFY(std::isnan(bands.upper[static_cast<size_t>(i)]));
    }
    QCOMPARE(bands.middle[7], 5.0);
    QCOMPARE(bands.upper[7], 9.0);
    QCOMPARE(bands.lower[7], 1.0);

    // A sliding window: {1, 2, 3} has mean 2 and deviation sqrt(2/3); {2, 3, 7} has mean 4 and sqrt(14/3).
    const auto sliding = bollingerBands({1, 2, 3, 7}, 3, 1.5);
    QCOMPARE(sliding.upper[2], 2.0 + 1.5 * std::sqrt(2.0 / 3.0));
    QCOMPARE(sliding.lower[3], 4.0 - 1.5 * std::sqrt(14.0 / 3.0));
}

void TestIndicators::tooFewValuesLeaveEverythingUndefined()
{
    for (const auto& line : {simpleMovingAverage({1, 2}, 3), exponentialMovingAverage({1, 2}, 3),
                             bollingerBands({1, 2}, 3, 2.0).lower, simpleMovingAverage({1, 2}, 0)}) {
        QCOMPARE(line.size(), size_t(2));
        QVERIFY(std::isnan(line[0]) && std::isnan(line[1]));
    }
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "TestIndicators.moc"
