// SPDX-License-Identifier: GPL-3.0-or-later
// The bitflyer adapter (no conformance folder: replayed from bitFlyer Lightning's documented answers): its
// HMAC-SHA256 over timestamp + method + path + body (vectors computed with python3's hmac), order requests, the
// parsers, the empty answer of a cancel, and {"status":..,"error_message":..} errors.
#include "../common/AdapterFixture.h"
#include "bitflyer/Bitflyer.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BITFLYER_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bitflyer>
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

class TestBitflyer : public QObject
{
    Q_OBJECT

private slots:
    void signsALimitOrder();
    void signsAGetWithItsQuery();
    void sendsMarketOrdersWithoutAPrice();
    void keepsOnlySpotMarkets();
    void parsesTheTicker();
    void parsesTheBoard();
    void parsesExecutions();
    void parsesTheBalance();
    void parsesOrders();
    void parsesWithdrawals();
    void cancelsWithAnEmptyAnswer();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBitflyer::signsALimitOrder()
{
    Fixture f(fixture("sendchildorder.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "buy", dec("0.01"), dec("5000000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("JRF20150707-050237-639234"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/me/sendchildorder"));
    const std::string body =
        R"({"product_code":"BTC_JPY","child_order_type":"LIMIT","side":"BUY","price":5000000,"size":0.01})";
    QCOMPARE(f.sent().body, body);
    QCOMPARE(f.header("ACCESS-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("ACCESS-TIMESTAMP"), std::optional<std::string>("1700000000"));
    // python3: hmac.new(b"secretsecret", b"1700000000POST/v1/me/sendchildorder" + body, hashlib.sha256).hexdigest()
    const std::string expected = "c17f1524aa28d5dcf24bb145ab841ba357026b4f6fac3ee2b044abebc9d5f27e";
    QCOMPARE(f.header("ACCESS-SIGN"), std::optional<std::string>(expected));
    QCOMPARE(bitflyerSignature("secretsecret", "1700000000", "POST", "/v1/me/sendchildorder", body), expected);
}

void TestBitflyer::signsAGetWithItsQuery()
{
    Fixture f(fixture("getchildorders.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.bitflyer.com/v1/me/getchildorders?product_code=BTC_JPY&count=100&"
                         "child_order_state=ACTIVE"));
    // python3: hmac over "1700000000GET/v1/me/getchildorders?product_code=BTC_JPY&count=100&child_order_state=ACTIVE"
    QCOMPARE(f.header("ACCESS-SIGN"),
             std::optional<std::string>("1461688f3208e7220baff6f38e1dc0bcdeff7ddb45251dcb7b8315af9806747a"));
}

void TestBitflyer::sendsMarketOrdersWithoutAPrice()
{
    Fixture f(fixture("sendchildorder.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "sell", dec("0.01"), std::nullopt,
                               jsonParams(R"({"timeInForce":"ioc"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"product_code":"BTC_JPY","child_order_type":"MARKET","side":"SELL",)"
                         R"("size":0.01,"time_in_force":"IOC"})"));
    auto postOnly = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "sell", dec("0.01"), dec("6000000"),
                               jsonParams(R"({"postOnly":true})"), cb);
    });
    QVERIFY(!postOnly.ok());
    QCOMPARE(postOnly.error().kind(), ErrorKind::InvalidOrder);
}

void TestBitflyer::keepsOnlySpotMarkets()
{
    Fixture f(fixture("getmarkets.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    // Japan, then the US and EU lists (the same answer here: each product once).
    QCOMPARE(f.transport.requests().size(), size_t(3));
    QCOMPARE(f.transport.requests()[0].url, std::string("https://api.bitflyer.com/v1/getmarkets"));
    QCOMPARE(f.transport.requests()[1].url, std::string("https://api.bitflyer.com/v1/getmarkets/usa"));
    QCOMPARE(f.transport.requests()[2].url, std::string("https://api.bitflyer.com/v1/getmarkets/eu"));
    QCOMPARE(r.value().size(), size_t(3));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/JPY"));
    QCOMPARE(r.value()[2].symbol, std::string("ETH/BTC"));
    QCOMPARE(r.value()[2].baseId, std::string("ETH"));
    QCOMPARE(r.value()[0].taker, OptDecimal(dec("0.002")));
}

void TestBitflyer::parsesTheTicker()
{
    Fixture f(fixture("getticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/getticker?product_code=BTC_JPY"));
    // "2015-07-08T02:50:59.97" is UTC.
    QCOMPARE(r.value().timestamp, OptInt(1436323859970));
    QCOMPARE(r.value().bid, OptDecimal(dec("30000")));
    QCOMPARE(r.value().ask, OptDecimal(dec("36640")));
    QCOMPARE(r.value().askVolume, OptDecimal(dec("5")));
    QCOMPARE(r.value().last, OptDecimal(dec("31690")));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("6819.26")));
}

void TestBitflyer::parsesTheBoard()
{
    Fixture f(fixture("getboard.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/JPY", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/getboard?product_code=BTC_JPY"));
    QCOMPARE(r.value().bids.size(), size_t(2));
    QCOMPARE(r.value().bids[0].price, dec("30000"));
    QCOMPARE(r.value().bids[1].amount, dec("3"));
    QCOMPARE(r.value().asks[0].price, dec("36640"));
}

void TestBitflyer::parsesExecutions()
{
    Fixture f(fixture("getexecutions.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/JPY", std::nullopt, 2, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/getexecutions?product_code=BTC_JPY&count=2"));
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first; the taker's side names the order.
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("39286"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.order, OptString("JRF20150708-024334-197755"));
    QCOMPARE(t.timestamp, OptInt(1436323414720));
    QCOMPARE(r.value()[1].order, OptString("JRF20150707-200203-452209"));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("856897.6")));
}

void TestBitflyer::parsesTheBalance()
{
    Fixture f(fixture("getbalance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/me/getbalance"));
    const auto& jpy = r.value().currencies.at("JPY");
    QCOMPARE(jpy.total, OptDecimal(dec("1024078")));
    QCOMPARE(jpy.free, OptDecimal(dec("508000")));
    QCOMPARE(jpy.used, OptDecimal(dec("516078")));
    QCOMPARE(r.value().currencies.at("BTC").used, OptDecimal(dec("6.12")));
}

void TestBitflyer::parsesOrders()
{
    Fixture f(fixture("getchildorders.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("JRF20150707-084552-031927", "BTC/JPY", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.bitflyer.com/v1/me/getchildorders?product_code=BTC_JPY&"
                         "child_order_acceptance_id=JRF20150707-084552-031927"));
    const Order& o = r.value();
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.filled, OptDecimal(dec("0.1")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    QCOMPARE(o.timestamp, OptInt(1436258753000));
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.0001")));
    // An id the answer does not hold.
    auto missing = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("nope", "BTC/JPY", {}, cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::OrderNotFound);
}

void TestBitflyer::parsesWithdrawals()
{
    Fixture f(fixture("getcoinouts.json"));
    auto r = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    const Transaction& t = r.value()[0];
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.status, OptString("ok"));
    QCOMPARE(t.currency, OptString("BTC"));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0006")));
}

void TestBitflyer::cancelsWithAnEmptyAnswer()
{
    Fixture f("");
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("JRF1", "BTC/JPY", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("JRF1"));
    QCOMPARE(f.sent().body, std::string(R"({"product_code":"BTC_JPY","child_order_acceptance_id":"JRF1"})"));
    auto all = f.run<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.exchange.cancelAllOrders("BTC/JPY", {}, cb); });
    QVERIFY(all.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitflyer.com/v1/me/cancelallchildorders"));
    // No symbol, no cancel.
    auto refused = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("JRF1", "", {}, cb); });
    QCOMPARE(refused.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestBitflyer::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"status":-200,"error_message":"Insufficient funds","data":null})")
                           << 400 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("maintenance") << QStringLiteral(R"({"status":-2,"error_message":"Under maintenance","data":null})")
                                 << 503 << int(ErrorKind::OnMaintenance);
    QTest::newRow("other") << QStringLiteral(R"({"status":-208,"error_message":"Order is not accepted"})") << 400
                           << int(ErrorKind::ExchangeError);
}

void TestBitflyer::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBitflyer)
#include "TestBitflyer.moc"
