// SPDX-License-Identifier: GPL-3.0-or-later
// The market list, order book, trades, balances and orders panels on a live demo session.
#include "models/BalancesModel.h"
#include "models/MarketFilterProxyModel.h"
#include "models/MarketListModel.h"
#include "models/ModelRoles.h"
#include "models/OrderBookModel.h"
#include "models/OrdersModel.h"
#include "models/TradesModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/Theme.h"
#include "ui/panels/BalancesPanel.h"
#include "ui/panels/MarketListPanel.h"
#include "ui/panels/OrderBookPanel.h"
#include "ui/panels/OrdersPanel.h"
#include "ui/panels/TradesPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using bourse::ex::Decimal;
using namespace bourse;
using Channel = models::ExchangeSession::Channel;

namespace {

QPoint centreOf(QTableView* view, const QModelIndex& index)
{
    return view->visualRect(index).center();
}

} // namespace

class TestPanels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void marketListFiltersAndChooses();
    void marketListStarsFavourites();
    void orderBookOffersALevelsPrice();
    void orderBookStopsWhenHidden();
    void tradesShowTheLatestFirst();
    void balancesShowTheAccount();
    void ordersCancelAllAfterConfirmation();

private:
    template<typename P> P* show(P* panel);

    std::unique_ptr<models::ExchangeSession> m_session;
    std::vector<std::unique_ptr<QWidget>> m_panels;
};

void TestPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPanels"));
    QSettings().clear();
    ui::Theme::applyDark(*qApp);
}

void TestPanels::init()
{
    m_session = std::make_unique<models::ExchangeSession>(QStringLiteral("demo"));
    QSignalSpy ready(m_session.get(), &models::ExchangeSession::marketsReady);
    m_session->start();
    QVERIFY(ready.wait(10000));
}

void TestPanels::cleanup()
{
    m_panels.clear();
    m_session.reset();
}

template<typename P> P* TestPanels::show(P* panel)
{
    m_panels.emplace_back(panel);
    panel->resize(420, 600);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel)) {
        return nullptr;
    }
    return panel;
}

void TestPanels::marketListFiltersAndChooses()
{
    auto* panel = show(new ui::MarketListPanel(*m_session, QStringLiteral("BTC/USD")));
    QTRY_VERIFY(panel->hasData());
    const int all = panel->proxy()->rowCount();
    QVERIFY(all >= 3);
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("eth"));
    QTRY_VERIFY(panel->proxy()->rowCount() < all);
    for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
        QVERIFY(panel->proxy()->index(row, 0).data(models::SymbolRole).toString().contains(QStringLiteral("ETH")));
    }
    QSignalSpy chosen(panel, &ui::MarketListPanel::marketChosen);
    const QModelIndex first = panel->proxy()->index(0, models::MarketListModel::Symbol);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, centreOf(panel->view(), first));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), first.data(models::SymbolRole).toString());
    QCOMPARE(panel->symbol(), first.data(models::SymbolRole).toString());
}

void TestPanels::marketListStarsFavourites()
{
    auto* panel = show(new ui::MarketListPanel(*m_session, QStringLiteral("BTC/USD")));
    QTRY_VERIFY(panel->hasData());
    const QModelIndex star = panel->proxy()->index(0, models::MarketListModel::Favourite);
    const QString symbol = star.data(models::SymbolRole).toString();
    QSignalSpy chosen(panel, &ui::MarketListPanel::marketChosen);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, centreOf(panel->view(), star));
    QVERIFY(m_session->marketList()->isFavourite(symbol));
    QCOMPARE(chosen.size(), 0); // the star does not change the market
    QVERIFY(QSettings().value(QStringLiteral("favourites/demo")).toStringList().contains(symbol));
    panel->quoteCombo()->setCurrentIndex(1); // favourites
    QCOMPARE(panel->proxy()->rowCount(), 1);
    m_session->marketList()->setFavourite(symbol, false);
}

