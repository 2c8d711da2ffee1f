// SPDX-License-Identifier: GPL-3.0-or-later
// The trades, balances and orders models: keyed merges with exact insert/remove/dataChanged sequences.
#include "models/BalancesModel.h"
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"
#include "models/TradesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using bourse::ex::Decimal;
using namespace bourse;

namespace {

ex::Trade trade(const char* id, long long time, const char* price, const char* side)
{
    ex::Trade t;
    t.id = id;
    t.timestamp = time;
    t.symbol = "BTC/USD";
    t.price = *Decimal::parse(price);
    t.amount = *Decimal::parse("0.5");
    t.side = side;
    return t;
}

ex::Order order(const char* id, long long time, const char* status, const char* filled = "0")
{
    ex::Order o;
    o.id = id;
    o.timestamp = time;
    o.symbol = "BTC/USD";
    o.type = "limit";
    o.side = "buy";
    o.price = Decimal(100);
    o.amount = Decimal(1);
    o.filled = *Decimal::parse(filled);
    o.status = status;
    return o;
}

ex::Balance balance(std::initializer_list<std::pair<const char*, const char*>> free)
{
    ex::Balance b;
    for (const auto& [code, amount] : free) {
        b.currencies[code] = ex::BalanceEntry {*Decimal::parse(amount), Decimal(0), *Decimal::parse(amount)};
    }
    return b;
}

} // namespace

class TestAccountModels final : public QObject
{
    Q_OBJECT

private slots:
    void tradesInsertOnlyNewOnesOnTop();
    void tradesKeepTheirLimit();
    void balancesMergeByCurrency();
    void ordersMergeById();
};

void TestAccountModels::tradesInsertOnlyNewOnesOnTop()
{
    models::TradesModel model(QStringLiteral("BTC/USD"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrecision(2, 4);
    QCOMPARE(model.applyTrades({trade("1", 1000, "100", "buy"), trade("2", 2000, "101", "sell")}), 2);
    QCOMPARE(model.index(0, models::TradesModel::Price).data().toString(), QStringLiteral("101.00"));
    QCOMPARE(model.index(0, models::TradesModel::Price).data(models::SideRole).toInt(), -1);
    QCOMPARE(model.index(1, models::TradesModel::Price).data(models::SideRole).toInt(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The next poll repeats the last trades and adds two.
    QCOMPARE(model.applyTrades(
                 {trade("2", 2000, "101", "sell"), trade("3", 3000, "102", "buy"), trade("4", 3000, "103", "buy")}),
             2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.index(0, models::TradesModel::Price).data().toString(), QStringLiteral("103.00"));
    QCOMPARE(model.rowCount(), 4);
}

void TestAccountModels::tradesKeepTheirLimit()
{
    models::TradesModel model(QStringLiteral("BTC/USD"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(3);
    model.applyTrades({trade("1", 1, "1", "buy"), trade("2", 2, "2", "buy"), trade("3", 3, "3", "buy")});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyTrades({trade("4", 4, "4", "buy")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(model.tradeAt(2).id.value(), std::string("2"));
}

void TestAccountModels::balancesMergeByCurrency()
{
    models::BalancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBalance(balance({{"BTC", "1"}, {"USD", "100000"}, {"XRP", "0"}}));
    QCOMPARE(model.rowCount(), 2); // empty currencies are not listed
    QCOMPARE(model.index(1, models::BalancesModel::Free).data().toString(), QStringLiteral("100,000.00"));
    QCOMPARE(model.freeOf(QStringLiteral("BTC")), Decimal(1));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyBalance(balance({{"ETH", "2"}, {"USD", "99000"}}));
    QCOMPARE(removed.size(), 1); // BTC
    QCOMPARE(inserted.size(), 1); // ETH
    QCOMPARE(changed.size(), 1); // USD
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(0, models::BalancesModel::Currency).data().toString(), QStringLiteral("ETH"));
    QCOMPARE(model.freeOf(QStringLiteral("BTC")), Decimal(0));
}

void TestAccountModels::ordersMergeById()
{
    models::OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyOrders({order("a", 1000, "open"), order("b", 2000, "open")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(models::OrderIdRole).toString(), QStringLiteral("b")); // newest first

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyOrders({order("c", 3000, "open"), order("b", 2000, "open", "0.5")});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1); // a
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // c on top
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1); // b, half filled
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.index(1, models::OrdersModel::Filled).data().toString(), QStringLiteral("0.50000000"));
}

QTEST_GUILESS_MAIN(TestAccountModels)
#include "TestAccountModels.moc"
