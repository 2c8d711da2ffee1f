// SPDX-License-Identifier: GPL-3.0-or-later
// The kucoin adapter: KC-API-SIGN and the signed passphrase against values computed independently (python3
// hmac/hashlib) and against ccxt 4.5.84's dry run at the same clock; which endpoint each kind of order goes to
// (classic, hf, sync, stop, margin) with its body; the parsers on KuCoin's documented answers; and the error codes
// KuCoin sends with HTTP 200.
#include "TestSupport.h"
#include "core/OfflineTransports.h"
#include "kucoin/Kucoin.h"
#include "kucoin/KucoinParsers.h"
#include "kucoin/KucoinSigner.h"

#include <QFile>
#include <QTest>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

std::string readFixture(const char* name)
{
    QFile file(QStringLiteral(KUCOIN_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll().toStdString();
}

std::vector<Market> fixtureMarkets()
{
    JsonDocument doc = JsonDocument::parse(readFixture("markets.json"));
    std::vector<Market> markets;
    for (const auto& m : doc.root().members()) {
        markets.push_back(Market::fromJson(m.value));
    }
    return markets;
}

JsonValue params(const char* json)
{
    return *JsonValue::parse(json);
}

// An exchange answering every request with one body, with the conformance corpus's credentials and a fixed clock.
struct Fixture
{
    FixedResponseTransport transport;
    Clock clock;
    Kucoin kucoin {transport, clock};

    explicit Fixture(std::string body = R"({"code":"200000","data":{}})", int status = 200)
        : transport(std::move(body), status)
    {
        kucoin.setMarkets(fixtureMarkets());
        Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        c.password = "password";
        kucoin.setCredentials(c);
        ExchangeOptions o;
        o.offline = true;
        kucoin.setOptions(o);
        clock.fixAt(1700000000000);
    }

    const HttpRequest& sent() const { return transport.requests().back(); }

    std::optional<std::string> header(const char* name) const
    {
        for (const auto& [k, v] : sent().headers) {
            if (k == name) {
                return v;
            }
        }
        return std::nullopt;
    }
};

// The shared test loop (TestSupport.h), with a timeout reported as an error.
template<typename T> Result<T> await(const std::function<void(Callback<T>)>& call)
{
    auto result = bourse::test::await<T>(call);
    return result ? std::move(*result) : Result<T>(Error(ErrorKind::RequestTimeout, "the test call never finished"));
}

Result<Order> create(Fixture& f, const char* symbol, const char* type, const char* side, const char* amount,
                     const char* price, const char* extra)
{
    OptDecimal p = price ? OptDecimal(dec(price)) : std::nullopt;
    return await<Order>(
        [&](Callback<Order> cb) { f.kucoin.createOrder(symbol, type, side, dec(amount), p, params(extra), cb); });
}

} // namespace

class TestKucoin : public QObject
{
    Q_OBJECT

private slots:
    void signsIndependentVector();
    void signsAPrivateGet();
    void signsAnOrderBody();
    void routesOrders_data();
    void routesOrders();
    void roundsToTheMarket();
    void refusesConflictingOrderOptions();
    void routesCancels_data();
    void routesCancels();
    void picksTheOrderBook();
    void parsesMarkets();
    void loadsMarketsWithMarginAndHf();
    void parsesCurrencies();
    void parsesTicker();
    void parsesOrderBook();
    void parsesPublicTrades();
    void parsesOrders();
    void parsesStopOrder();
    void parsesCreateAndCancelAnswers();
    void parsesFills();
    void parsesBalance();
    void parsesMarginBalance();
    void parsesTransactions();
    void parsesDepositAddress();
    void mapsErrors_data();
    void mapsErrors();
};

void TestKucoin::signsIndependentVector()
{
    // python3: base64(hmac.new(b"secretsecret", b"1700000000000GET/api/v1/accounts?type=trade", sha256))
    QCOMPARE(kucoin::signature("1700000000000", "GET", "/api/v1/accounts?type=trade", "", "secretsecret"),
             std::string("BBDijtxFRAmr37uXLauNbX0ZZD+d/Vmg0Et1Na3kKIg="));
    // API key version 2: the passphrase travels signed with the secret.
    QCOMPARE(kucoin::signedPassphrase("password", "secretsecret"),
             std::string("83BSnDgvVG77/EMM4JKOwnmF2++4sF+VMRXPHSOlxDo="));
}

void TestKucoin::signsAPrivateGet()
{
    Fixture f(readFixture("accounts.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.kucoin.fetchBalance({}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/accounts?type=trade"));
    QCOMPARE(f.header("KC-API-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("KC-API-KEY-VERSION"), std::optional<std::string>("2"));
    QCOMPARE(f.header("KC-API-TIMESTAMP"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("KC-API-PASSPHRASE"), std::optional<std::string>("83BSnDgvVG77/EMM4JKOwnmF2++4sF+VMRXPHSOlxDo="));
    QCOMPARE(f.header("KC-API-SIGN"), std::optional<std::string>("BBDijtxFRAmr37uXLauNbX0ZZD+d/Vmg0Et1Na3kKIg="));
}

void TestKucoin::signsAnOrderBody()
{
    // ccxt 4.5.84 --dry-run --time 1700000000000 of the same order sends these bytes and this signature.
    Fixture f(readFixture("created.json"));
    auto r = create(f, "LTC/USDT", "limit", "buy", "1", "60", R"({"clientOrderId":"abc"})");
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/orders"));
    QCOMPARE(
        f.sent().body,
        std::string(R"({"clientOid":"abc","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60"})"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/json"));
    QCOMPARE(f.header("KC-API-SIGN"), std::optional<std::string>("7MZZfiv25DVq7cQaenEoH/SVfcvgPzJdxU+mg2I91xQ="));
}

void TestKucoin::routesOrders_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("body");
    auto base = [](const char* path) { return QStringLiteral("https://api.kucoin.com/api/") + QLatin1String(path); };
    QTest::newRow("classic")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c"})" << base("v1/orders")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60"})";
    QTest::newRow("hf")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","hf":true})" << base("v1/hf/orders")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60"})";
    QTest::newRow("sync")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","sync":true})" << base("v1/hf/orders/sync")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60"})";
    QTest::newRow("post only")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","timeInForce":"PO"})" << base("v1/orders")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60","postOnly":true})";
    QTest::newRow("market by cost")
        << "market"
        << ""
        << R"({"clientOrderId":"c","cost":10.1234567891})" << base("v1/orders")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"market","funds":"10.123456"})";
    QTest::newRow("trigger")
        << "market"
        << ""
        << R"({"clientOrderId":"c","triggerPrice":95})" << base("v1/stop-order")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"market","size":"1","stopPrice":"95"})";
    QTest::newRow("stop loss")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","stopLossPrice":70})" << base("v1/stop-order")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60","stop":"entry","stopPrice":"70"})";
    QTest::newRow("isolated hf")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","marginMode":"isolated","hf":true})" << base("v3/hf/margin/order")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60","marginModel":"isolated"})";
    QTest::newRow("cross stop")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","marginMode":"cross","triggerPrice":58})" << base("v3/hf/margin/stop-order")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60","stopPrice":"58","tradeType":"MARGIN_TRADE"})";
    QTest::newRow("test")
        << "limit"
        << "60"
        << R"({"clientOrderId":"c","test":true})" << base("v1/orders/test")
        << R"({"clientOid":"c","side":"buy","symbol":"LTC-USDT","type":"limit","size":"1","price":"60"})";
}

void TestKucoin::routesOrders()
{
    QFETCH(QString, type);
    QFETCH(QString, price);
    QFETCH(QString, extra);
    QFETCH(QString, url);
    QFETCH(QString, body);
    Fixture f(readFixture("created.json"));
    const std::string p = price.toStdString();
    auto r = create(f, "LTC/USDT", type.toLatin1().constData(), "buy", "1", p.empty() ? nullptr : p.c_str(),
                    extra.toLatin1().constData());
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
    QCOMPARE(QString::fromStdString(f.sent().url), url);
    QCOMPARE(QString::fromStdString(f.sent().body), body);
    QCOMPARE(r.value().id, OptString("5bd6e9286d99522a52e458de"));
    QCOMPARE(r.value().symbol, std::string("LTC/USDT"));
}

void TestKucoin::roundsToTheMarket()
{
    // LTC/USDT: amount step 0.01 (truncated), price step 0.001 (rounded).
    Fixture f(readFixture("created.json"));
    auto r = create(f, "LTC/USDT", "limit", "buy", "0.1323432432423434", "65.423623423", R"({"clientOrderId":"c"})");
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.find("\"size\":\"0.13\",\"price\":\"65.424\"") != std::string::npos);
    // Without a client id, one is made up so that the order can be found again.
    r = create(f, "LTC/USDT", "limit", "buy", "1", "60", "{}");
    QVERIFY(r.ok());
    QVERIFY(f.sent().body.find("\"clientOid\":\"bourse") != std::string::npos);
}

