// SPDX-License-Identifier: GPL-3.0-or-later
// The independentreserve adapter: the HMAC-SHA256 over the URL and the parameters (checked against python3's
// hmac), the signed JSON bodies of its POSTs, the three-list market build, the parsers on Independent Reserve's
// documented payloads, and its {"Message"} refusals.
#include "../common/AdapterFixture.h"
#include "independentreserve/IndependentReserve.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(INDEPENDENTRESERVE_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<IndependentReserve>
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

class TestIndependentReserve : public QObject
{
    Q_OBJECT

private slots:
    void signsTheUrlAndParameters();
    void sendsALimitOrderAsSignedJson();
    void sendsAMarketOrder();
    void buildsMarketsFromThreeLists();
    void parsesTheTicker();
    void parsesTheOrderBook();
    void parsesTheBalance();
    void parsesAnOrder();
    void parsesAnOpenOrderPage();
    void readsFeesByBaseCurrency();
    void mapsErrors_data();
    void mapsErrors();
};

void TestIndependentReserve::signsTheUrlAndParameters()
{
    // python3: hmac.new(b"secretsecret", b"https://api.independentreserve.com/Private/GetAccounts,apiKey=key,"
    //   b"nonce=1700000000", hashlib.sha256).hexdigest().upper()
    QCOMPARE(independentreserveSignature("https://api.independentreserve.com/Private/GetAccounts", "key", "1700000000",
                                         {}, "secretsecret"),
             std::string("D52B76FEB6F3F1841356D4012BDB4AE34C517F2A9457647CE2D41EF9CC7D3800"));
}

void TestIndependentReserve::sendsALimitOrderAsSignedJson()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "buy", dec("0.1"), dec("44000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.independentreserve.com/Private/PlaceLimitOrder"));
    // python3: the HMAC over "<url>,apiKey=key,nonce=1700000000,primaryCurrencyCode=Xbt,secondaryCurrencyCode=Usd,
    // orderType=LimitBid,volume=0.1,price=44000" (ccxt's dry run at the same clock signs it alike).
    QCOMPARE(f.sent().body,
             std::string(R"({"apiKey":"key","nonce":1700000000,)"
                         R"("signature":"693D661B1592D9F8F3F673E87E8E590054057BFBD35789B0352003E00F43738E",)"
                         R"("primaryCurrencyCode":"Xbt","secondaryCurrencyCode":"Usd","orderType":"LimitBid",)"
                         R"("volume":0.1,"price":44000})"));
    QCOMPARE(r.value().id, OptString("719c495c-a39e-4884-93ac-280b37245037"));
}

void TestIndependentReserve::sendsAMarketOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("ETH/AUD", "market", "sell", dec("1.25"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.independentreserve.com/Private/PlaceMarketOrder"));
    QVERIFY(f.sent().body.find(R"("primaryCurrencyCode":"Eth","secondaryCurrencyCode":"Aud",)"
                               R"("orderType":"MarketOffer","volume":1.25})")
            != std::string::npos);
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("ETH/AUD", "stop", "sell", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestIndependentReserve::buildsMarketsFromThreeLists()
{
    bourse::test::ScriptedTransport transport;
    transport.push(200, R"(["Xbt","Eth"])");
    transport.push(200, R"(["Aud","Usd"])");
    transport.push(200, R"({"Xbt":0.0001,"Eth":0.001})");
    Clock clock;
    IndependentReserve exchange(transport, clock);
    auto r = bourse::test::await<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(transport.requests.size(), size_t(3));
    QCOMPARE(transport.requests[0].url,
             std::string("https://api.independentreserve.com/Public/GetValidPrimaryCurrencyCodes"));
    QCOMPARE(transport.requests[2].url,
             std::string("https://api.independentreserve.com/Public/GetOrderMinimumVolumes"));
    const auto& markets = r->value();
    QCOMPARE(markets.size(), size_t(4));
    QCOMPARE(markets[0].id, std::string("Xbt/Aud"));
    QCOMPARE(markets[0].symbol, std::string("BTC/AUD"));
    QCOMPARE(markets[0].limits.amount.min, OptDecimal(dec("0.0001")));
    QCOMPARE(markets[3].symbol, std::string("ETH/USD"));
    QCOMPARE(markets[3].limits.amount.min, OptDecimal(dec("0.001")));
}

void TestIndependentReserve::parsesTheTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.independentreserve.com/Public/GetMarketSummary?"
                         "primaryCurrencyCode=Xbt&secondaryCurrencyCode=Usd"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.timestamp, OptInt(1642200749502));
    QCOMPARE(t.last, OptDecimal(dec("43378.43")));
    QCOMPARE(t.bid, OptDecimal(dec("43153.58")));
    QCOMPARE(t.ask, OptDecimal(dec("43619.64")));
    QCOMPARE(t.high, OptDecimal(dec("43489.49")));
    QCOMPARE(t.average, OptDecimal(dec("42743.9")));
}

void TestIndependentReserve::parsesTheOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USD", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const OrderBook& b = r.value();
    QCOMPARE(b.timestamp, OptInt(1659681731303));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids.front().price, dec("501.12"));
    QCOMPARE(b.asks.front().price, dec("503.27"));
    QCOMPARE(b.asks.front().amount, dec("0.034"));
}

