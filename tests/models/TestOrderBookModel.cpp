// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ModelRoles.h"
#include "models/OrderBookModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using bourse::ex::Decimal;
using bourse::ex::OrderBook;
using bourse::models::OrderBookModel;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

// Levels as {price, amount} text pairs, best first.
OrderBook book(std::initializer_list<std::pair<const char*, const char*>> bids,
               std::initializer_list<std::pair<const char*, const char*>> asks)
{
    OrderBook b;
    b.symbol = "BTC/USD";
    for (const auto& [p, a] : bids) {
        b.bids.push_back({dec(p), dec(a)});
    }
    for (const auto& [p, a] : asks) {
        b.asks.push_back({dec(p), dec(a)});
    }
    return b;
}

bourse::ex::Order order(const char* id, const char* side, const char* price, const char* amount,
                        const char* filled = "0", const char* symbol = "BTC/USD")
{
    bourse::ex::Order o;
    o.id = id;
    o.symbol = symbol;
    o.side = side;
    o.type = "limit";
    o.price = dec(price);
    o.amount = dec(amount);
    o.filled = dec(filled);
    o.remaining = dec(amount) - dec(filled);
    return o;
}

QString text(const OrderBookModel& m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestOrderBookModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void laysOutAsksSpreadBids();
    void changesOnlyTheRowsThatChanged();
    void insertsAndRemovesLevels();
    void groupsToTickMultiples();
    void limitsTheDepth();
    void depthBarsStayStillWhileTheBookBreathes();
    void marksTheUsersOwnOrders();
    void cumulativeDepthIsUngroupedBestFirst();
    void ownOrdersOffTheSnapshotGetALevel();

private:
    std::unique_ptr<OrderBookModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrderBookModel::init()
{
    m_model = std::make_unique<OrderBookModel>(QStringLiteral("BTC/USD"));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPrecision(dec("0.01"), 2, 4);
}

void TestOrderBookModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestOrderBookModel::laysOutAsksSpreadBids()
{
    QCOMPARE(m_model->rowCount(), 0);
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "2"}}, {{"100.50", "3"}, {"101.00", "4"}}));
    QCOMPARE(m_model->rowCount(), 5);
    // Asks: worst on top, the best just above the spread; cumulative from the best outward.
    QCOMPARE(text(*m_model, 0, OrderBookModel::Price), QStringLiteral("101.00"));
    QCOMPARE(text(*m_model, 0, OrderBookModel::Total), QStringLiteral("7.0000"));
    QCOMPARE(text(*m_model, 1, OrderBookModel::Price), QStringLiteral("100.50"));
    QCOMPARE(text(*m_model, 1, OrderBookModel::Total), QStringLiteral("3.0000"));
    QCOMPARE(m_model->spreadRow(), 2);
    QCOMPARE(m_model->rowKind(2), OrderBookModel::SpreadRow);
    QCOMPARE(text(*m_model, 2, OrderBookModel::Price), QStringLiteral("100.25")); // the mid price
    QCOMPARE(text(*m_model, 2, OrderBookModel::Amount), QStringLiteral("0.50"));
    QCOMPARE(text(*m_model, 3, OrderBookModel::Price), QStringLiteral("100.00"));
    QCOMPARE(text(*m_model, 4, OrderBookModel::Total), QStringLiteral("3.0000"));
    QCOMPARE(m_model->index(3, 0).data(bourse::models::SideRole).toInt(), 1);
    QCOMPARE(m_model->index(0, 0).data(bourse::models::SideRole).toInt(), -1);
    QCOMPARE(m_model->index(3, 0).data(bourse::models::RawValueRole).value<Decimal>(), dec("100"));
    QCOMPARE(*m_model->bestBid(), dec("100"));
    QCOMPARE(*m_model->bestAsk(), dec("100.5"));
    QCOMPARE(m_model->levelAt(1)->amount, dec("3"));
    QVERIFY(!m_model->levelAt(2));
}

void TestOrderBookModel::changesOnlyTheRowsThatChanged()
{
    m_model->applySnapshot(
        book({{"100.00", "1"}, {"99.50", "2"}, {"99.00", "5"}}, {{"100.50", "3"}, {"101.00", "4"}, {"102.00", "6"}}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // The worst ask (row 0) and the worst bid (last row) change size; nothing else moves.
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "2"}, {"99.00", "4.5"}},
                                {{"100.50", "3"}, {"101.00", "4"}, {"102.00", "5.5"}}));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 6);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 6);
    QCOMPARE(text(*m_model, 6, OrderBookModel::Amount), QStringLiteral("4.5000"));

    // The same book again: no signal at all.
    changed.clear();
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "2"}, {"99.00", "4.5"}},
                                {{"100.50", "3"}, {"101.00", "4"}, {"102.00", "5.5"}}));
    QCOMPARE(changed.size(), 0);
}

