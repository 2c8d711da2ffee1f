// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActivityLogView.h"
#include "BourseVersion.h"
#include "Language.h"
#include "Theme.h"
#include "TradeActions.h"
#include "accounts/AccountsDialog.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionHealth.h"
#include "models/session/SessionPool.h"
#include "models/workspace/WorkspaceStore.h"
#include "panels/ChartPanel.h"
#include "panels/MarketListPanel.h"
#include "panels/OrderBookPanel.h"
#include "panels/OrderTicketPanel.h"
#include "workspace/AddPanelDialog.h"
#include "workspace/PanelFactory.h"
#include "workspace/PanelTitleBar.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace bourse::ui {

namespace {

constexpr auto DefaultExchange = "demo";
constexpr auto DefaultSymbol = "BTC/USD";
// The dynamic property under which an action keeps the source text it is translated from.
constexpr auto SourceTextProperty = "bourseSourceText";

} // namespace

MainWindow::MainWindow(models::SessionPool& sessions, const models::WorkspaceLayout& layout, QWidget* parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Theme::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks
                   | QMainWindow::GroupedDragging);
    // Every panel is a dock, charts included, so that any of them can be moved, tabbed, floated or removed.
    setCentralWidget(nullptr);
    resize(1440, 900);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("statusLastError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::down().name()));
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->setSizeGripEnabled(true);
    for (models::ExchangeSession* session : m_sessions.sessions()) {
        watchSession(session);
    }
    connect(&m_sessions, &models::SessionPool::sessionOpened, this, &MainWindow::watchSession);
    connect(&m_sessions, &models::SessionPool::credentialsProblem, this,
            [this](const QString& account, const QString& message) {
                m_errorLabel->setText(tr("Account %1: %2").arg(account, message));
            });

    createActivityLog();
    createMenus();
    retranslate();
    for (const QString& problem : applyWorkspace(layout)) {
        m_errorLabel->setText(problem);
    }
}

void MainWindow::setWorkspaceStore(models::WorkspaceStore* store)
{
    m_store = store;
}

void MainWindow::setAccounts(models::AccountList* accounts, models::CredentialVault* vault)
{
    m_accounts = accounts;
    m_vault = vault;
    m_accountsAction->setEnabled(m_accounts && m_vault);
    m_sessions.setAccounts(accounts, vault);
    m_sessions.reloadCredentials();
}

void MainWindow::showAccounts()
{
    if (!m_accounts || !m_vault) {
        return;
    }
    AccountsDialog dialog(*m_accounts, *m_vault, this);
    bool changed = false;
    connect(&dialog, &AccountsDialog::accountsChanged, this, [this, &changed] {
        changed = true;
        m_sessions.reloadCredentials();
    });
    dialog.exec();
    if (changed) {
        rebindAccounts();
    }
}

// Panels bound to an account that is gone move to the exchange's first account (or its public data), and panels
// that showed public data move to an exchange's first account once it has one.
void MainWindow::rebindAccounts()
{
    const models::WorkspaceLayout layout = captureWorkspace();
    for (const models::PanelBinding& binding : layout.panels) {
        if (m_sessions.resolveAccount(binding.exchange, binding.account) != binding.account) {
            applyWorkspace(layout);
            return;
        }
    }
}

void MainWindow::setWorkspaceName(const QString& name)
{
    m_workspaceName = name;
    updateTitles();
}

// ---- panels ----

