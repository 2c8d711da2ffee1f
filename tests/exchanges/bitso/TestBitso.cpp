// SPDX-License-Identifier: GPL-3.0-or-later
// The bitso adapter: its Authorization header (checked against python3's hmac and ccxt's dry run at the same
// clock), order request shapes, the parsers on Bitso's documented payloads, and {"success":false} answers.
#include "../common/AdapterFixture.h"
#include "bitso/Bitso.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BITSO_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bitso>
{
    explicit Fixture(std::string body = R"({"success":true,"payload":[]})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestBitso : public QObject
{
    Q_OBJECT

private slots:
    void signsTheNonceMethodPathAndBody();
    void signsTheQueryOfAGet();
    void sendsUnifiedOrderOptionsInBitsosNames();
    void parsesBooksWithTheCatalogueAmountStep();
    void parsesAnOrderBook();
    void parsesTheBalance();
    void parsesOwnTradesAsAbsoluteAmounts();
    void parsesAnOrderAndRefusesAnEmptyAnswer();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBitso::signsTheNonceMethodPathAndBody()
{
    // python3: hmac.new(b"secretsecret", b"1700000000000POST/api/v3/orders" + body, sha256).hexdigest(); ccxt
    // 4.5.84's dry run of createOrder XRP/USDT limit buy 10 0.4 at --time 1700000000000 sends the same header.
    const std::string body = R"({"book":"xrp_usdt","side":"buy","type":"limit","major":"10","price":"0.4"})";
    QCOMPARE(bitsoAuthorization("key", "secretsecret", "1700000000000", "POST", "/api/v3/orders", body),
             std::string("Bitso key:1700000000000:d3c9e014d82d3ed8441af85ad77596a330e8700d00cc895253e471105a54e94f"));

    Fixture f(R"({"success":true,"payload":{"oid":"qlbga6b600n3xta7"}})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("XRP/USDT", "limit", "buy", dec("10"), dec("0.4"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("qlbga6b600n3xta7"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/orders"));
    QCOMPARE(f.sent().body, body);
    QCOMPARE(f.header("Authorization"),
             std::optional<std::string>(
                 "Bitso key:1700000000000:d3c9e014d82d3ed8441af85ad77596a330e8700d00cc895253e471105a54e94f"));
}

void TestBitso::signsTheQueryOfAGet()
{
    // The signed path carries the query: "1700000000000GET/api/v3/open_orders?book=btc_usd&limit=25".
    Fixture f;
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/open_orders?book=btc_usd&limit=25"));
    QCOMPARE(f.header("Authorization"),
             std::optional<std::string>(
                 "Bitso key:1700000000000:a3eb3d01bdaeb85215a3f39cc9b9389efcad6edfd2982f63147f2a322af79f55"));
    // Bitso pages by id: a start time alone is refused before anything is sent.
    auto refused = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USD", 1700000000000LL, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::ExchangeError);
}

void TestBitso::sendsUnifiedOrderOptionsInBitsosNames()
{
    Fixture f(R"({"success":true,"payload":{"oid":"x"}})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "sell", dec("0.123456789"), dec("73000.4"),
                               jsonParams(R"({"clientOrderId":"abc","postOnly":true,"triggerPrice":72000})"), cb);
    });
    QVERIFY(r.ok());
    // Amount truncated to the 1e-8 step, price rounded to the tick of 1.
    QCOMPARE(f.sent().body,
             std::string(R"({"book":"btc_usd","side":"sell","type":"limit","major":"0.12345678",)"
                         R"("price":"73000","stop":"72000","time_in_force":"postonly",)"
                         R"("client_id":"abc"})"));
    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "market", "buy", dec("0.01"), std::nullopt,
                               jsonParams(R"({"timeInForce":"IOC"})"), cb);
    });
    QVERIFY(market.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"book":"btc_usd","side":"buy","type":"market","major":"0.01",)"
                         R"("time_in_force":"immediateorcancel"})"));
}

