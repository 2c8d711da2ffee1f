// SPDX-License-Identifier: GPL-3.0-or-later
// The liqui family (liqui, dsx, tidex, yobit; their 2019 API): the signed trading form (hex HMAC-SHA512, dsx's
// base64 and /tapi/v2 path; vectors from python3's hmac), order requests at the market's decimals, the parsers on
// the answers the API documentation shows, the open-order list the closed orders are emulated from, errors mapped
// to typed errors, and yobit end to end: a local server playing its tapi, an order placed and cancelled over HTTP.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "core/QnamTransport.h"
#include "liqui/Liqui.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(LIQUI_FIXTURES_DIR);
const QString kDsxFixtures = QStringLiteral(LIQUI_FIXTURES_DIR "/dsx");

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

std::string dsxFixture(const char* name)
{
    return bourse::test::readFixtureFile(kDsxFixtures, name);
}

template<typename Ex> struct Fixture : bourse::test::AdapterFixture<Ex>
{
    explicit Fixture(std::string body)
        : bourse::test::AdapterFixture<Ex>(kFixtures, std::move(body))
    {
        this->exchange.throttler().setRateLimit(1); // no 3 s spacing between a test's calls
    }
};
using YobitFixture = Fixture<Yobit>;
using LiquiFixture = Fixture<Liqui>;

struct DsxFixture : bourse::test::AdapterFixture<Dsx>
{
    explicit DsxFixture(std::string body)
        : AdapterFixture(kDsxFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1);
    }
};

// An exchange over a scripted transport: one answer per request, in order.
template<typename Ex> struct Scripted
{
    bourse::test::ScriptedTransport transport;
    Clock clock;
    Ex exchange {transport, clock};
    Scripted()
    {
        exchange.setMarkets(bourse::test::loadMarketsFile(kFixtures + QStringLiteral("/markets.json")));
        Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        exchange.setCredentials(c);
        clock.fixAt(1700000000000);
        exchange.throttler().setRateLimit(1);
    }
    template<typename T> Result<T> run(const std::function<void(Callback<T>)>& call)
    {
        auto r = bourse::test::await<T>(call);
        return r ? std::move(*r) : Result<T>(Error(ErrorKind::RequestTimeout, "never finished"));
    }
};

} // namespace

class TestLiqui : public QObject
{
    Q_OBJECT

private slots:
    void signsTheTradingFormInHex();
    void dsxSignsInBase64UnderItsPath();
    void noncesIncreaseWithinASecond();
    void describesEachMember();
    void sendsOrdersAtTheMarketsDecimals();
    void parsesMarkets();
    void parsesTickersAndBooks();
    void parsesTradesAndBuildsCandles();
    void parsesBalances();
    void parsesOrders();
    void emulatesClosedOrdersFromTheOpenList();
    void dsxListsItsOrderHistory();
    void parsesOwnTrades();
    void tidexCurrenciesAndYobitAddress();
    void mapsErrors_data();
    void mapsErrors();
    void yobitPlacesAndCancelsOverHttp();
};

