// SPDX-License-Identifier: GPL-3.0-or-later
// The coinmate adapter: the form it signs with the client id (checked against python3's hmac), the order endpoints
// a unified order goes to, the parsers on CoinMate's documented payloads, and its {"error":true,"errorMessage"}
// answers mapped to typed errors.
#include "../common/AdapterFixture.h"
#include "coinmate/Coinmate.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(COINMATE_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Coinmate>
{
    explicit Fixture(std::string body = R"({"error":false,"errorMessage":null,"data":[]})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
        // CoinMate signs with the client id too.
        Credentials c = exchange.credentials();
        c.uid = "uid";
        exchange.setCredentials(c);
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestCoinmate : public QObject
{
    Q_OBJECT

private slots:
    void signsTheFormWithTheClientId();
    void refusesToSignWithoutAClientId();
    void sendsLimitAndInstantOrders();
    void parsesTheOrderBook();
    void parsesOrderHistory();
    void parsesBalancesAndOwnTrades();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoinmate::signsTheFormWithTheClientId()
{
    // python3: hmac.new(b"secretsecret", b"1700000000000uidkey", hashlib.sha256).hexdigest().upper()
    const std::string expected = "6BC831CB133B5932804141302AE703382A16623AE3AE94FBFF3CFAC0FFAD713C";
    QCOMPARE(coinmateSignature("1700000000000", "uid", "key", "secretsecret"), expected);
    Fixture f(fixture("balances.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://coinmate.io/api/balances"));
    QCOMPARE(f.sent().body, "clientId=uid&nonce=1700000000000&publicKey=key&signature=" + expected);
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
}

void TestCoinmate::refusesToSignWithoutAClientId()
{
    Fixture f;
    Credentials c = f.exchange.credentials();
    c.uid.clear();
    f.exchange.setCredentials(c);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::AuthenticationError);
    QVERIFY(coinmateDescription().requiredCredentials.uid);
}

void TestCoinmate::sendsLimitAndInstantOrders()
{
    Fixture f(R"({"error":false,"errorMessage":null,"data":12345})");
    auto limit = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "limit", "sell", dec("0.123456789"), dec("60000.12"), JsonValue::object(),
                               cb);
    });
    QVERIFY(limit.ok());
    QCOMPARE(f.sent().url, std::string("https://coinmate.io/api/sellLimit"));
    // Amount to 8 decimals (truncated), price to the 0.1 tick.
    QVERIFY(f.sent().body.ends_with("&currencyPair=BTC_EUR&amount=0.12345678&price=60000.1"));
    QCOMPARE(limit.value().id, OptString("12345"));
    QVERIFY(limit.value().symbol.empty());

    auto instant = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "market", "buy", dec("50"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(instant.ok());
    QCOMPARE(f.sent().url, std::string("https://coinmate.io/api/buyInstant"));
    QVERIFY(f.sent().body.ends_with("&currencyPair=BTC_EUR&total=50"));

    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "stop", "buy", dec("1"), dec("1"), JsonValue::object(), cb);
    });
    QVERIFY(!stop.ok());
    QCOMPARE(stop.error().kind(), ErrorKind::InvalidOrder);
}

void TestCoinmate::parsesTheOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/EUR", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://coinmate.io/api/orderBook?currencyPair=BTC_EUR&groupByPriceLimit=False"));
    const OrderBook& b = r.value();
    QCOMPARE(b.timestamp, OptInt(1710328244000));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("73017.7"));
    QCOMPARE(b.asks[0].price, dec("73667.9"));
    QCOMPARE(b.asks[1].amount, dec("1.2"));
}

void TestCoinmate::parsesOrderHistory()
{
    Fixture f(fixture("orderhistory.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOrders("BTC/EUR", std::nullopt, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.ends_with("&currencyPair=BTC_EUR&limit=10"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("67527001"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.status, OptString("canceled"));
    QCOMPARE(o.amount, OptDecimal(dec("0.1")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.002367")));
    QCOMPARE(o.filled, OptDecimal(dec("0.097633")));
    QCOMPARE(o.average, OptDecimal(dec("5897.24")));
    // fetchOrders needs the market.
    auto missing = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(missing.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestCoinmate::parsesBalancesAndOwnTrades()
{
    Fixture f(fixture("balances.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(b.value().currencies.at("BTC").free, OptDecimal(dec("1")));
    QCOMPARE(b.value().currencies.at("BTC").used, OptDecimal(dec("0.5")));
    QCOMPARE(b.value().currencies.at("EUR").total, OptDecimal(dec("1000.25")));

    Fixture g(fixture("tradehistory.json"));
    auto t = g.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        g.exchange.fetchMyTrades("BTC/EUR", 1529640000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(t.ok());
    QVERIFY(g.sent().body.ends_with("&limit=1000&currencyPair=BTC_EUR&timestampFrom=1529640000000"));
    QCOMPARE(t.value().size(), size_t(1));
    const Trade& trade = t.value()[0];
    QCOMPARE(trade.symbol, std::string("BTC/EUR"));
    QCOMPARE(trade.takerOrMaker, OptString("maker"));
    QCOMPARE(trade.order, OptString("101810227"));
    QCOMPARE(trade.cost, OptDecimal(dec("54.065")));
    QCOMPARE(trade.fee->cost, OptDecimal(dec("0.08")));
    QCOMPARE(trade.fee->currency, OptString("EUR"));
}

void TestCoinmate::mapsErrors_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    QTest::newRow("order") << QStringLiteral("No order with given ID") << int(ErrorKind::OrderNotFound);
    QTest::newRow("funds") << QStringLiteral("Not enough account balance available")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("precision") << QStringLiteral("USDT_EUR - max allowed precision is 4 decimal places")
                               << int(ErrorKind::InvalidOrder);
    QTest::newRow("auth") << QStringLiteral("Access denied.") << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown") << QStringLiteral("Api internal error") << int(ErrorKind::ExchangeError);
}

void TestCoinmate::mapsErrors()
{
    QFETCH(QString, message);
    QFETCH(int, kind);
    // CoinMate answers errors with 200 and error:true.
    Fixture f(R"({"error":true,"errorMessage":")" + message.toStdString() + R"(","data":null})");
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QVERIFY(f.sent().body.ends_with("&orderId=123"));
}

QTEST_GUILESS_MAIN(TestCoinmate)
#include "TestCoinmate.moc"
