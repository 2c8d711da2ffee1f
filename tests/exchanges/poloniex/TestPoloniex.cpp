// SPDX-License-Identifier: GPL-3.0-or-later
// The poloniex adapter: the signature headers against vectors from ccxt's reference CLI and recomputed with
// python3 hmac, order bodies (market buys by cost, smart orders, maker-only), the parsers on the spot API's
// payloads, and {"code":...} answers mapped to typed errors.
#include "AdapterFixture.h"
#include "poloniex/Poloniex.h"
#include "poloniex/PoloniexParsers.h"
#include "poloniex/PoloniexSigner.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::finish;
constexpr auto params = &bourse::test::jsonParams;

namespace {

QString fixturePath(const char* name)
{
    return QStringLiteral(POLONIEX_FIXTURES_DIR "/") + QLatin1String(name);
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

class TestPoloniex : public QObject
{
    Q_OBJECT

private slots:
    void signsAGetWithTheSortedQuery();
    void signsABodyAndAnEmptyBody();
    void signsAnOrder();
    void buildsOrders();
    void refusesContradictoryOrders();
    void cancelNeedsASymbol();
    void asksForActivityInSeconds();
    void parsesMarkets();
    void parsesCurrencies();
    void parsesTickerAndBook();
    void parsesTradesAndCandles();
    void parsesOpenOrders();
    void parsesMyTrades();
    void parsesBalance();
    void parsesActivity();
    void mapsErrorCodes_data();
    void mapsErrorCodes();
    void describesItself();
};

void TestPoloniex::signsAGetWithTheSortedQuery()
{
    // python3: base64(hmac.new(b"secretsecret",
    // b"GET\n/orders\nlimit=2000&signTimestamp=1700000000000&symbol=BTC_USDT", hashlib.sha256).digest()); the same as
    // ccxt's reference CLI for fetchOpenOrders BTC/USDT 1699457638000 10.
    Fixture<Poloniex> f;
    auto r = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/USDT", 1699457638000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/orders?symbol=BTC_USDT&limit=2000"));
    QVERIFY(f.sent().body.empty());
    QCOMPARE(f.header("key"), std::optional<std::string>("key"));
    QCOMPARE(f.header("signTimestamp"), std::optional<std::string>("1700000000000"));
    QCOMPARE(f.header("signature"), std::optional<std::string>("qj20mqd8H49K6X+Jy4DH8RTXgrXXS2C6LPFeBRq1Hg8="));
    QCOMPARE(poloniex::sortedQuery(params(R"({"symbol":"BTC_USDT","limit":2000})"), "1700000000000"),
             std::string("limit=2000&signTimestamp=1700000000000&symbol=BTC_USDT"));
}

void TestPoloniex::signsABodyAndAnEmptyBody()
{
    Fixture<Poloniex> f;
    auto all = finish<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.exchange.cancelAllOrders("", JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(f.sent().method, std::string("DELETE"));
    QCOMPARE(f.sent().body, std::string(R"({"symbols":[]})"));
    // "DELETE\n/orders\nrequestBody={"symbols":[]}&signTimestamp=1700000000000"
    QCOMPARE(f.header("signature"), std::optional<std::string>("O89hzk9Y9Y6wV2l8xnKyiPiVutCbOnDynSbOqUut9H0="));
    Fixture<Poloniex> g(R"({"orderId":"123","clientOrderId":"","state":"PENDING_CANCEL","code":200,"message":""})");
    auto one = finish<Order>(
        [&](Callback<Order> cb) { g.exchange.cancelOrder("123", "BTC/USDT", params(R"({"trigger":true})"), cb); });
    QVERIFY2(one.ok(), one.ok() ? "" : one.error().message().c_str());
    QCOMPARE(g.sent().url, std::string("https://api.poloniex.com/smartorders/123"));
    QVERIFY(g.sent().body.empty());
    // "DELETE\n/smartorders/123\nsignTimestamp=1700000000000": no requestBody part without a body.
    QCOMPARE(g.header("signature"), std::optional<std::string>("HV8C7wuW4UQLxfOgvf8h+kHfrkISYh7tHl9PepkyMy0="));
    QCOMPARE(one.value().id, OptString("123"));
    QCOMPARE(one.value().status, OptString("canceled"));
}

void TestPoloniex::signsAnOrder()
{
    // ccxt's reference CLI: createOrder BTC/USDT limit buy 0.1 30000 {clientOrderId: abc, timeInForce: IOC}.
    Fixture<Poloniex> f(R"({"id":"29772698821328896","clientOrderId":"abc"})");
    auto r = finish<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("0.1"), dec("30000"),
                               params(R"({"clientOrderId":"abc","timeInForce":"IOC"})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/orders"));
    QCOMPARE(f.sent().body,
             std::string(R"({"symbol":"BTC_USDT","side":"BUY","type":"LIMIT","quantity":"0.1",)"
                         R"("price":"30000","clientOrderId":"abc","timeInForce":"IOC"})"));
    QCOMPARE(f.header("signature"), std::optional<std::string>("BFRP9dDQlc9LW45VtjPzolpNi67dSMl8A7rmvXyXlB4="));
    QCOMPARE(r.value().id, OptString("29772698821328896"));
    QCOMPARE(r.value().clientOrderId, OptString("abc"));
    QCOMPARE(r.value().symbol, std::string("BTC/USDT"));
}

