// SPDX-License-Identifier: GPL-3.0-or-later
// The foxbit adapter: its X-FB-ACCESS-SIGNATURE (checked against python3's hmac and ccxt's dry run at the same
// clock), order request shapes, the parsers on Foxbit's documented payloads, and {"error":{"code"}} answers.
#include "../common/AdapterFixture.h"
#include "foxbit/Foxbit.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(FOXBIT_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Foxbit>
{
    explicit Fixture(std::string body = R"({"data":[]})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestFoxbit : public QObject
{
    Q_OBJECT

private slots:
    void signsTheQueryUnescaped();
    void signsTheOrderBody();
    void refusesAStopWithoutTrigger();
    void parsesMarkets();
    void parsesATicker();
    void parsesAnOrderBook();
    void parsesTheBalance();
    void parsesAFilledOrder();
    void parsesDeposits();
    void mapsErrors_data();
    void mapsErrors();
};

void TestFoxbit::signsTheQueryUnescaped()
{
    // python3: hmac(b"secretsecret", b"1700000000000GET/rest/v3/ordersstate=ACTIVE&market_symbol=btcbrl", sha256)
    QCOMPARE(foxbitSignature("secretsecret", "1700000000000", "GET", "/rest/v3/orders",
                             "state=ACTIVE&market_symbol=btcbrl", ""),
             std::string("ee85ddf3b52b293a5bc7a1f89613417632c0ad818259a17f35f75e795059659f"));
    Fixture f;
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/BRL", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/orders?state=ACTIVE&market_symbol=btcbrl"));
    QCOMPARE(f.header("X-FB-ACCESS-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("X-FB-ACCESS-TIMESTAMP"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("X-FB-ACCESS-SIGNATURE"),
             std::optional<std::string>("ee85ddf3b52b293a5bc7a1f89613417632c0ad818259a17f35f75e795059659f"));
}

void TestFoxbit::signsTheOrderBody()
{
    // The same signature ccxt 4.5.84's dry run sends for createOrder BTC/BRL limit buy 0.001 300000
    // {"clientOrderId":"c1","timeInForce":"IOC"} at --time 1700000000000.
    Fixture f(R"({"id":1234567890,"sn":"OKMAKSDHRVVREK","client_order_id":"c1"})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "limit", "buy", dec("0.001"), dec("300000"),
                               jsonParams(R"({"clientOrderId":"c1","timeInForce":"IOC"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("1234567890"));
    QCOMPARE(r.value().clientOrderId, OptString("c1"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().body,
             std::string(R"({"market_symbol":"btcbrl","side":"BUY","type":"LIMIT",)"
                         R"("time_in_force":"IOC","quantity":"0.001","price":"300000",)"
                         R"("client_order_id":"c1"})"));
    QCOMPARE(f.header("X-FB-ACCESS-SIGNATURE"),
             std::optional<std::string>("f5d3dfa09dd0060f8c878a1afa641097147cdb5db47b1d0a799f39add1cdf3b1"));
}

void TestFoxbit::refusesAStopWithoutTrigger()
{
    Fixture f(R"({"id":1,"sn":"OKMAKSDHRVVREK"})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "stop_limit", "sell", dec("0.001"), dec("300000"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
    auto postOnly = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "limit", "sell", dec("0.001"), dec("300000"),
                               jsonParams(R"({"timeInForce":"PO"})"), cb);
    });
    QVERIFY(postOnly.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"market_symbol":"btcbrl","side":"SELL","type":"LIMIT","post_only":true,)"
                         R"("quantity":"0.001","price":"300000"})"));
}

