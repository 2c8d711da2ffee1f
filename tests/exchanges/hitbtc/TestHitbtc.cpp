// SPDX-License-Identifier: GPL-3.0-or-later
// The hitbtc adapter (and bequant, its white-label twin): the HS256 Authorization header against vectors from
// ccxt's reference CLI and recomputed with python3 hmac, the request shapes of orders and history calls, the
// parsers on API 3 payloads, and HitBTC's {"error":{"code":...}} answers mapped to typed errors.
#include "AdapterFixture.h"
#include "hitbtc/Hitbtc.h"
#include "hitbtc/HitbtcParsers.h"
#include "hitbtc/HitbtcSigner.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::finish;
constexpr auto params = &bourse::test::jsonParams;

namespace {

QString fixturePath(const char* name)
{
    return QStringLiteral(HITBTC_FIXTURES_DIR "/") + QLatin1String(name);
}

std::string readFixture(const char* name)
{
    return bourse::test::readFile(fixturePath(name));
}

template<typename T> struct Fixture : bourse::test::AdapterFixture<T>
{
    explicit Fixture(std::string body = "[]", int status = 200)
        : bourse::test::AdapterFixture<T>(fixturePath("markets.json"), std::move(body), status)
    {
    }
};

} // namespace

class TestHitbtc : public QObject
{
    Q_OBJECT

private slots:
    void signsADeleteWithItsBody();
    void signsAGetWithItsQuery();
    void sendsPublicCallsUnsigned();
    void buildsOrders();
    void refusesContradictoryOrders();
    void routesMarginCalls();
    void bequantUsesItsOwnHost();
    void parsesSymbols();
    void parsesCurrencies();
    void parsesTickerAndBook();
    void parsesMarketOrderWithFills();
    void closedOrdersLeaveOpenOnesOut();
    void parsesMyTrades();
    void parsesBalance();
    void parsesTransactions();
    void mapsErrorCodes_data();
    void mapsErrorCodes();
    void describesItself();
};

void TestHitbtc::signsADeleteWithItsBody()
{
    // python3: hmac.new(b"secretsecret", b'DELETE/api/3/spot/order{"symbol":"BTCUSDT"}1700000000000',
    // hashlib.sha256).hexdigest(); the same header as ccxt's reference CLI at --time 1700000000000.
    const std::string sig =
        hitbtc::signature("DELETE", "/api/3/spot/order", R"({"symbol":"BTCUSDT"})", "1700000000000", "secretsecret");
    QCOMPARE(sig, std::string("7dc089033e53b3f5af6391c682ea329c959368e312f8bd1f2139919a23ee1876"));
    Fixture<Hitbtc> f;
    auto r = finish<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.exchange.cancelAllOrders("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/spot/order"));
    QCOMPARE(f.sent().body, std::string(R"({"symbol":"BTCUSDT"})"));
    QCOMPARE(f.header("Authorization"),
             std::optional<std::string>("HS256 a2V5OjdkYzA4OTAzM2U1M2IzZjVhZjYzOTFjNjgyZWEzMjljOTU5MzY4ZTMxMmY4YmQxZj"
                                        "IxMzk5MTlhMjNlZTE4NzY6MTcwMDAwMDAwMDAwMA=="));
}

void TestHitbtc::signsAGetWithItsQuery()
{
    // ccxt's reference CLI: fetchMyTrades LTC/USDT 1699457638000 5 at --time 1700000000000.
    Fixture<Hitbtc> f;
    auto r = finish<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("LTC/USDT", 1699457638000, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.hitbtc.com/api/3/spot/history/trade?symbol=LTCUSDT&limit=5&from=1699457638000"));
    QVERIFY(f.sent().body.empty());
    QCOMPARE(f.header("Authorization"),
             std::optional<std::string>("HS256 a2V5Ojg2NTY4NDQ1NmRmMWVhNGU3YTBmMjdjNWMxMzYzYWM5MmRkYmEwZmIwNjFjNzY1NT"
                                        "MyNjIzYzFkZDQ5YTYyOTQ6MTcwMDAwMDAwMDAwMA=="));
}

void TestHitbtc::sendsPublicCallsUnsigned()
{
    Fixture<Hitbtc> f;
    auto r = finish<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USDT", "1h", 1699457638000, 5, params(R"({"until":1699557638000})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.hitbtc.com/api/3/public/candles/BTCUSDT?period=H1&from=2023-11-"
                         "08T15%3A33%3A58.000Z&until=1699557638000&limit=5"));
    QVERIFY(!f.header("Authorization"));
}

