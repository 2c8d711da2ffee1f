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
#include "ui/panels/FeedBadge.h"
#include "ui/panels/MarketListPanel.h"
#include "ui/panels/OrderBookPanel.h"
#include "ui/panels/OrdersPanel.h"
#include "ui/panels/TradesPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
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

// Tests that draw save what they drew here when BOURSE_GRAB_DIR is set, for a person to look at.
void keepGrab(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("BOURSE_GRAB_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
    }
}

models::PreparedOrder limitOrder(const char* side, const QString& price, const char* amount)
{
    models::PreparedOrder order;
    order.symbol = QStringLiteral("BTC/USD");
    order.side = QString::fromLatin1(side);
    order.type = QStringLiteral("limit");
    order.amount = QString::fromLatin1(amount);
    order.price = price;
    return order;
}

// The row of the book showing the user's own orders, or -1.
int markedRow(const models::OrderBookModel& book)
{
    for (int row = 0; row < book.rowCount(); ++row) {
        if (!book.ownAmountAt(row).isZero()) {
            return row;
        }
    }
    return -1;
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
    void orderOfUnknownFateIsShownUntilDismissed();
    void orderBookMarksTheAccountsOrders();
    void myTradesFollowFills();

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
    // The demo keeps its practice account in the data folder: each run starts from the opening balances.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
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
    using Mode = models::ExchangeSession::FeedMode;
    // A feed runs when it polls or streams (the demo pushes its books once the stream is up).
    const auto running = [this](const char* symbol) {
        const QString s = QString::fromLatin1(symbol);
        return m_session->currentInterval(Channel::OrderBook, s) > 0
            || m_session->feedMode(Channel::OrderBook, s) == Mode::Stream;
    };
    auto* panel = show(new ui::OrderBookPanel(*m_session, QStringLiteral("ETH/USD")));
    QTRY_VERIFY(panel->hasData());
    QVERIFY(running("ETH/USD"));
    QTRY_COMPARE(m_session->feedMode(Channel::OrderBook, QStringLiteral("ETH/USD")), Mode::Stream);
    // The panel says so itself.
    QTRY_VERIFY(panel->feedBadge()->isLive());
    QCOMPARE(panel->feedBadge()->text(), QStringLiteral("Live"));
    panel->hide();
    QVERIFY(!running("ETH/USD"));
    QTRY_COMPARE(panel->feedBadge()->text(), QStringLiteral("Polled"));
    panel->show();
    QVERIFY(running("ETH/USD"));
    QTRY_VERIFY(panel->feedBadge()->isLive());
    // Another market: the old feed stops, the new one runs, and the badge follows the new one.
    panel->setSymbol(QStringLiteral("SOL/USD"));
    QVERIFY(!running("ETH/USD"));
    QVERIFY(running("SOL/USD"));
    QTRY_COMPARE(m_session->feedMode(Channel::OrderBook, QStringLiteral("SOL/USD")), Mode::Stream);
    QTRY_VERIFY(panel->feedBadge()->isLive());
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
    // The demo pushes its tape: the badge reads Live, the stream's word, not the poll's.
    QTRY_VERIFY(panel->feedBadge()->isLive());
    QCOMPARE(m_session->feedMode(Channel::Trades, QStringLiteral("BTC/USD")),
             models::ExchangeSession::FeedMode::Stream);
    // The account's own trades are always asked for: no badge claims otherwise.
    auto* mine = show(new ui::TradesPanel(*m_session, QStringLiteral("BTC/USD"), models::TradesModel::Source::Own));
    QVERIFY(!mine->feedBadge());
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

void TestPanels::orderOfUnknownFateIsShownUntilDismissed()
{
    auto* panel = show(new ui::OrdersPanel(*m_session));
    QTRY_VERIFY(panel->hasData());
    // What the session adds when an order's answer was lost and the lookup could not tell (TestFaults drives that
    // path against a venue; here the panel's side of it).
    ex::Order lost;
    lost.clientOrderId = "bourse-lost1";
    lost.timestamp = QDateTime::currentMSecsSinceEpoch();
    lost.symbol = "BTC/USD";
    lost.type = "limit";
    lost.side = "buy";
    lost.price = *Decimal::parse("61000");
    lost.amount = *Decimal::parse("0.01");
    m_session->openOrders()->addUnresolved(lost, QStringLiteral("Unknown — check: the answer to the order was lost"));
    QTableView* open = panel->openOrdersView();
    QCOMPARE(open->model()->index(0, models::OrdersModel::Status).data().toString(), QStringLiteral("Unknown — check"));
    // Shown among the open orders, not counted as one: nothing for Cancel all to cancel.
    QTRY_VERIFY(panel->findChild<QTabWidget*>()->tabText(0).endsWith(QStringLiteral("(0)")));
    QVERIFY(!panel->cancelAllButton()->isEnabled());
    // The demo's polls do not take it away; only the user does, through its Dismiss cell.
    m_session->refresh(Channel::Orders);
    QTest::qWait(200);
    QCOMPARE(m_session->openOrders()->unresolvedCount(), 1);
    keepGrab(panel, "orders-unknown.png");
    const QModelIndex dismiss = open->model()->index(0, models::OrdersModel::Action);
    QCOMPARE(dismiss.data().toString(), QStringLiteral("Dismiss"));
    QTest::mouseClick(open->viewport(), Qt::LeftButton, {}, centreOf(open, dismiss));
    QCOMPARE(m_session->openOrders()->unresolvedCount(), 0);
    QCOMPARE(m_session->openOrders()->rowCount(), 0);
}

void TestPanels::orderBookMarksTheAccountsOrders()
{
    auto* panel = show(new ui::OrderBookPanel(*m_session, QStringLiteral("BTC/USD")));
    QTRY_VERIFY(panel->hasData());
    models::OrderBookModel* book = panel->model();
    QCOMPARE(markedRow(*book), -1);
    // A buy resting at a level's own price halfway down the shown bids: the demo's price moves by whole levels a
    // second, so an order a few levels from the spread could fill before it is drawn (it did, on a loaded CI
    // machine), and one at the bottom could drop out of the shown range.
    const int row = book->spreadRow() + std::max(1, book->bidCount() / 2);
    QVERIFY(book->levelAt(row));
    const Decimal below = book->levelAt(row)->price;
    const QString price = QString::fromStdString(below.toString());
    m_session->placeOrder(limitOrder("buy", price, "0.0123"), panel, {});
    QTRY_VERIFY_WITH_TIMEOUT(markedRow(*book) >= 0, 10000);
    const int marked = markedRow(*book);
    QCOMPARE(book->rowKind(marked), models::OrderBookModel::BidRow);
    QVERIFY2(book->levelAt(marked)->price == below, book->levelAt(marked)->price.toString().c_str());
    QCOMPARE(book->ownAmountAt(marked), Decimal::parse("0.0123").value());
    QVERIFY(book->index(marked, models::OrderBookModel::Amount)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Your open orders here: 0.0123")));
    panel->view()->scrollTo(book->index(marked, 0), QAbstractItemView::PositionAtCenter);
    QTest::qWait(50);
    keepGrab(panel, "book-own-order.png");

    // Cancelled, the mark goes.
    QTRY_COMPARE(m_session->openOrders()->rowCount(), 1);
    const QString id = m_session->openOrders()->index(0, 0).data(models::OrderIdRole).toString();
    m_session->cancelOrder(id, QStringLiteral("BTC/USD"), panel, {});
    QTRY_COMPARE(markedRow(*book), -1);
}

void TestPanels::myTradesFollowFills()
{
    auto* panel = show(new ui::TradesPanel(*m_session, QStringLiteral("BTC/USD"), models::TradesModel::Source::Own));
    QCOMPARE(panel->objectName(), QStringLiteral("myTradesPanel"));
    QTRY_VERIFY(panel->hasData());
    QVERIFY(panel->note().isEmpty()); // the demo account needs no keys
    QCOMPARE(panel->model()->columnCount(), static_cast<int>(models::TradesModel::ColumnCount));
    const int before = panel->model()->rowCount();
    // Its slow period is long; the fill seen in the orders is what polls the trades again.
    QVERIFY(m_session->interval(Channel::MyTrades) >= 10000);
    models::PreparedOrder market = limitOrder("buy", {}, "0.01");
    market.type = QStringLiteral("market");
    m_session->placeOrder(market, panel, {});
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > before, 8000);
    // The order may fill against several levels: its trades add up to its amount, each a buy.
    const auto raw = [panel](int row, int column) {
        return panel->model()->index(row, column).data(models::RawValueRole).value<Decimal>();
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            Decimal filled;
            for (int row = 0; row < panel->model()->rowCount() - before; ++row) {
                filled += raw(row, models::TradesModel::Amount);
            }
            return filled;
        }(),
        Decimal::parse("0.01").value(), 8000);
    const QModelIndex newest = panel->model()->index(0, models::TradesModel::Side);
    QCOMPARE(newest.data().toString(), QStringLiteral("Buy"));
    QCOMPARE(newest.data(models::SideRole).toInt(), 1);
    QCOMPARE(raw(0, models::TradesModel::Cost),
             raw(0, models::TradesModel::Price) * raw(0, models::TradesModel::Amount));
    QVERIFY(!panel->model()->index(0, models::TradesModel::Fee).data().toString().isEmpty());
    // Each figure whole: the columns take their text's width once the trades have come (a cut date or price
    // misleads), the panel scrolling sideways where it is too narrow.
    for (int column : {models::TradesModel::Time, models::TradesModel::Price, models::TradesModel::Cost}) {
        const QString text = panel->model()->index(0, column).data().toString();
        QTRY_VERIFY2(panel->view()->horizontalHeader()->sectionSize(column)
                         >= panel->view()->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
    }
    keepGrab(panel, "my-trades.png");

    // The public tape keeps its three columns.
    QCOMPARE(m_session->trades(QStringLiteral("BTC/USD"))->columnCount(), 3);
}

QTEST_MAIN(TestPanels)
#include "TestPanels.moc"
