// SPDX-License-Identifier: GPL-3.0-or-later
// The activity log: repeats counted on one row, the oldest rows dropped past the limit, and what a live demo
// session says (connection, failed requests, orders sent) written in plain words.
#include "models/ActivityLog.h"
#include "models/session/ExchangeSession.h"
#include "models/session/PreparedOrder.h"

#include <QSignalSpy>
#include <QTest>

using namespace bourse::models;
using Level = ActivityLog::Level;

class TestActivityLog final : public QObject
{
    Q_OBJECT

private slots:
    void repeatsAreCountedNotAdded();
    void oldestRowsGoPastTheLimit();
    void aSessionsEventsAreLogged();

private:
    static QString messageAt(const ActivityLog& log, int row)
    {
        return log.data(log.index(row, ActivityLog::Message)).toString();
    }
};

void TestActivityLog::repeatsAreCountedNotAdded()
{
    ActivityLog log;
    QSignalSpy appended(&log, &ActivityLog::appended);
    log.append(Level::Warning, QStringLiteral("Kraken"), QStringLiteral("fetchTicker failed: timed out"));
    log.append(Level::Warning, QStringLiteral("Kraken"), QStringLiteral("fetchTicker failed: timed out"));
    log.append(Level::Warning, QStringLiteral("Kraken"), QStringLiteral("fetchTicker failed: timed out"));
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(messageAt(log, 0), QStringLiteral("fetchTicker failed: timed out (×3)"));
    QCOMPARE(appended.count(), 1);
    // The same words from another exchange, or at another level, are news.
    log.append(Level::Warning, QStringLiteral("Binance"), QStringLiteral("fetchTicker failed: timed out"));
    log.append(Level::Error, QStringLiteral("Binance"), QStringLiteral("fetchTicker failed: timed out"));
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.data(log.index(2, 0), ActivityLog::LevelRole).toInt(), static_cast<int>(Level::Error));
    QCOMPARE(log.data(log.index(1, ActivityLog::Source)).toString(), QStringLiteral("Binance"));
    QCOMPARE(appended.last().at(1).toString(), QStringLiteral("Binance: fetchTicker failed: timed out"));
}

void TestActivityLog::oldestRowsGoPastTheLimit()
{
    ActivityLog log;
    log.setMaxRows(3);
    for (int i = 1; i <= 5; ++i) {
        log.append(Level::Info, {}, QStringLiteral("event %1").arg(i));
    }
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(messageAt(log, 0), QStringLiteral("event 3"));
    QCOMPARE(messageAt(log, 2), QStringLiteral("event 5"));
}

void TestActivityLog::aSessionsEventsAreLogged()
{
    ActivityLog log;
    ExchangeSession session(QStringLiteral("demo"));
    log.watch(session);
    QSignalSpy ready(&session, &ExchangeSession::marketsReady);
    session.start();
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(log.rowCount() >= 1);
    QCOMPARE(log.data(log.index(0, ActivityLog::Source)).toString(), session.exchangeName());
    QCOMPARE(messageAt(log, 0), QStringLiteral("connected"));

    PreparedOrder order;
    order.symbol = QStringLiteral("BTC/USD");
    order.side = QStringLiteral("buy");
    order.type = QStringLiteral("limit");
    order.amount = QStringLiteral("0.01");
    order.price = QStringLiteral("1000");
    order.base = QStringLiteral("BTC");
    order.quote = QStringLiteral("USD");
    session.placeOrder(order, this, {});
    QTRY_VERIFY(messageAt(log, log.rowCount() - 1).startsWith(QStringLiteral("order sent")));
    QCOMPARE(messageAt(log, log.rowCount() - 1), QStringLiteral("order sent: buy limit 0.01 BTC at 1000 USD"));

    emit session.requestFailed(QStringLiteral("fetchOrderBook"), QStringLiteral("the exchange did not answer"));
    QCOMPARE(messageAt(log, log.rowCount() - 1), QStringLiteral("fetchOrderBook failed: the exchange did not answer"));
    QCOMPARE(log.data(log.index(log.rowCount() - 1, 0), ActivityLog::LevelRole).toInt(),
             static_cast<int>(Level::Warning));
    bool cancelled = false;
    session.cancelAllOrders({}, this, [&](auto) { cancelled = true; });
    QTRY_VERIFY(cancelled);
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "TestActivityLog.moc"
