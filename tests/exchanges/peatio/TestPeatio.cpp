// SPDX-License-Identifier: GPL-3.0-or-later
// The peatio family (acx, kuna; peatio's API v2 as the two ran it in 2019): the HMAC-SHA256 signature (peatio's
// documented vector, and ours checked with python's hmac and `openssl dgst -sha256 -hmac`), the sorted and signed
// query and form body, the order form at the market's decimals, the parsers on answers in the documented shapes,
// kuna's markets read off its tickers, the {"error":{"code":..}} answers as typed errors, and acx end to end: the
// adapter over real HTTP against a local server that plays acx's API v2 and checks every signature as peatio does.
#include "../common/AdapterFixture.h"
#include "FaultServer.h"
#include "core/QnamTransport.h"
#include "peatio/Peatio.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(PEATIO_FIXTURES_DIR);

template<typename Ex> struct Fixture : bourse::test::AdapterFixture<Ex>
{
    explicit Fixture(const char* member, std::string body = "{}", int status = 200)
        : bourse::test::AdapterFixture<Ex>(kFixtures + QLatin1Char('/') + QLatin1String(member), std::move(body),
                                           status)
    {
        // Replayed answers need no second between them.
        this->exchange.throttler().setRateLimit(1);
    }
};

struct AcxFixture : Fixture<Acx>
{
    explicit AcxFixture(std::string body = "{}", int status = 200)
        : Fixture<Acx>("acx", std::move(body), status)
    {
    }
};

struct KunaFixture : Fixture<Kuna>
{
    explicit KunaFixture(std::string body = "{}", int status = 200)
        : Fixture<Kuna>("kuna", std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

// A small acx on 127.0.0.1: the API v2 paths the adapter uses, orders kept in memory, and every private call
// checked the way peatio's APIv2::Auth::Authenticator checks it: the key, a tonce within 30 s and not used
// before, the parameters sorted, and the signature over "METHOD|path|parameters before &signature=".
struct AcxVenue
{
    bourse::test::FaultServer& server;
    QMap<qint64, QJsonObject> orders;
    QStringList refused;
    QList<qint64> tonces;
    qint64 nextId = 100;

    explicit AcxVenue(bourse::test::FaultServer& s)
        : server(s)
    {
        using bourse::test::FaultReply;
        using bourse::test::FaultRequest;
        server.route("GET", "/api/v2/markets.json",
                     FaultReply::with(200,
                                      R"([{"id":"btcaud","name":"BTC/AUD","base_unit":"btc","quote_unit":"aud"},)"
                                      R"({"id":"ethbtc","name":"ETH/BTC","base_unit":"eth","quote_unit":"btc"}])"));
        server.route("POST", "/api/v2/orders.json", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r)) {
                return *denied;
            }
            QJsonObject o;
            o[QStringLiteral("id")] = ++nextId;
            for (const char* field : {"side", "ord_type", "price", "market", "volume"}) {
                o[QLatin1String(field)] = r.param(QLatin1String(field));
            }
            o[QStringLiteral("avg_price")] = QStringLiteral("0.0");
            o[QStringLiteral("state")] = QStringLiteral("wait");
            o[QStringLiteral("created_at")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            o[QStringLiteral("remaining_volume")] = o[QStringLiteral("volume")];
            o[QStringLiteral("executed_volume")] = QStringLiteral("0.0");
            o[QStringLiteral("trades_count")] = 0;
            orders.insert(nextId, o);
            return json(201, o);
        });
        server.route("POST", "/api/v2/order/delete.json", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r)) {
                return *denied;
            }
            const qint64 id = r.param(QStringLiteral("id")).toLongLong();
            if (!orders.contains(id)) {
                return error(404, 2004, "Order#" + QByteArray::number(id) + " doesn't exist.");
            }
            if (orders[id][QStringLiteral("state")] != QStringLiteral("wait")) {
                return error(400, 2003, "Failed to cancel order. Reason: the order is not open");
            }
            // Peatio queues the cancel and answers the order as it stood.
            const QJsonObject before = orders[id];
            orders[id][QStringLiteral("state")] = QStringLiteral("cancel");
            return json(200, before);
        });
        server.route("GET", "/api/v2/order.json", [this](const FaultRequest& r) {
            if (auto denied = authenticate(r)) {
                return *denied;
            }
            const qint64 id = r.param(QStringLiteral("id")).toLongLong();
            return orders.contains(id) ? json(200, orders[id]) : error(404, 2004, "Order doesn't exist.");
        });
    }

    static bourse::test::FaultReply json(int status, const QJsonObject& o)
    {
        return bourse::test::FaultReply::with(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static bourse::test::FaultReply error(int status, int code, const QByteArray& message)
    {
        return bourse::test::FaultReply::with(
            status, R"({"error":{"code":)" + QByteArray::number(code) + R"(,"message":")" + message + R"("}})");
    }

    std::optional<bourse::test::FaultReply> authenticate(const bourse::test::FaultRequest& r)
    {
        const QByteArray fields = r.method == "GET" ? r.query.query(QUrl::FullyEncoded).toLatin1() : r.body;
        const qsizetype at = fields.indexOf("&signature=");
        const QByteArray payload = at < 0 ? fields : fields.left(at);
        const QByteArray signature = at < 0 ? QByteArray() : fields.mid(at + 11);
        QByteArrayList names;
        for (const QByteArray& pair : payload.split('&')) {
            names.append(pair.left(pair.indexOf('=')));
        }
        QByteArrayList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        const qint64 tonce = r.param(QStringLiteral("tonce")).toLongLong();
        const QByteArray expected = QMessageAuthenticationCode::hash(r.method + "|" + r.path + "|" + payload,
                                                                     "secretsecret", QCryptographicHash::Sha256)
                                        .toHex();
        QString why;
        if (r.param(QStringLiteral("access_key")) != QStringLiteral("key")) {
            why = QStringLiteral("unknown access key");
        } else if (names != sorted) {
            why = QStringLiteral("parameters not sorted: ") + QString::fromLatin1(payload);
        } else if (tonces.contains(tonce)) {
            why = QStringLiteral("tonce used");
        } else if (qAbs(tonce - QDateTime::currentMSecsSinceEpoch()) > 30000) {
            why = QStringLiteral("tonce out of range");
        } else if (signature != expected) {
            why = QStringLiteral("signature incorrect");
        }
        tonces.append(tonce);
        if (why.isEmpty()) {
            return std::nullopt;
        }
        refused.append(why);
        return error(401, 2005, why.toLatin1());
    }
};

} // namespace