void TestFoxbit::parsesMarkets()
{
    Fixture f(fixture("markets_response.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/markets"));
    QCOMPARE(r.value().size(), size_t(1));
    const Market& m = r.value()[0];
    QCOMPARE(m.id, std::string("btcbrl"));
    QCOMPARE(m.symbol, std::string("BTC/BRL"));
    QCOMPARE(m.precision.price, OptDecimal(dec("1")));
    QCOMPARE(m.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(m.limits.amount.min, OptDecimal(dec("0.00000165")));
    QCOMPARE(m.taker, OptDecimal(dec("0.005")));
    QCOMPARE(m.feeSide, OptString("get"));
}

void TestFoxbit::parsesATicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/BRL", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/markets/btcbrl/ticker/24hr"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/BRL"));
    QCOMPARE(t.timestamp, OptInt(1704067200000));
    QCOMPARE(t.last, OptDecimal(dec("358504.69")));
    QCOMPARE(t.bid, OptDecimal(dec("358504.69")));
    QCOMPARE(t.askVolume, OptDecimal(dec("0.001")));
    QCOMPARE(t.open, OptDecimal(dec("355000")));
    QCOMPARE(t.percentage, OptDecimal(dec("0.98")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("2700000")));
}

void TestFoxbit::parsesAnOrderBook()
{
    Fixture f(fixture("order_book.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/BRL", 50, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/markets/btcbrl/orderbook?depth=50"));
    QCOMPARE(r.value().timestamp, OptInt(1722559659402));
    QCOMPARE(r.value().asks[0].price, dec("358585"));
    QCOMPARE(r.value().bids[0].price, dec("358504"));
    QCOMPARE(r.value().bids[1].amount, dec("1.25"));
}

void TestFoxbit::parsesTheBalance()
{
    Fixture f(fixture("accounts.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/accounts"));
    const auto& brl = r.value().currencies.at("BRL");
    QCOMPARE(brl.free, OptDecimal(dec("900.5")));
    QCOMPARE(brl.used, OptDecimal(dec("100")));
    QCOMPARE(brl.total, OptDecimal(dec("1000.5")));
}

void TestFoxbit::parsesAFilledOrder()
{
    Fixture f(fixture("order_filled.json"));
    auto r =
        f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("5948042820", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.foxbit.com.br/rest/v3/orders/by-order-id/5948042820"));
    const Order& o = r.value();
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.side, OptString("buy"));
    // quantity is what is left: the size is executed + left.
    QCOMPARE(o.amount, OptDecimal(dec("0.002")));
    QCOMPARE(o.filled, OptDecimal(dec("0.002")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    QCOMPARE(o.cost, OptDecimal(dec("598")));
    QCOMPARE(o.average, OptDecimal(dec("299000")));
    // A buy pays its fee in the base currency.
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->currency, OptString("BTC"));
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.00001")));
}

void TestFoxbit::parsesDeposits()
{
    Fixture f(fixture("deposits.json"));
    auto r = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("BTC", 1714500000000LL, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.foxbit.com.br/rest/v3/deposits?page_size=5&start_time=2024-04-"
                         "30T18%3A00%3A00.000Z"));
    QCOMPARE(r.value().size(), size_t(1));
    const Transaction& t = r.value()[0];
    QCOMPARE(t.type, OptString("deposit"));
    QCOMPARE(t.status, OptString("ok"));
    QCOMPARE(t.currency, OptString("BTC"));
    QCOMPARE(t.txid, OptString("0xabc"));
    QCOMPARE(t.address, OptString("bc1qexampleaddress000"));
    QCOMPARE(t.amount, OptDecimal(dec("0.5")));
}

void TestFoxbit::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("signature") << QStringLiteral(
        R"({"error":{"message":"Invalid signature.","code":2002,"details":[]}})")
                               << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << QStringLiteral(
        R"({"error":{"message":"Insufficient funds.","code":4002,"details":["balance"]}})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("symbol") << QStringLiteral(R"({"error":{"message":"Invalid symbol.","code":4004}})")
                            << int(ErrorKind::BadSymbol);
    QTest::newRow("maintenance") << QStringLiteral(R"({"error":{"message":"Under maintenance.","code":5002}})")
                                 << int(ErrorKind::OnMaintenance);
    QTest::newRow("unknown") << QStringLiteral(R"({"error":{"message":"?","code":9999}})")
                             << int(ErrorKind::ExchangeError);
}

void TestFoxbit::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 400);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestFoxbit)
#include "TestFoxbit.moc"
