// SPDX-License-Identifier: GPL-3.0-or-later
// The zaif adapter: its /tapi form signed with HMAC-SHA512 (checked against python3's hmac), the nonce format,
// the parsers on Zaif's documented payloads, and its {"error":"..."} answers.
#include "../common/AdapterFixture.h"
#include "zaif/Zaif.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(ZAIF_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Zaif>
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

class TestZaif : public QObject
{
    Q_OBJECT

private slots:
    void writesTheNonceWithEightDecimals();
    void signsALimitOrder();
    void refusesMarketOrders();
    void capsTheHistoryCount();
    void parsesAMarket();
    void parsesTheTicker();
    void parsesTheDepth();
    void parsesTrades();
    void parsesTheBalance();
    void parsesOpenOrders();
    void mapsErrors_data();
    void mapsErrors();
};

void TestZaif::writesTheNonceWithEightDecimals()
{
    QCOMPARE(zaifNonce(1700000000000), std::string("1700000000.00000000"));
    QCOMPARE(zaifNonce(1700000000123), std::string("1700000000.12300000"));
    QCOMPARE(zaifNonce(1700000000007), std::string("1700000000.00700000"));
}

void TestZaif::signsALimitOrder()
{
    Fixture f(fixture("trade.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "buy", dec("0.01"), dec("5000000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("122"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.zaif.jp/tapi"));
    const std::string body =
        "method=trade&nonce=1700000000.00000000&currency_pair=btc_jpy&action=bid&amount=0.01&price=5000000";
    QCOMPARE(f.sent().body, body);
    QCOMPARE(f.header("Key"), std::optional<std::string>("key"));
    // python3: hmac.new(b"secretsecret", body.encode(), hashlib.sha512).hexdigest()
    const std::string expected = "09b9ed8c68d81f6a692ae9a4c9513784b815fc05e95302451821093ebd59c249"
                                 "a422e951c604752407779c179c49b87549c77a7c5f39e05ce123512f19752918";
    QCOMPARE(f.header("Sign"), std::optional<std::string>(expected));
    QCOMPARE(zaifSignature("secretsecret", body), expected);
}

void TestZaif::refusesMarketOrders()
{
    Fixture f(fixture("trade.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "buy", dec("0.01"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
}

void TestZaif::capsTheHistoryCount()
{
    Fixture f(R"({"success":1,"return":{}})");
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchClosedOrders("BTC/JPY", 1700000000999, 2000, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body,
             std::string("method=trade_history&nonce=1700000000.00000000&currency_pair=btc_jpy&"
                         "since=1700000000&count=1000"));
}

void TestZaif::parsesAMarket()
{
    Fixture f(R"([{"aux_unit_point":0,"aux_unit_step":5.0,"item_unit_min":0.001,"currency_pair":"btc_jpy",)"
              R"("is_token":false,"aux_unit_min":5.0,"id":1,"item_unit_step":0.0001,"name":"BTC/JPY"}])");
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.zaif.jp/api/1/currency_pairs/all"));
    QCOMPARE(r.value().size(), size_t(1));
    const Market& m = r.value()[0];
    QCOMPARE(m.id, std::string("btc_jpy"));
    QCOMPARE(m.symbol, std::string("BTC/JPY"));
    QCOMPARE(m.precision.amount, OptDecimal(dec("0.0001")));
    QCOMPARE(m.precision.price, OptDecimal(dec("1")));
    QCOMPARE(m.limits.amount.min, OptDecimal(dec("0.001")));
    QCOMPARE(m.limits.price.min, OptDecimal(dec("5")));
}

void TestZaif::parsesTheTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.zaif.jp/api/1/ticker/btc_jpy"));
    QCOMPARE(r.value().last, OptDecimal(dec("5880375")));
    QCOMPARE(r.value().vwap, OptDecimal(dec("5902210.5")));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("1017.2683")));
    // volume * vwap
    QCOMPARE(r.value().quoteVolume, OptDecimal(dec("6004131641.57715")));
}

void TestZaif::parsesTheDepth()
{
    Fixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/JPY", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.zaif.jp/api/1/depth/btc_jpy"));
    QCOMPARE(r.value().bids[0].price, dec("5880375"));
    QCOMPARE(r.value().asks[0].amount, dec("0.0149"));
    QCOMPARE(r.value().asks.size(), size_t(2));
}

void TestZaif::parsesTrades()
{
    Fixture f(fixture("trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first.
    QCOMPARE(r.value()[0].id, OptString("176126556"));
    QCOMPARE(r.value()[0].side, OptString("buy"));
    QCOMPARE(r.value()[1].side, OptString("sell"));
    QCOMPARE(r.value()[1].timestamp, OptInt(1648559414000));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("99966.375")));
}

void TestZaif::parsesTheBalance()
{
    Fixture f(fixture("get_info.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.starts_with("method=get_info&nonce="));
    const auto& jpy = r.value().currencies.at("JPY");
    QCOMPARE(jpy.free, OptDecimal(dec("15320")));
    QCOMPARE(jpy.total, OptDecimal(dec("20440")));
    QCOMPARE(jpy.used, OptDecimal(dec("5120")));
    QCOMPARE(r.value().currencies.at("MONA").total, OptDecimal(dec("3200")));
}

void TestZaif::parsesOpenOrders()
{
    Fixture f(fixture("active_orders.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("method=active_orders&nonce=1700000000.00000000&currency_pair=btc_jpy"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("184")); // the key of the answer's map
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.price, OptDecimal(dec("56000")));
    QCOMPARE(o.amount, OptDecimal(dec("0.03")));
    QCOMPARE(o.timestamp, OptInt(1402021125000));
}

void TestZaif::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"success":0,"error":"insufficient funds"})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("pair") << QStringLiteral(R"({"error":"unsupported currency_pair"})") << int(ErrorKind::BadRequest);
    QTest::newRow("sign") << QStringLiteral(R"({"success":0,"error":"signature mismatch"})")
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("other") << QStringLiteral(R"({"success":0,"error":"something else"})")
                           << int(ErrorKind::ExchangeError);
}

void TestZaif::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestZaif)
#include "TestZaif.moc"
