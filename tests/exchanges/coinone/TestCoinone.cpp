// SPDX-License-Identifier: GPL-3.0-or-later
// The coinone adapter: the base64 JSON payload and its HMAC-SHA512 signature (checked against python3's
// base64/hmac/hashlib), the order request, the parsers on Coinone's documented payloads (v2 times in seconds,
// v2.1 and public ones in milliseconds) and its {"result":"error","error_code":..} answers.
#include "../common/AdapterFixture.h"
#include "coinone/Coinone.h"
#include "core/Signing.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(COINONE_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Coinone>
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

class TestCoinone : public QObject
{
    Q_OBJECT

private slots:
    void signsTheBase64Payload();
    void signsAV2Request();
    void sendsALimitOrder();
    void refusesMarketOrders();
    void parsesTickers();
    void parsesAnOrderBook();
    void parsesBalances();
    void parsesAV2Order();
    void picksADepositAddress();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoinone::signsTheBase64Payload()
{
    // python3: payload = base64(json.dumps({"access_token":"key","nonce":"1700000000000","order_id":"0e3019f2",
    // "currency":"1701311981643001"}, separators=(',',':'))); hmac.new(b"SECRETSECRET", payload, sha512).hexdigest()
    const std::string payload =
        coinonePayload("key", "1700000000000", jsonParams(R"({"order_id":"0e3019f2","currency":"1701311981643001"})"));
    QCOMPARE(payload,
             std::string("eyJhY2Nlc3NfdG9rZW4iOiJrZXkiLCJub25jZSI6IjE3MDAwMDAwMDAwMDAiLCJvcmRlcl9pZCI6IjBlMzAxOWYy"
                         "IiwiY3VycmVuY3kiOiIxNzAxMzExOTgxNjQzMDAxIn0="));
    // The secret is upper-cased before use.
    QCOMPARE(coinoneSignature(payload, "secretsecret"),
             std::string("83780002575e65ac2776415165659d1f320fbc77a613b46b6e7d08542f297afb"
                         "85eeaa0ba8cf32b47a33b7333f4c89b94e84fee4c6f57fae8bb27b09a2cbbad1"));
}

void TestCoinone::signsAV2Request()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("0e3019f2", "BTC/KRW", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/v2/order/query_order"));
    // v2 takes the clock in seconds as its nonce: {"access_token":"key","nonce":"1700000000",...} signed the same way.
    QCOMPARE(f.sent().body,
             std::string("eyJhY2Nlc3NfdG9rZW4iOiJrZXkiLCJub25jZSI6IjE3MDAwMDAwMDAiLCJvcmRlcl9pZCI6IjBlMzAxOWYyIiwiY3Vyc"
                         "mVuY3kiOiIxNzAxMzExOTgxNjQzMDAxIn0="));
    QCOMPARE(f.header("X-COINONE-PAYLOAD"), std::optional<std::string>(f.sent().body));
    QCOMPARE(f.header("X-COINONE-SIGNATURE"),
             std::optional<std::string>("e1891539bfcef59e1a41fce24ef7f322f0722fa08a9fc4d1b6038cc168acd0d2"
                                        "9aa0b0c77ec1b3e45a30e7938c2f0bd7e6e4a8d4e4223aef947a6e29d7f40ed2"));
}

void TestCoinone::sendsALimitOrder()
{
    Fixture f(fixture("created.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/KRW", "limit", "sell", dec("0.123456"), dec("50000000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/v2.1/order/limit"));
    const auto body = JsonDocument::parse(*signing::fromBase64(f.sent().body));
    QCOMPARE(body.root()["access_token"].stringOr(""), std::string("key"));
    // v2.1 takes a UUID nonce.
    QCOMPARE(body.root()["nonce"].stringOr("").size(), size_t(36));
    QCOMPARE(body.root()["quote_currency"].stringOr(""), std::string("krw"));
    QCOMPARE(body.root()["target_currency"].stringOr(""), std::string("btc"));
    QCOMPARE(body.root()["type"].stringOr(""), std::string("LIMIT"));
    QCOMPARE(body.root()["side"].stringOr(""), std::string("SELL"));
    QCOMPARE(body.root()["price"].stringOr(""), std::string("50000000"));
    QCOMPARE(body.root()["qty"].stringOr(""), std::string("0.1234"));
    QCOMPARE(r.value().id, OptString("8a82c561-40b4-4cb3-9bc0-9ac9ffc1d63b"));
}

void TestCoinone::refusesMarketOrders()
{
    Fixture f(fixture("created.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/KRW", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
}

void TestCoinone::parsesTickers()
{
    Fixture f(fixture("tickers.json"));
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/public/v2/ticker_new/KRW"));
    QCOMPARE(r.value().size(), size_t(2));
    const Ticker& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("BTC/KRW"));
    QCOMPARE(t.timestamp, OptInt(1701073357818));
    QCOMPARE(t.open, OptDecimal(dec("50487000")));
    QCOMPARE(t.last, OptDecimal(dec("50062000")));
    QCOMPARE(t.bid, OptDecimal(dec("50062000")));
    QCOMPARE(t.askVolume, OptDecimal(dec("0.18471358")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("226.07268994")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("11349804285.3859")));
    QCOMPARE(r.value()[1].symbol, std::string("ETH/KRW"));
}

void TestCoinone::parsesAnOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/KRW", 10, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/public/v2/orderbook/KRW/BTC?size=10"));
    QCOMPARE(r.value().timestamp, OptInt(1701071108673));
    QCOMPARE(r.value().bids[0].price, dec("50048000"));
    QCOMPARE(r.value().bids[1].amount, dec("0.5"));
    QCOMPARE(r.value().asks[0].amount, dec("0.00272592"));
}

