// SPDX-License-Identifier: GPL-3.0-or-later
// The okx adapter (and okxus, the same class on the US host): OK-ACCESS-SIGN against a value computed
// independently (python3 hmac) and against ccxt 4.5.84's dry run at a fixed clock, the order shapes OKX wants for
// each order type, the parsers on payloads of OKX's documented shapes, and the error codes OKX sends with HTTP 200.
#include "TestSupport.h"
#include "core/OfflineTransports.h"
#include "okx/Okx.h"
#include "okx/OkxParsers.h"
#include "okx/OkxSigner.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::await;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

std::string readFixture(const char* name)
{
    return bourse::test::readTextFile(QStringLiteral(OKX_FIXTURES_DIR "/") + QLatin1String(name));
}

JsonValue params(const char* json)
{
    return *JsonValue::parse(json);
}

// The markets of the instruments fixture, parsed by the adapter itself.
std::vector<Market> fixtureMarkets(const Okx& ex)
{
    JsonDocument doc = JsonDocument::parse(readFixture("instruments.json"));
    std::vector<Market> markets;
    for (const auto& raw : doc.root()["data"].items()) {
        markets.push_back(okx::parseMarket(raw, ex));
    }
    return markets;
}

// An exchange that answers every request with one body and records what it sent, at ccxt's test clock and
// credentials.
template<typename Ex = Okx> struct Fixture
{
    FixedResponseTransport transport;
    Clock clock;
    Ex okx {transport, clock};

    explicit Fixture(std::string body = R"({"code":"0","msg":"","data":[]})", int status = 200)
        : transport(std::move(body), status)
    {
        okx.setMarkets(fixtureMarkets(okx));
        Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        c.password = "password";
        okx.setCredentials(c);
        clock.fixAt(1700000000000);
    }

    const HttpRequest& sent() const { return transport.requests().back(); }
    JsonValue sentBody() const { return *JsonValue::parse(sent().body); }

    std::string header(const char* name) const
    {
        for (const auto& [k, v] : sent().headers) {
            if (k == name) {
                return v;
            }
        }
        return {};
    }
};

std::string text(const JsonValue& object, const char* key)
{
    const JsonValue* v = object.find(key);
    return v ? v->asString().value_or("<not text>") : "<absent>";
}

} // namespace

class TestOkx : public QObject
{
    Q_OBJECT

private slots:
    void signsAnIndependentVector();
    void signsLikeTheReference();
    void signsAPostWithItsJsonBody();
    void okxusSpeaksToTheUsHost();
    void buildsOrderShapes();
    void refusesPostOnlyAtMarket();
    void sendsStopsToTheAlgoCall();
    void parsesInstruments();
    void parsesTicker();
    void parsesOrderBook();
    void parsesCandlesOldestFirst();
    void parsesBalances();
    void parsesOrders();
    void parsesFills();
    void parsesTransactions();
    void picksTheDepositAddress();
    void mapsErrorCodes_data();
    void mapsErrorCodes();
    void describesItself();
};

void TestOkx::signsAnIndependentVector()
{
    // base64(HMAC-SHA256(secret, timestamp + method + requestPath + body)), computed with python3's hmac.
    QCOMPARE(okx::signature("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance?ccy=BTC", "",
                            "22582BD0CFF14C41EDBF1AB98506286D"),
             std::string("HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY="));
}

void TestOkx::signsLikeTheReference()
{
    // ccxt 4.5.84 --dry-run --time 1700000000000 okx fetchOrder 123 BTC/USDT
    Fixture<> f;
    await<Order>([&](Callback<Order> done) { f.okx.fetchOrder("123", "BTC/USDT", JsonValue::object(), done); });
    QCOMPARE(f.sent().method, std::string("GET"));
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/trade/order?instId=BTC-USDT&ordId=123"));
    QCOMPARE(f.header("OK-ACCESS-KEY"), std::string("key"));
    QCOMPARE(f.header("OK-ACCESS-PASSPHRASE"), std::string("password"));
    QCOMPARE(f.header("OK-ACCESS-TIMESTAMP"), std::string("2023-11-14T22:13:20.000Z"));
    QCOMPARE(f.header("OK-ACCESS-SIGN"), std::string("COIY8l7YvOqdelWFMeveDd28dCtrUir/JX5QVnAHsnI="));
    QVERIFY(f.sent().body.empty());
}

