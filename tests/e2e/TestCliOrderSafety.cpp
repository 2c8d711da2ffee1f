// SPDX-License-Identifier: GPL-3.0-or-later
// bourse-cli places orders the way the terminal does: an order whose answer is lost is looked up by its client id
// and reported as placed or not placed, never sent again. The real program against a local venue.
#include "FaultServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using bourse::test::Fault;

namespace {

constexpr const char* kOrder = "/api/v3/order";

struct Run
{
    int exitCode = -1;
    QJsonObject out;
    QByteArray raw;
};

} // namespace

class TestCliOrderSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostAnswerIsLookedUpNotResent();
    void orderThatNeverArrivedIsReportedNotPlaced();
    void offlineRunsSendTheRequestAsIs();

private:
    Run placeOrder(const QString& origin, const QStringList& extra = {});
    QTemporaryDir m_home;
};

Run TestCliOrderSafety::placeOrder(const QString& origin, const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList args {QStringLiteral("--api-key"), QStringLiteral("key"),
                      QStringLiteral("--secret"),  QStringLiteral("secret"),
                      QStringLiteral("--markets"), QStringLiteral(BINANCE_FIXTURES "/markets.json")};
    if (!origin.isEmpty()) {
        args << QStringLiteral("--api-url") << origin;
    }
    args << extra << QStringList {QStringLiteral("binance"), QStringLiteral("createOrder"), QStringLiteral("BTC/USDT"),
                                  QStringLiteral("limit"),   QStringLiteral("buy"),         QStringLiteral("0.001"),
                                  QStringLiteral("50000")};
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    // The loop keeps the local venue answering while the program runs.
    process.start(QStringLiteral(BOURSE_CLI), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QJsonDocument::fromJson(out).object(), out + process.readAllStandardError()};
}

void TestCliOrderSafety::lostAnswerIsLookedUpNotResent()
{
    bourse::test::FaultServer server;
    bourse::test::BinanceVenue venue(server, QStringLiteral(BINANCE_FIXTURES));
    server.inject(kOrder, Fault::reset().afterHandling()); // placed, then the connection drops
    const Run r = placeOrder(QString::fromStdString(server.origin()));
    QVERIFY2(r.exitCode == 0, r.raw.constData());
    QCOMPARE(venue.orders.size(), 1);
    const QString clientId = venue.orders.firstKey();
    QVERIFY(clientId.startsWith(QStringLiteral("bourse")));
    QCOMPARE(r.out.value(QLatin1String("clientOrderId")).toString(), clientId);
    QCOMPARE(r.out.value(QLatin1String("id")).toString(), QStringLiteral("1000"));
    QCOMPARE(r.out.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(server.requestsTo("POST", kOrder).size(), 1);
    const auto lookups = server.requestsTo("GET", kOrder);
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups[0].param(QStringLiteral("origClientOrderId")), clientId);
}

void TestCliOrderSafety::orderThatNeverArrivedIsReportedNotPlaced()
{
    bourse::test::FaultServer server;
    bourse::test::BinanceVenue venue(server, QStringLiteral(BINANCE_FIXTURES));
    server.inject(kOrder, Fault::reset()); // dropped before the venue saw it
    const Run r = placeOrder(QString::fromStdString(server.origin()));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.value(QLatin1String("error")).toString(), QStringLiteral("OrderNotPlaced"));
    QVERIFY2(r.out.value(QLatin1String("message")).toString().contains(QLatin1String("bourse")), r.raw.constData());
    QVERIFY(venue.orders.isEmpty());
    QCOMPARE(server.requestsTo("POST", kOrder).size(), 1);
}

void TestCliOrderSafety::offlineRunsSendTheRequestAsIs()
{
    // A dry run prints the one request the adapter builds (with the adapter's own client id, as ccxt's has), and
    // nothing is waited for or looked up.
    const Run r = placeOrder(QString(), {QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QVERIFY(r.out.value(QLatin1String("url")).toString().endsWith(QLatin1String("/api/v3/order")));
    QCOMPARE(r.raw.count("newClientOrderId="), 1);
}

QTEST_GUILESS_MAIN(TestCliOrderSafety)
#include "TestCliOrderSafety.moc"