void TestOrderBookModel::insertsAndRemovesLevels()
{
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.00", "2"}}, {{"101.00", "3"}}));
    QCOMPARE(m_model->rowCount(), 4);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // A new bid inside the book (99.50) and the best ask gone, replaced by a better one (100.50).
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "4"}, {"99.00", "2"}}, {{"100.50", "3"}}));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 1);
    // The ask side: 101.00 removed from row 0, then 100.50 inserted there.
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    // The bid side: 99.50 lands at row 3 (spread at 1, 100.00 at 2).
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(text(*m_model, 3, OrderBookModel::Price), QStringLiteral("99.50"));
    // The deeper bid's cumulative size changed with it.
    QCOMPARE(text(*m_model, 4, OrderBookModel::Total), QStringLiteral("7.0000"));
    bool deeperChanged = false;
    for (const QList<QVariant>& args : changed) {
        deeperChanged = deeperChanged || args.at(0).toModelIndex().row() == 4;
    }
    QVERIFY(deeperChanged);
}

void TestOrderBookModel::groupsToTickMultiples()
{
    m_model->applySnapshot(
        book({{"100.40", "1"}, {"100.05", "2"}, {"99.90", "4"}}, {{"100.60", "1"}, {"100.95", "2"}, {"101.20", "3"}}));
    m_model->setGrouping(dec("1"));
    // Bids round down, asks up: 100.40 and 100.05 meet at 100, 99.90 at 99; 100.60 and 100.95 at 101, 101.20 at 102.
    QCOMPARE(m_model->askCount(), 2);
    QCOMPARE(m_model->bidCount(), 2);
    QCOMPARE(m_model->levelAt(0)->price, dec("102"));
    QCOMPARE(m_model->levelAt(1)->price, dec("101"));
    QCOMPARE(m_model->levelAt(1)->amount, dec("3"));
    QCOMPARE(m_model->levelAt(3)->price, dec("100"));
    QCOMPARE(m_model->levelAt(3)->amount, dec("3"));
    QCOMPARE(m_model->levelAt(4)->price, dec("99"));
    m_model->setGrouping(dec("0.01"));
    QCOMPARE(m_model->askCount(), 3);
}

void TestOrderBookModel::limitsTheDepth()
{
    m_model->setDepth(2);
    m_model->applySnapshot(book({{"100", "1"}, {"99", "1"}, {"98", "1"}}, {{"101", "1"}, {"102", "1"}, {"103", "1"}}));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->levelAt(0)->price, dec("102"));
    QCOMPARE(m_model->levelAt(4)->price, dec("99"));
}

