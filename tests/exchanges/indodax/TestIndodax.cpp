// SPDX-License-Identifier: GPL-3.0-or-later
// The indodax adapter: the /tapi form and its HMAC-SHA512 Sign header (checked against python3's hmac), the trade
// form of unified orders (a buy names the rupiah to spend), the parsers on Indodax's documented payloads, and its
// {"success":0,"error":..} answers.
#include "../common/AdapterFixture.h"
#include "indodax/Indodax.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(INDODAX_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Indodax>
{
    explicit Fixture(std::string body = R"({"success":1,"return":{}})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestIndodax : public QObject
{
    Q_OBJECT

private slots:
    void signsTheForm();
    void sendsTradeForms();
    void parsesTheTickerWithItsVolumes();
    void parsesTheDepth();
    void parsesBalanceAndDepositAddress();
    void parsesOrders();
    void splitsTransferHistory();
    void mapsErrors_data();
    void mapsErrors();
};

void TestIndodax::signsTheForm()
{
    // python3: hmac.new(b"secretsecret", b"method=getInfo&timestamp=1700000000000&recvWindow=5000",
    //                   hashlib.sha512).hexdigest()
    const std::string expected =
        "5e49a26bb336b884c8ee1c4cd09775fb9ef33f70ba0226d243b69a3581fb4d61ced5120ebd7cad4dd1cfa7b3"
        "9282931d556c4b3ab1f6123bbb6bd9a8846952d2";
    QCOMPARE(indodaxSignature("method=getInfo&timestamp=1700000000000&recvWindow=5000", "secretsecret"), expected);
    Fixture f(fixture("getinfo.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://indodax.com/tapi"));
    QCOMPARE(f.sent().body, std::string("method=getInfo&timestamp=1700000000000&recvWindow=5000"));
    QCOMPARE(f.header("Key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("Sign"), std::optional<std::string>(expected));
}

void TestIndodax::sendsTradeForms()
{
    Fixture f(
        R"({"success":1,"return":{"receive_btc":"0","spend_rp":0,"fee":0,"remain_rp":"500000","order_id":11560}})");
    auto buy = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/IDR", "limit", "buy", dec("0.001"), dec("500000000"), JsonValue::object(), cb);
    });
    QVERIFY(buy.ok());
    QCOMPARE(f.sent().body,
             std::string("method=trade&timestamp=1700000000000&recvWindow=5000&pair=btc_idr&type=buy"
                         "&price=500000000&idr=500000&btc=0.001"));
    QCOMPARE(buy.value().id, OptString("11560"));

    auto sell = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/IDR", "market", "sell", dec("0.001"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(sell.ok());
    QVERIFY(f.sent().body.ends_with("&pair=btc_idr&type=sell&btc=0.001"));

    auto byCost = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/IDR", "market", "buy", dec("0"), std::nullopt, jsonParams(R"({"cost":250000})"),
                               cb);
    });
    QVERIFY(byCost.ok());
    QVERIFY(f.sent().body.ends_with("&pair=btc_idr&type=buy&idr=250000"));

    auto priceless = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/IDR", "market", "buy", dec("0.001"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!priceless.ok());
    QCOMPARE(priceless.error().kind(), ErrorKind::InvalidOrder);
}

void TestIndodax::parsesTheTickerWithItsVolumes()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://indodax.com/api/ticker/btc_usdt"));
    const Ticker& t = r.value();
    QCOMPARE(t.timestamp, OptInt(1710328244000));
    QCOMPARE(t.bid, OptDecimal(dec("73302")));
    QCOMPARE(t.ask, OptDecimal(dec("73594.990001")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("1.58603722")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("113619.71423736")));
    QVERIFY(t.vwap.has_value());
}

void TestIndodax::parsesTheDepth()
{
    Fixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/IDR", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://indodax.com/api/depth/btc_idr"));
    QCOMPARE(r.value().bids.size(), size_t(2));
    QCOMPARE(r.value().bids[0].price, dec("1099000000"));
    QCOMPARE(r.value().bids[0].amount, dec("0.00151229"));
    QCOMPARE(r.value().asks[1].price, dec("1099500000"));
}

