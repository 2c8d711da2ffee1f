// SPDX-License-Identifier: GPL-3.0-or-later
// The bithumb adapter (v1/v2 API): the JWT it signs (checked against python3's hmac/hashlib), the order request
// shapes and their precision (4 significant digits in prices, 4 decimals in amounts), the parsers on Bithumb's
// documented payloads (times with a +09:00 offset), and its {"error":{"name","message"}} answers.
#include "../common/AdapterFixture.h"
#include "bithumb/Bithumb.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BITHUMB_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bithumb>
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

class TestBithumb : public QObject
{
    Q_OBJECT

private slots:
    void signsAJwtWithTimeAndQueryHash();
    void writesListsWithBrackets();
    void sendsALimitOrderAsSignedJson();
    void buysAtMarketBySpending();
    void parsesMarkets();
    void parsesATicker();
    void parsesAnOrderBook();
    void parsesBalances();
    void parsesAnOrder();
    void asksForOpenOrders();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBithumb::signsAJwtWithTimeAndQueryHash()
{
    // python3: q = "market=KRW-BTC&side=bid&time_in_force=ioc&price=50000000&volume=0.001&order_type=limit";
    // payload = {"access_key":"key","nonce":N,"timestamp":1700000000000,"query_hash":sha512(q).hexdigest(),
    // "query_hash_alg":"SHA512"}; b64url(header) + "." + b64url(payload) + "." + b64url(hmac(b"secretsecret", ..))
    JsonValue q = JsonValue::object();
    q.set("market", "KRW-BTC");
    q.set("side", "bid");
    q.set("time_in_force", "ioc");
    q.set("price", "50000000");
    q.set("volume", "0.001");
    q.set("order_type", "limit");
    QCOMPARE(bithumbAuthorization("key", "secretsecret", "00000000-0000-4000-8000-000000000000", 1700000000000, q),
             std::string("Bearer "
                         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                         "eyJhY2Nlc3Nfa2V5Ijoia2V5Iiwibm9uY2UiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJ0"
                         "aW1lc3RhbXAiOjE3MDAwMDAwMDAwMDAsInF1ZXJ5X2hhc2giOiIzMDUzMWI4OGZmZjBkZWZmMjQwZTAwMjY4ZjNmZWRi"
                         "ZjNhYTE3ODFkYTY3ODUxZmE3NzliNDAyNDk1NWQ3NWQyYzBhNWFjZTFiYzFkZTk2ZDliZjhjZjE4ZjAxODI5NTIwYTQw"
                         "MTM4MTRhNTU1MDY4NGI1Mzg3YmVmYTM1YjI0NiIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0."
                         "leXa3jeviyIbBp5PBTdcnFVJx1WPrFOqTXN5iSIU7Sc"));
    // Without parameters there is no hash at all.
    const std::string bare = bithumbAuthorization("key", "secretsecret", "n", 1, JsonValue::object());
    QVERIFY(bare.find("cXVlcnlfaGFzaC") == std::string::npos);
}

void TestBithumb::writesListsWithBrackets()
{
    QCOMPARE(bithumbQueryString(jsonParams(R"({"market":"KRW-BTC","uuids":["a b","c"],"limit":5})")),
             std::string("market=KRW-BTC&uuids[]=a%20b&uuids[]=c&limit=5"));
}

void TestBithumb::sendsALimitOrderAsSignedJson()
{
    Fixture f(fixture("created.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        // 4 significant digits in the price (rounded), 4 decimals in the amount (cut).
        f.exchange.createOrder("BTC/KRW", "limit", "buy", dec("0.00123456"), dec("95296000"),
                               jsonParams(R"({"timeInForce":"IOC","clientOrderId":"my-1"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v2/orders"));
    QCOMPARE(f.sent().body,
             std::string(R"({"market":"KRW-BTC","side":"bid","time_in_force":"ioc",)"
                         R"("price":"95300000","volume":"0.0012","order_type":"limit",)"
                         R"("client_order_id":"my-1"})"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/json"));
    QVERIFY(f.header("Authorization")->starts_with("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("C0101000003152350309"));
    QCOMPARE(o.symbol, std::string("BTC/KRW"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    // 2026-07-04T14:39:04+09:00 is 05:39:04 UTC.
    QCOMPARE(o.timestamp, OptInt(1783143544000));
}

void TestBithumb::buysAtMarketBySpending()
{
    Fixture f(fixture("created.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/KRW", "market", "buy", dec("0.001"), dec("95299000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // 0.001 * 95299000 = 95299 KRW, sent with 4 significant digits.
    QCOMPARE(f.sent().body, std::string(R"({"market":"KRW-BTC","side":"bid","price":"95300","order_type":"price"})"));
    // Without a price the amount to spend is unknown...
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/KRW", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
    // ...unless the caller says the amount is the cost.
    auto byCost = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/KRW", "market", "buy", dec("10000"), std::nullopt,
                               jsonParams(R"({"createMarketBuyOrderRequiresPrice":false})"), cb);
    });
    QVERIFY(byCost.ok());
    QCOMPARE(f.sent().body, std::string(R"({"market":"KRW-BTC","side":"bid","price":"10000","order_type":"price"})"));
}

void TestBithumb::parsesMarkets()
{
    Fixture f(fixture("markets_all.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/market/all?isDetails=true"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& eth = r.value()[1];
    QCOMPARE(eth.id, std::string("BTC-ETH"));
    QCOMPARE(eth.symbol, std::string("ETH/BTC"));
    QCOMPARE(eth.baseId, std::string("ETH"));
    QCOMPARE(eth.quoteId, std::string("BTC"));
    QCOMPARE(eth.precision.price, OptDecimal(dec("4")));
    QCOMPARE(eth.active, OptBool(true));
}

void TestBithumb::parsesATicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/KRW", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/ticker?markets=KRW-BTC"));
    QVERIFY(f.header("Authorization") == std::nullopt);
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/KRW"));
    QCOMPARE(t.timestamp, OptInt(1782981333650));
    QCOMPARE(t.last, OptDecimal(dec("95299000")));
    QCOMPARE(t.open, OptDecimal(dec("94223000")));
    QCOMPARE(t.high, OptDecimal(dec("95465000")));
    QCOMPARE(t.change, OptDecimal(dec("1098000")));
    // signed_change_rate 0.01165593 is a fraction: 1.165593 %.
    QCOMPARE(t.percentage, OptDecimal(dec("1.165593")));
    QCOMPARE(t.previousClose, OptDecimal(dec("94201000")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("310.44065227")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("29226371799.56915")));
}

void TestBithumb::parsesAnOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/KRW", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/orderbook?markets=KRW-BTC"));
    const OrderBook& b = r.value();
    QCOMPARE(b.timestamp, OptInt(1782807920105));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("95299000"));
    QCOMPARE(b.bids[1].amount, dec("1.1"));
    QCOMPARE(b.asks[0].price, dec("95300000"));
    QCOMPARE(b.asks[0].amount, dec("0.0151"));
}

void TestBithumb::parsesBalances()
{
    Fixture f(fixture("accounts.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/accounts"));
    QVERIFY(f.header("Authorization")->starts_with("Bearer "));
    const auto& krw = r.value().currencies.at("KRW");
    QCOMPARE(krw.free, OptDecimal(dec("51026")));
    QCOMPARE(krw.used, OptDecimal(dec("9524.75")));
    QCOMPARE(krw.total, OptDecimal(dec("60550.75")));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("0.0124")));
}

void TestBithumb::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("C0101000003152406454", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/order?uuid=C0101000003152406454"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("C0101000003152406454"));
    QCOMPARE(o.symbol, std::string("BTC/KRW"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.price, OptDecimal(dec("9500000")));
    QCOMPARE(o.amount, OptDecimal(dec("0.001")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.0004")));
    QCOMPARE(o.filled, OptDecimal(dec("0.0006")));
    // 2026-07-04T15:05:46+09:00
    QCOMPARE(o.timestamp, OptInt(1783145146000));
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("23.75")));
    QCOMPARE(o.fee->currency, OptString("KRW"));
}

void TestBithumb::asksForOpenOrders()
{
    Fixture f("[" + fixture("order.json") + "]");
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/KRW", std::nullopt, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bithumb.com/v1/orders?market=KRW-BTC&limit=10&state=wait"));
    QCOMPARE(r.value().size(), size_t(1));
}

void TestBithumb::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"error":{"name":"insufficient_funds_bid","message":"잔고 부족"}})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"error":{"name":"order_not_found","message":"no such order"}})")
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("jwt") << QStringLiteral(R"({"error":{"name":"jwt_verification","message":"bad token"}})")
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("v1 key") << QStringLiteral(R"({"status":"5300","message":"Invalid Apikey"})")
                            << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown") << QStringLiteral(R"({"error":{"name":"something_else","message":"?"}})")
                             << int(ErrorKind::ExchangeError);
}

void TestBithumb::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 400);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBithumb)
#include "TestBithumb.moc"