void TestIndependentReserve::parsesTheBalance()
{
    Fixture f(fixture("accounts.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.independentreserve.com/Private/GetAccounts"));
    QCOMPARE(f.sent().body,
             std::string(R"({"apiKey":"key","nonce":1700000000,)"
                         R"("signature":"D52B76FEB6F3F1841356D4012BDB4AE34C517F2A9457647CE2D41EF9CC7D3800"})"));
    const BalanceEntry& btc = r.value().currencies.at("BTC");
    QCOMPARE(btc.free, OptDecimal(dec("0.0004")));
    QCOMPARE(btc.total, OptDecimal(dec("0.0009")));
    QCOMPARE(btc.used, OptDecimal(dec("0.0005")));
    QCOMPARE(r.value().currencies.at("AUD").total, OptDecimal(dec("15.5")));
}

void TestIndependentReserve::parsesAnOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.fetchOrder("719c495c-a39e-4884-93ac-280b37245037", "", JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.ends_with(R"("orderGuid":"719c495c-a39e-4884-93ac-280b37245037"})"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.amount, OptDecimal(dec("0.1")));
    QCOMPARE(o.filled, OptDecimal(dec("0.04")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.06")));
    QCOMPARE(o.average, OptDecimal(dec("43990.5")));
    QCOMPARE(o.timestamp, OptInt(1659681731303));
}

void TestIndependentReserve::parsesAnOpenOrderPage()
{
    Fixture f(fixture("open-orders.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.ends_with(R"("primaryCurrencyCode":"Xbt","secondaryCurrencyCode":"Usd",)"
                                    R"("pageIndex":1,"pageSize":50})"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.timeInForce, OptString("PO"));
    QCOMPARE(o.cost, OptDecimal(dec("56.94")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.0003")));
    QCOMPARE(o.fee->rate, OptDecimal(dec("0.005")));
    QCOMPARE(o.fee->currency, OptString("BTC"));
}

void TestIndependentReserve::readsFeesByBaseCurrency()
{
    Fixture f(R"([{"CurrencyCode":"Xbt","Fee":0.005},{"CurrencyCode":"Eth","Fee":0.004}])");
    auto r = f.run<std::vector<TradingFee>>(
        [&](Callback<std::vector<TradingFee>> cb) { f.exchange.fetchTradingFees(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.independentreserve.com/Private/GetBrokerageFees"));
    QCOMPARE(r.value().size(), size_t(2));
    for (const auto& fee : r.value()) {
        const char* expected = fee.symbol == "BTC/USD" ? "0.005" : "0.004";
        QCOMPARE(fee.taker, OptDecimal(dec(expected)));
        QCOMPARE(fee.maker, OptDecimal(dec(expected)));
    }
}

void TestIndependentReserve::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("nonce") << QStringLiteral(R"({"Message":"Invalid nonce"})") << 400 << int(ErrorKind::InvalidNonce);
    QTest::newRow("signature") << QStringLiteral(R"({"Message":"Invalid signature"})") << 401
                               << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << QStringLiteral(R"({"Message":"Insufficient funds"})") << 400
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("other") << QStringLiteral(R"({"Message":"Something else went wrong"})") << 400
                           << int(ErrorKind::BadRequest);
}

void TestIndependentReserve::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestIndependentReserve)
#include "TestIndependentReserve.moc"
