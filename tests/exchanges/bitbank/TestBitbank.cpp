// SPDX-License-Identifier: GPL-3.0-or-later
// The bitbank adapter: the HMAC-SHA256 ACCESS-SIGNATURE (bitbank's own documented vectors, and a GET and a POST
// of ours checked with `openssl dgst -sha256 -hmac`), the order request, the parsers on the documented payloads of
// public.bitbank.cc and api.bitbank.cc/v1, and its {"success":0,"data":{"code":..}} answers.
#include "../common/AdapterFixture.h"
#include "bitbank/Bitbank.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BITBANK_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bitbank>
{
    explicit Fixture(std::string body = R"({"success":1,"data":{}})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestBitbank : public QObject
{
    Q_OBJECT

private slots:
    void signsAsDocumented();
    void signsAGetWithItsQuery();
    void sendsAPostOnlyLimitOrder();
    void sendsAStopOrder();
    void parsesMarkets();
    void parsesATicker();
    void parsesAnOrderBook();
    void parsesBalances();
    void parsesAnOrder();
    void parsesDeposits();
    void readsCandlesOfADay();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBitbank::signsAsDocumented()
{
    // rest-api.md, "ACCESS-TIME-WINDOW" samples (secret "hoge", time 1721121776490, window 1000).
    QCOMPARE(bitbankSignature("hoge", 1721121776490, 1000, "/v1/user/assets"),
             std::string("9ec5745960d05573c8fb047cdd9191bd0c6ede26f07700bb40ecf1a3920abae8"));
    QCOMPARE(bitbankSignature("hoge", 1721121776490, 1000,
                              R"({"pair": "xrp_jpy", "price": "20", "amount": "1","side": "buy", "type": "limit"})"),
             std::string("7868665738ae3f8a796224e0413c1351ddd7ec2af121db12815c0a5b74b8764c"));
}

void TestBitbank::signsAGetWithItsQuery()
{
    Fixture f(fixture("order.json"));
    auto r =
        f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("123", "BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api.bitbank.cc/v1/user/spot/order?order_id=123&pair=btc_jpy"));
    QCOMPARE(f.header("ACCESS-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("ACCESS-REQUEST-TIME"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("ACCESS-TIME-WINDOW"), std::optional<std::string>("5000"));
    // echo -n '17000000000005000/v1/user/spot/order?order_id=123&pair=btc_jpy' | openssl dgst -sha256 -hmac
    // secretsecret
    QCOMPARE(f.header("ACCESS-SIGNATURE"),
             std::optional<std::string>("ffa7214d185ca8b78048712448d811f7a5625c2e0b8b6a64f9b3fe91af2fafc2"));
}

void TestBitbank::sendsAPostOnlyLimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "buy", dec("0.012345"), dec("5000000.4"),
                               jsonParams(R"({"postOnly":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.bitbank.cc/v1/user/spot/order"));
    QCOMPARE(f.sent().body,
             std::string(R"({"pair":"btc_jpy","amount":"0.0123","side":"buy","type":"limit",)"
                         R"("price":"5000000","post_only":true})"));
    // echo -n '17000000000005000<body>' | openssl dgst -sha256 -hmac secretsecret
    QCOMPARE(f.header("ACCESS-SIGNATURE"),
             std::optional<std::string>("92d1f7747e74f0a802c72084f56995b9f90d9e90ff6e49ed277d8951486c92c9"));
    QCOMPARE(r.value().id, OptString("123"));
    // Post-only is for limit orders only.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "buy", dec("0.01"), std::nullopt,
                               jsonParams(R"({"postOnly":true})"), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestBitbank::sendsAStopOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("XRP/JPY", "market", "sell", dec("10"), std::nullopt,
                               jsonParams(R"({"triggerPrice":"80.1234"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"pair":"xrp_jpy","amount":"10","side":"sell","type":"stop","trigger_price":"80.123"})"));
}

void TestBitbank::parsesMarkets()
{
    Fixture f(fixture("pairs.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitbank.cc/v1/spot/pairs"));
    // The pair list takes no key.
    QCOMPARE(f.header("ACCESS-SIGNATURE"), std::nullopt);
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.symbol, std::string("BTC/JPY"));
    QCOMPARE(btc.id, std::string("btc_jpy"));
    QCOMPARE(btc.precision.price, OptDecimal(dec("1")));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("0.0001")));
    QCOMPARE(btc.limits.amount.min, OptDecimal(dec("0.0001")));
    QCOMPARE(btc.limits.amount.max, OptDecimal(dec("1000")));
    QCOMPARE(btc.maker, OptDecimal(dec("-0.0002")));
    QCOMPARE(btc.taker, OptDecimal(dec("0.0012")));
    QCOMPARE(r.value()[1].precision.price, OptDecimal(dec("0.001")));
    QCOMPARE(r.value()[1].active, OptBool(false));
}

