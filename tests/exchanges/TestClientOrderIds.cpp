// SPDX-License-Identifier: GPL-3.0-or-later
// Order safety on every exchange whose description says it takes a client order id: the id Bourse makes up has
// the shape the exchange accepts, travels under the exchange's own parameter name, and, when the answer is lost,
// is what the order is looked up by.
#include "../support/AdapterFixture.h"
#include "Registry.h"
#include "core/OrderSafety.h"
#include "okx/Okx.h"
#include "okx/OkxParsers.h"

#include <QRegularExpression>
#include <QTimer>
#include <QtTest>

using namespace bourse::ex;
using bourse::test::dec;

namespace {

// Every request is recorded; the order's answer is lost (a timeout) and so is every lookup's (a dropped
// connection), so the whole path of a lost order is walked without an exchange's error formats.
class LosingTransport final : public Transport
{
public:
    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override
    {
        requests.push_back(request);
        HttpResponse response;
        response.transportError = requests.size() == 1 ? Error(ErrorKind::RequestTimeout, "request timed out")
                                                       : Error(ErrorKind::NetworkError, "connection closed");
        QTimer::singleShot(0, [done = std::move(done), response] { done(response); });
    }

    // All a request carries: URL, body and headers (gemini sends its parameters as a base64 header).
    static std::string everything(const HttpRequest& r)
    {
        std::string text = r.url + "\n" + r.body;
        for (const auto& [k, v] : r.headers) {
            text += "\n" + k + ": " + v + "\n" + QByteArray::fromBase64(QByteArray::fromStdString(v)).toStdString();
        }
        return text;
    }

    std::vector<HttpRequest> requests;
};

std::vector<Market> marketsOf(const QString& exchange, Exchange& ex)
{
    const QString dir = QStringLiteral(EXCHANGE_FIXTURES_ROOT "/") + exchange + QStringLiteral("/fixtures/");
    if (exchange == QLatin1String("okx")) {
        // okx's fixtures hold the raw instruments answer: parsed by the adapter itself.
        JsonDocument doc = JsonDocument::parse(bourse::test::readFile(dir + QStringLiteral("instruments.json")));
        std::vector<Market> markets;
        for (const auto& raw : doc.root()["data"].items()) {
            markets.push_back(okx::parseMarket(raw, static_cast<Okx&>(ex)));
        }
        return markets;
    }
    return bourse::test::marketsFromFile(dir + QStringLiteral("markets.json"));
}

} // namespace

class TestClientOrderIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostOrderIsLookedUpByItsClientId_data();
    void lostOrderIsLookedUpByItsClientId();
    void everyFlaggedExchangeIsCovered();
};

void TestClientOrderIds::lostOrderIsLookedUpByItsClientId_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("sentAs"); // the create request carries this text followed by the id
    QTest::addColumn<QString>("lookedUpAs"); // the first lookup carries this text followed by the id; empty when
                                             // the exchange is searched by its order lists instead
    QTest::addColumn<QString>("listPath"); // without a lookup by id: the order list searched first

    QTest::newRow("okx") << "okx"
                         << "BTC/USDT"
                         << R"("clOrdId":")"
                         << "clOrdId="
                         << "";
    QTest::newRow("kucoin") << "kucoin"
                            << "BTC/USDT"
                            << R"("clientOid":")"
                            << "client-order/"
                            << "";
    QTest::newRow("gate") << "gate"
                          << "BTC/USDT"
                          << R"("text":"t-)"
                          << "spot/orders/t-"
                          << "";
    QTest::newRow("gemini") << "gemini"
                            << "BTC/USD"
                            << R"("client_order_id":")"
                            << ""
                            << "v1/orders";
    QTest::newRow("coinex") << "coinex"
                            << "BTC/USDT"
                            << R"("client_id":")"
                            << ""
                            << "pending-order";
    QTest::newRow("coinbaseexchange") << "coinbaseexchange"
                                      << "BTC/USD"
                                      << R"("client_oid":")"
                                      << "orders/client:"
                                      << "";
    QTest::newRow("kraken") << "kraken"
                            << "BTC/USD"
                            << "cl_ord_id="
                            << ""
                            << "OpenOrders";
    QTest::newRow("bitstamp") << "bitstamp"
                              << "BTC/USD"
                              << "client_order_id="
                              << "client_order_id="
                              << "";
    QTest::newRow("htx") << "htx"
                         << "BTC/USDT"
                         << R"("client-order-id":")"
                         << "clientOrderId="
                         << "";
}

