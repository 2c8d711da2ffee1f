// SPDX-License-Identifier: GPL-3.0-or-later
// The binance adapter: signed requests byte for byte against ccxt's recorded ones, rounding before an order
// leaves, the parsers on real payload shapes, error mapping, and the real transport against local servers.
#include "TestSupport.h"
#include "binance/Binance.h"
#include "core/QnamTransport.h"

#include <QTest>

using namespace bourse;
using namespace bourse::ex;
using test::await;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

struct Fixture
{
    test::ScriptedTransport transport;
    Clock clock;
    Binance binance {transport, clock};

    Fixture()
    {
        binance.setMarkets(test::loadMarketsFile(QStringLiteral(BINANCE_FIXTURES "/markets.json")));
        Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        binance.setCredentials(c);
    }
};

JsonValue params(const char* json)
{
    return *JsonValue::parse(json);
}

} // namespace

class TestBinance : public QObject
{
    Q_OBJECT

private slots:
    void signsLikeTheRecordedRequest();
    void signsGetQueries();
    void roundsAmountAndPriceBeforeSending();
    void refusesAnAmountBelowTheStep();
    void marketBuyByCost();
    void stopAndPostOnlyOrders();
    void parsesTicker();
    void parsesOrderBookAndTrades();
    void parsesClosedMarketOrder();
    void parsesBalance();
    void parsesExchangeInfo();
    void mapsErrors_data();
    void mapsErrors();
    void timeoutIsNeverResent();
    void connectionResetIsANetworkError();
    void realTransportReadsAnAnswer();
    void describesItselfTruthfully();
};

void TestBinance::signsLikeTheRecordedRequest()
{
    // The inputs of ccxt's case "Spot margin (cross) limit buy" at its clock. The signature is what ccxt 4.5.84 and
    // Python's hmac module both compute for these bytes with the secret "secretsecret".
    Fixture f;
    f.clock.fixAt(1699113838137);
    f.transport.push(200, R"({"symbol":"LTCUSDT","orderId":1,"status":"NEW"})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("LTC/USDT", "limit", "buy", dec("0.2"), dec("50"),
                              params(R"({"marginMode":"cross","newClientOrderId":"x-R4BD3S8277d937b569914d1bb5f784"})"),
                              cb);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(f.transport.requests.size(), size_t(1));
    const HttpRequest& sent = f.transport.requests[0];
    QCOMPARE(sent.method, std::string("POST"));
    QCOMPARE(sent.url, std::string("https://api.binance.com/sapi/v1/margin/order"));
    QCOMPARE(
        sent.body,
        std::string("timestamp=1699113838137&symbol=LTCUSDT&side=BUY&newClientOrderId=x-R4BD3S8277d937b569914d1bb5f784"
                    "&newOrderRespType=FULL&type=LIMIT&quantity=0.2&price=50&timeInForce=GTC&recvWindow=10000"
                    "&signature=7ae95426bbace3ee567b9949bc9196cd70f3c0e2001bcca2588e67b8c54d5e91"));
    bool hasKey = false;
    for (const auto& [k, v] : sent.headers) {
        hasKey |= k == "X-MBX-APIKEY" && v == "key";
    }
    QVERIFY(hasKey);
}

void TestBinance::signsGetQueries()
{
    // ccxt's case "Spot fetch balance" at its clock; the signature as ccxt 4.5.84 and Python's hmac compute it.
    Fixture f;
    f.clock.fixAt(1699384807806);
    f.transport.push(200, R"({"balances":[]})");
    auto r = await<Balance>([&](Callback<Balance> cb) { f.binance.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.transport.requests[0].url,
             std::string("https://api.binance.com/api/v3/account?timestamp=1699384807806&recvWindow=10000"
                         "&signature=5122dd0b857a053d17f222acf756c771313dee87ce9d78d89cdb2766a0074535"));
    QVERIFY(f.transport.requests[0].body.empty());
}

void TestBinance::roundsAmountAndPriceBeforeSending()
{
    Fixture f;
    f.transport.push(200, R"({"symbol":"BTCUSDT","orderId":2,"status":"NEW"})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("BTC/USDT", "limit", "buy", dec("0.0007856509959147719"), dec("55000.005"),
                              JsonValue::object(), cb);
    });
    QVERIFY(r && r->ok());
    const std::string& body = f.transport.requests[0].body;
    // Amount truncated to the 0.00001 step, price rounded half away from zero to the 0.01 tick.
    QVERIFY2(body.find("&quantity=0.00078&") != std::string::npos, body.c_str());
    QVERIFY2(body.find("&price=55000.01&") != std::string::npos, body.c_str());
    QVERIFY2(body.find("&newClientOrderId=bourse") != std::string::npos, body.c_str());
}