void TestOkx::signsAPostWithItsJsonBody()
{
    // ccxt 4.5.84 --dry-run --time 1700000000000 okx createOrder BTC/USDT limit buy 0.001 30000
    //   '{"clientOrderId":"bourse1"}'
    Fixture<> f;
    await<Order>([&](Callback<Order> done) {
        f.okx.createOrder("BTC/USDT", "limit", "buy", dec("0.001"), dec("30000"),
                          params(R"({"clientOrderId":"bourse1"})"), done);
    });
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/trade/batch-orders"));
    QCOMPARE(f.sent().body,
             std::string(R"([{"instId":"BTC-USDT","side":"buy","ordType":"limit","sz":"0.001",)"
                         R"("tdMode":"cash","tgtCcy":"base_ccy","px":"30000","clOrdId":"bourse1"}])"));
    QCOMPARE(f.header("Content-Type"), std::string("application/json"));
    QCOMPARE(f.header("OK-ACCESS-SIGN"), std::string("cr7Vu/kk13iAge/TN/2L2+voSFaa0X5rhZCAtl+Uhz0="));
}

void TestOkx::okxusSpeaksToTheUsHost()
{
    // ccxt 4.5.84 --dry-run --time 1700000000000 okxus fetchBalance: same path, US host, same signature.
    Fixture<OkxUs> f(R"({"code":"0","data":[{"details":[],"uTime":"1"}],"msg":""})");
    QCOMPARE(f.okx.id(), std::string("okxus"));
    auto r = await<Balance>([&](Callback<Balance> done) { f.okx.fetchBalance(JsonValue::object(), done); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.sent().url, std::string("https://us.okx.com/api/v5/account/balance"));
    QCOMPARE(f.header("OK-ACCESS-SIGN"), std::string("AiB97ziKIDDoDNVhKZWe7KNpz+a96Lw4g3sG921JsIg="));
}

void TestOkx::buildsOrderShapes()
{
    Fixture<> f;
    const Market& btc = f.okx.market("BTC/USDT");
    {
        // Amount truncated to the lot size, price rounded to the tick; a broker client order id when none given.
        JsonValue extra = JsonValue::object();
        JsonValue r = f.okx.orderRequest(btc, "limit", "sell", dec("0.00123456789"), dec("30000.16"), extra);
        QCOMPARE(text(r, "sz"), std::string("0.00123456"));
        QCOMPARE(text(r, "px"), std::string("30000.2"));
        QCOMPARE(text(r, "ordType"), std::string("limit"));
        QCOMPARE(text(r, "tag"), std::string("6b9ad766b55dBCDE"));
        QCOMPARE(text(r, "clOrdId").size(), size_t(32));
    }
    {
        JsonValue extra = params(R"({"postOnly":true})");
        JsonValue r = f.okx.orderRequest(btc, "limit", "buy", dec("0.001"), dec("30000"), extra);
        QCOMPARE(text(r, "ordType"), std::string("post_only"));
        QVERIFY(!r.contains("postOnly"));
    }
    {
        JsonValue extra = params(R"({"timeInForce":"IOC"})");
        JsonValue r = f.okx.orderRequest(btc, "limit", "buy", dec("0.001"), dec("30000"), extra);
        QCOMPARE(text(r, "ordType"), std::string("ioc"));
        QVERIFY(!r.contains("timeInForce"));
    }
    {
        // A market buy by cost: sz is the USDT to spend, cut to the price tick.
        JsonValue extra = params(R"({"tgtCcy":"quote_ccy","cost":"55.123"})");
        JsonValue r = f.okx.orderRequest(btc, "market", "buy", dec("0.01"), std::nullopt, extra);
        QCOMPARE(text(r, "ordType"), std::string("market"));
        QCOMPARE(text(r, "tgtCcy"), std::string("quote_ccy"));
        QCOMPARE(text(r, "sz"), std::string("55.1"));
        QVERIFY(!r.contains("px"));
        QVERIFY(!r.contains("cost"));
    }
    {
        // Margin: the trade mode and the currency borrowed (quote for a buy).
        JsonValue extra = params(R"({"marginMode":"isolated"})");
        JsonValue r = f.okx.orderRequest(btc, "limit", "buy", dec("0.001"), dec("30000"), extra);
        QCOMPARE(text(r, "tdMode"), std::string("isolated"));
        QCOMPARE(text(r, "ccy"), std::string("USDT"));
        QVERIFY(!r.contains("tgtCcy"));
    }
    {
        // Attached exits: a market stop loss and a limit take profit on the same order.
        JsonValue extra =
            params(R"({"stopLoss":{"triggerPrice":28000},"takeProfit":{"triggerPrice":33000,"price":33100}})");
        JsonValue r = f.okx.orderRequest(btc, "limit", "buy", dec("0.001"), dec("30000"), extra);
        const JsonValue& attached = r.find("attachAlgoOrds")->items().at(0);
        QCOMPARE(text(attached, "slTriggerPx"), std::string("28000"));
        QCOMPARE(text(attached, "slOrdPx"), std::string("-1"));
        QCOMPARE(text(attached, "tpTriggerPx"), std::string("33000"));
        QCOMPARE(text(attached, "tpOrdKind"), std::string("limit"));
        QCOMPARE(text(attached, "tpOrdPx"), std::string("33100"));
        QCOMPARE(text(r, "px"), std::string("30000"));
    }
    {
        // A trailing stop: callbackRatio is a fraction of one.
        JsonValue extra = params(R"({"trailingPercent":5})");
        JsonValue r = f.okx.orderRequest(btc, "market", "sell", dec("0.001"), std::nullopt, extra);
        QCOMPARE(text(r, "ordType"), std::string("move_order_stop"));
        QCOMPARE(text(r, "callbackRatio"), std::string("0.05"));
    }
}

void TestOkx::refusesPostOnlyAtMarket()
{
    Fixture<> f;
    JsonValue extra = params(R"({"postOnly":true})");
    try {
        f.okx.orderRequest(f.okx.market("BTC/USDT"), "market", "buy", dec("0.001"), std::nullopt, extra);
        QFAIL("a post-only market order was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidOrder);
    }
    JsonValue conflicting = params(R"({"postOnly":true,"timeInForce":"FOK"})");
    try {
        f.okx.orderRequest(f.okx.market("BTC/USDT"), "limit", "buy", dec("0.001"), dec("1"), conflicting);
        QFAIL("post-only with FOK was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidOrder);
    }
}

void TestOkx::sendsStopsToTheAlgoCall()
{
    Fixture<> f(R"({"code":"0","msg":"","data":[{"algoClOrdId":"","algoId":"12345689","sCode":"0","sMsg":""}]})");
    auto r = await<Order>([&](Callback<Order> done) {
        f.okx.createOrder("BTC/USDT", "limit", "buy", dec("0.001"), dec("30000"), params(R"({"triggerPrice":29000})"),
                          done);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().id, OptString("12345689"));
    QCOMPARE(r->value().type, OptString("limit"));
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/trade/order-algo"));
    JsonValue body = f.sentBody();
    QVERIFY(body.isObject());
    QCOMPARE(text(body, "ordType"), std::string("trigger"));
    QCOMPARE(text(body, "triggerPx"), std::string("29000"));
    QCOMPARE(text(body, "orderPx"), std::string("30000"));

    // A stop loss of its own: a conditional order, cross mode, market exit.
    await<Order>([&](Callback<Order> done) {
        f.okx.createOrder("ETH/USDT", "market", "sell", dec("0.1"), std::nullopt, params(R"({"stopLossPrice":1800})"),
                          done);
    });
    body = f.sentBody();
    QCOMPARE(text(body, "ordType"), std::string("conditional"));
    QCOMPARE(text(body, "tdMode"), std::string("cross"));
    QCOMPARE(text(body, "slTriggerPx"), std::string("1800"));
    QCOMPARE(text(body, "slOrdPx"), std::string("-1"));
    QVERIFY(!body.contains("tgtCcy"));
}

void TestOkx::parsesInstruments()
{
    Fixture<> f;
    const Market& btc = f.okx.market("BTC/USDT");
    QCOMPARE(btc.id, std::string("BTC-USDT"));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("0.00000001")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("0.1")));
    QCOMPARE(btc.limits.amount.min, OptDecimal(dec("0.00001")));
    QCOMPARE(btc.limits.cost.max, OptDecimal(dec("1000000")));
    QCOMPARE(btc.limits.leverage.max, OptDecimal(dec("10")));
    QVERIFY(btc.margin);
    QCOMPARE(btc.active, OptBool(true));
    QCOMPARE(btc.created, OptInt(1548133413000));
    // AE is the ERC20 Aeternity token (AET); a suspended market is inactive; trading starts at contTdSwTime.
    const Market& ae = f.okx.market("AET/ETH");
    QCOMPARE(ae.baseId, std::string("AE"));
    QCOMPARE(ae.active, OptBool(false));
    QVERIFY(!ae.margin);
    QCOMPARE(ae.created, OptInt(1548133999000));
    // A pre-listing instrument without currencies still gets its symbol from the id.
    QVERIFY(f.okx.findMarket("NEW/USDT"));
}

void TestOkx::parsesTicker()
{
    Fixture<> f(readFixture("ticker.json"));
    auto r = await<Ticker>([&](Callback<Ticker> done) { f.okx.fetchTicker("BTC/USDT", JsonValue::object(), done); });
    QVERIFY(r && r->ok());
    const Ticker& t = r->value();
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(t.timestamp, OptInt(1700000000123));
    QCOMPARE(t.last, OptDecimal(dec("37010.1")));
    QCOMPARE(t.bid, OptDecimal(dec("37010.1")));
    QCOMPARE(t.askVolume, OptDecimal(dec("0.1")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("3345.67")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("123456789.12")));
    QCOMPARE(t.change, OptDecimal(dec("510.1")));
}

void TestOkx::parsesOrderBook()
{
    Fixture<> f(readFixture("books.json"));
    auto r = await<OrderBook>(
        [&](Callback<OrderBook> done) { f.okx.fetchOrderBook("BTC/USDT", 20, JsonValue::object(), done); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/market/books?instId=BTC-USDT&sz=20"));
    const OrderBook& b = r->value();
    QCOMPARE(b.timestamp, OptInt(1629966436396));
    QCOMPARE(b.bids.size(), size_t(2));
    QCOMPARE(b.bids[0].price, dec("41006.3"));
    QCOMPARE(b.asks[0].amount, dec("0.60038921"));
    QVERIFY(b.asks[0].price < b.asks[1].price);
    // Deeper than 400 levels is the full-depth call.
    await<OrderBook>(
        [&](Callback<OrderBook> done) { f.okx.fetchOrderBook("BTC/USDT", 1000, JsonValue::object(), done); });
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/market/books-full?instId=BTC-USDT&sz=1000"));
}

void TestOkx::parsesCandlesOldestFirst()
{
    Fixture<> f(readFixture("candles.json"));
    auto r = await<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> done) {
        f.okx.fetchOHLCV("BTC/USDT", "1h", std::nullopt, std::nullopt, JsonValue::object(), done);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/market/candles?instId=BTC-USDT&bar=1H&limit=100"));
    const auto& c = r->value();
    QCOMPARE(c.size(), size_t(2));
    QCOMPARE(c[0].timestamp, 1699995600000LL);
    QCOMPARE(c[0].volume, OptDecimal(dec("10.1")));
    QCOMPARE(c[1].close, OptDecimal(dec("37050")));
    // A start older than the recent window goes to history-candles, 300 at a time; 6h and longer bars are UTC.
    // The window's end is counted from the default 100 candles, as ccxt counts it.
    await<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> done) {
        f.okx.fetchOHLCV("BTC/USDT", "1d", 1500000000000, std::nullopt, JsonValue::object(), done);
    });
    QCOMPARE(f.sent().url,
             std::string("https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&bar=1Dutc"
                         "&limit=300&before=1499999999999&after=1508640000000"));
}

void TestOkx::parsesBalances()
{
    {
        // A cash account leaves availEq empty: free and used come from availBal and frozenBal.
        Fixture<> f(readFixture("balance.json"));
        auto r = await<Balance>([&](Callback<Balance> done) { f.okx.fetchBalance(JsonValue::object(), done); });
        QVERIFY(r && r->ok());
        const Balance& b = r->value();
        QCOMPARE(b.timestamp, OptInt(1705474164163));
        QCOMPARE(b.currencies.at("USDT").free, OptDecimal(dec("10.5")));
        QCOMPARE(b.currencies.at("USDT").used, OptDecimal(dec("0")));
        QCOMPARE(b.currencies.at("BTC").free, OptDecimal(dec("0.45")));
        QCOMPARE(b.currencies.at("BTC").used, OptDecimal(dec("0.15")));
    }
    {
        Fixture<> f(readFixture("funding.json"));
        auto r =
            await<Balance>([&](Callback<Balance> done) { f.okx.fetchBalance(params(R"({"type":"funding"})"), done); });
        QVERIFY(r && r->ok());
        QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/asset/balances"));
        QCOMPARE(r->value().currencies.at("AET").used, OptDecimal(dec("2")));
        QCOMPARE(r->value().currencies.at("ETH").total, OptDecimal(dec("37.11827078")));
    }
}

void TestOkx::parsesOrders()
{
    {
        Fixture<> f(readFixture("order.json"));
        auto r = await<Order>([&](Callback<Order> done) {
            f.okx.fetchOrder("312269865356374016", "BTC/USDT", JsonValue::object(), done);
        });
        QVERIFY(r && r->ok());
        const Order& o = r->value();
        QCOMPARE(o.id, OptString("312269865356374016"));
        QCOMPARE(o.clientOrderId, OptString("b15"));
        QCOMPARE(o.status, OptString("open"));
        QCOMPARE(o.amount, OptDecimal(dec("0.001")));
        QCOMPARE(o.filled, OptDecimal(dec("0.0005")));
        QCOMPARE(o.remaining, OptDecimal(dec("0.0005")));
        QCOMPARE(o.average, OptDecimal(dec("29990.5")));
        QCOMPARE(o.fee->cost, OptDecimal(dec("0.0000005")));
        QCOMPARE(o.fee->currency, OptString("BTC"));
        QCOMPARE(o.lastTradeTimestamp, OptInt(1700000001000));
        QVERIFY(!o.stopLossPrice);
        QCOMPARE(o.reduceOnly, OptBool(false));
    }
    {
        Fixture<> f(readFixture("orders-pending.json"));
        auto r = await<std::vector<Order>>([&](Callback<std::vector<Order>> done) {
            f.okx.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), done);
        });
        QVERIFY(r && r->ok());
        QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/trade/orders-pending"));
        const auto& orders = r->value();
        QCOMPARE(orders.size(), size_t(2));
        QCOMPARE(orders[0].type, OptString("limit"));
        QCOMPARE(orders[0].postOnly, OptBool(true));
        QVERIFY(!orders[0].clientOrderId); // "" is no client order id
        // A market buy in quote currency: sz is its cost, not its amount.
        QCOMPARE(orders[1].symbol, std::string("ETH/USDT"));
        QCOMPARE(orders[1].cost, OptDecimal(dec("100")));
        QVERIFY(!orders[1].amount);
    }
}

