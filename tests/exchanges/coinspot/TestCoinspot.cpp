// SPDX-License-Identifier: GPL-3.0-or-later
// The coinspot adapter, written from CoinSpot's API documentation and ccxt's implementation (the corpus has no
// coinspot cases): the HMAC-SHA512 over the whole JSON body (checked against python3's hmac), the request shapes,
// the parsers on documented payloads, and the {"status":"error"} refusals.
#include "../common/AdapterFixture.h"
#include "coinspot/Coinspot.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(COINSPOT_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Coinspot>
{
    explicit Fixture(std::string body = R"({"status":"ok"})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestCoinspot : public QObject
{
    Q_OBJECT

private slots:
    void signsTheBody();
    void sendsALimitBuyAsSignedJson();
    void refusesMarketOrders();
    void cancelsBySide();
    void listsTheFixedMarkets();
    void parsesTickers();
    void parsesTheOrderBook();
    void parsesPublicTrades();
    void parsesTheBalance();
    void parsesMyTrades();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoinspot::signsTheBody()
{
    // python3: hmac.new(b"secretsecret", b'{"nonce":1700000000}', hashlib.sha512).hexdigest()
    QCOMPARE(
        coinspotSignature("secretsecret", R"({"nonce":1700000000})"),
        std::string("c84e1dc0d9e7b7209fcdc8c8f70b4e3b31fefcdbda666ed68b45e325ccc768ab1b17bb717d5e679e3fa0551a8f60a2e"
                    "3c5cd3f6d12c9baffa26cabd280cfce8f"));
}

void TestCoinspot::sendsALimitBuyAsSignedJson()
{
    Fixture f(R"({"status":"ok","id":"5f0b2a1c","coin":"BTC","market":"BTC/AUD","amount":0.5,"rate":50000.5})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "limit", "buy", dec("0.5"), dec("50000.5"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/my/buy"));
    QCOMPARE(f.sent().body, std::string(R"({"nonce":1700000000,"cointype":"btc","amount":0.5,"rate":50000.5})"));
    QCOMPARE(f.header("key"), std::optional<std::string>("key"));
    // python3: hmac.new(b"secretsecret", <that body>, hashlib.sha512).hexdigest()
    QCOMPARE(f.header("sign"),
             std::optional<std::string>("4e4f12eee06183fb7ab942aaccd7f129f1cb91f4e3c0507fa1592733087075fb50115e0569a54d"
                                        "160667ef05dfc86e9e3aa53e3ef55c8a9945f179244ef23754"));
    QCOMPARE(r.value().id, OptString("5f0b2a1c"));
    QCOMPARE(r.value().symbol, std::string("BTC/AUD"));
}

void TestCoinspot::refusesMarketOrders()
{
    Fixture f;
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "market", "buy", dec("0.5"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
}

void TestCoinspot::cancelsBySide()
{
    Fixture f;
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.cancelOrder("5f0b2a1c", "BTC/AUD", jsonParams(R"({"side":"sell"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/my/sell/cancel"));
    QCOMPARE(f.sent().body, std::string(R"({"nonce":1700000000,"id":"5f0b2a1c"})"));
    auto missing = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.cancelOrder("5f0b2a1c", "BTC/AUD", JsonValue::object(), cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestCoinspot::listsTheFixedMarkets()
{
    Fixture f;
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.transport.requests().empty());
    QVERIFY(r.value().size() >= 10);
    QCOMPARE(r.value()[0].id, std::string("btc"));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/AUD"));
    for (const auto& m : r.value()) {
        QCOMPARE(m.quote, std::string("AUD"));
    }
}

void TestCoinspot::parsesTickers()
{
    Fixture f(fixture("latest.json"));
    auto one = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("LTC/AUD", JsonValue::object(), cb); });
    QVERIFY(one.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/pubapi/latest"));
    QCOMPARE(one.value().symbol, std::string("LTC/AUD"));
    QCOMPARE(one.value().bid, OptDecimal(dec("79.39192993")));
    QCOMPARE(one.value().last, OptDecimal(dec("87.95")));
    auto all = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    // The coin no market trades is left out.
    QCOMPARE(all.value().size(), size_t(2));
    QCOMPARE(all.value()[0].symbol, std::string("BTC/AUD"));
    QCOMPARE(all.value()[0].ask, OptDecimal(dec("53268.0699976")));
}

void TestCoinspot::parsesTheOrderBook()
{
    Fixture f(fixture("orders.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/AUD", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/orders"));
    QCOMPARE(f.sent().body, std::string(R"({"nonce":1700000000,"cointype":"btc"})"));
    const OrderBook& b = r.value();
    QCOMPARE(b.bids.front().price, dec("52000.5"));
    QCOMPARE(b.bids.front().amount, dec("0.25"));
    QCOMPARE(b.asks.front().price, dec("53000"));
    QCOMPARE(b.asks.back().amount, dec("0.1"));
}

void TestCoinspot::parsesPublicTrades()
{
    Fixture f(R"({"status":"ok","orders":[{"amount":0.00102091,"rate":21549.09999991,"total":21.99969168,"coin":"BTC",)"
              R"("solddate":1604890646143,"market":"BTC/AUD"},{"amount":0.5,"rate":21500,"total":10750,"coin":"BTC",)"
              R"("solddate":1604890600000,"market":"BTC/AUD"}]})");
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/AUD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/orders/history"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, OptInt(1604890600000));
    QCOMPARE(r.value()[0].price, OptDecimal(dec("21500")));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("21.99969168")));
    QCOMPARE(r.value()[1].symbol, std::string("BTC/AUD"));
}

void TestCoinspot::parsesTheBalance()
{
    Fixture f(fixture("balances.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/my/balances"));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("0.1")));
    QCOMPARE(r.value().currencies.at("AUD").total, OptDecimal(dec("120.55")));
}

void TestCoinspot::parsesMyTrades()
{
    Fixture f(fixture("transactions.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("", 1640995200000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.coinspot.com.au/api/ro/my/transactions"));
    QCOMPARE(f.sent().body, std::string(R"({"nonce":1700000000,"startdate":"2022-01-01"})"));
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first: the April sell, then the October buy.
    const Trade& sell = r.value()[0];
    QCOMPARE(sell.symbol, std::string("BTC/AUD"));
    QCOMPARE(sell.side, OptString("sell"));
    QCOMPARE(sell.price, OptDecimal(dec("50000")));
    QCOMPARE(sell.fee->cost, OptDecimal(dec("0.495")));
    const Trade& buy = r.value()[1];
    QCOMPARE(buy.side, OptString("buy"));
    QCOMPARE(buy.price, OptDecimal(dec("400")));
    QCOMPARE(buy.cost, OptDecimal(dec("200")));
    QCOMPARE(buy.fee->currency, OptString("AUD"));
    QCOMPARE(buy.timestamp, OptInt(1666259804502));
}

void TestCoinspot::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("nonce") << QStringLiteral(R"({"status":"error","message":"Invalid nonce"})")
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("funds") << QStringLiteral(R"({"status":"error","message":"Insufficient funds"})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("other") << QStringLiteral(R"({"status":"error","message":"Invalid amount"})")
                           << int(ErrorKind::ExchangeError);
}

void TestCoinspot::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString());
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestCoinspot)
#include "TestCoinspot.moc"
