// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Theme.h"
#include "models/session/ExchangeSession.h"
#include "panels/BalancesPanel.h"
#include "panels/ChartPanel.h"
#include "panels/MarketListPanel.h"
#include "panels/OrderBookPanel.h"
#include "panels/OrderTicketPanel.h"
#include "panels/OrdersPanel.h"
#include "panels/TradesPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace bourse::ui {

namespace {

constexpr auto DefaultTimeframe = "15m";

} // namespace

MainWindow::MainWindow(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Theme::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    // Side columns run the full height; the bottom panel sits under the chart only (DESIGN.md, default workspace).
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    createPanels(symbol);
    arrangeDefaultLayout();
    createMenus();
    createStatusBar();
    updateTitle();
    resize(1440, 900);

    connect(&m_session, &models::ExchangeSession::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &models::ExchangeSession::replied, this, &MainWindow::updateStatus);
    connect(&m_session, &models::ExchangeSession::described, this, &MainWindow::updateTitle);
    connect(&m_session, &models::ExchangeSession::requestFailed, this,
            [this](const QString& what, const QString& message) {
                m_errorLabel->setText(tr("%1: %2").arg(what, message));
            });
}

QDockWidget* MainWindow::addPanel(const QString& objectName, const QString& title, QWidget* content)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createPanels(const QString& symbol)
{
    m_chart = new ChartPanel(m_session, symbol, QString::fromLatin1(DefaultTimeframe), this);
    setCentralWidget(m_chart);
    m_markets = new MarketListPanel(m_session, symbol, this);
    m_book = new OrderBookPanel(m_session, symbol, this);
    m_ticket = new OrderTicketPanel(m_session, symbol, this);
    addPanel(QStringLiteral("marketsDock"), tr("Markets"), m_markets);
    addPanel(QStringLiteral("orderBookDock"), tr("Order book"), m_book);
    addPanel(QStringLiteral("tradesDock"), tr("Trades"), new TradesPanel(m_session, symbol, this));
    addPanel(QStringLiteral("orderTicketDock"), tr("Order ticket"), m_ticket);
    addPanel(QStringLiteral("balancesDock"), tr("Balances"), new BalancesPanel(m_session, this));
    addPanel(QStringLiteral("openOrdersDock"), tr("Orders"), new OrdersPanel(m_session, this));

    connect(m_markets, &MarketListPanel::marketChosen, this,
            [this](const QString& chosen) { linkSymbol(m_markets->linkGroup(), chosen); });
    connect(m_book, &OrderBookPanel::levelClicked, m_ticket, &OrderTicketPanel::takePrice);
}

QList<Panel*> MainWindow::boundPanels() const
{
    return findChildren<Panel*>();
}

void MainWindow::linkSymbol(int group, const QString& symbol)
{
    if (group == 0) {
        return;
    }
    for (Panel* panel : boundPanels()) {
        if (panel->linkGroup() == group && !panel->symbol().isEmpty()) {
            panel->setSymbol(symbol);
        }
    }
    updateTitle();
}

bool MainWindow::panelsHaveData() const
{
    for (const Panel* panel : boundPanels()) {
        const QString name = panel->objectName();
        if (name == QStringLiteral("ordersPanel") || name == QStringLiteral("orderTicketPanel")) {
            continue; // an account may rightly have no orders; the ticket has its market once the list has
        }
        if (!panel->hasData()) {
            return false;
        }
    }
    return true;
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

    resizeDocks({markets, book, ticket}, {300, 270, 280}, Qt::Horizontal);
    resizeDocks({book, trades, ticket, balances}, {520, 300, 520, 300}, Qt::Vertical);
    resizeDocks({orders}, {200}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_docks)) {
        view->addAction(dock->toggleViewAction());
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bourse"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    // DESIGN.md's status bar, per exchange: connection, mode, latency; the rate budget and clock skew come with
    // the streams issue and are not shown rather than invented.
    const auto addField = [this](const QString& objectName) {
        auto* label = new QLabel(this);
        label->setObjectName(objectName);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("statusConnection"));
    m_connectionLabel->setTextFormat(Qt::RichText);
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_connectionLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("statusLastError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::down().name()));
    statusBar()->addWidget(m_errorLabel, 1);
    m_modeLabel = addField(QStringLiteral("statusMode"));
    m_latencyLabel = addField(QStringLiteral("statusLatency"));
    statusBar()->setSizeGripEnabled(true);
    updateStatus();
}

void MainWindow::updateStatus()
{
    QColor colour = Theme::mutedText();
    QString state;
    switch (m_session.state()) {
    case models::ExchangeSession::State::Connecting:
        state = tr("connecting…");
        break;
    case models::ExchangeSession::State::Online:
        colour = Theme::up();
        state = m_session.isSimulated() ? tr("connected (in-process)") : tr("connected");
        m_errorLabel->clear();
        break;
    case models::ExchangeSession::State::Degraded:
        colour = Theme::demoBadge();
        state = tr("errors");
        break;
    case models::ExchangeSession::State::Unavailable:
        colour = Theme::down();
        state = tr("unavailable: %1").arg(m_session.lastError());
        break;
    }
    m_connectionLabel->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2: %3")
            .arg(colour.name(), m_session.exchangeName().toHtmlEscaped(), state.toHtmlEscaped()));
    m_modeLabel->setText(tr("mode: poll"));
    const double ms = m_session.latencyMs();
    m_latencyLabel->setText(m_session.requestCount() == 0 ? tr("latency: —")
                                                          : tr("latency: %1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 0));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Bourse — %1 · %2").arg(m_session.exchangeName(), m_chart->symbol()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bourse"),
                       tr("<h3>Bourse %1</h3><p>A native multi-exchange crypto trading terminal.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace bourse::ui