void TestKucoin::refusesConflictingOrderOptions()
{
    Fixture f(readFixture("created.json"));
    auto r = create(f, "LTC/USDT", "limit", "buy", "1", "60", R"({"postOnly":true,"timeInForce":"IOC"})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    r = create(f, "LTC/USDT", "market", "buy", "1", nullptr, R"({"postOnly":true})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    r = create(f, "LTC/USDT", "limit", "sell", "1", "60", R"({"stopLossPrice":50,"takeProfitPrice":70})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::ExchangeError);
    r = create(f, "LTC/USDT", "market", "buy", "1", nullptr, R"({"cost":0.0000001})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests().empty());
}

void TestKucoin::routesCancels_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("url");
    auto base = [](const char* path) { return QStringLiteral("https://api.kucoin.com/api/") + QLatin1String(path); };
    QTest::newRow("classic") << "{}" << base("v1/orders/123");
    QTest::newRow("hf") << R"({"hf":true})" << base("v1/hf/orders/123?symbol=LTC-USDT");
    QTest::newRow("sync by client id") << R"({"sync":true,"clientOrderId":"c1"})"
                                       << base("v1/hf/orders/sync/client-order/c1?symbol=LTC-USDT");
    QTest::newRow("stop") << R"({"stop":true})" << base("v1/stop-order/123");
    QTest::newRow("stop by client id") << R"({"trigger":true,"clientOrderId":"c1"})"
                                       << base("v1/stop-order/cancelOrderByClientOid?clientOid=c1");
    QTest::newRow("cross stop") << R"({"marginMode":"cross","trigger":true})"
                                << base("v3/hf/margin/stop-order/cancel-by-id?orderId=123");
}

void TestKucoin::routesCancels()
{
    QFETCH(QString, extra);
    QFETCH(QString, url);
    Fixture f(readFixture("cancelled.json"));
    auto r = await<Order>(
        [&](Callback<Order> cb) { f.kucoin.cancelOrder("123", "LTC/USDT", params(extra.toLatin1().constData()), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(QString::fromStdString(f.sent().url), url);
}

void TestKucoin::picksTheOrderBook()
{
    Fixture f(readFixture("orderbook.json"));
    // With a key and no limit, the whole book (private, v3); with a limit, the public 20 or 100 best.
    auto r = await<OrderBook>([&](Callback<OrderBook> cb) { f.kucoin.fetchOrderBook("BTC/USDT", {}, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v3/market/orderbook/level2?symbol=BTC-USDT"));
    QVERIFY(f.header("KC-API-SIGN").has_value());
    r = await<OrderBook>([&](Callback<OrderBook> cb) { f.kucoin.fetchOrderBook("BTC/USDT", 20, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/market/orderbook/level2_20?symbol=BTC-USDT"));
    QVERIFY(!f.header("KC-API-SIGN").has_value());
    r = await<OrderBook>([&](Callback<OrderBook> cb) { f.kucoin.fetchOrderBook("BTC/USDT", 50, {}, cb); });
    QVERIFY(!r.ok());
}

void TestKucoin::parsesMarkets()
{
    Fixture f;
    JsonDocument symbols = JsonDocument::parse(readFixture("symbols.json"));
    JsonDocument tickers = JsonDocument::parse(readFixture("allTickers.json"));
    Market btc = kucoin::parseMarket(symbols.root()["data"][0], tickers.root()["data"]["ticker"][0], f.kucoin);
    QCOMPARE(btc.symbol, std::string("BTC/USDT"));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("0.1")));
    QCOMPARE(btc.limits.cost.min, OptDecimal(dec("0.1")));
    QCOMPARE(btc.taker, OptDecimal(dec("0.001")));
    QCOMPARE(btc.margin, true);
    QCOMPARE(btc.active, OptBool(true));
    // KuCoin's WAX is WAXP elsewhere; its fee is the rate times a coefficient of 2.
    Market wax = kucoin::parseMarket(symbols.root()["data"][1], tickers.root()["data"]["ticker"][1], f.kucoin);
    QCOMPARE(wax.symbol, std::string("WAXP/USDT"));
    QCOMPARE(wax.baseId, std::string("WAX"));
    QCOMPARE(wax.maker, OptDecimal(dec("0.002")));
    QCOMPARE(wax.active, OptBool(false));
}

void TestKucoin::loadsMarketsWithMarginAndHf()
{
    // With a key, markets also ask which symbols trade on cross and isolated margin, and whether the account is
    // on the hf book, which then becomes where orders go.
    bourse::test::ScriptedTransport transport;
    Clock clock;
    clock.fixAt(1700000000000);
    Kucoin kucoin(transport, clock);
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    c.password = "password";
    kucoin.setCredentials(c);
    transport.push(200, readFixture("symbols.json"));
    transport.push(200, readFixture("allTickers.json"));
    transport.push(200, R"({"code":"200000","data":{"timestamp":1700000000000,"items":[{"symbol":"BTC-USDT"}]}})");
    transport.push(200, R"({"code":"200000","data":[{"symbol":"WAX-USDT"}]})");
    transport.push(200, R"({"code":"200000","data":true})");
    transport.push(200, readFixture("created.json"));
    auto loaded = await<std::monostate>([&](Callback<std::monostate> cb) { kucoin.loadMarkets(cb); });
    QVERIFY(loaded.ok());
    QCOMPARE(transport.requests.size(), size_t(5));
    QCOMPARE(transport.requests[0].url, std::string("https://api.kucoin.com/api/v2/symbols"));
    QCOMPARE(transport.requests[2].url, std::string("https://api.kucoin.com/api/v3/margin/symbols"));
    QCOMPARE(transport.requests[3].url, std::string("https://api.kucoin.com/api/v3/isolated/symbols"));
    QCOMPARE(transport.requests[4].url, std::string("https://api.kucoin.com/api/v1/hf/accounts/opened"));
    const Market& btc = kucoin.market("BTC/USDT");
    QCOMPARE(btc.marginModes.cross, OptBool(true));
    QCOMPARE(btc.marginModes.isolated, OptBool(false));
    const Market& wax = kucoin.market("WAXP/USDT");
    QCOMPARE(wax.margin, true); // not margin-enabled on its own, but on the isolated list
    QCOMPARE(wax.taker, OptDecimal(dec("0.002")));
    QVERIFY(kucoin.hfDefault());
    auto order = await<Order>([&](Callback<Order> cb) {
        kucoin.createOrder("BTC/USDT", "limit", "buy", dec("0.001"), dec("30000"), {}, cb);
    });
    QVERIFY(order.ok());
    QCOMPARE(transport.requests.back().url, std::string("https://api.kucoin.com/api/v1/hf/orders"));
}

void TestKucoin::parsesCurrencies()
{
    Fixture f(readFixture("currencies.json"));
    auto r =
        await<std::vector<Currency>>([&](Callback<std::vector<Currency>> cb) { f.kucoin.fetchCurrencies({}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(3)); // OPEN_ERROR is no currency
    const Currency& usdt = r.value()[1];
    QCOMPARE(usdt.code, std::string("USDT"));
    QCOMPARE(usdt.networks.size(), size_t(2));
    QCOMPARE(usdt.networks[0].network, std::string("ERC20"));
    QCOMPARE(usdt.networks[1].network, std::string("TRC20"));
    // The currency takes the cheapest network's fee, the coarsest step, and deposits if any network does.
    QCOMPARE(usdt.fee, OptDecimal(dec("1")));
    QCOMPARE(usdt.precision, OptDecimal(dec("0.000001")));
    QCOMPARE(usdt.deposit, OptBool(true));
    QCOMPARE(usdt.withdrawLimits.min, OptDecimal(dec("10")));
    QCOMPARE(r.value()[2].type, OptString("fiat"));
}

void TestKucoin::parsesTicker()
{
    Fixture f(readFixture("allTickers.json"));
    auto r = await<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.kucoin.fetchTickers({"BTC/USDT"}, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    const Ticker& t = r.value()[0];
    QCOMPARE(t.timestamp, OptInt(1709897710012)); // the answer's time, given to every entry
    QCOMPARE(t.bid, OptDecimal(dec("67399.9")));
    QCOMPARE(t.askVolume, OptDecimal(dec("1.2")));
    // No open in the answer: last less the change. changeRate is a fraction.
    QCOMPARE(t.open, OptDecimal(dec("66802.1")));
    QCOMPARE(t.percentage, OptDecimal(dec("0.89")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("6442.17728633")));
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/market/allTickers"));
}

void TestKucoin::parsesOrderBook()
{
    JsonDocument doc = JsonDocument::parse(readFixture("orderbook.json"));
    OrderBook b = kucoin::parseOrderBook(doc.root()["data"], "BTC/USDT");
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("6500.12")); // best first, whatever order KuCoin sent
    QCOMPARE(b.asks[0].price, dec("6500.15"));
    QCOMPARE(b.asks[0].amount, dec("0.57753524"));
    QCOMPARE(b.timestamp, OptInt(1550653727731));
    QCOMPARE(b.nonce, OptInt(1550653727731));
}

void TestKucoin::parsesPublicTrades()
{
    Fixture f(readFixture("histories.json"));
    auto r = await<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { f.kucoin.fetchTrades("BTC/USDT", {}, {}, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& t = r.value()[1];
    QCOMPARE(t.timestamp, OptInt(1545904581619)); // nanoseconds cut to milliseconds
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.cost, OptDecimal(dec("0.003564")));
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
}

void TestKucoin::parsesOrders()
{
    Fixture f(readFixture("order.json"));
    auto r =
        await<Order>([&](Callback<Order> cb) { f.kucoin.fetchOrder("5c35c02703aa673ceec2a168", "BTC/USDT", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/orders/5c35c02703aa673ceec2a168"));
    const Order& o = r.value();
    QCOMPARE(o.status, OptString("closed")); // isActive false
    QCOMPARE(o.filled, OptDecimal(dec("2")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    QCOMPARE(o.cost, OptDecimal(dec("0.166")));
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.0002")));
    QCOMPARE(o.fee->currency, OptString("USDT"));
    QCOMPARE(o.clientOrderId, OptString()); // "" is no id

    // The hf book answers with a list and `active`; a cancelled order says cancelExist.
    Fixture hf(readFixture("hforders.json"));
    auto list = await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        hf.kucoin.fetchClosedOrders("BTC/USDT", {}, {}, params(R"({"hf":true})"), cb);
    });
    QVERIFY(list.ok());
    QCOMPARE(hf.sent().url,
             std::string("https://api.kucoin.com/api/v1/hf/orders/done?symbol=BTC-USDT&tradeType=TRADE&status=done"));
    QCOMPARE(list.value().size(), size_t(2));
    const Order& canceled = list.value()[0]; // oldest first
    QCOMPARE(canceled.status, OptString("canceled"));
    QCOMPARE(canceled.postOnly, OptBool(true));
    QCOMPARE(canceled.average, OptDecimal(dec("20000")));
    const Order& market = list.value()[1];
    QCOMPARE(market.status, OptString("closed"));
    QCOMPARE(market.price, OptDecimal(dec("27390"))); // a market order's price is its average
}

void TestKucoin::parsesStopOrder()
{
    Fixture f(readFixture("stoporder.json"));
    auto r = await<Order>([&](Callback<Order> cb) {
        f.kucoin.fetchOrder("vs8hoo8q2ceshiue003b67c0", "BTC/USDT", params(R"({"trigger":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/stop-order/vs8hoo8q2ceshiue003b67c0"));
    QCOMPARE(r.value().status, OptString("open")); // NEW: not triggered yet
    QCOMPARE(r.value().triggerPrice, OptDecimal(dec("10")));
    QCOMPARE(r.value().amount, OptDecimal(dec("0.01")));
}

void TestKucoin::parsesCreateAndCancelAnswers()
{
    Fixture f(readFixture("cancelled.json"));
    auto r = await<Order>([&](Callback<Order> cb) { f.kucoin.cancelOrder("5bd6e9286d99522a52e458de", "", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("5bd6e9286d99522a52e458de"));
    auto all = await<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.kucoin.cancelAllOrders("", params(R"({"hf":true})"), cb); });
    QVERIFY(all.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/hf/orders/cancelAll"));
}

void TestKucoin::parsesFills()
{
    Fixture f(readFixture("fills.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.kucoin.fetchMyTrades("BTC/USDT", 1661390000000, 5, params(R"({"hf":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.kucoin.com/api/v1/hf/fills?symbol=BTC-USDT&limit=5&startAt=1661390000000"));
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& buy = r.value()[0]; // oldest first
    QCOMPARE(buy.id, OptString("616179312642"));
    QCOMPARE(buy.takerOrMaker, OptString("taker"));
    QCOMPARE(buy.fee->currency, OptString("BTC"));
    QCOMPARE(buy.fee->rate, OptDecimal(dec("0.001")));
    QCOMPARE(buy.cost, OptDecimal(dec("400.02")));
    QCOMPARE(buy.type, OptString("market"));
    // hf without a symbol is refused before anything is sent.
    auto refused = await<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { f.kucoin.fetchMyTrades("", {}, {}, params(R"({"hf":true})"), cb); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestKucoin::parsesBalance()
{
    Fixture f(readFixture("accounts.json"));
    // One answer lists every account; a balance keeps the account type asked for.
    auto main =
        await<Balance>([&](Callback<Balance> cb) { f.kucoin.fetchBalance(params(R"({"type":"funding"})"), cb); });
    QVERIFY(main.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/accounts?type=main"));
    QCOMPARE(main.value().currencies.size(), size_t(1));
    QCOMPARE(main.value().currencies.at("BTC").used, OptDecimal(dec("0.01099")));
    auto hf = await<Balance>([&](Callback<Balance> cb) { f.kucoin.fetchBalance(params(R"({"hf":true})"), cb); });
    QVERIFY(hf.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/accounts?type=trade_hf"));
    QCOMPARE(hf.value().currencies.at("WAXP").free, OptDecimal(dec("7.5")));
}

void TestKucoin::parsesMarginBalance()
{
    Fixture f(readFixture("isolated.json"));
    auto r = await<Balance>(
        [&](Callback<Balance> cb) { f.kucoin.fetchBalance(params(R"({"marginMode":"isolated","code":"BTC"})"), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v3/isolated/accounts?balanceCurrency=BTC&code=BTC"));
    // USDT is the quote of two isolated symbols: its balances add up.
    QCOMPARE(r.value().currencies.at("USDT").total, OptDecimal(dec("5.97")));
    QCOMPARE(r.value().currencies.at("ETH").used, OptDecimal(dec("0.05")));
    auto cross =
        await<Balance>([&](Callback<Balance> cb) { f.kucoin.fetchBalance(params(R"({"type":"margin"})"), cb); });
    QVERIFY(cross.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/margin/account"));
}

void TestKucoin::parsesTransactions()
{
    Fixture f(readFixture("deposits.json"));
    auto r = await<std::vector<Transaction>>(
        [&](Callback<std::vector<Transaction>> cb) { f.kucoin.fetchDeposits("", 1500000000000, 10, {}, cb); });
    QVERIFY(r.ok());
    // Before 2019-02-18 the history is a v1 endpoint counting in seconds.
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/hist-deposits?pageSize=10&startAt=1500000000"));
    QCOMPARE(r.value().size(), size_t(2));
    const Transaction& usdt = r.value()[0]; // oldest first
    QCOMPARE(usdt.txid, OptString("9f0e9a4c5a"));
    QCOMPARE(usdt.network, OptString("TRC20"));
    QCOMPARE(usdt.status, OptString("pending"));
    QCOMPARE(usdt.fee->rate, OptDecimal(dec("0.01")));
    const Transaction& xrp = r.value()[1];
    QCOMPARE(xrp.network, OptString("XRP"));
    QCOMPARE(xrp.tag, OptString("1919537769"));
    QCOMPARE(xrp.type, OptString("deposit"));

    Fixture w(readFixture("withdrawals.json"));
    auto out = await<std::vector<Transaction>>(
        [&](Callback<std::vector<Transaction>> cb) { w.kucoin.fetchWithdrawals("XRP", {}, {}, {}, cb); });
    QVERIFY(out.ok());
    QCOMPARE(w.sent().url, std::string("https://api.kucoin.com/api/v1/withdrawals?currency=XRP"));
    QCOMPARE(out.value()[0].id, OptString("63564dbbd17bef00019371fb"));
    QCOMPARE(out.value()[0].type, OptString("withdrawal"));
    QCOMPARE(out.value()[0].status, OptString("ok"));
}

void TestKucoin::parsesDepositAddress()
{
    Fixture f(readFixture("depositaddress.json"));
    auto r = await<DepositAddress>([&](Callback<DepositAddress> cb) {
        f.kucoin.fetchDepositAddress("USDT", params(R"({"network":"ERC20"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kucoin.com/api/v1/deposit-addresses?currency=USDT&chain=eth"));
    QCOMPARE(r.value().address, OptString("0x78d3ad1c0aa1bf068e19c94a2d7b16c9c0fcd8b1"));
    QCOMPARE(r.value().network, OptString("ERC20"));
    QCOMPARE(r.value().tag, OptString());
    Fixture empty(R"({"code":"200000","data":{"address":"aaaa","chainId":"eth"}})");
    auto bad =
        await<DepositAddress>([&](Callback<DepositAddress> cb) { empty.kucoin.fetchDepositAddress("USDT", {}, cb); });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), ErrorKind::InvalidAddress);
}

void TestKucoin::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("bad signature") << R"({"code":"400005","msg":"Invalid KC-API-SIGN"})" << 401
                                   << int(ErrorKind::AuthenticationError);
    QTest::newRow("wrong passphrase") << R"({"code":"400004","msg":"Invalid KC-API-PASSPHRASE"})" << 401
                                      << int(ErrorKind::AuthenticationError);
    QTest::newRow("insufficient") << R"({"code":"200004","msg":"Balance insufficient!"})" << 200
                                  << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order gone") << R"({"code":"400100","msg":"order_not_exist_or_not_allow_to_cancel"})" << 200
                                << int(ErrorKind::OrderNotFound);
    QTest::newRow("too small") << R"({"code":"400100","msg":"Order size below the minimum requirement."})" << 200
                               << int(ErrorKind::InvalidOrder);
    QTest::newRow("other parameter") << R"({"code":"400100","msg":"symbol.invalid"})" << 200
                                     << int(ErrorKind::BadRequest);
    QTest::newRow("frequency") << R"({"code":"429000","msg":"Exceeded the access frequency."})" << 429
                               << int(ErrorKind::RateLimitExceeded);
    QTest::newRow("clock") << R"({"code":"400002","msg":"KC-API-TIMESTAMP Invalid"})" << 200
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("unknown code") << R"({"code":"999999","msg":"something new"})" << 200
                                  << int(ErrorKind::ExchangeError);
}

void TestKucoin::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = await<Balance>([&](Callback<Balance> cb) { f.kucoin.fetchBalance({}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestKucoin)
#include "TestKucoin.moc"
