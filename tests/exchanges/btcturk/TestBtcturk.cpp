// SPDX-License-Identifier: GPL-3.0-or-later
// The btcturk adapter: X-Signature against python3's hmac (docs.btcturk.com/authentication), order request shapes,
// the parsers on the documented payloads (exchangeinfo, ticker, order book, balances, orders, candles, own trades),
// and its errors.
#include "../common/AdapterFixture.h"
#include "btcturk/Btcturk.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(BTCTURK_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Btcturk>
{
    explicit Fixture(std::string body = R"({"data":[],"success":true,"message":"SUCCESS","code":0})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

// python3: base64.b64encode(hmac.new(base64.b64decode("secretsecret"), b"key1700000000000",
//                                    hashlib.sha256).digest())
const std::string kSignature = "cjEFUslK3Tz5YYokqQPzTsF7IK1B887r9JyctYU5rSQ=";

} // namespace

class TestBtcturk : public QObject
{
    Q_OBJECT

private slots:
    void signsTheDocumentedString();
    void sendsALimitOrder();
    void sendsStopAndMarketOrders();
    void parsesMarkets();
    void parsesTickerAndBook();
    void parsesBalance();
    void parsesOpenOrders();
    void parsesCandles();
    void parsesOwnTrades();
    void mapsErrors_data();
    void mapsErrors();
};

void TestBtcturk::signsTheDocumentedString()
{
    QCOMPARE(btcturkSignature("key", "secretsecret", "1700000000000"), kSignature);
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v1/users/balances"));
    QCOMPARE(f.header("X-PCK"), std::optional<std::string>("key"));
    QCOMPARE(f.header("X-Stamp"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("X-Signature"), std::optional<std::string>(kSignature));
}

void TestBtcturk::sendsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.000200019"), dec("56000"),
                               jsonParams(R"({"clientOrderId":"c1"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v1/order"));
    // The amount cut to the market's 8 decimals; numbers, as BTCTurk's examples send them.
    QCOMPARE(f.sent().body,
             std::string(R"({"orderType":"buy","orderMethod":"limit","pairSymbol":"BTCUSDT",)"
                         R"("quantity":0.00020001,"price":56000,"newOrderClientId":"c1"})"));
    QCOMPARE(f.header("X-Signature"), std::optional<std::string>(kSignature));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("2606935102"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.amount, OptDecimal(dec("0.0002")));
    QCOMPARE(o.price, OptDecimal(dec("56000")));
    QCOMPARE(o.clientOrderId, OptString("98e5c491-7ed9-462b-9666-93553180fb28"));
    QCOMPARE(o.timestamp, OptInt(1618916479523));
}

void TestBtcturk::sendsStopAndMarketOrders()
{
    Fixture f(fixture("order.json"));
    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/TRY", "market", "sell", dec("0.01"), std::nullopt,
                               jsonParams(R"({"triggerPrice":"450000","clientOrderId":"s1"})"), cb);
    });
    QVERIFY(stop.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"orderType":"sell","orderMethod":"stopmarket","pairSymbol":"BTCTRY",)"
                         R"("quantity":0.01,"stopPrice":450000,"newOrderClientId":"s1"})"));
    // A market buy is sized in the quote currency.
    auto buy = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/TRY", "market", "buy", dec("0.01"), dec("460000"),
                               jsonParams(R"({"clientOrderId":"m1"})"), cb);
    });
    QVERIFY(buy.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"orderType":"buy","orderMethod":"market","pairSymbol":"BTCTRY",)"
                         R"("quantity":4600,"newOrderClientId":"m1"})"));
    auto noPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/TRY", "market", "buy", dec("0.01"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!noPrice.ok());
    QCOMPARE(noPrice.error().kind(), ErrorKind::InvalidOrder);
}

void TestBtcturk::parsesMarkets()
{
    Fixture f(fixture("exchangeinfo.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v2/server/exchangeinfo"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.symbol, std::string("BTC/TRY"));
    QCOMPARE(btc.id, std::string("BTCTRY"));
    QCOMPARE(btc.active, OptBool(true));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("1")));
    QCOMPARE(btc.limits.cost.min, OptDecimal(dec("99.92")));
    const Market& eth = r.value()[1];
    QCOMPARE(eth.active, OptBool(false));
    QCOMPARE(eth.limits.amount.min, OptDecimal(dec("0.001")));
    QCOMPARE(eth.limits.amount.max, OptDecimal(dec("1000")));
}