void TestHitbtc::buildsOrders()
{
    Fixture<Hitbtc> f;
    const Market& btc = f.exchange.market("BTC/USDT");
    // A limit order with a trigger becomes a stopLimit; the caller's other keys go through untouched.
    JsonValue p = params(R"({"triggerPrice":29000.004,"timeInForce":"PO","clientOrderId":"abc"})");
    JsonValue body = f.exchange.orderRequest(btc, "limit", "buy", dec("0.1"), dec("30000"), p);
    QCOMPARE(body.dump(),
             std::string(R"({"type":"stopLimit","side":"buy","quantity":"0.1","symbol":"BTCUSDT",)"
                         R"("post_only":true,"time_in_force":"PO","price":"30000","stop_price":"29000"})"));
    QCOMPARE(p.dump(), std::string(R"({"clientOrderId":"abc"})"));
    // A market order with a trigger is a stopMarket, and takes no price.
    JsonValue q = params(R"({"stopPrice":"60.12341"})");
    body = f.exchange.orderRequest(f.exchange.market("LTC/USDT"), "market", "sell", dec("0.5"), std::nullopt, q);
    QCOMPARE(body.dump(),
             std::string(R"({"type":"stopMarket","side":"sell","quantity":"0.5","symbol":"LTCUSDT",)"
                         R"("stop_price":"60.1234"})"));
    // The amount is cut to the market's lot, never rounded up.
    JsonValue none = JsonValue::object();
    body = f.exchange.orderRequest(f.exchange.market("TRX/USDT"), "limit", "buy", dec("10.9"), dec("0.05"), none);
    QCOMPARE(body.find("quantity")->asString(), std::optional<std::string>("10"));
}

void TestHitbtc::refusesContradictoryOrders()
{
    Fixture<Hitbtc> f;
    const Market& btc = f.exchange.market("BTC/USDT");
    auto kindOf = [&](const char* type, OptDecimal price, const char* json) {
        JsonValue p = params(json);
        try {
            f.exchange.orderRequest(btc, type, "buy", dec("1"), price, p);
        } catch (const Error& e) {
            return e.kind();
        }
        return ErrorKind::BaseError;
    };
    QCOMPARE(kindOf("limit", dec("1"), R"({"postOnly":true,"timeInForce":"IOC"})"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("market", std::nullopt, R"({"postOnly":true})"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("limit", std::nullopt, "{}"), ErrorKind::ExchangeError);
    QCOMPARE(kindOf("limit", dec("1"), R"({"reduceOnly":true})"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("limit", dec("1"), R"({"timeInForce":"GTD"})"), ErrorKind::ExchangeError);
}

void TestHitbtc::routesMarginCalls()
{
    Fixture<Hitbtc> f;
    auto r = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchClosedOrders("", std::nullopt, std::nullopt, params(R"({"margin":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/margin/history/order"));
    // cancelOrder names the order in the path and, as sent, in the signed body too.
    auto c = finish<Order>([&](Callback<Order> cb) {
        f.exchange.cancelOrder("8PYnj6rAdX_-vPV5nJSROzMf85B8rTQS", "TRX/USDT", JsonValue::object(), cb);
    });
    QVERIFY(c.ok());
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/spot/order/8PYnj6rAdX_-vPV5nJSROzMf85B8rTQS"));
    QCOMPARE(f.sent().body, std::string(R"({"client_order_id":"8PYnj6rAdX_-vPV5nJSROzMf85B8rTQS"})"));
    auto swap = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, params(R"({"type":"swap"})"), cb);
    });
    QVERIFY(!swap.ok());
    QCOMPARE(swap.error().kind(), ErrorKind::NotSupported);
}

void TestHitbtc::bequantUsesItsOwnHost()
{
    // ccxt's reference CLI: bequant createOrder LTC/USDT market sell 0.5 with triggerPrice 60.123.
    Fixture<Bequant> f(R"({"client_order_id":"x","symbol":"LTCUSDT","status":"new"})");
    auto r = finish<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LTC/USDT", "market", "sell", dec("0.5"), std::nullopt,
                               params(R"({"triggerPrice":"60.123"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bequant.io/api/3/spot/order"));
    QCOMPARE(f.header("Authorization"),
             std::optional<std::string>("HS256 a2V5OmNkMjM1Yzc3YjU1ZTAzYzg0OGY1ZDYyMDEyYmMzNTliYjI0M2UzOGExYTVlZDAxYj"
                                        "U5ZDJjN2U1NDZiODgzMDg6MTcwMDAwMDAwMDAwMA=="));
    QCOMPARE(f.exchange.description().id, std::string("bequant"));
    QCOMPARE(f.exchange.description().name, std::string("Bequant"));
}