QDockWidget* MainWindow::addPanel(models::PanelBinding binding)
{
    if (binding.name.isEmpty() || dock(binding.name)) {
        models::WorkspaceLayout taken;
        for (QDockWidget* d : std::as_const(m_docks)) {
            taken.panels.append(m_bindings.value(d->objectName()));
        }
        binding.name = taken.freeName(binding.kind);
    }
    models::ExchangeSession& session = m_sessions.session(binding.exchange, binding.account);
    binding.account = session.accountLabel();
    auto* dock = new QDockWidget(this);
    Panel* panel = PanelFactory::create(binding, session, dock);
    if (!panel) {
        delete dock;
        return nullptr;
    }
    dock->setObjectName(binding.name);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    bindPanel(dock, panel, binding);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

void MainWindow::bindPanel(QDockWidget* dock, Panel* panel, const models::PanelBinding& binding)
{
    m_docks.append(dock);
    m_bindings.insert(binding.name, binding);
    auto* title = new PanelTitleBar(dock);
    title->setLinkGroup(panel->linkGroup());
    dock->setTitleBarWidget(title);
    const QString name = binding.name;
    connect(title, &PanelTitleBar::linkGroupChosen, this, [this, name](int group) { setLinkGroup(name, group); });
    connect(title, &PanelTitleBar::closeRequested, this, [this, name] { removePanel(name); });
    connect(panel, &Panel::symbolChanged, this, &MainWindow::updateTitles);
    connect(&panel->session(), &models::ExchangeSession::described, this, &MainWindow::updateTitles);

    if (auto* list = qobject_cast<MarketListPanel*>(panel)) {
        connect(list, &MarketListPanel::marketChosen, this,
                [this, list](const QString& symbol) { linkSymbol(list->linkGroup(), symbol); });
    }
    if (auto* book = qobject_cast<OrderBookPanel*>(panel)) {
        // A level fills the tickets of the same account and market, those of the book's link group first.
        connect(book, &OrderBookPanel::levelClicked, this,
                [this, book](const ex::Decimal& price, const std::optional<ex::Decimal>& amount) {
                    QList<OrderTicketPanel*> sameMarket;
                    QList<OrderTicketPanel*> sameGroup;
                    for (Panel* other : boundPanels()) {
                        auto* ticket = qobject_cast<OrderTicketPanel*>(other);
                        if (!ticket || &ticket->session() != &book->session() || ticket->symbol() != book->symbol()) {
                            continue;
                        }
                        sameMarket.append(ticket);
                        if (book->linkGroup() != 0 && ticket->linkGroup() == book->linkGroup()) {
                            sameGroup.append(ticket);
                        }
                    }
                    for (OrderTicketPanel* ticket : sameGroup.isEmpty() ? sameMarket : sameGroup) {
                        ticket->takePrice(price, amount);
                    }
                });
    }
    updateTitles();
}

void MainWindow::removePanel(const QString& name)
{
    QDockWidget* victim = dock(name);
    if (!victim) {
        return;
    }
    m_docks.removeOne(victim);
    m_bindings.remove(name);
    removeDockWidget(victim);
    // Not deleted at once: the request may come from the dock's own title bar. Out of the window's children, it
    // can no longer be found by name while a new dock takes that name.
    victim->setParent(nullptr);
    victim->deleteLater();
    updateTitles();
}

void MainWindow::removeAllPanels()
{
    const QList<QDockWidget*> docks = m_docks;
    for (QDockWidget* d : docks) {
        removePanel(d->objectName());
    }
}

Panel* MainWindow::panel(const QString& name) const
{
    QDockWidget* d = dock(name);
    return d ? qobject_cast<Panel*>(d->widget()) : nullptr;
}

QDockWidget* MainWindow::dock(const QString& name) const
{
    for (QDockWidget* d : m_docks) {
        if (d->objectName() == name) {
            return d;
        }
    }
    return nullptr;
}

QList<QDockWidget*> MainWindow::panels() const
{
    return m_docks;
}

QList<Panel*> MainWindow::boundPanels() const
{
    QList<Panel*> list;
    for (QDockWidget* d : m_docks) {
        if (auto* p = qobject_cast<Panel*>(d->widget())) {
            list.append(p);
        }
    }
    return list;
}

ChartPanel* MainWindow::chartPanel() const
{
    for (Panel* p : boundPanels()) {
        if (auto* chart = qobject_cast<ChartPanel*>(p)) {
            return chart;
        }
    }
    return nullptr;
}

bool MainWindow::panelsHaveData() const
{
    for (const Panel* panel : boundPanels()) {
        if (qobject_cast<const OrderTicketPanel*>(panel) || panel->objectName() == QStringLiteral("ordersPanel")
            || panel->objectName() == QStringLiteral("myTradesPanel")) {
            continue; // an account may rightly have no orders or trades; the ticket has its market once the list has
        }
        if (!panel->hasData()) {
            return false;
        }
    }
    return !m_docks.isEmpty();
}

void MainWindow::setLinkGroup(const QString& name, int group)
{
    Panel* p = panel(name);
    if (!p) {
        return;
    }
    p->setLinkGroup(group);
    if (auto* title = qobject_cast<PanelTitleBar*>(dock(name)->titleBarWidget())) {
        title->setLinkGroup(group);
    }
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
    updateTitles();
}

// ---- workspaces ----

models::WorkspaceLayout MainWindow::captureWorkspace() const
{
    models::WorkspaceLayout layout;
    for (QDockWidget* d : m_docks) {
        models::PanelBinding binding = m_bindings.value(d->objectName());
        if (const auto* p = qobject_cast<const Panel*>(d->widget())) {
            binding.symbol = p->symbol();
            binding.linkGroup = p->linkGroup();
        }
        if (const auto* chart = qobject_cast<const ChartPanel*>(d->widget())) {
            binding.timeframe = chart->timeframe();
            binding.studies = chart->studies();
            binding.view = chart->depthShown() ? QStringLiteral("depth") : QString();
        }
        layout.panels.append(binding);
    }
    layout.geometry = saveGeometry();
    layout.dockState = saveState(models::WorkspaceLayout::kFormatVersion);
    return layout;
}

QStringList MainWindow::applyWorkspace(const models::WorkspaceLayout& layout)
{
    QStringList problems;
    removeAllPanels();
    for (const models::PanelBinding& binding : layout.panels) {
        if (!addPanel(binding)) {
            problems.append(tr("The %1 panel could not be restored.").arg(binding.name));
        }
    }
    if (!layout.geometry.isEmpty()) {
        restoreGeometry(layout.geometry);
    }
    if (layout.dockState.isEmpty()) {
        arrangeDefaultLayout();
    } else if (!restoreState(layout.dockState, models::WorkspaceLayout::kFormatVersion)) {
        problems.append(tr("The saved arrangement could not be read; the panels are in their default places."));
        arrangeDefaultLayout();
    }
    updateTitles();
    return problems;
}

MainWindow::Market MainWindow::currentMarket() const
{
    for (const Panel* p : boundPanels()) {
        if (!p->symbol().isEmpty()) {
            return {p->session().exchangeId(), p->session().accountLabel(), p->symbol()};
        }
    }
    return {QString::fromLatin1(DefaultExchange), {}, QString::fromLatin1(DefaultSymbol)};
}

void MainWindow::resetToDefault()
{
    const Market market = currentMarket();
    models::WorkspaceLayout layout = models::WorkspaceLayout::defaultLayout(market.exchange, market.symbol);
    for (models::PanelBinding& binding : layout.panels) {
        binding.account = market.account;
    }
    layout.geometry = saveGeometry(); // the window stays where it is
    applyWorkspace(layout);
}

// The default arrangement (DESIGN.md): markets on the left, the chart in the middle with the orders (my trades in a
// tab beside them) under it, the book and trades, then the ticket and balances, in columns on the right. Panels of
// other names are tabbed with the chart.
void MainWindow::arrangeDefaultLayout()
{
    using namespace models;
    QDockWidget* markets = dock(PanelKind::Markets);
    QDockWidget* chart = dock(PanelKind::Chart);
    QDockWidget* book = dock(PanelKind::OrderBook);
    QDockWidget* trades = dock(PanelKind::Trades);
    QDockWidget* ticket = dock(PanelKind::Ticket);
    QDockWidget* balances = dock(PanelKind::Balances);
    QDockWidget* orders = dock(PanelKind::Orders);
    QDockWidget* myTrades = dock(PanelKind::MyTrades);
    for (QDockWidget* d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    if (!markets || !chart || !book || !trades || !ticket || !balances || !orders) {
        for (QDockWidget* d : std::as_const(m_docks)) {
            addDockWidget(Qt::LeftDockWidgetArea, d, Qt::Horizontal);
        }
        return;
    }
    addDockWidget(Qt::LeftDockWidgetArea, markets);
    splitDockWidget(markets, chart, Qt::Horizontal);
    splitDockWidget(chart, book, Qt::Horizontal);
    splitDockWidget(book, ticket, Qt::Horizontal);
    splitDockWidget(book, trades, Qt::Vertical);
    splitDockWidget(ticket, balances, Qt::Vertical);
    splitDockWidget(chart, orders, Qt::Vertical);
    for (QDockWidget* d : std::as_const(m_docks)) {
        if (d == myTrades) {
            tabifyDockWidget(orders, d);
        } else if (d != markets && d != chart && d != book && d != trades && d != ticket && d != balances
                   && d != orders) {
            tabifyDockWidget(chart, d);
        }
    }
    chart->raise();
    orders->raise();
    resizeDocks({markets, chart, book, ticket}, {300, 560, 270, 280}, Qt::Horizontal);
    resizeDocks({chart, orders}, {640, 200}, Qt::Vertical);
    resizeDocks({book, trades, ticket, balances}, {520, 320, 520, 320}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_store) {
        const QString name = m_workspaceName.isEmpty() ? tr("Default") : m_workspaceName;
        if (!m_store->save(name, captureWorkspace())) {
            // Saving is worth a question: the layout would be lost.
            const auto answer =
                QMessageBox::warning(this, tr("Workspace not saved"), tr("%1\n\nClose anyway?").arg(m_store->error()),
                                     QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Close) {
                event->ignore();
                return;
            }
        }
    }
    QMainWindow::closeEvent(event);
}

// ---- activity log ----

// One log for the whole window, outside the workspace's panels: the window's saved dock state keeps where it is
// and whether it shows.
void MainWindow::createActivityLog()
{
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("activityLog"));
    m_logDock->setWidget(new ActivityLogView(m_sessions.activityLog(), m_logDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
}

// ---- theme ----

// Panels colour themselves when they are built, so a new scheme rebuilds them from the workspace as it stands: the
// same panels, bindings and arrangement, in the new colours.
void MainWindow::setTheme(Theme::Kind kind)
{
    Theme::apply(*qApp, kind);
    QSettings().setValue(QStringLiteral("ui/theme"), Theme::name(kind));
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::down().name()));
    applyWorkspace(captureWorkspace());
    updateStatus();
    if (auto* a = findChild<QAction*>(QStringLiteral("theme-%1").arg(Theme::name(kind)))) {
        a->setChecked(true);
    }
}

// ---- menus ----

// ---- language ----

QAction* MainWindow::keepTranslated(QAction* action, const char* source)
{
    action->setProperty(SourceTextProperty, QByteArray(source));
    action->setText(tr(source));
    return action;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

// Everything the window itself labels; the panels, their title bars and views re-translate themselves on the same
// event.
void MainWindow::retranslate()
{
    m_logDock->setWindowTitle(tr("Activity log"));
    m_errorLabel->setToolTip(tr("The latest problem; View > Activity log keeps the history"));
    for (QAction* action : findChildren<QAction*>()) {
        const QByteArray source = action->property(SourceTextProperty).toByteArray();
        if (!source.isEmpty()) {
            action->setText(tr(source.constData()));
        }
    }
    for (const QString& kind : models::PanelKind::all()) {
        if (auto* add = findChild<QAction*>(QStringLiteral("add-%1").arg(kind))) {
            add->setText(tr("Add %1…").arg(PanelFactory::kindTitle(kind).toLower()));
        }
    }
    updateTitles();
    updateStatus();
}

void MainWindow::fillLanguageMenu(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const QString chosen = Language::chosen();
    QAction* system = keepTranslated(menu->addAction(QString()), QT_TR_NOOP("&System default"));
    system->setObjectName(QStringLiteral("language-system"));
    system->setData(QString());
    menu->addSeparator();
    QList<QAction*> actions {system};
    // Each language by its own name, so that whoever reads it finds theirs whatever the window speaks now.
    for (const Language::Choice& choice : Language::available()) {
        QAction* a = menu->addAction(choice.nativeName);
        a->setObjectName(QStringLiteral("language-%1").arg(choice.code));
        a->setData(choice.code);
        actions.append(a);
    }
    for (QAction* a : std::as_const(actions)) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = a->data().toString()] { setLanguage(code); });
    }
}