void TestCoinone::parsesBalances()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/v2/account/balance"));
    const auto& krw = r.value().currencies.at("KRW");
    QCOMPARE(krw.free, OptDecimal(dec("6901425")));
    QCOMPARE(krw.total, OptDecimal(dec("7101425")));
    QCOMPARE(krw.used, OptDecimal(dec("200000")));
    QCOMPARE(r.value().currencies.count("NORMALWALLETS"), size_t(0));
}

void TestCoinone::parsesAV2Order()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("0e3019f2", "BTC/KRW", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("0e3019f2-1e4d-11e9-9ec7-00e04c3600d7"));
    // v2 names the quote "baseCurrency".
    QCOMPARE(o.symbol, std::string("BTC/KRW"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.timestamp, OptInt(1499341142000));
    QCOMPARE(o.amount, OptDecimal(dec("3")));
    QCOMPARE(o.filled, OptDecimal(dec("0.62")));
    QCOMPARE(o.remaining, OptDecimal(dec("1.255")));
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.00124")));
    QCOMPARE(o.fee->currency, OptString("BTC"));
}

void TestCoinone::picksADepositAddress()
{
    Fixture f(fixture("addresses.json"));
    auto r = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("XRP", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinone.co.kr/v2/account/deposit_address"));
    QCOMPARE(r.value().address, OptString("rp8gNSPKbgxTZzd9uBS3BCq4ZJUoRXC1T7"));
    QCOMPARE(r.value().tag, OptString("1234567"));
    auto none = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("KAVA", JsonValue::object(), cb); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind(), ErrorKind::InvalidAddress);
}

void TestCoinone::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("order") << QStringLiteral(
        R"({"result":"error","error_code":"104","error_msg":"Order id is not exist"})")
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("funds") << QStringLiteral(R"({"result":"error","errorCode":"103","errorMsg":"Lack of Balance"})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("signature") << QStringLiteral(R"({"result":"error","error_code":"123"})")
                               << int(ErrorKind::AuthenticationError);
    QTest::newRow("symbol") << QStringLiteral(R"({"result":"error","error_code":"108"})") << int(ErrorKind::BadSymbol);
    QTest::newRow("unknown") << QStringLiteral(R"({"result":"error","error_code":"999"})")
                             << int(ErrorKind::ExchangeError);
}

void TestCoinone::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestCoinone)
#include "TestCoinone.moc"
