// SPDX-License-Identifier: GPL-3.0-or-later
#include "BourseVersion.h"
#include "models/accounts/AccountList.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionHealth.h"
#include "models/session/SessionPool.h"
#include "models/workspace/WorkspaceStore.h"
#include "ui/CandleChart.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/panels/ChartPanel.h"
#include "ui/panels/OrderTicketPanel.h"
#include "ui/panels/Panel.h"
#include "ui/workspace/AddPanelDialog.h"
#include "ui/workspace/PanelTitleBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
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
    void panelsOfOneKindCanBeAddedAndRemoved();
    void linkGroupsMoveOnlyTheirOwnPanels();
    void workspaceRoundTripsThroughTheStore();
    void closingSavesTheWorkspace();
    void resetRestoresTheDefaultPanels();
    void activityLogKeepsTheHistory();
    void themeSwitchKeepsThePanels();
    void tradeKeysReachTheTicket();
    void panelsAreBoundToAnAccount();
    void aboutBoxShowsTheProjectsFacts();

private:
    QStringList dockNames() const;
    static models::PanelBinding demoPanel(const QString& kind, const QString& symbol, int linkGroup);

    std::unique_ptr<models::SessionPool> m_sessions;
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
    m_sessions = std::make_unique<models::SessionPool>();
    m_window = std::make_unique<ui::MainWindow>(
        *m_sessions, models::WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD")));
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_sessions.reset();
}

QStringList TestMainWindow::dockNames() const
{
    QStringList names;
    for (const QDockWidget* dock : m_window->panels()) {
        names.append(dock->objectName());
    }
    names.sort();
    return names;
}

models::PanelBinding TestMainWindow::demoPanel(const QString& kind, const QString& symbol, int linkGroup)
{
    models::PanelBinding binding;
    binding.kind = kind;
    binding.exchange = QStringLiteral("demo");
    binding.symbol = symbol;
    binding.linkGroup = linkGroup;
    return binding;
}

