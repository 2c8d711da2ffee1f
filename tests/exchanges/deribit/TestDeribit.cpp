// SPDX-License-Identifier: GPL-3.0-or-later
// The deribit adapter: the deri-hmac-sha256 Authorization against python3's hmac, the spot order and cancel
// requests, the parsers on Deribit's documented answers, and its JSON-RPC error codes.
#include "../common/AdapterFixture.h"
#include "deribit/Deribit.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(DERIBIT_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Deribit>
{
    explicit Fixture(std::string body = R"({"jsonrpc":"2.0","result":{}})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

} // namespace

class TestDeribit : public QObject
{
    Q_OBJECT

private slots:
    void signsAPrivateCall();
    void sendsASpotLimitOrder();
    void sendsAStopOrder();
    void cancelsAllOnOneInstrument();
    void parsesACreatedOrder();
    void parsesChartData();
    void keepsOnlySpotInstruments();
    void mapsErrors_data();
    void mapsErrors();
};

void TestDeribit::signsAPrivateCall()
{
    // python3: hmac.new(b"secretsecret",
    //   b"1700000000000\n1700000000000\nGET\n/api/v2/private/get_account_summaries\n\n", hashlib.sha256).hexdigest()
    const std::string expected = "deri-hmac-sha256 id=key,ts=1700000000000,"
                                 "sig=cafd4419260f3ffb349de80ae03a5cbeac6f1e54bbccbee7389a1e7477943e43,"
                                 "nonce=1700000000000";
    QCOMPARE(deribitAuthorization("key", "secretsecret", "1700000000000", "1700000000000", "GET",
                                  "/api/v2/private/get_account_summaries", ""),
             expected);
    Fixture f(R"({"jsonrpc":"2.0","result":{"summaries":[{"currency":"BTC","equity":1.5,"available_funds":1.2,)"
              R"("maintenance_margin":0.3}]}})");
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.deribit.com/api/v2/private/get_account_summaries"));
    QCOMPARE(f.header("Authorization"), std::optional<std::string>(expected));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("1.2")));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("1.5")));
}

void TestDeribit::sendsASpotLimitOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.0002"), dec("25000"),
                               jsonParams(R"({"postOnly":true,"timeInForce":"GTC"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url,
             std::string("https://www.deribit.com/api/v2/private/buy?instrument_name=BTC_USDT&amount="
                         "0.0002&type=limit&price=25000&post_only=true&reject_post_only=true&"
                         "time_in_force=good_til_cancelled"));
}

void TestDeribit::sendsAStopOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "sell", dec("0.0002"), std::nullopt,
                               jsonParams(R"({"stopLossPrice":24000})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://www.deribit.com/api/v2/private/sell?instrument_name=BTC_USDT&amount="
                         "0.0002&type=stop_market&trigger_price=24000&trigger=last_price"));
}

void TestDeribit::cancelsAllOnOneInstrument()
{
    Fixture f(R"({"jsonrpc":"2.0","result":2})");
    auto r = f.run<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.exchange.cancelAllOrders("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://www.deribit.com/api/v2/private/cancel_all_by_instrument?instrument_name=BTC_USDT"));
    QCOMPARE(r.value().size(), size_t(1));
}

void TestDeribit::parsesACreatedOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "market", "buy", dec("0.4"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("ETH-584849853"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.type, OptString("market"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.timeInForce, OptString("GTC"));
    QCOMPARE(o.filled, OptDecimal(dec("0.4")));
    QCOMPARE(o.average, OptDecimal(dec("203.3")));
    QCOMPARE(o.lastTradeTimestamp, OptInt(1590483938456));
    QCOMPARE(o.trades.size(), size_t(1));
    QCOMPARE(o.trades[0].takerOrMaker, OptString("taker"));
    QCOMPARE(o.trades[0].fee->currency, OptString("ETH"));
}

void TestDeribit::parsesChartData()
{
    Fixture f(fixture("ohlcv.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/USDT", "30m", 1554373700000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://www.deribit.com/api/v2/public/get_tradingview_chart_data?instrument_name=BTC_USDT&"
                         "resolution=30&start_timestamp=1554373699999&end_timestamp=1700000000000"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[1].timestamp, 1554375600000LL);
    QCOMPARE(r.value()[1].high, OptDecimal(dec("5100.0")));
    QCOMPARE(r.value()[1].volume, OptDecimal(dec("20.095877981")));
}

void TestDeribit::keepsOnlySpotInstruments()
{
    Fixture f(R"({"jsonrpc":"2.0","result":[
        {"kind":"future","instrument_name":"BTC-PERPETUAL","base_currency":"BTC","counter_currency":"USD",
         "settlement_period":"perpetual","tick_size":0.5,"min_trade_amount":10},
        {"kind":"spot","instrument_name":"ETH_USDC","base_currency":"ETH","counter_currency":"USDC","tick_size":0.1,
         "min_trade_amount":0.0001,"is_active":true,"maker_commission":0,"taker_commission":0,
         "creation_timestamp":1682000000000}]})");
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://www.deribit.com/api/v2/public/get_instruments"));
    QCOMPARE(r.value().size(), size_t(1));
    QCOMPARE(r.value()[0].symbol, std::string("ETH/USDC"));
    QCOMPARE(r.value()[0].precision.price, OptDecimal(dec("0.1")));
    QCOMPARE(r.value()[0].precision.amount, OptDecimal(dec("0.0001")));
}

void TestDeribit::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("funds") << QStringLiteral(R"({"jsonrpc":"2.0","error":{"message":"not_enough_funds","code":10009}})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("order") << QStringLiteral(R"({"jsonrpc":"2.0","error":{"message":"order_not_found","code":10004}})")
                           << int(ErrorKind::OrderNotFound);
    QTest::newRow("auth") << QStringLiteral(R"({"jsonrpc":"2.0","error":{"message":"unauthorized","code":13009}})")
                          << int(ErrorKind::AuthenticationError);
    QTest::newRow("params") << QStringLiteral(R"({"jsonrpc":"2.0","error":{"message":"Invalid params","code":-32602}})")
                            << int(ErrorKind::BadRequest);
}

void TestDeribit::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString(), 400);
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("ETH-1", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestDeribit)
#include "TestDeribit.moc"
