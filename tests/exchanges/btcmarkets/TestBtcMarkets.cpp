// SPDX-License-Identifier: GPL-3.0-or-later
// The btcmarkets adapter: the HMAC-SHA512 it signs with the base64-decoded secret (checked against python3's
// hmac/base64), request shapes (keys sorted, JSON bodies on POST), the parsers on BTC Markets' documented v3
// payloads, and its {"code","message"} errors.
#include "../common/AdapterFixture.h"
#include "btcmarkets/BtcMarkets.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BTCMARKETS_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<BtcMarkets>
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

class TestBtcMarkets : public QObject
{
    Q_OBJECT

private slots:
    void signsWithTheDecodedSecret();
    void sendsALimitOrderAsSortedSignedJson();
    void sendsAStopOrderWithItsTrigger();
    void asksForCandlesWithSortedQuery();
    void parsesMarkets();
    void parsesTheTicker();
    void parsesTheOrderBook();
    void parsesTheBalance();
    void parsesAnOrder();
    void parsesWithdrawalsNetOfFee();
    void cancelsEveryOrderOfAMarket();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBtcMarkets::signsWithTheDecodedSecret()
{
    // python3: base64.b64encode(hmac.new(base64.b64decode("secretsecret"),
    //   b"GET/v3/accounts/me/balances1700000000000", hashlib.sha512).digest())
    QCOMPARE(btcmarketsSignature("secretsecret", "GET", "/v3/accounts/me/balances", "1700000000000", ""),
             std::string("po0Rdc1dE3YOgNpJ0GblrnqDGv+ueEUktaJZKE5IiPZSG2332/Z5/Q1KcrYMefvTfkRYwACdB/cDUX486HLPjQ=="));
    // A secret that is not base64 cannot sign.
    QVERIFY_THROWS_EXCEPTION(Error, btcmarketsSignature("not base64!", "GET", "/v3/time", "1", ""));
}

void TestBtcMarkets::sendsALimitOrderAsSortedSignedJson()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "limit", "buy", dec("0.1"), dec("30000"),
                               jsonParams(R"({"timeInForce":"IOC","postOnly":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/orders"));
    const std::string body = R"({"amount":"0.1","marketId":"BTC-AUD","postOnly":true,"price":"30000","side":"Bid",)"
                             R"("timeInForce":"IOC","type":"Limit"})";
    QCOMPARE(f.sent().body, body);
    QCOMPARE(f.header("BM-AUTH-TIMESTAMP"), std::optional<std::string>("1700000000000"));
    // python3: the same HMAC over b"POST/v3/orders1700000000000" + body (ccxt's dry run signs it alike).
    QCOMPARE(f.header("BM-AUTH-SIGNATURE"),
             std::optional<std::string>(
                 "EqlZlV5Z2HkbW8bwdlC2yOLhZ0+qOsjkp9cgZe5z6LnNzxuR/UQSc6wi2WdmvlE7wsIHos+TV0Kyfz/MXwqAWA=="));
    QCOMPARE(f.header("BM-AUTH-APIKEY"), std::optional<std::string>("key"));
}

void TestBtcMarkets::sendsAStopOrderWithItsTrigger()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "stop limit", "sell", dec("0.123456789"), dec("28900.004"),
                               jsonParams(R"({"triggerPrice":29000.006,"clientOrderId":"c-1"})"), cb);
    });
    QVERIFY(r.ok());
    // Amount truncated to 8 decimals, prices rounded to the cent.
    QCOMPARE(f.sent().body,
             std::string(R"({"amount":"0.12345678","clientOrderId":"c-1","marketId":"BTC-AUD",)"
                         R"("price":"28900","side":"Ask","triggerPrice":"29000.01","type":"Stop Limit"})"));
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "stop", "sell", dec("0.1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestBtcMarkets::asksForCandlesWithSortedQuery()
{
    Fixture f(R"([["2020-09-12T18:30:00.000000Z","14409.45","14409.45","14403.91","14403.91","0.01571701"],)"
              R"(["2020-09-12T18:21:00.000000Z","14409.45","14409.45","14409.45","14409.45","0.0035"]])");
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USDT", "1h", 1599930000000, 500, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.btcmarkets.net/v3/markets/BTC-USDT/candles?"
                         "from=2020-09-12T17%3A00%3A00.000Z&limit=200&timeWindow=1h"));
    QVERIFY(f.header("BM-AUTH-SIGNATURE") == std::nullopt);
    // Oldest first.
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1599934860000LL);
    QCOMPARE(r.value()[1].close, OptDecimal(dec("14403.91")));
}