void TestBitbank::parsesATicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://public.bitbank.cc/btc_jpy/ticker"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/JPY"));
    QCOMPARE(t.timestamp, OptInt(1700000000000));
    QCOMPARE(t.bid, OptDecimal(dec("5371801")));
    QCOMPARE(t.ask, OptDecimal(dec("5372200")));
    QCOMPARE(t.last, OptDecimal(dec("5372200")));
    QCOMPARE(t.open, OptDecimal(dec("5400000")));
    QCOMPARE(t.change, OptDecimal(dec("-27800")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("243.5212")));
}

void TestBitbank::parsesAnOrderBook()
{
    Fixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/JPY", 1, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://public.bitbank.cc/btc_jpy/depth"));
    QCOMPARE(r.value().timestamp, OptInt(1700000000123));
    QCOMPARE(r.value().bids.size(), size_t(1));
    QCOMPARE(r.value().bids[0].price, dec("5371801"));
    QCOMPARE(r.value().asks[0].amount, dec("0.01"));
}

void TestBitbank::parsesBalances()
{
    Fixture f(fixture("assets.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitbank.cc/v1/user/assets"));
    const auto& jpy = r.value().currencies.at("JPY");
    QCOMPARE(jpy.free, OptDecimal(dec("50600")));
    QCOMPARE(jpy.used, OptDecimal(dec("49400")));
    QCOMPARE(jpy.total, OptDecimal(dec("100000")));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("0.0123")));
}

void TestBitbank::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r =
        f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitbank.cc/v1/user/spot/cancel_order"));
    // The order id goes as the number bitbank documents.
    QCOMPARE(f.sent().body, std::string(R"({"order_id":123,"pair":"btc_jpy"})"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/JPY"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.amount, OptDecimal(dec("0.0123")));
    QCOMPARE(o.filled, OptDecimal(dec("0.01")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.0023")));
    QCOMPARE(o.average, OptDecimal(dec("5000000")));
    QCOMPARE(o.cost, OptDecimal(dec("50000")));
    QCOMPARE(o.postOnly, OptBool(true));
    QCOMPARE(o.timestamp, OptInt(1700000000000));
}

void TestBitbank::parsesDeposits()
{
    Fixture f(fixture("deposits.json"));
    auto r = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("BTC", 1699000000000, 20, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.bitbank.cc/v1/user/deposit_history?asset=btc&count=20&since=1699000000000"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].status, OptString("ok"));
    QCOMPARE(r.value()[0].amount, OptDecimal(dec("0.05")));
    QCOMPARE(r.value()[0].currency, OptString("BTC"));
    QCOMPARE(r.value()[0].type, OptString("deposit"));
    QCOMPARE(r.value()[1].status, OptString("pending"));
}

void TestBitbank::readsCandlesOfADay()
{
    Fixture f(R"({"success":1,"data":{"candlestick":[{"type":"1hour","ohlcv":[)"
              R"(["5400000","5410000","5390000","5405000","1.5",1699920000000],)"
              R"(["5405000","5420000","5400000","5415000","2.5",1699923600000]]}],"timestamp":1700000000000}})");
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/JPY", "1h", 1699920000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://public.bitbank.cc/btc_jpy/candlestick/1hour/20231114"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[1].timestamp, 1699923600000LL);
    QCOMPARE(r.value()[1].close, OptDecimal(dec("5415000")));
    // Day candles come a year at a time.
    auto days = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/JPY", "1d", 1699920000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(days.ok());
    QCOMPARE(f.sent().url, std::string("https://public.bitbank.cc/btc_jpy/candlestick/1day/2023"));
}

void TestBitbank::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("key") << QStringLiteral(R"({"success":0,"data":{"code":20003}})")
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << QStringLiteral(R"({"success":0,"data":{"code":60001}})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"success":0,"data":{"code":50009}})") << int(ErrorKind::OrderNotFound);
    QTest::newRow("window") << QStringLiteral(R"({"success":0,"data":{"code":20035}})") << int(ErrorKind::InvalidNonce);
    QTest::newRow("unknown") << QStringLiteral(R"({"success":0,"data":{"code":99999}})")
                             << int(ErrorKind::ExchangeError);
}

void TestBitbank::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBitbank)
#include "TestBitbank.moc"