void TestPanels::orderBookOffersALevelsPrice()
{
    auto* panel = show(new ui::OrderBookPanel(*m_session, QStringLiteral("BTC/USD")));
    QTRY_VERIFY(panel->hasData());
    models::OrderBookModel* book = panel->model();
    QVERIFY(book->askCount() > 0 && book->bidCount() > 0);
    QVERIFY(panel->groupingCombo()->count() > 1);
    QSignalSpy clicked(panel, &ui::OrderBookPanel::levelClicked);
    // The ladder is centred on the spread: the best bid is on screen.
    const QModelIndex bestBid = book->index(book->spreadRow() + 1, models::OrderBookModel::Price);
    QTRY_VERIFY(panel->view()->viewport()->rect().contains(centreOf(panel->view(), bestBid)));
    const Decimal price = book->levelAt(bestBid.row())->price;
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, centreOf(panel->view(), bestBid));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).value<Decimal>(), price);
    // Grouping to a coarser step aggregates levels.
    const int levels = book->askCount();
    panel->groupingCombo()->setCurrentIndex(panel->groupingCombo()->count() - 1);
    QVERIFY(book->askCount() < levels || book->grouping() > book->tick());
}

void TestPanels::orderBookStopsWhenHidden()
{
    auto* panel = show(new ui::OrderBookPanel(*m_session, QStringLiteral("ETH/USD")));
    QTRY_VERIFY(panel->hasData());
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")),
             m_session->interval(Channel::OrderBook));
    panel->hide();
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")), 0);
    panel->show();
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")),
             m_session->interval(Channel::OrderBook));
    // Another market: the old feed stops, the new one runs.
    panel->setSymbol(QStringLiteral("SOL/USD"));
    QCOMPARE(m_session->currentInterval(Channel::OrderBook, QStringLiteral("ETH/USD")), 0);
    QVERIFY(m_session->currentInterval(Channel::OrderBook, QStringLiteral("SOL/USD")) > 0);
}

void TestPanels::tradesShowTheLatestFirst()
{
    auto* panel = show(new ui::TradesPanel(*m_session, QStringLiteral("BTC/USD")));
    QTRY_VERIFY(panel->hasData());
    models::TradesModel* trades = panel->model();
    QVERIFY(trades->rowCount() > 10);
    QVERIFY(*trades->tradeAt(0).timestamp >= *trades->tradeAt(trades->rowCount() - 1).timestamp);
    const int side = trades->index(0, models::TradesModel::Price).data(models::SideRole).toInt();
    QVERIFY(side == 1 || side == -1);
}

void TestPanels::balancesShowTheAccount()
{
    auto* panel = show(new ui::BalancesPanel(*m_session));
    QTRY_VERIFY(panel->hasData());
    QCOMPARE(panel->view()->model()->rowCount(), 4);
    QCOMPARE(panel->view()->model()->index(3, 0).data().toString(), QStringLiteral("USD"));
}

void TestPanels::ordersCancelAllAfterConfirmation()
{
    auto* panel = show(new ui::OrdersPanel(*m_session));
    m_session->subscribe(Channel::Balances, {}, {}, panel);
    QTRY_VERIFY(panel->hasData());
    QVERIFY(!panel->cancelAllButton()->isEnabled());
    for (const char* price : {"1000.00", "1100.00"}) {
        models::PreparedOrder order;
        order.symbol = QStringLiteral("BTC/USD");
        order.side = QStringLiteral("buy");
        order.type = QStringLiteral("limit");
        order.amount = QStringLiteral("0.01");
        order.price = QString::fromLatin1(price);
        m_session->placeOrder(order, panel, {});
    }
    QTRY_COMPARE(m_session->openOrders()->rowCount(), 2);
    QVERIFY(panel->cancelAllButton()->isEnabled());

    QString asked;
    panel->setConfirmer([&](const QString& text) {
        asked = text;
        return false;
    });
    QTest::mouseClick(panel->cancelAllButton(), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("2")));
    QTest::qWait(100);
    QCOMPARE(m_session->openOrders()->rowCount(), 2);

    // One by one through the Cancel cell, then the rest through Cancel all.
    QTableView* open = panel->openOrdersView();
    const QModelIndex cancel = open->model()->index(0, models::OrdersModel::Action);
    QTest::mouseClick(open->viewport(), Qt::LeftButton, {}, centreOf(open, cancel));
    QTRY_COMPARE(m_session->openOrders()->rowCount(), 1);
    panel->setConfirmer([](const QString&) { return true; });
    QTest::mouseClick(panel->cancelAllButton(), Qt::LeftButton);
    QTRY_COMPARE(m_session->openOrders()->rowCount(), 0);
    QTRY_VERIFY(panel->feedbackLabel()->text().contains(QStringLiteral("cancelled")));
    QTRY_COMPARE(m_session->balances()->freeOf(QStringLiteral("USD")), Decimal(100000));
}

QTEST_MAIN(TestPanels)
#include "TestPanels.moc"