void TestOkx::parsesFills()
{
    Fixture<> f(readFixture("fills.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> done) {
        f.okx.fetchMyTrades("BTC/USDT", std::nullopt, std::nullopt, JsonValue::object(), done);
    });
    QVERIFY(r && r->ok());
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/trade/fills-history?instId=BTC-USDT&instType=SPOT"));
    const auto& t = r->value();
    QCOMPARE(t.size(), size_t(2));
    // Oldest first.
    QCOMPARE(t[0].id, OptString("124"));
    QCOMPARE(t[0].takerOrMaker, OptString("taker"));
    QCOMPARE(t[0].cost, OptDecimal(dec("6.002")));
    QCOMPARE(t[0].fee->cost, OptDecimal(dec("0.006")));
    QCOMPARE(t[1].takerOrMaker, OptString("maker"));
    QCOMPARE(t[1].order, OptString("312269865356374016"));
}

void TestOkx::parsesTransactions()
{
    {
        Fixture<> f(readFixture("deposits.json"));
        auto r = await<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> done) {
            f.okx.fetchDeposits("BTC", 1655251100000, std::nullopt, JsonValue::object(), done);
        });
        QVERIFY(r && r->ok());
        QCOMPARE(f.sent().url,
                 std::string("https://www.okx.com/api/v5/asset/deposit-history?ccy=BTC&before=1655251099999"));
        const Transaction& t = r->value().at(0);
        QCOMPARE(t.type, OptString("deposit"));
        QCOMPARE(t.id, OptString("88165462"));
        QCOMPARE(t.status, OptString("ok"));
        QCOMPARE(t.network, OptString("BTC"));
        QCOMPARE(t.amount, OptDecimal(dec("0.01044408")));
        QVERIFY(!t.addressFrom);
        QCOMPARE(t.fee->cost, OptDecimal(dec("0")));
    }
    {
        Fixture<> f(readFixture("withdrawals.json"));
        auto r = await<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> done) {
            f.okx.fetchWithdrawals("USDT", std::nullopt, std::nullopt, JsonValue::object(), done);
        });
        QVERIFY(r && r->ok());
        const Transaction& t = r->value().at(0);
        QCOMPARE(t.type, OptString("withdrawal"));
        QCOMPARE(t.id, OptString("15447421"));
        QCOMPARE(t.network, OptString("TRC20"));
        QCOMPARE(t.address, OptString("TEY6qjnKDyyq5jDc3DJizWLCdUySrpQ4yp"));
        QCOMPARE(t.tag, OptString("m1"));
        QCOMPARE(t.fee->cost, OptDecimal(dec("1")));
    }
}