void TestPoloniex::buildsOrders()
{
    Fixture<Poloniex> f;
    const Market& btc = f.exchange.market("BTC/USDT");
    // A market buy spends quote currency: amount * price, cut to the price step (ccxt's costToPrecision).
    JsonValue none = JsonValue::object();
    JsonValue body = f.exchange.orderRequest(btc, "market", "buy", dec("0.1"), dec("30000.127"), none);
    QCOMPARE(body.dump(), std::string(R"({"symbol":"BTC_USDT","side":"BUY","type":"MARKET","amount":"3000.01"})"));
    JsonValue cost = params(R"({"cost":"250.5"})");
    body = f.exchange.orderRequest(btc, "market", "buy", dec("0.1"), std::nullopt, cost);
    QCOMPARE(body.find("amount")->asString(), std::optional<std::string>("250.5"));
    QCOMPARE(cost.size(), size_t(0));
    // Or, when the caller says so, the amount is the cost.
    JsonValue asCost = params(R"({"createMarketBuyOrderRequiresPrice":false})");
    body = f.exchange.orderRequest(btc, "market", "buy", dec("150.129"), dec("30000"), asCost);
    QCOMPARE(body.find("amount")->asString(), std::optional<std::string>("150.12"));
    // A market sell gives the base amount, cut to the lot.
    body = f.exchange.orderRequest(btc, "market", "sell", dec("0.12345678"), std::nullopt, none);
    QCOMPARE(body.dump(), std::string(R"({"symbol":"BTC_USDT","side":"SELL","type":"MARKET","quantity":"0.123456"})"));
    // A trigger makes a smart order; it outranks postOnly.
    JsonValue stop = params(R"({"triggerPrice":30500,"postOnly":true})");
    body = f.exchange.orderRequest(btc, "limit", "sell", dec("0.1"), dec("31000"), stop);
    QCOMPARE(body.dump(),
             std::string(R"({"symbol":"BTC_USDT","side":"SELL","stopPrice":30500,"type":"STOP_LIMIT",)"
                         R"("quantity":"0.1","price":"31000"})"));
    JsonValue maker = params(R"({"postOnly":true})");
    body = f.exchange.orderRequest(btc, "limit", "buy", dec("0.1"), dec("30000"), maker);
    QCOMPARE(body.find("type")->asString(), std::optional<std::string>("LIMIT_MAKER"));
}

