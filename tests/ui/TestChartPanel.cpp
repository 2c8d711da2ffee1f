// SPDX-License-Identifier: GPL-3.0-or-later
// The chart panel on a live demo session: study toggles, the crosshair's read-out, the account's open orders drawn
// at their prices, and the market's own decimals.
#include "models/CandleSeries.h"
#include "models/OrderBookModel.h"
#include "models/OrdersModel.h"
#include "models/session/ExchangeSession.h"
#include "models/session/PreparedOrder.h"
#include "ui/CandleChart.h"
#include "ui/Theme.h"
#include "ui/chart/ChartStudies.h"
#include "ui/chart/Crosshair.h"
#include "ui/chart/DepthChart.h"
#include "ui/chart/OrderLines.h"
#include "ui/panels/ChartPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

using bourse::ex::Decimal;
using namespace bourse;
using Study = ui::ChartStudies::Study;

namespace {

void moveMouse(QWidget* widget, QPointF pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

// A left-button drag across the plot, as a user pans: press, a few moves with the button held, release.
void drag(QWidget* widget, QPointF from, QPointF to)
{
    const auto send = [widget](QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons held) {
        QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, held, Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step) {
        send(QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::NoButton, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

// Candles one period apart, oldest first, none repeated: what a chart of a continuous market must hold.
bool contiguous(const models::CandleSeries& series)
{
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series.at(i).timestamp - series.at(i - 1).timestamp != series.periodMs()) {
            return false;
        }
    }
    return true;
}

QCPAxisRect* priceRect(ui::CandleChart* chart)
{
    return chart->plot()->axisRect(0);
}

} // namespace

class TestChartPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void studyTogglesDrawAndReadOut();
    void studiesSurviveATimeframeChange();
    void crosshairReadsPriceAndTime();
    void openOrdersAreDrawnAtTheirPrices();
    void pricesUseTheMarketsDecimals();
    void depthToggleShowsTheBooksDepth();
    void draggingIntoThePastLoadsEarlierCandles();
    void historyIsLoadedBackToTheListing();

private:
    ui::ChartPanel* show(const QString& symbol, const QString& timeframe = QStringLiteral("15m"));

    std::unique_ptr<models::ExchangeSession> m_session;
    std::unique_ptr<ui::ChartPanel> m_panel;
};

void TestChartPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestChartPanel"));
    QSettings().clear();
    ui::Theme::applyDark(*qApp);
}

void TestChartPanel::init()
{
    m_session = std::make_unique<models::ExchangeSession>(QStringLiteral("demo"));
    QSignalSpy ready(m_session.get(), &models::ExchangeSession::marketsReady);
    m_session->start();
    QVERIFY(ready.wait(10000));
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
}

ui::ChartPanel* TestChartPanel::show(const QString& symbol, const QString& timeframe)
{
    m_panel = std::make_unique<ui::ChartPanel>(*m_session, symbol, timeframe);
    m_panel->resize(800, 600);
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel.get())) {
        return nullptr;
    }
    return m_panel.get();
}

void TestChartPanel::studyTogglesDrawAndReadOut()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    ui::CandleChart* chart = panel->chart();
    QVERIFY(chart->studiesText().isEmpty());

    auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("study_sma20"));
    QVERIFY(toggle);
    toggle->click();
    QCOMPARE(panel->studies(), QStringList {QStringLiteral("sma20")});
    QVERIFY(chart->studies()->isShown(Study::MovingAverage));

    // The last value is the mean of the last twenty closes, worked out here in exact decimals.
    const models::CandleSeries& series = *m_session->candles(QStringLiteral("BTC/USD"), QStringLiteral("15m"));
    QVERIFY(series.size() >= 20);
    Decimal sum;
    for (qsizetype i = series.size() - 20; i < series.size(); ++i) {
        sum = sum + *series.at(i).close;
    }
    const double expected = sum.divided(Decimal(20), 8).toDouble();
    QVERIFY(std::abs(chart->studies()->valueAt(Study::MovingAverage, series.size() - 1) - expected) < 1e-6);
    QVERIFY2(chart->studiesText().contains(QStringLiteral("MA 20 %1").arg(expected, 0, 'f', 2)),
             qPrintable(chart->studiesText()));
    QCPGraph* line = chart->plot()->graph(0);
    QVERIFY(line->visible());
    QCOMPARE(line->data()->size(), static_cast<int>(series.size()));

    toggle->click();
    QVERIFY(panel->studies().isEmpty());
    QVERIFY(!line->visible());
    QVERIFY(chart->studiesText().isEmpty());
}

