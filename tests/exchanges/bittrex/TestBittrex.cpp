// SPDX-License-Identifier: GPL-3.0-or-later
// The bittrex family (bittrex API v1.1 and bleutrade's v2 copy of it, as of 2019): the signed URL (HMAC-SHA512 hex
// of the whole URL in apisign; vectors from python3's hmac), order requests at the market's decimals, the parsers
// on the answers the API documentation shows, bleutrade's string-typed answers, errors mapped to typed errors, and
// bittrex end to end: a local server playing its market API, an order placed and cancelled over HTTP.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "bittrex/Bittrex.h"
#include "core/QnamTransport.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

const QString kFixtures = QStringLiteral(BITTREX_FIXTURES_DIR);
const QString kBleutradeFixtures = QStringLiteral(BITTREX_FIXTURES_DIR "/bleutrade");

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

std::string bleutradeFixture(const char* name)
{
    return bourse::test::readFixtureFile(kBleutradeFixtures, name);
}

struct BittrexFixture : bourse::test::AdapterFixture<Bittrex>
{
    explicit BittrexFixture(std::string body)
        : AdapterFixture(kFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1); // no 1.5 s spacing between a test's calls
    }
};

struct BleutradeFixture : bourse::test::AdapterFixture<Bleutrade>
{
    explicit BleutradeFixture(std::string body)
        : AdapterFixture(kBleutradeFixtures, std::move(body))
    {
        exchange.throttler().setRateLimit(1);
    }
};

} // namespace

class TestBittrex : public QObject
{
    Q_OBJECT

private slots:
    void signsTheWholeUrl();
    void describesBothMembers();
    void sendsLimitOrdersOnly();
    void parsesMarketsAndTickers();
    void parsesBookTradesAndCandles();
    void parsesBalancesAndOrders();
    void parsesTransfers();
    void bleutradeReadsItsOwnShapes();
    void mapsErrors_data();
    void mapsErrors();
    void placesAndCancelsOverHttp();
};

void TestBittrex::signsTheWholeUrl()
{
    // python3: hmac.new(b"secretsecret",
    //   b"https://bittrex.com/api/v1.1/account/getbalances?apikey=key&nonce=1700000000", hashlib.sha512).hexdigest()
    const std::string expected =
        "f32586f32f870604908f95b2087469e8b023ad3bbf876ea715a0a74a0e44daa65a115bc487f7b6598fad60d"
        "5d6ac9e9a7f13b215a746769772edf35ae5d636c9";
    BittrexFixture f(fixture("getbalances.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://bittrex.com/api/v1.1/account/getbalances?apikey=key&nonce=1700000000"));
    QCOMPARE(f.sent().body, std::string());
    QCOMPARE(f.header("apisign"), std::optional<std::string>(expected));
    QCOMPARE(bittrexSignature(f.sent().url, "secretsecret"), expected);
    // The next call within the same second takes the next nonce.
    QVERIFY(f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); }).ok());
    QVERIFY(f.sent().url.ends_with("&nonce=1700000001"));
}

void TestBittrex::describesBothMembers()
{
    const ExchangeDescription b = bittrexDescription();
    QCOMPARE(b.api.at("market"), std::string("https://bittrex.com/api/v1.1/market"));
    QCOMPARE(b.api.at("v2"), std::string("https://bittrex.com/api/v2.0/pub"));
    QCOMPARE(b.rateLimitMs, 1500.0);
    QCOMPARE(b.timeframe("1h"), std::optional<std::string>("hour"));
    QCOMPARE(b.supports("fetchMyTrades"), Support::No);
    QCOMPARE(b.supports("fetchOrders"), Support::No);
    QCOMPARE(b.supports("fetchDeposits"), Support::Yes);
    const ExchangeDescription l = bleutradeDescription();
    QCOMPARE(l.api.at("public"), std::string("https://bleutrade.com/api/v2/public"));
    QCOMPARE(l.supports("fetchOrders"), Support::Yes);
    QCOMPARE(l.rateLimitMs, 1000.0);
    BittrexFixture f("{}");
    auto trades = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(trades.error().kind(), ErrorKind::NotSupported);
    QVERIFY(f.transport.requests().empty());
}

