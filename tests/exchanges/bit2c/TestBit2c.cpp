// SPDX-License-Identifier: GPL-3.0-or-later
// The bit2c adapter: its signed form (base64 HMAC-SHA512 of the nonce-first form, checked against python3's hmac),
// the order endpoints, the order book without its dead zero-amount rows, the balance and history parsers, and its
// {"error": "..."} answers.
#include "../common/AdapterFixture.h"
#include "bit2c/Bit2c.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BIT2C_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bit2c>
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

class TestBit2c : public QObject
{
    Q_OBJECT

private slots:
    void signsALimitOrderForm();
    void picksTheMarketOrderEndpoints();
    void dropsDeadRowsFromTheBook();
    void parsesTheBalanceAndFees();
    void parsesMyTrades();
    void listsItsFixedMarkets();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBit2c::signsALimitOrderForm()
{
    // python3: base64(hmac.new(b"secretsecret", form, sha512).digest()) of the form below.
    const std::string form = "nonce=1700000000000&Amount=1&Pair=BtcNis&Price=154827&Total=154827&IsBid=true";
    QCOMPARE(bit2cSignature(form, "secretsecret"),
             std::string("ndUJDCvFm3Y0lG7CE8PYV/pmAulVt9HgJ3MW3payPvDrcyUTd3rS5uHfbIRXAHR1Iaxk6Bm4ECCdXIA45eFWcw=="));
    Fixture f(fixture("neworder.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/NIS", "limit", "buy", dec("1"), dec("154827"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Order/AddOrder"));
    QCOMPARE(f.sent().body, form);
    QCOMPARE(f.header("key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("sign"), std::optional<std::string>(bit2cSignature(form, "secretsecret")));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("9244416"));
    QCOMPARE(o.symbol, std::string("BTC/NIS"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.amount, OptDecimal(dec("1")));
    QCOMPARE(o.timestamp, OptInt(1505531577000));
}

void TestBit2c::picksTheMarketOrderEndpoints()
{
    Fixture f(fixture("neworder.json"));
    auto buy = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/NIS", "market", "buy", dec("0.5"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(buy.ok());
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Order/AddOrderMarketPriceBuy"));
    QCOMPARE(f.sent().body, std::string("nonce=1700000000000&Amount=0.5&Pair=BtcNis"));
    auto sell = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/NIS", "market", "sell", dec("0.5"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(sell.ok());
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Order/AddOrderMarketPriceSell"));
    // A private GET signs the same form, sent as the query.
    auto open = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/NIS", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Order/MyOrders?nonce=1700000000000&pair=BtcNis"));
    QCOMPARE(f.header("sign"),
             std::optional<std::string>(bit2cSignature("nonce=1700000000000&pair=BtcNis", "secretsecret")));
}

void TestBit2c::dropsDeadRowsFromTheBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/NIS", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Exchanges/BtcNis/orderbook.json"));
    const OrderBook& b = r.value();
    // The zero-amount bid at 192000 sat above the best ask; without it the book no longer crosses.
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("187755.64"));
    QCOMPARE(b.asks.size(), size_t(2));
    QCOMPARE(b.asks[0].price, dec("190701.16"));
    QVERIFY(b.bids[0].price < b.asks[0].price);
}

void TestBit2c::parsesTheBalanceAndFees()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Account/Balance/v2?nonce=1700000000000"));
    const Balance& b = r.value();
    QCOMPARE(b.currencies.at("NIS").free, OptDecimal(dec("1000.5")));
    QCOMPARE(b.currencies.at("NIS").total, OptDecimal(dec("1200.5")));
    QCOMPARE(b.currencies.at("NIS").used, OptDecimal(dec("200")));
    QCOMPARE(b.currencies.at("BTC").free, OptDecimal(dec("0.1")));
    auto fees = f.run<std::vector<TradingFee>>(
        [&](Callback<std::vector<TradingFee>> cb) { f.exchange.fetchTradingFees(JsonValue::object(), cb); });
    QVERIFY(fees.ok());
    QCOMPARE(f.sent().url, std::string("https://bit2c.co.il/Account/Balance?nonce=1700000000000"));
    QCOMPARE(fees.value().size(), size_t(1));
    QCOMPARE(fees.value()[0].symbol, std::string("BTC/NIS"));
    QCOMPARE(fees.value()[0].maker, OptDecimal(dec("0.005")));
    QCOMPARE(fees.value()[0].taker, OptDecimal(dec("0.01")));
}

void TestBit2c::parsesMyTrades()
{
    Fixture f(fixture("history.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/NIS", 1574700000000, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://bit2c.co.il/Order/OrderHistory?nonce=1700000000000&take=5"
                         "&toTime=2023.11.14&fromTime=2019.11.25&pair=BtcNis"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("BTC/NIS"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    QCOMPARE(t.order, OptString("10867377"));
    QCOMPARE(t.price, OptDecimal(dec("1000")));
    QCOMPARE(t.amount, OptDecimal(dec("0.015")));
    QCOMPARE(t.timestamp, OptInt(1574767951000));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.08")));
    QCOMPARE(t.fee->currency, OptString("NIS"));
}

void TestBit2c::listsItsFixedMarkets()
{
    Fixture f;
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(4));
    QCOMPARE(r.value()[0].id, std::string("BtcNis"));
    QCOMPARE(r.value()[3].symbol, std::string("USDC/NIS"));
    QVERIFY(f.transport.requests().empty());
}

void TestBit2c::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("key") << QStringLiteral(R"({"error":"Please provide valid APIkey"})")
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("order") << QStringLiteral(R"({"Error":"No order found."})") << int(ErrorKind::OrderNotFound);
    QTest::newRow("nonce") << QStringLiteral(
        R"({"error":"Please provide valid nonce in Request Nonce (1598218490) is not bigger than last nonce."})")
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("refused") << QStringLiteral(
        R"({"OrderResponse":{"pair":"BtcNis","HasError":true,"Error":"Amount too small","Message":""}})")
                             << int(ErrorKind::InvalidOrder);
    QTest::newRow("unknown") << QStringLiteral(R"({"error":"something else"})") << int(ErrorKind::ExchangeError);
}

void TestBit2c::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString());
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/NIS", "market", "sell", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBit2c)
#include "TestBit2c.moc"