void TestChartPanel::studiesSurviveATimeframeChange()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    panel->setStudies({QStringLiteral("bb20"), QStringLiteral("ema50"), QStringLiteral("unknown")});
    QTRY_VERIFY(panel->hasData());
    panel->setTimeframe(QStringLiteral("1h"));
    QTRY_VERIFY(panel->hasData());
    ui::ChartStudies* studies = panel->chart()->studies();
    QVERIFY(studies->isShown(Study::Bollinger));
    QVERIFY(studies->isShown(Study::ExponentialAverage));
    QVERIFY(!studies->isShown(Study::MovingAverage));
    const QStringList shown = panel->studies();
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
             (QSet<QString> {QStringLiteral("bb20"), QStringLiteral("ema50")}));
    QVERIFY(panel->findChild<QToolButton*>(QStringLiteral("study_bb20"))->isChecked());
}

void TestChartPanel::crosshairReadsPriceAndTime()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    ui::CandleChart* chart = panel->chart();
    chart->plot()->replot();
    QVERIFY(!chart->crosshair()->isVisible());

    // Aim at a round price inside the visible range and at the newest candle.
    QCPAxis* prices = priceRect(chart)->axis(QCPAxis::atRight);
    QCPAxis* times = priceRect(chart)->axis(QCPAxis::atBottom);
    const double price = std::round(prices->range().center());
    const models::CandleSeries& series = *m_session->candles(QStringLiteral("BTC/USD"), QStringLiteral("15m"));
    const qint64 newest = series.at(series.size() - 1).timestamp;
    const QPointF at(times->coordToPixel(static_cast<double>(newest) / 1000.0), prices->coordToPixel(price));
    moveMouse(chart->plot(), at);
    QVERIFY(chart->crosshair()->isVisible());
    QCOMPARE(chart->crosshair()->priceText(), QString::number(price, 'f', 2));
    QCOMPARE(chart->crosshair()->timeText(),
             QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC).toString(QStringLiteral("ddd d MMM yy  hh:mm")));

    // Over the volume pane: the time stays, the price line goes.
    QCPAxisRect* volume = chart->plot()->axisRect(1);
    moveMouse(chart->plot(), QPointF(at.x(), volume->rect().center().y()));
    QVERIFY(chart->crosshair()->isVisible());
    QVERIFY(chart->crosshair()->priceText().isEmpty());
    QVERIFY(!chart->crosshair()->timeText().isEmpty());

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(chart->plot(), &leave);
    QVERIFY(!chart->crosshair()->isVisible());
}

void TestChartPanel::openOrdersAreDrawnAtTheirPrices()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    QVERIFY(panel->chart()->orderLines()->labels().isEmpty());
    const std::pair<const char*, const char*> orders[] = {{"buy", "50000"}, {"sell", "150000"}};
    for (const auto& [side, price] : orders) {
        models::PreparedOrder order;
        order.symbol = QStringLiteral("BTC/USD");
        order.side = QString::fromLatin1(side);
        order.type = QStringLiteral("limit");
        order.amount = QStringLiteral("0.02");
        order.price = QString::fromLatin1(price);
        m_session->placeOrder(order, panel, {});
    }
    // An order on another market is not this chart's.
    models::PreparedOrder other;
    other.symbol = QStringLiteral("ETH/USD");
    other.side = QStringLiteral("buy");
    other.type = QStringLiteral("limit");
    other.amount = QStringLiteral("1");
    other.price = QStringLiteral("100");
    m_session->placeOrder(other, panel, {});

    QTRY_COMPARE(m_session->openOrders()->rowCount(), 3);
    QTRY_COMPARE(panel->chart()->orderLines()->labels().size(), 2);
    const QStringList labels = panel->chart()->orderLines()->labels();
    QVERIFY2(labels.contains(QStringLiteral("BUY 0.02000 @ 50,000.00")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("SELL 0.02000 @ 150,000.00")), qPrintable(labels.join(u'|')));

    m_session->cancelAllOrders({}, panel, {});
    QTRY_COMPARE(m_session->openOrders()->rowCount(), 0);
    QTRY_VERIFY(panel->chart()->orderLines()->labels().isEmpty());
}

