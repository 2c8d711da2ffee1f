// SPDX-License-Identifier: GPL-3.0-or-later
// The bitstamp adapter: X-Auth-Signature against ccxt 4.5.84's dry run (same key, nonce and clock) and python3's
// hmac, the request shapes of the unified methods, the parsers on bitstamp.net/api-shaped payloads, and the
// {"status": "error", "reason": ...} answers (sent with HTTP 200) mapped to typed errors.
#include "../AdapterFixture.h"
#include "bitstamp/Bitstamp.h"
#include "bitstamp/BitstampParsers.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::optDec;
using bourse::test::params;

namespace {

std::string fixture(const char* name)
{
    return bourse::test::readTextFile(QStringLiteral(BITSTAMP_FIXTURES_DIR "/") + QLatin1String(name));
}

// The adapter on the conformance markets, with ccxt's static-test credentials, at a fixed clock.
struct Fixture : bourse::test::AdapterFixture<Bitstamp>
{
    Bitstamp& bitstamp = exchange;
    Fixture()
        : AdapterFixture(QStringLiteral(BITSTAMP_FIXTURES_DIR "/markets.json"))
    {
    }
};

} // namespace

class TestBitstamp : public QObject
{
    Q_OBJECT

private slots:
    void signsLikeTheReference();
    void signsEveryPrivateRequest();
    void buildsOrders_data();
    void buildsOrders();
    void windowsOhlcv();
    void parsesMarketsAndCurrencies();
    void parsesTicker();
    void parsesOrderBook();
    void parsesPublicTrades();
    void parsesUserTransactions();
    void parsesOrderWithTransactions();
    void parsesOpenOrders();
    void parsesBalance();
    void parsesTradingFees();
    void parsesWithdrawals();
    void refusesFiatDepositAddress();
    void mapsErrors_data();
    void mapsErrors();
    void describesItself();
};

void TestBitstamp::signsLikeTheReference()
{
    // ccxt 4.5.84, fetchBalance at --time 1700000000000 with key "key", secret "secretsecret", drew this nonce and
    // sent this signature; python3 hmac.new(b"secretsecret", message, hashlib.sha256).hexdigest() agrees.
    QCOMPARE(bitstampSignature("key", "secretsecret", "POST", "https://www.bitstamp.net/api/v2/account_balances/",
                               "application/x-www-form-urlencoded", "1f928652-7ded-4228-baca-5206c1abef08",
                               "1700000000000", "foo=bar"),
             std::string("0e97060f48ae0be63a7be196942abea547d9c19524f5cb86fdb477992c32f834"));
}

