// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketListPanel.h"

#include "models/MarketFilterProxyModel.h"
#include "models/MarketListModel.h"
#include "models/ModelRoles.h"
#include "models/session/ExchangeSession.h"
#include "ui/Theme.h"
#include "ui/delegates/SignedTextDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bourse::ui {

namespace {

constexpr int FavouritesItem = 1;

} // namespace

MarketListPanel::MarketListPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : Panel(session, symbol, parent)
{
    setObjectName(QStringLiteral("marketListPanel"));
    setMinimumWidth(320);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("marketFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_quote = new QComboBox(this);
    m_quote->setObjectName(QStringLiteral("quoteComboBox"));

    m_proxy = new models::MarketFilterProxyModel(this);
    m_proxy->setSourceModel(session.marketList());
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("marketsTableView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(models::MarketListModel::Change, new SignedTextDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::MarketListModel::Volume, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setMinimumSectionSize(22);
    // The list is narrow by default: the 24h range and volume show through the header's menu when the dock is
    // widened. The list stays sorted by volume.
    m_view->setColumnHidden(models::MarketListModel::High, true);
    m_view->setColumnHidden(models::MarketListModel::Low, true);
    m_view->setColumnHidden(models::MarketListModel::Volume, true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = models::MarketListModel::Last; column < models::MarketListModel::ColumnCount; ++column) {
        auto* toggle = new QAction(session.marketList()->headerData(column, Qt::Horizontal).toString(), this);
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        m_view->horizontalHeader()->addAction(toggle);
    }

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_quote);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::MarketFilterProxyModel::setFilterText);
    connect(m_quote, &QComboBox::currentIndexChanged, this, &MarketListPanel::onQuoteChosen);
    connect(m_view, &QTableView::clicked, this, &MarketListPanel::onClicked);
    connect(m_view, &QTableView::activated, this, &MarketListPanel::onClicked);
    connect(&session, &models::ExchangeSession::marketsReady, this, [this] {
        fillQuotes();
        selectCurrent();
    });
    retranslate();
    rebind();
}

void MarketListPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Search markets"));
    m_quote->setToolTip(tr("Show the markets of one quote currency, or your favourites"));
    fillQuotes();
}

void MarketListPanel::fillQuotes()
{
    const QSignalBlocker blocker(m_quote);
    const QString current = m_quote->currentData().toString();
    m_quote->clear();
    m_quote->addItem(tr("All"), QString());
    m_quote->addItem(tr("★ Favourites"), QStringLiteral("*"));
    for (const QString& quote : session().marketList()->quoteCurrencies()) {
        m_quote->addItem(quote, quote);
    }
    const int index = m_quote->findData(current);
    m_quote->setCurrentIndex(index < 0 ? 0 : index);
}

void MarketListPanel::onQuoteChosen(int index)
{
    const QString quote = m_quote->itemData(index).toString();
    m_proxy->setFavouritesOnly(index == FavouritesItem);
    m_proxy->setQuoteCurrency(index == FavouritesItem ? QString() : quote);
}

void MarketListPanel::onClicked(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QString symbol = index.data(models::SymbolRole).toString();
    if (index.column() == models::MarketListModel::Favourite) {
        models::MarketListModel* list = session().marketList();
        list->setFavourite(symbol, !list->isFavourite(symbol));
        return;
    }
    setSymbol(symbol);
    emit marketChosen(symbol);
}

void MarketListPanel::selectCurrent()
{
    const int sourceRow = session().marketList()->rowOf(symbol());
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(session().marketList()->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
}

void MarketListPanel::rebind()
{
    dropSubscriptions();
    keep(session().subscribe(models::ExchangeSession::Channel::Markets, {}, {}, this));
    selectCurrent();
}

bool MarketListPanel::hasData() const
{
    const models::MarketListModel* list = session().marketList();
    return list->rowCount() > 0 && list->ticker(list->symbolAt(0)).has_value();
}

} // namespace bourse::ui
