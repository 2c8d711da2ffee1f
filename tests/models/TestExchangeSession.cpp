// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BalancesModel.h"
#include "models/CandleSeries.h"
#include "models/MarketListModel.h"
#include "models/OrderBookModel.h"
#include "models/OrdersModel.h"
#include "models/TradesModel.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionHealth.h"
#include "models/session/Subscription.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using bourse::ex::Decimal;
using namespace bourse;
using Channel = models::ExchangeSession::Channel;

class TestExchangeSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsTheDemoInItsThread();
    void feedsFillTheirModels();
    void booksAndTradesStreamWhereTheExchangePushes();
    void panelsShareOneFeed();
    void hiddenPanelsSlowOrStopTheirFeed();
    void preparesWithTheExchangesPrecision();
    void placesAndCancelsOrders();
    void reportsTheExchangesRefusal();
    void unknownExchangeIsUnavailable();
    void healthSamplesTheBudgetAndTheClock();
    void healthShowsASpentBudget();

private:
    std::unique_ptr<models::ExchangeSession> m_session;
    std::unique_ptr<QObject> m_owner;
};

void TestExchangeSession::init()
{
    m_session = std::make_unique<models::ExchangeSession>(QStringLiteral("demo"));
    m_owner = std::make_unique<QObject>();
    QSignalSpy ready(m_session.get(), &models::ExchangeSession::marketsReady);
    m_session->start();
    QVERIFY(ready.wait(10000));
}

void TestExchangeSession::cleanup()
{
    m_owner.reset();
    m_session.reset();
}

void TestExchangeSession::loadsTheDemoInItsThread()
{
    QVERIFY(m_session->isDescribed());
    QCOMPARE(m_session->exchangeName(), QStringLiteral("Bourse Demo"));
    QVERIFY(m_session->timeframes().contains(QStringLiteral("15m")));
    QVERIFY(m_session->supports("createOrder"));
    QVERIFY(m_session->canTrade());
    QVERIFY(m_session->market(QStringLiteral("BTC/USD")));
    QCOMPARE(m_session->priceDecimals(QStringLiteral("BTC/USD")), 2);
    QVERIFY(m_session->marketList()->rowCount() >= 3);
    QCOMPARE(m_session->state(), models::ExchangeSession::State::Online);
    QVERIFY(m_session->requestCount() >= 1);
}

void TestExchangeSession::feedsFillTheirModels()
{
    const QString btc = QStringLiteral("BTC/USD");
    m_session->subscribe(Channel::Markets, {}, {}, m_owner.get());
    m_session->subscribe(Channel::OrderBook, btc, {}, m_owner.get());
    m_session->subscribe(Channel::Trades, btc, {}, m_owner.get());
    m_session->subscribe(Channel::Candles, btc, QStringLiteral("15m"), m_owner.get());
    m_session->subscribe(Channel::Balances, {}, {}, m_owner.get());
    m_session->subscribe(Channel::Orders, {}, {}, m_owner.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->orderBook(btc)->hasData(), 5000);
    QTRY_VERIFY(m_session->trades(btc)->rowCount() > 0);
    QTRY_VERIFY(m_session->candles(btc, QStringLiteral("15m"))->size() > 100);
    QTRY_VERIFY(m_session->balances()->hasData());
    QTRY_VERIFY(m_session->openOrders()->hasData());
    QTRY_VERIFY(m_session->marketList()->ticker(btc).has_value());
    QVERIFY(*m_session->orderBook(btc)->bestBid() < *m_session->orderBook(btc)->bestAsk());
    QCOMPARE(m_session->balances()->freeOf(QStringLiteral("USD")), Decimal(100000));
    QCOMPARE(m_session->candles(btc, QStringLiteral("15m"))->sourceLabel(), QStringLiteral("demo data"));
    // The book keeps moving: later polls update the rows in place.
    QSignalSpy changed(m_session->orderBook(btc), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_session->orderBook(btc), &QAbstractItemModel::modelReset);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 0, 5000);
    QCOMPARE(reset.size(), 0);
}

