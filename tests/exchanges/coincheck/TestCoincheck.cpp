// SPDX-License-Identifier: GPL-3.0-or-later
// The coincheck adapter: its HMAC-SHA256 signature over nonce + URL + sorted body (checked against python3's
// hmac), order request shapes, the parsers on Coincheck's documented payloads, and its {"success":false} errors.
#include "../common/AdapterFixture.h"
#include "coincheck/Coincheck.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(COINCHECK_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Coincheck>
{
    explicit Fixture(std::string body = "{}", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestCoincheck : public QObject
{
    Q_OBJECT

private slots:
    void signsALimitOrder();
    void signsAGetWithItsQuery();
    void buysAtMarketByCost();
    void listsItsFixedMarkets();
    void parsesTheTicker();
    void parsesTheOrderBook();
    void parsesTheBalance();
    void parsesOwnTrades();
    void parsesOpenOrders();
    void parsesDeposits();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoincheck::signsALimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "limit", "buy", dec("0.0001"), dec("25000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("12345"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/exchange/orders"));
    QCOMPARE(f.sent().body, std::string("amount=0.0001&order_type=buy&pair=btc_jpy&rate=25000"));
    QCOMPARE(f.header("ACCESS-KEY"), std::optional<std::string>("key"));
    QCOMPARE(f.header("ACCESS-NONCE"), std::optional<std::string>("1700000000000"));
    // python3: hmac.new(b"secretsecret", b"1700000000000https://coincheck.com/api/exchange/orders"
    //                   b"amount=0.0001&order_type=buy&pair=btc_jpy&rate=25000", hashlib.sha256).hexdigest()
    QCOMPARE(f.header("ACCESS-SIGNATURE"),
             std::optional<std::string>("e6d3d7dd5f22d37a6b12ffcf2722bedc2d0c26ad20bc554acfad674be1459272"));
}

void TestCoincheck::signsAGetWithItsQuery()
{
    Fixture f(fixture("transactions.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/JPY", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/exchange/orders/transactions_pagination?limit=5"));
    QCOMPARE(f.sent().body, std::string());
    QCOMPARE(f.header("ACCESS-SIGNATURE"),
             std::optional<std::string>("fbe9307b9d26343c7aed269ff9a335a9dbaf87707eed37beb1e54e5ae9dcd7b6"));
    QCOMPARE(coincheckSignature("secretsecret", "1700000000000",
                                "https://coincheck.com/api/exchange/orders/transactions_pagination?limit=5", ""),
             std::string("fbe9307b9d26343c7aed269ff9a335a9dbaf87707eed37beb1e54e5ae9dcd7b6"));
}

void TestCoincheck::buysAtMarketByCost()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "buy", dec("0"), std::nullopt, jsonParams(R"({"cost":5000})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("market_buy_amount=5000&order_type=market_buy&pair=btc_jpy"));
    // A market sell names the coins.
    auto sell = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "sell", dec("0.25"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(sell.ok());
    QCOMPARE(f.sent().body, std::string("amount=0.25&order_type=market_sell&pair=btc_jpy"));
    // Without a cost or a price the yen to spend are unknown.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/JPY", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestCoincheck::listsItsFixedMarkets()
{
    Fixture f;
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.transport.requests().empty()); // nothing to ask the exchange
    QCOMPARE(r.value().size(), size_t(5));
    QCOMPARE(r.value()[0].symbol, std::string("BTC/JPY"));
    QCOMPARE(r.value()[0].id, std::string("btc_jpy"));
    QCOMPARE(r.value()[4].symbol, std::string("ETC/BTC"));
}

void TestCoincheck::parsesTheTicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/JPY", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/ticker?pair=btc_jpy"));
    QCOMPARE(r.value().timestamp, OptInt(1643374115000));
    QCOMPARE(r.value().last, OptDecimal(dec("4192632")));
    QCOMPARE(r.value().bid, OptDecimal(dec("4192496")));
    QCOMPARE(r.value().ask, OptDecimal(dec("4193749")));
    QCOMPARE(r.value().baseVolume, OptDecimal(dec("2313.43191762")));
}

void TestCoincheck::parsesTheOrderBook()
{
    Fixture f(fixture("order_books.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/JPY", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/order_books?pair=btc_jpy"));
    QCOMPARE(r.value().bids.size(), size_t(2));
    QCOMPARE(r.value().bids[0].price, dec("27240"));
    QCOMPARE(r.value().asks[0].price, dec("27330"));
    QCOMPARE(r.value().asks[1].amount, dec("0.45"));
}

void TestCoincheck::parsesTheBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/accounts/balance"));
    const auto& btc = r.value().currencies.at("BTC");
    QCOMPARE(btc.free, OptDecimal(dec("7.75052654")));
    QCOMPARE(btc.used, OptDecimal(dec("3.5002")));
    QCOMPARE(btc.total, OptDecimal(dec("11.25072654")));
    QCOMPARE(r.value().currencies.at("JPY").used, OptDecimal(dec("3000")));
}

void TestCoincheck::parsesOwnTrades()
{
    Fixture f(fixture("transactions.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/JPY", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("38"));
    QCOMPARE(t.order, OptString("49"));
    QCOMPARE(t.side, OptString("buy"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.amount, OptDecimal(dec("0.1")));
    QCOMPARE(t.price, OptDecimal(dec("40900")));
    QCOMPARE(t.timestamp, OptInt(1447830141000));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->cost, OptDecimal(dec("6.135")));
    QCOMPARE(t.fee->currency, OptString("JPY"));
}

void TestCoincheck::parsesOpenOrders()
{
    Fixture f(fixture("opens.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/exchange/orders/opens"));
    QCOMPARE(r.value().size(), size_t(2));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("202835"));
    QCOMPARE(o.symbol, std::string("BTC/JPY"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.price, OptDecimal(dec("26890")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.5527")));
    QCOMPARE(o.timestamp, OptInt(1420869338000));
}

void TestCoincheck::parsesDeposits()
{
    Fixture f(fixture("deposits.json"));
    auto r = f.run<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("BTC", std::nullopt, 3, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://coincheck.com/api/deposit_money?currency=btc&limit=3"));
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first: the credited deposit, then the one only seen so far.
    QCOMPARE(r.value()[0].status, OptString("ok"));
    QCOMPARE(r.value()[0].amount, OptDecimal(dec("0.01")));
    QCOMPARE(r.value()[1].status, OptString("pending"));
    QCOMPARE(r.value()[1].type, OptString("deposit"));
    QCOMPARE(r.value()[1].amount, OptDecimal(dec("0.05")));
    QCOMPARE(r.value()[1].currency, OptString("BTC"));
    QCOMPARE(r.value()[1].updated, OptInt(1434184158000));
}

void TestCoincheck::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("auth") << QStringLiteral(R"({"success":false,"error":"invalid authentication"})")
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("disabled") << QStringLiteral(R"({"success":false,"error":"disabled API Key"})")
                              << int(ErrorKind::AuthenticationError);
    QTest::newRow("other") << QStringLiteral(R"({"success":false,"error":"Amount is insufficient"})")
                           << int(ErrorKind::ExchangeError);
}

void TestCoincheck::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestCoincheck)
#include "TestCoincheck.moc"
