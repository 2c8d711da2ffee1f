// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancesPanel.h"

#include "TablePanelStyle.h"
#include "models/BalancesModel.h"
#include "models/session/ExchangeSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bourse::ui {

BalancesPanel::BalancesPanel(models::ExchangeSession& session, QWidget* parent)
    : Panel(session, QString(), parent)
{
    setObjectName(QStringLiteral("balancesPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("balancesTableView"));
    TablePanelStyle::apply(m_view);
    m_view->setModel(session.balances());
    m_view->horizontalHeader()->setSectionResizeMode(models::BalancesModel::Currency, QHeaderView::ResizeToContents);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("balancesNoteLabel"));
    m_note->setWordWrap(true);
    m_refresh = new QToolButton(this);
    auto* refresh = m_refresh;
    refresh->setObjectName(QStringLiteral("refreshBalancesButton"));
    refresh->setAutoRaise(true);
    connect(refresh, &QToolButton::clicked, this,
            [this] { this->session().refresh(models::ExchangeSession::Channel::Balances); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    connect(&session, &models::ExchangeSession::described, this, &BalancesPanel::updateNote);
    retranslate();
    rebind();
}

void BalancesPanel::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    updateNote();
}

void BalancesPanel::updateNote()
{
    if (session().isSimulated()) {
        m_note->setText(tr("Practice account: simulated funds"));
    } else if (session().isDescribed() && !session().canTrade()) {
        m_note->setText(tr("Add an account for %1 to see its balances").arg(session().exchangeName()));
    } else {
        m_note->clear();
    }
}

void BalancesPanel::rebind()
{
    dropSubscriptions();
    keep(session().subscribe(models::ExchangeSession::Channel::Balances, {}, {}, this));
}

bool BalancesPanel::hasData() const
{
    return session().balances()->rowCount() > 0;
}

} // namespace bourse::ui