void TestClientOrderIds::lostOrderIsLookedUpByItsClientId()
{
    QFETCH(QString, exchange);
    QFETCH(QString, symbol);
    QFETCH(QString, sentAs);
    QFETCH(QString, lookedUpAs);
    QFETCH(QString, listPath);

    LosingTransport transport;
    Clock clock;
    clock.fixAt(1700000000000);
    auto ex = Registry::create(exchange.toStdString(), transport, clock);
    QVERIFY(ex);
    ex->setMarkets(marketsOf(exchange, *ex));
    ExchangeOptions options;
    options.offline = true; // account facts (gate's account mode, htx's account id) fixed, not fetched
    ex->setOptions(options);
    Credentials c;
    c.apiKey = "account-key"; // gemini takes account-scoped keys only
    c.secret = "c2VjcmV0c2VjcmV0"; // base64, for the exchanges that decode their secret
    c.password = "passphrase";
    c.uid = "user";
    ex->setCredentials(c);
    QVERIFY(ex->description().createOrderTakesClientOrderId);
    QCOMPARE(ex->description().fetchOrderByClientOrderId, !lookedUpAs.isEmpty());

    auto r = bourse::test::finish<Order>([&](Callback<Order> cb) {
        createOrderSafely(*ex, {symbol.toStdString(), "limit", "buy", dec("0.01"), dec("20000"), JsonValue::object()},
                          cb, 0);
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind() == ErrorKind::OrderStatusUnknown, r.error().message().c_str());
    QVERIFY2(transport.requests.size() >= 2, "the lost order was never looked up");

    // The id in the create request, right after the exchange's parameter name.
    const std::string create = LosingTransport::everything(transport.requests[0]);
    const size_t at = create.find(sentAs.toStdString());
    QVERIFY2(at != std::string::npos, create.c_str());
    const QString rest = QString::fromStdString(create.substr(at + sentAs.toStdString().size()));
    static const QRegularExpression idPattern(QStringLiteral("^[0-9A-Za-z-]+"));
    const QString id = idPattern.match(rest).captured(0);
    if (ex->description().clientOrderIdFormat == ExchangeDescription::ClientOrderIdFormat::Uuid) {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
    } else {
        QVERIFY2(id.startsWith(QStringLiteral("bourse")) && id.size() == 26, qPrintable(id));
    }
    // The user is told which order to look for.
    QVERIFY2(r.error().message().find(id.toStdString()) != std::string::npos, r.error().message().c_str());

    const std::string lookup = LosingTransport::everything(transport.requests[1]);
    if (!lookedUpAs.isEmpty()) {
        QVERIFY2(lookup.find((lookedUpAs + id).toStdString()) != std::string::npos, lookup.c_str());
    } else {
        QVERIFY2(lookup.find(listPath.toStdString()) != std::string::npos, lookup.c_str());
    }
}

void TestClientOrderIds::everyFlaggedExchangeIsCovered()
{
    // A new exchange that starts taking client ids gets a row above (okxus is okx's class on its US host).
    QStringList flagged;
    for (const auto& entry : Registry::entries()) {
        if (entry.status != "implemented") {
            continue;
        }
        LosingTransport transport;
        Clock clock;
        auto ex = Registry::create(entry.id, transport, clock);
        if (ex && ex->description().id == entry.id && ex->description().createOrderTakesClientOrderId) {
            flagged << QString::fromStdString(entry.id);
        }
    }
    flagged.sort();
    QCOMPARE(
        flagged,
        QStringLiteral("binance bitstamp coinbaseexchange coinex gate gemini htx kraken kucoin okx okxus").split(u' '));
}

QTEST_GUILESS_MAIN(TestClientOrderIds)
#include "TestClientOrderIds.moc"