void TestLiqui::signsTheTradingFormInHex()
{
    // python3: hmac.new(b"secretsecret", b"nonce=1700000000&method=getInfo", hashlib.sha512).hexdigest()
    const std::string expected =
        "b10d98211c9468042f9317dfd19f9570b3bf13bdd82b693fdee44839f46c4b40b34e699d56d338a8e294a37"
        "844efcbc64aa5aff10f3fec187bd2bba88f598a24";
    QCOMPARE(liquiSignature("nonce=1700000000&method=getInfo", "secretsecret", false), expected);
    LiquiFixture f(fixture("getinfo_liqui.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.liqui.io/tapi"));
    QCOMPARE(f.sent().body, std::string("nonce=1700000000&method=getInfo"));
    QCOMPARE(f.header("Key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("Sign"), std::optional<std::string>(expected));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
}

void TestLiqui::dsxSignsInBase64UnderItsPath()
{
    // python3: base64.b64encode(hmac.new(b"secretsecret", b"nonce=1700000000&method=info%2Faccount",
    //          hashlib.sha512).digest())
    const std::string expected =
        "gd9pb/VYTBsy3YquTfmIp10wpfl3TlZlgQ1nr0cCClNvdAjisXyOayaOcKQtI3mk53FhlKUOVXczWjj5zw7jMw==";
    DsxFixture f(dsxFixture("account.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://dsx.uk/tapi/v2/info/account"));
    QCOMPARE(f.sent().body, std::string("nonce=1700000000&method=info%2Faccount"));
    QCOMPARE(f.header("Sign"), std::optional<std::string>(expected));
}

void TestLiqui::noncesIncreaseWithinASecond()
{
    // The API refuses a nonce that is not above the last; the clock stands still here.
    YobitFixture f(fixture("getinfo_yobit.json"));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); }).ok());
    }
    QCOMPARE(f.transport.requests().front().body, std::string("nonce=1700000000&method=getInfo"));
    QCOMPARE(f.sent().body, std::string("nonce=1700000001&method=getInfo"));
}

void TestLiqui::describesEachMember()
{
    QCOMPARE(liquiDescription().api.at("private"), std::string("https://api.liqui.io/tapi"));
    QCOMPARE(tidexDescription().api.at("public"), std::string("https://api.tidex.com/api/3"));
    QCOMPARE(yobitDescription().rateLimitMs, 3000.0);
    QCOMPARE(dsxDescription().rateLimitMs, 1500.0);
    QCOMPARE(dsxDescription().supports("fetchClosedOrders"), Support::No);
    QCOMPARE(liquiDescription().supports("fetchClosedOrders"), Support::Emulated);
    QCOMPARE(liquiDescription().supports("fetchOHLCV"), Support::Emulated);
    QCOMPARE(tidexDescription().supports("fetchCurrencies"), Support::Yes);
    QCOMPARE(yobitDescription().supports("fetchDepositAddress"), Support::Yes);
    QCOMPARE(liquiDescription().supports("fetchDepositAddress"), Support::No);
    QCOMPARE(yobitDescription().commonCurrencies.at("RUR"), std::string("RUB"));
    QCOMPARE(liquiDescription().precisionMode, CountingMode::DecimalPlaces);
    // What the base refuses for every member.
    LiquiFixture f(fixture("ticker.json"));
    auto r = f.run<long long>([&](Callback<long long> cb) { f.exchange.fetchTime(JsonValue::object(), cb); });
    QCOMPARE(r.error().kind(), ErrorKind::NotSupported);
    DsxFixture d("{}");
    auto closed = d.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        d.exchange.fetchClosedOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(closed.error().kind(), ErrorKind::NotSupported);
    QVERIFY(d.transport.requests().empty());
}