void MainWindow::setLanguage(const QString& code)
{
    Language::choose(code);
    if (auto* a = findChild<QAction*>(code.isEmpty() ? QStringLiteral("language-system")
                                                     : QStringLiteral("language-%1").arg(code))) {
        a->setChecked(true);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    keepTranslated(file->menuAction(), QT_TR_NOOP("&File"));
    m_accountsAction =
        keepTranslated(file->addAction(QString(), this, &MainWindow::showAccounts), QT_TR_NOOP("&Accounts…"));
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setEnabled(false);
    file->addSeparator();
    QAction* quit =
        keepTranslated(file->addAction(QString(), qApp, &QApplication::closeAllWindows), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* panelsMenu = menuBar()->addMenu(QString());
    keepTranslated(panelsMenu->menuAction(), QT_TR_NOOP("&Panels"));
    panelsMenu->setObjectName(QStringLiteral("panelsMenu"));
    for (const QString& kind : models::PanelKind::all()) {
        QAction* add = panelsMenu->addAction(tr("Add %1…").arg(PanelFactory::kindTitle(kind).toLower()));
        add->setObjectName(QStringLiteral("add-%1").arg(kind));
        connect(add, &QAction::triggered, this, [this, kind] { addPanelOfKind(kind); });
    }

    QMenu* trade = menuBar()->addMenu(QString());
    keepTranslated(trade->menuAction(), QT_TR_NOOP("&Trade"));
    trade->setObjectName(QStringLiteral("tradeMenu"));
    addTradeActions(*this, *trade);

    QMenu* view = menuBar()->addMenu(QString());
    keepTranslated(view->menuAction(), QT_TR_NOOP("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* log = m_logDock->toggleViewAction();
    keepTranslated(log, QT_TR_NOOP("Activity &log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    log->setObjectName(QStringLiteral("activityLogAction"));
    view->addAction(log);
    view->addSeparator();
    QMenu* themes = view->addMenu(QString());
    keepTranslated(themes->menuAction(), QT_TR_NOOP("&Theme"));
    auto* group = new QActionGroup(this);
    for (const auto& [kind, label] :
         {std::pair {Theme::Kind::Dark, QT_TR_NOOP("&Dark")}, std::pair {Theme::Kind::Light, QT_TR_NOOP("&Light")}}) {
        QAction* a = keepTranslated(themes->addAction(QString()), label);
        a->setObjectName(QStringLiteral("theme-%1").arg(Theme::name(kind)));
        a->setCheckable(true);
        a->setChecked(Theme::current() == kind);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = kind] { setTheme(kind); });
    }

    QMenu* languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("languageMenu"));
    keepTranslated(languages->menuAction(), QT_TR_NOOP("&Language"));
    fillLanguageMenu(languages);

    QMenu* workspace = menuBar()->addMenu(QString());
    keepTranslated(workspace->menuAction(), QT_TR_NOOP("&Workspace"));
    workspace->setObjectName(QStringLiteral("workspaceMenu"));
    connect(workspace, &QMenu::aboutToShow, this, [this, workspace] { fillWorkspaceMenu(workspace); });
    fillWorkspaceMenu(workspace);

    QMenu* help = menuBar()->addMenu(QString());
    keepTranslated(help->menuAction(), QT_TR_NOOP("&Help"));
    keepTranslated(help->addAction(QString(), this, &MainWindow::showAbout), QT_TR_NOOP("&About Bourse"));
    keepTranslated(help->addAction(QString(), qApp, &QApplication::aboutQt), QT_TR_NOOP("About &Qt"));
}

void MainWindow::fillWorkspaceMenu(QMenu* menu)
{
    menu->clear();
    QAction* save = menu->addAction(tr("&Save workspace"), this, [this] {
        if (m_workspaceName.isEmpty()) {
            saveWorkspaceAs();
        } else if (m_store && !m_store->save(m_workspaceName, captureWorkspace())) {
            m_errorLabel->setText(m_store->error());
        }
    });
    save->setShortcut(QKeySequence::Save);
    save->setEnabled(m_store != nullptr);
    menu->addAction(tr("Save workspace &as…"), this, &MainWindow::saveWorkspaceAs)->setEnabled(m_store != nullptr);
    QMenu* open = menu->addMenu(tr("&Open workspace"));
    QMenu* remove = menu->addMenu(tr("&Delete workspace"));
    const QStringList names = m_store ? m_store->names() : QStringList();
    for (const QString& name : names) {
        QAction* item = open->addAction(name, this, [this, name] { openWorkspace(name); });
        item->setCheckable(true);
        item->setChecked(name == m_workspaceName);
        remove->addAction(name, this, [this, name] {
            if (QMessageBox::question(this, tr("Delete workspace"), tr("Delete the workspace “%1”?").arg(name))
                == QMessageBox::Yes) {
                m_store->remove(name);
            }
        });
    }
    open->setEnabled(!names.isEmpty());
    remove->setEnabled(!names.isEmpty());
    menu->addSeparator();
    menu->addAction(tr("&Reset to the default layout"), this, &MainWindow::resetToDefault);
}

void MainWindow::addPanelOfKind(const QString& kind)
{
    models::PanelBinding suggestion;
    suggestion.kind = kind;
    const Market market = currentMarket();
    suggestion.exchange = market.exchange;
    suggestion.account = market.account;
    suggestion.symbol = market.symbol;
    suggestion.linkGroup = 1;
    AddPanelDialog dialog(m_sessions, suggestion, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (QDockWidget* added = addPanel(dialog.binding())) {
            added->show();
            added->raise();
        }
    }
}

void MainWindow::saveWorkspaceAs()
{
    if (!m_store) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save workspace"), tr("Name:"), QLineEdit::Normal, m_workspaceName, &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    if (!m_store->save(name, captureWorkspace())) {
        m_errorLabel->setText(m_store->error());
        return;
    }
    setWorkspaceName(name);
}

void MainWindow::openWorkspace(const QString& name)
{
    QStringList problems;
    const std::optional<models::WorkspaceLayout> layout = m_store->layout(name, problems);
    if (layout) {
        problems += applyWorkspace(*layout);
        setWorkspaceName(name);
        m_store->setCurrent(name);
    }
    if (!problems.isEmpty()) {
        m_errorLabel->setText(problems.join(QLatin1Char(' ')));
        emit workspaceProblem(problems.join(QLatin1Char('\n')));
    }
}

// ---- status ----

void MainWindow::watchSession(models::ExchangeSession* session)
{
    if (!session || m_connectionLabels.contains(session)) {
        return;
    }
    auto* label = new QLabel(this);
    label->setObjectName(
        session->accountLabel().isEmpty()
            ? QStringLiteral("statusConnection-%1").arg(session->exchangeId())
            : QStringLiteral("statusConnection-%1-%2").arg(session->exchangeId(), session->accountLabel()));
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(label);
    m_connectionLabels.insert(session, label);
    connect(session, &models::ExchangeSession::stateChanged, this, &MainWindow::updateStatus);
    connect(session, &models::ExchangeSession::replied, this, &MainWindow::updateStatus);
    connect(session, &models::ExchangeSession::feedModeChanged, this, &MainWindow::updateStatus);
    connect(session, &models::ExchangeSession::described, this, &MainWindow::updateStatus);
    connect(session->health(), &models::SessionHealth::changed, this, &MainWindow::updateStatus);
    connect(session, &models::ExchangeSession::requestFailed, this,
            [this, session](const QString& what, const QString& message) {
                m_errorLabel->setText(tr("%1 · %2: %3").arg(session->displayName(), what, message));
            });
    updateStatus();
}

// Per exchange session: connection, data mode (how many books and trade feeds stream, how many poll), latency, the
// rate budget its throttle has left and the skew of the exchange's clock; a figure not known yet is left out rather
// than invented.
void MainWindow::updateStatus()
{
    bool allOnline = true;
    for (auto it = m_connectionLabels.cbegin(); it != m_connectionLabels.cend(); ++it) {
        const models::ExchangeSession* session = it.key();
        QColor colour = Theme::mutedText();
        QString state;
        switch (session->state()) {
        case models::ExchangeSession::State::Connecting:
            state = tr("connecting…");
            allOnline = false;
            break;
        case models::ExchangeSession::State::Online:
            colour = Theme::up();
            state = session->isSimulated() ? tr("connected (in-process)") : tr("connected");
            break;
        case models::ExchangeSession::State::Degraded:
            colour = Theme::demoBadge();
            state = tr("errors");
            allOnline = false;
            break;
        case models::ExchangeSession::State::Unavailable:
            colour = Theme::down();
            state = tr("unavailable: %1").arg(session->lastError());
            allOnline = false;
            break;
        }
        const double ms = session->latencyMs();
        const QString latency = session->requestCount() == 0
            ? tr("latency —")
            : tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 0));
        const auto feeds = session->feedCounts();
        QString mode = tr("poll");
        if (feeds.streaming > 0) {
            mode = feeds.polling > 0 ? tr("stream %1 · poll %2").arg(feeds.streaming).arg(feeds.polling) : tr("stream");
        }
        QStringList parts {state, mode, latency};
        const auto& budget = session->health()->rateBudget();
        if (budget) {
            parts << tr("rate %1/%2")
                         .arg(QLocale().toString(budget->used, 'f', 1))
                         .arg(QLocale().toString(budget->capacity, 'f', 0));
            if (budget->queued > 0) {
                parts << tr("%n queued", nullptr, budget->queued);
            }
        }
        const auto& skew = session->health()->clockSkewMs();
        if (skew) {
            parts << tr("clock %1%2 ms").arg(*skew >= 0 ? QStringLiteral("+") : QString()).arg(*skew);
        }
        QString details;
        if (budget) {
            details = tr("Rate budget: %1 of %2 request units in use, one unit back every %3 ms; %n request(s) "
                         "waiting.",
                         nullptr, budget->queued)
                          .arg(QLocale().toString(budget->used, 'f', 2))
                          .arg(QLocale().toString(budget->capacity, 'f', 0))
                          .arg(QLocale().toString(budget->rateLimitMs, 'f', 0));
        }
        if (skew) {
            details +=
                QLatin1Char('\n') + tr("Clock: the exchange's clock is %1 ms ahead of this computer's.").arg(*skew);
        }
        it.value()->setToolTip(details.trimmed());
        it.value()->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2: %3")
                                .arg(colour.name(), session->displayName().toHtmlEscaped(),
                                     parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
    if (allOnline) {
        m_errorLabel->clear();
    }
}

void MainWindow::updateTitles()
{
    for (QDockWidget* d : std::as_const(m_docks)) {
        const Panel* p = qobject_cast<const Panel*>(d->widget());
        const models::PanelBinding& binding = m_bindings[d->objectName()];
        QString title = PanelFactory::kindTitle(binding.kind);
        if (p) {
            title += QStringLiteral(" · ") + p->session().displayName();
            if (!p->symbol().isEmpty()) {
                title += QLatin1Char(' ') + p->symbol();
            }
        }
        d->setWindowTitle(title);
    }
    QString title = tr("Bourse");
    if (!m_workspaceName.isEmpty()) {
        title += QStringLiteral(" — ") + m_workspaceName;
    }
    if (const ChartPanel* chart = chartPanel()) {
        title += QStringLiteral(" — %1 · %2").arg(chart->session().exchangeName(), chart->symbol());
    }
    setWindowTitle(title);
}

void MainWindow::showAbout()
{
    // The version, licence and homepage come from BourseVersion.h (project() in CMake), as the packages' do.
    QMessageBox::about(
        this, tr("About Bourse"),
        tr("<h3>Bourse %1</h3><p>A native multi-exchange crypto trading terminal.</p>"
           "<p>Licence: %2</p><p><a href=\"%3\">%3</a></p>")
            .arg(QStringLiteral(BOURSE_VERSION), QStringLiteral(BOURSE_LICENSE), QStringLiteral(BOURSE_HOMEPAGE)));
}

} // namespace bourse::ui
