// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CandleChart.h"
#include "PlaceholderPanel.h"
#include "Theme.h"
#include "models/CandleSeries.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace bourse::ui {

MainWindow::MainWindow(const QString& exchangeId, models::CandleSeries& candles, QWidget* parent)
    : QMainWindow(parent), m_exchangeId(exchangeId), m_candles(candles)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bourse — %1").arg(exchangeId));
    setWindowIcon(Theme::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    // Side columns run the full height; the bottom panel sits under the chart only (DESIGN.md, default workspace).
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_chart = new CandleChart(m_candles, this);
    setCentralWidget(m_chart);
    createPanels();
    arrangeDefaultLayout();
    createMenus();
    createStatusBar();
    resize(1440, 900);

    connect(&m_candles, &models::CandleSeries::candlesAppended, this, &MainWindow::onCandlesChanged);
    connect(&m_candles, &models::CandleSeries::candleUpdated, this, &MainWindow::onCandlesChanged);
}

QDockWidget* MainWindow::addPanel(const QString& objectName, const QString& title, QWidget* content)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    m_panels.append(dock);
    return dock;
}

void MainWindow::createPanels()
{
    addPanel(QStringLiteral("marketsDock"), tr("Markets"),
             new PlaceholderPanel(tr("Market list"),
                                  tr("Every market of the board's exchange with last price and 24h change, a filter "
                                     "and favourites."),
                                  tr("Arrives with the market list issue."), this));
    addPanel(QStringLiteral("orderBookDock"), tr("Order book"),
             new PlaceholderPanel(tr("Order book"),
                                  tr("Asks over bids with cumulative depth and the spread between them."),
                                  tr("Arrives with the order book issue."), this));
    addPanel(QStringLiteral("tradesDock"), tr("Trades"),
             new PlaceholderPanel(tr("Recent trades"), tr("The market's latest trades: time, price and amount."),
                                  tr("Arrives with the recent trades issue."), this));
    addPanel(QStringLiteral("orderTicketDock"), tr("Order ticket"),
             new PlaceholderPanel(tr("Order ticket"),
                                  tr("Buy and sell with limit, market and stop orders, checked against the market's "
                                     "precision and limits."),
                                  tr("Arrives with the order entry issue."), this));
    addPanel(QStringLiteral("balancesDock"), tr("Balances"),
             new PlaceholderPanel(tr("Balances"), tr("Free, used and total per currency of the account."),
                                  tr("Arrives with the accounts and balances issue."), this));
    addPanel(QStringLiteral("openOrdersDock"), tr("Open orders"),
             new PlaceholderPanel(tr("Open orders"), tr("Open orders, order history and my trades, with cancel."),
                                  tr("Arrives with the orders issue."), this));
}

void MainWindow::arrangeDefaultLayout()
{
    const auto panel = [this](const char* name) { return findChild<QDockWidget*>(QString::fromLatin1(name)); };
    QDockWidget* markets = panel("marketsDock");
    QDockWidget* book = panel("orderBookDock");
    QDockWidget* trades = panel("tradesDock");
    QDockWidget* ticket = panel("orderTicketDock");
    QDockWidget* balances = panel("balancesDock");
    QDockWidget* orders = panel("openOrdersDock");

    addDockWidget(Qt::LeftDockWidgetArea, markets);
    addDockWidget(Qt::RightDockWidgetArea, book);
    splitDockWidget(book, ticket, Qt::Horizontal);
    splitDockWidget(book, trades, Qt::Vertical);
    splitDockWidget(ticket, balances, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, orders);

    resizeDocks({markets, book, ticket}, {230, 250, 250}, Qt::Horizontal);
    resizeDocks({book, trades, ticket, balances}, {480, 320, 430, 370}, Qt::Vertical);
    resizeDocks({orders}, {190}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_panels)) {
        view->addAction(dock->toggleViewAction());
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bourse"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    // DESIGN.md's status bar has, per exchange: connection, mode, latency, rate budget and clock skew. The demo
    // series runs in-process, so only the first two are known yet; the rest say so instead of inventing numbers.
    auto addField = [this](const QString& text, const QString& objectName) {
        auto* label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    auto* connection = new QLabel(this);
    connection->setObjectName(QStringLiteral("statusConnection"));
    connection->setTextFormat(Qt::RichText);
    connection->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                            .arg(Theme::up().name(), tr("%1: in-process, no network").arg(m_exchangeId)));
    connection->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(connection);
    addField(tr("mode: simulated"), QStringLiteral("statusMode"));
    addField(tr("latency: —"), QStringLiteral("statusLatency"));
    addField(tr("rate budget: —"), QStringLiteral("statusRateBudget"));
    addField(tr("clock skew: —"), QStringLiteral("statusClockSkew"));
    m_updateLabel = addField(tr("waiting for data…"), QStringLiteral("statusLastUpdate"));
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::onCandlesChanged()
{
    m_updateLabel->setText(tr("candles: %1, updated %2 UTC")
                               .arg(m_candles.size())
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bourse"),
                       tr("<h3>Bourse %1</h3><p>A native multi-exchange crypto trading terminal.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace bourse::ui