void TestBinance::refusesAnAmountBelowTheStep()
{
    Fixture f;
    auto r = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("BTC/USDT", "limit", "buy", dec("0.000004"), dec("55000"), JsonValue::object(), cb);
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests.empty()); // nothing left the terminal
}

void TestBinance::marketBuyByCost()
{
    Fixture f;
    f.transport.push(200, R"({"symbol":"LTCUSDT","orderId":3,"status":"FILLED"})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("LTC/USDT", "market", "buy", dec("0.2"), dec("50.004"), JsonValue::object(), cb);
    });
    QVERIFY(r && r->ok());
    const std::string& body = f.transport.requests[0].body;
    QVERIFY2(body.find("&type=MARKET&quoteOrderQty=10&") != std::string::npos, body.c_str());
    QVERIFY(body.find("quantity=") == std::string::npos);
}

void TestBinance::stopAndPostOnlyOrders()
{
    Fixture f;
    f.transport.push(200, R"({"orderId":4})");
    f.transport.push(200, R"({"orderId":5})");
    auto stop = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("LTC/USDT", "limit", "buy", dec("0.2"), dec("50"), params(R"({"triggerPrice":100})"), cb);
    });
    QVERIFY(stop && stop->ok());
    QVERIFY(f.transport.requests[0].body.find("&type=STOP_LOSS_LIMIT&quantity=0.2&price=50&stopPrice=100"
                                              "&timeInForce=GTC&")
            != std::string::npos);
    auto maker = await<Order>([&](Callback<Order> cb) {
        f.binance.createOrder("LTC/USDT", "limit", "buy", dec("0.2"), dec("50"), params(R"({"postOnly":true})"), cb);
    });
    QVERIFY(maker && maker->ok());
    const std::string& body = f.transport.requests[1].body;
    QVERIFY(body.find("&type=LIMIT_MAKER&quantity=0.2&price=50&") != std::string::npos);
    QVERIFY(body.find("timeInForce") == std::string::npos);
}

void TestBinance::parsesTicker()
{
    Fixture f;
    f.transport.push(200, R"({"symbol":"BTCUSDT","priceChange":"1188.75","priceChangePercent":"1.647",
        "weightedAvgPrice":"71624.65401064","prevClosePrice":"72180.93","lastPrice":"73369.84","lastQty":"0.0009",
        "bidPrice":"73369.83","bidQty":"3.1","askPrice":"73369.84","askQty":"2.5","openPrice":"72181.09",
        "highPrice":"73650.00","lowPrice":"70000.00","volume":"72140.1","quoteVolume":"5167027510.687287",
        "openTime":1710300000000,"closeTime":1710386400000,"count":100})");
    auto r = await<Ticker>([&](Callback<Ticker> cb) { f.binance.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    const Ticker& t = r->value();
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(*t.last, dec("73369.84"));
    QCOMPARE(*t.bid, dec("73369.83"));
    QCOMPARE(*t.percentage, dec("1.647"));
    QCOMPARE(*t.average, dec("72775.46")); // (open + last) / 2, truncated to the price tick's decimals
    QCOMPARE(*t.timestamp, 1710386400000LL);
    QCOMPARE(f.transport.requests[0].url, std::string("https://api.binance.com/api/v3/ticker/24hr?symbol=BTCUSDT"));
}

void TestBinance::parsesOrderBookAndTrades()
{
    Fixture f;
    f.transport.push(200, R"({"lastUpdateId":25445101,"bids":[["42574.2","0.5"],["42574.3","0.0107"]],
                              "asks":[["42574.8","0.1"],["42574.31","0.0087"]]})");
    auto book = await<OrderBook>(
        [&](Callback<OrderBook> cb) { f.binance.fetchOrderBook("BTC/USDT", 5, JsonValue::object(), cb); });
    QVERIFY(book && book->ok());
    QCOMPARE(book->value().bids.front().price, dec("42574.3")); // best bid first
    QCOMPARE(book->value().asks.front().price, dec("42574.31")); // best ask first
    QCOMPARE(*book->value().nonce, 25445101LL);
    QCOMPARE(f.transport.requests[0].url, std::string("https://api.binance.com/api/v3/depth?symbol=BTCUSDT&limit=5"));

    f.transport.push(200, R"([{"a":2,"p":"73238.70","q":"0.00109","T":1710327661939,"m":false},
                              {"a":1,"p":"73238.00","q":"0.5","T":1710327661000,"m":true}])");
    auto trades = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.binance.fetchTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(trades && trades->ok());
    QCOMPARE(trades->value().size(), size_t(2));
    QCOMPARE(*trades->value()[0].id, std::string("1")); // oldest first
    QCOMPARE(*trades->value()[0].side, std::string("sell")); // the buyer was the maker: the taker sold
    QCOMPARE(*trades->value()[1].side, std::string("buy"));
    QCOMPARE(*trades->value()[1].cost, dec("79.830183"));
}

