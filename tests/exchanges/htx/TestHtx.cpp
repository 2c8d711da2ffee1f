// SPDX-License-Identifier: GPL-3.0-or-later
// The htx adapter: the query signature against ccxt 4.5.84's own (its reference CLI's dry run at a fixed clock),
// the account id looked up once before private calls, the order types, the parsers on HTX's documented answers
// (values checked against the reference CLI on the same files), and the {"status":"error"} answers.
#include "../common/AdapterTestKit.h"
#include "core/OfflineTransports.h"
#include "htx/Htx.h"
#include "htx/HtxParsers.h"
#include "htx/HtxSigner.h"

#include <QTest>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

std::string readFixture(const char* name)
{
    return testkit::readFile(QStringLiteral(HTX_FIXTURES_DIR "/") + QLatin1String(name));
}

std::vector<Market> fixtureMarkets()
{
    return testkit::marketsFrom(readFixture("markets.json"));
}

JsonValue params(const char* json)
{
    return *JsonValue::parse(json);
}

struct Fixture
{
    FixedResponseTransport transport;
    Clock clock;
    Htx htx {transport, clock};

    explicit Fixture(std::string body = R"({"status":"ok","data":[]})", int status = 200, bool offline = true)
        : transport(std::move(body), status)
    {
        htx.setMarkets(fixtureMarkets());
        Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        htx.setCredentials(c);
        ExchangeOptions o;
        o.offline = offline;
        htx.setOptions(o);
        clock.fixAt(1700000000000);
    }

    const HttpRequest& sent() const { return transport.requests().back(); }
};

using testkit::await;

} // namespace

class TestHtx : public QObject
{
    Q_OBJECT

private slots:
    void signsAnOrderLikeTheReference();
    void signsAQueryLikeTheReference();
    void looksUpTheSpotAccountOnce();
    void buildsOrderTypes_data();
    void buildsOrderTypes();
    void parsesClosedOrders();
    void parsesPublicTradesOldestFirst();
    void parsesMyTradesWithPointFees();
    void parsesMergedTicker();
    void parsesOrderBook();
    void parsesBalance();
    void parsesCurrencyFromItsChains();
    void mapsErrors_data();
    void mapsErrors();
    void describesItself();
};

