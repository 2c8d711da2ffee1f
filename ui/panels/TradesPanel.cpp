// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradesPanel.h"

#include "FeedBadge.h"
#include "TablePanelStyle.h"
#include "models/session/ExchangeSession.h"
#include "ui/delegates/SignedTextDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bourse::ui {

TradesPanel::TradesPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : TradesPanel(session, symbol, models::TradesModel::Source::Public, parent)
{
}

TradesPanel::TradesPanel(models::ExchangeSession& session, const QString& symbol, models::TradesModel::Source source,
                         QWidget* parent)
    : Panel(session, symbol, parent)
    , m_source(source)
{
    const bool own = source == models::TradesModel::Source::Own;
    setObjectName(own ? QStringLiteral("myTradesPanel") : QStringLiteral("tradesPanel"));
    setMinimumWidth(250);
    m_view = new QTableView(this);
    m_view->setObjectName(own ? QStringLiteral("myTradesTableView") : QStringLiteral("tradesTableView"));
    TablePanelStyle::apply(m_view);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 3);
    m_view->setItemDelegateForColumn(models::TradesModel::Price, new SignedTextDelegate(m_view));
    m_view->setItemDelegateForColumn(models::TradesModel::Side, new SignedTextDelegate(m_view));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("tradesNoteLabel"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    if (!own) {
        // The tape streams where the exchange pushes trades; the account's trades are always asked for.
        m_feedBadge = new FeedBadge(session, models::ExchangeSession::Channel::Trades, this);
        auto* top = new QHBoxLayout;
        top->setContentsMargins(0, 0, 0, 0);
        top->addWidget(m_feedBadge);
        top->addStretch(1);
        layout->addLayout(top);
    }
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    if (own) {
        connect(&session, &models::ExchangeSession::described, this, &TradesPanel::updateNote);
    }
    retranslate();
    rebind();
}

void TradesPanel::rebind()
{
    dropSubscriptions();
    using Channel = models::ExchangeSession::Channel;
    if (m_source == models::TradesModel::Source::Own) {
        m_model = session().myTrades(symbol());
        keep(session().subscribe(Channel::MyTrades, symbol(), {}, this));
        // The orders poll is where fills are seen; each fill polls these trades again.
        keep(session().subscribe(Channel::Orders, {}, {}, this));
    } else {
        m_model = session().trades(symbol());
        keep(session().subscribe(Channel::Trades, symbol(), {}, this));
        m_feedBadge->setSymbol(symbol());
    }
    m_view->setModel(m_model);
    if (m_source == models::TradesModel::Source::Own) {
        TablePanelStyle::fitColumnsToText(m_view);
    }
}

QString TradesPanel::note() const
{
    return m_note->text();
}

void TradesPanel::retranslate()
{
    if (m_source == models::TradesModel::Source::Own) {
        updateNote();
        m_view->resizeColumnsToContents(); // the words changed width
    }
}

void TradesPanel::updateNote()
{
    if (session().isDescribed() && !session().canTrade()) {
        m_note->setText(tr("Add an account for %1 to see your trades").arg(session().exchangeName()));
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
}

bool TradesPanel::hasData() const
{
    if (m_source == models::TradesModel::Source::Own) {
        return m_model && m_model->hasData(); // an account may rightly have no trades in a market
    }
    return m_model && m_model->rowCount() > 0;
}

} // namespace bourse::ui
