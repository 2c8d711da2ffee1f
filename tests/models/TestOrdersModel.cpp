// SPDX-License-Identifier: GPL-3.0-or-later
// The account's orders as the exchange lists them, merged by id; and the orders whose answer was lost and whose
// fate the exchange could not tell, kept in sight until it lists them or the user dismisses them.
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"

#include <QSignalSpy>
#include <QTest>

using bourse::ex::Decimal;
using bourse::ex::Order;
using bourse::models::OrdersModel;

namespace {

Order order(const char* id, const char* clientId, long long timestamp, const char* status = "open")
{
    Order o;
    if (id) {
        o.id = id;
    }
    if (clientId) {
        o.clientOrderId = clientId;
    }
    o.timestamp = timestamp;
    o.symbol = "BTC/USD";
    o.type = "limit";
    o.side = "buy";
    o.price = *Decimal::parse("50000");
    o.amount = *Decimal::parse("0.1");
    o.filled = Decimal();
    o.status = status;
    return o;
}

// A lost order: what was sent, under the client id Bourse gave it.
Order sent(const char* clientId, long long timestamp)
{
    Order o = order(nullptr, clientId, timestamp);
    o.status.reset();
    return o;
}

QString cell(const OrdersModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestOrdersModel final : public QObject
{
    Q_OBJECT

private slots:
    void mergesByIdNewestFirst();
    void unresolvedOrderStaysInSightAcrossPolls();
    void listedUnderItsClientIdTheOrderTakesItsPlace();
    void historyResolvesAnOrderThatFilledAtOnce();
    void dismissedByTheUser();
    void withoutAClientIdOnlyTheUserCanDismissIt();
};

void TestOrdersModel::mergesByIdNewestFirst()
{
    OrdersModel model;
    model.applyOrders({order("1", nullptr, 100), order("2", nullptr, 200)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, OrdersModel::Action, bourse::models::OrderIdRole), QStringLiteral("2"));
    model.applyOrders({order("2", nullptr, 200)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("1")), -1);
}

void TestOrdersModel::unresolvedOrderStaysInSightAcrossPolls()
{
    OrdersModel model;
    model.applyOrders({order("1", nullptr, 100)});
    model.addUnresolved(sent("bourse-abc", 300), QStringLiteral("The answer to the order was lost"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isUnresolved(0));
    QCOMPARE(model.unresolvedCount(), 1);
    QCOMPARE(cell(model, 0, OrdersModel::Status), QStringLiteral("Unknown — check"));
    QCOMPARE(cell(model, 0, OrdersModel::Action), QStringLiteral("Dismiss"));
    QCOMPARE(cell(model, 0, OrdersModel::Price), QStringLiteral("50,000.00"));
    QCOMPARE(cell(model, 0, OrdersModel::Status, Qt::ToolTipRole), QStringLiteral("The answer to the order was lost"));
    QCOMPARE(cell(model, 1, OrdersModel::Action), QStringLiteral("Cancel"));
    QCOMPARE(cell(model, 1, OrdersModel::Status, Qt::ToolTipRole), QString());

    // Lists without it: it stays, on top (the newest), the exchange's rows merge below it.
    model.applyOrders({order("1", nullptr, 100), order("2", nullptr, 200)});
    model.applyOrders({order("2", nullptr, 200)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isUnresolved(0));
    QVERIFY(!model.isUnresolved(1));
    QCOMPARE(cell(model, 1, OrdersModel::Action, bourse::models::OrderIdRole), QStringLiteral("2"));
    // The same loss reported twice is one row.
    model.addUnresolved(sent("bourse-abc", 300), QStringLiteral("again"));
    QCOMPARE(model.unresolvedCount(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestOrdersModel::listedUnderItsClientIdTheOrderTakesItsPlace()
{
    OrdersModel model;
    model.applyOrders({});
    model.addUnresolved(sent("bourse-abc", 300), QStringLiteral("lost"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyOrders({order("77", "bourse-abc", 301)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.unresolvedCount(), 0);
    QVERIFY(!model.isUnresolved(0));
    QCOMPARE(cell(model, 0, OrdersModel::Status), QStringLiteral("open"));
    QCOMPARE(model.rowOf(QStringLiteral("77")), 0);
    QCOMPARE(removed.size(), 1);
    // Gone from the next list (filled, cancelled): nothing comes back.
    model.applyOrders({});
    QCOMPARE(model.rowCount(), 0);
}

void TestOrdersModel::historyResolvesAnOrderThatFilledAtOnce()
{
    OrdersModel open;
    open.applyOrders({order("1", nullptr, 100)});
    open.addUnresolved(sent("bourse-abc", 300), QStringLiteral("lost"));
    open.addUnresolved(sent("bourse-def", 310), QStringLiteral("lost"));
    QCOMPARE(open.rowCount(), 3);
    // The history holds one of them, filled; the other stays unknown.
    open.resolveFrom({order("78", "bourse-abc", 300, "closed")});
    QCOMPARE(open.rowCount(), 2);
    QCOMPARE(open.unresolvedCount(), 1);
    QVERIFY(open.isUnresolved(0));
    QCOMPARE(cell(open, 0, OrdersModel::Action, bourse::models::OrderIdRole), QStringLiteral("unresolved:bourse-def"));
    QCOMPARE(cell(open, 1, OrdersModel::Action, bourse::models::OrderIdRole), QStringLiteral("1"));
}

void TestOrdersModel::dismissedByTheUser()
{
    OrdersModel model;
    model.applyOrders({order("1", nullptr, 100)});
    model.addUnresolved(sent("bourse-abc", 300), QStringLiteral("lost"));
    const QString id = cell(model, 0, OrdersModel::Action, bourse::models::OrderIdRole);
    model.dismissUnresolved(QStringLiteral("1")); // an exchange's order is not the user's to dismiss
    QCOMPARE(model.rowCount(), 2);
    model.dismissUnresolved(id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.unresolvedCount(), 0);
    model.applyOrders({order("1", nullptr, 100)});
    QCOMPARE(model.rowCount(), 1);
}

void TestOrdersModel::withoutAClientIdOnlyTheUserCanDismissIt()
{
    OrdersModel model;
    model.applyOrders({});
    // An exchange that takes no client id: the row is keyed by when it was sent and its figures.
    model.addUnresolved(sent(nullptr, 300), QStringLiteral("lost"));
    model.addUnresolved(sent(nullptr, 400), QStringLiteral("lost"));
    QCOMPARE(model.rowCount(), 2);
    model.applyOrders({order("5", nullptr, 305)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.unresolvedCount(), 2);
    model.dismissUnresolved(cell(model, 0, OrdersModel::Action, bourse::models::OrderIdRole));
    QCOMPARE(model.unresolvedCount(), 1);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestOrdersModel)
#include "TestOrdersModel.moc"
