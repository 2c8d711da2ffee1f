// SPDX-License-Identifier: GPL-3.0-or-later
// The bigone adapter: the JWT bearer token against python3's hmac (open.big.one/docs/api_authentication.html),
// order request shapes, the parsers on BigONE v3 payloads, and its {"code":..,"message":..} errors.
#include "../common/AdapterFixture.h"
#include "bigone/Bigone.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BIGONE_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Bigone>
{
    explicit Fixture(std::string body = R"({"code":0,"data":[]})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

// python3: h = b64url(b'{"alg":"HS256","typ":"JWT"}'); p = b64url(b'{"type":"OpenAPIV2","sub":"key",
// "nonce":"1699999999900000000"}'); h + "." + p + "." + b64url(hmac.new(b"secretsecret", (h + "." + p).encode(),
// hashlib.sha256).digest()) -- the nonce is the fixed clock in nanoseconds less BigONE's 100 ms correction.
const std::string kToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                           "eyJ0eXBlIjoiT3BlbkFQSVYyIiwic3ViIjoia2V5Iiwibm9uY2UiOiIxNjk5OTk5OTk5OTAwMDAwMDAwIn0."
                           "vrvdoDZeqJRsEUw2oaxbj_JALoFAOEKzvpCsJWlwSrM";

} // namespace

class TestBigone : public QObject
{
    Q_OBJECT

private slots:
    void signsTheDocumentedToken();
    void signsAPrivateGet();
    void sendsALimitOrder();
    void sendsStopAndMarketOrders();
    void parsesTickerAndBook();
    void parsesBalance();
    void parsesOrder();
    void parsesOwnTrades();
    void parsesCurrencies();
    void picksTheDepositAddressNetwork();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBigone::signsTheDocumentedToken()
{
    QCOMPARE(bigoneToken("key", "secretsecret", "1699999999900000000"), kToken);
}

void TestBigone::signsAPrivateGet()
{
    Fixture f;
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("LTC/USDT", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url,
             std::string("https://big.one/api/v3/viewer/orders?asset_pair_name=LTC-USDT&limit=5&state=PENDING"));
    QCOMPARE(f.header("Authorization"), std::optional<std::string>("Bearer " + kToken));
}

void TestBigone::sendsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.00051234567"), dec("25000.129"),
                               jsonParams(R"({"timeInForce":"PO","clientOrderId":"bourse-1"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/viewer/orders"));
    // The amount is cut to the market's 6 decimals, the price rounded to its 2.
    QCOMPARE(f.sent().body,
             std::string(R"({"asset_pair_name":"BTC-USDT","side":"BID","amount":"0.000512",)"
                         R"("price":"25000.13","post_only":true,"type":"LIMIT",)"
                         R"("client_order_id":"bourse-1"})"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/json"));
    // Post-only and immediate-or-cancel exclude each other.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.1"), dec("25000"),
                               jsonParams(R"({"postOnly":true,"timeInForce":"IOC"})"), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestBigone::sendsStopAndMarketOrders()
{
    Fixture f(fixture("order.json"));
    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "sell", dec("0.01"), dec("30000"),
                               jsonParams(R"({"triggerPrice":"29500"})"), cb);
    });
    QVERIFY(stop.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"asset_pair_name":"BTC-USDT","side":"ASK","amount":"0.01",)"
                         R"("price":"30000","stop_price":"29500","operator":"LTE",)"
                         R"("type":"STOP_LIMIT"})"));
    // A market buy spends amount * price of quote currency.
    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("0.002"), dec("25000"), JsonValue::object(), cb);
    });
    QVERIFY(market.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"asset_pair_name":"BTC-USDT","side":"BID","amount":"50",)"
                         R"("type":"MARKET"})"));
    auto noPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("0.002"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!noPrice.ok());
    QCOMPARE(noPrice.error().kind(), ErrorKind::InvalidOrder);
}

