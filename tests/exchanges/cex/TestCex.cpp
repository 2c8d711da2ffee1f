// SPDX-License-Identifier: GPL-3.0-or-later
// The cex adapter (CEX.IO Spot, no conformance corpus): replay tests from the API documentation's examples (as the
// reference implementation quotes them) through the parsers, a signed order checked against a signature derived by
// hand from the documented scheme with python3's hmac, and the error shapes mapped to typed errors.
#include "../common/AdapterFixture.h"
#include "cex/Cex.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(CEX_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Cex>
{
    explicit Fixture(std::string body = R"({"ok":"ok","data":{}})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestCex : public QObject
{
    Q_OBJECT

private slots:
    void signsAnOrderAsDocumented();
    void parsesMarkets();
    void parsesTheTicker();
    void parsesTheOrderBook();
    void parsesTheBalance();
    void parsesACreatedOrder();
    void needsASubAccountToTrade();
    void splitsFundingHistory();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCex::signsAnOrderAsDocumented()
{
    // trade.cex.io/docs, "Authentication": signature = base64(HMAC-SHA256(secret, action + timestamp + body)).
    // python3: base64.b64encode(hmac.new(b"secretsecret",
    //     b"get_my_wallet_balance1700000000{}", hashlib.sha256).digest())
    QCOMPARE(cexSignature("get_my_wallet_balance", "1700000000", "{}", "secretsecret"),
             std::string("2W01ojxeoEDhtEKQ9uUHOJsma3sjg2AFTEsTdVDV8oA="));
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "buy", dec("0.01"), dec("60000.5"),
                               jsonParams(R"({"accountId":"sub1","clientOrderId":"cid-1"})"), cb);
    });
    QVERIFY(r.ok());
    const std::string body = R"({"clientOrderId":"cid-1","currency1":"BTC","currency2":"USD","accountId":"sub1",)"
                             R"("orderType":"Limit","side":"BUY","timestamp":1700000000000,"amountCcy1":"0.01",)"
                             R"("price":"60000.5","timeInForce":"GTC"})";
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://trade.cex.io/api/spot/rest/do_my_new_order"));
    QCOMPARE(f.sent().body, body);
    QCOMPARE(f.header("X-AGGR-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("X-AGGR-TIMESTAMP"), std::optional<std::string>("1700000000"));
    // python3: base64.b64encode(hmac.new(b"secretsecret", b"do_my_new_order1700000000" + body, sha256).digest())
    QCOMPARE(f.header("X-AGGR-SIGNATURE"), std::optional<std::string>("PxpbKB0h9vqTQVGCo1Y2NYFmwyYxo5zwLZ94UhrLkJI="));
}

void TestCex::parsesMarkets()
{
    Fixture f(fixture("pairs.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://trade.cex.io/api/spot/rest-public/get_pairs_info"));
    QCOMPARE(f.sent().body, std::string("{}"));
    QVERIFY(!f.header("X-AGGR-SIGNATURE"));
    QCOMPARE(r.value().size(), size_t(1));
    const Market& m = r.value()[0];
    QCOMPARE(m.id, std::string("AI-USD"));
    QCOMPARE(m.symbol, std::string("AI/USD"));
    QCOMPARE(m.precision.amount, OptDecimal(dec("0.000001")));
    QCOMPARE(m.precision.price, OptDecimal(dec("0.0001")));
    QCOMPARE(m.precision.quote, OptDecimal(dec("0.00000001")));
    QCOMPARE(m.limits.amount.min, OptDecimal(dec("30")));
    QCOMPARE(m.limits.cost.min, OptDecimal(dec("10")));
    QCOMPARE(m.limits.price.max, OptDecimal(dec("19.5")));
}

void TestCex::parsesTheTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://trade.cex.io/api/spot/rest-public/get_ticker"));
    QCOMPARE(f.sent().body, std::string(R"({"pairs":["BTC-USD"]})"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.bid, OptDecimal(dec("60694.1")));
    QCOMPARE(t.ask, OptDecimal(dec("60700.5")));
    QCOMPARE(t.last, OptDecimal(dec("60697.3")));
    QCOMPARE(t.change, OptDecimal(dec("38.2")));
    QCOMPARE(t.percentage, OptDecimal(dec("0.97")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("120.736")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("7331234.5")));
}

void TestCex::parsesTheOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USD", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string(R"({"pair":"BTC-USD"})"));
    QCOMPARE(r.value().timestamp, OptInt(1728636922648));
    QCOMPARE(r.value().bids[0].amount, dec("13.12849761"));
    QCOMPARE(r.value().bids[1].price, dec("60694"));
    QCOMPARE(r.value().asks[1].amount, dec("2"));
}

void TestCex::parsesTheBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://trade.cex.io/api/spot/rest/get_my_wallet_balance"));
    QCOMPARE(f.header("X-AGGR-SIGNATURE"), std::optional<std::string>("2W01ojxeoEDhtEKQ9uUHOJsma3sjg2AFTEsTdVDV8oA="));
    QCOMPARE(r.value().currencies.at("AI").total, OptDecimal(dec("25.606429")));
    QCOMPARE(r.value().currencies.at("USDT").used, OptDecimal(dec("2.5")));
    QCOMPARE(r.value().currencies.at("USDT").free, OptDecimal(dec("5.435449")));
}

