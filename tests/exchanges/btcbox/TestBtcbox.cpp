// SPDX-License-Identifier: GPL-3.0-or-later
// The btcbox adapter (no conformance folder: replayed from BTCBOX's documented answers): its form signed with
// HMAC-SHA256 under the secret's MD5 (vector computed with python3's hmac and hashlib), the coin parameter, the
// parsers (order times in Tokyo time), and {"result":false,"code":..} errors.
#include "../common/AdapterFixture.h"
#include "btcbox/Btcbox.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BTCBOX_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Btcbox>
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

class TestBtcbox : public QObject
{
    Q_OBJECT

private slots:
    void signsALimitOrder();
    void refusesMarketOrders();
    void readsMarketsFromTheTickers();
    void parsesATickerOfAnotherCoin();
    void parsesTickers();
    void parsesTheDepth();
    void parsesTrades();
    void parsesTheBalance();
    void parsesAnOrderInTokyoTime();
    void parsesOpenOrders();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBtcbox::signsALimitOrder()
{
    Fixture f(fixture("trade_add.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "buy", dec("0.01"), dec("5000000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("11"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/trade_add"));
    // python3: k = hashlib.md5(b"secretsecret").hexdigest().encode();
    //          hmac.new(k, b"key=key&nonce=1700000000000&amount=0.01&price=5000000&type=buy&coin=btc",
    //                   hashlib.sha256).hexdigest()
    QCOMPARE(f.sent().body,
             std::string("key=key&nonce=1700000000000&amount=0.01&price=5000000&type=buy&coin=btc&"
                         "signature=255fdb82568131fd1b7de3eaf64af7c8442ea43bd81e900ab888850cf2e00b25"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
}

void TestBtcbox::refusesMarketOrders()
{
    Fixture f(fixture("trade_add.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "buy", dec("0.01"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
}

void TestBtcbox::readsMarketsFromTheTickers()
{
    Fixture f(fixture("tickers.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/tickers"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].id, std::string("btc"));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/JPY"));
    QCOMPARE(r.value()[0].taker, OptDecimal(dec("0.0005")));
    QCOMPARE(r.value()[1].symbol, std::string("ETH/JPY"));
    QCOMPARE(r.value()[1].quoteId, std::string("jpy"));
    QCOMPARE(r.value()[1].maker, OptDecimal(dec("0.001")));
}

void TestBtcbox::parsesATickerOfAnotherCoin()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("ETH/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/ticker?coin=eth"));
    QCOMPARE(r.value().symbol, std::string("ETH/JPY"));
    QCOMPARE(r.value().bid, OptDecimal(dec("305000")));
    QCOMPARE(r.value().ask, OptDecimal(dec("305500")));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("912.3")));
    QCOMPARE(r.value().quoteVolume, OptDecimal(dec("278294180")));
}

void TestBtcbox::parsesTickers()
{
    Fixture f(fixture("tickers.json"));
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"BTC/JPY"}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/JPY"));
    QCOMPARE(r.value()[0].last, OptDecimal(dec("5022000")));
}

void TestBtcbox::parsesTheDepth()
{
    Fixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/JPY", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/depth?coin=btc"));
    // Sorted best first, whatever order the exchange wrote.
    QCOMPARE(r.value().asks[0].price, dec("5023500"));
    QCOMPARE(r.value().asks[0].amount, dec("0.0314"));
    QCOMPARE(r.value().bids[0].price, dec("5020000"));
}

void TestBtcbox::parsesTrades()
{
    Fixture f(fixture("orders.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/orders?coin=btc"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].id, OptString("100"));
    QCOMPARE(r.value()[0].timestamp, OptInt(1700000000000));
    QCOMPARE(r.value()[0].side, OptString("sell"));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("50220")));
}

void TestBtcbox::parsesTheBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.btcbox.co.jp/api/v1/balance"));
    const auto& jpy = r.value().currencies.at("JPY");
    QCOMPARE(jpy.free, OptDecimal(dec("2344581.519")));
    QCOMPARE(jpy.used, OptDecimal(dec("868862.481")));
    QCOMPARE(jpy.total, OptDecimal(dec("3213444")));
    QCOMPARE(r.value().currencies.at("LTC").used, OptDecimal(dec("2.4")));
    QCOMPARE(r.value().currencies.count("UID"), size_t(0));
}

void TestBtcbox::parsesAnOrderInTokyoTime()
{
    Fixture f(fixture("trade_view.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("11", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    // No symbol: BTC/JPY.
    QVERIFY(f.sent().body.starts_with("key=key&nonce=1700000000000&id=11&coin=btc&signature="));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("11"));
    QCOMPARE(o.symbol, std::string("BTC/JPY"));
    // 10:47:20 in Tokyo is 01:47:20 UTC.
    QCOMPARE(o.timestamp, OptInt(1413856040000));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.amount, OptDecimal(dec("1.2")));
}

void TestBtcbox::parsesOpenOrders()
{
    Fixture f(fixture("trade_list.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("ETH/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.starts_with("key=key&nonce=1700000000000&type=open&coin=eth&signature="));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].id, OptString("6"));
    QCOMPARE(r.value()[0].status, OptString("open"));
    QCOMPARE(r.value()[0].filled, OptDecimal(dec("0.05")));
    QCOMPARE(r.value()[1].symbol, std::string("ETH/JPY"));
}

void TestBtcbox::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"result":false,"code":"200"})") << int(ErrorKind::InsufficientFunds);
    QTest::newRow("auth") << QStringLiteral(R"({"result":false,"code":"104"})") << int(ErrorKind::AuthenticationError);
    QTest::newRow("order") << QStringLiteral(R"({"result":false,"code":"401"})") << int(ErrorKind::OrderNotFound);
    QTest::newRow("other") << QStringLiteral(R"({"result":false,"code":"999"})") << int(ErrorKind::ExchangeError);
}

void TestBtcbox::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBtcbox)
#include "TestBtcbox.moc"
