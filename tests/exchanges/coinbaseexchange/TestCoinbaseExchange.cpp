// SPDX-License-Identifier: GPL-3.0-or-later
// The coinbaseexchange adapter: CB-ACCESS-SIGN against values computed independently (python3 hmac, and the
// reference ccxt's dry run at the same clock), the request shapes of orders and listings, the parsers on the
// documented payload shapes (expected values as ccxt 4.5.84 parses the same files), and the {"message"} errors.
#include "CoinbaseTestFixture.h"
#include "coinbaseexchange/CoinbaseExchange.h"
#include "coinbaseexchange/CoinbaseExchangeSigner.h"

#include <QTest>

using namespace bourse::ex;

namespace {

std::string readFixture(const char* name)
{
    return bourse::test::coinbase::readFile(QStringLiteral(COINBASEEXCHANGE_FIXTURES_DIR), name);
}

using bourse::test::coinbase::await;
using bourse::test::coinbase::dec;
using bourse::test::coinbase::optDec;
using bourse::test::coinbase::params;

struct Fixture : bourse::test::coinbase::Fixture<CoinbaseExchange>
{
    explicit Fixture(std::string body = "{}", int status = 200)
        : bourse::test::coinbase::Fixture<CoinbaseExchange>(QStringLiteral(COINBASEEXCHANGE_FIXTURES_DIR),
                                                            std::move(body), status, "key", "secretsecret")
    {
    }
};

} // namespace

class TestCoinbaseExchange : public QObject
{
    Q_OBJECT

private slots:
    void signsAGet();
    void signsADeleteWithBody();
    void refusesASecretThatIsNotBase64();
    void buildsOrders();
    void listsOrdersWithDates();
    void asksForCandlesInAWindow();
    void parsesOrderBook();
    void parsesPublicTradesWithTheTakersSide();
    void parsesFills();
    void parsesACancelledOrder();
    void parsesBalance();
    void parsesAWithdrawal();
    void mapsErrorMessages_data();
    void mapsErrorMessages();
    void describesItself();
};

