// SPDX-License-Identifier: GPL-3.0-or-later
// The bitfinex adapter: bfx-signature against values computed independently (python3 hmac, and ccxt 4.5.84's
// dry run at the same clock), the order/submit bodies of the order types, Bitfinex's own rounding, the parsers on
// documented and recorded payloads, and the ["error", code, text] answers mapped to typed errors.
#include "../AdapterFixture.h"
#include "bitfinex/Bitfinex.h"
#include "bitfinex/BitfinexParsers.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::optDec;
using bourse::test::params;

namespace {

std::string fixture(const char* name)
{
    return bourse::test::readTextFile(QStringLiteral(BITFINEX_FIXTURES_DIR "/") + QLatin1String(name));
}

// The adapter on the conformance markets, with ccxt's static-test credentials, at a fixed clock.
struct Fixture : bourse::test::AdapterFixture<Bitfinex>
{
    Bitfinex& bitfinex = exchange;
    Fixture()
        : AdapterFixture(QStringLiteral(BITFINEX_FIXTURES_DIR "/markets.json"))
    {
    }
};

const char* kSubmitted = R"([1706699075,"on-req",null,null,[[139472205825,null,1003434,"tLTCUST",1706699075903,)"
                         R"(1706699075904,0.1,0.1,"EXCHANGE LIMIT",null,null,null,0,"ACTIVE",null,null,50,0,0,0,)"
                         R"(null,null,null,0,0,null,null,null,"API>BFX",null,null,{}]],null,"SUCCESS",)"
                         R"("Submitting 1 orders."])";

} // namespace

class TestBitfinex : public QObject
{
    Q_OBJECT

private slots:
    void signsAPrivateRead();
    void signsAnOrder();
    void buildsOrderTypes_data();
    void buildsOrderTypes();
    void refusesMarketIoc();
    void roundsTheBitfinexWay();
    void sendsPublicCallsAsGets();
    void parsesTicker();
    void parsesTickersSkippingFunding();
    void parsesRawOrderBook();
    void parsesOpenOrders();
    void parsesCanceledOrder();
    void parsesMyTrades();
    void parsesCandles();
    void parsesWallets();
    void parsesMovementsAsWithdrawals();
    void mapsErrors_data();
    void mapsErrors();
    void refusedSubmissionIsAnError();
    void describesItself();
};