void TestBtcMarkets::parsesMarkets()
{
    Fixture f(fixture("markets-answer.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/markets"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& aud = r.value()[0];
    QCOMPARE(aud.symbol, std::string("BTC/AUD"));
    QCOMPARE(aud.active, OptBool(true));
    QCOMPARE(aud.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(aud.precision.price, OptDecimal(dec("0.01")));
    QCOMPARE(aud.limits.amount.min, OptDecimal(dec("0.0001")));
    QCOMPARE(aud.limits.price.min, OptDecimal(dec("0.01")));
    QCOMPARE(aud.taker, OptDecimal(dec("0.0085")));
    const Market& usdt = r.value()[1];
    QCOMPARE(usdt.active, OptBool(false));
    QCOMPARE(usdt.maker, OptDecimal(dec("-0.0005")));
    QCOMPARE(usdt.taker, OptDecimal(dec("0.002")));
    QVERIFY(!usdt.limits.price.min);
}

void TestBtcMarkets::parsesTheTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/AUD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/markets/BTC-AUD/ticker"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/AUD"));
    QCOMPARE(t.timestamp, OptInt(1596997703280));
    QCOMPARE(t.last, OptDecimal(dec("0.3769")));
    QCOMPARE(t.bid, OptDecimal(dec("0.3751")));
    QCOMPARE(t.high, OptDecimal(dec("0.3799")));
    QCOMPARE(t.low, OptDecimal(dec("0.3611")));
    QCOMPARE(t.change, OptDecimal(dec("0.0119")));
    QCOMPARE(t.percentage, OptDecimal(dec("3.26")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("21179.13270465")));
}

void TestBtcMarkets::parsesTheOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/AUD", 5, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/markets/BTC-AUD/orderbook"));
    const OrderBook& b = r.value();
    // The snapshot id is microseconds: the nonce as given, the time in milliseconds.
    QCOMPARE(b.nonce, OptInt(1599936148941000));
    QCOMPARE(b.timestamp, OptInt(1599936148941));
    QCOMPARE(b.asks.front().price, dec("14459.45"));
    QCOMPARE(b.bids.front().price, dec("14421.01"));
    QCOMPARE(b.bids.back().amount, dec("0.3521"));
}

void TestBtcMarkets::parsesTheBalance()
{
    Fixture f(fixture("balances.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/accounts/me/balances"));
    const BalanceEntry& ltc = r.value().currencies.at("LTC");
    QCOMPARE(ltc.total, OptDecimal(dec("5")));
    QCOMPARE(ltc.used, OptDecimal(dec("1")));
    QCOMPARE(ltc.free, OptDecimal(dec("4")));
    QCOMPARE(r.value().currencies.at("AUD").free, OptDecimal(dec("10.5")));
}

void TestBtcMarkets::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("7524", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/orders/7524"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("7524"));
    QCOMPARE(o.clientOrderId, OptString("1234-5678"));
    QCOMPARE(o.symbol, std::string("BTC/AUD"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.timeInForce, OptString("IOC"));
    QCOMPARE(o.postOnly, OptBool(false));
    QCOMPARE(o.filled, OptDecimal(dec("0.5")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.534")));
    QCOMPARE(o.timestamp, OptInt(1567163301956));
}

void TestBtcMarkets::parsesWithdrawalsNetOfFee()
{
    Fixture f(fixture("withdrawals.json"));
    auto r = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/withdrawals?limit=5"));
    const Transaction& t = r.value().at(0);
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.status, OptString("pending"));
    QCOMPARE(t.amount, OptDecimal(dec("24.75")));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.25")));
    QCOMPARE(t.address, OptString("rAbcdefghijk"));
    QCOMPARE(t.tag, OptString("873874545"));
    QCOMPARE(t.currency, OptString("XRP"));
}

void TestBtcMarkets::cancelsEveryOrderOfAMarket()
{
    Fixture f(R"([{"orderId":"7524","clientOrderId":"1"},{"orderId":"7525"}])");
    auto r = f.run<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.exchange.cancelAllOrders("BTC/AUD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/orders?marketId=BTC-AUD"));
    QVERIFY(f.sent().body.empty());
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[1].id, OptString("7525"));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/AUD"));
}

void TestBtcMarkets::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"code":"InsufficientFund","message":"insufficient fund"})") << 400
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"code":"OrderNotFound","message":"order not found"})") << 404
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("auth") << QStringLiteral(R"({"code":"UnAuthorized","message":"invalid access token"})") << 401
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown") << QStringLiteral(R"({"code":"Whatever","message":"something else"})") << 400
                             << int(ErrorKind::ExchangeError);
}

void TestBtcMarkets::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("7524", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().url, std::string("https://api.btcmarkets.net/v3/orders/7524"));
}

QTEST_GUILESS_MAIN(TestBtcMarkets)
#include "TestBtcMarkets.moc"
