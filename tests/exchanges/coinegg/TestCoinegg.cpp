// SPDX-License-Identifier: GPL-3.0-or-later
// The coinegg family (coinegg's API v1 and its copies at btctrade.im and coolcoin, as of 2019): the signed form
// (HMAC-SHA256 under the hex MD5 of the secret, appended as the last field; vectors from python3's hmac), order
// forms at the market's decimals, the parsers on answers written from the API documentation, btctradeim's
// {"code","msg","data"} wrapping, errors mapped to typed errors, and coinegg end to end: a local server playing its
// trading API, an order placed and cancelled over HTTP.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "coinegg/Coinegg.h"
#include "core/QnamTransport.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(COINEGG_FIXTURES_DIR);
const QString kBtctradeimFixtures = QStringLiteral(COINEGG_FIXTURES_DIR "/btctradeim");

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

struct CoineggFixture : bourse::test::AdapterFixture<Coinegg>
{
    explicit CoineggFixture(std::string body)
        : AdapterFixture(kFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1); // no 2 s spacing between a test's calls
    }
};

struct BtctradeimFixture : bourse::test::AdapterFixture<Btctradeim>
{
    explicit BtctradeimFixture(std::string body)
        : AdapterFixture(kBtctradeimFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1);
    }
};

} // namespace

class TestCoinegg : public QObject
{
    Q_OBJECT

private slots:
    void signsTheForm();
    void describesTheMembers();
    void sendsOrdersAtTheMarketsDecimals();
    void parsesMarketsAndTickers();
    void parsesBookTradesAndCandles();
    void parsesBalanceAndOrders();
    void btctradeimUnwrapsItsAnswers();
    void mapsErrors_data();
    void mapsErrors();
    void placesAndCancelsOverHttp();
};

void TestCoinegg::signsTheForm()
{
    // python3: k = hashlib.md5(b"secretsecret").hexdigest().encode()
    //          hmac.new(k, b"key=key&nonce=1700000000000", hashlib.sha256).hexdigest()
    const std::string expected = "30e2006760ab7800c4b194491436d7cf2ad31ac87bc5a2146803500ca85d1661";
    QCOMPARE(coineggSignature("key=key&nonce=1700000000000", "secretsecret"), expected);
    CoineggFixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.coinegg.com/api/v1/balance"));
    QCOMPARE(f.sent().body, "key=key&nonce=1700000000000&signature=" + expected);
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
    // The next call within the same millisecond takes the next nonce.
    QVERIFY(f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); }).ok());
    QVERIFY(f.sent().body.starts_with("key=key&nonce=1700000000001&signature="));
}

void TestCoinegg::describesTheMembers()
{
    const ExchangeDescription c = coineggDescription();
    QCOMPARE(c.api.at("web"), std::string("https://www.coinegg.com/coin"));
    QCOMPARE(c.api.at("private"), std::string("https://api.coinegg.com/api/v1"));
    QCOMPARE(c.supports("fetchOHLCV"), Support::Emulated);
    QCOMPARE(c.supports("fetchOpenOrders"), Support::Emulated);
    QCOMPARE(c.supports("fetchMyTrades"), Support::No);
    QCOMPARE(c.supports("fetchClosedOrders"), Support::No);
    QCOMPARE(btctradeimDescription().api.at("web"), std::string("https://api.btctrade.im/coin"));
    QCOMPARE(btctradeimDescription().tradingFees.taker, dec("0.002"));
    QCOMPARE(coolcoinDescription().api.at("public"), std::string("https://www.coolcoin.com/api/v1"));
    QCOMPARE(coineggApi().quoteIds.size(), size_t(4));
    QCOMPARE(btctradeimApi().quoteIds, (std::vector<std::string> {"btc", "eth", "usc"}));
    QCOMPARE(coolcoinApi().quoteIds, (std::vector<std::string> {"btc", "usdt"}));

    // No own-trade call in the API; orders are named in their market's region, so a symbol is required.
    CoineggFixture f("{}");
    auto trades = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(trades.error().kind(), ErrorKind::NotSupported);
    auto open = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(open.error().kind(), ErrorKind::ArgumentsRequired);
    auto cancel = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("1", "", JsonValue::object(), cb); });
    QCOMPARE(cancel.error().kind(), ErrorKind::ArgumentsRequired);
    QVERIFY(f.transport.requests().empty());
}