void TestBitso::parsesBooksWithTheCatalogueAmountStep()
{
    // The amount step is the base currency's precision from the catalogue (known here already).
    FixedResponseTransport transport(fixture("books.json"));
    Clock clock;
    Bitso bitso(transport, clock);
    bitso.setCurrencies(
        {Currency::fromJson(JsonDocument::parse(R"({"id":"btc","code":"BTC","precision":1e-8})").root())});
    auto r = bourse::test::await<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { bitso.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(transport.requests().back().url, std::string("https://bitso.com/api/v3/available_books"));
    QCOMPARE(r->value().size(), size_t(1));
    const Market& m = r->value()[0];
    QCOMPARE(m.symbol, std::string("BTC/USD"));
    QCOMPARE(m.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(m.precision.price, OptDecimal(dec("1")));
    QCOMPARE(m.limits.amount.min, OptDecimal(dec("0.0000006")));
    QCOMPARE(m.limits.cost.max, OptDecimal(dec("10000000")));
    // The first volume tier's rates, already fractions.
    QCOMPARE(m.taker, OptDecimal(dec("0.003")));
    QCOMPARE(m.maker, OptDecimal(dec("0.0025")));

    // Without the currencies the books are read first, then the catalogue.
    FixedResponseTransport fresh(fixture("books.json"));
    Bitso unaware(fresh, clock);
    auto again = bourse::test::await<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { unaware.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(again && again->ok());
    QCOMPARE(fresh.requests().size(), size_t(2));
    QCOMPARE(fresh.requests()[0].url, std::string("https://bitso.com/api/v3/available_books"));
    QCOMPARE(fresh.requests()[1].url, std::string("https://bitso.com/api/v3/catalogues"));
}

void TestBitso::parsesAnOrderBook()
{
    Fixture f(fixture("order_book.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USD", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/order_book?book=btc_usd"));
    const OrderBook& b = r.value();
    QCOMPARE(b.timestamp, OptInt(1710328245000));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("73300"));
    QCOMPARE(b.asks[0].price, dec("73440"));
    QCOMPARE(b.asks[1].amount, dec("0.25"));
}

void TestBitso::parsesTheBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/balance"));
    const auto& usd = r.value().currencies.at("USD");
    QCOMPARE(usd.free, OptDecimal(dec("75")));
    QCOMPARE(usd.used, OptDecimal(dec("25.1234")));
    QCOMPARE(usd.total, OptDecimal(dec("100.1234")));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("0.5")));
}

void TestBitso::parsesOwnTradesAsAbsoluteAmounts()
{
    Fixture f(fixture("user_trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USD", std::nullopt, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/user_trades?book=btc_usd&limit=10"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("51756"));
    QCOMPARE(t.order, OptString("g81d3y1ywri0yg8m"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    QCOMPARE(t.amount, OptDecimal(dec("0.25232073")));
    QCOMPARE(t.cost, OptDecimal(dec("1013.540958479115")));
    QCOMPARE(t.timestamp, OptInt(1460137951000));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->currency, OptString("USD"));
}

void TestBitso::parsesAnOrderAndRefusesAnEmptyAnswer()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("543cr2v32a1h6844", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://bitso.com/api/v3/orders/543cr2v32a1h6844"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.clientOrderId, OptString("my-order-1"));
    QCOMPARE(o.amount, OptDecimal(dec("0.01")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.005")));
    QCOMPARE(o.filled, OptDecimal(dec("0.005")));

    Fixture empty(R"({"success":true,"payload":[]})");
    auto missing =
        empty.run<Order>([&](Callback<Order> cb) { empty.exchange.fetchOrder("nope", "", JsonValue::object(), cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::OrderNotFound);
}

void TestBitso::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("credentials") << QStringLiteral(
        R"({"success":false,"error":{"code":"0201","message":"Invalid Nonce or Invalid Credentials"}})")
                                 << int(ErrorKind::AuthenticationError);
    QTest::newRow("nonce") << QStringLiteral(R"({"success":false,"error":{"code":"104","message":"nonce too low"}})")
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("field") << QStringLiteral(
        R"({"success":false,"error":{"code":"0304","message":"The field time_bucket () is either invalid"}})")
                           << int(ErrorKind::BadRequest);
    QTest::newRow("unknown") << QStringLiteral(R"({"success":false,"error":{"code":"0999","message":"?"}})")
                             << int(ErrorKind::ExchangeError);
    QTest::newRow("no error object") << QStringLiteral(R"({"success":"false"})") << int(ErrorKind::ExchangeError);
}

void TestBitso::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 400);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBitso)
#include "TestBitso.moc"