class TestPeatio : public QObject
{
    Q_OBJECT

private slots:
    void signsAsPeatioDocuments();
    void signsAGetInItsQuery();
    void sendsALimitOrderAtTheMarketsDecimals();
    void sendsNoPriceWithAMarketOrder();
    void describesTheTwoMembers();
    void parsesAcxMarkets();
    void readsKunaMarketsOffItsTickers();
    void parsesATicker();
    void parsesTickers();
    void parsesAnOrderBook();
    void parsesTradesOldestFirst();
    void parsesCandles();
    void parsesABalance();
    void parsesAnOrder();
    void kunaListsOpenOrdersAndOwnTradesOfOneMarket();
    void acxHasNoOrderLists();
    void cancellingADoneOrderIsOrderNotFound();
    void mapsErrors_data();
    void mapsErrors();
    void placesAndCancelsOverHttp();
};

void TestPeatio::signsAsPeatioDocuments()
{
    // peatio's doc/api/v2 authentication example: secret "yyy", GET /api/v2/markets with foo=bar.
    QCOMPARE(peatioSignature("yyy", "GET", "/api/v2/markets", "access_key=xxx&foo=bar&tonce=123456789"),
             std::string("e324059be4491ed8e528aa7b8735af1e96547fbec96db962d51feb7bf1b64dee"));
    // The parameters are sorted with the key and tonce among them.
    QCOMPARE(peatioQuery(jsonParams(R"({"volume":"0.1","market":"btcaud","side":"sell","ord_type":"market"})"), "key",
                         1550000000000),
             std::string("access_key=key&market=btcaud&ord_type=market&side=sell&tonce=1550000000000&volume=0.1"));
}