void TestHitbtc::parsesSymbols()
{
    Fixture<Hitbtc> f(readFixture("symbols.json"));
    auto r = finish<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    // The perpetual and the phantom _BQX symbol are left out.
    QCOMPARE(r.value().size(), size_t(2));
    const Market& mana = r.value()[0];
    QCOMPARE(mana.symbol, std::string("MANA/USDT"));
    QCOMPARE(mana.id, std::string("MANAUSDT"));
    QVERIFY(mana.margin);
    QCOMPARE(mana.precision.amount, OptDecimal(dec("1")));
    QCOMPARE(mana.precision.price, OptDecimal(dec("0.0000001")));
    QCOMPARE(mana.limits.cost.min, OptDecimal(dec("0.0000001")));
    QCOMPARE(mana.limits.leverage.max, OptDecimal(dec("5")));
    QCOMPARE(mana.taker, OptDecimal(dec("0.0025")));
    QCOMPARE(mana.maker, OptDecimal(dec("0.001")));
    const Market& eth = r.value()[1];
    QCOMPARE(eth.symbol, std::string("ETH/BTC"));
    QVERIFY(!eth.margin);
    QCOMPARE(eth.limits.leverage.max, OptDecimal(dec("1")));
    QCOMPARE(eth.limits.cost.min, OptDecimal(dec("0.0000000001")));
}

void TestHitbtc::parsesCurrencies()
{
    Fixture<Hitbtc> f(readFixture("currencies.json"));
    auto r = finish<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { f.exchange.fetchCurrencies(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(2));
    const Currency& usdt = r.value()[0];
    QCOMPARE(usdt.code, std::string("USDT"));
    QCOMPARE(usdt.networks.size(), size_t(2));
    QCOMPARE(usdt.networks[0].network, std::string("TRC20"));
    QCOMPARE(usdt.networks[1].network, std::string("ERC20"));
    QCOMPARE(usdt.networks[1].withdraw, OptBool(false));
    // The currency's fee is its cheapest chain's; it can be withdrawn because one chain allows it.
    QCOMPARE(usdt.fee, OptDecimal(dec("1")));
    QCOMPARE(usdt.withdraw, OptBool(true));
    const Currency& eth = r.value()[1];
    QCOMPARE(eth.active, OptBool(false)); // delisted
    QCOMPARE(eth.networks[0].network, std::string("ETH")); // ETH's own chain, not ERC20
    QCOMPARE(eth.deposit, OptBool(true)); // the chain takes deposits though the coin says no
    QCOMPARE(eth.precision, OptDecimal(dec("0.00000001")));
}

void TestHitbtc::parsesTickerAndBook()
{
    Fixture<Hitbtc> f;
    JsonDocument doc = JsonDocument::parse(readFixture("ticker.json"));
    Ticker t = hitbtc::parseTicker(doc.root(), &f.exchange.market("BTC/USDT"), "BTCUSDT");
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(t.timestamp, OptInt(1622656356732));
    QCOMPARE(t.last, OptDecimal(dec("0.020574")));
    QCOMPARE(t.close, OptDecimal(dec("0.020574")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("138444.3666")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("2853.6874972480")));
    QCOMPARE(t.change, OptDecimal(dec("-0.000339")));
    JsonDocument book = JsonDocument::parse(readFixture("orderbook.json"));
    OrderBook b = hitbtc::parseOrderBook(book.root(), "ETH/BTC");
    QCOMPARE(b.timestamp, OptInt(1625748753390));
    QCOMPARE(b.bids.size(), size_t(3));
    QCOMPARE(b.asks.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("0.046001"));
    QCOMPARE(b.asks[1].amount, dec("0.47"));
}

void TestHitbtc::parsesMarketOrderWithFills()
{
    Fixture<Hitbtc> f;
    JsonDocument doc = JsonDocument::parse(readFixture("market-order.json"));
    Order o = hitbtc::parseOrder(doc.root(), f.exchange, nullptr);
    QCOMPARE(o.id, OptString("Yshl7G-EjaREyXQYaGbsmdtVbW-nzQwu"));
    QCOMPARE(o.clientOrderId, o.id);
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.timestamp, OptInt(1635238555100));
    QVERIFY(!o.lastTradeTimestamp.has_value() || *o.lastTradeTimestamp == 1635238555100);
    QCOMPARE(o.filled, OptDecimal(dec("0.0001")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    // No average in the answer: the fills give it, and the fill's fee is charged in USDT.
    QCOMPARE(o.cost, OptDecimal(dec("6.288478")));
    QCOMPARE(o.average, OptDecimal(dec("62884.78")));
    QCOMPARE(o.trades.size(), size_t(1));
    QCOMPARE(o.trades[0].fee->currency, OptString("USDT"));
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.0056596302")));
}

void TestHitbtc::closedOrdersLeaveOpenOnesOut()
{
    Fixture<Hitbtc> f(readFixture("closed-orders.json"));
    auto r = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchClosedOrders("TRX/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/spot/history/order?symbol=TRXUSDT"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("XAO_g_2kfiRcNhOwtEz8YoTAcJGcsWjN"));
    QCOMPARE(o.cost, OptDecimal(dec("5.696328")));
    QCOMPARE(o.timeInForce, OptString("FOK"));
    QVERIFY(!o.lastTradeTimestamp);
    // The open one, fetched as open orders, has moved since it was placed.
    Fixture<Hitbtc> g(readFixture("closed-orders.json"));
    auto open = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        g.exchange.fetchOpenOrders("TRX/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), size_t(2));
    QCOMPARE(open.value()[0].lastTradeTimestamp, OptInt(1704595560500));
    QCOMPARE(open.value()[0].remaining, OptDecimal(dec("60")));
}

void TestHitbtc::parsesMyTrades()
{
    Fixture<Hitbtc> f(readFixture("my-trades.json"));
    auto r = finish<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("1393448977"));
    QCOMPARE(t.order, OptString("065f6f0ff9d54547848454182263d7b4"));
    QCOMPARE(t.symbol, std::string("LTC/USDT"));
    QCOMPARE(t.takerOrMaker, OptString("maker"));
    QCOMPARE(t.cost, OptDecimal(dec("86.1")));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0861")));
    QCOMPARE(t.fee->currency, OptString("USDT"));
}

void TestHitbtc::parsesBalance()
{
    Fixture<Hitbtc> f(readFixture("balance.json"));
    auto r = finish<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/spot/balance"));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("0.625")));
    QCOMPARE(r.value().currencies.at("USDT").free, OptDecimal(dec("1000")));
    auto w =
        finish<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(params(R"({"type":"funding"})"), cb); });
    QVERIFY(w.ok());
    QCOMPARE(f.sent().url, std::string("https://api.hitbtc.com/api/3/wallet/balance"));
}