void TestBinance::parsesClosedMarketOrder()
{
    Fixture f;
    f.transport.push(200, R"({"symbol":"LTCUSDT","orderId":"3397148653","clientOrderId":"x-1","price":"0.00000000",
        "origQty":"0.10000000","executedQty":"0.10000000","cummulativeQuoteQty":"9.08000000","status":"FILLED",
        "timeInForce":"GTC","type":"MARKET","side":"SELL","stopPrice":"0.00000000","time":"1679571174472",
        "updateTime":"1679571174472"})");
    auto r = await<Order>(
        [&](Callback<Order> cb) { f.binance.fetchOrder("3397148653", "LTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    const Order& o = r->value();
    QCOMPARE(*o.status, std::string("closed"));
    QCOMPARE(*o.average, dec("90.8"));
    QCOMPARE(*o.price, dec("90.8"));
    QCOMPARE(*o.remaining, dec("0"));
    QVERIFY(!o.triggerPrice.has_value());
    QCOMPARE(*o.lastTradeTimestamp, 1679571174472LL);
}

void TestBinance::parsesBalance()
{
    Fixture f;
    f.transport.push(200, R"({"updateTime":1701856395927,"balances":[{"asset":"BTC","free":"0.5","locked":"0.25"},
                              {"asset":"LTC","free":"0.919741","locked":"0"}]})");
    auto r = await<Balance>([&](Callback<Balance> cb) { f.binance.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    const auto& btc = r->value().currencies.at("BTC");
    QCOMPARE(*btc.total, dec("0.75"));
    QCOMPARE(*btc.used, dec("0.25"));
    QCOMPARE(*r->value().timestamp, 1701856395927LL);
}

void TestBinance::parsesExchangeInfo()
{
    test::ScriptedTransport transport;
    Clock clock;
    Binance binance(transport, clock);
    transport.push(200, R"({"symbols":[{"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","baseAssetPrecision":8,
        "quoteAsset":"BTC","quotePrecision":8,"isSpotTradingAllowed":true,"isMarginTradingAllowed":true,
        "orderTypes":["LIMIT","MARKET"],"filters":[{"filterType":"PRICE_FILTER","minPrice":"0.00001000",
        "maxPrice":"922327.00000000","tickSize":"0.00001000"},{"filterType":"LOT_SIZE","minQty":"0.00010000",
        "maxQty":"100000.00000000","stepSize":"0.00010000"},{"filterType":"NOTIONAL","minNotional":"0.00010000",
        "maxNotional":"9000000.00000000"}]},{"symbol":"XYZBTC","status":"BREAK","baseAsset":"XYZ","quoteAsset":"BTC",
        "isSpotTradingAllowed":false,"filters":[]}]})");
    auto r = await<std::monostate>([&](Callback<std::monostate> cb) { binance.loadMarkets(cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(binance.markets().size(), size_t(1)); // the pair without spot trading is left out
    const Market& m = binance.market("ETH/BTC");
    QCOMPARE(m.id, std::string("ETHBTC"));
    QCOMPARE(*m.precision.price, dec("0.00001"));
    QCOMPARE(*m.precision.amount, dec("0.0001"));
    QCOMPARE(*m.limits.cost.min, dec("0.0001"));
    QCOMPARE(*m.active, true);
}

void TestBinance::mapsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("kind");
    QTest::newRow("insufficient funds")
        << 400 << R"({"code":-2010,"msg":"Account has insufficient balance for requested action."})"
        << ""
        << "InsufficientFunds";
    QTest::newRow("bad symbol") << 400 << R"({"code":-1121,"msg":"Invalid symbol."})"
                                << ""
                                << "BadSymbol";
    QTest::newRow("wrong key") << 401 << R"({"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."})"
                               << ""
                               << "AuthenticationError";
    QTest::newRow("clock skew") << 400
                                << R"({"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."})"
                                << ""
                                << "InvalidNonce";
    QTest::newRow("unknown order") << 400 << R"({"code":-2013,"msg":"Order does not exist."})"
                                   << ""
                                   << "OrderNotFound";
    QTest::newRow("error code in a 200") << 200 << R"({"code":-1100,"msg":"Illegal characters found."})"
                                         << ""
                                         << "BadRequest";
    QTest::newRow("banned") << 418 << R"({"code":-1003,"msg":"Way too much request weight used; IP banned"})"
                            << ""
                            << "RateLimitExceeded";
    QTest::newRow("418 without body") << 418 << ""
                                      << ""
                                      << "DDoSProtection";
    QTest::newRow("429 retry-after") << 429 << ""
                                     << "30"
                                     << "RateLimitExceeded";
    QTest::newRow("502 html") << 502 << "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
                              << ""
                              << "ExchangeNotAvailable";
    QTest::newRow("cloudflare")
        << 403 << "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head></html>"
        << ""
        << "DDoSProtection";
    QTest::newRow("maintenance page") << 503 << "<html><body>System maintenance in progress</body></html>"
                                      << ""
                                      << "OnMaintenance";
    QTest::newRow("truncated json") << 200 << R"({"serverTime":17)"
                                    << ""
                                    << "BadResponse";
    QTest::newRow("html with 200") << 200 << "<html><body>hello</body></html>"
                                   << ""
                                   << "BadResponse";
    QTest::newRow("empty 200") << 200 << ""
                               << ""
                               << "NullResponse";
}

void TestBinance::mapsErrors()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(QString, header);
    QFETCH(QString, kind);
    Fixture f;
    Headers headers;
    if (!header.isEmpty()) {
        headers.emplace_back("Retry-After", header.toStdString());
    }
    f.transport.push(status, body.toStdString(), headers);
    auto r = await<long long>([&](Callback<long long> cb) { f.binance.fetchTime(JsonValue::object(), cb); });
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(QString::fromLatin1(errorKindName(r->error().kind()).data()), kind);
    QVERIFY(!r->error().message().empty());
    if (!header.isEmpty()) {
        QVERIFY(r->error().message().find("retry after 30") != std::string::npos);
    }
}