void TestBitstamp::signsEveryPrivateRequest()
{
    Fixture f;
    auto r = f.run<Balance>(200, "[]", [&](auto cb) { f.bitstamp.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/account_balances/"));
    // An empty POST is refused by Bitstamp: a placeholder body goes instead.
    QCOMPARE(f.sent().body, std::string("foo=bar"));
    QCOMPARE(f.header("X-Auth"), std::string("BITSTAMP key"));
    QCOMPARE(f.header("X-Auth-Timestamp"), std::string("1700000000000"));
    QCOMPARE(f.header("X-Auth-Version"), std::string("v2"));
    QCOMPARE(f.header("Content-Type"), std::string("application/x-www-form-urlencoded"));
    const std::string nonce = f.header("X-Auth-Nonce");
    QCOMPARE(nonce.size(), size_t(36));
    QCOMPARE(nonce[14], '4'); // a version-4 UUID
    QCOMPARE(f.header("X-Auth-Signature"),
             bitstampSignature("key", "secretsecret", "POST", f.sent().url, "application/x-www-form-urlencoded", nonce,
                               "1700000000000", "foo=bar"));
    // A fresh nonce for every request.
    auto again = f.run<Balance>(200, "[]", [&](auto cb) { f.bitstamp.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(again.ok());
    QVERIFY(f.header("X-Auth-Nonce") != nonce);
}

void TestBitstamp::buildsOrders_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("body");
    const QString base = QStringLiteral("https://www.bitstamp.net/api/v2/");
    QTest::newRow("limit sell") << "limit"
                                << "sell"
                                << "48000"
                                << "{}" << base + QLatin1String("sell/btcusdt/") << "amount=1.23456789&price=48000";
    // BTC/USD prices are whole dollars: rounded.
    QTest::newRow("limit buy, rounded") << "limit"
                                        << "buy"
                                        << "30000.5"
                                        << R"({"clientOrderId":"abc"})" << base + QLatin1String("buy/btcusd/")
                                        << "amount=1.23456789&client_order_id=abc&price=30001";
    QTest::newRow("market") << "market"
                            << "buy"
                            << ""
                            << "{}" << base + QLatin1String("buy/market/btcusd/") << "amount=1.23456789";
    QTest::newRow("instant") << "instant"
                             << "sell"
                             << ""
                             << "{}" << base + QLatin1String("sell/instant/btcusd/") << "amount=1.23456789";
    QTest::newRow("extra passes through") << "limit"
                                          << "buy"
                                          << "30000"
                                          << R"({"ioc_order":true})" << base + QLatin1String("buy/btcusd/")
                                          << "amount=1.23456789&price=30000&ioc_order=true";
}

void TestBitstamp::buildsOrders()
{
    QFETCH(QString, type);
    QFETCH(QString, side);
    QFETCH(QString, price);
    QFETCH(QString, extra);
    QFETCH(QString, url);
    QFETCH(QString, body);
    Fixture f;
    const std::string symbol = url.contains(QStringLiteral("btcusdt")) ? "BTC/USDT" : "BTC/USD";
    auto r = f.run<Order>(
        200, R"({"id":"1","datetime":"2024-03-13 11:00:00","type":"0","price":"1","amount":"1"})", [&](auto cb) {
            f.bitstamp.createOrder(symbol, type.toStdString(), side.toStdString(), dec("1.234567891"),
                                   price.isEmpty() ? OptDecimal() : Decimal::parse(price.toStdString()),
                                   params(extra.toUtf8().constData()), cb);
        });
    QVERIFY(r.ok());
    QCOMPARE(QString::fromStdString(f.sent().url), url);
    QCOMPARE(QString::fromStdString(f.sent().body), body);
    QCOMPARE(r.value().type, OptString(type.toStdString()));
}

void TestBitstamp::windowsOhlcv()
{
    Fixture f;
    auto r = f.run<std::vector<Ohlcv>>(200, fixture("ohlc.json"), [&](auto cb) {
        f.bitstamp.fetchOHLCV("BTC/USD", "1h", 1700000000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // Seconds; ten hourly candles from the start.
    QCOMPARE(f.sent().url,
             std::string("https://www.bitstamp.net/api/v2/ohlc/btcusd/"
                         "?step=3600&start=1700000000&end=1700035999&limit=10"));
    auto until = f.run<std::vector<Ohlcv>>(200, fixture("ohlc.json"), [&](auto cb) {
        f.bitstamp.fetchOHLCV("BTC/USD", "1m", std::nullopt, std::nullopt, params(R"({"until":1700000000000})"), cb);
    });
    QVERIFY(until.ok());
    QCOMPARE(f.sent().url,
             std::string("https://www.bitstamp.net/api/v2/ohlc/btcusd/"
                         "?step=60&start=1699939999&end=1700000000&limit=1000"));
    QCOMPARE(until.value().size(), size_t(1));
    QCOMPARE(until.value()[0].timestamp, 1710327600000LL);
    QCOMPARE(until.value()[0].close, optDec("73285"));
}

void TestBitstamp::parsesMarketsAndCurrencies()
{
    Fixture f;
    auto r = f.run<std::vector<Market>>(200, fixture("markets-response.json"),
                                        [&](auto cb) { f.bitstamp.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/markets/"));
    // The perpetual is left out.
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.id, std::string("btcusd"));
    QCOMPARE(btc.symbol, std::string("BTC/USD"));
    QCOMPARE(btc.precision.amount, optDec("0.00000001"));
    QCOMPARE(btc.precision.price, optDec("1"));
    QCOMPARE(btc.limits.cost.min, optDec("10"));
    QCOMPARE(btc.active, OptBool(true));
    QCOMPARE(r.value()[1].active, OptBool(false));
    QCOMPARE(r.value()[1].precision.price, optDec("0.1"));
    JsonDocument doc = JsonDocument::parse(fixture("markets-response.json"));
    auto currencies = bitstamp::parseCurrencies(doc.root(), f.bitstamp);
    QCOMPARE(currencies.size(), size_t(4));
    QCOMPARE(currencies[0].code, std::string("BTC"));
    QCOMPARE(currencies[0].name, OptString("Bitcoin"));
    QCOMPARE(currencies[1].code, std::string("USD"));
    QCOMPARE(currencies[1].type, OptString("fiat"));
    QCOMPARE(currencies[1].precision, optDec("1"));
    QCOMPARE(currencies[3].name, OptString("Euro"));
}

void TestBitstamp::parsesTicker()
{
    Fixture f;
    auto r = f.run<Ticker>(200, fixture("ticker.json"), [&](auto cb) { f.bitstamp.fetchTicker("BTC/USD", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/ticker/btcusd/"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.timestamp, OptInt(1710327533000));
    QCOMPARE(t.last, optDec("73254"));
    QCOMPARE(t.open, optDec("72000"));
    QCOMPARE(t.change, optDec("1254"));
    QCOMPARE(t.baseVolume, optDec("1234.5"));
    QCOMPARE(t.quoteVolume, optDec("89871600"));
    QCOMPARE(t.bid, optDec("73250"));
    QCOMPARE(t.ask, optDec("73260"));
}

void TestBitstamp::parsesOrderBook()
{
    JsonDocument doc = JsonDocument::parse(fixture("order_book.json"));
    OrderBook b = bitstamp::parseOrderBook(doc.root(), "BTC/USD");
    QCOMPARE(b.timestamp, OptInt(1710327533123));
    QCOMPARE(b.nonce, OptInt(1710327533123456));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("73250"));
    QCOMPARE(b.asks[1].amount, dec("2"));
}

void TestBitstamp::parsesPublicTrades()
{
    Fixture f;
    auto r = f.run<std::vector<Trade>>(200, fixture("transactions.json"), [&](auto cb) {
        f.bitstamp.fetchTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/transactions/btcusdt/?time=hour"));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("326595342"));
    QCOMPARE(t.timestamp, OptInt(1710327533000));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.cost, optDec("40.49774136"));
}

void TestBitstamp::parsesUserTransactions()
{
    Fixture f;
    auto r = f.run<std::vector<Trade>>(200, fixture("user_transactions.json"), [&](auto cb) {
        f.bitstamp.fetchMyTrades("", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/user_transactions/"));
    QCOMPARE(f.sent().body, std::string("limit=5"));
    // The deposit (type 0) is not a trade.
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(t.order, OptString("1742567193001"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.price, optDec("73254"));
    QCOMPARE(t.amount, optDec("0.004"));
    QCOMPARE(t.cost, optDec("293.016"));
    QCOMPARE(t.timestamp, OptInt(1710327533123));
    QCOMPARE(t.fee->cost, optDec("0.29301"));
    QCOMPARE(t.fee->currency, OptString("USD"));
    // The same list as deposits: the type-0 entry, in BTC.
    auto deposits = f.run<std::vector<Transaction>>(200, fixture("user_transactions.json"), [&](auto cb) {
        f.bitstamp.fetchDeposits("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(deposits.ok());
    QCOMPARE(deposits.value().size(), size_t(1));
    QCOMPARE(deposits.value()[0].type, OptString("deposit"));
    QCOMPARE(deposits.value()[0].currency, OptString("BTC"));
    QCOMPARE(deposits.value()[0].amount, optDec("0.5"));
}

void TestBitstamp::parsesOrderWithTransactions()
{
    Fixture f;
    auto r = f.run<Order>(200, fixture("order_status.json"),
                          [&](auto cb) { f.bitstamp.fetchOrder("1742567193001", "BTC/USD", {}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/order_status/"));
    QCOMPARE(f.sent().body, std::string("id=1742567193001"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("1742567193001"));
    QCOMPARE(o.clientOrderId, OptString("my-1"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.symbol, std::string("BTC/USD"));
    // The fill comes from its transactions.
    QCOMPARE(o.trades.size(), size_t(1));
    QCOMPARE(o.filled, optDec("0.004"));
    QCOMPARE(o.cost, optDec("293.016"));
    QCOMPARE(o.average, optDec("73254"));
    auto byClientId = f.run<Order>(200, fixture("order_status.json"), [&](auto cb) {
        f.bitstamp.fetchOrder("", "", params(R"({"clientOrderId":"my-1"})"), cb);
    });
    QVERIFY(byClientId.ok());
    QCOMPARE(f.sent().body, std::string("client_order_id=my-1"));
}

void TestBitstamp::parsesOpenOrders()
{
    Fixture f;
    auto r = f.run<std::vector<Order>>(200, fixture("open_orders.json"), [&](auto cb) {
        f.bitstamp.fetchOpenOrders("BTC/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/open_orders/all/"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.price, optDec("70000"));
    QCOMPARE(o.amount, optDec("0.01"));
    QCOMPARE(o.timestamp, OptInt(1710327600000));
    auto other = f.run<std::vector<Order>>(200, fixture("open_orders.json"), [&](auto cb) {
        f.bitstamp.fetchOpenOrders("ETH/USD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(other.ok());
    QVERIFY(other.value().empty());
}

void TestBitstamp::parsesBalance()
{
    Fixture f;
    auto r = f.run<Balance>(200, fixture("balances.json"), [&](auto cb) { f.bitstamp.fetchBalance({}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().currencies.at("USD").free, optDec("900"));
    QCOMPARE(r.value().currencies.at("USD").used, optDec("100"));
    QCOMPARE(r.value().currencies.at("USD").total, optDec("1000"));
    QCOMPARE(r.value().currencies.at("BTC").total, optDec("0.5"));
}

void TestBitstamp::parsesTradingFees()
{
    Fixture f;
    auto one =
        f.run<TradingFee>(200, fixture("fees.json"), [&](auto cb) { f.bitstamp.fetchTradingFee("BTC/USD", {}, cb); });
    QVERIFY(one.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/fees/trading/"));
    QCOMPARE(f.sent().body, std::string("market_symbol=btcusd"));
    QCOMPARE(one.value().symbol, std::string("BTC/USD"));
    QCOMPARE(one.value().maker, optDec("0.3"));
    QCOMPARE(one.value().taker, optDec("0.4"));
    auto all = f.run<std::vector<TradingFee>>(200, fixture("fees.json"),
                                              [&](auto cb) { f.bitstamp.fetchTradingFees({}, cb); });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(2));
    // A market the preloaded list lacks keeps its id as symbol.
    QCOMPARE(all.value()[1].symbol, std::string("etheur"));
}

void TestBitstamp::parsesWithdrawals()
{
    Fixture f;
    auto r = f.run<std::vector<Transaction>>(200, fixture("withdrawals.json"), [&](auto cb) {
        f.bitstamp.fetchWithdrawals("", 1699000000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/withdrawal-requests/"));
    QCOMPARE(f.sent().body, std::string("timedelta=1000000000"));
    const Transaction& t = r.value()[0];
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.currency, OptString("XRP"));
    QCOMPARE(t.status, OptString("ok"));
    QCOMPARE(t.address, OptString("rDsbeomae4FXwgQTJp9Rs64Qg9vDiTCdBv"));
    QCOMPARE(t.tag, OptString("123456"));
    QCOMPARE(t.txid, OptString("ABCDEF"));
    QCOMPARE(t.timestamp, OptInt(1709287200000));
}

void TestBitstamp::refusesFiatDepositAddress()
{
    Fixture f;
    // Refused before anything is sent.
    auto fiat = *bourse::test::await<DepositAddress>(
        [&](auto cb) { f.bitstamp.fetchDepositAddress("EUR", JsonValue::object(), cb); });
    QVERIFY(f.transport.requests.empty());
    QVERIFY(!fiat.ok());
    QCOMPARE(fiat.error().kind(), ErrorKind::NotSupported);
    auto coin = f.run<DepositAddress>(200, R"({"address":"rXYZ","destination_tag":77})",
                                      [&](auto cb) { f.bitstamp.fetchDepositAddress("XRP", {}, cb); });
    QVERIFY(coin.ok());
    QCOMPARE(f.sent().url, std::string("https://www.bitstamp.net/api/v2/xrp_address/"));
    QCOMPARE(coin.value().address, OptString("rXYZ"));
    QCOMPARE(coin.value().tag, OptString("77"));
}

void TestBitstamp::mapsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << 200 << QString::fromStdString(fixture("error-funds.json"))
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("auth") << 403 << QString::fromStdString(fixture("error-auth.json"))
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("not found") << 200 << QString::fromStdString(fixture("error-notfound.json"))
                               << int(ErrorKind::OrderNotFound);
    QTest::newRow("subaccount") << 200 << R"({"status":"error","reason":"Invalid signature","code":"API0005"})"
                                << int(ErrorKind::AuthenticationError);
    QTest::newRow("decimals")
        << 200 << R"({"status":"error","reason":{"amount":["Ensure that there are no more than 8 decimal places."]}})"
        << int(ErrorKind::InvalidOrder);
    QTest::newRow("nonce") << 200 << R"({"status":"error","reason":"Invalid nonce","code":"API0004"})"
                           << int(ErrorKind::InvalidNonce);
    QTest::newRow("unknown") << 200 << R"({"status":"error","reason":"Something new"})"
                             << int(ErrorKind::ExchangeError);
}

void TestBitstamp::mapsErrors()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f;
    auto r = f.run<Order>(status, body.toStdString(), [&](auto cb) { f.bitstamp.cancelOrder("1", "", {}, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

void TestBitstamp::describesItself()
{
    ExchangeDescription d = bitstampDescription();
    QCOMPARE(d.id, std::string("bitstamp"));
    QCOMPARE(d.precisionMode, CountingMode::TickSize);
    QCOMPARE(d.supports("fetchClosedOrders"), Support::No);
    QCOMPARE(d.supports("fetchDeposits"), Support::Emulated);
    QCOMPARE(d.timeframe("1h"), std::optional<std::string>("3600"));
    QCOMPARE(d.rateLimitMs, 75.0);
}

QTEST_GUILESS_MAIN(TestBitstamp)
#include "TestBitstamp.moc"
