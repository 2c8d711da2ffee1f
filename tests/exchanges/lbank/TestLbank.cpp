// SPDX-License-Identifier: GPL-3.0-or-later
// The lbank adapter: its two signatures (HMAC-SHA256 and SHA256withRSA over the upper-case MD5 of the sorted
// parameters, checked against python3's hashlib/hmac and `openssl dgst -sha256 -sign`), the order forms, the
// parsers on LBank's documented payloads, and its {"result":"false","error_code":...} answers.
#include "../common/AdapterFixture.h"
#include "core/Signing.h"
#include "lbank/Lbank.h"

#include <QTest>

using namespace bourse::ex;
using bourse::test::dec;
using bourse::test::jsonParams;

namespace {

const QString kFixtures = QStringLiteral(LBANK_FIXTURES_DIR);

struct Fixture : bourse::test::AdapterFixture<Lbank>
{
    explicit Fixture(std::string body = R"({"result":"true","data":{},"error_code":0})", int status = 200)
        : AdapterFixture(kFixtures, std::move(body), status)
    {
    }
};

std::string fixture(const char* name)
{
    return bourse::test::readFixtureFile(kFixtures, name);
}

// The form body as key -> value.
std::map<std::string, std::string> formOf(const std::string& body)
{
    std::map<std::string, std::string> out;
    size_t start = 0;
    while (start <= body.size()) {
        size_t end = body.find('&', start);
        if (end == std::string::npos) {
            end = body.size();
        }
        std::string pair = body.substr(start, end - start);
        auto eq = pair.find('=');
        out[pair.substr(0, eq)] = signing::percentDecode(pair.substr(eq + 1));
        start = end + 1;
    }
    return out;
}

const std::vector<std::pair<std::string, std::string>> kLimitSell = {
    {"amount", "145"}, {"api_key", "key"}, {"price", "0.015"}, {"symbol", "lbk_usdt"}, {"type", "sell"}};
const std::string kEchostr = "abcdefghijklmnopqrstuvwxyz0123456789ab";

} // namespace

class TestLbank : public QObject
{
    Q_OBJECT

private slots:
    void signsWithHmac();
    void signsWithRsa();
    void sendsASignedLimitOrderForm();
    void buysAtMarketByCostOrAmountTimesPrice();
    void parsesTickers();
    void parsesTheOrderBookBestFirst();
    void parsesAPostOnlyOrder();
    void parsesTheBalance();
    void parsesMyTradesWithFees();
    void mapsErrors_data();
    void mapsErrors();
};

void TestLbank::signsWithHmac()
{
    // python3: raw = "amount=145&api_key=key&echostr=abc...ab&price=0.015&signature_method=HmacSHA256&
    // symbol=lbk_usdt&timestamp=1700000000000&type=sell"; md5(raw).hexdigest().upper() = C808F7757FD6883F...;
    // hmac.new(b"secretsecret", that, sha256).hexdigest()
    LbankSignature s = lbankSign(kLimitSell, "secretsecret", 1700000000000, kEchostr);
    QCOMPARE(s.signatureMethod, std::string("HmacSHA256"));
    QCOMPARE(s.timestamp, std::string("1700000000000"));
    QCOMPARE(s.sign, std::string("96b32c3bca08dc9366a41826a94b946d75ea92a84b16cc8efb212a7f7b47cc13"));
    // The order the parameters come in does not matter: they are sorted before signing.
    auto shuffled = kLimitSell;
    std::reverse(shuffled.begin(), shuffled.end());
    QCOMPARE(lbankSign(shuffled, "secretsecret", 1700000000000, kEchostr).sign, s.sign);
}

void TestLbank::signsWithRsa()
{
    // A 1024-bit test key (openssl genpkey), as LBank hands it out: bare base64 PKCS#8. The expected value is
    // printf %s 2BC59899A8F105CF3B4EA66E28A8B836 | openssl dgst -sha256 -sign key.pem | base64, that hex being
    // the upper-case MD5 of the same text with signature_method=RSA.
    std::string key = fixture("rsa_key.txt");
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) {
        key.pop_back();
    }
    LbankSignature s = lbankSign(kLimitSell, key, 1700000000000, kEchostr);
    QCOMPARE(s.signatureMethod, std::string("RSA"));
    QCOMPARE(s.sign,
             std::string("Sq2o9/3IzZO0wchz+9fuhkkcdCIc6iYlMDkWtJYOPtRGmGxmkrzh5W2VzrQ1PUpJ+FzUa5cAgDxGwNocZf95Jw"
                         "fO3VxAvbVqFjiCp9F0TLI4sCiJQbWNGondO4Hdkc00qFaoIFoPeUe95E4YhChEPAN/zqdtzjxXWJNcYcDEP9U="));
    // A long secret that is no key is refused, not sent unsigned.
    bool refused = false;
    try {
        lbankSign(kLimitSell, std::string(40, 'x'), 1700000000000, kEchostr);
    } catch (const Error& e) {
        refused = e.kind() == ErrorKind::AuthenticationError;
    }
    QVERIFY(refused);
}