void TestMainWindow::hasTheDefaultLayout()
{
    QDockWidget* myTrades = m_window->dock(QStringLiteral("myTrades"));
    for (const QDockWidget* dock : m_window->panels()) {
        if (dock == myTrades) {
            continue; // in a tab behind the orders
        }
        QVERIFY2(dock->isVisible() && !dock->isFloating(), qPrintable(dock->objectName()));
        QVERIFY2(dock->width() > 100 && dock->height() > 100, qPrintable(dock->objectName()));
    }
    QCOMPARE(dockNames(),
             (QStringList {QStringLiteral("balances"), QStringLiteral("chart"), QStringLiteral("markets"),
                           QStringLiteral("myTrades"), QStringLiteral("orderBook"), QStringLiteral("orders"),
                           QStringLiteral("ticket"), QStringLiteral("trades")}));
    QVERIFY(m_window->tabifiedDockWidgets(m_window->dock(QStringLiteral("orders"))).contains(myTrades));
    QVERIFY(!myTrades->isFloating());
    const auto geometry = [this](const char* name) { return m_window->dock(QString::fromLatin1(name))->geometry(); };
    // Left to right: markets, chart, book, ticket; orders under the chart, trades under the book, balances under
    // the ticket.
    QVERIFY(geometry("markets").right() < geometry("chart").left());
    QVERIFY(geometry("chart").right() < geometry("orderBook").left());
    QVERIFY(geometry("orderBook").right() < geometry("ticket").left());
    QVERIFY(geometry("chart").bottom() < geometry("orders").top());
    QVERIFY(geometry("orderBook").bottom() < geometry("trades").top());
    QVERIFY(geometry("ticket").bottom() < geometry("balances").top());
    QVERIFY(geometry("chart").width() > geometry("orderBook").width());
    QVERIFY(m_window->chartPanel());
    QCOMPARE(m_window->boundPanels().size(), 8);
    QCOMPARE(m_sessions->sessions().size(), 1);
    auto* title = qobject_cast<ui::PanelTitleBar*>(m_window->dock(QStringLiteral("orderBook"))->titleBarWidget());
    QVERIFY(title);
    QCOMPARE(title->linkGroup(), 1);
    QVERIFY2(title->text().startsWith(QStringLiteral("Order book · ")), qPrintable(title->text()));
    QVERIFY2(title->text().endsWith(QStringLiteral(" BTC/USD")), qPrintable(title->text()));
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
    auto* connection = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("statusConnection-demo"));
    QVERIFY(connection);
    // The demo pushes the book and the trades; the market list, chart, balances and orders poll.
    QTRY_VERIFY2(connection->text().contains(QRegularExpression(QStringLiteral(
                     "Bourse Demo: connected \\(in-process\\) · stream [1-9][0-9]* · poll [1-9][0-9]* · "))),
                 qPrintable(connection->text()));
    // The rate budget and the clock skew, once the session's health has been sampled.
    m_sessions->find(QStringLiteral("demo"))->health()->sample();
    QTRY_VERIFY2(connection->text().contains(QStringLiteral(" ms · rate 0.0/1 · clock ")),
                 qPrintable(connection->text()));
    QVERIFY2(connection->text().endsWith(QStringLiteral(" ms")), qPrintable(connection->text()));
    QVERIFY(!connection->text().contains(QStringLiteral("queued")));
    QVERIFY2(connection->toolTip().startsWith(QStringLiteral("Rate budget: 0.00 of 1 request units in use")),
             qPrintable(connection->toolTip()));
    QVERIFY(connection->toolTip().contains(QStringLiteral("Clock: the exchange's clock is ")));
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
    QCOMPARE(chart->offeredTimeframes(), chart->session().timeframes());
    chart->setTimeframe(QStringLiteral("1h"));
    QTRY_VERIFY(chart->hasData());
    QCOMPARE(m_sessions->find(QStringLiteral("demo"))
                 ->currentInterval(models::ExchangeSession::Channel::Candles, QStringLiteral("BTC/USD"),
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

void TestMainWindow::panelsOfOneKindCanBeAddedAndRemoved()
{
    models::PanelBinding binding = demoPanel(models::PanelKind::OrderBook, QStringLiteral("ETH/USD"), 2);
    QDockWidget* added = m_window->addPanel(binding);
    QVERIFY(added);
    QCOMPARE(added->objectName(), QStringLiteral("orderBook-2"));
    QTRY_VERIFY(added->isVisible());
    ui::Panel* book = m_window->panel(QStringLiteral("orderBook-2"));
    QVERIFY(book);
    QCOMPARE(book->symbol(), QStringLiteral("ETH/USD"));
    QCOMPARE(book->linkGroup(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(book->hasData(), 10000);
    // Both books poll through the one demo session.
    QCOMPARE(m_sessions->sessions().size(), 1);

    binding.kind = QStringLiteral("noSuchKind");
    QVERIFY(!m_window->addPanel(binding));

    // The dock's own close button removes the panel and its subscriptions.
    auto* title = qobject_cast<ui::PanelTitleBar*>(added->titleBarWidget());
    QVERIFY(title);
    QPointer<QDockWidget> gone(added);
    QToolButton* close = title->findChild<QToolButton*>(QStringLiteral("closeButton"));
    QVERIFY(close);
    close->click();
    QVERIFY(!m_window->dock(QStringLiteral("orderBook-2")));
    QTRY_VERIFY(gone.isNull());
    QCOMPARE(m_window->boundPanels().size(), 8);
    QCOMPARE(m_sessions->find(QStringLiteral("demo"))
                 ->currentInterval(models::ExchangeSession::Channel::OrderBook, QStringLiteral("ETH/USD")),
             0);
}

void TestMainWindow::linkGroupsMoveOnlyTheirOwnPanels()
{
    QVERIFY(m_window->addPanel(demoPanel(models::PanelKind::Chart, QStringLiteral("ETH/USD"), 2)));
    m_window->setLinkGroup(QStringLiteral("trades"), 0);
    m_window->linkSymbol(1, QStringLiteral("SOL/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("orderBook"))->symbol(), QStringLiteral("SOL/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("chart"))->symbol(), QStringLiteral("SOL/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("chart-2"))->symbol(), QStringLiteral("ETH/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("trades"))->symbol(), QStringLiteral("BTC/USD"));
    m_window->linkSymbol(2, QStringLiteral("BTC/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("chart-2"))->symbol(), QStringLiteral("BTC/USD"));
    QCOMPARE(m_window->panel(QStringLiteral("orderBook"))->symbol(), QStringLiteral("SOL/USD"));
    // The title bar's menu changes the group too.
    auto* title = qobject_cast<ui::PanelTitleBar*>(m_window->dock(QStringLiteral("trades"))->titleBarWidget());
    QVERIFY(title);
    QCOMPARE(title->linkGroup(), 0);
    QToolButton* link = title->findChild<QToolButton*>(QStringLiteral("linkGroupButton"));
    QVERIFY(link && link->menu());
    link->menu()->actions().at(2)->trigger();
    QCOMPARE(m_window->panel(QStringLiteral("trades"))->linkGroup(), 2);
    QCOMPARE(title->linkGroup(), 2);
}

void TestMainWindow::workspaceRoundTripsThroughTheStore()
{
    QVERIFY(m_window->addPanel(demoPanel(models::PanelKind::Chart, QStringLiteral("ETH/USD"), 3)));
    m_window->setLinkGroup(QStringLiteral("orderBook"), 0);
    qobject_cast<ui::ChartPanel*>(m_window->panel(QStringLiteral("chart-2")))->setTimeframe(QStringLiteral("1h"));
    qobject_cast<ui::ChartPanel*>(m_window->panel(QStringLiteral("chart-2")))->setStudies({QStringLiteral("ema50")});
    m_window->tabifyDockWidget(m_window->dock(QStringLiteral("balances")), m_window->dock(QStringLiteral("orders")));
    QTest::qWait(20);
    const models::WorkspaceLayout before = m_window->captureWorkspace();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("workspaces.json"));
    {
        models::WorkspaceStore store(path);
        QVERIFY(store.load());
        QVERIFY(store.save(QStringLiteral("Scalping"), before));
    }
    models::WorkspaceStore reread(path);
    QVERIFY(reread.load());
    QCOMPARE(reread.names(), QStringList {QStringLiteral("Scalping")});
    QCOMPARE(reread.current(), QStringLiteral("Scalping"));
    QStringList problems;
    const std::optional<models::WorkspaceLayout> after = reread.layout(QStringLiteral("Scalping"), problems);
    QVERIFY(after);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(after->panels, before.panels);

    // A new window from the saved workspace shows the same panels, bindings and arrangement.
    m_window.reset();
    m_window = std::make_unique<ui::MainWindow>(*m_sessions, *after);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->captureWorkspace().panels, before.panels);
    QCOMPARE(m_window->panel(QStringLiteral("chart-2"))->symbol(), QStringLiteral("ETH/USD"));
    QCOMPARE(qobject_cast<ui::ChartPanel*>(m_window->panel(QStringLiteral("chart-2")))->timeframe(),
             QStringLiteral("1h"));
    QCOMPARE(qobject_cast<ui::ChartPanel*>(m_window->panel(QStringLiteral("chart-2")))->studies(),
             QStringList {QStringLiteral("ema50")});
    QCOMPARE(m_window->panel(QStringLiteral("orderBook"))->linkGroup(), 0);
    const QList<QDockWidget*> tabbed = m_window->tabifiedDockWidgets(m_window->dock(QStringLiteral("balances")));
    QVERIFY(tabbed.contains(m_window->dock(QStringLiteral("orders"))));
}

void TestMainWindow::closingSavesTheWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    models::WorkspaceStore store(dir.filePath(QStringLiteral("workspaces.json")));
    QVERIFY(store.load());
    m_window->setWorkspaceStore(&store);
    m_window->setWorkspaceName(QStringLiteral("Morning"));
    m_window->linkSymbol(1, QStringLiteral("ETH/USD"));
    QVERIFY(m_window->close());

    models::WorkspaceStore reread(store.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.current(), QStringLiteral("Morning"));
    QStringList problems;
    const auto saved = reread.layout(QStringLiteral("Morning"), problems);
    QVERIFY(saved);
    QCOMPARE(saved->find(QStringLiteral("chart"))->symbol, QStringLiteral("ETH/USD"));
    QCOMPARE(saved->panels.size(), 8);
}

void TestMainWindow::resetRestoresTheDefaultPanels()
{
    m_window->removePanel(QStringLiteral("trades"));
    m_window->removePanel(QStringLiteral("markets"));
    QCOMPARE(m_window->panels().size(), 6);
    m_window->linkSymbol(1, QStringLiteral("ETH/USD"));
    m_window->resetToDefault();
    QCOMPARE(dockNames().size(), 8);
    QVERIFY(m_window->dock(QStringLiteral("markets")));
    // The default layout keeps the market the window was on.
    QCOMPARE(m_window->panel(QStringLiteral("trades"))->symbol(), QStringLiteral("ETH/USD"));
    QTest::qWait(20);
    for (const QDockWidget* dock : m_window->panels()) {
        QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName()));
        QVERIFY2(dock->isVisible() || dock->objectName() == QStringLiteral("myTrades"), qPrintable(dock->objectName()));
    }
}

void TestMainWindow::activityLogKeepsTheHistory()
{
    QDockWidget* log = m_window->activityLogDock();
    QVERIFY(log && !log->isVisible());
    QVERIFY(!m_window->panels().contains(log)); // not a workspace panel: View menu only
    auto* toggle = m_window->findChild<QAction*>(QStringLiteral("activityLogAction"));
    QVERIFY(toggle);
    toggle->trigger();
    QTRY_VERIFY(log->isVisible());
    auto* table = log->findChild<QTableView*>(QStringLiteral("activityLogTable"));
    QVERIFY(table);
    // The demo's connection is the first thing it says.
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("connected"));
    // A failure shows in the status bar and stays in the log.
    models::ExchangeSession& demo = m_sessions->session(QStringLiteral("demo"));
    emit demo.requestFailed(QStringLiteral("fetchTicker"), QStringLiteral("the exchange is busy"));
    const int last = table->model()->rowCount() - 1;
    QCOMPARE(table->model()->index(last, 2).data().toString(),
             QStringLiteral("fetchTicker failed: the exchange is busy"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusLastError"))->text().contains(QStringLiteral("busy")));
    // Where it was and whether it showed is part of the window's saved state.
    const QByteArray state = m_window->captureWorkspace().dockState;
    log->hide();
    QVERIFY(m_window->restoreState(state, models::WorkspaceLayout::kFormatVersion));
    QVERIFY(log->isVisible());
}

void TestMainWindow::themeSwitchKeepsThePanels()
{
    const QStringList before = dockNames();
    m_window->findChild<QAction*>(QStringLiteral("theme-light"))->trigger();
    QCOMPARE(ui::Theme::current(), ui::Theme::Kind::Light);
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
    QCOMPARE(qApp->palette().color(QPalette::Base), ui::Theme::palette(ui::Theme::Kind::Light).color(QPalette::Base));
    QVERIFY(ui::Theme::panel() != ui::Theme::palette(ui::Theme::Kind::Dark).color(QPalette::Base));
    QCOMPARE(dockNames(), before);
    QTRY_VERIFY(m_window->panelsHaveData());
    m_window->findChild<QAction*>(QStringLiteral("theme-dark"))->trigger();
    QCOMPARE(ui::Theme::current(), ui::Theme::Kind::Dark);
    QCOMPARE(dockNames(), before);
}

void TestMainWindow::tradeKeysReachTheTicket()
{
    auto* ticket = qobject_cast<ui::OrderTicketPanel*>(m_window->panel(QStringLiteral("ticket")));
    QVERIFY(ticket);
    m_window->activateWindow();
    m_window->findChild<QAction*>(QStringLiteral("sellAction"))->trigger();
    QVERIFY(!ticket->isBuy());
    QTRY_VERIFY(ticket->amountEdit()->hasFocus());
    m_window->findChild<QAction*>(QStringLiteral("buyAction"))->trigger();
    QVERIFY(ticket->isBuy());
    // F6 moves focus out of the ticket to another panel.
    m_window->findChild<QAction*>(QStringLiteral("nextPanelAction"))->trigger();
    QTRY_VERIFY(!ticket->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindow::panelsAreBoundToAnAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    models::AccountList accounts(&settings);
    QVERIFY(accounts.put({QStringLiteral("Main"), QStringLiteral("demo")}));
    QVERIFY(accounts.put({QStringLiteral("Hedge"), QStringLiteral("demo")}));
    m_window.reset();
    m_sessions = std::make_unique<models::SessionPool>();
    m_sessions->setAccounts(&accounts, nullptr); // the demo needs no keys
    // The default layout names no account: every panel goes to the exchange's first one.
    m_window = std::make_unique<ui::MainWindow>(
        *m_sessions, models::WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_sessions->sessions().size(), 1);
    QCOMPARE(m_window->panel(QStringLiteral("orderBook"))->session().accountLabel(), QStringLiteral("Main"));

    // A second account on the same exchange is a session of its own, named in the panel's title.
    models::PanelBinding hedge = demoPanel(models::PanelKind::Balances, {}, 0);
    hedge.account = QStringLiteral("Hedge");
    QVERIFY(m_window->addPanel(hedge));
    ui::Panel* balances = m_window->panel(QStringLiteral("balances-2"));
    QCOMPARE(balances->session().accountLabel(), QStringLiteral("Hedge"));
    QVERIFY(&balances->session() != &m_window->panel(QStringLiteral("balances"))->session());
    QCOMPARE(m_sessions->sessions().size(), 2);
    QCOMPARE(&balances->session(), m_sessions->find(QStringLiteral("demo"), QStringLiteral("Hedge")));
    auto* title = qobject_cast<ui::PanelTitleBar*>(m_window->dock(QStringLiteral("balances-2"))->titleBarWidget());
    QTRY_VERIFY2(title->text().contains(QStringLiteral("(Hedge)")), qPrintable(title->text()));
    QVERIFY(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("statusConnection-demo-Hedge")));
    QTRY_VERIFY_WITH_TIMEOUT(balances->hasData(), 10000);

    // The account is part of the saved workspace and comes back with it.
    const models::WorkspaceLayout saved = m_window->captureWorkspace();
    QCOMPARE(saved.find(QStringLiteral("balances-2"))->account, QStringLiteral("Hedge"));
    QCOMPARE(saved.find(QStringLiteral("chart"))->account, QStringLiteral("Main"));
    QVERIFY(m_window->applyWorkspace(saved).isEmpty());
    QCOMPARE(m_window->panel(QStringLiteral("balances-2"))->session().accountLabel(), QStringLiteral("Hedge"));
    QCOMPARE(m_sessions->sessions().size(), 2);

    // The picker offers the accounts of the chosen exchange.
    models::PanelBinding suggestion = demoPanel(models::PanelKind::Orders, {}, 1);
    suggestion.account = QStringLiteral("Hedge");
    ui::AddPanelDialog dialog(*m_sessions, suggestion, m_window.get());
    auto* account = dialog.findChild<QComboBox*>(QStringLiteral("accountComboBox"));
    QVERIFY(account);
    QCOMPARE(account->count(), 2);
    QCOMPARE(account->itemText(0), QStringLiteral("Main"));
    QCOMPARE(dialog.binding().account, QStringLiteral("Hedge"));
    account->setCurrentIndex(0);
    QCOMPARE(dialog.binding().account, QStringLiteral("Main"));
    // An exchange without accounts offers its public data only.
    auto* exchange = dialog.findChild<QComboBox*>(QStringLiteral("exchangeComboBox"));
    exchange->setCurrentIndex(exchange->findData(QStringLiteral("kraken")));
    QCOMPARE(account->count(), 1);
    QCOMPARE(dialog.binding().account, QString());

    // A removed account's panels move to the exchange's remaining one.
    QVERIFY(accounts.remove(QStringLiteral("Hedge")));
    QCOMPARE(m_sessions->resolveAccount(QStringLiteral("demo"), QStringLiteral("Hedge")), QStringLiteral("Main"));
    m_window->applyWorkspace(m_window->captureWorkspace());
    QCOMPARE(m_window->panel(QStringLiteral("balances-2"))->session().accountLabel(), QStringLiteral("Main"));
}

void TestMainWindow::aboutBoxShowsTheProjectsFacts()
{
    QAction* about = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&About Bourse")) {
            about = action;
        }
    }
    QVERIFY(about);
    // The box is modal: read it from inside its own event loop, then close it.
    QString text;
    QTimer::singleShot(0, m_window.get(), [&text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            text = box->text();
            QVERIFY(!box->grab().isNull());
            box->accept();
        }
    });
    about->trigger();
    QVERIFY2(text.contains(QStringLiteral("Bourse " BOURSE_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(BOURSE_LICENSE)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("href=\"" BOURSE_HOMEPAGE "\"")), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