void TestPoloniex::refusesContradictoryOrders()
{
    Fixture<Poloniex> f;
    const Market& btc = f.exchange.market("BTC/USDT");
    auto kindOf = [&](const char* type, const char* side, OptDecimal price, const char* json) {
        JsonValue p = params(json);
        try {
            f.exchange.orderRequest(btc, type, side, dec("1"), price, p);
        } catch (const Error& e) {
            return e.kind();
        }
        return ErrorKind::BaseError;
    };
    QCOMPARE(kindOf("market", "buy", std::nullopt, "{}"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("market", "sell", std::nullopt, R"({"postOnly":true})"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("limit", "buy", dec("1"), R"({"postOnly":true,"timeInForce":"FOK"})"), ErrorKind::InvalidOrder);
    QCOMPARE(kindOf("limit", "buy", std::nullopt, "{}"), ErrorKind::InvalidOrder);
}

void TestPoloniex::cancelNeedsASymbol()
{
    Fixture<Poloniex> f;
    auto r = finish<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("1", "", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::ArgumentsRequired);
    QVERIFY(f.transport.requests().empty());
}

void TestPoloniex::asksForActivityInSeconds()
{
    Fixture<Poloniex> f(readFixture("activity.json"));
    auto r = finish<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchDeposits("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // Ten 360-day years back from the clock, to now, in seconds.
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/wallets/activity?start=1388960000&end=1700000000"));
    QCOMPARE(r.value().size(), size_t(1));
    QCOMPARE(r.value()[0].type, OptString("deposit"));
}

void TestPoloniex::parsesMarkets()
{
    Fixture<Poloniex> f(readFixture("markets-answer.json"));
    auto r = finish<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/markets"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.symbol, std::string("BTC/USDT"));
    QCOMPARE(btc.active, OptBool(true));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("0.000001")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("0.01")));
    QCOMPARE(btc.limits.cost.min, OptDecimal(dec("1")));
    QCOMPARE(btc.created, OptInt(1659018819512));
    QCOMPARE(btc.feeSide, OptString("get"));
    const Market& shib = r.value()[1];
    QCOMPARE(shib.active, OptBool(false)); // paused
    QCOMPARE(shib.precision.amount, OptDecimal(dec("1")));
    QCOMPARE(shib.precision.price, OptDecimal(dec("0.000000001")));
}

void TestPoloniex::parsesCurrencies()
{
    Fixture<Poloniex> f(readFixture("currencies.json"));
    auto r = finish<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { f.exchange.fetchCurrencies(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/v2/currencies"));
    QCOMPARE(r.value().size(), size_t(2));
    const Currency& ada = r.value()[0];
    QCOMPARE(ada.name, OptString("Cardano"));
    QCOMPARE(ada.networks[0].network, std::string("ADA"));
    QCOMPARE(ada.networks[0].precision, OptDecimal(dec("0.000001")));
    QCOMPARE(ada.networks[0].withdrawLimits.min, OptDecimal(dec("5")));
    const Currency& usdt = r.value()[1];
    // Tether on Tron and on Ethereum is TRC20 and ERC20; together they take deposits and allow withdrawals.
    QCOMPARE(usdt.networks[0].network, std::string("TRC20"));
    QCOMPARE(usdt.networks[1].network, std::string("ERC20"));
    QCOMPARE(usdt.deposit, OptBool(true));
    QCOMPARE(usdt.withdraw, OptBool(true));
    QCOMPARE(usdt.fee, OptDecimal(dec("1")));
    QCOMPARE(usdt.withdrawLimits.min, OptDecimal(dec("2")));
}

void TestPoloniex::parsesTickerAndBook()
{
    Fixture<Poloniex> f;
    JsonDocument doc = JsonDocument::parse(readFixture("ticker.json"));
    Ticker t = poloniex::parseTicker(doc.root(), f.exchange, nullptr);
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(t.timestamp, OptInt(1692870845446));
    QCOMPARE(t.last, OptDecimal(dec("26447.58")));
    QCOMPARE(t.percentage, OptDecimal(dec("1.51")));
    QCOMPARE(t.bidVolume, OptDecimal(dec("0.016313")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("6116.210188")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("161082122.88450926")));
    QCOMPARE(t.markPrice, OptDecimal(dec("26444.11")));
    JsonDocument book = JsonDocument::parse(readFixture("orderbook.json"));
    OrderBook b = poloniex::parseOrderBook(book.root(), "BTC/USDT");
    QCOMPARE(b.timestamp, OptInt(1659695219507));
    QCOMPARE(b.asks.size(), size_t(3));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.asks[2].price, dec("23170.06"));
    QCOMPARE(b.bids[0].amount, dec("0.432092"));
}

void TestPoloniex::parsesTradesAndCandles()
{
    Fixture<Poloniex> f(readFixture("trades.json"));
    auto r = finish<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/USDT", std::nullopt, 2, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/markets/BTC_USDT/trades?limit=2"));
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first; the taker's side is the trade's side.
    QCOMPARE(r.value()[0].id, OptString("60014521"));
    QCOMPARE(r.value()[0].side, OptString("buy"));
    QCOMPARE(r.value()[1].timestamp, OptInt(1659684602042));
    QCOMPARE(r.value()[1].cost, OptDecimal(dec("2.0846646")));
    JsonDocument doc = JsonDocument::parse(readFixture("candles.json"));
    Ohlcv c = poloniex::parseOhlcv(doc.root()[0]);
    QCOMPARE(c.timestamp, 1659664800000LL);
    QCOMPARE(c.open, OptDecimal(dec("22946.73")));
    QCOMPARE(c.high, OptDecimal(dec("23049.3")));
    QCOMPARE(c.low, OptDecimal(dec("22814.01")));
    QCOMPARE(c.close, OptDecimal(dec("23000.19")));
    QCOMPARE(c.volume, OptDecimal(dec("5.087281")));
}