void TestHtx::signsAnOrderLikeTheReference()
{
    // node /tmp/refcli/cli.js ... --time 1700000000000 --dry-run htx createOrder LTC/USDT limit buy 0.2 50
    //   '{"clientOrderId":"abc"}' (offline, the account is ccxt's test account "myAccount")
    Fixture f(R"({"status":"ok","data":"356501383558845"})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.htx.createOrder("LTC/USDT", "limit", "buy", dec("0.2"), dec("50"), params(R"({"clientOrderId":"abc"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url,
             std::string("https://api.huobi.pro/v1/order/orders/place?AccessKeyId=key&SignatureMethod="
                         "HmacSHA256&SignatureVersion=2&Timestamp=2023-11-14T22%3A13%3A20&Signature="
                         "c1hy%2FvpD8BIQPFuLQCPkYAQpyqOvC3P0RUPukVeWBDo%3D"));
    QCOMPARE(f.sent().body,
             std::string(R"({"account-id":"myAccount","symbol":"ltcusdt","type":"buy-limit",)"
                         R"("client-order-id":"abc","amount":"0.2","price":"50"})"));
    QCOMPARE(r.value().id, OptString("356501383558845"));
    QCOMPARE(r.value().symbol, std::string("LTC/USDT"));
}

void TestHtx::signsAQueryLikeTheReference()
{
    Fixture f;
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.htx.fetchMyTrades("LTC/USDT", 1699457638000, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.huobi.pro/v1/order/matchresults?AccessKeyId=key&SignatureMethod=HmacSHA256&"
                         "SignatureVersion=2&Timestamp=2023-11-14T22%3A13%3A20&size=5&start-time=1699457638000&"
                         "symbol=ltcusdt&Signature=VhOiwt55fAaBrFt%2Fx5SH%2FVgUQQwmTzx%2B%2FCyXxxnbjtE%3D"));
    QCOMPARE(htx::timestamp(1700000000999), std::string("2023-11-14T22:13:20"));
}

void TestHtx::looksUpTheSpotAccountOnce()
{
    // Online, the first private call that needs an account asks for the list and takes the spot one.
    Fixture f(R"({"status":"ok","data":[{"id":111,"type":"point","subtype":"","state":"working"},
                  {"id":222,"type":"spot","subtype":"","state":"working"}]})",
              200, false);
    auto r = await<Balance>([&](Callback<Balance> cb) { f.htx.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.transport.requests().size(), size_t(2));
    QVERIFY(f.transport.requests()[0].url.rfind("https://api.huobi.pro/v1/account/accounts?", 0) == 0);
    QVERIFY(f.sent().url.rfind("https://api.huobi.pro/v1/account/accounts/222/balance?", 0) == 0);
    (void)await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.htx.fetchOpenOrders("LTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(f.transport.requests().size(), size_t(3));
    QVERIFY(f.sent().url.find("account-id=222") != std::string::npos);
}

void TestHtx::buildsOrderTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("body");
    // Bodies as ccxt 4.5.84 sends them for the same calls (reference CLI dry runs).
    QTest::newRow("rounded limit")
        << "limit"
        << "sell"
        << "0.00123456789"
        << "30000.12345"
        << R"({"clientOrderId":"abc"})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","type":"sell-limit","client-order-id":"abc","amount":"0.001234","price":"30000.12"})";
    QTest::newRow("post-only")
        << "limit"
        << "buy"
        << "0.001"
        << "30000"
        << R"({"clientOrderId":"abc","postOnly":true})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","type":"buy-limit-maker","client-order-id":"abc","amount":"0.001","price":"30000"})";
    QTest::newRow("fok")
        << "limit"
        << "buy"
        << "0.001"
        << "30000"
        << R"({"clientOrderId":"abc","timeInForce":"FOK"})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","type":"buy-limit-fok","client-order-id":"abc","amount":"0.001","price":"30000"})";
    QTest::newRow("stop sell")
        << "limit"
        << "sell"
        << "0.001"
        << "30000"
        << R"({"clientOrderId":"abc","triggerPrice":29000})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","stop-price":"29000","operator":"lte","type":"sell-stop-limit","client-order-id":"abc","amount":"0.001","price":"30000"})";
    QTest::newRow("market buy by cost")
        << "market"
        << "buy"
        << "0.001"
        << ""
        << R"({"clientOrderId":"abc","cost":25.5})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","type":"buy-market","client-order-id":"abc","amount":"25.5"})";
    QTest::newRow("cross margin")
        << "limit"
        << "buy"
        << "0.001"
        << "30000"
        << R"({"clientOrderId":"abc","marginMode":"cross"})"
        << R"({"account-id":"myAccount","symbol":"btcusdt","type":"buy-limit","client-order-id":"abc","source":"super-margin-api","amount":"0.001","price":"30000"})";
}

void TestHtx::buildsOrderTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, side);
    QFETCH(QString, amount);
    QFETCH(QString, price);
    QFETCH(QString, extra);
    QFETCH(QString, body);
    Fixture f(R"({"status":"ok","data":"1"})");
    OptDecimal p = price.isEmpty() ? std::nullopt : Decimal::parse(price.toStdString());
    auto r = await<Order>([&](Callback<Order> cb) {
        f.htx.createOrder("BTC/USDT", type.toStdString(), side.toStdString(), dec(amount.toStdString().c_str()), p,
                          params(extra.toStdString().c_str()), cb);
    });
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
    QCOMPARE(QString::fromStdString(f.sent().body), body);
}

