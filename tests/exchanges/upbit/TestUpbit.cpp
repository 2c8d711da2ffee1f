// SPDX-License-Identifier: GPL-3.0-or-later
// The upbit adapter: the JWT it signs (checked against python3's hmac/hashlib), order request shapes, the parsers
// on Upbit's documented payloads (times with a +09:00 offset), and its {"error":{"name","message"}} answers.
#include "../common/AdapterFixture.h"
#include "upbit/Upbit.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(UPBIT_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Upbit>
{
    explicit Fixture(std::string body = "[]", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestUpbit : public QObject
{
    Q_OBJECT

private slots:
    void signsAJwtWithTheQueryHash();
    void sendsALimitOrderAsSignedJson();
    void buysAtMarketByCost();
    void parsesTickers();
    void parsesAnOrderWithTrades();
    void parsesCandlesOldestFirst();
    void mapsErrors_data();
    void mapsErrors();
};

void TestUpbit::signsAJwtWithTheQueryHash()
{
    // python3: q = "market=KRW-BTC&side=bid&ord_type=limit&price=50000000&volume=0.001";
    // payload = {"access_key":"key","nonce":N,"query_hash":sha512(q).hexdigest(),"query_hash_alg":"SHA512"};
    // b64url(header) + "." + b64url(payload) + "." + b64url(hmac(b"secretsecret", that, sha256))
    JsonValue q = JsonValue::object();
    q.set("market", "KRW-BTC");
    q.set("side", "bid");
    q.set("ord_type", "limit");
    q.set("price", "50000000");
    q.set("volume", "0.001");
    QCOMPARE(upbitAuthorization("key", "secretsecret", "00000000-0000-4000-8000-000000000000", q),
             std::string("Bearer "
                         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                         "eyJhY2Nlc3Nfa2V5Ijoia2V5Iiwibm9uY2UiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJx"
                         "dWVyeV9oYXNoIjoiZTljM2QxNjA4NDQ1ZTA0ZTE2MzNmZTJjMGFhMjQ0ZjhiMTM3MzA3MzAwZDJlODU5ZWJiNjZkMGJk"
                         "M2EyNGZkNTRmNzA0ODhhZDA4YWRhYjNiZDQ2YTc4YzQzMWM2NjBlNTY2MzI4YzIwMGM3OTFiNDBjMGE0NGZiMTI3Njgw"
                         "ZGQiLCJxdWVyeV9oYXNoX2FsZyI6IlNIQTUxMiJ9.BqS22D4gGLl2JuexURXV_EfRV1pXOmdeDc4Grh5fiyQ"));
    // Without parameters there is no hash at all.
    std::string bare = upbitAuthorization("key", "secretsecret", "n", JsonValue::object());
    QVERIFY(bare.starts_with("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."));
    QVERIFY(bare.find("cXVlcnlfaGFzaC") == std::string::npos);
}

void TestUpbit::sendsALimitOrderAsSignedJson()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("XRP/SGD", "limit", "sell", dec("10"), dec("1.5"),
                               jsonParams(R"({"timeInForce":"FOK"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.upbit.com/v1/orders"));
    QCOMPARE(f.sent().body,
             std::string(R"({"market":"SGD-XRP","side":"ask","ord_type":"limit","price":"1.5","volume":"10",)"
                         R"("time_in_force":"fok"})"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/json"));
    QVERIFY(f.header("Authorization")->starts_with("Bearer "));
}

void TestUpbit::buysAtMarketByCost()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("0"), std::nullopt, jsonParams(R"({"cost":5})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string(R"({"market":"USDT-BTC","side":"bid","ord_type":"price","price":"5"})"));
    // Without a cost or a price the amount to spend is unknown.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestUpbit::parsesTickers()
{
    Fixture f(fixture("tickers.json"));
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"BTC/KRW"}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.upbit.com/v1/ticker?markets=KRW-BTC"));
    QCOMPARE(r.value().size(), size_t(1));
    const Ticker& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("BTC/KRW"));
    QCOMPARE(t.timestamp, OptInt(1524047020000));
    QCOMPARE(t.last, OptDecimal(dec("8621000")));
    QCOMPARE(t.open, OptDecimal(dec("8450000")));
    QCOMPARE(t.change, OptDecimal(dec("171000")));
    QCOMPARE(t.percentage, OptDecimal(dec("2.02366864")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("27181.31137002")));
}

void TestUpbit::parsesAnOrderWithTrades()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("a08f09b1", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.upbit.com/v1/order?uuid=a08f09b1"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("a08f09b1-1718-42e2-9358-f0e5e083d3ee"));
    QCOMPARE(o.symbol, std::string("BTC/KRW"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("closed"));
    // 2018-04-05T14:09:14+09:00 is 05:09:14 UTC.
    QCOMPARE(o.timestamp, OptInt(1522904954000));
    QCOMPARE(o.trades.size(), size_t(2));
    QCOMPARE(o.cost, OptDecimal(dec("101000")));
    QCOMPARE(o.average, OptDecimal(dec("101000")));
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("151.5")));
    QCOMPARE(o.fee->currency, OptString("KRW"));
}

void TestUpbit::parsesCandlesOldestFirst()
{
    Fixture f(fixture("candles.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/KRW", "1m", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.upbit.com/v1/candles/minutes/1?market=KRW-BTC&count=200"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1524046500000LL);
    QCOMPARE(r.value()[1].close, OptDecimal(dec("8616000")));
    QCOMPARE(r.value()[1].volume, OptDecimal(dec("6.96780929")));
}

void TestUpbit::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"error":{"name":"insufficient_funds_bid","message":"not enough"}})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"error":{"name":"order_not_found","message":"no such order"}})")
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("key") << QStringLiteral(R"({"error":{"name":"invalid_access_key","message":"bad key"}})")
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("expired") << QStringLiteral(
        R"({"error":{"name":"expired_access_key","message":"This key has expired."}})")
                             << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown") << QStringLiteral(R"({"error":{"name":"something_else","message":"?"}})")
                             << int(ErrorKind::ExchangeError);
}

void TestUpbit::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 400);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestUpbit)
#include "TestUpbit.moc"
