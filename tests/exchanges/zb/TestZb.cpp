// SPDX-License-Identifier: GPL-3.0-or-later
// The zb family (zb, bitkk; ZB's 2019 API): the HMAC-MD5 signature under the SHA-1 hex of the secret (vectors from
// python's hashlib/hmac), the sorted unencoded query with sign and reqTime, limit orders at the market's decimals,
// the parsers on answers in the documented shapes, the {"code":..} answers as typed errors, and bitkk end to end:
// the adapter over real HTTP against a local server that plays ZB's data and trade APIs and checks every sign.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "core/QnamTransport.h"
#include "zb/Zb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(ZB_FIXTURES_DIR);

template<typename Ex> struct Fixture : bourse::test::AdapterFixture<Ex>
{
    explicit Fixture(std::string body = "{}", int status = 200)
        : bourse::test::AdapterFixture<Ex>(kFixtures, std::move(body), status)
    {
        // Replayed answers need no second between them.
        this->exchange.throttler().setRateLimit(1);
    }
};

using ZbFixture = Fixture<Zb>;

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

// A small bitkk on 127.0.0.1: the market list, and the trade API's order, cancelOrder and getOrder with orders in
// memory, each call's sign checked: hex HMAC-MD5, keyed with the hex SHA-1 of the secret, of the query before
// &sign=, whose parameters must come sorted.
struct BitkkVenue
{
    bourse::test::FaultServer& server;
    QMap<QString, QJsonObject> orders;
    QStringList refused;
    qint64 nextId = 20190212000000100;

    explicit BitkkVenue(bourse::test::FaultServer& s)
        : server(s)
    {
        using bourse::test::FaultReply;
        using bourse::test::FaultRequest;
        server.route("GET", "/data/v1/markets",
                     FaultReply::with(200,
                                      R"({"btc_usdt":{"amountScale":4,"priceScale":2},)"
                                      R"("eth_btc":{"amountScale":3,"priceScale":6}})"));
        server.route("GET", "/api/order", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r, "order")) {
                return *denied;
            }
            const QString id = QString::number(++nextId);
            QJsonObject o;
            o[QStringLiteral("id")] = id;
            o[QStringLiteral("currency")] = r.param(QStringLiteral("currency"));
            o[QStringLiteral("price")] = r.param(QStringLiteral("price")).toDouble();
            o[QStringLiteral("total_amount")] = r.param(QStringLiteral("amount")).toDouble();
            o[QStringLiteral("trade_amount")] = 0;
            o[QStringLiteral("trade_money")] = QStringLiteral("0");
            o[QStringLiteral("type")] = r.param(QStringLiteral("tradeType")).toInt();
            o[QStringLiteral("status")] = 0;
            o[QStringLiteral("trade_date")] = QDateTime::currentMSecsSinceEpoch();
            orders.insert(id, o);
            return FaultReply::with(200, R"({"code":1000,"message":"操作成功","id":")" + id.toLatin1() + R"("})");
        });
        server.route("GET", "/api/cancelOrder", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r, "cancelOrder")) {
                return *denied;
            }
            const QString id = r.param(QStringLiteral("id"));
            if (!orders.contains(id) || orders[id][QStringLiteral("status")].toInt() != 0) {
                return FaultReply::with(200, R"({"code":3001,"message":"挂单没有找到"})");
            }
            orders[id][QStringLiteral("status")] = 1;
            return FaultReply::with(200, R"({"code":1000,"message":"操作成功"})");
        });
        server.route("GET", "/api/getOrder", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r, "getOrder")) {
                return *denied;
            }
            const QString id = r.param(QStringLiteral("id"));
            if (!orders.contains(id)) {
                return FaultReply::with(200, R"({"code":3001,"message":"挂单没有找到"})");
            }
            return FaultReply::with(200, QJsonDocument(orders[id]).toJson(QJsonDocument::Compact));
        });
    }

    std::optional<bourse::test::FaultReply> authenticate(const bourse::test::FaultRequest& r, const char* method)
    {
        const QByteArray query = r.query.query(QUrl::FullyEncoded).toLatin1();
        const qsizetype at = query.indexOf("&sign=");
        const QByteArray payload = at < 0 ? query : query.left(at);
        QByteArrayList names;
        for (const QByteArray& pair : payload.split('&')) {
            names.append(pair.left(pair.indexOf('=')));
        }
        QByteArrayList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        const QByteArray key = QCryptographicHash::hash("secretsecret", QCryptographicHash::Sha1).toHex();
        const QByteArray expected = QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Md5).toHex();
        const qint64 reqTime = r.param(QStringLiteral("reqTime")).toLongLong();
        QString why;
        if (r.param(QStringLiteral("accesskey")) != QStringLiteral("key")) {
            why = QStringLiteral("unknown access key");
        } else if (r.param(QStringLiteral("method")) != QLatin1String(method)) {
            why = QStringLiteral("method does not match the path");
        } else if (names != sorted) {
            why = QStringLiteral("parameters not sorted: ") + QString::fromLatin1(payload);
        } else if (qAbs(reqTime - QDateTime::currentMSecsSinceEpoch()) > 30000) {
            why = QStringLiteral("request time expired");
        } else if (r.param(QStringLiteral("sign")).toLatin1() != expected) {
            why = QStringLiteral("sign incorrect");
        }
        if (why.isEmpty()) {
            return std::nullopt;
        }
        refused.append(why);
        return bourse::test::FaultReply::with(200, R"({"code":1003,"message":")" + why.toLatin1() + R"("})");
    }
};

} // namespace