void TestBigone::parsesTickerAndBook()
{
    Fixture f(fixture("ticker.json"));
    auto t = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(t.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/asset_pairs/BTC-USDT/ticker"));
    QCOMPARE(t.value().last, OptDecimal(dec("63905.62")));
    QCOMPARE(t.value().bidVolume, OptDecimal(dec("0.013929")));
    QCOMPARE(t.value().change, OptDecimal(dec("-913.19")));
    // Cut to the market's two price decimals when one ticker is asked for.
    QCOMPARE(t.value().average, OptDecimal(dec("64362.21")));

    Fixture g(fixture("depth.json"));
    auto b = g.run<OrderBook>(
        [&](Callback<OrderBook> cb) { g.exchange.fetchOrderBook("BTC/USDT", 2, JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(g.sent().url, std::string("https://big.one/api/v3/asset_pairs/BTC-USDT/depth?limit=2"));
    QCOMPARE(b.value().bids.size(), size_t(2));
    QCOMPARE(b.value().bids[0].price, dec("63900"));
    QCOMPARE(b.value().asks[1].amount, dec("1.1"));
}

void TestBigone::parsesBalance()
{
    Fixture f(fixture("balance.json"));
    auto r =
        f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(jsonParams(R"({"type":"funding"})"), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/viewer/fund/accounts"));
    const auto& btc = r.value().currencies.at("BTC");
    QCOMPARE(btc.total, OptDecimal(dec("0.5")));
    QCOMPARE(btc.used, OptDecimal(dec("0.1")));
    QCOMPARE(btc.free, OptDecimal(dec("0.4")));
    QCOMPARE(r.value().currencies.at("USDT").free, OptDecimal(dec("1200.5")));
}

void TestBigone::parsesOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("10", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/viewer/orders/10"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("10"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.postOnly, OptBool(true));
    QCOMPARE(o.filled, OptDecimal(dec("0.0002")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.0003")));
    QCOMPARE(o.average, OptDecimal(dec("24990")));
    QCOMPARE(o.triggerPrice, OptDecimal());
    QCOMPARE(o.clientOrderId, OptString("bourse-1"));
    QCOMPARE(o.timestamp, OptInt(1710327660000));
}

void TestBigone::parsesOwnTrades()
{
    Fixture f(fixture("mytrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/viewer/trades?asset_pair_name=BTC-USDT&limit=10"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.order, OptString("58284888"));
    // A taking buyer pays in the base currency it receives.
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0025486298")));
    QCOMPARE(t.fee->currency, OptString("BTC"));
    QCOMPARE(t.timestamp, OptInt(1555309257000));
    // fetchMyTrades needs a symbol.
    auto missing = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestBigone::parsesCurrencies()
{
    Fixture f(fixture("currencies.json"));
    auto r = f.run<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { f.exchange.fetchCurrencies(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/assets"));
    const Currency& usdt = r.value().at(0);
    QCOMPARE(usdt.code, std::string("USDT"));
    QCOMPARE(usdt.networks.size(), size_t(2));
    QCOMPARE(usdt.networks[0].network, std::string("ERC20"));
    QCOMPARE(usdt.networks[1].network, std::string("TRC20"));
    QCOMPARE(usdt.networks[0].fee, OptDecimal(dec("5.71")));
    QCOMPARE(usdt.fee, OptDecimal(dec("1")));
    QCOMPARE(usdt.withdraw, OptBool(true));
}

void TestBigone::picksTheDepositAddressNetwork()
{
    Fixture f(fixture("address.json"));
    // USDT defaults to Tron.
    auto tron = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("USDT", JsonValue::object(), cb); });
    QVERIFY(tron.ok());
    QCOMPARE(f.sent().url, std::string("https://big.one/api/v3/viewer/assets/USDT/address"));
    QCOMPARE(tron.value().network, OptString("TRC20"));
    QCOMPARE(tron.value().address, OptString("TXyzTXyzTXyzTXyzTXyzTXyzTXyzTXyz12"));
    auto eth = f.run<DepositAddress>([&](Callback<DepositAddress> cb) {
        f.exchange.fetchDepositAddress("USDT", jsonParams(R"({"network":"ERC20"})"), cb);
    });
    QVERIFY(eth.ok());
    QCOMPARE(eth.value().address, OptString("0x1111111111111111111111111111111111111111"));
}

void TestBigone::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"code":10014,"message":"Insufficient funds"})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("jwt") << QStringLiteral(R"({"code":40004,"message":"invalid jwt"})")
                         << int(ErrorKind::AuthenticationError);
    // The message is matched before the code: 10007 alone is a BadRequest.
    QTest::newRow("scale") << QStringLiteral(
        R"({"code":10007,"message":"Amount's scale must greater than AssetPair's base scale"})")
                           << int(ErrorKind::InvalidOrder);
    QTest::newRow("param") << QStringLiteral(R"({"code":10007,"message":"bad parameter"})")
                           << int(ErrorKind::BadRequest);
    QTest::newRow("unknown") << QStringLiteral(R"({"code":99999,"message":"?"})") << int(ErrorKind::ExchangeError);
}

void TestBigone::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString());
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBigone)
#include "TestBigone.moc"