void TestOkx::picksTheDepositAddress()
{
    Fixture<> f(readFixture("deposit-address.json"));
    auto r = await<DepositAddress>(
        [&](Callback<DepositAddress> done) { f.okx.fetchDepositAddress("BTC", JsonValue::object(), done); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.sent().url, std::string("https://www.okx.com/api/v5/asset/deposit-address?ccy=BTC"));
    // BTC on its own chain rather than the first chain listed.
    QCOMPARE(r->value().address, OptString("39XNxK1Ryqgg3Bsyn6HzoqV4Xji25pNkv6"));
    QCOMPARE(r->value().network, OptString("BTC"));
    auto missing = await<DepositAddress>([&](Callback<DepositAddress> done) {
        f.okx.fetchDepositAddress("BTC", params(R"({"network":"TRC20"})"), done);
    });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind(), ErrorKind::InvalidAddress);
}

void TestOkx::mapsErrorCodes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("insufficient funds") << QStringLiteral(R"({"code":"51008","msg":"Order failed.","data":[]})")
                                        << int(ErrorKind::InsufficientFunds);
    QTest::newRow("bad signature") << QStringLiteral(R"({"code":"50113","msg":"Invalid Sign","data":[]})")
                                   << int(ErrorKind::AuthenticationError);
    QTest::newRow("order not found") << QStringLiteral(R"({"code":"51603","msg":"Order does not exist","data":[]})")
                                     << int(ErrorKind::OrderNotFound);
    QTest::newRow("per-order code") << QStringLiteral(
        R"({"code":"1","msg":"","data":[{"ordId":"","sCode":"51119","sMsg":"Insufficient"}]})")
                                    << int(ErrorKind::InsufficientFunds);
    QTest::newRow("per-order message") << QStringLiteral(
        R"({"code":"1","msg":"","data":[{"sCode":"77777","sMsg":"Internal Server Error"}]})")
                                       << int(ErrorKind::ExchangeNotAvailable);
    QTest::newRow("rate limit") << QStringLiteral(R"({"code":"50011","msg":"Too Many Requests","data":[]})")
                                << int(ErrorKind::RateLimitExceeded);
    QTest::newRow("unknown code") << QStringLiteral(R"({"code":"99999","msg":"?","data":[]})")
                                  << int(ErrorKind::ExchangeError);
}