class TestZb : public QObject
{
    Q_OBJECT

private slots:
    void signsWithTheSecretsSha1();
    void sendsALimitOrderAtTheMarketsDecimals();
    void refusesWhatZbDidNotTake();
    void describesTheTwoMembers();
    void parsesMarkets();
    void parsesATicker();
    void parsesAllTickers();
    void parsesAnOrderBook();
    void parsesTrades();
    void parsesCandles();
    void parsesABalance();
    void parsesAnOrder();
    void listsOrdersAPageAtATime();
    void noOrdersIsAnEmptyList();
    void readsADepositAddressWithItsTag();
    void mapsErrors_data();
    void mapsErrors();
    void placesAndCancelsOverHttp();
};

void TestZb::signsWithTheSecretsSha1()
{
    // python3: k = hashlib.sha1(b'secretsecret').hexdigest().encode(); hmac.new(k, query, hashlib.md5).hexdigest()
    QCOMPARE(zbSignature("secretsecret", "accesskey=key&currency=btc_usdt&id=20180910244276459&method=getOrder"),
             std::string("4f24381ea8de9725383b9b2df6436efa"));
    QCOMPARE(zbQuery("getUnfinishedOrdersIgnoreTradeType", "key",
                     jsonParams(R"({"currency":"btc_usdt","pageIndex":1,"pageSize":10})")),
             std::string("accesskey=key&currency=btc_usdt&method=getUnfinishedOrdersIgnoreTradeType&pageIndex=1"
                         "&pageSize=10"));
    ZbFixture f(fixture("getOrder.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("20180910244276459", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url,
             std::string("https://trade.zb.cn/api/getOrder?accesskey=key&currency=btc_usdt"
                         "&id=20180910244276459&method=getOrder"
                         "&sign=4f24381ea8de9725383b9b2df6436efa&reqTime=1700000000000"));
}

void TestZb::sendsALimitOrderAtTheMarketsDecimals()
{
    ZbFixture f(R"({"code":1000,"message":"操作成功","id":"20190212000000009"})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("ETH/BTC", "limit", "sell", dec("0.123456"), dec("0.0345678"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // ETH/BTC has 3 amount and 6 price decimals: the amount truncates, the price rounds.
    QCOMPARE(f.sent().url,
             std::string("https://trade.zb.cn/api/order?accesskey=key&amount=0.123&currency=eth_btc"
                         "&method=order&price=0.034568&tradeType=0"
                         "&sign=0776e431b6966cb1b7a91326d3687349&reqTime=1700000000000"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("20190212000000009"));
    QCOMPARE(o.symbol, std::string("ETH/BTC"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.price, OptDecimal(dec("0.034568")));
    QCOMPARE(o.amount, OptDecimal(dec("0.123")));
}

void TestZb::refusesWhatZbDidNotTake()
{
    ZbFixture f;
    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("0.1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!market.ok());
    QCOMPARE(market.error().kind(), ErrorKind::InvalidOrder);
    auto cancel = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "", JsonValue::object(), cb); });
    QVERIFY(!cancel.ok());
    QCOMPARE(cancel.error().kind(), ErrorKind::ArgumentsRequired);
    auto open = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!open.ok());
    QCOMPARE(open.error().kind(), ErrorKind::ArgumentsRequired);
    auto mine = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().kind(), ErrorKind::NotSupported);
    QVERIFY(f.transport.requests().empty());
}