void TestPoloniex::parsesOpenOrders()
{
    Fixture<Poloniex> f(readFixture("open-orders.json"));
    auto r = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/orders"));
    QCOMPARE(r.value().size(), size_t(1));
    const Order& o = r.value()[0];
    QCOMPARE(o.id, OptString("21934611974062080"));
    QCOMPARE(o.clientOrderId, OptString("123"));
    QCOMPARE(o.symbol, std::string("BTC/USDT"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.postOnly, OptBool(true));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.filled, OptDecimal(dec("0.25")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.75")));
    QCOMPARE(o.cost, OptDecimal(dec("7500")));
    QCOMPARE(o.lastTradeTimestamp, OptInt(1646196029020));
}

void TestPoloniex::parsesMyTrades()
{
    Fixture<Poloniex> f(readFixture("my-trades.json"));
    auto r = finish<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("LTC/USDT", 1648635000000, 10, params(R"({"until":1648636000000})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.poloniex.com/trades?startTime=1648635000000&limit=10&endTime="
                         "1648636000000"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("LTC/USDT"));
    QCOMPARE(t.order, OptString("32164923987566592"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.type, OptString("market"));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.0442")));
    QCOMPARE(t.fee->currency, OptString("USDT"));
}

void TestPoloniex::parsesBalance()
{
    Fixture<Poloniex> f(readFixture("balances.json"));
    auto r = finish<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/accounts/balances?accountType=SPOT"));
    QCOMPARE(r.value().currencies.at("USDT").total, OptDecimal(dec("2.5")));
    QCOMPARE(r.value().currencies.at("BTC").free, OptDecimal(dec("0.1")));
}

void TestPoloniex::parsesActivity()
{
    Fixture<Poloniex> f(readFixture("activity.json"));
    auto r = finish<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.exchange.fetchWithdrawals("USDT", 1500000000000, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.poloniex.com/wallets/activity?start=1500000000&end=1700000000"));
    QCOMPARE(r.value().size(), size_t(1));
    const Transaction& w = r.value()[0];
    // USDTTRON is USDT sent over Tron; the amount that left is the request less the fee.
    QCOMPARE(w.currency, OptString("USDT"));
    QCOMPARE(w.type, OptString("withdrawal"));
    QCOMPARE(w.id, OptString("7397527"));
    QCOMPARE(w.amount, OptDecimal(dec("12.199516")));
    QCOMPARE(w.fee->cost, OptDecimal(dec("1")));
    QCOMPARE(w.status, OptString("ok"));
    QCOMPARE(w.timestamp, OptInt(1506010932000));
}

void TestPoloniex::mapsErrorCodes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("low balance") << R"({"code":21709,"message":"Low available balance"})" << 400
                                 << int(ErrorKind::InsufficientFunds);
    QTest::newRow("already gone") << R"({"code":21359,"message":"Order was already canceled or filled."})" << 400
                                  << int(ErrorKind::OrderNotFound);
    QTest::newRow("account not found") << R"({"code":21600,"message":"Account Not Found"})" << 401
                                       << int(ErrorKind::AuthenticationError);
    QTest::newRow("invalid symbol") << R"({"code":10040,"message":"Invalid symbol"})" << 400
                                    << int(ErrorKind::BadSymbol);
    QTest::newRow("unknown") << R"({"code":99999,"message":"Something"})" << 400 << int(ErrorKind::ExchangeError);
}

void TestPoloniex::mapsErrorCodes()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    Fixture<Poloniex> f(body.toStdString(), status);
    auto r = finish<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/USDT", "limit", "buy", dec("1"), dec("100"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind() == ErrorKind(kind), r.error().message().c_str());
}

void TestPoloniex::describesItself()
{
    Fixture<Poloniex> f;
    const ExchangeDescription& d = f.exchange.description();
    QCOMPARE(d.id, std::string("poloniex"));
    QCOMPARE(d.api.at("private"), std::string("https://api.poloniex.com"));
    QCOMPARE(d.supports("fetchClosedOrders"), Support::No);
    QCOMPARE(d.supports("fetchTradingFee"), Support::No);
    QCOMPARE(d.supports("fetchTime"), Support::Yes);
    QCOMPARE(d.timeframe("1h"), std::optional<std::string>("HOUR_1"));
    QCOMPARE(d.commonCurrencies.at("USDTTRON"), std::string("USDT"));
    auto r = finish<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchClosedOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::NotSupported);
}

QTEST_GUILESS_MAIN(TestPoloniex)
#include "TestPoloniex.moc"
