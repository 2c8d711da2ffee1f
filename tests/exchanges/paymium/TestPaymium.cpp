// SPDX-License-Identifier: GPL-3.0-or-later
// The paymium adapter: Api-Signature against python3's hmac (github.com/Paymium/api-documentation), the order
// request, the parsers on the documented payloads (ticker, depth, trades, user balances, orders, addresses), and
// its {"errors":[..]} answers.
#include "../common/AdapterFixture.h"
#include "paymium/Paymium.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(PAYMIUM_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Paymium>
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

class TestPaymium : public QObject
{
    Q_OBJECT

private slots:
    void signsAPrivateGet();
    void sendsALimitOrder();
    void parsesTickerBookAndTrades();
    void parsesBalance();
    void parsesOrder();
    void findsTheDepositAddress();
    void mapsErrors_data();
    void mapsErrors();
};

void TestPaymium::signsAPrivateGet()
{
    // python3: hmac.new(b"secretsecret", b"1700000000https://paymium.com/api/v1/user", hashlib.sha256).hexdigest()
    const std::string expected = "9be89c14d74a8e012db8965cc98eb3ac4adee43933e98232f5f703e7391d5081";
    QCOMPARE(paymiumSignature("secretsecret", "1700000000", "https://paymium.com/api/v1/user", ""), expected);
    Fixture f(fixture("user.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/user"));
    QCOMPARE(f.header("Api-Key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("Api-Nonce"), std::optional<std::string>("1700000000"));
    QCOMPARE(f.header("Api-Signature"), std::optional<std::string>(expected));
}

void TestPaymium::sendsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "limit", "buy", dec("0.500000001"), dec("30000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/user/orders"));
    QCOMPARE(f.sent().body,
             std::string(R"({"type":"LimitOrder","currency":"eur","direction":"buy","amount":0.5,"price":30000})"));
    // python3: hmac.new(b"secretsecret", b"1700000000https://paymium.com/api/v1/user/orders" + body,
    //                   hashlib.sha256).hexdigest()
    QCOMPARE(f.header("Api-Signature"),
             std::optional<std::string>("838a33d69cd51f8c312a3e0e8479e38a69273fc6f225261722e521f7a2d80502"));
    QCOMPARE(r.value().id, OptString("968f4580-e26c-4ad8-8bcd-874d23d55296"));
    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "stop", "buy", dec("0.5"), dec("30000"), JsonValue::object(), cb);
    });
    QVERIFY(!stop.ok());
    QCOMPARE(stop.error().kind(), ErrorKind::InvalidOrder);
    auto cancel = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.cancelOrder("968f4580", "BTC/EUR", JsonValue::object(), cb); });
    QVERIFY(cancel.ok());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/user/orders/968f4580/cancel"));
}

void TestPaymium::parsesTickerBookAndTrades()
{
    Fixture f(fixture("ticker.json"));
    auto t = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/EUR", JsonValue::object(), cb); });
    QVERIFY(t.ok());
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/data/eur/ticker"));
    QCOMPARE(t.value().last, OptDecimal(dec("37050")));
    QCOMPARE(t.value().timestamp, OptInt(1700000000000));
    QCOMPARE(t.value().percentage, OptDecimal(dec("1.5068")));
    QCOMPARE(t.value().quoteVolume, OptDecimal(dec("462631.25")));

    Fixture g(fixture("depth.json"));
    auto b = g.run<OrderBook>(
        [&](Callback<OrderBook> cb) { g.exchange.fetchOrderBook("BTC/EUR", 1, JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(g.sent().url, std::string("https://paymium.com/api/v1/data/eur/depth"));
    QCOMPARE(b.value().bids.size(), size_t(1));
    QCOMPARE(b.value().bids[0].price, dec("37000"));
    QCOMPARE(b.value().asks[0].amount, dec("0.5"));

    Fixture h(fixture("trades.json"));
    auto trades = h.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        h.exchange.fetchTrades("BTC/EUR", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    QCOMPARE(trades.value().size(), size_t(1));
    QCOMPARE(trades.value()[0].amount, OptDecimal(dec("0.01")));
    QCOMPARE(trades.value()[0].cost, OptDecimal(dec("370.5")));
    QCOMPARE(trades.value()[0].timestamp, OptInt(1700000000000));
}

void TestPaymium::parsesBalance()
{
    Fixture f(fixture("user.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().currencies.size(), size_t(2));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("1.6")));
    QCOMPARE(r.value().currencies.at("EUR").free, OptDecimal(dec("2500")));
    QCOMPARE(r.value().currencies.at("EUR").used, OptDecimal(dec("100")));
}

void TestPaymium::parsesOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("968f4580", "BTC/EUR", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/user/orders/968f4580"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/EUR"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.filled, OptDecimal(dec("0.1")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.4")));
    QCOMPARE(o.average, OptDecimal(dec("30000")));
    QCOMPARE(o.timestamp, OptInt(1700000000000));
}

void TestPaymium::findsTheDepositAddress()
{
    Fixture f(fixture("addresses.json"));
    auto r = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://paymium.com/api/v1/user/addresses"));
    QCOMPARE(r.value().address, OptString("1HdjGr6WCTcnmW1tNNsHX7fh4Jr5C2PeKe"));
    auto eur = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("EUR", JsonValue::object(), cb); });
    QVERIFY(!eur.ok());
    QCOMPARE(eur.error().kind(), ErrorKind::InvalidAddress);
}

void TestPaymium::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    // Paymium's documented example of an error.
    const char* funds =
        R"x({"errors":["Operations account operations amount is greater than your available balance (1781.96 EUR)"]})x";
    QTest::newRow("funds") << QString::fromUtf8(funds) << 422 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("other") << QStringLiteral(R"({"errors":["Price must be greater than 0"]})") << 422
                           << int(ErrorKind::ExchangeError);
    QTest::newRow("key") << QStringLiteral(R"({"message":"unauthorized"})") << 401
                         << int(ErrorKind::AuthenticationError);
}

void TestPaymium::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/EUR", "limit", "sell", dec("0.1"), dec("40000"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestPaymium)
#include "TestPaymium.moc"