void TestCoinegg::sendsOrdersAtTheMarketsDecimals()
{
    CoineggFixture f(R"({"result":true,"id":"11"})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.123456789"), dec("3600.123456789"),
                               JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinegg.com/api/v1/trade_add/region/usdt"));
    // Amount truncated to 8 decimals, price rounded to 8. python3, as above, over the form before "&signature".
    QCOMPARE(f.sent().body,
             std::string("key=key&nonce=1700000000000&coin=btc&type=buy&amount=0.12345678&price=3600.12345679"
                         "&signature=1dd5ccdc4b99eb0f63ace7d51524d9f6a934d727d0a8e01891bafa95030a79c9"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("11"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.amount, OptDecimal(dec("0.12345678")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.12345678")));
    QCOMPARE(o.price, OptDecimal(dec("3600.12345679")));
    QCOMPARE(o.timestamp, OptInt(1700000000000));

    // A market order is the same form; without a price it carries none (the API has no order type).
    QVERIFY(f.run<Order>([&](Callback<Order> cb) {
                 f.exchange.createOrder("ETH/BTC", "market", "sell", dec("1"), std::nullopt, JsonValue::object(), cb);
             }).ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinegg.com/api/v1/trade_add/region/btc"));
    QVERIFY(f.sent().body.starts_with("key=key&nonce=1700000000001&coin=eth&type=sell&amount=1&signature="));
    auto noPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(noPrice.error().kind(), ErrorKind::ArgumentsRequired);
    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "stop", "buy", dec("1"), dec("1"), JsonValue::object(), cb);
    });
    QCOMPARE(stop.error().kind(), ErrorKind::InvalidOrder);
}

void TestCoinegg::parsesMarketsAndTickers()
{
    // Each region's allcoin list: btc has eth and ltc, usdt has btc (one fixture answers every region here).
    CoineggFixture f(fixture("allcoin_btc.json"));
    auto m = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(m.ok());
    QCOMPARE(f.transport.requests().size(), size_t(4));
    QCOMPARE(f.transport.requests()[0].url, std::string("https://www.coinegg.com/coin/btc/allcoin?t=1700000000000"));
    QCOMPARE(f.transport.requests()[3].url, std::string("https://www.coinegg.com/coin/usdt/allcoin?t=1700000000000"));
    QCOMPARE(m.value().size(), size_t(8));
    QCOMPARE(m.value()[0].symbol, std::string("ETH/BTC"));
    QCOMPARE(m.value()[0].id, std::string("ethbtc"));
    QCOMPARE(m.value()[1].symbol, std::string("LTC/BTC"));
    QCOMPARE(m.value()[7].symbol, std::string("LTC/USDT"));
    QCOMPARE(m.value()[0].precision.amount, OptDecimal(dec("8")));
    QCOMPARE(m.value()[0].limits.amount.min, OptDecimal(dec("0.00000001")));

    CoineggFixture t(fixture("ticker.json"));
    auto ticker =
        t.run<Ticker>([&](Callback<Ticker> cb) { t.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(ticker.ok());
    QCOMPARE(t.sent().url, std::string("https://api.coinegg.com/api/v1/ticker/region/usdt?coin=btc"));
    QCOMPARE(ticker.value().last, OptDecimal(dec("3600")));
    QCOMPARE(ticker.value().bid, OptDecimal(dec("3590")));
    QCOMPARE(ticker.value().ask, OptDecimal(dec("3610")));
    // change is -4 %: the open was 3600 / 0.96.
    QCOMPARE(ticker.value().percentage, OptDecimal(dec("-4")));
    QCOMPARE(ticker.value().open, OptDecimal(dec("3750")));
    QCOMPARE(ticker.value().change, OptDecimal(dec("-150")));
    QCOMPARE(ticker.value().average, OptDecimal(dec("3675")));
    QCOMPARE(ticker.value().baseVolume, OptDecimal(dec("100.5")));
    QCOMPARE(ticker.value().quoteVolume, OptDecimal(dec("361800")));
    QCOMPARE(ticker.value().timestamp, OptInt(1700000000000));

    // fetchTickers asks only the regions of the wanted markets: ETH/BTC and LTC/BTC are both in btc.
    CoineggFixture s(fixture("allcoin_btc.json"));
    auto some = s.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { s.exchange.fetchTickers({"ETH/BTC"}, JsonValue::object(), cb); });
    QVERIFY(some.ok());
    QCOMPARE(s.transport.requests().size(), size_t(1));
    QCOMPARE(s.sent().url, std::string("https://www.coinegg.com/coin/btc/allcoin?t=1700000000000"));
    QCOMPARE(some.value().size(), size_t(1));
    const Ticker& eth = some.value()[0];
    QCOMPARE(eth.symbol, std::string("ETH/BTC"));
    QCOMPARE(eth.last, OptDecimal(dec("0.0374")));
    QCOMPARE(eth.bid, OptDecimal(dec("0.0373")));
    QCOMPARE(eth.ask, OptDecimal(dec("0.0375")));
    QCOMPARE(eth.high, OptDecimal(dec("0.038")));
    QCOMPARE(eth.low, OptDecimal(dec("0.036")));
    QCOMPARE(eth.baseVolume, OptDecimal(dec("1500.5")));
    QCOMPARE(eth.quoteVolume, OptDecimal(dec("56.1187")));
    QCOMPARE(eth.percentage, OptDecimal(dec("2.5")));

    // Without symbols every region is asked; the markets the list does not know are left out.
    CoineggFixture a(fixture("allcoin_usdt.json"));
    auto all = a.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { a.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(a.transport.requests().size(), size_t(4));
    QCOMPARE(all.value().size(), size_t(1));
    QCOMPARE(all.value()[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(all.value()[0].percentage, OptDecimal(dec("0")));
}

void TestCoinegg::parsesBookTradesAndCandles()
{
    CoineggFixture f(fixture("depth.json"));
    auto b = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USDT", 2, JsonValue::object(), cb); });
    QVERIFY(b.ok());
    // The API takes no depth: the whole book comes back and the limit is applied here.
    QCOMPARE(f.sent().url, std::string("https://api.coinegg.com/api/v1/depth/region/usdt?coin=btc"));
    QCOMPARE(b.value().bids.size(), size_t(2));
    QCOMPARE(b.value().bids[0].price, dec("3590"));
    QCOMPARE(b.value().bids[1].amount, dec("3.25"));
    QCOMPARE(b.value().asks.size(), size_t(2));
    QCOMPARE(b.value().asks[0].price, dec("3610"));
    QCOMPARE(b.value().asks[1].price, dec("3620"));

    CoineggFixture t(fixture("orders.json"));
    auto trades = t.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        t.exchange.fetchTrades("BTC/USDT", 1549999920000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    QCOMPARE(t.sent().url, std::string("https://api.coinegg.com/api/v1/orders/region/usdt?coin=btc"));
    QCOMPARE(trades.value().size(), size_t(2));
    QCOMPARE(trades.value()[0].id, OptString("1001"));
    QCOMPARE(trades.value()[0].timestamp, OptInt(1549999940000));
    QCOMPARE(trades.value()[0].side, OptString("buy"));
    QCOMPARE(trades.value()[0].cost, OptDecimal(dec("1800")));
    QCOMPARE(trades.value()[1].id, OptString("1002"));

    auto candles = t.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        t.exchange.fetchOHLCV("BTC/USDT", "1m", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(candles.ok());
    QCOMPARE(candles.value().size(), size_t(3));
    QCOMPARE(candles.value()[0].timestamp, 1549999860000LL);
    QCOMPARE(candles.value()[0].open, OptDecimal(dec("3590")));
    QCOMPARE(candles.value()[2].timestamp, 1549999980000LL);
    auto fives = t.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        t.exchange.fetchOHLCV("BTC/USDT", "5m", std::nullopt, 1, JsonValue::object(), cb);
    });
    QVERIFY(fives.ok());
    QCOMPARE(fives.value().size(), size_t(1));
    QCOMPARE(fives.value()[0].timestamp, 1549999800000LL);
    QCOMPARE(fives.value()[0].open, OptDecimal(dec("3590")));
    QCOMPARE(fives.value()[0].high, OptDecimal(dec("3610")));
    QCOMPARE(fives.value()[0].low, OptDecimal(dec("3590")));
    QCOMPARE(fives.value()[0].close, OptDecimal(dec("3610")));
    QCOMPARE(fives.value()[0].volume, OptDecimal(dec("1.75")));
}

void TestCoinegg::parsesBalanceAndOrders()
{
    CoineggFixture f(fixture("balance.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(b.value().currencies.size(), size_t(3));
    QCOMPARE(b.value().currencies.at("BTC").free, OptDecimal(dec("0.5")));
    QCOMPARE(b.value().currencies.at("BTC").used, OptDecimal(dec("0.25")));
    QCOMPARE(b.value().currencies.at("BTC").total, OptDecimal(dec("0.75")));
    QCOMPARE(b.value().currencies.at("USDT").free, OptDecimal(dec("1000.5")));
    QCOMPARE(b.value().currencies.at("ETH").total, OptDecimal(dec("4")));

    CoineggFixture o(fixture("trade_view.json"));
    auto one =
        o.run<Order>([&](Callback<Order> cb) { o.exchange.fetchOrder("88", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(one.ok());
    QCOMPARE(o.sent().url, std::string("https://api.coinegg.com/api/v1/trade_view/region/usdt"));
    QVERIFY(o.sent().body.starts_with("key=key&nonce=1700000000000&id=88&coin=btc&signature="));
    const Order& order = one.value();
    QCOMPARE(order.id, OptString("88"));
    QCOMPARE(order.side, OptString("sell"));
    QCOMPARE(order.status, OptString("open"));
    QCOMPARE(order.amount, OptDecimal(dec("0.1")));
    QCOMPARE(order.filled, OptDecimal(dec("0.06")));
    QCOMPARE(order.remaining, OptDecimal(dec("0.04")));
    QCOMPARE(order.timestamp, OptInt(1549999800000));

    CoineggFixture l(fixture("trade_list.json"));
    auto all = l.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        l.exchange.fetchOrders("BTC/USDT", 1549990000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QCOMPARE(l.sent().url, std::string("https://api.coinegg.com/api/v1/trade_list/region/usdt"));
    QVERIFY(l.sent().body.starts_with("key=key&nonce=1700000000000&coin=btc&since=1549990000&signature="));
    // The list is sorted by time and cut to since: 86 (the day before) is left out.
    QCOMPARE(all.value().size(), size_t(2));
    QCOMPARE(all.value()[0].id, OptString("87"));
    QCOMPARE(all.value()[0].status, OptString("closed"));
    QCOMPARE(all.value()[1].id, OptString("88"));
    auto everything = l.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        l.exchange.fetchOrders("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(everything.ok());
    QCOMPARE(everything.value().size(), size_t(3));
    QCOMPARE(everything.value()[0].status, OptString("canceled"));

    auto open = l.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        l.exchange.fetchOpenOrders("BTC/USDT", 1549990000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    // type=open after since; python3, as above, over that form at the first nonce.
    QVERIFY(l.sent().body.starts_with("key=key&nonce=1700000000002&coin=btc&since=1549990000&type=open&signature="));
    QCOMPARE(coineggSignature("key=key&nonce=1700000000000&coin=btc&since=1549990000&type=open", "secretsecret"),
             std::string("31bb4ed4db77fca117e3387ce98b0227029a10cc7127587b68e07b74ed24cc89"));
    QCOMPARE(open.value().size(), size_t(1));
    QCOMPARE(open.value()[0].id, OptString("88"));
}

void TestCoinegg::btctradeimUnwrapsItsAnswers()
{
    BtctradeimFixture f(bourse::test::readFixtureFile(kBtctradeimFixtures, "balance.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(f.sent().url, std::string("https://api.btctrade.im/api/v1/balance"));
    QCOMPARE(b.value().currencies.at("USC").free, OptDecimal(dec("250")));
    QCOMPARE(b.value().currencies.at("USC").used, OptDecimal(dec("50")));
    QCOMPARE(b.value().currencies.at("BTC").total, OptDecimal(dec("0")));

    BtctradeimFixture o(bourse::test::readFixtureFile(kBtctradeimFixtures, "trade_add.json"));
    auto placed = o.run<Order>([&](Callback<Order> cb) {
        o.exchange.createOrder("BTC/USC", "limit", "sell", dec("0.1"), dec("3960"), JsonValue::object(), cb);
    });
    QVERIFY(placed.ok());
    QCOMPARE(o.sent().url, std::string("https://api.btctrade.im/api/v1/trade_add/region/usc"));
    QCOMPARE(placed.value().id, OptString("5012"));

    BtctradeimFixture e(R"({"code":"104","msg":"Signature does not match","data":null})");
    auto refused = e.run<Balance>([&](Callback<Balance> cb) { e.exchange.fetchBalance(JsonValue::object(), cb); });
    QCOMPARE(refused.error().kind(), ErrorKind::AuthenticationError);
}

void TestCoinegg::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"result":false,"code":"200"})") << int(ErrorKind::InsufficientFunds);
    QTest::newRow("signature") << QStringLiteral(R"({"result":false,"code":"104"})")
                               << int(ErrorKind::AuthenticationError);
    QTest::newRow("nonce") << QStringLiteral(R"({"result":false,"code":106})") << int(ErrorKind::InvalidNonce);
    QTest::newRow("no order") << QStringLiteral(R"({"result":false,"code":"203"})") << int(ErrorKind::OrderNotFound);
    QTest::newRow("too often") << QStringLiteral(R"({"result":false,"code":"402"})") << int(ErrorKind::DDoSProtection);
    QTest::newRow("btctradeim shape") << QStringLiteral(R"({"code":"201","msg":"Too small","data":null})")
                                      << int(ErrorKind::InvalidOrder);
    QTest::newRow("unknown") << QStringLiteral(R"({"result":false,"code":"999"})") << int(ErrorKind::ExchangeError);
}

void TestCoinegg::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    CoineggFixture f(body.toStdString());
    auto r =
        f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QCOMPARE(f.sent().url, std::string("https://api.coinegg.com/api/v1/trade_cancel/region/usdt"));
    QVERIFY(f.sent().body.starts_with("key=key&nonce=1700000000000&id=123&coin=btc&signature="));
}

void TestCoinegg::placesAndCancelsOverHttp()
{
    // A local coinegg: it checks the signature over the form it was sent (recomputed with Qt's MD5 and HMAC),
    // keeps the order it was given, and cancels it once.
    bourse::test::FaultServer server;
    QSet<QString> open;
    auto signedOk = [&](const bourse::test::FaultRequest& r) {
        const qsizetype cut = r.body.lastIndexOf("&signature=");
        if (cut < 0) {
            return false;
        }
        const QByteArray key = QCryptographicHash::hash("secretsecret", QCryptographicHash::Md5).toHex();
        const QByteArray expected =
            QMessageAuthenticationCode::hash(r.body.left(cut), key, QCryptographicHash::Sha256).toHex();
        return r.param(QStringLiteral("key")) == QLatin1String("key") && r.body.mid(cut + 11) == expected
            && r.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    };
    server.route("POST", "/api/v1/trade_add/region/btc", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200, R"({"result":false,"code":"104"})");
        }
        open.insert(QStringLiteral("4431"));
        return bourse::test::FaultReply::with(200, R"({"result":true,"id":4431})");
    });
    server.route("POST", "/api/v1/trade_cancel/region/btc", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200, R"({"result":false,"code":"104"})");
        }
        if (!open.remove(r.param(QStringLiteral("id")))) {
            return bourse::test::FaultReply::with(200, R"({"result":false,"code":"203"})");
        }
        return bourse::test::FaultReply::with(200, R"({"result":true})");
    });

    QnamTransport transport;
    Clock clock;
    Coinegg coinegg(transport, clock);
    coinegg.setMarkets(bourse::test::loadMarketsFile(kFixtures + QStringLiteral("/markets.json")));
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    coinegg.setCredentials(c);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    coinegg.setOptions(o);
    coinegg.throttler().setRateLimit(1);

    auto placed = bourse::test::await<Order>([&](Callback<Order> cb) {
        coinegg.createOrder("ETH/BTC", "limit", "sell", dec("0.5"), dec("0.03741234567"), JsonValue::object(), cb);
    });
    QVERIFY(placed.has_value());
    QVERIFY2(placed->ok(), placed->ok() ? "" : placed->error().message().c_str());
    QCOMPARE(placed->value().id, OptString("4431"));
    QCOMPARE(placed->value().symbol, std::string("ETH/BTC"));
    QCOMPARE(placed->value().price, OptDecimal(dec("0.03741235")));
    QCOMPARE(open.size(), 1);

    auto canceled = bourse::test::await<Order>(
        [&](Callback<Order> cb) { coinegg.cancelOrder("4431", "ETH/BTC", JsonValue::object(), cb); });
    QVERIFY(canceled && canceled->ok());
    QCOMPARE(canceled->value().status, OptString("canceled"));
    QVERIFY(open.isEmpty());

    QCOMPARE(server.requests.size(), 2);
    const auto& sell = server.requests[0];
    QCOMPARE(sell.param(QStringLiteral("coin")), QStringLiteral("eth"));
    QCOMPARE(sell.param(QStringLiteral("type")), QStringLiteral("sell"));
    QCOMPARE(sell.param(QStringLiteral("amount")), QStringLiteral("0.5"));
    QCOMPARE(sell.param(QStringLiteral("price")), QStringLiteral("0.03741235"));
    QCOMPARE(server.requests[1].param(QStringLiteral("coin")), QStringLiteral("eth"));
    QVERIFY(server.requests[1].param(QStringLiteral("nonce")).toLongLong()
            > sell.param(QStringLiteral("nonce")).toLongLong());

    // Cancelling it again: code 203, the order does not exist.
    auto again = bourse::test::await<Order>(
        [&](Callback<Order> cb) { coinegg.cancelOrder("4431", "ETH/BTC", JsonValue::object(), cb); });
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::OrderNotFound);
}

QTEST_GUILESS_MAIN(TestCoinegg)
#include "TestCoinegg.moc"
