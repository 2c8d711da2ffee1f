// SPDX-License-Identifier: GPL-3.0-or-later
// The kraken adapter: API-Sign against Kraken's documented example and against values computed independently
// (python3 hashlib/hmac), the request shapes of the order types, asset-code mapping, the parsers on real payload
// shapes, and the error array Kraken sends with HTTP 200.
#include "core/OfflineTransports.h"
#include "kraken/Kraken.h"
#include "kraken/KrakenParsers.h"
#include "kraken/KrakenSigner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTest>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

OptDecimal optDec(const char* text)
{
    return Decimal::parse(text);
}

std::string readFixture(const char* name)
{
    QFile file(QStringLiteral(KRAKEN_FIXTURES_DIR "/") + QLatin1String(name));
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

// An exchange that answers every request with one body (FixedResponseTransport) and records what it sent.
struct Fixture
{
    FixedResponseTransport transport;
    Clock clock;
    Kraken kraken {transport, clock};

    explicit Fixture(std::string body = R"({"error":[],"result":{}})", int status = 200,
                     const char* secret = "secretsecret")
        : transport(std::move(body), status)
    {
        kraken.setMarkets(fixtureMarkets());
        Credentials c;
        c.apiKey = "key";
        c.secret = secret;
        kraken.setCredentials(c);
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

// Runs one asynchronous call to its end. The fixed transport answers at once; the loop is there for the throttle.
template<typename T> Result<T> await(const std::function<void(Callback<T>)>& call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    if (!result) {
        return Error(ErrorKind::RequestTimeout, "the test call never finished");
    }
    return std::move(*result);
}

} // namespace

class TestKraken : public QObject
{
    Q_OBJECT

private slots:
    void signsTheDocumentedExample();
    void signsAPrivateOrder();
    void readsASecretThatIsNotAKey();
    void sendsPercentagePricesAsJson();
    void sendsPublicCallsAsGets();
    void buildsOrderTypes();
    void refusesConflictingPostOnly();
    void mapsAssetCodes();
    void parsesAssetPairs();
    void parsesTicker();
    void parsesOrderBook();
    void parsesPublicTrades();
    void parsesPrivateTrades();
    void parsesClosedOrder();
    void parsesCreatedStopOrder();
    void parsesBalance();
    void mapsErrorArrays_data();
    void mapsErrorArrays();
    void unknownOrderOnCancelIsNotFound();
    void htmlAndTruncatedAnswers_data();
    void htmlAndTruncatedAnswers();
    void describesItself();
};

void TestKraken::signsTheDocumentedExample()
{
    // docs.kraken.com/api-reference, "Authentication": this key, nonce, body and path give this API-Sign.
    const char* secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    const std::string nonce = "1616492376594";
    const std::string body = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";
    QCOMPARE(kraken::apiSign("/0/private/AddOrder", nonce, body, secret),
             std::string("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="));
}

void TestKraken::signsAPrivateOrder()
{
    // The documented key and nonce on a unified limit buy. Expected signature computed with python3:
    //   base64(hmac.new(b64decode(secret), b"/0/private/AddOrder" + sha256((nonce + body).encode()).digest(),
    //          sha512).digest())
    Fixture f(R"({"error":[],"result":{"descr":{"order":"buy 1.25000000 XBTUSD @ limit 37500.0"},"txid":["OX"]}})", 200,
              "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==");
    f.clock.fixAt(1616492376594);
    auto r = await<Order>([&](Callback<Order> cb) {
        f.kraken.createOrder("BTC/USD", "limit", "buy", dec("1.25"), dec("37500"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.kraken.com/0/private/AddOrder"));
    QCOMPARE(f.sent().body,
             std::string("nonce=1616492376594&pair=XXBTZUSD&type=buy&ordertype=limit&volume=1.25&price=37500"));
    QCOMPARE(f.header("API-Key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("API-Sign"),
             std::optional<std::string>(
                 "XgOXUMACg6ptI8tBO2vFmIod9447hgL8R2vz8rzXWsvZHkxz8Lj4A6Zox/hn6kZ7f1A3XWeksT0dB8q0wz51mA=="));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
    QCOMPARE(r.value().id, OptString("OX"));
}

void TestKraken::readsASecretThatIsNotAKey()
{
    // "secretsecret" decodes to 9 bytes; the same value as ccxt signs with (python3 as above).
    Fixture f(R"({"error":[],"result":{}})");
    auto r = await<Balance>([&](Callback<Balance> cb) { f.kraken.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.kraken.com/0/private/BalanceEx"));
    QCOMPARE(f.sent().body, std::string("nonce=1700000000000"));
    QCOMPARE(f.header("API-Sign"),
             std::optional<std::string>(
                 "LvvIskohNo3GlVbr0A40vhQq79veHS0aOamL65C1khyZ4hcN/50O3jjZ1n57ijvLzpWoH07k3DJXX238+s3eUQ=="));
    // Characters outside base64 are skipped rather than refused.
    QCOMPARE(kraken::decodeSecret("c2VjcmV0!"), kraken::decodeSecret("c2VjcmV0"));
}

void TestKraken::sendsPercentagePricesAsJson()
{
    // A "+5%" price would not survive Kraken's form parsing: the body is JSON, the nonce a string.
    Fixture f(R"({"error":[],"result":{"descr":{"order":"sell 0.00100000 XBTUSD @ trailing stop +5.0000%"},
                  "txid":["OT"]}})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.kraken.createOrder("BTC/USD", "market", "sell", dec("0.001"), std::nullopt,
                             params(R"({"trailingPercent":5})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body,
             std::string(R"({"nonce":"1700000000000","pair":"XXBTZUSD","type":"sell",)"
                         R"("ordertype":"trailing-stop","volume":"0.001","trigger":"last",)"
                         R"("price":"+5%"})"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/json"));
    QCOMPARE(f.header("API-Sign"),
             std::optional<std::string>(
                 "eb6bvIAzUo/2rszG5Qh0wS3vB53NxJhwlKnwQ9iRtgHwjWd5hEBYV1RvHR4/+qDdiH/31BGGDKPu+7NOt/wkKw=="));
    QCOMPARE(r.value().type, OptString("trailing stop"));
    QVERIFY(!r.value().price);
}

void TestKraken::sendsPublicCallsAsGets()
{
    Fixture f(readFixture("depth.json"));
    auto r = await<OrderBook>(
        [&](Callback<OrderBook> cb) { f.kraken.fetchOrderBook("BTC/USD", 10, params(R"({"x":"a b"})"), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api.kraken.com/0/public/Depth?pair=XXBTZUSD&count=10&x=a%20b"));
    QVERIFY(f.sent().headers.empty());
    QVERIFY(f.sent().body.empty());

    Fixture t(R"({"error":[],"result":{"XXBTZUSD":[],"last":"1"}})");
    auto trades = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        t.kraken.fetchTrades("BTC/USDT", 1716550666738, std::nullopt, {}, cb);
    });
    // Kraken's `since` is in seconds.
    QCOMPARE(t.sent().url, std::string("https://api.kraken.com/0/public/Trades?pair=XBTUSDT&since=1716550666"));
}

void TestKraken::buildsOrderTypes()
{
    Fixture f;
    const Market& ltc = f.kraken.market("LTC/USDT");
    struct Case
    {
        const char* type;
        OptDecimal price;
        const char* params;
        const char* expected;
    } cases[] = {
        // Amount truncated to 1e-8, price rounded to the 1e-5 tick.
        {"limit", optDec("50.123456"), "{}",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"limit","volume":"0.12345678","price":"50.12346"})"},
        // Market buy by cost: the volume is the quote amount, flagged viqc.
        {"market", std::nullopt, R"({"cost":12.3456789})",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"market","volume":"12.34567","oflags":"viqc"})"},
        {"limit", optDec("54"), R"({"stopLossPrice":55})",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"stop-loss-limit","volume":"0.12345678","price":"55",)"
         R"("price2":"54"})"},
        {"market", std::nullopt, R"({"takeProfitPrice":60})",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"take-profit","volume":"0.12345678","price":"60"})"},
        {"limit", optDec("50"), R"({"postOnly":true,"oflags":"fcib","clientOrderId":"c1","timeInForce":"GTC"})",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"limit","volume":"0.12345678","cl_ord_id":"c1",)"
         R"("price":"50","timeinforce":"GTC","oflags":"fcib,post"})"},
        {"limit", optDec("50"), R"({"trailingAmount":2,"trailingLimitAmount":1})",
         R"({"pair":"LTCUSDT","type":"buy","ordertype":"trailing-stop-limit","volume":"0.12345678",)"
         R"("trigger":"last","price":"+2","price2":"-1"})"},
    };
    for (const auto& c : cases) {
        JsonValue p = params(c.params);
        JsonValue req = f.kraken.orderRequest(ltc, c.type, "buy", dec("0.123456789"), c.price, p);
        QCOMPARE(req.dump(), std::string(c.expected));
        QCOMPARE(p.size(), size_t(0)); // every unified option consumed
    }
}

void TestKraken::refusesConflictingPostOnly()
{
    Fixture f;
    const Market& ltc = f.kraken.market("LTC/USDT");
    JsonValue ioc = params(R"({"postOnly":true,"timeInForce":"IOC"})");
    QVERIFY_THROWS_EXCEPTION(Error, f.kraken.orderRequest(ltc, "limit", "buy", dec("1"), dec("50"), ioc));
    JsonValue market = params(R"({"postOnly":true})");
    try {
        f.kraken.orderRequest(ltc, "market", "buy", dec("1"), std::nullopt, market);
        QFAIL("a post-only market order was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidOrder);
    }
    JsonValue none = JsonValue::object();
    try {
        f.kraken.orderRequest(ltc, "limit", "buy", dec("0.000000001"), dec("50"), none);
        QFAIL("an amount below the step was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidOrder);
    }
}

void TestKraken::mapsAssetCodes()
{
    Fixture f;
    QCOMPARE(f.kraken.currencyCode("XXBT"), std::string("BTC"));
    QCOMPARE(f.kraken.currencyCode("XBT"), std::string("BTC"));
    QCOMPARE(f.kraken.currencyCode("ZUSD"), std::string("USD"));
    QCOMPARE(f.kraken.currencyCode("XDG"), std::string("DOGE"));
    QCOMPARE(f.kraken.currencyCode("XXDG"), std::string("DOGE"));
    QCOMPARE(f.kraken.currencyCode("ZEUR"), std::string("EUR"));
    QCOMPARE(f.kraken.currencyCode("USDT"), std::string("USDT"));
    // Staked and opt-in variants keep their suffix; only the base name is mapped.
    QCOMPARE(f.kraken.currencyCode("XBT.M"), std::string("BTC.M"));
    QCOMPARE(f.kraken.currencyCode("ETH2.S"), std::string("ETH2.S"));
    // And back: the asset name Kraken's funding calls want.
    QCOMPARE(f.kraken.currencyId("BTC"), std::string("XXBT"));
    QCOMPARE(f.kraken.currencyId("USD"), std::string("ZUSD"));
    QCOMPARE(f.kraken.currencyId("USDT"), std::string("USDT"));
    QVERIFY_THROWS_EXCEPTION(Error, f.kraken.currencyId("NOPE"));

    // Assets teaches the X/Z names by their altname.
    JsonDocument assets =
        JsonDocument::parse(R"({"aclass":"currency","altname":"XDG","decimals":8,"status":"enabled"})");
    Currency doge = kraken::parseCurrency("XXDG", assets.root(), f.kraken);
    QCOMPARE(doge.code, std::string("DOGE"));
    QCOMPARE(doge.precision, optDec("0.00000001"));
    QCOMPARE(doge.active, OptBool(true));
}

void TestKraken::parsesAssetPairs()
{
    JsonDocument doc = JsonDocument::parse(R"({"altname":"XBTUSD","wsname":"XBT/USD","base":"XXBT","quote":"ZUSD",
        "pair_decimals":1,"lot_decimals":8,"leverage_buy":[2,3,4,5],"fees":[[0,0.4],[10000,0.35]],
        "fees_maker":[[0,0.25],[10000,0.2]],"ordermin":"0.0001","costmin":"0.5","status":"online"})");
    Fixture f;
    Market m = kraken::parseMarket("XXBTZUSD", doc.root(), f.kraken);
    QCOMPARE(m.id, std::string("XXBTZUSD"));
    QCOMPARE(m.symbol, std::string("BTC/USD"));
    QCOMPARE(m.base, std::string("BTC"));
    QCOMPARE(m.quote, std::string("USD"));
    QCOMPARE(m.active, OptBool(true));
    QVERIFY(m.margin);
    QCOMPARE(m.precision.price, optDec("0.1"));
    QCOMPARE(m.precision.amount, optDec("0.00000001"));
    QCOMPARE(m.taker, optDec("0.004")); // the first fee tier, in percent
    QCOMPARE(m.maker, optDec("0.0025"));
    QCOMPARE(m.limits.amount.min, optDec("0.0001"));
    QCOMPARE(m.limits.cost.min, optDec("0.5"));
    QCOMPARE(m.limits.leverage.max, optDec("5"));
    QCOMPARE(m.toJson().find("altname")->asString(), OptString("XBTUSD"));
}

void TestKraken::parsesTicker()
{
    Fixture f(readFixture("ticker.json"));
    auto r = await<Ticker>([&](Callback<Ticker> cb) { f.kraken.fetchTicker("BTC/USD", {}, cb); });
    QVERIFY(r.ok());
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.last, optDec("30303.2"));
    QCOMPARE(t.close, optDec("30303.2"));
    QCOMPARE(t.bid, optDec("30300"));
    QCOMPARE(t.bidVolume, optDec("2"));
    QCOMPARE(t.ask, optDec("30300.1"));
    QCOMPARE(t.high, optDec("31631"));
    QCOMPARE(t.low, optDec("29868.3"));
    QCOMPARE(t.open, optDec("30502.8"));
    // The 24-hour figures, and what follows from them.
    QCOMPARE(t.baseVolume, optDec("4412.73601799"));
    QCOMPARE(t.vwap, optDec("30689.13205"));
    QCOMPARE(t.quoteVolume, optDec("135423038.3578862855795"));
    QCOMPARE(t.change, optDec("-199.6"));
    QCOMPARE(t.average, optDec("30403"));
    QVERIFY(t.percentage && t.percentage->toString().rfind("-0.654366156549562", 0) == 0);
    QVERIFY(!t.timestamp);
}

void TestKraken::parsesOrderBook()
{
    JsonDocument doc = JsonDocument::parse(readFixture("depth.json"));
    OrderBook book = kraken::parseOrderBook(doc.root()["result"]["XXBTZUSD"], "BTC/USD");
    QCOMPARE(book.symbol, std::string("BTC/USD"));
    QCOMPARE(book.bids.size(), size_t(3));
    QCOMPARE(book.asks.size(), size_t(3));
    // Best first on both sides, whatever order Kraken sent.
    QCOMPARE(book.bids[0].price, dec("30299.95"));
    QCOMPARE(book.bids[2].price, dec("30299"));
    QCOMPARE(book.bids[2].amount, dec("20"));
    QCOMPARE(book.asks[0].price, dec("30300"));
    QCOMPARE(book.asks[0].amount, dec("4"));
    QCOMPARE(book.asks[2].price, dec("30310.5"));
    QVERIFY(!book.timestamp);
    // Each level keeps Kraken's update time as its third element, as ccxt prints it.
    QCOMPARE(book.bids[0].countOrId, OptInt(1688671600));
    JsonValue json = book.toJson();
    QCOMPARE(json.find("asks")->items()[0].items().size(), size_t(3));
    QCOMPARE(json.find("asks")->items()[0].items()[2].asInteger(), OptInt(1688671650));
}

void TestKraken::parsesPublicTrades()
{
    Fixture f(readFixture("trades.json"));
    auto r = await<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { f.kraken.fetchTrades("BTC/USD", std::nullopt, std::nullopt, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& buy = r.value()[0];
    QCOMPARE(buy.id, OptString("61044952"));
    QCOMPARE(buy.symbol, std::string("BTC/USD"));
    QCOMPARE(buy.timestamp, OptInt(1688669597827));
    QCOMPARE(buy.side, OptString("buy"));
    QCOMPARE(buy.type, OptString("market"));
    QCOMPARE(buy.price, optDec("30243.4"));
    QCOMPARE(buy.amount, optDec("0.34507674"));
    QCOMPARE(buy.cost, optDec("10436.293878516"));
    QVERIFY(!buy.fee);
    const Trade& sell = r.value()[1];
    QCOMPARE(sell.side, OptString("sell"));
    QCOMPARE(sell.type, OptString("limit"));
    QCOMPARE(sell.timestamp, OptInt(1688669598280));
    QCOMPARE(iso8601(*sell.timestamp), std::string("2023-07-06T18:53:18.280Z"));
}

void TestKraken::parsesPrivateTrades()
{
    Fixture f(readFixture("mytrades.json"));
    auto r = await<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { f.kraken.fetchMyTrades("", std::nullopt, std::nullopt, {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("THVRQM-33VKH-UCI7BS"));
    QCOMPARE(t.order, OptString("OQCLML-BW3P3-BUCMWZ"));
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.timestamp, OptInt(1688667796880));
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    QCOMPARE(t.cost, optDec("600.2"));
    QVERIFY(t.fee);
    QCOMPARE(t.fee->cost, optDec("0.96032"));
    QCOMPARE(t.fee->currency, OptString("USD"));
    QCOMPARE(t.fees.size(), size_t(1));
}

void TestKraken::parsesClosedOrder()
{
    Fixture f(readFixture("order.json"));
    auto r = await<Order>([&](Callback<Order> cb) { f.kraken.fetchOrder("OTLAS3-RRHUF-NDWH5A", "", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("nonce=1700000000000&trades=true&txid=OTLAS3-RRHUF-NDWH5A"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("OTLAS3-RRHUF-NDWH5A"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.type, OptString("market"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.timeInForce, OptString("IOC"));
    QCOMPARE(o.postOnly, OptBool(false));
    QCOMPARE(o.timestamp, OptInt(1586822919334));
    QCOMPARE(o.lastUpdateTimestamp, OptInt(1586822919365));
    QCOMPARE(o.amount, optDec("0.21804"));
    QCOMPARE(o.filled, optDec("0.21804"));
    QCOMPARE(o.remaining, optDec("0"));
    QCOMPARE(o.average, optDec("6851.5"));
    QCOMPARE(o.price, optDec("6851.5")); // a market order's price is its average
    // Kraken rounds `cost`; it is derived from the fill instead.
    QCOMPARE(o.cost, optDec("1493.90106"));
    QVERIFY(o.fee);
    QCOMPARE(o.fee->cost, optDec("3.8"));
    QCOMPARE(o.fee->currency, OptString("USDT")); // fciq: fee in quote
    QCOMPARE(o.trades.size(), size_t(1));
    QCOMPARE(o.trades[0].id, OptString("TT5UC3-GOIRW-6AZZ6R"));
    QCOMPARE(o.trades[0].toJson().find("orderId")->asString(), OptString("OTLAS3-RRHUF-NDWH5A"));

    Fixture missing(readFixture("order.json"));
    auto notFound = await<Order>([&](Callback<Order> cb) { missing.kraken.fetchOrder("OTHER", "", {}, cb); });
    QVERIFY(!notFound.ok());
    QCOMPARE(notFound.error().kind(), ErrorKind::OrderNotFound);
}

void TestKraken::parsesCreatedStopOrder()
{
    // AddOrder only describes the order in a sentence.
    JsonDocument doc = JsonDocument::parse(
        R"({"descr":{"order":"buy 0.10000000 LTCUSDT @ stop loss 29.00000 -> limit 30.00000"},"txid":["OJZ42L"]})");
    Fixture f;
    Order o = kraken::parseOrder(doc.root(), f.kraken);
    QCOMPARE(o.id, OptString("OJZ42L"));
    QCOMPARE(o.symbol, std::string("LTC/USDT"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.amount, optDec("0.1"));
    QCOMPARE(o.price, optDec("30"));
    QCOMPARE(o.triggerPrice, optDec("29"));
    QCOMPARE(o.stopLossPrice, optDec("29"));
    QVERIFY(!o.timeInForce);
    QVERIFY(!o.status);
}

void TestKraken::parsesBalance()
{
    Fixture f(readFixture("balance.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.kraken.fetchBalance({}, cb); });
    QVERIFY(r.ok());
    const auto& c = r.value().currencies;
    QCOMPARE(c.size(), size_t(4));
    QCOMPARE(c.at("BTC").total, optDec("1.2435"));
    QCOMPARE(c.at("BTC").used, optDec("0.8423"));
    QCOMPARE(c.at("BTC").free, optDec("0.4012"));
    QCOMPARE(c.at("USD").free, optDec("17185.45"));
    QCOMPARE(c.at("DOGE").free, optDec("1000"));
    QCOMPARE(c.at("BTC.M").total, optDec("0.5"));
    QVERIFY(!c.at("BTC.M").free);
}

void TestKraken::mapsErrorArrays_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("insufficient funds") << R"({"error":["EOrder:Insufficient funds"]})"
                                        << int(ErrorKind::InsufficientFunds);
    QTest::newRow("invalid key") << R"({"error":["EAPI:Invalid key"]})" << int(ErrorKind::AuthenticationError);
    QTest::newRow("unknown pair") << R"({"error":["EQuery:Unknown asset pair"]})" << int(ErrorKind::BadSymbol);
    QTest::newRow("invalid nonce") << R"({"error":["EAPI:Invalid nonce"]})" << int(ErrorKind::InvalidNonce);
    QTest::newRow("broad volume") << R"({"error":["EGeneral:Invalid arguments:volume too small"]})"
                                  << int(ErrorKind::InvalidOrder);
    QTest::newRow("busy") << R"({"error":["EService:Busy"]})" << int(ErrorKind::ExchangeNotAvailable);
    QTest::newRow("unknown error") << R"({"error":["EFoo:Bar"]})" << int(ErrorKind::ExchangeError);
    QTest::newRow("warning first") << R"({"error":["WGeneral:Something","EOrder:Insufficient funds"]})"
                                   << int(ErrorKind::InsufficientFunds);
    QTest::newRow("batch order") << R"({"error":[],"result":{"orders":[{"error":"EOrder:Order minimum not met"}]}})"
                                 << int(ErrorKind::InvalidOrder);
}

void TestKraken::mapsErrorArrays()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    // Kraken says no with HTTP 200.
    Fixture f(body.toStdString(), 200);
    auto r = await<Balance>([&](Callback<Balance> cb) { f.kraken.fetchBalance({}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

void TestKraken::unknownOrderOnCancelIsNotFound()
{
    // Elsewhere "EOrder:Unknown order" is a bad order; when cancelling, the order is gone.
    Fixture f(R"({"error":["EOrder:Unknown order"]})");
    auto r = await<Order>([&](Callback<Order> cb) { f.kraken.cancelOrder("OX", "", {}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::OrderNotFound);
    QCOMPARE(f.sent().body, std::string("nonce=1700000000000&txid=OX"));
}

void TestKraken::htmlAndTruncatedAnswers_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    const char* html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    QTest::newRow("html 200") << QString::fromLatin1(html) << 200 << int(ErrorKind::BadResponse);
    QTest::newRow("html 502") << QString::fromLatin1(html) << 502 << int(ErrorKind::ExchangeNotAvailable);
    QTest::newRow("cloudflare 520") << QStringLiteral("error code: 520") << 520 << int(ErrorKind::ExchangeNotAvailable);
    QTest::newRow("truncated") << QStringLiteral(R"({"error":[],"result":{"XXBTZUSD":{"a":["303)") << 200
                               << int(ErrorKind::BadResponse);
    QTest::newRow("empty") << QString() << 200 << int(ErrorKind::BadResponse);
}

void TestKraken::htmlAndTruncatedAnswers()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), status);
    auto r = await<Ticker>([&](Callback<Ticker> cb) { f.kraken.fetchTicker("BTC/USD", {}, cb); });
    QVERIFY(!r.ok());
    // NullResponse is a BadResponse.
    QVERIFY2(errorKindIs(r.error().kind(), ErrorKind(kind)), r.error().message().c_str());
}

void TestKraken::describesItself()
{
    Fixture f;
    const ExchangeDescription& d = f.kraken.description();
    QCOMPARE(d.id, std::string("kraken"));
    QCOMPARE(d.api.at("private"), std::string("https://api.kraken.com/0/private"));
    QCOMPARE(d.rateLimitMs, 1000.0);
    QCOMPARE(d.precisionMode, CountingMode::TickSize);
    QCOMPARE(d.supports("fetchOrders"), Support::No);
    QCOMPARE(d.supports("fetchTradingFees"), Support::No);
    QCOMPARE(d.supports("fetchMyTrades"), Support::Yes);
    QCOMPARE(d.timeframe("1h"), std::optional<std::string>("60"));
    QCOMPARE(d.timeframe("2w"), std::optional<std::string>("21600"));
    QVERIFY(!d.timeframe("3m"));
    QCOMPARE(d.commonCurrencies.at("XBT"), std::string("BTC"));
}

QTEST_GUILESS_MAIN(TestKraken)
#include "TestKraken.moc"