void TestPeatio::signsAGetInItsQuery()
{
    KunaFixture f(fixture("my_trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/UAH", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("GET"));
    // python3: hmac.new(b'secretsecret', b'GET|/api/v2/trades/my.json|access_key=key&market=btcuah&tonce=
    // 1700000000000', hashlib.sha256).hexdigest()
    QCOMPARE(f.sent().url,
             std::string("https://kuna.io/api/v2/trades/my.json?access_key=key&market=btcuah"
                         "&tonce=1700000000000&signature="
                         "476125945ba00f69dd1e51e91f2efa7f4fd5f400392b36e0952ba76322ca2a26"));
    QCOMPARE(f.sent().body, std::string());
}

void TestPeatio::sendsALimitOrderAtTheMarketsDecimals()
{
    AcxFixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "limit", "sell", dec("0.123456789"), dec("5500.123456789"),
                               JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/orders.json"));
    QCOMPARE(f.header("Content-Type"), std::optional<std::string>("application/x-www-form-urlencoded"));
    // Amounts truncate and prices round to acx's 8 decimals. echo -n 'POST|/api/v2/orders.json|access_key=key&
    // market=btcaud&ord_type=limit&price=5500.12345679&side=sell&tonce=1700000000000&volume=0.12345678' |
    // openssl dgst -sha256 -hmac secretsecret
    QCOMPARE(f.sent().body,
             std::string("access_key=key&market=btcaud&ord_type=limit&price=5500.12345679&side=sell"
                         "&tonce=1700000000000&volume=0.12345678&signature="
                         "09eb39500f3548424f0bf9dab383d3c5f98b7320c643d671f6f9f8fc2472fbe7"));
    QCOMPARE(r.value().id, OptString("7"));
    // A second request in the same millisecond takes the next tonce: peatio accepts each once.
    auto again = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "limit", "sell", dec("0.1"), dec("5500"), JsonValue::object(), cb);
    });
    QVERIFY(again.ok());
    QVERIFY(f.sent().body.find("&tonce=1700000000001&") != std::string::npos);
    // Kuna's hryvnia prices are whole.
    KunaFixture k(fixture("order.json"));
    auto uah = k.run<Order>([&](Callback<Order> cb) {
        k.exchange.createOrder("BTC/UAH", "limit", "buy", dec("0.1"), dec("98000.7"), JsonValue::object(), cb);
    });
    QVERIFY(uah.ok());
    QVERIFY(k.sent().body.find("&price=98001&") != std::string::npos);
}

void TestPeatio::sendsNoPriceWithAMarketOrder()
{
    KunaFixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/UAH", "market", "buy", dec("0.1"), dec("98000"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // The 2019 conformance vector (kuna.request.createOrder.btc-uah-market-buy-with-price) at its clock.
    KunaFixture at2019(fixture("order.json"));
    at2019.clock.fixAt(1550000000000);
    auto s = at2019.run<Order>([&](Callback<Order> cb) {
        at2019.exchange.createOrder("BTC/UAH", "market", "buy", dec("0.1"), dec("98000"), JsonValue::object(), cb);
    });
    QVERIFY(s.ok());
    QCOMPARE(at2019.sent().body,
             std::string("access_key=key&market=btcuah&ord_type=market&side=buy&tonce=1550000000000&volume=0.1"
                         "&signature=c3533eed99c6e1376ea1e50091f25739a0e8c3e7856dfccfbf551e1dff73c16c"));
    auto noPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/UAH", "limit", "buy", dec("0.1"), std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!noPrice.ok());
    QCOMPARE(noPrice.error().kind(), ErrorKind::ArgumentsRequired);
    auto stop = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/UAH", "stop", "buy", dec("0.1"), dec("98000"), JsonValue::object(), cb);
    });
    QVERIFY(!stop.ok());
    QCOMPARE(stop.error().kind(), ErrorKind::InvalidOrder);
}

void TestPeatio::describesTheTwoMembers()
{
    AcxFixture acx;
    KunaFixture kuna;
    const auto& a = acx.exchange.description();
    const auto& k = kuna.exchange.description();
    QCOMPARE(a.id, std::string("acx"));
    QCOMPARE(k.id, std::string("kuna"));
    QCOMPARE(a.api.at("private"), std::string("https://acx.io"));
    QCOMPARE(k.api.at("public"), std::string("https://kuna.io"));
    QCOMPARE(a.supports("fetchOHLCV"), Support::Yes);
    QCOMPARE(a.supports("fetchOpenOrders"), Support::No);
    QCOMPARE(a.supports("fetchMyTrades"), Support::No);
    QCOMPARE(k.supports("fetchOpenOrders"), Support::Yes);
    QCOMPARE(k.supports("fetchMyTrades"), Support::Yes);
    QCOMPARE(k.supports("fetchClosedOrders"), Support::No);
    QCOMPARE(a.tradingFees.taker, dec("0.002"));
    QCOMPARE(k.tradingFees.taker, dec("0.0025"));
    QCOMPARE(a.precisionMode, CountingMode::DecimalPlaces);
    QCOMPARE(a.timeframe("1h"), std::optional<std::string>("60"));
    QCOMPARE(a.timeframe("1w"), std::optional<std::string>("10080"));
}

