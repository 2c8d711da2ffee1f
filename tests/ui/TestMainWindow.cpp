// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/session/ExchangeSession.h"
#include "ui/CandleChart.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/panels/ChartPanel.h"
#include "ui/panels/Panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <memory>

using namespace bourse;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasTheDefaultLayout();
    void everyPanelGetsData();
    void statusBarShowsTheConnection();
    void linkedPanelsFollowTheMarketList();
    void chartOffersTheExchangesTimeframes();
    void grabsTheWholeWindow();

private:
    std::unique_ptr<models::ExchangeSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings().clear();
    ui::Theme::applyDark(*qApp);
    QVERIFY(!ui::Theme::appIcon().isNull());
}

void TestMainWindow::init()
{
    m_session = std::make_unique<models::ExchangeSession>(QStringLiteral("demo"));
    m_window = std::make_unique<ui::MainWindow>(*m_session, QStringLiteral("BTC/USD"));
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->start();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestMainWindow::hasTheDefaultLayout()
{
    QStringList names;
    for (const QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        names.append(dock->objectName());
        QVERIFY2(dock->isVisible() && !dock->isFloating(), qPrintable(dock->objectName()));
        QVERIFY2(dock->width() > 100 && dock->height() > 100, qPrintable(dock->objectName()));
    }
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("balancesDock"), QStringLiteral("marketsDock"),
                           QStringLiteral("openOrdersDock"), QStringLiteral("orderBookDock"),
                           QStringLiteral("orderTicketDock"), QStringLiteral("tradesDock")}));
    const auto area = [this](const char* name) {
        return m_window->dockWidgetArea(m_window->findChild<QDockWidget*>(QString::fromLatin1(name)));
    };
    QCOMPARE(area("marketsDock"), Qt::LeftDockWidgetArea);
    QCOMPARE(area("orderBookDock"), Qt::RightDockWidgetArea);
    QCOMPARE(area("orderTicketDock"), Qt::RightDockWidgetArea);
    QCOMPARE(area("openOrdersDock"), Qt::BottomDockWidgetArea);
    QVERIFY(m_window->chartPanel());
    QCOMPARE(m_window->boundPanels().size(), 7);
}

void TestMainWindow::everyPanelGetsData()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->panelsHaveData(), 10000);
    for (const ui::Panel* panel : m_window->boundPanels()) {
        QTRY_VERIFY2(panel->hasData(), qPrintable(panel->objectName()));
    }
    QCOMPARE(m_window->chartPanel()->chart()->sourceBadgeText(), QStringLiteral("DEMO DATA"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("BTC/USD")));
}

void TestMainWindow::statusBarShowsTheConnection()
{
    QTRY_VERIFY(m_window->panelsHaveData());
    auto* connection = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("statusConnection"));
    auto* mode = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("statusMode"));
    auto* latency = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("statusLatency"));
    QVERIFY(connection && mode && latency);
    QVERIFY(connection->text().contains(QStringLiteral("Bourse Demo: connected")));
    QCOMPARE(mode->text(), QStringLiteral("mode: poll"));
    QVERIFY(latency->text().endsWith(QStringLiteral(" ms")));
}

void TestMainWindow::linkedPanelsFollowTheMarketList()
{
    QTRY_VERIFY(m_window->panelsHaveData());
    m_window->linkSymbol(1, QStringLiteral("ETH/USD"));
    for (const ui::Panel* panel : m_window->boundPanels()) {
        if (!panel->symbol().isEmpty()) {
            QCOMPARE(panel->symbol(), QStringLiteral("ETH/USD"));
        }
    }
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("ETH/USD")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->panelsHaveData(), 10000);
}

void TestMainWindow::chartOffersTheExchangesTimeframes()
{
    QTRY_VERIFY(m_window->panelsHaveData());
    ui::ChartPanel* chart = m_window->chartPanel();
    QCOMPARE(chart->offeredTimeframes(), m_session->timeframes());
    chart->setTimeframe(QStringLiteral("1h"));
    QTRY_VERIFY(chart->hasData());
    QCOMPARE(m_session->currentInterval(models::ExchangeSession::Channel::Candles, QStringLiteral("BTC/USD"),
                                        QStringLiteral("15m")),
             0);
}

void TestMainWindow::grabsTheWholeWindow()
{
    QTRY_VERIFY(m_window->panelsHaveData());
    QTest::qWait(50); // the chart's queued replot
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), QSize(1600, 900) * m_window->devicePixelRatio());
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