void TestIndodax::parsesBalanceAndDepositAddress()
{
    Fixture f(fixture("getinfo.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(b.value().timestamp, OptInt(1710328244000));
    QCOMPARE(b.value().currencies.at("IDR").free, OptDecimal(dec("1500000")));
    QCOMPARE(b.value().currencies.at("IDR").used, OptDecimal(dec("500000")));
    QCOMPARE(b.value().currencies.at("IDR").total, OptDecimal(dec("2000000")));
    QCOMPARE(b.value().currencies.at("USDT").total, OptDecimal(dec("15")));

    auto a = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QVERIFY(a.ok());
    QCOMPARE(a.value().address, OptString("1Ke3Bm6MkYDu8hxGj4sYJrpBqjgKLZskUx"));
    QCOMPARE(a.value().network, OptString("MAINNET"));
    auto none = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("IDR", JsonValue::object(), cb); });
    QCOMPARE(none.error().kind(), ErrorKind::InvalidAddress);
}

void TestIndodax::parsesOrders()
{
    Fixture f(fixture("getorder.json"));
    auto r =
        f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("94425", "BTC/IDR", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.ends_with("&pair=btc_idr&order_id=94425"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("94425"));
    QCOMPARE(o.clientOrderId, OptString("clientx-sj82ks82j"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.amount, OptDecimal(dec("0.1")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.04")));
    QCOMPARE(o.filled, OptDecimal(dec("0.06")));
    QCOMPARE(o.status, OptString("open"));

    // Without a pair the open orders come grouped by pair.
    Fixture g(fixture("openorders.json"));
    auto open = g.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        g.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), size_t(2));
    QCOMPARE(open.value()[0].symbol, std::string("BTC/IDR"));
    QCOMPARE(open.value()[0].cost, OptDecimal(dec("1000000")));
    QCOMPARE(open.value()[1].symbol, std::string("ETH/USDT"));
    QCOMPARE(open.value()[1].amount, OptDecimal(dec("1.5")));
}

void TestIndodax::splitsTransferHistory()
{
    Fixture f(fixture("transhistory.json"));
    auto w = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("", 1539000000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(w.ok());
    QVERIFY(f.sent().body.ends_with("&start=2018-10-08&end=2023-11-14"));
    QCOMPARE(w.value().size(), size_t(1));
    QCOMPARE(w.value()[0].type, OptString("withdrawal"));
    QCOMPARE(w.value()[0].currency, OptString("IDR"));
    QCOMPARE(w.value()[0].amount, OptDecimal(dec("114705")));
    QCOMPARE(w.value()[0].fee->cost, OptDecimal(dec("500")));
    QCOMPARE(w.value()[0].status, OptString("ok"));
    auto d = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("BTC", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(d.ok());
    QCOMPARE(d.value().size(), size_t(1));
    QCOMPARE(d.value()[0].id, OptString("3602369"));
    QCOMPARE(d.value()[0].timestamp, OptInt(1539529208000));
}

void TestIndodax::mapsErrors_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("kind");
    QTest::newRow("sign") << QStringLiteral("Invalid credentials. Bad sign.") << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << QStringLiteral("Insufficient balance.") << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral("invalid order.") << int(ErrorKind::OrderNotFound);
    QTest::newRow("minimum") << QStringLiteral("Minimum order 10000 IDR") << int(ErrorKind::InvalidOrder);
    QTest::newRow("unknown") << QStringLiteral("Something else") << int(ErrorKind::ExchangeError);
}

void TestIndodax::mapsErrors()
{
    QFETCH(QString, error);
    QFETCH(int, kind);
    Fixture f(R"({"success":0,"error":")" + error.toStdString() + R"(","error_code":"x"})");
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.cancelOrder("123", "BTC/IDR", jsonParams(R"({"side":"buy"})"), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    // The side goes as the type, and stays in the form as given.
    QVERIFY(f.sent().body.ends_with("&order_id=123&pair=btc_idr&type=buy&side=buy"));
}

QTEST_GUILESS_MAIN(TestIndodax)
#include "TestIndodax.moc"
