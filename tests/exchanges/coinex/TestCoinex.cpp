// SPDX-License-Identifier: GPL-3.0-or-later
// The coinex adapter: X-COINEX-SIGN against python3's hmac (docs.coinex.com/api/v2/authorization), order and
// cancel request shapes, the parsers on CoinEx v2 payloads, and its {"code":..,"message":..} errors.
#include "../common/AdapterFixture.h"
#include "coinex/Coinex.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(COINEX_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Coinex>
{
    explicit Fixture(std::string body = R"({"code":0,"data":[],"message":"OK"})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestCoinex : public QObject
{
    Q_OBJECT

private slots:
    void signsTheDocumentedPreparedString();
    void signsAPrivateGet();
    void sendsALimitOrder();
    void cancelsByClientIdAsATrigger();
    void parsesACreatedOrder();
    void parsesTicker();
    void parsesOwnTrades();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoinex::signsTheDocumentedPreparedString()
{
    // python3: hmac.new(b"secretsecret", b"GET/v2/spot/pending-order?market=BTCUSDT&market_type=SPOT1700000000000",
    //                   hashlib.sha256).hexdigest()
    QCOMPARE(coinexSignature("secretsecret", "GET", "spot/pending-order?market=BTCUSDT&market_type=SPOT", "",
                             "1700000000000"),
             std::string("a2eb6cd476f1d27aa67a5d58b3784a3e26f0231bfcdaab5ef3019d560ee7df4a"));
}

void TestCoinex::signsAPrivateGet()
{
    Fixture f;
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinex.com/v2/spot/pending-order?market=BTCUSDT&market_type=SPOT"));
    QCOMPARE(f.header("X-COINEX-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("X-COINEX-TIMESTAMP"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("X-COINEX-SIGN"),
             std::optional<std::string>("a2eb6cd476f1d27aa67a5d58b3784a3e26f0231bfcdaab5ef3019d560ee7df4a"));
}

void TestCoinex::sendsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LTC/USDT", "limit", "buy", dec("0.1"), dec("55"),
                               jsonParams(R"({"postOnly":true,"client_id":"c1"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinex.com/v2/spot/order"));
    // Keys sorted, as CoinEx signs the body byte for byte.
    QCOMPARE(f.sent().body,
             std::string(R"({"amount":"0.1","client_id":"c1","market":"LTCUSDT","market_type":"SPOT",)"
                         R"("price":"55","side":"buy","type":"maker_only"})"));
    QCOMPARE(*f.header("X-COINEX-SIGN"),
             coinexSignature("secretsecret", "POST", "spot/order", f.sent().body, "1700000000000"));
    // A market order cannot also be post-only.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LTC/USDT", "market", "sell", dec("0.1"), std::nullopt,
                               jsonParams(R"({"postOnly":true})"), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestCoinex::cancelsByClientIdAsATrigger()
{
    Fixture f(
        R"({"code":0,"data":[{"code":0,"data":{"stop_id":1,"market":"BTCUSDT"},"message":"OK"}],"message":"OK"})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.cancelOrder("", "BTC/USDT", jsonParams(R"({"clientOrderId":"client01","trigger":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinex.com/v2/spot/cancel-stop-order-by-client-id"));
    QCOMPARE(f.sent().body, std::string(R"({"client_id":"client01","market":"BTCUSDT","market_type":"SPOT"})"));
    QCOMPARE(r.value().id, OptString("1"));
    // By id the order id goes as a number.
    auto byId = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.cancelOrder("117401168172", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(byId.ok());
    QCOMPARE(f.sent().body, std::string(R"({"market":"BTCUSDT","market_type":"SPOT","order_id":117401168172})"));
}

void TestCoinex::parsesACreatedOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("117178743547", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinex.com/v2/spot/order-status?market=BTCUSDT&order_id=117178743547"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("117178743547"));
    QCOMPARE(o.clientOrderId, OptString("x-167673045-a0a3c6461459a801"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.price, OptDecimal(dec("61000")));
    QCOMPARE(o.amount, OptDecimal(dec("0.0001")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.0001")));
    QCOMPARE(o.timestamp, OptInt(1714114386250));
}

void TestCoinex::parsesTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinex.com/v2/spot/ticker?market=BTCUSDT"));
    QCOMPARE(r.value().last, OptDecimal(dec("64089.69")));
    QCOMPARE(r.value().open, OptDecimal(dec("63560.5")));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("409.48722898")));
    QCOMPARE(r.value().quoteVolume, OptDecimal(dec("26071834.42540536")));
    QCOMPARE(r.value().change, OptDecimal(dec("529.19")));
}

void TestCoinex::parsesOwnTrades()
{
    Fixture f(fixture("mytrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, 1, jsonParams(R"({"marginMode":"isolated"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinex.com/v2/spot/user-deals?limit=1&market=BTCUSDT&market_type=MARGIN"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("4161200602"));
    QCOMPARE(t.order, OptString("117654919342"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.cost, OptDecimal(dec("5.7963977148")));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0116")));
    QCOMPARE(t.fee->currency, OptString("USDT"));
}

void TestCoinex::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"code":3109,"data":{},"message":"balance not enough"})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"code":3600,"data":{},"message":"Order not found"})")
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("sign") << QStringLiteral(R"({"code":4006,"data":{},"message":"Signature verification failed"})")
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("ip") << QStringLiteral(R"({"code":23,"data":{},"message":"ip not allow visit"})")
                        << int(ErrorKind::PermissionDenied);
    QTest::newRow("unknown") << QStringLiteral(R"({"code":9,"data":{},"message":"?"})")
                             << int(ErrorKind::ExchangeError);
}

void TestCoinex::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString());
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestCoinex)
#include "TestCoinex.moc"