void TestOkx::mapsErrorCodes()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture<> f(body.toStdString());
    auto r = await<Order>([&](Callback<Order> done) {
        f.okx.createOrder("BTC/USDT", "limit", "buy", dec("0.001"), dec("30000"), JsonValue::object(), done);
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(int(r->error().kind()), kind);
}

void TestOkx::describesItself()
{
    Fixture<> f;
    const ExchangeDescription& d = f.okx.description();
    QVERIFY(d.requiredCredentials.password);
    QCOMPARE(d.supports("createOrder"), Support::Yes);
    QCOMPARE(d.supports("cancelAllOrders"), Support::No);
    QCOMPARE(d.timeframe("1h"), std::optional<std::string>("1H"));
    auto r = await<std::vector<Order>>(
        [&](Callback<std::vector<Order>> done) { f.okx.cancelAllOrders("BTC/USDT", JsonValue::object(), done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind(), ErrorKind::NotSupported);
    // Without a passphrase a private call is refused before anything is sent.
    Credentials noPassphrase;
    noPassphrase.apiKey = "key";
    noPassphrase.secret = "secretsecret";
    f.okx.setCredentials(noPassphrase);
    const size_t sentBefore = f.transport.requests().size();
    auto refused = await<Balance>([&](Callback<Balance> done) { f.okx.fetchBalance(JsonValue::object(), done); });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), ErrorKind::AuthenticationError);
    QCOMPARE(f.transport.requests().size(), sentBefore);
}

QTEST_GUILESS_MAIN(TestOkx)
#include "TestOkx.moc"