void TestPeatio::parsesAcxMarkets()
{
    AcxFixture f(fixture("acx_markets.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/markets.json"));
    QCOMPARE(r.value().size(), size_t(2));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.id, std::string("btcaud"));
    QCOMPARE(btc.symbol, std::string("BTC/AUD"));
    QCOMPARE(btc.baseId, std::string("btc"));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("8")));
    QCOMPARE(btc.precision.price, OptDecimal(dec("8")));
    // Without base_unit and quote_unit, the name gives them.
    QCOMPARE(r.value()[1].symbol, std::string("ETH/BTC"));
    QCOMPARE(r.value()[1].quoteId, std::string("btc"));
}

void TestPeatio::readsKunaMarketsOffItsTickers()
{
    KunaFixture f(fixture("kuna_tickers.json"));
    auto r = f.run<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.exchange.fetchMarkets(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://kuna.io/api/v2/tickers.json"));
    // "xyz" ends in no known quote.
    QCOMPARE(r.value().size(), size_t(3));
    const Market& btc = r.value()[0];
    QCOMPARE(btc.symbol, std::string("BTC/UAH"));
    QCOMPARE(btc.precision.price, OptDecimal(dec("0")));
    QCOMPARE(btc.precision.amount, OptDecimal(dec("6")));
    QCOMPARE(btc.limits.amount.min, OptDecimal(dec("0.000001")));
    QCOMPARE(btc.limits.amount.max, OptDecimal(dec("1000000")));
    QCOMPARE(btc.limits.price.min, OptDecimal(dec("1")));
    QCOMPARE(r.value()[1].symbol, std::string("ETH/BTC"));
    QCOMPARE(r.value()[1].precision.price, OptDecimal(dec("6")));
    // GBG is a quote too, but not at the start of an id: gbguah is GBG over UAH.
    QCOMPARE(r.value()[2].symbol, std::string("GBG/UAH"));
}

void TestPeatio::parsesATicker()
{
    AcxFixture f(fixture("ticker.json"));
    auto r = f.run<Ticker>([&](Callback<Ticker> cb) { f.exchange.fetchTicker("BTC/AUD", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/tickers/btcaud.json"));
    const Ticker& t = r.value();
    QCOMPARE(t.symbol, std::string("BTC/AUD"));
    QCOMPARE(t.timestamp, OptInt(1550000000000));
    QCOMPARE(t.bid, OptDecimal(dec("5000.1")));
    QCOMPARE(t.ask, OptDecimal(dec("5010.9")));
    QCOMPARE(t.open, OptDecimal(dec("4990")));
    QCOMPARE(t.last, OptDecimal(dec("5005.5")));
    QCOMPARE(t.close, OptDecimal(dec("5005.5")));
    QCOMPARE(t.change, OptDecimal(dec("15.5")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("12.3456")));
}

void TestPeatio::parsesTickers()
{
    KunaFixture f(fixture("kuna_tickers.json"));
    auto all = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({}, JsonValue::object(), cb); });
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), size_t(4));
    // An id the markets do not know reads as its first three letters over the next three.
    QCOMPARE(all.value()[2].symbol, std::string("GBG/UAH"));
    auto some = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"ETH/BTC"}, JsonValue::object(), cb); });
    QVERIFY(some.ok());
    QCOMPARE(some.value().size(), size_t(1));
    QCOMPARE(some.value()[0].bid, OptDecimal(dec("0.0345")));
    auto unknown = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"DOGE/UAH"}, JsonValue::object(), cb); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind(), ErrorKind::BadSymbol);
}

void TestPeatio::parsesAnOrderBook()
{
    AcxFixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/AUD", 20, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/depth.json?market=btcaud&limit=20"));
    const OrderBook& book = r.value();
    QCOMPARE(book.timestamp, OptInt(1550000000000));
    // Peatio sorts both sides highest first: the asks come back lowest first.
    QCOMPARE(book.asks.size(), size_t(3));
    QCOMPARE(book.asks[0].price, dec("5010.9"));
    QCOMPARE(book.asks[2].price, dec("5030"));
    QCOMPARE(book.bids[0].price, dec("5000.1"));
    QCOMPARE(book.bids[1].amount, dec("2"));
}