void TestBittrex::sendsLimitOrdersOnly()
{
    BittrexFixture f(R"({"success":true,"message":"","result":{"uuid":"e606d53c-8d70-11e3-94b5-425861b86ab6"}})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.123456789"), dec("3600.123456789"),
                               JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // Amount truncated to 8 decimals, price rounded to 8.
    QCOMPARE(f.sent().url,
             std::string("https://bittrex.com/api/v1.1/market/buylimit?apikey=key&nonce=1700000000"
                         "&market=USDT-BTC&quantity=0.12345678&rate=3600.12345679"));
    // python3: hmac.new(b"secretsecret", <that URL>, hashlib.sha512).hexdigest()
    QCOMPARE(f.header("apisign"),
             std::optional<std::string>("b7a95a842f658868dea65ecb9121b7a8cf8ea89bfd2c5d69f18e14366"
                                        "ce757045de76fd3576fcfb08c285b79e02b3ce44f65ac07c3fe32a32c"
                                        "942b90d73832b7"));
    QCOMPARE(r.value().id, OptString("e606d53c-8d70-11e3-94b5-425861b86ab6"));
    QCOMPARE(r.value().status, OptString("open"));
    QCOMPARE(r.value().amount, OptDecimal(dec("0.12345678")));
    QCOMPARE(r.value().price, OptDecimal(dec("3600.12345679")));
    // USD markets price to 3 decimals.
    QVERIFY(f.run<Order>([&](Callback<Order> cb) {
                 f.exchange.createOrder("BTC/USD", "limit", "sell", dec("1"), dec("3600.12345"), JsonValue::object(),
                                        cb);
             }).ok());
    QVERIFY(f.sent().url.ends_with("/market/selllimit?apikey=key&nonce=1700000001&market=USD-BTC&quantity=1"
                                   "&rate=3600.123"));
    auto market = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(market.error().kind(), ErrorKind::InvalidOrder);
}

void TestBittrex::parsesMarketsAndTickers()
{
    BittrexFixture f(fixture("getmarkets.json"));
    auto m = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(m.ok());
    QCOMPARE(f.sent().url, std::string("https://bittrex.com/api/v1.1/public/getmarkets"));
    QCOMPARE(m.value().size(), size_t(2));
    QCOMPARE(m.value()[0].symbol, std::string("LTC/BTC"));
    QCOMPARE(m.value()[0].id, std::string("BTC-LTC"));
    QCOMPARE(m.value()[0].limits.amount.min, OptDecimal(dec("0.01")));
    QCOMPARE(m.value()[0].precision.price, OptDecimal(dec("8")));
    QCOMPARE(m.value()[1].symbol, std::string("BTC/USD"));
    QCOMPARE(m.value()[1].precision.price, OptDecimal(dec("3")));
    QCOMPARE(m.value()[1].active, OptBool(false));

    BittrexFixture t(fixture("getmarketsummaries.json"));
    auto all = t.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { t.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(3));
    // A market the list does not know is read off its QUOTE-BASE id.
    QCOMPARE(all.value()[2].symbol, std::string("XYZ/BTC"));
    const Ticker& btc = all.value()[1];
    QCOMPARE(btc.symbol, std::string("BTC/USDT"));
    QCOMPARE(btc.timestamp, OptInt(1549999980120));
    QCOMPARE(btc.open, OptDecimal(dec("3500")));
    QCOMPARE(btc.change, OptDecimal(dec("110")));
    QCOMPARE(btc.baseVolume, OptDecimal(dec("1234.5")));
    QCOMPARE(btc.quoteVolume, OptDecimal(dec("4455555.5")));
    auto some = t.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { t.exchange.fetchTickers({"LTC/BTC"}, JsonValue::object(), cb); });
    QVERIFY(some.ok());
    QCOMPARE(some.value().size(), size_t(1));
    QCOMPARE(t.sent().url, std::string("https://bittrex.com/api/v1.1/public/getmarketsummaries"));
}

void TestBittrex::parsesBookTradesAndCandles()
{
    BittrexFixture f(fixture("getorderbook.json"));
    auto b = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USDT", 2, JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(f.sent().url, std::string("https://bittrex.com/api/v1.1/public/getorderbook?market=USDT-BTC&type=both"));
    // The whole book comes back; the limit is applied here.
    QCOMPARE(b.value().bids.size(), size_t(2));
    QCOMPARE(b.value().bids[0].price, dec("3609"));
    QCOMPARE(b.value().asks[1].amount, dec("3"));

    BittrexFixture t(fixture("getmarkethistory.json"));
    auto trades = t.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        t.exchange.fetchTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    QCOMPARE(trades.value().size(), size_t(2));
    QCOMPARE(trades.value()[0].id, OptString("319435"));
    QCOMPARE(trades.value()[0].side, OptString("buy"));
    QCOMPARE(trades.value()[0].timestamp, OptInt(1549999940500));
    QCOMPARE(trades.value()[1].cost, OptDecimal(dec("1083")));

    BittrexFixture c(fixture("getticks.json"));
    auto candles = c.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        c.exchange.fetchOHLCV("BTC/USDT", "1h", std::nullopt, 1, JsonValue::object(), cb);
    });
    QVERIFY(candles.ok());
    QCOMPARE(c.sent().url,
             std::string("https://bittrex.com/api/v2.0/pub/market/GetTicks?tickInterval=hour&marketName=USDT-BTC"));
    QCOMPARE(candles.value().size(), size_t(1));
    QCOMPARE(candles.value()[0].timestamp, 1549998000000LL);
    QCOMPARE(candles.value()[0].close, OptDecimal(dec("3611")));
    QCOMPARE(candles.value()[0].volume, OptDecimal(dec("12.25")));
}