void TestBtcturk::parsesTickerAndBook()
{
    Fixture f(fixture("ticker.json"));
    auto t = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(t.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v2/ticker?pairSymbol=BTCUSDT"));
    QCOMPARE(t.value().symbol, std::string("BTC/USDT"));
    QCOMPARE(t.value().last, OptDecimal(dec("55774")));
    QCOMPARE(t.value().percentage, OptDecimal(dec("1.41")));
    QCOMPARE(t.value().timestamp, OptInt(1618826361234));
    auto all = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"BTC/TRY"}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(1));
    QCOMPARE(all.value()[0].average, OptDecimal(dec("462868.29574589")));

    Fixture g(fixture("orderbook.json"));
    auto b = g.run<OrderBook>(
        [&](Callback<OrderBook> cb) { g.exchange.fetchOrderBook("BTC/TRY", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(g.sent().url, std::string("https://api.btcturk.com/api/v2/orderbook?pairSymbol=BTCTRY"));
    QCOMPARE(b.value().timestamp, OptInt(1618827901241));
    QCOMPARE(b.value().bids.size(), size_t(2));
    QCOMPARE(b.value().bids[1].price, dec("460000"));
    QCOMPARE(b.value().asks[0].amount, dec("0.0015"));
}

void TestBtcturk::parsesBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const auto& lira = r.value().currencies.at("TRY");
    QCOMPARE(lira.free, OptDecimal(dec("1000.25")));
    QCOMPARE(lira.used, OptDecimal(dec("500")));
    QCOMPARE(lira.total, OptDecimal(dec("1500.25")));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("0.1")));
}

void TestBtcturk::parsesOpenOrders()
{
    Fixture f(fixture("openorders.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v1/openOrders?pairSymbol=BTCUSDT"));
    QCOMPARE(r.value().size(), size_t(2));
    const Order& buy = r.value()[0];
    QCOMPARE(buy.side, OptString("buy"));
    QCOMPARE(buy.status, OptString("open"));
    QCOMPARE(buy.filled, OptDecimal(dec("0")));
    const Order& sell = r.value()[1];
    QCOMPARE(sell.side, OptString("sell"));
    QCOMPARE(sell.remaining, OptDecimal(dec("0.0003")));
    QCOMPARE(sell.filled, OptDecimal(dec("0.0002")));
    QCOMPARE(sell.triggerPrice, OptDecimal());
}

void TestBtcturk::parsesCandles()
{
    Fixture f(fixture("klines.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USDT", "1h", std::nullopt, 2, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // Two hourly candles back from the clock (1700000000 s): from is one hour before to.
    QCOMPARE(f.sent().url,
             std::string("https://graph-api.btcturk.com/v1/klines/history?symbol=BTCUSDT&resolution=60&"
                         "from=1699996400&to=1700000000"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[1].timestamp, 1661994000000LL);
    QCOMPARE(r.value()[1].open, OptDecimal(dec("368467")));
    QCOMPARE(r.value()[1].volume, OptDecimal(dec("0.2972395")));
}

void TestBtcturk::parsesOwnTrades()
{
    Fixture f(fixture("mytrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btcturk.com/api/v1/users/transactions/trade"));
    // Only the BTC/USDT trade; the other pair's is filtered out.
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("320874372"));
    QCOMPARE(t.order, OptString("2606935102"));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0112")));
    QCOMPARE(t.fee->currency, OptString("USDT"));
    auto all = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(2));
    QCOMPARE(all.value()[1].symbol, std::string("BTC/TRY"));
    QCOMPARE(all.value()[1].amount, OptDecimal(dec("0.001")));
}

void TestBtcturk::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("min total") << QStringLiteral(R"({"success":false,"message":"FAILED_MIN_TOTAL_AMOUNT","code":1126})")
                               << 400 << int(ErrorKind::InvalidOrder);
    QTest::newRow("balance") << QStringLiteral(R"({"success":false,"message":"BALANCE_NOT_ENOUGH","code":1055})") << 400
                             << int(ErrorKind::InsufficientFunds);
    QTest::newRow("open orders") << QStringLiteral(
        R"({"success":false,"message":"FAILED_ORDER_WITH_OPEN_ORDERS","code":1121})")
                                 << 200 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("key") << QStringLiteral(R"({"success":false,"message":"Unauthorized","code":401})") << 401
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown") << QStringLiteral(R"({"success":false,"message":"?","code":9})") << 200
                             << int(ErrorKind::ExchangeError);
}

void TestBtcturk::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/TRY", "limit", "buy", dec("0.01"), dec("460000"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestBtcturk)
#include "TestBtcturk.moc"