void TestBinance::timeoutIsNeverResent()
{
    // A create-order request that times out may have reached the exchange: it is reported, not repeated.
    test::MisbehavingServer server(test::MisbehavingServer::Mode::Silent);
    QnamTransport transport;
    Clock clock;
    Binance binance(transport, clock);
    binance.setMarkets(test::loadMarketsFile(QStringLiteral(BINANCE_FIXTURES "/markets.json")));
    Credentials c;
    c.apiKey = "key";
    c.secret = "secret";
    binance.setCredentials(c);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    o.timeoutMs = 300;
    binance.setOptions(o);
    auto r = await<Order>([&](Callback<Order> cb) {
        binance.createOrder("BTC/USDT", "limit", "buy", dec("0.001"), dec("50000"), JsonValue::object(), cb);
    });
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind(), ErrorKind::RequestTimeout);
    QTest::qWait(400);
    QCOMPARE(server.connections, 1);
    QVERIFY(server.lastRequest.startsWith("POST /api/v3/order HTTP/1.1"));
}

void TestBinance::connectionResetIsANetworkError()
{
    test::MisbehavingServer server(test::MisbehavingServer::Mode::Reset);
    QnamTransport transport;
    Clock clock;
    Binance binance(transport, clock);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    o.timeoutMs = 2000;
    binance.setOptions(o);
    auto r = await<long long>([&](Callback<long long> cb) { binance.fetchTime(JsonValue::object(), cb); });
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QVERIFY(r->error().is(ErrorKind::NetworkError));
}

void TestBinance::realTransportReadsAnAnswer()
{
    test::MisbehavingServer server(test::MisbehavingServer::Mode::Answer,
                                   test::httpResponse(200, R"({"serverTime":1700000000123})"));
    QnamTransport transport;
    Clock clock;
    Binance binance(transport, clock);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    binance.setOptions(o);
    auto r = await<long long>([&](Callback<long long> cb) { binance.fetchTime(JsonValue::object(), cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value(), 1700000000123LL);
    QVERIFY(server.lastRequest.startsWith("GET /api/v3/time HTTP/1.1"));
}

void TestBinance::describesItselfTruthfully()
{
    test::ScriptedTransport transport;
    Clock clock;
    Binance binance(transport, clock);
    JsonValue d = binance.description().toJson();
    QCOMPARE(d.find("id")->asString().value(), std::string("binance"));
    QCOMPARE(d.find("precisionMode")->asString().value(), std::string("TICK_SIZE"));
    const JsonValue* has = d.find("has");
    QVERIFY(has && has->find("createOrder")->asBool().value());
    QVERIFY(d.find("timeframes")->contains("1d"));
}

QTEST_GUILESS_MAIN(TestBinance)
#include "TestBinance.moc"
