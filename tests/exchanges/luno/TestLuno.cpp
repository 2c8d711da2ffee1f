// SPDX-License-Identifier: GPL-3.0-or-later
// The luno adapter: Basic authentication, orders sent as query parameters of a POST, the parsers on Luno's
// documented payloads (XBT is BTC, unconfirmed funds count as used), and its error_code answers.
#include "../common/AdapterFixture.h"
#include "luno/Luno.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(LUNO_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Luno>
{
    explicit Fixture(std::string body = "{}", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestLuno : public QObject
{
    Q_OBJECT

private slots:
    void authenticatesWithBasicAuth();
    void sendsOrdersInTheQuery();
    void choosesTheTopOfBookForSmallLimits();
    void parsesAnOrder();
    void parsesOwnTrades();
    void addsUpBalancesPerAsset();
    void mapsErrors_data();
    void mapsErrors();
};

void TestLuno::authenticatesWithBasicAuth()
{
    // python3: base64.b64encode(b"key:secretsecret")
    QCOMPARE(lunoAuthorization("key", "secretsecret"), std::string("Basic a2V5OnNlY3JldHNlY3JldA=="));
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.luno.com/api/1/balance"));
    QCOMPARE(f.header("Authorization"), std::optional<std::string>("Basic a2V5OnNlY3JldHNlY3JldA=="));
    // Public calls go without it.
    Fixture g(fixture("orderbook.json"));
    auto book = g.run<OrderBook>(
        [&](Callback<OrderBook> cb) { g.exchange.fetchOrderBook("BTC/EUR", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(book.ok());
    QVERIFY(!g.header("Authorization"));
}

void TestLuno::sendsOrdersInTheQuery()
{
    Fixture f(R"({"order_id":"BXMC2CJ7HNB88U4"})");
    auto limit = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "limit", "sell", dec("0.123456"), dec("30000.129"), JsonValue::object(), cb);
    });
    QVERIFY(limit.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    // Volume to the 0.0001 step (truncated), price to the cent.
    QCOMPARE(f.sent().url,
             std::string("https://api.luno.com/api/1/postorder?pair=XBTEUR&volume=0.1234&price=30000.13&type=ASK"));
    QVERIFY(f.sent().body.empty());
    QCOMPARE(limit.value().id, OptString("BXMC2CJ7HNB88U4"));
    QVERIFY(limit.value().symbol.empty());

    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "sell", dec("0.5"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(market.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.luno.com/api/1/marketorder?pair=XBTUSDT&type=SELL&base_volume=0.5"));
}

void TestLuno::choosesTheTopOfBookForSmallLimits()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/EUR", 100, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.luno.com/api/1/orderbook_top?pair=XBTEUR"));
    QCOMPARE(r.value().timestamp, OptInt(1710328244969));
    QCOMPARE(r.value().bids.size(), size_t(2));
    QCOMPARE(r.value().bids[1].amount, dec("1.25"));
    QCOMPARE(r.value().asks[0].price, dec("73998.97"));
    auto whole = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/EUR", 101, JsonValue::object(), cb); });
    QVERIFY(whole.ok());
    QCOMPARE(f.sent().url, std::string("https://api.luno.com/api/1/orderbook?pair=XBTEUR"));
}

void TestLuno::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("BXMC2CJ7HNB88U4", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.luno.com/api/1/orders/BXMC2CJ7HNB88U4"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/EUR"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.timestamp, OptInt(1367849297609));
    QCOMPARE(o.amount, OptDecimal(dec("0.8")));
    QCOMPARE(o.filled, OptDecimal(dec("0.4")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.4")));
    QCOMPARE(o.cost, OptDecimal(dec("12000")));
    // The counter fee is read first, even when zero.
    QCOMPARE(o.fee->currency, OptString("EUR"));
}

void TestLuno::parsesOwnTrades()
{
    Fixture f(fixture("listtrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/EUR", 1710000000000, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.luno.com/api/1/listtrades?pair=XBTEUR&since=1710000000000&limit=5"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("1234"));
    QCOMPARE(t.side, OptString("buy"));
    // An own buy on a taker's sell rested on the book.
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    QCOMPARE(t.cost, OptDecimal(dec("12000")));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0004")));
    QCOMPARE(t.fee->currency, OptString("BTC"));
}

void TestLuno::addsUpBalancesPerAsset()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const BalanceEntry& btc = r.value().currencies.at("BTC");
    // 0.50 + 0.05 unconfirmed + 0.25 in the second account; used 0.10 + 0.05 unconfirmed.
    QCOMPARE(btc.total, OptDecimal(dec("0.8")));
    QCOMPARE(btc.used, OptDecimal(dec("0.15")));
    QCOMPARE(btc.free, OptDecimal(dec("0.65")));
    QCOMPARE(r.value().currencies.at("EUR").free, OptDecimal(dec("1300")));
}

void TestLuno::mapsErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral("ErrInsufficientBalance") << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral("ErrOrderNotFound") << int(ErrorKind::OrderNotFound);
    QTest::newRow("auth") << QStringLiteral("ErrUnauthorised") << int(ErrorKind::AuthenticationError);
    QTest::newRow("pair") << QStringLiteral("ErrInvalidMarketPair") << int(ErrorKind::BadSymbol);
    QTest::newRow("unknown") << QStringLiteral("ErrSomethingNew") << int(ErrorKind::ExchangeError);
}

void TestLuno::mapsErrors()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    Fixture f(R"({"error":"something went wrong","error_code":")" + code.toStdString() + R"(","error_action":{}})",
              400);
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("BX1", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QCOMPARE(f.sent().url, std::string("https://api.luno.com/api/1/stoporder?order_id=BX1"));
}

QTEST_GUILESS_MAIN(TestLuno)
#include "TestLuno.moc"
