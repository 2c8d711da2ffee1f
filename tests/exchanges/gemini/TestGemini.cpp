// SPDX-License-Identifier: GPL-3.0-or-later
// The gemini adapter: X-GEMINI-PAYLOAD and X-GEMINI-SIGNATURE against python3's base64/hmac, the order request,
// the sandbox hosts, the parsers on Gemini's documented payloads, and its {"result":"error"} answers.
#include "../common/AdapterFixture.h"
#include "gemini/Gemini.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(GEMINI_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Gemini>
{
    explicit Fixture(std::string body = "[]", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status, "account-key")
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestGemini : public QObject
{
    Q_OBJECT

private slots:
    void signsThePayload();
    void sendsALimitOrder();
    void refusesMarketOrdersAndMasterKeys();
    void usesTheSandbox();
    void parsesAnOrder();
    void derivesTheOpenFromThePriceFeed();
    void parsesOwnTrades();
    void mapsErrors_data();
    void mapsErrors();
};

void TestGemini::signsThePayload()
{
    // python3: p = base64.b64encode(b'{"request":"/v1/order/status","nonce":"1700000000000","order_id":"18834"}');
    //          hmac.new(b"secretsecret", p, hashlib.sha384).hexdigest()
    JsonValue params = JsonValue::object();
    params.set("order_id", "18834");
    auto [payload, signature] = geminiPayloadAndSignature("secretsecret", "/v1/order/status", "1700000000000", params);
    QCOMPARE(payload,
             std::string("eyJyZXF1ZXN0IjoiL3YxL29yZGVyL3N0YXR1cyIsIm5vbmNlIjoiMTcwMDAwMDAwMDAwMCIsIm9yZGVyX2lk"
                         "IjoiMTg4MzQifQ=="));
    QCOMPARE(signature,
             std::string("6cda4525e25caf13a07680e0f2b835899d6ba8cd5d6413183fa6abad25637a90f5449a5983eac3470"
                         "159579738956a16"));
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("18834", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.gemini.com/v1/order/status"));
    QCOMPARE(f.header("X-GEMINI-PAYLOAD"), std::optional<std::string>(payload));
    QCOMPARE(f.header("X-GEMINI-SIGNATURE"), std::optional<std::string>(signature));
    QCOMPARE(f.header("X-GEMINI-APIKEY"), std::optional<std::string>("account-key"));
}

void TestGemini::sendsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "buy", dec("5"), dec("3633"),
                               jsonParams(R"({"clientOrderId":"20190110-4738721","postOnly":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.gemini.com/v1/order/new"));
    QCOMPARE(f.sent().body,
             std::string(R"({"client_order_id":"20190110-4738721","symbol":"btcusd","amount":"5",)"
                         R"("price":"3633","side":"buy","type":"exchange limit",)"
                         R"("options":["maker-or-cancel"]})"));
}

void TestGemini::refusesMarketOrdersAndMasterKeys()
{
    Fixture f(fixture("order.json"));
    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!market.ok());
    QCOMPARE(market.error().kind(), ErrorKind::InvalidOrder);
    Credentials master;
    master.apiKey = "master-key";
    master.secret = "secretsecret";
    f.exchange.setCredentials(master);
    auto balance = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().kind(), ErrorKind::AuthenticationError);
}

void TestGemini::usesTheSandbox()
{
    Fixture f(R"({"bid":"1","ask":"2","last":"1.5","volume":{"BTC":"1","USD":"1.5","timestamp":1700000000000}})");
    ExchangeOptions options;
    options.sandbox = true;
    f.exchange.setOptions(options);
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.sandbox.gemini.com/v1/pubticker/btcusd"));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("1")));
    QCOMPARE(r.value().quoteVolume, OptDecimal(dec("1.5")));
}

void TestGemini::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("106817811", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("106817811"));
    QCOMPARE(o.clientOrderId, OptString("20190110-4738721"));
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.timeInForce, OptString("PO"));
    QCOMPARE(o.postOnly, OptBool(true));
    QCOMPARE(o.filled, OptDecimal(dec("3.7567928949")));
    QCOMPARE(o.remaining, OptDecimal(dec("1.2432071051")));
    QCOMPARE(o.timestamp, OptInt(1547220404836));
}

void TestGemini::derivesTheOpenFromThePriceFeed()
{
    Fixture f(R"([{"pair":"BTCUSD","price":"9500.00","percentChange24h":"5.23"},
                  {"pair":"ETHUSD","price":"257.51","percentChange24h":"4.13"}])");
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"BTC/USD"}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.gemini.com/v1/pricefeed"));
    QCOMPARE(r.value().size(), size_t(1));
    const Ticker& t = r.value()[0];
    QCOMPARE(t.last, OptDecimal(dec("9500")));
    // 9500 / 1.0523 = 9027.8437707877981...; the average is cut to the market's 0.01 tick.
    QVERIFY(*t.open > dec("9027.84377078779") && *t.open < dec("9027.8437707878"));
    QCOMPARE(t.change, OptDecimal(*t.last - *t.open));
    QCOMPARE(t.average, OptDecimal(dec("9263.92")));
}

void TestGemini::parsesOwnTrades()
{
    Fixture f(fixture("mytrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USD", 1547232000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string(R"({"symbol":"btcusd","timestamp":1547232000})"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.order, OptString("107317524"));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.024937655575035")));
    QCOMPARE(t.fee->currency, OptString("USD"));
}

void TestGemini::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"result":"error","reason":"InsufficientFunds","message":"no"})") << 406
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"result":"error","reason":"OrderNotFound","message":"no"})") << 404
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("signature") << QStringLiteral(R"({"result":"error","reason":"InvalidSignature","message":"bad"})")
                               << 400 << int(ErrorKind::AuthenticationError);
    QTest::newRow("maintenance") << QStringLiteral(
        "The Gemini Exchange is currently undergoing maintenance. Please check status.")
                                 << 503 << int(ErrorKind::OnMaintenance);
}

void TestGemini::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestGemini)
#include "TestGemini.moc"