void TestLbank::sendsASignedLimitOrderForm()
{
    Fixture f(R"({"result":true,"data":{"symbol":"lbk_usdt","order_id":"0cf8a3de"},"error_code":0,"ts":1})");
    auto r = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "limit", "sell", dec("145"), dec("0.015"), JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, OptString("0cf8a3de"));
    QCOMPARE(r.value().symbol, std::string("LBK/USDT"));
    QCOMPARE(f.sent().method, std::string("POST"));
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/supplement/create_order.do"));
    QCOMPARE(f.header("signature_method"), std::optional<std::string>("HmacSHA256"));
    QCOMPARE(f.header("timestamp"), std::optional<std::string>("1700000000000"));
    const std::string echostr = f.header("echostr").value_or("");
    QCOMPARE(echostr.size(), size_t(38));
    // The form carries the sorted parameters and the signature of them with the headers' echostr.
    const std::string sign = lbankSign(kLimitSell, "secretsecret", 1700000000000, echostr).sign;
    QCOMPARE(f.sent().body, "amount=145&api_key=key&price=0.015&sign=" + sign + "&symbol=lbk_usdt&type=sell");

    // Time in force rides in the order type; the client id is custom_id.
    auto ioc = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "limit", "buy", dec("10.7"), dec("0.0123456"),
                               jsonParams(R"({"timeInForce":"ioc","clientOrderId":"c1"})"), cb);
    });
    QVERIFY(ioc.ok());
    auto form = formOf(f.sent().body);
    QCOMPARE(form["type"], std::string("buy_ioc"));
    QCOMPARE(form["amount"], std::string("10"));
    QCOMPARE(form["price"], std::string("0.01235"));
    QCOMPARE(form["custom_id"], std::string("c1"));
    QVERIFY(!form.count("timeInForce") && !form.count("clientOrderId"));
    // A market order is never post-only.
    auto refused = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "market", "sell", dec("1"), std::nullopt, jsonParams(R"({"postOnly":true})"),
                               cb);
    });
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidOrder);
}

void TestLbank::buysAtMarketByCostOrAmountTimesPrice()
{
    Fixture f(R"({"result":true,"data":{"symbol":"lbk_usdt","order_id":"x"},"error_code":0})");
    auto byPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "market", "buy", dec("2"), dec("0.01376"), JsonValue::object(), cb);
    });
    QVERIFY(byPrice.ok());
    auto form = formOf(f.sent().body);
    QCOMPARE(form["type"], std::string("buy_market"));
    QCOMPARE(form["price"], std::string("0.02752"));
    QVERIFY(!form.count("amount"));
    auto byCost = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "market", "buy", dec("0"), std::nullopt, jsonParams(R"({"cost":2})"), cb);
    });
    QVERIFY(byCost.ok());
    form = formOf(f.sent().body);
    QCOMPARE(form["price"], std::string("2"));
    QVERIFY(!form.count("cost"));
    auto noPrice = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.createOrder("LBK/USDT", "market", "buy", dec("2"), std::nullopt, JsonValue::object(), cb);
    });
    QCOMPARE(noPrice.error().kind(), ErrorKind::InvalidOrder);
}

