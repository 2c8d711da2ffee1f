// SPDX-License-Identifier: GPL-3.0-or-later
// The blinktrade family (BlinkTrade's API v1 as ChileBit, SurBitcoin and VBTC ran it in 2019): the signed headers
// (HMAC-SHA256 of the nonce; vectors from python3's hmac), the order message at the market's decimals, the parsers
// on answers written from the API documentation, balances in satoshis, errors mapped to typed errors, and chilebit
// end to end: a local server playing the trading API, an order placed and cancelled over HTTP.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "blinktrade/Blinktrade.h"
#include "core/QnamTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(BLINKTRADE_FIXTURES_DIR);

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

struct ChilebitFixture : bourse::test::AdapterFixture<Chilebit>
{
    explicit ChilebitFixture(std::string body)
        : AdapterFixture(kFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1);
    }
};

} // namespace

class TestBlinktrade : public QObject
{
    Q_OBJECT

private slots:
    void signsTheNonce();
    void describesTheBrokers();
    void sendsLimitOrdersOnly();
    void parsesMarketData();
    void parsesBalanceInSatoshis();
    void mapsErrors();
    void placesAndCancelsOverHttp();
};

void TestBlinktrade::signsTheNonce()
{
    // python3: hmac.new(b"secretsecret", b"1700000000", hashlib.sha256).hexdigest()
    const std::string expected = "3097869a14d270531380ef6c93bc55dc8713c90b5427a77343a658dae42ee608";
    QCOMPARE(blinktradeSignature("1700000000", "secretsecret"), expected);
    ChilebitFixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.blinktrade.com/tapi/v1/U2"));
    QCOMPARE(f.sent().body, std::string(R"({"MsgType":"U2","BalanceReqID":1700000000})"));
    QCOMPARE(f.header("APIKey"), std::optional<std::string>("key"));
    QCOMPARE(f.header("Nonce"), std::optional<std::string>("1700000000"));
    QCOMPARE(f.header("Signature"), std::optional<std::string>(expected));
    // The next call within the same second takes the next nonce.
    QVERIFY(f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); }).ok());
    QCOMPARE(f.header("Nonce"), std::optional<std::string>("1700000001"));
}

