// SPDX-License-Identifier: GPL-3.0-or-later
// The mercado adapter (no conformance folder): replays of Mercado Bitcoin's documented answers (data API, API v4
// candles, TAPI v3) through the parsers, its TAPI-MAC against a vector computed by hand from the documented scheme
// (python3: hmac.new(secret, "/tapi/v3/?" + body, sha512).hexdigest()), order request shapes, and error answers.
#include "../common/AdapterFixture.h"
#include "mercado/Mercado.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(MERCADO_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Mercado>
{
    explicit Fixture(std::string body = R"({"response_data":{},"status_code":100})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestMercado : public QObject
{
    Q_OBJECT

private slots:
    void signsTheFormBodyWithHmacSha512();
    void sendsALimitBuyAtTheMarketsPrecision();
    void buysAtMarketBySpendingReais();
    void parsesMarketsFromTheCoinList();
    void parsesATicker();
    void parsesAnOrderBook();
    void parsesCandles();
    void parsesTheBalance();
    void parsesAnOrderWithItsFills();
    void mapsErrors_data();
    void mapsErrors();
};

void TestMercado::signsTheFormBodyWithHmacSha512()
{
    // By hand: HMAC-SHA512("secretsecret", "/tapi/v3/?tapi_method=get_account_info&tapi_nonce=1700000000000").
    const char* expected =
        "4c3ae58aba7d51374688288701378a29a0c18a14dd4b30a5e77d329f1b861f286c6080a11c05e46a2890fe23494f95"
        "e1e4a502e5ba3fabcdc78d13bfef8ba8e2";
    QCOMPARE(mercadoMac("secretsecret", "tapi_method=get_account_info&tapi_nonce=1700000000000"),
             std::string(expected));
    Fixture f(fixture("account_info.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://www.mercadobitcoin.net/tapi/v3/"));
    QCOMPARE(f.sent().body, std::string("tapi_method=get_account_info&tapi_nonce=1700000000000"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
    QCOMPARE(f.header("TAPI-ID"), std::optional<std::string>("key"));
    QCOMPARE(f.header("TAPI-MAC"), std::optional<std::string>(expected));
}

void TestMercado::sendsALimitBuyAtTheMarketsPrecision()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "limit", "buy", dec("0.001234567"), dec("350000.123456"), JsonValue::object(),
                               cb);
    });
    QVERIFY(r.ok());
    // Amount truncated to 8 decimals, price rounded to 5; the MAC computed by hand over this body.
    QCOMPARE(f.sent().body,
             std::string("tapi_method=place_buy_order&tapi_nonce=1700000000000&coin_pair=BRLBTC&"
                         "limit_price=350000.12346&quantity=0.00123456"));
    QCOMPARE(f.header("TAPI-MAC"),
             std::optional<std::string>("0a48048dea2961b59b329d82f8fa8eebef61da9095f86749dc0996e646c0e6fa7ba73b4467a3"
                                        "8438b5a6bde66eff3c1080eeb082e8b7d71a6d013f152fdda85b"));
    QCOMPARE(r.value().id, OptString("3"));
}

void TestMercado::buysAtMarketBySpendingReais()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "market", "buy", dec("0.01"), dec("350000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body,
             std::string("tapi_method=place_market_buy_order&tapi_nonce=1700000000000&coin_pair=BRLBTC&cost=3500"));
    auto byCost = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "market", "buy", dec("0"), std::nullopt, jsonParams(R"({"cost":"250.5"})"),
                               cb);
    });
    QVERIFY(byCost.ok());
    QCOMPARE(f.sent().body,
             std::string("tapi_method=place_market_buy_order&tapi_nonce=1700000000000&coin_pair=BRLBTC&cost=250.5"));
    auto sell = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "market", "sell", dec("0.5"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(sell.ok());
    QCOMPARE(f.sent().body,
             std::string("tapi_method=place_market_sell_order&tapi_nonce=1700000000000&coin_pair=BRLBTC&quantity=0.5"));
    const size_t sent = f.transport.requests().size();
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/BRL", "market", "buy", dec("1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
    QCOMPARE(f.transport.requests().size(), sent);
}

void TestMercado::parsesMarketsFromTheCoinList()
{
    Fixture f(fixture("coins.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.mercadobitcoin.net/api/coins"));
    QCOMPARE(r.value().size(), size_t(3));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.id, std::string("BRLBTC"));
    QCOMPARE(btc.symbol, std::string("BTC/BRL"));
    QCOMPARE(btc.limits.amount.min, OptDecimal(dec("0.001")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("0.00001")));
    QCOMPARE(r.value()[2].symbol, std::string("USDC/BRL"));
    QVERIFY(!r.value()[2].limits.amount.min);
}

