// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradesPanel.h"

#include "TablePanelStyle.h"
#include "models/TradesModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/delegates/SignedTextDelegate.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace bourse::ui {

TradesPanel::TradesPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : Panel(session, symbol, parent)
{
    setObjectName(QStringLiteral("tradesPanel"));
    setMinimumWidth(250);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tradesTableView"));
    TablePanelStyle::apply(m_view);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 3);
    m_view->setItemDelegateForColumn(models::TradesModel::Price, new SignedTextDelegate(m_view));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    rebind();
}

void TradesPanel::rebind()
{
    dropSubscriptions();
    m_model = session().trades(symbol());
    m_view->setModel(m_model);
    keep(session().subscribe(models::ExchangeSession::Channel::Trades, symbol(), {}, this));
}

bool TradesPanel::hasData() const
{
    return m_model && m_model->rowCount() > 0;
}

} // namespace bourse::ui