void TestPeatio::parsesTradesOldestFirst()
{
    AcxFixture f(fixture("trades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/AUD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/trades.json?market=btcaud"));
    QCOMPARE(r.value().size(), size_t(2));
    const Trade& first = r.value()[0];
    QCOMPARE(first.id, OptString("1001"));
    QCOMPARE(first.timestamp, OptInt(1549999740000));
    QCOMPARE(first.side, OptString("sell"));
    QCOMPARE(first.amount, OptDecimal(dec("0.1")));
    QCOMPARE(first.cost, OptDecimal(dec("500")));
    QCOMPARE(r.value()[1].side, OptString("buy"));
    // since and limit are applied to the answer; the request stays as 2019 sent it.
    auto later = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchTrades("BTC/AUD", 1549999780000, 10, JsonValue::object(), cb);
    });
    QVERIFY(later.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/trades.json?market=btcaud"));
    QCOMPARE(later.value().size(), size_t(1));
    QCOMPARE(later.value()[0].id, OptString("1002"));
}

void TestPeatio::parsesCandles()
{
    AcxFixture f(fixture("k.json"));
    auto r = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/AUD", "1h", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://acx.io/api/v2/k.json?market=btcaud&period=60&limit=500"));
    QCOMPARE(r.value().size(), size_t(3));
    QCOMPARE(r.value()[0].timestamp, 1549987200000LL);
    QCOMPARE(r.value()[0].open, OptDecimal(dec("5000.0")));
    QCOMPARE(r.value()[1].high, OptDecimal(dec("5020.0")));
    QCOMPARE(r.value()[2].volume, OptDecimal(dec("0.5")));
    auto paged = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/AUD", "1d", 1549990000000, 2, JsonValue::object(), cb);
    });
    QVERIFY(paged.ok());
    QCOMPARE(f.sent().url,
             std::string("https://acx.io/api/v2/k.json?market=btcaud&period=1440&limit=2&timestamp=1549990000000"));
    QCOMPARE(paged.value().size(), size_t(2));
    QCOMPARE(paged.value()[0].timestamp, 1549990800000LL);
    auto bad = f.run<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.exchange.fetchOHLCV("BTC/AUD", "6h", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), ErrorKind::BadRequest);
}