void TestExchangeSession::booksAndTradesStreamWhereTheExchangePushes()
{
    using Mode = models::ExchangeSession::FeedMode;
    const QString btc = QStringLiteral("BTC/USD");
    QSignalSpy modes(m_session.get(), &models::ExchangeSession::feedModeChanged);
    m_session->subscribe(Channel::OrderBook, btc, {}, m_owner.get());
    m_session->subscribe(Channel::Trades, btc, {}, m_owner.get());
    m_session->subscribe(Channel::Candles, btc, QStringLiteral("1m"), m_owner.get());
    // The demo pushes its book and trades (DemoMarketFeed): they stop polling once the stream runs.
    QTRY_COMPARE(m_session->feedMode(Channel::OrderBook, btc), Mode::Stream);
    QTRY_COMPARE(m_session->feedMode(Channel::Trades, btc), Mode::Stream);
    QCOMPARE(modes.size(), 2);
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, btc), 0);
    QCOMPARE(m_session->currentInterval(Channel::Trades, btc), 0);
    QCOMPARE(m_session->feedMode(Channel::Candles, btc), Mode::Poll);
    QTRY_VERIFY(m_session->orderBook(btc)->hasData());
    m_session->setInterval(Channel::Candles, 60'000); // no candle poll inside the window below
    const qint64 requests = m_session->requestCount();
    QSignalSpy changed(m_session->orderBook(btc), &QAbstractItemModel::dataChanged);
    QSignalSpy newTrades(m_session->trades(btc), &models::TradesModel::updated);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3 && newTrades.size() >= 1, 10000);
    QCOMPARE(m_session->requestCount(), requests); // pushed, not fetched
    QVERIFY(*m_session->orderBook(btc)->bestBid() < *m_session->orderBook(btc)->bestAsk());
}

void TestExchangeSession::panelsShareOneFeed()
{
    const QString eth = QStringLiteral("ETH/USD");
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, eth), 0);
    auto* first = m_session->subscribe(Channel::OrderBook, eth, {}, m_owner.get());
    auto* second = m_session->subscribe(Channel::OrderBook, eth, {}, m_owner.get());
    QCOMPARE(first->key(), second->key());
    QCOMPARE(m_session->orderBook(eth), m_session->orderBook(eth));
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, eth), m_session->interval(Channel::OrderBook));
    delete first;
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, eth), m_session->interval(Channel::OrderBook));
    delete second;
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, eth), 0);
}

void TestExchangeSession::hiddenPanelsSlowOrStopTheirFeed()
{
    const QString btc = QStringLiteral("BTC/USD");
    auto* book = m_session->subscribe(Channel::OrderBook, btc, {}, m_owner.get());
    auto* markets = m_session->subscribe(Channel::Markets, {}, {}, m_owner.get());
    const int marketsMs = m_session->interval(Channel::Markets);
    book->setActive(false);
    markets->setActive(false);
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, btc), 0);
    QCOMPARE(m_session->currentInterval(Channel::Markets), marketsMs * 10);
    // Shown again: full rate, and a fresh answer at once.
    QSignalSpy updated(m_session->orderBook(btc), &models::OrderBookModel::updated);
    book->setActive(true);
    markets->setActive(true);
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, btc), m_session->interval(Channel::OrderBook));
    QCOMPARE(m_session->currentInterval(Channel::Markets), marketsMs);
    QVERIFY(updated.wait(2000));
}

