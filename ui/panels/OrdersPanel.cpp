// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrdersPanel.h"

#include "TablePanelStyle.h"
#include "models/ErrorText.h"
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/Theme.h"
#include "ui/delegates/ButtonCellDelegate.h"
#include "ui/delegates/SignedTextDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bourse::ui {

namespace {

QTableView* ordersView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    TablePanelStyle::apply(view);
    view->setModel(model);
    view->setItemDelegateForColumn(models::OrdersModel::Side, new SignedTextDelegate(view));
    TablePanelStyle::fitColumnsToText(view);
    return view;
}

} // namespace

OrdersPanel::OrdersPanel(models::ExchangeSession& session, QWidget* parent)
    : Panel(session, QString(), parent)
{
    setObjectName(QStringLiteral("ordersPanel"));
    m_open = ordersView(session.openOrders(), this);
    m_open->setObjectName(QStringLiteral("openOrdersTableView"));
    m_open->setItemDelegateForColumn(models::OrdersModel::Action, new ButtonCellDelegate(Theme::down(), m_open));
    m_open->setMouseTracking(true);
    m_history = ordersView(session.orderHistory(), this);
    m_history->setObjectName(QStringLiteral("orderHistoryTableView"));
    m_history->setColumnHidden(models::OrdersModel::Action, true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ordersTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_open, QString());
    m_tabs->addTab(m_history, QString());

    m_cancelAll = new QPushButton(this);
    m_cancelAll->setObjectName(QStringLiteral("cancelAllPushButton"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("ordersFeedbackLabel"));
    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->addWidget(m_feedback);
    cornerLayout->addWidget(m_cancelAll);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);

    m_confirm = [this](const QString& text) {
        return QMessageBox::question(this, tr("Cancel orders"), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(m_open, &QTableView::clicked, this, &OrdersPanel::onOpenClicked);
    connect(m_cancelAll, &QPushButton::clicked, this, &OrdersPanel::cancelAll);
    connect(session.openOrders(), &models::OrdersModel::updated, this, &OrdersPanel::updateTabs);
    connect(session.orderHistory(), &models::OrdersModel::updated, this, &OrdersPanel::updateTabs);
    retranslate();
    rebind();
}

void OrdersPanel::retranslate()
{
    m_tabs->setTabText(1, tr("Order history"));
    m_cancelAll->setText(tr("Cancel all"));
    updateTabs();
    for (QTableView* view : {m_open, m_history}) {
        view->resizeColumnsToContents(); // the words changed width
    }
}

void OrdersPanel::rebind()
{
    dropSubscriptions();
    keep(session().subscribe(models::ExchangeSession::Channel::Orders, {}, {}, this));
}

void OrdersPanel::updateTabs()
{
    // Orders of unknown fate are shown among the open ones but not counted as open.
    const int open = session().openOrders()->rowCount() - session().openOrders()->unresolvedCount();
    m_tabs->setTabText(0, tr("Open orders (%1)").arg(open));
    m_cancelAll->setEnabled(open > 0);
}

void OrdersPanel::showFeedback(const QString& text, bool error)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg((error ? Theme::down() : Theme::mutedText()).name()));
}

void OrdersPanel::onOpenClicked(const QModelIndex& index)
{
    if (index.column() != models::OrdersModel::Action) {
        return;
    }
    const QString id = index.data(models::OrderIdRole).toString();
    const QString symbol = index.data(models::SymbolRole).toString();
    // An order of unknown fate has no id to cancel by: its button takes the reminder away once the user has looked.
    if (session().openOrders()->isUnresolved(index.row())) {
        session().openOrders()->dismissUnresolved(id);
        return;
    }
    showFeedback(tr("Cancelling %1…").arg(id), false);
    session().cancelOrder(id, symbol, this, [this, id](ex::Result<ex::Order> result) {
        if (result.ok()) {
            showFeedback(tr("Order %1 cancelled").arg(id), false);
        } else {
            showFeedback(models::plainWords(result.error()), true);
        }
    });
}

void OrdersPanel::cancelAll()
{
    const int open = session().openOrders()->rowCount() - session().openOrders()->unresolvedCount();
    if (open == 0
        || !m_confirm(tr("Cancel all %n open order(s) on %1?", nullptr, open).arg(session().exchangeName()))) {
        return;
    }
    session().cancelAllOrders(QString(), this, [this](ex::Result<std::vector<ex::Order>> result) {
        if (result.ok()) {
            showFeedback(tr("%n order(s) cancelled", nullptr, static_cast<int>(result.value().size())), false);
        } else {
            showFeedback(models::plainWords(result.error()), true);
        }
    });
}

bool OrdersPanel::hasData() const
{
    return session().openOrders()->hasData();
}

} // namespace bourse::ui