void TestPeatio::parsesABalance()
{
    AcxFixture f(fixture("members_me.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    // echo -n 'GET|/api/v2/members/me.json|access_key=key&tonce=1700000000000' | openssl dgst -sha256 -hmac
    // secretsecret
    QCOMPARE(f.sent().url,
             std::string("https://acx.io/api/v2/members/me.json?access_key=key&tonce=1700000000000"
                         "&signature=8e17d71918d017240563a28e3e605a6b690d32176f263f9b6bc5dfe7aff503a1"));
    const auto& aud = r.value().currencies.at("AUD");
    QCOMPARE(aud.free, OptDecimal(dec("1000.5")));
    QCOMPARE(aud.used, OptDecimal(dec("200")));
    QCOMPARE(aud.total, OptDecimal(dec("1200.5")));
    QCOMPARE(r.value().currencies.at("BTC").total, OptDecimal(dec("0.6")));
}

void TestPeatio::parsesAnOrder()
{
    AcxFixture f(fixture("order.json"));
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.fetchOrder("7", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.starts_with("https://acx.io/api/v2/order.json?access_key=key&id=7&tonce=1700000000000"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("7"));
    QCOMPARE(o.symbol, std::string("BTC/AUD"));
    QCOMPARE(o.status, OptString("open"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("sell"));
    QCOMPARE(o.price, OptDecimal(dec("5500")));
    QCOMPARE(o.amount, OptDecimal(dec("0.1")));
    QCOMPARE(o.filled, OptDecimal(dec("0.04")));
    QCOMPARE(o.remaining, OptDecimal(dec("0.06")));
    QCOMPARE(o.average, OptDecimal(dec("5500")));
    QCOMPARE(o.cost, OptDecimal(dec("220")));
    QCOMPARE(o.timestamp, OptInt(1550000000000));
}

void TestPeatio::kunaListsOpenOrdersAndOwnTradesOfOneMarket()
{
    KunaFixture f(fixture("orders.json"));
    auto r = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/UAH", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QVERIFY(f.sent().url.starts_with("https://kuna.io/api/v2/orders.json?access_key=key&market=btcuah&tonce="));
    QCOMPARE(r.value().size(), size_t(2));
    // Oldest first; created_at carries kuna's +02:00.
    QCOMPARE(r.value()[0].id, OptString("3002"));
    QCOMPARE(r.value()[0].timestamp, OptInt(1549999200000));
    QCOMPARE(r.value()[0].status, OptString("open"));
    QCOMPARE(r.value()[0].average, std::nullopt);
    QCOMPARE(r.value()[1].side, OptString("buy"));
    auto noSymbol = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!noSymbol.ok());
    QCOMPARE(noSymbol.error().kind(), ErrorKind::ArgumentsRequired);

    KunaFixture t(fixture("my_trades.json"));
    auto trades = t.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        t.exchange.fetchMyTrades("BTC/UAH", 1549990000000, 1, JsonValue::object(), cb);
    });
    QVERIFY(trades.ok());
    // The 2019 request carries the market only; since and limit cut the answer.
    QVERIFY(t.sent().url.find("since") == std::string::npos);
    QCOMPARE(trades.value().size(), size_t(1));
    const Trade& own = trades.value()[0];
    QCOMPARE(own.id, OptString("2001"));
    QCOMPARE(own.order, OptString("3001"));
    QCOMPARE(own.side, OptString("sell"));
    QCOMPARE(own.timestamp, OptInt(1549999800000));
    QCOMPARE(own.symbol, std::string("BTC/UAH"));
}

void TestPeatio::acxHasNoOrderLists()
{
    AcxFixture f;
    auto open = f.run<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
        f.exchange.fetchOpenOrders("BTC/AUD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!open.ok());
    QCOMPARE(open.error().kind(), ErrorKind::NotSupported);
    auto mine = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("BTC/AUD", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().kind(), ErrorKind::NotSupported);
    QVERIFY(f.transport.requests().empty());
}

void TestPeatio::cancellingADoneOrderIsOrderNotFound()
{
    AcxFixture f(R"({"id":7,"side":"sell","ord_type":"limit","price":"5500.0","state":"done","market":"btcaud",)"
                 R"("created_at":"2019-02-12T19:33:20Z","volume":"0.1","remaining_volume":"0.0",)"
                 R"("executed_volume":"0.1"})");
    auto r = f.run<Order>([&](Callback<Order> cb) { f.exchange.cancelOrder("7", "BTC/AUD", JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ErrorKind::OrderNotFound);
    // echo -n 'POST|/api/v2/order/delete.json|access_key=key&id=7&tonce=1700000000000' | openssl dgst -sha256
    // -hmac secretsecret
    QCOMPARE(f.sent().body,
             std::string("access_key=key&id=7&tonce=1700000000000&signature="
                         "d61656ff0f095e9ca38873286767583e68788db33da850f493c3a061dc3492f3"));
}

void TestPeatio::mapsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    auto row = [](const char* name, int status, const char* body, ErrorKind kind) {
        QTest::newRow(name) << status << QString::fromLatin1(body) << static_cast<int>(kind);
    };
    row("cannot lock funds", 400,
        R"x({"error":{"code":2002,"message":"Failed to create order. Reason: cannot lock funds (amount: 0.1)"}})x",
        ErrorKind::InsufficientFunds);
    row("cancel failed", 400, R"({"error":{"code":2003,"message":"Failed to cancel order. Reason: x"}})",
        ErrorKind::OrderNotFound);
    row("no such order", 404, R"({"error":{"code":2004,"message":"Order#123 doesn't exist."}})",
        ErrorKind::OrderNotFound);
    row("bad signature", 401, R"({"error":{"code":2005,"message":"Signature abc is incorrect."}})",
        ErrorKind::AuthenticationError);
    row("tonce used", 401, R"({"error":{"code":2006,"message":"The tonce 1 has already been used by access key."}})",
        ErrorKind::InvalidNonce);
    row("tonce invalid", 401, R"({"error":{"code":2007,"message":"The tonce 1 is invalid."}})",
        ErrorKind::InvalidNonce);
    row("unknown key", 401, R"({"error":{"code":2008,"message":"The access key key does not exist."}})",
        ErrorKind::AuthenticationError);
    row("out of scope", 401, R"({"error":{"code":2011,"message":"Requested API is out of access key scopes."}})",
        ErrorKind::PermissionDenied);
    row("bad parameter", 400, R"({"error":{"code":1001,"message":"market does not have a valid value"}})",
        ErrorKind::BadRequest);
    row("unmapped code in a 200", 200, R"({"error":{"code":2999,"message":"something else"}})",
        ErrorKind::ExchangeError);
}

void TestPeatio::mapsErrors()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(int, kind);
    AcxFixture f(body.toStdString(), status);
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("BTC/AUD", "limit", "buy", dec("0.1"), dec("5000"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(static_cast<int>(r.error().kind()), kind);
}

void TestPeatio::placesAndCancelsOverHttp()
{
    bourse::test::FaultServer server;
    AcxVenue venue(server);
    QnamTransport transport;
    Clock clock;
    Acx acx(transport, clock);
    ExchangeOptions o;
    o.apiUrl = server.origin();
    o.timeoutMs = 5000;
    acx.setOptions(o);
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    acx.setCredentials(c);
    // acx asks for a second between requests; the five here need not take five seconds.
    acx.throttler().setRateLimit(50);

    // The markets load first, from the venue's markets.json.
    auto placed = bourse::test::await<Order>(
        [&](Callback<Order> cb) {
            acx.createOrder("BTC/AUD", "limit", "buy", dec("0.1"), dec("5000.123456789"), JsonValue::object(), cb);
        },
        15000);
    QVERIFY(placed && placed->ok());
    QCOMPARE(venue.refused, QStringList());
    QCOMPARE(server.requestsTo("GET", "/api/v2/markets.json").size(), 1);
    const auto sent = server.requestsTo("POST", "/api/v2/orders.json");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].param(QStringLiteral("market")), QStringLiteral("btcaud"));
    QCOMPARE(sent[0].param(QStringLiteral("side")), QStringLiteral("buy"));
    QCOMPARE(sent[0].param(QStringLiteral("ord_type")), QStringLiteral("limit"));
    QCOMPARE(sent[0].param(QStringLiteral("volume")), QStringLiteral("0.1"));
    QCOMPARE(sent[0].param(QStringLiteral("price")), QStringLiteral("5000.12345679"));
    QVERIFY(sent[0].body.contains("&signature="));
    const Order& order = placed->value();
    QCOMPARE(order.id, OptString("101"));
    QCOMPARE(order.symbol, std::string("BTC/AUD"));
    QCOMPARE(order.status, OptString("open"));
    QCOMPARE(order.price, OptDecimal(dec("5000.12345679")));
    QCOMPARE(order.remaining, OptDecimal(dec("0.1")));

    auto cancelled = bourse::test::await<Order>(
        [&](Callback<Order> cb) { acx.cancelOrder("101", "BTC/AUD", JsonValue::object(), cb); }, 15000);
    QVERIFY(cancelled && cancelled->ok());
    QCOMPARE(venue.refused, QStringList());
    const auto deletes = server.requestsTo("POST", "/api/v2/order/delete.json");
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes[0].param(QStringLiteral("id")), QStringLiteral("101"));
    QCOMPARE(venue.orders[101][QStringLiteral("state")].toString(), QStringLiteral("cancel"));

    auto fetched = bourse::test::await<Order>(
        [&](Callback<Order> cb) { acx.fetchOrder("101", "BTC/AUD", JsonValue::object(), cb); }, 15000);
    QVERIFY(fetched && fetched->ok());
    QCOMPARE(fetched->value().status, OptString("canceled"));

    // Once more: the venue refuses with 2003, which arrives typed.
    auto again = bourse::test::await<Order>(
        [&](Callback<Order> cb) { acx.cancelOrder("101", "BTC/AUD", JsonValue::object(), cb); }, 15000);
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind(), ErrorKind::OrderNotFound);
    QCOMPARE(venue.refused, QStringList());
    // Every private call had a tonce of its own, rising.
    QCOMPARE(venue.tonces.size(), 4);
    for (qsizetype i = 1; i < venue.tonces.size(); ++i) {
        QVERIFY(venue.tonces[i] > venue.tonces[i - 1]);
    }
}

QTEST_GUILESS_MAIN(TestPeatio)
#include "TestPeatio.moc"