void TestHtx::parsesClosedOrders()
{
    Fixture f(readFixture("orders.json"));
    auto r = await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.htx.fetchClosedOrders("LTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.find("states=filled") != std::string::npos);
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first: the market buy.
    const Order& buy = r.value()[0];
    QCOMPARE(buy.type, OptString("market"));
    QCOMPARE(buy.side, OptString("buy"));
    QVERIFY(!buy.amount || *buy.amount == dec("0.142653"));
    QCOMPARE(buy.cost, OptDecimal(dec("9.9999753")));
    QCOMPARE(buy.filled, OptDecimal(dec("0.142653")));
    // The fee is taken from what a buy receives: LTC.
    QCOMPARE(buy.fee->currency, OptString("LTC"));
    const Order& sell = r.value()[1];
    QCOMPARE(sell.id, OptString("13997833014"));
    QCOMPARE(sell.clientOrderId, OptString("23456"));
    QCOMPARE(sell.status, OptString("closed"));
    QCOMPARE(sell.price, OptDecimal(dec("70.014")));
    QCOMPARE(sell.amount, OptDecimal(dec("0.045")));
    QCOMPARE(sell.remaining, OptDecimal(dec("0")));
    QCOMPARE(sell.fee->currency, OptString("USDT"));
    QCOMPARE(sell.fee->cost, OptDecimal(dec("0.00630126")));
}

void TestHtx::parsesPublicTradesOldestFirst()
{
    Fixture f(readFixture("trades.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.htx.fetchTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.huobi.pro/market/history/trade?size=1000&symbol=btcusdt"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].id, OptString("102090736909"));
    QCOMPARE(r.value()[0].side, OptString("buy"));
    QCOMPARE(r.value()[1].timestamp, OptInt(1583497692182));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("9096.05") * dec("0.010411")));
}

void TestHtx::parsesMyTradesWithPointFees()
{
    Fixture f;
    JsonDocument doc = JsonDocument::parse(readFixture("my-trades.json"));
    Trade t = htx::parseTrade(doc.root()["data"][0], f.htx, nullptr);
    QCOMPARE(t.symbol, std::string("LTC/USDT"));
    QCOMPARE(t.id, OptString("100050305348"));
    QCOMPARE(t.order, OptString("83711103204909"));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.type, OptString("limit"));
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    // No fee in USDT: it was paid in points, deducted in HT.
    QCOMPARE(t.fee->currency, OptString("HT"));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.005826843283532154")));
}