void TestZb::describesTheTwoMembers()
{
    ZbFixture zb;
    Fixture<Bitkk> bitkk;
    const auto& z = zb.exchange.description();
    const auto& b = bitkk.exchange.description();
    QCOMPARE(z.id, std::string("zb"));
    QCOMPARE(b.id, std::string("bitkk"));
    // Market data was plain http only in 2019; trading https.
    QCOMPARE(z.api.at("public"), std::string("http://api.zb.cn/data"));
    QCOMPARE(b.api.at("public"), std::string("http://api.bitkk.com/data"));
    QCOMPARE(b.api.at("private"), std::string("https://trade.bitkk.com/api"));
    QCOMPARE(b.supports("fetchOrders"), Support::Yes);
    QCOMPARE(b.supports("fetchDepositAddress"), Support::Yes);
    QCOMPARE(b.supports("fetchClosedOrders"), Support::No);
    QCOMPARE(b.timeframe("6h"), std::optional<std::string>("6hour"));
    QCOMPARE(b.precisionMode, CountingMode::DecimalPlaces);
}

void TestZb::parsesMarkets()
{
    ZbFixture f(fixture("api_markets.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("http://api.zb.cn/data/v1/markets"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& eth = r.value()[1];
    QCOMPARE(eth.id, std::string("eth_btc"));
    QCOMPARE(eth.symbol, std::string("ETH/BTC"));
    QCOMPARE(eth.precision.amount, OptDecimal(dec("3")));
    QCOMPARE(eth.precision.price, OptDecimal(dec("6")));
    QCOMPARE(eth.limits.amount.min, OptDecimal(dec("0.001")));
    QCOMPARE(eth.limits.price.min, OptDecimal(dec("0.000001")));
    QCOMPARE(eth.limits.cost.min, OptDecimal(dec("0")));
}

void TestZb::parsesATicker()
{
    ZbFixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("http://api.zb.cn/data/v1/ticker?market=btc_usdt"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(t.timestamp, OptInt(1550000000000));
    QCOMPARE(t.bid, OptDecimal(dec("3600.1")));
    QCOMPARE(t.ask, OptDecimal(dec("3610.5")));
    QCOMPARE(t.last, OptDecimal(dec("3610.12")));
    QCOMPARE(t.high, OptDecimal(dec("3700")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("1234.5678")));
}

void TestZb::parsesAllTickers()
{
    ZbFixture f(fixture("allTicker.json"));
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("http://api.zb.cn/data/v1/allTicker"));
    // allTicker keys have no underscore; zbqc is no market the list has.
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(r.value()[1].symbol, std::string("ETH/BTC"));
    QCOMPARE(r.value()[1].timestamp, OptInt(1700000000000));
    auto one = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"ETH/BTC"}, JsonValue::object(), cb); });
    QVERIFY(one.ok());
    QCOMPARE(one.value().size(), size_t(1));
    QCOMPARE(one.value()[0].last, OptDecimal(dec("0.0345")));
}

void TestZb::parsesAnOrderBook()
{
    ZbFixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USDT", 2, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    // The 2019 request named the market only; the limit cuts the answer.
    QCOMPARE(f.sent().url, std::string("http://api.zb.cn/data/v1/depth?market=btc_usdt"));
    const OrderBook& book = r.value();
    QCOMPARE(book.timestamp, OptInt(1550000000000));
    QCOMPARE(book.asks.size(), size_t(2));
    QCOMPARE(book.asks[0].price, dec("3610.5"));
    QCOMPARE(book.asks[1].price, dec("3615"));
    QCOMPARE(book.bids[0].price, dec("3600.1"));
    QCOMPARE(book.bids[1].amount, dec("2"));
}