void TestBlinktrade::describesTheBrokers()
{
    QCOMPARE(chilebitApi().brokerId, 9);
    QCOMPARE(surbitcoinApi().brokerId, 1);
    QCOMPARE(vbtcApi().brokerId, 3);
    const ExchangeDescription d = vbtcDescription();
    QCOMPARE(d.api.at("private"), std::string("https://api.blinktrade.com/tapi"));
    QCOMPARE(d.supports("fetchOHLCV"), Support::Emulated);
    QCOMPARE(d.supports("fetchOpenOrders"), Support::No);
    QCOMPARE(d.rateLimitMs, 1000.0);

    bourse::ex::FixedResponseTransport transport("{}");
    Clock clock;
    Surbitcoin surbitcoin(transport, clock);
    auto markets = bourse::test::await<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { surbitcoin.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(markets && markets->ok());
    QCOMPARE(markets->value().size(), size_t(1));
    QCOMPARE(markets->value()[0].symbol, std::string("BTC/VEF"));
    QCOMPARE(markets->value()[0].id, std::string("BTCVEF"));
    QVERIFY(transport.requests().empty());
}

void TestBlinktrade::sendsLimitOrdersOnly()
{
    ChilebitFixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/CLP", "limit", "buy", dec("0.123456789"), dec("2400000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.blinktrade.com/tapi/v1/D"));
    // The amount truncated to 8 decimals; numbers as JSON numbers.
    QCOMPARE(f.sent().body,
             std::string(R"({"MsgType":"D","ClOrdID":1700000000,"Symbol":"BTCCLP","Side":"1",)"
                         R"("OrdType":"2","Price":2400000,"OrderQty":0.12345678,"BrokerID":9})"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("1459028830811"));
    QCOMPARE(o.clientOrderId, OptString("1700000000"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.amount, OptDecimal(dec("0.12345678")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.12345678")));

    // Cancelling the order just placed names it by the ClOrdID it was placed with.
    QVERIFY(f.run<Order>([&](Callback<Order> cb) {
                 f.exchange.cancelOrder("1459028830811", "BTC/CLP", JsonValue::object(), cb);
             }).ok());
    QCOMPARE(f.sent().url, std::string("https://api.blinktrade.com/tapi/v1/F"));
    QCOMPARE(f.sent().body, std::string(R"({"MsgType":"F","ClOrdID":"1700000000"})"));

    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/CLP", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(market.error().kind(), ErrorKind::InvalidOrder);
}

void TestBlinktrade::parsesMarketData()
{
    ChilebitFixture t(fixture("ticker.json"));
    auto ticker =
        t.run<Ticker>([&](Callback<Ticker> cb) { t.exchange.fetchTicker("BTC/CLP", JsonValue::object(), cb); });
    QVERIFY(ticker.ok());
    QCOMPARE(t.sent().url, std::string("https://api.blinktrade.com/api/v1/CLP/ticker?crypto_currency=BTC"));
    QCOMPARE(ticker.value().last, OptDecimal(dec("2400000")));
    QCOMPARE(ticker.value().bid, OptDecimal(dec("2390000")));
    QCOMPARE(ticker.value().ask, OptDecimal(dec("2410000")));
    QCOMPARE(ticker.value().baseVolume, OptDecimal(dec("12.5")));
    QCOMPARE(ticker.value().quoteVolume, OptDecimal(dec("30000000")));

    ChilebitFixture b(fixture("orderbook.json"));
    auto book = b.run<OrderBook>(
        [&](Callback<OrderBook> cb) { b.exchange.fetchOrderBook("BTC/CLP", 1, JsonValue::object(), cb); });
    QVERIFY(book.ok());
    QCOMPARE(b.sent().url, std::string("https://api.blinktrade.com/api/v1/CLP/orderbook?crypto_currency=BTC"));
    QCOMPARE(book.value().bids.size(), size_t(1));
    QCOMPARE(book.value().bids[0].price, dec("2390000"));
    QCOMPARE(book.value().asks[0].price, dec("2410000"));
    QCOMPARE(book.value().asks[0].amount, dec("0.3"));

    ChilebitFixture tr(fixture("trades.json"));
    auto trades = tr.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        tr.exchange.fetchTrades("BTC/CLP", std::nullopt, 10, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    // since and limit are applied here, not sent.
    QCOMPARE(tr.sent().url, std::string("https://api.blinktrade.com/api/v1/CLP/trades?crypto_currency=BTC"));
    QCOMPARE(trades.value().size(), size_t(2));
    QCOMPARE(trades.value()[0].id, OptString("1000"));
    QCOMPARE(trades.value()[0].side, OptString("sell"));
    QCOMPARE(trades.value()[1].timestamp, OptInt(1549999940000));
    QCOMPARE(trades.value()[1].cost, OptDecimal(dec("1200000")));
    auto candles = tr.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        tr.exchange.fetchOHLCV("BTC/CLP", "5m", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(candles.ok());
    QCOMPARE(candles.value().size(), size_t(1));
    QCOMPARE(candles.value()[0].open, OptDecimal(dec("2390000")));
    QCOMPARE(candles.value()[0].close, OptDecimal(dec("2400000")));
    QCOMPARE(candles.value()[0].volume, OptDecimal(dec("0.75")));
}

void TestBlinktrade::parsesBalanceInSatoshis()
{
    ChilebitFixture f(fixture("balance.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(b.value().currencies.at("CLP").total, OptDecimal(dec("1000000")));
    QCOMPARE(b.value().currencies.at("CLP").used, OptDecimal(dec("250000")));
    QCOMPARE(b.value().currencies.at("CLP").free, OptDecimal(dec("750000")));
    QCOMPARE(b.value().currencies.at("BTC").total, OptDecimal(dec("1.5")));
    QCOMPARE(b.value().currencies.at("BTC").free, OptDecimal(dec("1.5")));
}

void TestBlinktrade::mapsErrors()
{
    ChilebitFixture key(R"({"Status":403,"Description":"Invalid API key"})");
    auto refused = key.run<Balance>([&](Callback<Balance> cb) { key.exchange.fetchBalance(JsonValue::object(), cb); });
    QCOMPARE(refused.error().kind(), ErrorKind::AuthenticationError);
    ChilebitFixture other(R"({"Status":500,"Description":"Internal error"})");
    auto failed =
        other.run<Balance>([&](Callback<Balance> cb) { other.exchange.fetchBalance(JsonValue::object(), cb); });
    QCOMPARE(failed.error().kind(), ErrorKind::ExchangeError);
    ChilebitFixture rejected(
        R"({"Status":200,"Responses":[{"MsgType":"8","OrderID":null,"OrdStatus":"8","OrdRejReason":"3:Insufficient funds"}]})");
    auto r = rejected.run<Order>([&](Callback<Order> cb) {
        rejected.exchange.createOrder("BTC/CLP", "limit", "buy", dec("1"), dec("2400000"), JsonValue::object(), cb);
    });
    QCOMPARE(r.error().kind(), ErrorKind::InsufficientFunds);
}

void TestBlinktrade::placesAndCancelsOverHttp()
{
    // A local BlinkTrade: it checks the Signature header over the Nonce (recomputed with Qt's HMAC), keeps the order
    // it was given under its ClOrdID, and cancels it once.
    bourse::test::FaultServer server;
    QSet<QString> open;
    auto signedOk = [&](const bourse::test::FaultRequest& r) {
        const QByteArray expected =
            QMessageAuthenticationCode::hash(r.header("Nonce"), "secretsecret", QCryptographicHash::Sha256).toHex();
        return r.header("APIKey") == "key" && r.header("Signature") == expected
            && r.header("Content-Type").startsWith("application/json");
    };
    server.route("POST", "/tapi/v1/D", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200, R"({"Status":403,"Description":"Invalid signature"})");
        }
        const QJsonObject message = QJsonDocument::fromJson(r.body).object();
        const QString clientId = QString::number(message.value(QStringLiteral("ClOrdID")).toInteger());
        open.insert(clientId);
        return bourse::test::FaultReply::with(
            200,
            R"({"Status":200,"Description":"OK","Responses":[{"MsgType":"8","OrderID":1459028830811,"ClOrdID":")"
                + clientId.toLatin1() + R"(","OrdStatus":"0"}]})");
    });
    server.route("POST", "/tapi/v1/F", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200, R"({"Status":403,"Description":"Invalid signature"})");
        }
        const QJsonObject message = QJsonDocument::fromJson(r.body).object();
        if (!open.remove(message.value(QStringLiteral("ClOrdID")).toString())) {
            return bourse::test::FaultReply::with(200, R"({"Status":500,"Description":"Order not found"})");
        }
        return bourse::test::FaultReply::with(
            200, R"({"Status":200,"Description":"OK","Responses":[{"MsgType":"8","OrdStatus":"4"}]})");
    });

    QnamTransport transport;
    Clock clock;
    Chilebit chilebit(transport, clock);
    chilebit.setMarkets(bourse::test::loadMarketsFile(kFixtures + QStringLiteral("/markets.json")));
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    chilebit.setCredentials(c);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    chilebit.setOptions(o);
    chilebit.throttler().setRateLimit(1);

    auto placed = bourse::test::await<Order>([&](Callback<Order> cb) {
        chilebit.createOrder("BTC/CLP", "limit", "sell", dec("0.5"), dec("2640000"), JsonValue::object(), cb);
    });
    QVERIFY(placed.has_value());
    QVERIFY2(placed->ok(), placed->ok() ? "" : placed->error().message().c_str());
    QCOMPARE(placed->value().id, OptString("1459028830811"));
    QCOMPARE(open.size(), 1);

    auto canceled = bourse::test::await<Order>(
        [&](Callback<Order> cb) { chilebit.cancelOrder("1459028830811", "BTC/CLP", JsonValue::object(), cb); });
    QVERIFY(canceled && canceled->ok());
    QCOMPARE(canceled->value().status, OptString("canceled"));
    QVERIFY(open.isEmpty());

    QCOMPARE(server.requests.size(), 2);
    const QJsonObject sell = QJsonDocument::fromJson(server.requests[0].body).object();
    QCOMPARE(sell.value(QStringLiteral("MsgType")).toString(), QStringLiteral("D"));
    QCOMPARE(sell.value(QStringLiteral("Symbol")).toString(), QStringLiteral("BTCCLP"));
    QCOMPARE(sell.value(QStringLiteral("Side")).toString(), QStringLiteral("2"));
    QCOMPARE(sell.value(QStringLiteral("BrokerID")).toInt(), 9);
    QCOMPARE(sell.value(QStringLiteral("OrderQty")).toDouble(), 0.5);
    QCOMPARE(sell.value(QStringLiteral("Price")).toDouble(), 2640000.0);
    QVERIFY(server.requests[1].header("Nonce").toLongLong() > server.requests[0].header("Nonce").toLongLong());

    // Cancelling it again: the server no longer has it.
    auto again = bourse::test::await<Order>(
        [&](Callback<Order> cb) { chilebit.cancelOrder("1459028830811", "BTC/CLP", JsonValue::object(), cb); });
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::ExchangeError);
}

QTEST_GUILESS_MAIN(TestBlinktrade)
#include "TestBlinktrade.moc"