void TestOrderBookModel::depthBarsStayStillWhileTheBookBreathes()
{
    m_model->applySnapshot(book({{"100", "4"}, {"99", "6"}}, {{"101", "5"}}));
    const int deepestBid = m_model->rowCount() - 1;
    QCOMPARE(m_model->index(deepestBid, 0).data(bourse::models::DepthFractionRole).toDouble(), 1.0);
    QCOMPARE(m_model->index(0, 0).data(bourse::models::DepthFractionRole).toDouble(), 0.5);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // The widest side shrinks a little (10 -> 9): the scale holds, only the changed row is reported.
    m_model->applySnapshot(book({{"100", "4"}, {"99", "5"}}, {{"101", "5"}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(deepestBid, 0).data(bourse::models::DepthFractionRole).toDouble(), 0.9);
}

void TestOrderBookModel::marksTheUsersOwnOrders()
{
    using bourse::models::OwnAmountRole;
    // Rows: 0 ask 101.00, 1 ask 100.50, 2 spread, 3 bid 100.00, 4 bid 99.50.
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "2"}}, {{"100.50", "3"}, {"101.00", "4"}}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    auto stop = order("4", "sell", "101.00", "1");
    stop.triggerPrice = dec("102");
    m_model->setOwnOrders({order("1", "buy", "100.00", "0.5", "0.2"), order("2", "buy", "100.00", "1"),
                           order("3", "sell", "101.00", "2"), stop, order("5", "buy", "100.00", "9", "0", "ETH/USD")});
    // Buys at 100.00 (0.3 left + 1); the sell at 101.00; a stop waits off the book; another market is not ours.
    QCOMPARE(m_model->ownAmountAt(3), dec("1.3"));
    QCOMPARE(m_model->ownAmountAt(0), dec("2"));
    QVERIFY(m_model->ownAmountAt(1).isZero());
    QVERIFY(m_model->ownAmountAt(4).isZero());
    QCOMPARE(m_model->index(3, OrderBookModel::Price).data(OwnAmountRole).value<Decimal>(), dec("1.3"));
    QVERIFY(!m_model->index(4, OrderBookModel::Price).data(OwnAmountRole).isValid());
    QVERIFY(!m_model->index(2, OrderBookModel::Price).data(OwnAmountRole).isValid());
    QCOMPARE(m_model->index(3, OrderBookModel::Amount).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Your open orders here: 1.3000"));
    // Only the two marked rows changed.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);

    // A fill shrinks the mark, a cancel takes it away; the same list again changes nothing.
    changed.clear();
    m_model->setOwnOrders({order("1", "buy", "100.00", "0.5", "0.5"), order("2", "buy", "100.00", "1", "0.4")});
    QCOMPARE(m_model->ownAmountAt(3), dec("0.6"));
    QVERIFY(m_model->ownAmountAt(0).isZero());
    QCOMPARE(changed.size(), 2);
    changed.clear();
    m_model->setOwnOrders({order("1", "buy", "100.00", "0.5", "0.5"), order("2", "buy", "100.00", "1", "0.4")});
    QCOMPARE(changed.size(), 0);

    // Grouped levels gather the orders inside them: bids down, asks up to the step.
    m_model->setOwnOrders({order("6", "buy", "99.70", "1"), order("7", "sell", "100.60", "2")});
    m_model->setGrouping(dec("1"));
    // Rows now: 0 ask 101 (100.50 and 101.00), 1 spread, 2 bid 100, 3 bid 99.
    QCOMPARE(m_model->levelAt(0)->price, dec("101"));
    QCOMPARE(m_model->ownAmountAt(0), dec("2"));
    QCOMPARE(m_model->levelAt(3)->price, dec("99"));
    QCOMPARE(m_model->ownAmountAt(3), dec("1"));
    // Marks survive the next snapshot, where the level still is.
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.40", "2"}}, {{"100.50", "3"}}));
    QCOMPARE(m_model->ownAmountAt(0), dec("2"));
    QCOMPARE(m_model->ownAmountAt(3), dec("1"));
}

void TestOrderBookModel::cumulativeDepthIsUngroupedBestFirst()
{
    QVERIFY(m_model->cumulativeDepth(false).empty());
    m_model->applySnapshot(
        book({{"100.00", "1"}, {"99.50", "2"}, {"99.40", "0.5"}}, {{"100.50", "3"}, {"101.00", "4"}}));
    m_model->setGrouping(dec("1")); // the curve ignores the ladder's grouping
    const auto bids = m_model->cumulativeDepth(false);
    QCOMPARE(bids.size(), size_t(3));
    QCOMPARE(bids[0].price, dec("100.00"));
    QCOMPARE(bids[0].amount, dec("1"));
    QCOMPARE(bids[1].price, dec("99.50"));
    QCOMPARE(bids[1].amount, dec("3"));
    QCOMPARE(bids[2].amount, dec("3.5"));
    const auto asks = m_model->cumulativeDepth(true);
    QCOMPARE(asks.size(), size_t(2));
    QCOMPARE(asks[0].price, dec("100.50"));
    QCOMPARE(asks[0].amount, dec("3"));
    QCOMPARE(asks[1].price, dec("101.00"));
    QCOMPARE(asks[1].amount, dec("7"));
}

void TestOrderBookModel::ownOrdersOffTheSnapshotGetALevel()
{
    m_model->applySnapshot(book({{"100.00", "1"}, {"99.50", "2"}}, {{"100.50", "3"}, {"101.00", "4"}}));
    QCOMPARE(m_model->rowCount(), 5);
    // Between two shown bids: a level of its own, holding the order; beyond the shown range: not drawn.
    m_model->setOwnOrders(
        {order("1", "buy", "99.80", "0.5"), order("2", "buy", "90.00", "1"), order("3", "sell", "100.70", "0.25")});
    QCOMPARE(m_model->rowCount(), 7);
    // Rows: 0 ask 101.00, 1 ask 100.70 (ours), 2 ask 100.50, 3 spread, 4 bid 100.00, 5 bid 99.80 (ours), 6 99.50.
    QCOMPARE(m_model->levelAt(1)->price, dec("100.70"));
    QCOMPARE(m_model->ownAmountAt(1), dec("0.25"));
    QCOMPARE(m_model->levelAt(5)->price, dec("99.80"));
    QCOMPARE(m_model->levelAt(5)->amount, dec("0.5"));
    QCOMPARE(m_model->ownAmountAt(5), dec("0.5"));
    QCOMPARE(m_model->index(6, OrderBookModel::Total).data(bourse::models::RawValueRole).value<Decimal>(), dec("3.5"));
    // Gone again once cancelled.
    m_model->setOwnOrders({});
    QCOMPARE(m_model->rowCount(), 5);
}

QTEST_GUILESS_MAIN(TestOrderBookModel)
#include "TestOrderBookModel.moc"