void TestHitbtc::parsesTransactions()
{
    Fixture<Hitbtc> f(readFixture("transactions.json"));
    auto r = finish<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("", 1500000000000, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.hitbtc.com/api/3/wallet/transactions?types=WITHDRAW&from=2017-07-"
                         "14T02%3A40%3A00.000Z&limit=5"));
    QCOMPARE(r.value().size(), size_t(1));
    const Transaction& t = r.value()[0];
    QCOMPARE(t.id, OptString("084cfcd5-06b9-4826-882e-fdb75ec3625d"));
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.status, OptString("ok"));
    QCOMPARE(t.currency, OptString("ETH"));
    QCOMPARE(t.amount, OptDecimal(dec("0.01418088")));
    QCOMPARE(t.addressFrom, OptString("0x243bec9256c9a3469da22103891465b47583d9f1"));
    QCOMPARE(t.internal, OptBool(false));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0012")));
    QCOMPARE(t.updated, OptInt(1520374305030));
}

void TestHitbtc::mapsErrorCodes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("insufficient funds")
        << R"({"error":{"code":20001,"message":"Insufficient funds","description":"Check that the funds are sufficient, given commissions"}})"
        << 400 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order not found") << R"({"error":{"code":20002,"message":"Order not found"}})" << 400
                                     << int(ErrorKind::OrderNotFound);
    QTest::newRow("authorization")
        << R"({"error":{"code":1002,"message":"Authorization is required or has been failed"}})" << 401
        << int(ErrorKind::AuthenticationError);
    QTest::newRow("code as text") << R"({"error":{"code":"600","message":"Action not allowed"}})" << 403
                                  << int(ErrorKind::PermissionDenied);
    QTest::newRow("unknown code") << R"({"error":{"code":99999,"message":"Something"}})" << 400
                                  << int(ErrorKind::ExchangeError);
    QTest::newRow("html 502") << "<html><body>502 Bad Gateway</body></html>" << 502
                              << int(ErrorKind::ExchangeNotAvailable);
}

void TestHitbtc::mapsErrorCodes()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture<Hitbtc> f(body.toStdString(), status);
    auto r = finish<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("1"), dec("100"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind() == ErrorKind(kind), r.error().message().c_str());
}

void TestHitbtc::describesItself()
{
    Fixture<Hitbtc> f;
    const ExchangeDescription& d = f.exchange.description();
    QCOMPARE(d.id, std::string("hitbtc"));
    QCOMPARE(d.api.at("private"), std::string("https://api.hitbtc.com/api/3"));
    QCOMPARE(d.precisionMode, CountingMode::TickSize);
    QCOMPARE(d.supports("fetchOrders"), Support::No);
    QCOMPARE(d.supports("fetchTime"), Support::No);
    QCOMPARE(d.supports("fetchTradingFees"), Support::Yes);
    QCOMPARE(d.timeframe("1w"), std::optional<std::string>("D7"));
    QCOMPARE(d.commonCurrencies.at("XPNT"), std::string("PNT"));
    auto r = finish<long long>([&](Callback<long long> cb) { f.exchange.fetchTime(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::NotSupported);
}

QTEST_GUILESS_MAIN(TestHitbtc)
#include "TestHitbtc.moc"
