// SPDX-License-Identifier: GPL-3.0-or-later
// ccxt's list conventions: oldest first with ccxt's sortBy semantics (an absent timestamp is equal to anything, so
// it holds its place like a stable insertion sort would), then since/limit.
#include "core/Filtering.h"

#include <QTest>

using namespace bourse::ex;

class TestFiltering : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstTradesComeOutOldestFirst();
    void equalTimesKeepIdOrderOrArrivalOrder();
    void absentTimestampsHoldTheirPlace();
    void ordersAndCandlesSortAndCut();
};

namespace {

Trade trade(OptInt timestamp, OptString id)
{
    Trade t;
    t.timestamp = timestamp;
    t.id = std::move(id);
    t.symbol = "BTC/USDT";
    return t;
}

std::vector<std::string> ids(const std::vector<Trade>& trades)
{
    std::vector<std::string> out;
    for (const auto& t : trades) {
        out.push_back(t.id.value_or("-"));
    }
    return out;
}

} // namespace

void TestFiltering::newestFirstTradesComeOutOldestFirst()
{
    std::vector<Trade> trades;
    for (int i = 1000; i > 0; --i) {
        trades.push_back(trade(1764000000000LL + i, std::to_string(100000 + i)));
    }
    auto sorted = sortAndFilterTrades(trades, "BTC/USDT", std::nullopt, std::nullopt);
    QCOMPARE(sorted.size(), size_t(1000));
    for (size_t i = 0; i < sorted.size(); ++i) {
        QCOMPARE(*sorted[i].timestamp, 1764000000001LL + static_cast<long long>(i));
    }
    // The most recent `limit`, and from `since` the first `limit`.
    auto last = sortAndFilterTrades(trades, "BTC/USDT", std::nullopt, 3);
    QCOMPARE(ids(last), (std::vector<std::string> {"100998", "100999", "101000"}));
    auto fromSince = sortAndFilterTrades(trades, "BTC/USDT", 1764000000500LL, 2);
    QCOMPARE(ids(fromSince), (std::vector<std::string> {"100500", "100501"}));
    QVERIFY(sortAndFilterTrades(trades, "ETH/USDT", std::nullopt, std::nullopt).empty());
}

void TestFiltering::equalTimesKeepIdOrderOrArrivalOrder()
{
    // Same time: by id when both have one; otherwise in arrival order.
    auto byId = sortAndFilterTrades({trade(5, "b"), trade(5, "a"), trade(4, "c")}, {}, std::nullopt, std::nullopt);
    QCOMPARE(ids(byId), (std::vector<std::string> {"c", "a", "b"}));
    auto noIds = sortAndFilterTrades({trade(5, std::nullopt), trade(3, std::nullopt), trade(5, std::nullopt)}, {},
                                     std::nullopt, std::nullopt);
    QCOMPARE(*noIds[0].timestamp, 3LL);
    // Mixed ids: the middle one has none, so it is equal to both "a" and "b" at time 5 and stays where it stood.
    auto mixed =
        sortAndFilterTrades({trade(5, "b"), trade(5, std::nullopt), trade(5, "a")}, {}, std::nullopt, std::nullopt);
    QCOMPARE(ids(mixed), (std::vector<std::string> {"b", "-", "a"}));
}

void TestFiltering::absentTimestampsHoldTheirPlace()
{
    // The untimed, id-less trade is a barrier: the later ones cannot move past it (ccxt's sortBy, insertion order).
    auto sorted = sortAndFilterTrades({trade(3, "c"), trade(std::nullopt, std::nullopt), trade(2, "b"), trade(1, "a")},
                                      {}, std::nullopt, std::nullopt);
    QCOMPARE(ids(sorted), (std::vector<std::string> {"c", "-", "a", "b"}));
    // With an id it is ordered by id where the times cannot tell: "b" < "x" moves "b" in front of it, then of "c".
    auto withId =
        sortAndFilterTrades({trade(3, "c"), trade(std::nullopt, "x"), trade(2, "b")}, {}, std::nullopt, std::nullopt);
    QCOMPARE(ids(withId), (std::vector<std::string> {"b", "c", "x"}));
}

void TestFiltering::ordersAndCandlesSortAndCut()
{
    std::vector<Order> orders(3);
    orders[0].timestamp = 30;
    orders[0].id = "3";
    orders[1].timestamp = 10;
    orders[1].id = "1";
    orders[2].timestamp = 20;
    orders[2].id = "2";
    auto sortedOrders = sortAndFilterOrders(orders, {}, std::nullopt, 2);
    QCOMPARE(sortedOrders.size(), size_t(2));
    QCOMPARE(*sortedOrders[0].id, std::string("2"));
    QCOMPARE(*sortedOrders[1].id, std::string("3"));

    std::vector<Ohlcv> candles;
    for (long long t = 300; t > 0; --t) {
        Ohlcv c;
        c.timestamp = t * 60000;
        candles.push_back(c);
    }
    auto sortedCandles = sortAndFilterOhlcv(candles, 60000LL * 100, 5);
    QCOMPARE(sortedCandles.size(), size_t(5));
    QCOMPARE(sortedCandles.front().timestamp, 60000LL * 100);
    QCOMPARE(sortedCandles.back().timestamp, 60000LL * 104);
}

QTEST_GUILESS_MAIN(TestFiltering)
#include "TestFiltering.moc"