void TestExchangeSession::preparesWithTheExchangesPrecision()
{
    models::OrderDraft draft {QStringLiteral("BTC/USD"),      QStringLiteral("buy"),        QStringLiteral("limit"),
                              *Decimal::parse("0.123456789"), *Decimal::parse("50000.126"), std::nullopt};
    std::optional<ex::Result<models::PreparedOrder>> result;
    m_session->prepareOrder(draft, m_owner.get(), [&](ex::Result<models::PreparedOrder> r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    const models::PreparedOrder& p = result->value();
    QCOMPARE(p.price, QStringLiteral("50000.13")); // prices round to the tick
    QVERIFY(!p.amount.isEmpty());
    QVERIFY(Decimal::parse(p.amount.toStdString()) <= Decimal::parse("0.123456789")); // amounts truncate
    QCOMPARE(p.base, QStringLiteral("BTC"));
    QCOMPARE(p.quote, QStringLiteral("USD"));
    QVERIFY(!p.estimatedFee.isEmpty());

    // Below the minimum amount: refused before anything is sent.
    draft.amount = *Decimal::parse("0.00000001");
    result.reset();
    m_session->prepareOrder(draft, m_owner.get(), [&](ex::Result<models::PreparedOrder> r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ex::ErrorKind::InvalidOrder);
}

void TestExchangeSession::placesAndCancelsOrders()
{
    m_session->subscribe(Channel::Orders, {}, {}, m_owner.get());
    m_session->subscribe(Channel::Balances, {}, {}, m_owner.get());
    QTRY_VERIFY(m_session->balances()->hasData());
    models::PreparedOrder order;
    order.symbol = QStringLiteral("BTC/USD");
    order.side = QStringLiteral("buy");
    order.type = QStringLiteral("limit");
    order.amount = QStringLiteral("0.01");
    order.price = QStringLiteral("1000.00"); // far below the market: it rests
    QSignalSpy sent(m_session.get(), &models::ExchangeSession::orderSent);
    std::optional<ex::Result<ex::Order>> placed;
    m_session->placeOrder(order, m_owner.get(), [&](ex::Result<ex::Order> r) { placed = r; });
    QCOMPARE(sent.size(), 1);
    QTRY_VERIFY(placed.has_value());
    QVERIFY2(placed->ok(), placed->ok() ? "" : placed->error().message().c_str());
    const QString id = QString::fromStdString(*placed->value().id);
    QTRY_VERIFY(m_session->openOrders()->rowOf(id) >= 0);
    QTRY_COMPARE(m_session->balances()->freeOf(QStringLiteral("USD")), Decimal(100000 - 10));

    std::optional<ex::Result<ex::Order>> cancelled;
    m_session->cancelOrder(id, order.symbol, m_owner.get(), [&](ex::Result<ex::Order> r) { cancelled = r; });
    QTRY_VERIFY(cancelled.has_value());
    QVERIFY(cancelled->ok());
    QTRY_COMPARE(m_session->openOrders()->rowOf(id), -1);
    QTRY_COMPARE(m_session->balances()->freeOf(QStringLiteral("USD")), Decimal(100000));
}

void TestExchangeSession::reportsTheExchangesRefusal()
{
    models::PreparedOrder order;
    order.symbol = QStringLiteral("BTC/USD");
    order.side = QStringLiteral("buy");
    order.type = QStringLiteral("limit");
    order.amount = QStringLiteral("100");
    order.price = QStringLiteral("60000");
    QSignalSpy failed(m_session.get(), &models::ExchangeSession::requestFailed);
    std::optional<ex::Result<ex::Order>> placed;
    m_session->placeOrder(order, m_owner.get(), [&](ex::Result<ex::Order> r) { placed = r; });
    QTRY_VERIFY(placed.has_value());
    QVERIFY(!placed->ok());
    QCOMPARE(placed->error().kind(), ex::ErrorKind::InsufficientFunds);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_session->state(), models::ExchangeSession::State::Degraded);
}

void TestExchangeSession::unknownExchangeIsUnavailable()
{
    models::ExchangeSession nowhere(QStringLiteral("no-such-exchange"));
    QSignalSpy changed(&nowhere, &models::ExchangeSession::stateChanged);
    nowhere.start();
    QTRY_COMPARE(nowhere.state(), models::ExchangeSession::State::Unavailable);
    QVERIFY(!nowhere.lastError().isEmpty());
}

void TestExchangeSession::healthSamplesTheBudgetAndTheClock()
{
    models::SessionHealth* health = m_session->health();
    QVERIFY(health);
    QSignalSpy changed(health, &models::SessionHealth::changed);
    health->setInterval(20, 2);
    health->sample();
    // The demo's throttle lets everything through at once: a bucket of one, nothing spent, nothing waiting.
    QTRY_VERIFY(health->rateBudget().has_value());
    QCOMPARE(health->rateBudget()->capacity, 1.0);
    QCOMPARE(health->rateBudget()->used, 0.0);
    QCOMPARE(health->rateBudget()->queued, 0);
    // Its clock is this computer's: the skew is the round trip's noise at most.
    QTRY_VERIFY(health->clockSkewMs().has_value());
    QVERIFY2(std::abs(*health->clockSkewMs()) < 1000, qPrintable(QString::number(*health->clockSkewMs())));
    QTRY_VERIFY(changed.size() >= 3); // the timer keeps sampling
}

void TestExchangeSession::healthShowsASpentBudget()
{
    // A venue that never answers: the markets request spends Kraken's one-token bucket (a token a second).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    models::ExchangeSession kraken(QStringLiteral("kraken"));
    ex::ExchangeOptions options;
    options.apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()).toStdString();
    kraken.setOptions(options);
    kraken.start();
    QTRY_VERIFY(kraken.isDescribed());
    models::SessionHealth* health = kraken.health();
    health->sample();
    QTRY_VERIFY(health->rateBudget().has_value());
    QCOMPARE(health->rateBudget()->capacity, 1.0);
    QCOMPARE(health->rateBudget()->rateLimitMs, 1000.0);
    QVERIFY2(health->rateBudget()->used > 0.5, qPrintable(QString::number(health->rateBudget()->used)));
    QVERIFY(!health->clockSkewMs()); // no markets yet: the clock is not asked
}

QTEST_GUILESS_MAIN(TestExchangeSession)
#include "TestExchangeSession.moc"
