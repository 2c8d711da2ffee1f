// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CandleSeries.h"
#include "models/DemoCandleFeed.h"
#include "ui/CandleChart.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPanel.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <memory>

using namespace bourse;

namespace {

constexpr int HistoryLength = 90;
constexpr qint64 EndMs = 1'764'000'000'000; // fixed, so the window shows the same candles every run

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasTheSixPanels();
    void panelsSayWhatWillFillThem();
    void chartGetsTheDemoCandles();
    void chartFollowsUpdates();
    void grabsTheWholeWindow();

private:
    void deliverCandles();

    std::unique_ptr<models::CandleSeries> m_series;
    std::unique_ptr<models::DemoCandleFeed> m_feed;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    ui::Theme::applyDark(*qApp);
    QVERIFY(!ui::Theme::appIcon().isNull());
}

void TestMainWindow::init()
{
    m_series = std::make_unique<models::CandleSeries>(QStringLiteral("BTC/USD"), QStringLiteral("15m"), 15 * 60'000);
    m_feed = std::make_unique<models::DemoCandleFeed>(*m_series);
    m_feed->setEndTime(EndMs);
    m_feed->setHistoryLength(HistoryLength);
    m_feed->setLiveInterval(0);
    m_window = std::make_unique<ui::MainWindow>(QStringLiteral("demo"), *m_series);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_feed.reset();
    m_series.reset();
}

void TestMainWindow::deliverCandles()
{
    QSignalSpy appended(m_series.get(), &models::CandleSeries::candlesAppended);
    m_feed->start();
    QVERIFY(appended.wait(5000));
}

void TestMainWindow::hasTheSixPanels()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Bourse — demo"));
    const QStringList expected {QStringLiteral("marketsDock"),  QStringLiteral("orderBookDock"),
                                QStringLiteral("tradesDock"),   QStringLiteral("orderTicketDock"),
                                QStringLiteral("balancesDock"), QStringLiteral("openOrdersDock")};
    QStringList names;
    for (const QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        names.append(dock->objectName());
    }
    names.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(names, sortedExpected);

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    for (const QString& name : expected) {
        auto* dock = m_window->findChild<QDockWidget*>(name);
        QVERIFY2(dock && dock->isVisible() && !dock->isFloating(), qPrintable(name));
        QVERIFY2(dock->width() > 100 && dock->height() > 100, qPrintable(name));
    }
    QCOMPARE(m_window->dockWidgetArea(m_window->findChild<QDockWidget*>(QStringLiteral("marketsDock"))),
             Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(m_window->findChild<QDockWidget*>(QStringLiteral("orderBookDock"))),
             Qt::RightDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(m_window->findChild<QDockWidget*>(QStringLiteral("openOrdersDock"))),
             Qt::BottomDockWidgetArea);
    QVERIFY(m_window->statusBar()->isVisible());
}

void TestMainWindow::panelsSayWhatWillFillThem()
{
    const QList<ui::PlaceholderPanel*> placeholders = m_window->findChildren<ui::PlaceholderPanel*>();
    QCOMPARE(placeholders.size(), 6);
    for (const ui::PlaceholderPanel* panel : placeholders) {
        QVERIFY2(panel->text().contains(QStringLiteral("issue")), qPrintable(panel->text()));
    }
}

void TestMainWindow::chartGetsTheDemoCandles()
{
    ui::CandleChart* chart = m_window->chart();
    QVERIFY(chart);
    QCOMPARE(chart->candleCount(), 0);
    QVERIFY(chart->sourceBadgeText().isEmpty());

    deliverCandles();
    QCOMPARE(m_series->size(), HistoryLength);
    QCOMPARE(chart->candleCount(), HistoryLength);
    // Simulated prices are never shown unlabelled.
    QCOMPARE(chart->sourceBadgeText(), QStringLiteral("DEMO DATA"));
}

void TestMainWindow::chartFollowsUpdates()
{
    deliverCandles();
    std::vector<ex::Ohlcv> next {m_series->candles().back()};
    next.front().close = ex::Decimal(50'000);
    next.front().high = ex::Decimal(50'000);
    m_series->apply(next);
    QCOMPARE(m_window->chart()->candleCount(), HistoryLength);

    next.front().timestamp += m_series->periodMs();
    m_series->apply(next);
    QCOMPARE(m_window->chart()->candleCount(), HistoryLength + 1);
}

void TestMainWindow::grabsTheWholeWindow()
{
    const QSize size(1280, 800);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    deliverCandles();
    QTest::qWait(50); // let the chart's queued replot run

    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size * m_window->devicePixelRatio());

    // A dark theme: the picture's average brightness stays low.
    qint64 sum = 0;
    qint64 samples = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += qGray(image.pixel(x, y));
            ++samples;
        }
    }
    QVERIFY2(sum / samples < 70, qPrintable(QStringLiteral("mean grey %1").arg(sum / samples)));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