void TestMercado::parsesATicker()
{
    Fixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/BRL", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.mercadobitcoin.net/api/BTC/ticker/"));
    const Ticker& t = r.value();
    QCOMPARE(t.timestamp, OptInt(1502977646000));
    QCOMPARE(t.last, OptDecimal(dec("14330")));
    QCOMPARE(t.bid, OptDecimal(dec("14330")));
    QCOMPARE(t.ask, OptDecimal(dec("14399.99999")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("57.79441207")));
    QCOMPARE(t.change, OptDecimal(dec("54")));
}

void TestMercado::parsesAnOrderBook()
{
    Fixture f(fixture("orderbook.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/BRL", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.mercadobitcoin.net/api/BTC/orderbook/"));
    QCOMPARE(r.value().asks[0].price, dec("10410.00006"));
    QCOMPARE(r.value().asks[0].amount, dec("2.09190016"));
    QCOMPARE(r.value().bids[0].price, dec("10300.00002"));
    QCOMPARE(r.value().bids[1].amount, dec("1.5"));
}

void TestMercado::parsesCandles()
{
    Fixture f(fixture("candles.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/BRL", "15m", 1700000000000LL, 2, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.mercadobitcoin.net/api/v4/candles?resolution=15m&symbol=BTC-BRL&"
                         "from=1700000000&to=1700001800"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1700000100000LL);
    QCOMPARE(r.value()[0].open, OptDecimal(dec("190000.1")));
    QCOMPARE(r.value()[1].close, OptDecimal(dec("190200.5")));
    QCOMPARE(r.value()[1].volume, OptDecimal(dec("0.25")));
}

void TestMercado::parsesTheBalance()
{
    Fixture f(fixture("account_info.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    const auto& brl = r.value().currencies.at("BRL");
    QCOMPARE(brl.free, OptDecimal(dec("3000")));
    QCOMPARE(brl.total, OptDecimal(dec("4000")));
    QCOMPARE(brl.used, OptDecimal(dec("1000")));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("1")));
}

void TestMercado::parsesAnOrderWithItsFills()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("3", "BTC/BRL", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().body, std::string("tapi_method=get_order&tapi_nonce=1700000000000&coin_pair=BRLBTC&order_id=3"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("3"));
    QCOMPARE(o.symbol, std::string("BTC/BRL"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.timestamp, OptInt(1453835329000));
    QCOMPARE(o.filled, OptDecimal(dec("1")));
    QCOMPARE(o.remaining, OptDecimal(dec("0")));
    QCOMPARE(o.trades.size(), size_t(2));
    QCOMPARE(o.trades[1].amount, OptDecimal(dec("0.6")));
    QCOMPARE(o.trades[1].side, OptString("buy"));
    QCOMPARE(o.trades[1].cost, OptDecimal(dec("614.4")));
    // The order's own fee, in the bought coin; the fills' fees (0.30 % of 0.4 and 0.6 BTC) add up to it.
    QVERIFY(o.fee.has_value());
    QCOMPARE(o.fee->cost, OptDecimal(dec("0.003")));
    QCOMPARE(o.fee->currency, OptString("BTC"));

    // Own trades are the fills of the orders that have any.
    Fixture list(fixture("list_orders.json"));
    auto trades = list.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        list.exchange.fetchMyTrades("BTC/BRL", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    QCOMPARE(list.sent().body,
             std::string("tapi_method=list_orders&tapi_nonce=1700000000000&coin_pair=BRLBTC&"
                         "has_fills=true"));
    QCOMPARE(trades.value().size(), size_t(2));
    QCOMPARE(trades.value()[0].id, OptString("1"));
    QCOMPARE(trades.value()[0].order, OptString("3"));
    QCOMPARE(trades.value()[0].timestamp, OptInt(1453835329000));
    QVERIFY(trades.value()[0].fee.has_value());
    QCOMPARE(trades.value()[0].fee->rate, OptDecimal(dec("0.003")));
    QCOMPARE(trades.value()[0].fee->cost, OptDecimal(dec("0.0012")));
    QCOMPARE(trades.value()[0].fee->currency, OptString("BTC"));
}

void TestMercado::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("rate limit") << QStringLiteral(
        R"({"error_message":"Taxa de requisições acima do permitido.","status_code":429})")
                                << int(ErrorKind::RateLimitExceeded);
    QTest::newRow("other") << QStringLiteral(
        R"({"error_message":"Valor do parâmetro tapi_nonce inválido.","status_code":203})")
                           << int(ErrorKind::ExchangeError);
}

void TestMercado::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 200);
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestMercado)
#include "TestMercado.moc"
