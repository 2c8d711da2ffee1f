// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderBookPanel.h"

#include "FeedBadge.h"
#include "models/DecimalText.h"
#include "models/OrderBookModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/delegates/DepthBarDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bourse::ui {

OrderBookPanel::OrderBookPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : Panel(session, symbol, parent)
{
    setObjectName(QStringLiteral("orderBookPanel"));
    setMinimumWidth(250);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingComboBox"));
    m_groupingLabel = new QLabel(this);
    auto* groupingLabel = m_groupingLabel;

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("orderBookTableView"));
    m_view->setItemDelegate(new DepthBarDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setMouseTracking(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 3);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_feedBadge = new FeedBadge(session, models::ExchangeSession::Channel::OrderBook, this);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_feedBadge);
    top->addStretch(1);
    top->addWidget(groupingLabel);
    top->addWidget(m_grouping);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::clicked, this, &OrderBookPanel::onClicked);
    // The ladder stays centred on the spread until the user scrolls it themselves.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_userScrolled = true; });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto step = models::DecimalText::parse(m_grouping->itemData(index).toString()); step && m_model) {
            m_model->setGrouping(*step);
            centreOnSpread();
        }
    });
    connect(&session, &models::ExchangeSession::marketsReady, this, &OrderBookPanel::fillGroupings);
    retranslate();
    rebind();
}

void OrderBookPanel::retranslate()
{
    m_grouping->setToolTip(tr("Group price levels to multiples of this step"));
    //: The label of the list of price steps the book's levels are grouped to
    m_groupingLabel->setText(tr("Group"));
    m_view->setToolTip(tr("Click a level to use its price in the order ticket; Shift+click takes its amount too"));
    fillGroupings(); // the steps are numbers in the user's locale
}

void OrderBookPanel::fillGroupings()
{
    const QSignalBlocker blocker(m_grouping);
    m_grouping->clear();
    if (!m_model || m_model->tick().isZero()) {
        return;
    }
    ex::Decimal step = m_model->tick();
    for (int i = 0; i < 5; ++i) {
        m_grouping->addItem(models::DecimalText::exact(step), models::DecimalText::plain(step));
        step = step * ex::Decimal(10);
    }
    const int current = m_grouping->findData(models::DecimalText::plain(m_model->grouping()));
    m_grouping->setCurrentIndex(current < 0 ? 0 : current);
}

void OrderBookPanel::rebind()
{
    dropSubscriptions();
    m_model = session().orderBook(symbol());
    m_view->setModel(m_model);
    m_feedBadge->setSymbol(symbol());
    m_userScrolled = false;
    // Queued: the view lays out the rows an update inserted before it can centre on the spread.
    connect(m_model, &models::OrderBookModel::updated, this, &OrderBookPanel::centreOnSpread,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    keep(session().subscribe(models::ExchangeSession::Channel::OrderBook, symbol(), {}, this));
    // The account's open orders are marked at their levels; a session without keys does not poll them.
    keep(session().subscribe(models::ExchangeSession::Channel::Orders, {}, {}, this));
    fillGroupings();
    centreOnSpread();
}

void OrderBookPanel::centreOnSpread()
{
    if (m_userScrolled || !m_model || m_model->rowCount() == 0) {
        return;
    }
    if (m_grouping->count() == 0) {
        fillGroupings();
    }
    m_view->scrollTo(m_model->index(m_model->spreadRow(), 0), QAbstractItemView::PositionAtCenter);
}

void OrderBookPanel::resizeEvent(QResizeEvent* event)
{
    Panel::resizeEvent(event);
    QTimer::singleShot(0, this, &OrderBookPanel::centreOnSpread);
}

void OrderBookPanel::onClicked(const QModelIndex& index)
{
    const auto level = m_model ? m_model->levelAt(index.row()) : std::nullopt;
    if (!level) {
        return;
    }
    const bool withAmount = QApplication::keyboardModifiers() & Qt::ShiftModifier;
    emit levelClicked(level->price, withAmount ? std::optional<ex::Decimal>(level->amount) : std::nullopt);
}

bool OrderBookPanel::hasData() const
{
    return m_model && m_model->hasData() && m_model->rowCount() > 1;
}

} // namespace bourse::ui