void TestBitfinex::signsAPrivateRead()
{
    // python3: hmac.new(b"secretsecret", b"/api/v2/auth/r/summary1700000000000{}", hashlib.sha384).hexdigest();
    // ccxt 4.5.84's dry run of fetchTradingFees at --time 1700000000000 sends the same.
    Fixture f;
    auto r = f.run<std::vector<TradingFee>>(200,
                                            R"([null,null,null,null,[[0.001,0.001,0.001,null,null,0.0002],)"
                                            R"([0.002,0.002,0.002,null,null,0.00065]]])",
                                            [&](auto cb) { f.bitfinex.fetchTradingFees(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.bitfinex.com/v2/auth/r/summary"));
    QCOMPARE(f.sent().body, std::string("{}"));
    QCOMPARE(f.header("bfx-nonce"), std::string("1700000000000"));
    QCOMPARE(f.header("bfx-apikey"), std::string("key"));
    QCOMPARE(f.header("bfx-signature"),
             std::string("8dee7f4d1fc3883e58c14c8f437a4985d7a2ae9b37532be3f5c7fb2d2919d4acb4c0aadf6ecd5"
                         "072a8163b1cb3397fb7"));
    // One fee per market: the fiat column for USD/EUR quotes, the crypto column otherwise.
    QCOMPARE(r.value().size(), size_t(10));
    QCOMPARE(r.value()[0].taker, optDec("0.002"));
    QCOMPARE(r.value()[0].maker, optDec("0.001"));
}

void TestBitfinex::signsAnOrder()
{
    // ccxt 4.5.84: createOrder LTC/USDT limit buy 0.1 50 {"clientOrderId":1003434} at --time 1700000000000.
    Fixture f;
    auto r = f.run<Order>(200, kSubmitted, [&](auto cb) {
        f.bitfinex.createOrder("LTC/USDT", "limit", "buy", dec("0.1"), dec("50"),
                               params(R"({"clientOrderId":1003434})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitfinex.com/v2/auth/w/order/submit"));
    QCOMPARE(f.sent().body,
             std::string(R"({"symbol":"tLTCUST","amount":"0.1","price":"50","type":"EXCHANGE LIMIT","cid":1003434})"));
    QCOMPARE(f.header("bfx-signature"),
             std::string("da309c3795004cbd2dd4c5ad6688b56524669cc3673a5723babab2939eca3607224f392d0b760dc0d"
                         "353b73f4e574d04"));
    QCOMPARE(f.header("Content-Type"), std::string("application/json"));
    QCOMPARE(r.value().id, OptString("139472205825"));
    QCOMPARE(r.value().clientOrderId, OptString("1003434"));
    QCOMPARE(r.value().status, OptString("open"));
    QCOMPARE(r.value().price, optDec("50"));
}

void TestBitfinex::buildsOrderTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("body");
    QTest::newRow("market sell") << "market"
                                 << "sell"
                                 << ""
                                 << "{}"
                                 << R"({"symbol":"tBTCUST","amount":"-0.0001","type":"EXCHANGE MARKET"})";
    QTest::newRow("stop limit") << "limit"
                                << "buy"
                                << "40000"
                                << R"({"triggerPrice":"41000"})"
                                << R"({"symbol":"tBTCUST","amount":"0.0001","price":"41000","price_aux_limit":"40000",)"
                                   R"("type":"EXCHANGE STOP LIMIT"})";
    QTest::newRow("stop market") << "market"
                                 << "buy"
                                 << ""
                                 << R"({"stopPrice":41000})"
                                 << R"({"symbol":"tBTCUST","amount":"0.0001","price":"41000","type":"EXCHANGE STOP"})";
    QTest::newRow("post only") << "limit"
                               << "buy"
                               << "40000"
                               << R"({"postOnly":true})"
                               << R"({"symbol":"tBTCUST","amount":"0.0001","price":"40000","type":"EXCHANGE LIMIT",)"
                                  R"("flags":4096})";
    QTest::newRow("PO + reduce") << "limit"
                                 << "sell"
                                 << "40000"
                                 << R"({"timeInForce":"PO","reduceOnly":true})"
                                 << R"({"symbol":"tBTCUST","amount":"-0.0001","price":"40000",)"
                                    R"("type":"EXCHANGE LIMIT","flags":5120})";
    QTest::newRow("IOC") << "limit"
                         << "buy"
                         << "40000"
                         << R"({"timeInForce":"IOC"})"
                         << R"({"symbol":"tBTCUST","amount":"0.0001","price":"40000","type":"EXCHANGE IOC"})";
    QTest::newRow("FOK") << "limit"
                         << "buy"
                         << "40000"
                         << R"({"timeInForce":"FOK"})"
                         << R"({"symbol":"tBTCUST","amount":"0.0001","price":"40000","type":"EXCHANGE FOK"})";
    QTest::newRow("margin") << "limit"
                            << "buy"
                            << "40000"
                            << R"({"marginMode":"cross"})"
                            << R"({"symbol":"tBTCUST","amount":"0.0001","price":"40000","type":"LIMIT"})";
    QTest::newRow("extra passes through") << "limit"
                                          << "buy"
                                          << "40000"
                                          << R"({"lev":2})"
                                          << R"({"symbol":"tBTCUST","amount":"0.0001","price":"40000",)"
                                             R"("type":"EXCHANGE LIMIT","lev":2})";
}

void TestBitfinex::buildsOrderTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, side);
    QFETCH(QString, price);
    QFETCH(QString, extra);
    QFETCH(QString, body);
    Fixture f;
    auto r = f.run<Order>(200, kSubmitted, [&](auto cb) {
        f.bitfinex.createOrder("BTC/USDT", type.toStdString(), side.toStdString(), dec("0.0001"),
                               price.isEmpty() ? OptDecimal() : Decimal::parse(price.toStdString()),
                               params(extra.toUtf8().constData()), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(QString::fromStdString(f.sent().body), body);
}

void TestBitfinex::refusesMarketIoc()
{
    Fixture f;
    auto r = f.run<Order>(200, kSubmitted, [&](auto cb) {
        f.bitfinex.createOrder("BTC/USDT", "market", "buy", dec("0.0001"), dec("40000"),
                               params(R"({"timeInForce":"IOC"})"), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY(f.transport.requests.empty());
}

void TestBitfinex::roundsTheBitfinexWay()
{
    Fixture f;
    const Market& m = f.bitfinex.market("BTC/USDT");
    // Five significant digits, rounded; then at most eight decimals.
    QCOMPARE(f.bitfinex.bitfinexPrice(m, dec("43210.987")), std::string("43211"));
    QCOMPARE(f.bitfinex.bitfinexPrice(m, dec("0.000012345678")), std::string("0.00001234"));
    QCOMPARE(f.bitfinex.bitfinexPrice(m, dec("1.234567")), std::string("1.2346"));
    // Eight decimals of amount, truncated.
    QCOMPARE(f.bitfinex.bitfinexAmount(m, dec("0.123456789")), std::string("0.12345678"));
    QVERIFY_THROWS_EXCEPTION(Error, f.bitfinex.bitfinexAmount(m, dec("0.000000001")));
}

void TestBitfinex::sendsPublicCallsAsGets()
{
    Fixture f;
    auto book = f.run<OrderBook>(200, "[]", [&](auto cb) { f.bitfinex.fetchOrderBook("BTC/USDT", 25, {}, cb); });
    QVERIFY(book.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api-pub.bitfinex.com/v2/book/tBTCUST/R0?len=25"));
    QVERIFY(f.sent().headers.empty());
    auto tickers = f.run<std::vector<Ticker>>(200, "[]", [&](auto cb) {
        f.bitfinex.fetchTickers({"BTC/USDT", "LTC/USDT"}, JsonValue::object(), cb);
    });
    QVERIFY(tickers.ok());
    QCOMPARE(f.sent().url, std::string("https://api-pub.bitfinex.com/v2/tickers?symbols=tBTCUST%2CtLTCUST"));
    auto candles = f.run<std::vector<Ohlcv>>(200, "[]", [&](auto cb) {
        f.bitfinex.fetchOHLCV("BTC/USDT", "1d", 1552298700000, std::nullopt, params(R"({"until":1552398700000})"), cb);
    });
    QVERIFY(candles.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api-pub.bitfinex.com/v2/candles/trade:1D:tBTCUST/hist"
                         "?limit=100&start=1552298700000&sort=1&end=1552398700000"));
}

void TestBitfinex::parsesTicker()
{
    // docs.bitfinex.com "Ticker": [BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE,
    // VOLUME, HIGH, LOW].
    Fixture f;
    JsonDocument doc = JsonDocument::parse(fixture("ticker.json"));
    Ticker t = bitfinex::parseTicker(doc.root(), &f.bitfinex.market("BTC/USD"), f.bitfinex);
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.bid, optDec("10645"));
    QCOMPARE(t.ask, optDec("10647"));
    QCOMPARE(t.last, optDec("10644.00645389"));
    QCOMPARE(t.change, optDec("731.60645389"));
    QCOMPARE(t.percentage, optDec("7.38"));
    QCOMPARE(t.baseVolume, optDec("14480.89849423"));
    QCOMPARE(t.high, optDec("10766"));
    QCOMPARE(t.low, optDec("9889.1449809"));
    // The open is the last price less the day's change.
    QCOMPARE(t.open, optDec("9912.4"));
}

void TestBitfinex::parsesTickersSkippingFunding()
{
    Fixture f;
    auto r = f.run<std::vector<Ticker>>(200, fixture("tickers.json"),
                                        [&](auto cb) { f.bitfinex.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api-pub.bitfinex.com/v2/tickers?symbols=ALL"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[1].symbol, std::string("LTC/USDT"));
    QCOMPARE(r.value()[1].percentage, optDec("-1.65"));
}

void TestBitfinex::parsesRawOrderBook()
{
    // R0 levels are [ORDER_ID, PRICE, AMOUNT]; a negative amount is an ask.
    JsonDocument doc = JsonDocument::parse(fixture("book.json"));
    OrderBook b = bitfinex::parseOrderBook(doc.root(), "BTC/USD", true, 1700000000000);
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.asks.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("10640"));
    QCOMPARE(b.bids[1].amount, dec("1.5"));
    QCOMPARE(b.asks[0].price, dec("10641"));
    QCOMPARE(b.asks[0].amount, dec("0.25"));
    QCOMPARE(b.asks[1].amount, dec("2"));
    QCOMPARE(b.timestamp, OptInt(1700000000000));
}

void TestBitfinex::parsesOpenOrders()
{
    Fixture f;
    auto r = f.run<std::vector<Order>>(200, fixture("orders.json"), [&](auto cb) {
        f.bitfinex.fetchOpenOrders("LTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitfinex.com/v2/auth/r/orders/tLTCUST"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("139472205825"));
    QCOMPARE(o.symbol, std::string("LTC/USDT"));
    QCOMPARE(o.timestamp, OptInt(1706699075904));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.timeInForce, OptString("GTC"));
    QCOMPARE(o.postOnly, OptBool(false));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.amount, optDec("0.1"));
    QCOMPARE(o.remaining, optDec("0.1"));
    QCOMPARE(o.filled, optDec("0"));
    QCOMPARE(o.average, OptDecimal());
    QCOMPARE(o.status, OptString("open"));
}

void TestBitfinex::parsesCanceledOrder()
{
    Fixture f;
    auto r = f.run<Order>(200, fixture("cancel.json"),
                          [&](auto cb) { f.bitfinex.cancelOrder("139472205825", "LTC/USDT", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string(R"({"id":139472205825})"));
    QCOMPARE(r.value().id, OptString("139472205825"));
    // Cancelling by client id needs the day the order was placed.
    auto byCid = f.run<Order>(200, fixture("cancel.json"), [&](auto cb) {
        f.bitfinex.cancelOrder("", "", params(R"({"clientOrderId":1003434})"), cb);
    });
    QVERIFY(!byCid.ok());
    QCOMPARE(byCid.error().kind(), ErrorKind::InvalidOrder);
}

void TestBitfinex::parsesMyTrades()
{
    Fixture f;
    auto r = f.run<std::vector<Trade>>(200, fixture("mytrades.json"), [&](auto cb) {
        f.bitfinex.fetchMyTrades("LTC/USDT", 1673709416000, 1, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitfinex.com/v2/auth/r/trades/tLTCUST/hist"));
    QCOMPARE(f.sent().body, std::string(R"({"end":1700000000000,"start":1673709416000,"limit":1})"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("1284511023"));
    QCOMPARE(t.order, OptString("111473031270"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.type, OptString("market"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.amount, optDec("0.1"));
    QCOMPARE(t.cost, optDec("8.7583"));
    // Fees are charged as negative amounts; "UST" is Bitfinex's name for USDT.
    QVERIFY(t.fee);
    QCOMPARE(t.fee->cost, optDec("0.0175166"));
    QCOMPARE(t.fee->currency, OptString("USDT"));
}

void TestBitfinex::parsesCandles()
{
    // [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]: the close comes before the high.
    JsonDocument doc = JsonDocument::parse(fixture("candles.json"));
    Ohlcv c = bitfinex::parseOhlcv(doc.root()[0]);
    QCOMPARE(c.timestamp, 1552298400000LL);
    QCOMPARE(c.open, optDec("3870.1"));
    QCOMPARE(c.high, optDec("3890"));
    QCOMPARE(c.low, optDec("3870.1"));
    QCOMPARE(c.close, optDec("3890"));
    QCOMPARE(c.volume, optDec("0.05"));
}

void TestBitfinex::parsesWallets()
{
    Fixture f;
    auto r = f.run<Balance>(200, fixture("wallets.json"),
                            [&](auto cb) { f.bitfinex.fetchBalance(params(R"({"type":"spot"})"), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("{}"));
    const auto& c = r.value().currencies;
    // Only the exchange wallet is spot; the margin wallet's USD is left out.
    QCOMPARE(c.size(), size_t(2));
    QCOMPARE(c.at("USDT").total, optDec("19788.6529257"));
    QCOMPARE(c.at("BTC").free, optDec("0.25"));
    QCOMPARE(c.at("BTC").used, optDec("0.25"));
}

void TestBitfinex::parsesMovementsAsWithdrawals()
{
    Fixture f;
    auto withdrawals = f.run<std::vector<Transaction>>(200, "[" + fixture("movement.json") + "]", [&](auto cb) {
        f.bitfinex.fetchWithdrawals("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(withdrawals.ok());
    QCOMPARE(f.sent().url, std::string("https://api.bitfinex.com/v2/auth/r/movements/hist"));
    QCOMPARE(withdrawals.value().size(), size_t(1));
    const Transaction& t = withdrawals.value()[0];
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.currency, OptString("ETH"));
    QCOMPARE(t.amount, optDec("0.24"));
    QCOMPARE(t.status, OptString("canceled"));
    QCOMPARE(t.network, OptString("ERC20"));
    QCOMPARE(t.fee->cost, optDec("0.00135"));
    QCOMPARE(t.txid, OptString("0x523ec8945500"));
    auto deposits = f.run<std::vector<Transaction>>(200, "[" + fixture("movement.json") + "]", [&](auto cb) {
        f.bitfinex.fetchDeposits("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(deposits.ok());
    QVERIFY(deposits.value().empty());
}

void TestBitfinex::mapsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("auth") << 500 << QString::fromStdString(fixture("error-auth.json"))
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << 500 << QString::fromStdString(fixture("error-funds.json"))
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("nonce") << 500 << R"(["error",10114,"nonce: small"])" << int(ErrorKind::InvalidNonce);
    QTest::newRow("not found") << 500 << R"(["error",10001,"Order not found."])" << int(ErrorKind::OrderNotFound);
    QTest::newRow("symbol") << 500 << R"(["error",10020,"symbol: invalid"])" << int(ErrorKind::BadSymbol);
    QTest::newRow("ratelimit") << 429 << R"(["error",11010,"ratelimit: error"])" << int(ErrorKind::RateLimitExceeded);
    QTest::newRow("gateway") << 503 << R"({"code":503,"error":"temporarily_unavailable","error_description":"Sorry"})"
                             << int(ErrorKind::ExchangeNotAvailable);
    QTest::newRow("unknown") << 500 << R"(["error",12345,"something else"])" << int(ErrorKind::ExchangeError);
}

void TestBitfinex::mapsErrors()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f;
    auto r = f.run<Balance>(status, body.toStdString(), [&](auto cb) { f.bitfinex.fetchBalance({}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

void TestBitfinex::refusedSubmissionIsAnError()
{
    Fixture f;
    auto r = f.run<Order>(
        200, R"([1567590617442,"on-req",null,null,[],null,"ERROR","Invalid order: minimum size"])",
        [&](auto cb) { f.bitfinex.createOrder("BTC/USDT", "limit", "buy", dec("0.0001"), dec("40000"), {}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::ExchangeError);
    QVERIFY(r.error().message().find("minimum size") != std::string::npos);
}

void TestBitfinex::describesItself()
{
    ExchangeDescription d = bitfinexDescription();
    QCOMPARE(d.id, std::string("bitfinex"));
    QCOMPARE(d.precisionMode, CountingMode::SignificantDigits);
    QCOMPARE(d.supports("fetchOrders"), Support::No);
    QCOMPARE(d.supports("fetchTime"), Support::No);
    QCOMPARE(d.supports("fetchTradingFee"), Support::Emulated);
    QCOMPARE(d.timeframe("1d"), std::optional<std::string>("1D"));
    QCOMPARE(d.rateLimitMs, 250.0);
}

QTEST_GUILESS_MAIN(TestBitfinex)
#include "TestBitfinex.moc"