void TestHtx::parsesMergedTicker()
{
    Fixture f(readFixture("ticker.json"));
    auto r = await<Ticker>([&](Callback<Ticker> cb) { f.htx.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.huobi.pro/market/detail/merged?symbol=btcusdt"));
    const Ticker& t = r.value();
    QCOMPARE(t.timestamp, OptInt(1583494336669));
    QCOMPARE(t.bid, OptDecimal(dec("9146.86")));
    QCOMPARE(t.bidVolume, OptDecimal(dec("0.080758")));
    QCOMPARE(t.ask, OptDecimal(dec("9146.87")));
    QCOMPARE(t.open, OptDecimal(dec("9078.95")));
    QCOMPARE(t.last, OptDecimal(dec("9146.86")));
    QCOMPARE(t.change, OptDecimal(dec("67.91")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("238221682.42201668")));
}

void TestHtx::parsesOrderBook()
{
    Fixture f(readFixture("depth.json"));
    auto r = await<OrderBook>(
        [&](Callback<OrderBook> cb) { f.htx.fetchOrderBook("BTC/USDT", 20, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.huobi.pro/market/depth?type=step0&depth=20&symbol=btcusdt"));
    QCOMPARE(r.value().timestamp, OptInt(1583474832003));
    QCOMPARE(r.value().nonce, OptInt(104999698780));
    QCOMPARE(r.value().bids[0].price, dec("9100.29"));
    QCOMPARE(r.value().asks[0].price, dec("9100.3"));
    QCOMPARE(r.value().asks[1].amount, dec("0.05"));
    // HTX serves 5, 10, 20 or 150 levels only.
    auto bad = await<OrderBook>(
        [&](Callback<OrderBook> cb) { f.htx.fetchOrderBook("BTC/USDT", 50, JsonValue::object(), cb); });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), ErrorKind::BadRequest);
}

void TestHtx::parsesBalance()
{
    Fixture f(readFixture("balance.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.htx.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.rfind("https://api.huobi.pro/v1/account/accounts/myAccount/balance?", 0) == 0);
    const auto& usdt = r.value().currencies.at("USDT");
    QCOMPARE(usdt.free, OptDecimal(dec("91.850043797676510303")));
    QCOMPARE(usdt.used, OptDecimal(dec("5.160000000000000015")));
    QCOMPARE(usdt.total, OptDecimal(dec("97.010043797676510318")));
}

void TestHtx::parsesCurrencyFromItsChains()
{
    Fixture f(readFixture("currencies.json"));
    auto r = await<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { f.htx.fetchCurrencies(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.huobi.pro/v2/reference/currencies"));
    QCOMPARE(r.value().size(), size_t(1));
    const Currency& usdt = r.value()[0];
    QCOMPARE(usdt.code, std::string("USDT"));
    QCOMPARE(usdt.active, OptBool(true));
    // The chain "trc20usdt" is titled TRX: the unified TRC20 for a token.
    QCOMPARE(usdt.networks.size(), size_t(1));
    QCOMPARE(usdt.networks[0].id, std::string("trc20usdt"));
    QCOMPARE(usdt.networks[0].network, std::string("TRC20"));
    // The currency's figures come from its chains.
    QCOMPARE(usdt.deposit, OptBool(true));
    QCOMPARE(usdt.fee, OptDecimal(dec("1")));
    QCOMPARE(usdt.precision, OptDecimal(dec("0.000001")));
    QCOMPARE(usdt.withdrawLimits.min, OptDecimal(dec("10")));
    QCOMPARE(usdt.withdrawLimits.max, OptDecimal(dec("1000000")));
    QCOMPARE(f.htx.networkCode("trc20usdt", "USDT"), std::string("TRC20"));
}

void TestHtx::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("funds")
        << R"({"status":"error","err-code":"account-frozen-balance-insufficient-error","err-msg":"trade account balance is not enough"})"
        << "InsufficientFunds";
    QTest::newRow("not found") << R"({"status":"error","err-code":"base-record-invalid","err-msg":"record invalid"})"
                               << "OrderNotFound";
    QTest::newRow("signature")
        << R"({"status":"error","err-code":"api-signature-not-valid","err-msg":"Signature not valid"})"
        << "AuthenticationError";
    QTest::newRow("v2 code") << R"({"code":1003,"message":"invalid signature"})"
                             << "AuthenticationError";
    QTest::newRow("maintenance, broadly") << R"({"status":"error","err-code":"x","err-msg":"system maintain"})"
                                          << "OnMaintenance";
    QTest::newRow("unknown") << R"({"status":"error","err-code":"x","err-msg":"y"})"
                             << "ExchangeError";
}

void TestHtx::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(QString, kind);
    Fixture f(body.toStdString());
    auto r = await<Order>([&](Callback<Order> cb) { f.htx.fetchOrder("1", "LTC/USDT", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromUtf8(errorKindName(r.error().kind()).data()), kind);
}

void TestHtx::describesItself()
{
    const ExchangeDescription d = htxDescription();
    QCOMPARE(d.id, std::string("htx"));
    QCOMPARE(d.supports("fetchOrders"), Support::Yes);
    QCOMPARE(d.supports("fetchTradingFees"), Support::No);
    QCOMPARE(d.timeframe("1h"), std::optional<std::string>("60min"));
    QVERIFY(d.requiredCredentials.apiKey && d.requiredCredentials.secret && !d.requiredCredentials.password);
    // v1/order/orders lists one symbol at a time.
    Fixture f;
    auto r = await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.htx.fetchOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::ArgumentsRequired);
}

QTEST_GUILESS_MAIN(TestHtx)
#include "TestHtx.moc"