void TestCex::parsesACreatedOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "market", "buy", dec("0"), std::nullopt,
                               jsonParams(R"({"accountId":"sub1","cost":15.1})"), cb);
    });
    QVERIFY(r.ok());
    // A market buy by cost spends amountCcy2.
    QVERIFY(f.sent().body.find(R"("orderType":"Market","side":"BUY","timestamp":1700000000000,"amountCcy2":"15.1"})")
            != std::string::npos);
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("1318485"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.type, OptString("market"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.filled, OptDecimal(dec("0.23")));
    QCOMPARE(o.cost, OptDecimal(dec("15.0903")));
    QCOMPARE(o.average, OptDecimal(dec("65.61")));
    QCOMPARE(o.timestamp, OptInt(1729004891628));
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.03772575")));
    QCOMPARE(o.fee->currency, OptString("USD"));

    // A refusal comes as a 200 with a reject reason.
    Fixture g(fixture("rejected.json"));
    auto refused = g.run<Order>([&](Callback<Order> cb) {
        g.exchange.createOrder("BTC/USD", "market", "buy", dec("1"), std::nullopt,
                               jsonParams(R"({"accountId":"sub1"})"), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InsufficientFunds);
}

void TestCex::needsASubAccountToTrade()
{
    Fixture f;
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "buy", dec("1"), dec("1"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::ArgumentsRequired);
    QCOMPARE(f.transport.requests().size(), size_t(0));
}

void TestCex::splitsFundingHistory()
{
    Fixture f(fixture("funding.json"));
    auto w = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("", 1728000000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(w.ok());
    QCOMPARE(f.sent().body, std::string(R"({"dateFrom":1728000000000,"pageSize":10})"));
    QCOMPARE(w.value().size(), size_t(1));
    QCOMPARE(w.value()[0].id, OptString("30367718"));
    QCOMPARE(w.value()[0].currency, OptString("USDT"));
    QCOMPARE(w.value()[0].status, OptString("ok"));
    QCOMPARE(w.value()[0].fee->cost, OptDecimal(dec("0.5")));
    QCOMPARE(w.value()[0].timestamp, OptInt(1728914930013));
    auto d = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("BTC", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(d.ok());
    QCOMPARE(d.value().size(), size_t(1));
    QCOMPARE(d.value()[0].status, OptString("pending"));
}

void TestCex::mapsErrors_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("kind");
    QTest::newRow("key") << QStringLiteral("key not passed or incorrect") << int(ErrorKind::AuthenticationError);
    QTest::newRow("rate") << QStringLiteral("API rate limit reached") << int(ErrorKind::RateLimitExceeded);
    QTest::newRow("funds") << QStringLiteral("Insufficient funds") << int(ErrorKind::InsufficientFunds);
    QTest::newRow("unknown") << QStringLiteral("Something else") << int(ErrorKind::ExchangeError);
}

void TestCex::mapsErrors()
{
    QFETCH(QString, error);
    QFETCH(int, kind);
    Fixture f(R"({"error":")" + error.toStdString() + R"("})");
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QCOMPARE(f.sent().body,
             std::string(R"({"orderId":123,"cancelRequestId":"c_1700000000000","timestamp":1700000000000})"));
}

QTEST_GUILESS_MAIN(TestCex)
#include "TestCex.moc"