void TestChartPanel::pricesUseTheMarketsDecimals()
{
    ui::ChartPanel* panel = show(QStringLiteral("PEPE/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    QCPAxis* prices = priceRect(panel->chart())->axis(QCPAxis::atRight);
    QCOMPARE(prices->numberPrecision(), 9);
    // "C 0.000008123": nine decimals after the point in the read-out.
    QVERIFY2(panel->chart()->readoutText().contains(QRegularExpression(QStringLiteral(">0\\.\\d{9}<"))),
             qPrintable(panel->chart()->readoutText()));
}

void TestChartPanel::depthToggleShowsTheBooksDepth()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    QVERIFY(!panel->depthChart());
    using Channel = models::ExchangeSession::Channel;
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("BTC/USD")), 0);
    auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("depthToggle"));
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(panel->depthShown());
    ui::DepthChart* depth = panel->depthChart();
    QVERIFY(depth);
    QTRY_VERIFY(depth->isVisible() && !panel->chart()->isVisible());
    QVERIFY(m_session->currentInterval(Channel::OrderBook, QStringLiteral("BTC/USD")) > 0);
    const models::OrderBookModel* book = m_session->orderBook(QStringLiteral("BTC/USD"));
    QTRY_VERIFY_WITH_TIMEOUT(depth->bidPoints() > 0 && depth->askPoints() > 0, 10000);
    // The curves are the book's: as many steps as price levels, up to the deeper side's total.
    QTRY_COMPARE(depth->bidPoints(), static_cast<int>(book->cumulativeDepth(false).size()));
    const double deepest = std::max(book->cumulativeDepth(false).back().amount.toDouble(),
                                    book->cumulativeDepth(true).back().amount.toDouble());
    QCOMPARE(depth->highestCumulative(), deepest);
    // Bids left of the asks, the axis spanning both.
    const QCPRange x = depth->plot()->xAxis->range();
    QVERIFY(x.contains(book->bestBid()->toDouble()) && x.contains(book->bestAsk()->toDouble()));
    QTest::qWait(50);
    if (const QString dir = qEnvironmentVariable("BOURSE_GRAB_DIR"); !dir.isEmpty()) {
        panel->grab().save(dir + QStringLiteral("/depth-chart.png"));
    }

    // A new market moves the depth with it; off again, the candles come back and the book stops.
    panel->setSymbol(QStringLiteral("ETH/USD"));
    QVERIFY(panel->depthChart());
    QTRY_VERIFY(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")) > 0);
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("BTC/USD")), 0);
    toggle->click();
    QVERIFY(!panel->depthShown() && !panel->depthChart());
    QTRY_VERIFY(panel->chart()->isVisible());
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")), 0);
}

void TestChartPanel::draggingIntoThePastLoadsEarlierCandles()
{
    ui::ChartPanel* panel = show(QStringLiteral("BTC/USD"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    const models::CandleSeries& series = *m_session->candles(QStringLiteral("BTC/USD"), QStringLiteral("15m"));
    const qsizetype loaded = series.size();
    const qint64 firstLoaded = series.at(0).timestamp;
    QCustomPlot* plot = panel->chart()->plot();
    const QRect area = priceRect(panel->chart())->rect();
    // Each drag to the right shows older candles; within a few drags the view reaches the first one.
    for (int i = 0; i < 6 && series.size() == loaded; ++i) {
        drag(plot, QPointF(area.left() + 20, area.center().y()), QPointF(area.right() - 20, area.center().y()));
        QTest::qWait(100);
    }
    QTRY_VERIFY(series.size() > loaded);
    QVERIFY(series.at(0).timestamp < firstLoaded);
    QVERIFY(contiguous(series));
    QTRY_COMPARE(panel->chart()->candleCount(), static_cast<int>(series.size()));
    // The view stayed where the user dragged it: the older candles are drawn left of it, not jumped to.
    QVERIFY(priceRect(panel->chart())->axis(QCPAxis::atBottom)->range().lower > series.at(0).timestamp / 1000.0);
    QVERIFY(!series.historyComplete());
    if (const QString dir = qEnvironmentVariable("BOURSE_GRAB_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        panel->grab().save(dir + QStringLiteral("/chart-history.png"));
    }
}

void TestChartPanel::historyIsLoadedBackToTheListing()
{
    ui::ChartPanel* panel = show(QStringLiteral("ETH/USD"), QStringLiteral("1d"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->hasData());
    const models::CandleSeries& series = *m_session->candles(QStringLiteral("ETH/USD"), QStringLiteral("1d"));
    QCOMPARE(series.size(), 300); // the first load
    // Zoomed out to years before the listing: page after page is asked for until the exchange has no more.
    QCPAxis* time = priceRect(panel->chart())->axis(QCPAxis::atBottom);
    time->setRange(QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), time->range().upper);
    QTRY_VERIFY_WITH_TIMEOUT(series.historyComplete(), 20000);
    constexpr qint64 DemoListing = 1514764800000; // 2018-01-01, the demo's first candle
    QCOMPARE(series.at(0).timestamp, DemoListing);
    QVERIFY(contiguous(series));
    const qint64 days = (series.at(series.size() - 1).timestamp - DemoListing) / 86'400'000 + 1;
    QCOMPARE(series.size(), days);
    QCOMPARE(panel->chart()->candleCount(), static_cast<int>(series.size()));
}

QTEST_MAIN(TestChartPanel)
#include "TestChartPanel.moc"