void TestCoinbaseExchange::signsAGet()
{
    // python3: base64(hmac.new(b64decode("secretsecret"), b"1700000000GET/accounts", sha256).digest()); the
    // reference ccxt's dry run of fetchBalance at --time 1700000000000 sends the same.
    Fixture f("[]");
    auto r = await<Balance>([&](Callback<Balance> cb) { f.ex.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/accounts"));
    QCOMPARE(f.header("CB-ACCESS-SIGN"), std::optional<std::string>("0IGKxZlV/DMJYlwEwtgiRJptrdKqbx7UIK/UXwqJdTQ="));
    QCOMPARE(f.header("CB-ACCESS-TIMESTAMP"), std::optional<std::string>("1700000000"));
    QCOMPARE(f.header("CB-ACCESS-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("CB-ACCESS-PASSPHRASE"), std::optional<std::string>("password"));
}

void TestCoinbaseExchange::signsADeleteWithBody()
{
    // A DELETE carries its parameters as a JSON body, and the body is signed (same python3 recipe, message
    // "1700000000DELETE/orders/abc{\"product_id\":\"BTC/USDT\"}").
    Fixture f(R"("abc")");
    auto r = await<Order>([&](Callback<Order> cb) { f.ex.cancelOrder("abc", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/orders/abc"));
    QCOMPARE(f.sent().body, std::string(R"({"product_id":"BTC/USDT"})"));
    QCOMPARE(f.header("CB-ACCESS-SIGN"), std::optional<std::string>("fscDETmtN63nD4/ZYnoY8kqhjDTI46TvYAt4+rZLbd8="));
    // By client order id instead.
    auto byClient = await<Order>(
        [&](Callback<Order> cb) { f.ex.cancelOrder("abc", "", params(R"({"clientOrderId":"mine"})"), cb); });
    QVERIFY(byClient.ok());
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/orders/client:mine"));
    QCOMPARE(f.sent().body, std::string());
}

void TestCoinbaseExchange::refusesASecretThatIsNotBase64()
{
    // python3: base64(hmac.new(b64decode("c2VjcmV0"), b"1GET/accounts", sha256).digest())
    QCOMPARE(coinbaseexchange::accessSign("1", "GET", "/accounts", "", "c2VjcmV0"),
             std::string("MsFqG2yjTsq9FiznNjCVQpBi9FFDEvuUdCW6t8GIS7M="));
    try {
        coinbaseexchange::accessSign("1", "GET", "/accounts", "", "not base64!");
        QFAIL("a secret that is not base64 was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::AuthenticationError);
    }
}

void TestCoinbaseExchange::buildsOrders()
{
    Fixture f(readFixture("order.json"));
    auto send = [&](const char* symbol, const char* type, const char* side, const char* amount, OptDecimal price,
                    const char* extra) {
        auto r = await<Order>(
            [&](Callback<Order> cb) { f.ex.createOrder(symbol, type, side, dec(amount), price, params(extra), cb); });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/orders"));
        QCOMPARE(f.sent().method, std::string("POST"));
    };
    // A limit order with a trigger, prices and amounts cut to the market's steps (0.01 and 1e-8).
    send("BTC/USDT", "limit", "buy", "0.123456789", dec("25000.004"), R"({"triggerPrice":"24000.019"})");
    QCOMPARE(f.sent().body,
             std::string(R"({"type":"limit","side":"buy","product_id":"BTC-USDT",)"
                         R"("stop_price":"24000.02","price":"25000","size":"0.12345678"})"));
    // A market buy by what to spend.
    send("BTC/USDT", "market", "buy", "0.01", std::nullopt, R"({"cost":100})");
    QCOMPARE(f.sent().body, std::string(R"({"type":"market","side":"buy","product_id":"BTC-USDT","funds":"100"})"));
    // A market order with a price spends amount * price.
    send("BTC/USDT", "market", "buy", "0.5", dec("30000"), "{}");
    QCOMPARE(f.sent().body, std::string(R"({"type":"market","side":"buy","product_id":"BTC-USDT","funds":"15000"})"));
    // Client id, time in force and post-only, and a parameter passed through as is.
    send("BTC/USDT", "limit", "sell", "1", dec("30000"),
         R"({"clientOrderId":"c1","timeInForce":"GTT","postOnly":true,"cancel_after":"hour"})");
    QCOMPARE(f.sent().body,
             std::string(R"({"type":"limit","side":"sell","product_id":"BTC-USDT","client_oid":"c1",)"
                         R"("time_in_force":"GTT","post_only":true,"price":"30000","size":"1",)"
                         R"("cancel_after":"hour"})"));
}

void TestCoinbaseExchange::listsOrdersWithDates()
{
    Fixture f("[]");
    auto r = await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.ex.fetchClosedOrders("BTC/USDT", 1700000000000, 10, params(R"({"until":1700003600000})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.exchange.coinbase.com/orders?product_id=BTC-USDT"
                         "&limit=10&start_date=2023-11-14T22%3A13%3A20.000Z"
                         "&end_date=2023-11-14T23%3A13%3A20.000Z&status=done"));
    auto all = await<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.ex.fetchOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(all.ok());
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/orders?status=all"));
    // Fills need a market.
    auto mine = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.ex.fetchMyTrades("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestCoinbaseExchange::asksForCandlesInAWindow()
{
    // 10 hourly candles from `since`: the window ends 9 hours later (as the reference ccxt's dry run sends it).
    Fixture f(R"([[1700002800,36400.1,36500.2,36450,36480.5,12.5],[1700006400,36300,36490,36480.5,36310,8.25]])");
    auto r = await<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.ex.fetchOHLCV("BTC/USDT", "1h", 1700000000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.exchange.coinbase.com/products/BTC-USDT/candles?granularity=3600"
                         "&start=2023-11-14T22%3A13%3A20.000Z&end=2023-11-15T07%3A13%3A20.000Z"));
    // Coinbase answers newest first, [time, low, high, open, close, volume]; unified rows are oldest first, OHLCV.
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1700002800000LL);
    QCOMPARE(r.value()[0].open, optDec("36450"));
    QCOMPARE(r.value()[0].high, optDec("36500.2"));
    QCOMPARE(r.value()[0].low, optDec("36400.1"));
    QCOMPARE(r.value()[0].close, optDec("36480.5"));
    QCOMPARE(r.value()[1].volume, optDec("8.25"));
}

void TestCoinbaseExchange::parsesOrderBook()
{
    Fixture f(readFixture("book.json"));
    auto r =
        await<OrderBook>([&](Callback<OrderBook> cb) { f.ex.fetchOrderBook("BTC/USDT", 5, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/products/BTC-USDT/book?level=2"));
    const OrderBook& b = r.value();
    QCOMPARE(b.nonce, OptInt(1924393896));
    QCOMPARE(b.bids.size(), size_t(3));
    QCOMPARE(b.bids[0].price, dec("0.01825"));
    QCOMPARE(b.bids[0].amount, dec("24.34811287"));
    QCOMPARE(b.bids[0].countOrId, OptInt(2));
    QCOMPARE(b.asks[2].price, dec("0.01828"));
}

void TestCoinbaseExchange::parsesPublicTradesWithTheTakersSide()
{
    // The public feed names the maker's side: a "sell" print was a taker buying (ccxt agrees).
    Fixture f(readFixture("trades.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.ex.fetchTrades("BTC/USDT", std::nullopt, 2, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/products/BTC-USDT/trades?limit=2"));
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("15035219"));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.timestamp, OptInt(1694353661447));
    QCOMPARE(t.cost, optDec("7081.6971364702"));
    QCOMPARE(r.value()[1].side, OptString("sell"));
}

void TestCoinbaseExchange::parsesFills()
{
    Fixture f(readFixture("fills.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.ex.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.exchange.coinbase.com/fills?product_id=BTC-USDT"));
    const Trade& t = r.value().at(0);
    QCOMPARE(t.side, OptString("sell")); // a fill names the user's own side
    QCOMPARE(t.order, OptString("d50ec984-77a8-460a-b958-66f114b0de9b"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->cost, optDec("0.25"));
    QCOMPARE(t.fee->currency, OptString("USDT"));
    QCOMPARE(t.fee->rate, optDec("0.006")); // the market's taker rate
    QCOMPARE(t.cost, optDec("47.8027057776"));
}

void TestCoinbaseExchange::parsesACancelledOrder()
{
    // "done" with done_reason "canceled" is a cancelled order, partly filled.
    Fixture f(readFixture("order.json"));
    auto r = await<Order>([&](Callback<Order> cb) {
        f.ex.fetchOrder("d0c5340b-6d6c-49d9-b567-48c4bfca13d2", "", JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.exchange.coinbase.com/orders/d0c5340b-6d6c-49d9-b567-48c4bfca13d2"));
    const Order& o = r.value();
    QCOMPARE(o.status, OptString("canceled"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.clientOrderId, OptString("my-order-1"));
    QCOMPARE(o.timestamp, OptInt(1481227348538));
    QCOMPARE(o.amount, optDec("0.01"));
    QCOMPARE(o.filled, optDec("0.005"));
    QCOMPARE(o.remaining, optDec("0.005"));
    QCOMPARE(o.cost, optDec("0.0005"));
    QCOMPARE(o.average, optDec("0.1"));
    QCOMPARE(o.postOnly, OptBool(false));
    QCOMPARE(o.fee->cost, optDec("0.025"));
    QCOMPARE(o.fee->currency, OptString("USDT"));
}

void TestCoinbaseExchange::parsesBalance()
{
    Fixture f(readFixture("accounts.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.ex.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const BalanceEntry& btc = r.value().currencies.at("BTC");
    QCOMPARE(btc.free, optDec("1"));
    QCOMPARE(btc.used, optDec("0.25"));
    QCOMPARE(btc.total, optDec("1.25"));
    QCOMPARE(r.value().currencies.at("USDT").total, optDec("100"));
}

void TestCoinbaseExchange::parsesAWithdrawal()
{
    // Offline (as the CLI's dry runs), a named currency's account is "myAccount" rather than a looked-up one.
    Fixture f(readFixture("transfers.json"));
    ExchangeOptions o;
    o.offline = true;
    f.ex.setOptions(o);
    auto r = await<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.ex.fetchWithdrawals("BTC", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.exchange.coinbase.com/accounts/myAccount/transfers?limit=5&type=withdraw"));
    const Transaction& t = r.value().at(0);
    QCOMPARE(t.type, OptString("withdrawal"));
    QCOMPARE(t.status, OptString("ok"));
    // The amount Coinbase reports includes the fee.
    QCOMPARE(t.amount, optDec("0.9999"));
    QCOMPARE(t.fee->cost, optDec("0.0001"));
    QCOMPARE(t.network, OptString("BTC"));
    QCOMPARE(t.address, OptString("3QsTxWvXa9WKBY3vBtkPKwvShNeXzQpSQ5"));
    QCOMPARE(t.updated, OptInt(1584727997000));
}

void TestCoinbaseExchange::mapsErrorMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("insufficient") << 400 << R"({"message":"Insufficient funds"})"
                                  << "InsufficientFunds";
    QTest::newRow("not found") << 404 << R"({"message":"NotFound"})"
                               << "OrderNotFound";
    QTest::newRow("bad key") << 401 << R"({"message":"Invalid API Key"})"
                             << "AuthenticationError";
    QTest::newRow("too precise") << 400 << R"({"message":"price too precise: 0.001"})"
                                 << "InvalidOrder";
    QTest::newRow("unknown 400") << 400 << R"({"message":"something else"})"
                                 << "ExchangeError";
    QTest::newRow("html 404") << 404 << "<html>nope</html>"
                              << "ExchangeError";
    QTest::newRow("rate limit") << 429 << R"({"message":"Public rate limit exceeded"})"
                                << "RateLimitExceeded";
}

void TestCoinbaseExchange::mapsErrorMessages()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(QString, kind);
    Fixture f(body.toStdString(), status);
    auto r = await<Order>([&](Callback<Order> cb) { f.ex.fetchOrder("x", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(std::string(errorKindName(r.error().kind()))), kind);
}

void TestCoinbaseExchange::describesItself()
{
    const ExchangeDescription d = coinbaseExchangeDescription();
    QVERIFY(d.requiredCredentials.password);
    QCOMPARE(d.supports("fetchDepositAddress"), Support::No);
    QCOMPARE(d.supports("fetchTradingFees"), Support::Yes);
    QCOMPARE(d.sandboxApi.at("private"), std::string("https://api-public.sandbox.exchange.coinbase.com"));
    QCOMPARE(d.timeframe("6h"), std::optional<std::string>("21600"));
    // Methods without an endpoint fail as NotSupported.
    Fixture f;
    auto r = await<DepositAddress>(
        [&](Callback<DepositAddress> cb) { f.ex.fetchDepositAddress("BTC", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::NotSupported);
}

QTEST_GUILESS_MAIN(TestCoinbaseExchange)
#include "TestCoinbaseExchange.moc"