void TestBittrex::parsesBalancesAndOrders()
{
    BittrexFixture f(fixture("getbalances.json"));
    auto b = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(b.ok());
    QCOMPARE(b.value().currencies.at("BTC").used, OptDecimal(dec("0.25")));
    QCOMPARE(b.value().currencies.at("USDT").free, OptDecimal(dec("1000.5")));

    BittrexFixture o(fixture("getorder.json"));
    auto one = o.run<Order>([&](Callback<Order> cb) {
        o.exchange.fetchOrder("0cb4c4e4-bdc7-4e13-8c13-430e587d2cc1", "", JsonValue::object(), cb);
    });
    QVERIFY(one.ok());
    QVERIFY(o.sent().url.ends_with("/account/getorder?apikey=key&nonce=1700000000"
                                   "&uuid=0cb4c4e4-bdc7-4e13-8c13-430e587d2cc1"));
    const Order& order = one.value();
    QCOMPARE(order.symbol, std::string("BTC/USDT"));
    QCOMPARE(order.side, OptString("buy"));
    QCOMPARE(order.status, OptString("open"));
    QCOMPARE(order.price, OptDecimal(dec("3600")));
    QCOMPARE(order.filled, OptDecimal(dec("0.3")));
    QCOMPARE(order.cost, OptDecimal(dec("1080")));
    QCOMPARE(order.average, OptDecimal(dec("3600")));
    QCOMPARE(order.fee->cost, OptDecimal(dec("2.7")));
    QCOMPARE(order.fee->currency, OptString("USDT"));
    QCOMPARE(order.timestamp, OptInt(1549999800500));

    BittrexFixture h(fixture("getorderhistory.json"));
    auto closed = h.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        h.exchange.fetchClosedOrders("LTC/BTC", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(closed.ok());
    QVERIFY(h.sent().url.ends_with("/account/getorderhistory?apikey=key&nonce=1700000000&market=BTC-LTC"));
    // The history answers every market it has; only LTC/BTC's are kept.
    QCOMPARE(closed.value().size(), size_t(1));
    QCOMPARE(closed.value()[0].status, OptString("closed"));
    QCOMPARE(closed.value()[0].side, OptString("sell"));
    QCOMPARE(closed.value()[0].cost, OptDecimal(dec("0.135")));
    QCOMPARE(closed.value()[0].lastTradeTimestamp, OptInt(1549857900500));

    BittrexFixture none(R"({"success":true,"message":"","result":null})");
    auto missing =
        none.run<Order>([&](Callback<Order> cb) { none.exchange.fetchOrder("x", "", JsonValue::object(), cb); });
    QCOMPARE(missing.error().kind(), ErrorKind::OrderNotFound);
}

void TestBittrex::parsesTransfers()
{
    BittrexFixture d(fixture("getdeposithistory.json"));
    auto deposits = d.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        d.exchange.fetchDeposits("ETH", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(deposits.ok());
    QVERIFY(d.sent().url.ends_with("/account/getdeposithistory?apikey=key&nonce=1700000000&currency=ETH"));
    QCOMPARE(deposits.value().size(), size_t(1));
    QCOMPARE(deposits.value()[0].type, OptString("deposit"));
    QCOMPARE(deposits.value()[0].status, OptString("ok"));
    QCOMPARE(deposits.value()[0].address, OptString("0xb25f281fa51f1635abd4a60b0870a62d2a7fa404"));

    BittrexFixture w(fixture("getwithdrawalhistory.json"));
    auto withdrawals = w.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        w.exchange.fetchWithdrawals("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(withdrawals.ok());
    QCOMPARE(withdrawals.value().size(), size_t(2));
    QCOMPARE(withdrawals.value()[0].status, OptString("canceled"));
    QCOMPARE(withdrawals.value()[1].status, OptString("ok"));
    QCOMPARE(withdrawals.value()[1].fee->cost, OptDecimal(dec("0.0002")));

    BittrexFixture a(R"({"success":false,"message":"ADDRESS_GENERATING","result":null})");
    auto pending = a.run<DepositAddress>(
        [&](Callback<DepositAddress> cb) { a.exchange.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QCOMPARE(pending.error().kind(), ErrorKind::AddressPending);
}

void TestBittrex::bleutradeReadsItsOwnShapes()
{
    BleutradeFixture t(bleutradeFixture("getmarketsummary.json"));
    auto ticker =
        t.run<Ticker>([&](Callback<Ticker> cb) { t.exchange.fetchTicker("ETH/BTC", JsonValue::object(), cb); });
    QVERIFY(ticker.ok());
    QCOMPARE(t.sent().url, std::string("https://bleutrade.com/api/v2/public/getmarketsummary?market=ETH_BTC"));
    QCOMPARE(ticker.value().last, OptDecimal(dec("0.0374")));
    QCOMPARE(ticker.value().timestamp, OptInt(1549999985000));

    BleutradeFixture o(bleutradeFixture("getorders.json"));
    auto all = o.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        o.exchange.fetchOrders("ETH/BTC", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QCOMPARE(o.sent().url,
             std::string("https://bleutrade.com/api/v2/account/getorders?apikey=key&nonce=1700000000"
                         "&market=ALL&orderstatus=ALL"));
    QCOMPARE(all.value().size(), size_t(2));
    const Order& sold = all.value()[0];
    QCOMPARE(sold.id, OptString("65490"));
    QCOMPARE(sold.status, OptString("closed"));
    // Price is the order's price and QuantityBaseTraded what it came to.
    QCOMPARE(sold.price, OptDecimal(dec("0.0374")));
    QCOMPARE(sold.cost, OptDecimal(dec("0.0374")));
    QCOMPARE(sold.filled, OptDecimal(dec("1")));
    QCOMPARE(all.value()[1].status, OptString("canceled"));
    auto closed = o.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        o.exchange.fetchClosedOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(closed.ok());
    QCOMPARE(closed.value().size(), size_t(1));

    BleutradeFixture w(bleutradeFixture("getwithdrawhistory.json"));
    auto withdrawals = w.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        w.exchange.fetchWithdrawals("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(withdrawals.ok());
    QCOMPARE(w.sent().url,
             std::string("https://bleutrade.com/api/v2/account/getwithdrawhistory?apikey=key"
                         "&nonce=1700000000"));
    // The deposit in the list is left out; a label of three parts is amount;address;fee.
    QCOMPARE(withdrawals.value().size(), size_t(2));
    const Transaction& doge = withdrawals.value()[0];
    QCOMPARE(doge.amount, OptDecimal(dec("483848.6431205")));
    QCOMPARE(doge.address, OptString("DJVJZ58tJC8UeUv9Tqcdtn6uhWobouxFLT"));
    QCOMPARE(doge.fee->cost, OptDecimal(dec("10")));
    QCOMPARE(withdrawals.value()[1].status, OptString("canceled"));
    QVERIFY(!withdrawals.value()[1].txid);

    BleutradeFixture c(R"({"success":"true","message":"","result":null})");
    QVERIFY(c.run<Order>([&](Callback<Order> cb) {
                 c.exchange.cancelOrder("123", "ETH/BTC", JsonValue::object(), cb);
             }).ok());
    QCOMPARE(c.sent().url,
             std::string("https://bleutrade.com/api/v2/market/cancel?apikey=key&nonce=1700000000"
                         "&orderid=123"));
}

void TestBittrex::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"success":false,"message":"INSUFFICIENT_FUNDS","result":null})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("key") << QStringLiteral(R"({"success":false,"message":"APIKEY_INVALID","result":null})")
                         << int(ErrorKind::AuthenticationError);
    QTest::newRow("cancel closed") << QStringLiteral(R"({"success":false,"message":"INVALID_ORDER","result":null})")
                                   << int(ErrorKind::OrderNotFound);
    QTest::newRow("throttled") << QStringLiteral(
        R"({"success":false,"message":"Call to Cancel was throttled. Try again in 60 seconds.","result":null})")
                               << int(ErrorKind::DDoSProtection);
    QTest::newRow("bleutrade string") << QStringLiteral(R"({"success":"false","message":"UUID_INVALID","result":null})")
                                      << int(ErrorKind::OrderNotFound);
    QTest::newRow("unknown") << QStringLiteral(R"({"success":false,"message":"SOMETHING_NEW","result":null})")
                             << int(ErrorKind::ExchangeError);
    QTest::newRow("malformed") << QStringLiteral(R"({"result":null})") << int(ErrorKind::BadResponse);
}

void TestBittrex::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    BittrexFixture f(body.toStdString());
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("123", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
    QVERIFY(f.sent().url.ends_with("/market/cancel?apikey=key&nonce=1700000000&uuid=123"));
}

void TestBittrex::placesAndCancelsOverHttp()
{
    // A local bittrex: it checks apisign over the URL it was sent (recomputed with Qt's HMAC), keeps the order it
    // was given, and cancels it once.
    bourse::test::FaultServer server;
    QSet<QString> open;
    const QByteArray origin = QByteArray::fromStdString(server.origin());
    auto signedOk = [&](const bourse::test::FaultRequest& r) {
        const QByteArray url = origin + r.path + '?' + r.query.query(QUrl::FullyEncoded).toLatin1();
        const QByteArray expected =
            QMessageAuthenticationCode::hash(url, "secretsecret", QCryptographicHash::Sha512).toHex();
        return r.param(QStringLiteral("apikey")) == QLatin1String("key") && r.header("apisign") == expected;
    };
    server.route("GET", "/api/v1.1/market/selllimit", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200,
                                                  R"({"success":false,"message":"INVALID_SIGNATURE","result":null})");
        }
        open.insert(QStringLiteral("614c34e4-8d71-11e3-94b5-425861b86ab6"));
        return bourse::test::FaultReply::with(
            200, R"({"success":true,"message":"","result":{"uuid":"614c34e4-8d71-11e3-94b5-425861b86ab6"}})");
    });
    server.route("GET", "/api/v1.1/market/cancel", [&](const bourse::test::FaultRequest& r) {
        if (!signedOk(r)) {
            return bourse::test::FaultReply::with(200,
                                                  R"({"success":false,"message":"INVALID_SIGNATURE","result":null})");
        }
        if (!open.remove(r.param(QStringLiteral("uuid")))) {
            return bourse::test::FaultReply::with(200, R"({"success":false,"message":"INVALID_ORDER","result":null})");
        }
        return bourse::test::FaultReply::with(200, R"({"success":true,"message":"","result":null})");
    });

    QnamTransport transport;
    Clock clock;
    Bittrex bittrex(transport, clock);
    bittrex.setMarkets(bourse::test::loadMarketsFile(kFixtures + QStringLiteral("/markets.json")));
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    bittrex.setCredentials(c);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    bittrex.setOptions(o);
    bittrex.throttler().setRateLimit(1);

    auto placed = bourse::test::await<Order>([&](Callback<Order> cb) {
        bittrex.createOrder("ETH/BTC", "limit", "sell", dec("0.5"), dec("0.03741234567"), JsonValue::object(), cb);
    });
    QVERIFY(placed.has_value());
    QVERIFY2(placed->ok(), placed->ok() ? "" : placed->error().message().c_str());
    QCOMPARE(placed->value().id, OptString("614c34e4-8d71-11e3-94b5-425861b86ab6"));
    QCOMPARE(placed->value().symbol, std::string("ETH/BTC"));
    QCOMPARE(open.size(), 1);

    auto canceled = bourse::test::await<Order>([&](Callback<Order> cb) {
        bittrex.cancelOrder("614c34e4-8d71-11e3-94b5-425861b86ab6", "ETH/BTC", JsonValue::object(), cb);
    });
    QVERIFY(canceled && canceled->ok());
    QCOMPARE(canceled->value().status, OptString("canceled"));
    QVERIFY(open.isEmpty());

    QCOMPARE(server.requests.size(), 2);
    const auto& sell = server.requests[0];
    QCOMPARE(sell.param(QStringLiteral("market")), QStringLiteral("BTC-ETH"));
    QCOMPARE(sell.param(QStringLiteral("quantity")), QStringLiteral("0.5"));
    QCOMPARE(sell.param(QStringLiteral("rate")), QStringLiteral("0.03741235"));
    QVERIFY(server.requests[1].param(QStringLiteral("nonce")).toLongLong()
            > sell.param(QStringLiteral("nonce")).toLongLong());

    // Cancelling it again: bittrex's INVALID_ORDER, which for a cancel means the order is gone.
    auto again = bourse::test::await<Order>([&](Callback<Order> cb) {
        bittrex.cancelOrder("614c34e4-8d71-11e3-94b5-425861b86ab6", "ETH/BTC", JsonValue::object(), cb);
    });
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::OrderNotFound);
}

QTEST_GUILESS_MAIN(TestBittrex)
#include "TestBittrex.moc"