void TestZb::parsesTrades()
{
    ZbFixture f(fixture("trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/USDT", 1549999050000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("http://api.zb.cn/data/v1/trades?market=btc_usdt"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("16497098"));
    QCOMPARE(t.timestamp, OptInt(1549999100000));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.price, OptDecimal(dec("3610.5")));
    QCOMPARE(t.cost, OptDecimal(dec("72.21")));
}

void TestZb::parsesCandles()
{
    ZbFixture f(fixture("kline.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USDT", "1h", 1549990000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("http://api.zb.cn/data/v1/kline?market=btc_usdt&type=1hour&limit=10&since=1549990000000"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1549990800000LL);
    QCOMPARE(r.value()[1].close, OptDecimal(dec("3625.5")));
    QCOMPARE(r.value()[1].volume, OptDecimal(dec("8.25")));
}

void TestZb::parsesABalance()
{
    ZbFixture f(fixture("getAccountInfo.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.starts_with("https://trade.zb.cn/api/getAccountInfo?accesskey=key&method=getAccountInfo"));
    const auto& btc = r.value().currencies.at("BTC");
    QCOMPARE(btc.free, OptDecimal(dec("0.5")));
    QCOMPARE(btc.used, OptDecimal(dec("0.1")));
    QCOMPARE(btc.total, OptDecimal(dec("0.6")));
    QCOMPARE(r.value().currencies.at("USDT").total, OptDecimal(dec("1000.5")));
}

void TestZb::parsesAnOrder()
{
    ZbFixture f(fixture("getOrder.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("20180910244276459", "ETH/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("20180910244276459"));
    QCOMPARE(o.symbol, std::string("ETH/USDT"));
    QCOMPARE(o.timestamp, OptInt(1536576744960));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.price, OptDecimal(dec("180")));
    QCOMPARE(o.amount, OptDecimal(dec("0.01")));
    QCOMPARE(o.filled, OptDecimal(dec("0.01")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    QCOMPARE(o.cost, OptDecimal(dec("1.96742")));
    QCOMPARE(o.average, OptDecimal(dec("196.742")));
}

void TestZb::listsOrdersAPageAtATime()
{
    ZbFixture f(fixture("orders.json"));
    auto open = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    QCOMPARE(f.sent().url,
             std::string("https://trade.zb.cn/api/getUnfinishedOrdersIgnoreTradeType?accesskey=key"
                         "&currency=btc_usdt&method=getUnfinishedOrdersIgnoreTradeType&pageIndex=1"
                         "&pageSize=10&sign=bf30ca9dbee0b283f099252dfcbe5e27&reqTime=1700000000000"));
    QCOMPARE(open.value().size(), size_t(2));
    // Oldest first; status 3 is partly filled, still open.
    QCOMPARE(open.value()[0].id, OptString("20190212000000001"));
    QCOMPARE(open.value()[1].status, OptString("open"));
    QCOMPARE(open.value()[1].side, OptString("buy"));
    QCOMPARE(open.value()[1].remaining, OptDecimal(dec("0.06")));
    auto all = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOrders("BTC/USDT", std::nullopt, 20, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QVERIFY(f.sent().url.find("/api/getOrdersIgnoreTradeType?") != std::string::npos);
    QVERIFY(f.sent().url.find("&pageSize=20&") != std::string::npos);
    // One side only: getOrdersNew takes the tradeType.
    auto buys = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOrders("BTC/USDT", std::nullopt, std::nullopt, jsonParams(R"({"tradeType":1})"), cb);
    });
    QVERIFY(buys.ok());
    QVERIFY(f.sent().url.find("/api/getOrdersNew?") != std::string::npos);
    QVERIFY(f.sent().url.find("&pageSize=50&tradeType=1&sign=") != std::string::npos);
}

void TestZb::noOrdersIsAnEmptyList()
{
    ZbFixture f(R"({"code":3001,"message":"挂单没有找到"})");
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(r.value().empty());
}

void TestZb::readsADepositAddressWithItsTag()
{
    ZbFixture f(fixture("getUserAddress.json"));
    auto r = f.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.exchange.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.starts_with("https://trade.zb.cn/api/getUserAddress?accesskey=key&currency=btc&method="));
    QCOMPARE(r.value().address, OptString("rDKcJs8Y6cgHpLQoJEiuG9Sa7f8ADmgc4r"));
    QCOMPARE(r.value().tag, OptString("12345"));
}

void TestZb::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    auto row = [](const char* name, const char* body, ErrorKind kind) {
        QTest::newRow(name) << QString::fromUtf8(body) << static_cast<int>(kind);
    };
    row("balance not enough", R"({"code":2009,"message":"账户余额不足"})", ErrorKind::InsufficientFunds);
    row("verification failed", R"({"code":1003,"message":"验证不通过"})", ErrorKind::AuthenticationError);
    row("invalid price", R"({"code":3002,"message":"无效的金额"})", ErrorKind::InvalidOrder);
    row("too often", R"({"code":4002,"message":"请求过于频繁"})", ErrorKind::RateLimitExceeded);
    row("unlisted code", R"({"code":9999,"message":"?"})", ErrorKind::ExchangeError);
    row("busy server", R"({"result":false,"message":"服务端忙碌"})", ErrorKind::ExchangeNotAvailable);
    row("other refusal", R"({"result":false,"message":"no"})", ErrorKind::ExchangeError);
}

void TestZb::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    ZbFixture f(body.toStdString());
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.1"), dec("3600"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(static_cast<int>(r.error().kind()), kind);
}

void TestZb::placesAndCancelsOverHttp()
{
    bourse::test::FaultServer server;
    BitkkVenue venue(server);
    QnamTransport transport;
    Clock clock;
    Bitkk bitkk(transport, clock);
    ExchangeOptions o;
    // Both the data host (http) and the trade host (https) are replaced by the local origin, paths kept.
    o.apiUrl = server.origin();
    o.timeoutMs = 5000;
    bitkk.setOptions(o);
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    bitkk.setCredentials(c);
    bitkk.throttler().setRateLimit(50);

    auto placed = bourse::test::await<Order>(
        [&](Callback<Order> cb) {
            bitkk.createOrder("BTC/USDT", "limit", "buy", dec("0.12345"), dec("3600.456"), JsonValue::object(), cb);
        },
        15000);
    QVERIFY(placed && placed->ok());
    QCOMPARE(venue.refused, QStringList());
    QCOMPARE(server.requestsTo("GET", "/data/v1/markets").size(), 1);
    const auto sent = server.requestsTo("GET", "/api/order");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].param(QStringLiteral("currency")), QStringLiteral("btc_usdt"));
    QCOMPARE(sent[0].param(QStringLiteral("tradeType")), QStringLiteral("1"));
    QCOMPARE(sent[0].param(QStringLiteral("amount")), QStringLiteral("0.1234"));
    QCOMPARE(sent[0].param(QStringLiteral("price")), QStringLiteral("3600.46"));
    const std::string id = placed->value().id.value_or("");
    QCOMPARE(id, std::string("20190212000000101"));

    auto open = bourse::test::await<Order>(
        [&](Callback<Order> cb) { bitkk.fetchOrder(id, "BTC/USDT", JsonValue::object(), cb); }, 15000);
    QVERIFY(open && open->ok());
    QCOMPARE(open->value().status, OptString("open"));
    QCOMPARE(open->value().side, OptString("buy"));
    QCOMPARE(open->value().amount, OptDecimal(dec("0.1234")));

    auto cancelled = bourse::test::await<Order>(
        [&](Callback<Order> cb) { bitkk.cancelOrder(id, "BTC/USDT", JsonValue::object(), cb); }, 15000);
    QVERIFY(cancelled && cancelled->ok());
    QCOMPARE(cancelled->value().status, OptString("canceled"));
    QCOMPARE(venue.orders[QString::fromStdString(id)][QStringLiteral("status")].toInt(), 1);

    auto fetched = bourse::test::await<Order>(
        [&](Callback<Order> cb) { bitkk.fetchOrder(id, "BTC/USDT", JsonValue::object(), cb); }, 15000);
    QVERIFY(fetched && fetched->ok());
    QCOMPARE(fetched->value().status, OptString("canceled"));

    // Cancelling it again: 3001, typed.
    auto again = bourse::test::await<Order>(
        [&](Callback<Order> cb) { bitkk.cancelOrder(id, "BTC/USDT", JsonValue::object(), cb); }, 15000);
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::OrderNotFound);
    QCOMPARE(venue.refused, QStringList());
}

QTEST_GUILESS_MAIN(TestZb)
#include "TestZb.moc"