void TestLbank::parsesTickers()
{
    Fixture f(fixture("tickers.json"));
    auto r = f.run<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.exchange.fetchTickers({"BTC/USDT"}, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/ticker/24hr.do?symbol=all"));
    QCOMPARE(r.value().size(), size_t(1));
    const Ticker& t = r.value()[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(t.timestamp, OptInt(1692064274908));
    QCOMPARE(t.last, OptDecimal(dec("29405.98")));
    QCOMPARE(t.high, OptDecimal(dec("29695.57")));
    QCOMPARE(t.percentage, OptDecimal(dec("0.58")));
    QCOMPARE(t.baseVolume, OptDecimal(dec("6890.2789")));
    QCOMPARE(t.quoteVolume, OptDecimal(dec("202769821.06")));
}

void TestLbank::parsesTheOrderBookBestFirst()
{
    Fixture f(fixture("depth.json"));
    auto r = f.run<OrderBook>(
        [&](Callback<OrderBook> cb) { f.exchange.fetchOrderBook("BTC/USDT", std::nullopt, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/depth.do?size=60&symbol=btc_usdt"));
    const OrderBook& b = r.value();
    QCOMPARE(b.bids.size(), size_t(3));
    QCOMPARE(b.bids[0].price, dec("29243.36"));
    QCOMPARE(b.bids[2].price, dec("29243.28"));
    QCOMPARE(b.asks[0].price, dec("29243.37"));
    QCOMPARE(b.asks[0].amount, dec("2.8783"));
    QCOMPARE(b.timestamp, OptInt(1700000000000));
}

void TestLbank::parsesAPostOnlyOrder()
{
    Fixture f(fixture("order.json"));
    auto r = f.run<Order>(
        [&](Callback<Order> cb) { f.exchange.fetchOrder("53d2d53e", "LBK/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/supplement/orders_info.do"));
    QCOMPARE(formOf(f.sent().body)["orderId"], std::string("53d2d53e"));
    const Order& o = r.value();
    QCOMPARE(o.id, OptString("53d2d53e-70fb-4398-b722-f48571a5f61e"));
    QCOMPARE(o.clientOrderId, OptString("my-1"));
    QCOMPARE(o.symbol, std::string("LBK/USDT"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.postOnly, OptBool(true));
    QCOMPARE(o.timeInForce, OptString("PO"));
    // 3: partly filled, then cancelled.
    QCOMPARE(o.status, OptString("canceled"));
    QCOMPARE(o.amount, OptDecimal(dec("100")));
    QCOMPARE(o.filled, OptDecimal(dec("50")));
    QCOMPARE(o.remaining, OptDecimal(dec("50")));
    QCOMPARE(o.cost, OptDecimal(dec("2.5")));
    QCOMPARE(o.timestamp, OptInt(1648163139387));
    // The older orders_info names the id order_id.
    auto old = f.run<Order>([&](Callback<Order> cb) {
        f.exchange.fetchOrder("53d2d53e", "LBK/USDT", jsonParams(R"({"method":"fetchOrderDefault"})"), cb);
    });
    // Its answer is a list of the orders asked for: a lone object is not one order.
    QCOMPARE(old.error().kind(), ErrorKind::BadRequest);
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/orders_info.do"));
    QCOMPARE(formOf(f.sent().body)["order_id"], std::string("53d2d53e"));
    QVERIFY(!formOf(f.sent().body).count("method"));
}

void TestLbank::parsesTheBalance()
{
    Fixture f(fixture("balance.json"));
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.lbank.info/v2/supplement/user_info.do"));
    const Balance& b = r.value();
    QCOMPARE(b.timestamp, OptInt(1648164471827));
    QCOMPARE(b.currencies.at("USDT").free, OptDecimal(dec("14.36")));
    QCOMPARE(b.currencies.at("USDT").used, OptDecimal(dec("1.64")));
    QCOMPARE(b.currencies.at("USDT").total, OptDecimal(dec("16")));
    QCOMPARE(b.currencies.at("LBK").total, OptDecimal(dec("100")));
}

void TestLbank::parsesMyTradesWithFees()
{
    Fixture f(fixture("mytrades.json"));
    auto r = f.run<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.exchange.fetchMyTrades("LBK/USDT", 1648500000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    auto form = formOf(f.sent().body);
    QCOMPARE(form["start_date"], std::string("2022-03-28"));
    QCOMPARE(form["end_date"], std::string("2022-03-29"));
    QCOMPARE(form["size"], std::string("10"));
    QCOMPARE(r.value().size(), size_t(1));
    const Trade& t = r.value()[0];
    QCOMPARE(t.id, OptString("11f3850cc6214ea3b495adad3a032794"));
    QCOMPARE(t.order, OptString("38b4e7a4-14f6-45fd-aba1-1a37024124a0"));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.type, OptString("market"));
    QCOMPARE(t.cost, OptDecimal(dec("4.53339")));
    QVERIFY(t.fee.has_value());
    QCOMPARE(t.fee->currency, OptString("USDT"));
    QCOMPARE(t.fee->cost, OptDecimal(dec("0.004533")));
    QCOMPARE(t.fee->rate, OptDecimal(dec("0.001")));
}

void TestLbank::mapsErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("signature") << QStringLiteral(R"({"result":"false","error_code":10007,"ts":1})")
                               << int(ErrorKind::AuthenticationError);
    QTest::newRow("funds") << QStringLiteral(R"({"result":false,"error_code":"10016","ts":1})")
                           << int(ErrorKind::InsufficientFunds);
    QTest::newRow("pair") << QStringLiteral(R"({"result":"false","error_code":10008})") << int(ErrorKind::BadSymbol);
    QTest::newRow("duplicate") << QStringLiteral(R"({"result":"false","error_code":10036})")
                               << int(ErrorKind::DuplicateOrderId);
    QTest::newRow("unknown") << QStringLiteral(R"({"result":"false","error_code":99999})")
                             << int(ErrorKind::ExchangeError);
}

void TestLbank::mapsErrors()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    Fixture f(body.toStdString());
    auto r = f.run<Balance>([&](Callback<Balance> cb) { f.exchange.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind()), kind);
}

QTEST_GUILESS_MAIN(TestLbank)
#include "TestLbank.moc"