void TestLiqui::sendsOrdersAtTheMarketsDecimals()
{
    YobitFixture f(fixture("trade.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "limit", "buy", dec("0.123456789"), dec("42000.123456781"),
                               JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // Amount truncated to 8 decimals, price rounded to 8.
    QCOMPARE(f.sent().body,
             std::string("nonce=1700000000&method=Trade&pair=btc_usd&type=buy&amount=0.12345678&rate=42000.12345678"));
    // python3: hmac.new(b"secretsecret", <that body>, hashlib.sha512).hexdigest()
    QCOMPARE(f.header("Sign"),
             std::optional<std::string>("d75baee2656f8c723e29b5b734692bddfd2ace82292846ed4d319ab57e4806e"
                                        "835bada3ad3c443ebd03b496b5b09233d38de03e3fea2447c2b6bc7a736d2"
                                        "2d46"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("100025362"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    QCOMPARE(o.filled, OptDecimal(dec("0.02")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.10345678")));
    QCOMPARE(o.timestamp, OptInt(1700000000000));

    YobitFixture filled(fixture("trade_filled.json"));
    auto at = filled.run<Order>([&](Callback<Order> cb) {
        filled.exchange.createOrder("BTC/USD", "limit", "sell", dec("0.1"), dec("3900"), JsonValue::object(), cb);
    });
    QVERIFY(at.ok());
    // order_id 0: it filled at once, and init_order_id names it.
    QCOMPARE(at.value().id, OptString("100025363"));
    QCOMPARE(at.value().status, OptString("closed"));

    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USD", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(market.error().kind(), ErrorKind::InvalidOrder);

    // dsx names the fields differently and takes market orders with a worst price.
    DsxFixture d(R"({"success":1,"return":{"received":0,"remains":0.1,"orderId":77,"funds":{}}})");
    auto dsx = d.run<Order>([&](Callback<Order> cb) {
        d.exchange.createOrder("BTC/USD", "market", "sell", dec("0.123456"), dec("3600.123456"), JsonValue::object(),
                               cb);
    });
    QVERIFY(dsx.ok());
    QCOMPARE(d.sent().url, std::string("https://dsx.uk/tapi/v2/order/new"));
    QCOMPARE(d.sent().body,
             std::string("nonce=1700000000&method=order%2Fnew&pair=btcusd&type=sell&volume=0.12345"
                         "&rate=3600.12346&orderType=market"));
    QCOMPARE(dsx.value().id, OptString("77"));
    auto noPrice = d.run<Order>([&](Callback<Order> cb) {
        d.exchange.createOrder("BTC/USD", "market", "sell", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(noPrice.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestLiqui::parsesMarkets()
{
    YobitFixture f(fixture("info.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://yobit.net/api/3/info"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.symbol, std::string("BTC/USD"));
    QCOMPARE(btc.baseId, std::string("btc"));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("8")));
    QCOMPARE(btc.taker, OptDecimal(dec("0.002")));
    QCOMPARE(btc.limits.cost.min, OptDecimal(dec("0.0001")));
    QCOMPARE(btc.active, OptBool(true));
    // dsh is liqui's DASH; hidden pairs are inactive.
    QCOMPARE(r.value()[1].symbol, std::string("DASH/BTC"));
    QCOMPARE(r.value()[1].active, OptBool(false));

    DsxFixture d(dsxFixture("info.json"));
    auto dm = d.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { d.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(dm.ok());
    QCOMPARE(d.sent().url, std::string("https://dsx.uk/mapi/info"));
    QCOMPARE(dm.value()[0].id, std::string("btcusd"));
    QCOMPARE(dm.value()[0].symbol, std::string("BTC/USD"));
    QCOMPARE(dm.value()[0].limits.amount.max, OptDecimal(dec("1000")));
}

void TestLiqui::parsesTickersAndBooks()
{
    LiquiFixture f(fixture("ticker.json"));
    // Liqui's markets file is the yobit-shaped one: the ids are the same convention.
    auto t = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USD", JsonValue::object(), cb); });
    QVERIFY(t.ok());
    QCOMPARE(f.sent().url, std::string("https://api.liqui.io/api/3/ticker/btc_usd"));
    QCOMPARE(t.value().timestamp, OptInt(1549999990000));
    QCOMPARE(t.value().bid, OptDecimal(dec("3609.2")));
    QCOMPARE(t.value().ask, OptDecimal(dec("3611.11")));
    QCOMPARE(t.value().baseVolume, OptDecimal(dec("12.02564853")));
    QCOMPARE(t.value().quoteVolume, OptDecimal(dec("43398.22251455")));
    QCOMPARE(t.value().average, OptDecimal(dec("3615.3")));

    DsxFixture d(dsxFixture("ticker.json"));
    auto all = d.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { d.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(d.sent().url, std::string("https://dsx.uk/mapi/ticker/btcusd-ethbtc"));
    QCOMPARE(all.value().size(), size_t(1));
    const Ticker& dt = all.value()[0];
    QCOMPARE(dt.symbol, std::string("BTC/USD"));
    // dsx: vol is the base volume, and avg comes inverted.
    QCOMPARE(dt.baseVolume, OptDecimal(dec("120.5")));
    QCOMPARE(dt.quoteVolume, OptDecimal(dec("780000.1")));
    QVERIFY(dt.average && *dt.average > dec("6410.25") && *dt.average < dec("6410.26"));

    YobitFixture b(fixture("depth.json"));
    auto book = b.run<OrderBook>(
        [&](Callback<OrderBook> cb) { b.exchange.fetchOrderBook("BTC/USD", 50, JsonValue::object(), cb); });
    QVERIFY(book.ok());
    QCOMPARE(b.sent().url, std::string("https://yobit.net/api/3/depth/btc_usd?limit=50"));
    QCOMPARE(book.value().bids.size(), size_t(3));
    QCOMPARE(book.value().bids[0].price, dec("3609.2"));
    QCOMPARE(book.value().asks[2].amount, dec("0.523"));
    // A pair the answer leaves out.
    auto missing = b.run<OrderBook>(
        [&](Callback<OrderBook> cb) { b.exchange.fetchOrderBook("ETH/BTC", std::nullopt, JsonValue::object(), cb); });
    QCOMPARE(missing.error().kind(), ErrorKind::ExchangeError);
}

void TestLiqui::parsesTradesAndBuildsCandles()
{
    YobitFixture f(fixture("trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/USD", std::nullopt, 3, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://yobit.net/api/3/trades/btc_usd?limit=3"));
    QCOMPARE(r.value().size(), size_t(3));
    // Oldest first; ask is a sell, bid a buy.
    QCOMPARE(r.value()[0].id, OptString("41234422"));
    QCOMPARE(r.value()[0].side, OptString("buy"));
    QCOMPARE(r.value()[2].side, OptString("sell"));
    QCOMPARE(r.value()[2].cost, OptDecimal(dec("722.1")));

    // Candles from the same trades: 1549999930 and 1549999970 share a minute, 1549999990 opens the next.
    auto c = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USD", "1m", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(c.ok());
    QCOMPARE(f.sent().url, std::string("https://yobit.net/api/3/trades/btc_usd"));
    QCOMPARE(c.value().size(), size_t(2));
    const Ohlcv& first = c.value()[0];
    QCOMPARE(first.timestamp, 1549999920000LL);
    QCOMPARE(first.open, OptDecimal(dec("3600")));
    QCOMPARE(first.high, OptDecimal(dec("3611.5")));
    QCOMPARE(first.close, OptDecimal(dec("3611.5")));
    QCOMPARE(first.volume, OptDecimal(dec("1.6")));
    QCOMPARE(c.value()[1].timestamp, 1549999980000LL);

    auto bad = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USD", "fortnight", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!bad.ok());
}

void TestLiqui::parsesBalances()
{
    YobitFixture y(fixture("getinfo_yobit.json"));
    auto yb = y.run<Balance>([&](Callback<Balance> cb) { y.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(yb.ok());
    const auto& btc = yb.value().currencies.at("BTC");
    QCOMPARE(btc.free, OptDecimal(dec("0.5")));
    QCOMPARE(btc.total, OptDecimal(dec("0.75")));
    QCOMPARE(btc.used, OptDecimal(dec("0.25")));
    // yobit's rur is the rouble.
    QCOMPARE(yb.value().currencies.at("RUB").total, OptDecimal(dec("100")));

    LiquiFixture l(fixture("getinfo_liqui.json"));
    auto lb = l.run<Balance>([&](Callback<Balance> cb) { l.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(lb.ok());
    // No open orders: everything is free.
    QCOMPARE(lb.value().currencies.at("ETH").total, OptDecimal(dec("12.25")));
    QCOMPARE(lb.value().currencies.at("ETH").used, OptDecimal(dec("0")));
    QCOMPARE(lb.value().currencies.at("DASH").free, OptDecimal(dec("3")));

    DsxFixture d(dsxFixture("account.json"));
    auto db = d.run<Balance>([&](Callback<Balance> cb) { d.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(db.ok());
    QCOMPARE(db.value().currencies.at("BTC").free, OptDecimal(dec("1.25")));
    QCOMPARE(db.value().currencies.at("BTC").used, OptDecimal(dec("0.25")));
    QCOMPARE(db.value().currencies.at("USD").total, OptDecimal(dec("1000")));
}

void TestLiqui::parsesOrders()
{
    YobitFixture f(fixture("orderinfo.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("100025362", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("nonce=1700000000&method=OrderInfo&order_id=100025362"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.amount, OptDecimal(dec("0.12345678")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.10345678")));
    QCOMPARE(o.filled, OptDecimal(dec("0.02")));
    QCOMPARE(o.cost, OptDecimal(dec("72")));
    QCOMPARE(o.timestamp, OptInt(1549999990000));
    // yobit's status 3: partly filled, still open.
    QCOMPARE(o.status, OptString("open"));

    DsxFixture d(dsxFixture("orderstatus.json"));
    auto ds = d.run<Order>([&](Callback<Order> cb) { d.exchange.fetchOrder("1", "BTC/USD", JsonValue::object(), cb); });
    QVERIFY(ds.ok());
    QCOMPARE(d.sent().url, std::string("https://dsx.uk/tapi/v2/order/status"));
    QCOMPARE(d.sent().body, std::string("nonce=1700000000&method=order%2Fstatus&orderId=1"));
    QCOMPARE(ds.value().id, OptString("1"));
    QCOMPARE(ds.value().filled, OptDecimal(dec("2")));
    QCOMPARE(ds.value().trades.size(), size_t(2));
    QCOMPARE(ds.value().lastTradeTimestamp, OptInt(1496672790000));
    QVERIFY(ds.value().fee.has_value());
    QCOMPARE(ds.value().fee->cost, OptDecimal(dec("0.003")));
    QCOMPARE(ds.value().fee->currency, OptString("BTC"));
}

void TestLiqui::emulatesClosedOrdersFromTheOpenList()
{
    Scripted<Yobit> s;
    s.transport.push(200, fixture("trade.json"));
    s.transport.push(200, fixture("activeorders.json"));
    s.transport.push(200, R"({"success":0,"error":"no orders"})");
    auto placed = s.run<Order>([&](Callback<Order> cb) {
        s.exchange.createOrder("BTC/USD", "limit", "buy", dec("0.12345678"), dec("3600"), JsonValue::object(), cb);
    });
    QVERIFY(placed.ok());
    auto open = s.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        s.exchange.fetchOpenOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    QVERIFY(s.transport.requests[1].body.ends_with("&method=ActiveOrders&pair=btc_usd"));
    QCOMPARE(open.value().size(), size_t(1));
    // ActiveOrders gives what remains; the amount is the one this session placed.
    QCOMPARE(open.value()[0].amount, OptDecimal(dec("0.12345678")));
    QCOMPARE(open.value()[0].filled, OptDecimal(dec("0.02")));
    // "no orders" is an empty list, and the order that left it is taken as filled.
    auto closed = s.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        s.exchange.fetchClosedOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(closed.ok());
    QCOMPARE(closed.value().size(), size_t(1));
    QCOMPARE(closed.value()[0].status, OptString("closed"));
    QCOMPARE(closed.value()[0].remaining, OptDecimal(dec("0")));
    QCOMPARE(closed.value()[0].cost, OptDecimal(dec("444.444408")));
    // yobit lists orders per pair only.
    auto any = s.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        s.exchange.fetchOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(any.error().kind(), ErrorKind::ArgumentsRequired);
    QCOMPARE(s.transport.requests.size(), size_t(3));
}

void TestLiqui::dsxListsItsOrderHistory()
{
    DsxFixture d(dsxFixture("historyorders.json"));
    auto open = d.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        d.exchange.fetchOpenOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    // 2019's request (the whole history, no pair); only this market's open orders come back.
    QCOMPARE(d.sent().body, std::string("nonce=1700000000&method=history%2Forders"));
    QCOMPARE(open.value().size(), size_t(1));
    QCOMPARE(open.value()[0].id, OptString("1"));
    auto all = d.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        d.exchange.fetchOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(3));
    QCOMPARE(all.value()[1].status, OptString("closed"));
    QCOMPARE(all.value()[1].side, OptString("sell"));
    QCOMPARE(all.value()[2].symbol, std::string("ETH/BTC"));
}

void TestLiqui::parsesOwnTrades()
{
    YobitFixture f(fixture("tradehistory.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("", 1549999000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("nonce=1700000000&method=TradeHistory&count=10&since=1549999000"));
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& sell = r.value()[0];
    QCOMPARE(sell.id, OptString("24523"));
    QCOMPARE(sell.order, OptString("100025360"));
    QCOMPARE(sell.symbol, std::string("BTC/USD"));
    QCOMPARE(sell.takerOrMaker, OptString("maker"));
    // No fee in the answer: the market's 0.2 %, in the quote currency on a sell.
    QCOMPARE(sell.fee->cost, OptDecimal(dec("3.62")));
    QCOMPARE(sell.fee->currency, OptString("USD"));
    const Trade& buy = r.value()[1];
    QCOMPARE(buy.symbol, std::string("ETH/BTC"));
    QCOMPARE(buy.takerOrMaker, OptString("taker"));
    QCOMPARE(buy.fee->cost, OptDecimal(dec("0.004")));
    QCOMPARE(buy.fee->currency, OptString("ETH"));
}

void TestLiqui::tidexCurrenciesAndYobitAddress()
{
    Fixture<Tidex> t(fixture("currency.json"));
    auto c = t.run<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { t.exchange.fetchCurrencies(JsonValue::object(), cb); });
    QVERIFY(c.ok());
    QCOMPARE(t.sent().url, std::string("https://gate.tidex.com/api/currency"));
    QCOMPARE(c.value().size(), size_t(2));
    QCOMPARE(c.value()[0].code, std::string("BTC"));
    QCOMPARE(c.value()[0].active, OptBool(true));
    QCOMPARE(c.value()[0].fee, OptDecimal(dec("0.0005")));
    QCOMPARE(c.value()[0].withdrawLimits.min, OptDecimal(dec("0.0005")));
    // tidex's MGO is WMGO; deposits closed make it inactive.
    QCOMPARE(c.value()[1].code, std::string("WMGO"));
    QCOMPARE(c.value()[1].active, OptBool(false));

    YobitFixture y(R"({"success":1,"return":{"address":"1UHAnAWvxDB9XXETsi7z483zRRBmcUZxb3","processed_amount":1,)"
                   R"("server_time":1437146228}})");
    auto a = y.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { y.exchange.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QVERIFY(a.ok());
    QCOMPARE(y.sent().body, std::string("nonce=1700000000&method=GetDepositAddress&coinName=btc&need_new=0"));
    QCOMPARE(a.value().address, OptString("1UHAnAWvxDB9XXETsi7z483zRRBmcUZxb3"));
}

void TestLiqui::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("code 832") << QStringLiteral(
        R"({"success":0,"code":832,"error":"Not enougth BTC to create sell order."})")
                              << int(ErrorKind::InsufficientFunds);
    QTest::newRow("code 833") << QStringLiteral(R"({"success":0,"code":833,"error":"Order with id 1 was not found."})")
                              << int(ErrorKind::OrderNotFound);
    QTest::newRow("yobit funds") << QStringLiteral(
        R"({"success":0,"error":"Insufficient funds in wallet of the second currency of the pair"})")
                                 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("nonce") << QStringLiteral(R"x({"success":0,"error":"invalid nonce (has already been used)"})x")
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("sign") << QStringLiteral(R"({"success":"0","error":"invalid sign"})")
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("too often") << QStringLiteral(R"({"success":false,"error":"Requests too often"})")
                               << int(ErrorKind::DDoSProtection);
    QTest::newRow("unknown") << QStringLiteral(R"({"success":0,"error":"something new"})")
                             << int(ErrorKind::ExchangeError);
}

void TestLiqui::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    // Errors come with HTTP 200 and success 0.
    YobitFixture f(body.toStdString());
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QCOMPARE(f.sent().body, std::string("nonce=1700000000&method=CancelOrder&order_id=123"));
}

void TestLiqui::yobitPlacesAndCancelsOverHttp()
{
    // A local yobit: the public info call and the tapi, which checks the Key and the Sign (recomputed here with
    // Qt's HMAC) and keeps the order it was given until it is cancelled.
    bourse::test::FaultServer server;
    QMap<QString, QString> book; // order id -> pair
    server.route("GET", "/api/3/info",
                 bourse::test::FaultReply::with(200, QByteArray::fromStdString(fixture("info.json"))));
    server.route("POST", "/tapi", [&](const bourse::test::FaultRequest& r) {
        const QByteArray sign =
            QMessageAuthenticationCode::hash(r.body, "secretsecret", QCryptographicHash::Sha512).toHex();
        if (r.header("Key") != "key" || r.header("Sign") != sign) {
            return bourse::test::FaultReply::with(200, R"({"success":0,"error":"invalid sign"})");
        }
        const QString method = r.param(QStringLiteral("method"));
        if (method == QLatin1String("Trade")) {
            book.insert(QStringLiteral("4242"), r.param(QStringLiteral("pair")));
            return bourse::test::FaultReply::with(
                200, R"({"success":1,"return":{"received":0,"remains":0.015,"order_id":4242,"funds":{"usd":10}}})");
        }
        if (method == QLatin1String("CancelOrder")) {
            if (!book.remove(r.param(QStringLiteral("order_id")))) {
                return bourse::test::FaultReply::with(200, R"({"success":0,"code":833,"error":"Order not found"})");
            }
            return bourse::test::FaultReply::with(200, R"({"success":1,"return":{"order_id":4242,"funds":{}}})");
        }
        return bourse::test::FaultReply::with(200, R"({"success":0,"error":"invalid method"})");
    });

    QnamTransport transport;
    Clock clock;
    Yobit yobit(transport, clock);
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    yobit.setCredentials(c);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    yobit.setOptions(o);
    yobit.throttler().setRateLimit(1); // no 3 s spacing in a test

    auto placed = bourse::test::await<Order>([&](Callback<Order> cb) {
        yobit.createOrder("BTC/USD", "limit", "buy", dec("0.0150000001"), dec("3600.5"), JsonValue::object(), cb);
    });
    QVERIFY(placed && placed->ok());
    QCOMPARE(placed->value().id, OptString("4242"));
    QCOMPARE(placed->value().status, OptString("open"));
    QCOMPARE(placed->value().remaining, OptDecimal(dec("0.015")));
    QCOMPARE(book.value(QStringLiteral("4242")), QStringLiteral("btc_usd"));

    auto canceled = bourse::test::await<Order>(
        [&](Callback<Order> cb) { yobit.cancelOrder("4242", "BTC/USD", JsonValue::object(), cb); });
    QVERIFY(canceled && canceled->ok());
    QCOMPARE(canceled->value().status, OptString("canceled"));
    QCOMPARE(canceled->value().symbol, std::string("BTC/USD"));
    QVERIFY(book.isEmpty());

    // What the server read: the info call (markets load), then two signed forms to /tapi with rising nonces.
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests[0].path, QByteArray("/api/3/info"));
    const auto& trade = server.requests[1];
    QCOMPARE(trade.path, QByteArray("/tapi"));
    QCOMPARE(trade.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(trade.body.endsWith("&method=Trade&pair=btc_usd&type=buy&amount=0.015&rate=3600.5"));
    const auto& cancel = server.requests[2];
    QVERIFY(cancel.body.endsWith("&method=CancelOrder&order_id=4242"));
    QVERIFY(cancel.param(QStringLiteral("nonce")).toLongLong() > trade.param(QStringLiteral("nonce")).toLongLong());

    // A second cancel: the venue no longer has it.
    auto again = bourse::test::await<Order>(
        [&](Callback<Order> cb) { yobit.cancelOrder("4242", "BTC/USD", JsonValue::object(), cb); });
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::OrderNotFound);
}

QTEST_GUILESS_MAIN(TestLiqui)
#include "TestLiqui.moc"
