// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MarketFilterProxyModel.h"
#include "models/MarketListModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using bourse::ex::Decimal;
using bourse::ex::Market;
using bourse::ex::Ticker;
using bourse::models::MarketFilterProxyModel;
using bourse::models::MarketListModel;

namespace {

Market market(const char* base, const char* quote)
{
    Market m;
    m.base = base;
    m.quote = quote;
    m.symbol = std::string(base) + "/" + quote;
    m.id = m.base + m.quote;
    m.precision.price = *Decimal::parse("0.01");
    m.precision.amount = *Decimal::parse("0.0001");
    return m;
}

Ticker ticker(const std::string& symbol, const char* last, const char* percentage, const char* volume)
{
    Ticker t;
    t.symbol = symbol;
    t.last = *Decimal::parse(last);
    t.percentage = *Decimal::parse(percentage);
    t.quoteVolume = *Decimal::parse(volume);
    return t;
}

} // namespace

class TestMarketListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mergesMarkets();
    void tickersChangeOnlyTheirRows();
    void formatsWithThePrecision();
    void filtersByBaseQuoteAndSymbol();
    void sortsOnExactValues();
    void favouritesPersist();

private:
    std::unique_ptr<MarketListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMarketListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMarketListModel"));
    QSettings().clear();
}

void TestMarketListModel::init()
{
    m_model = std::make_unique<MarketListModel>(QStringLiteral("demo"));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMarkets({market("BTC", "USD"), market("ETH", "USD"), market("ETH", "BTC")},
                        bourse::ex::CountingMode::TickSize);
}

void TestMarketListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestMarketListModel::mergesMarkets()
{
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setMarkets({market("BTC", "USD"), market("ETH", "BTC"), market("SOL", "USD")},
                        bourse::ex::CountingMode::TickSize);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1); // ETH/USD
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->symbolAt(2), QStringLiteral("SOL/USD"));
    QCOMPARE(m_model->rowOf(QStringLiteral("ETH/BTC")), 1);
}

void TestMarketListModel::tickersChangeOnlyTheirRows()
{
    m_model->applyTickers({ticker("BTC/USD", "68000", "1.5", "1000000"), ticker("ETH/USD", "2500", "-2", "5000"),
                           ticker("ETH/BTC", "0.037", "0.1", "12")});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyTickers({ticker("BTC/USD", "68000", "1.5", "1000000"), ticker("ETH/USD", "2501", "-1.9", "5000"),
                           ticker("ETH/BTC", "0.037", "0.1", "12")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
}

void TestMarketListModel::formatsWithThePrecision()
{
    m_model->applyTickers({ticker("BTC/USD", "68000.5", "1.5", "1234567"), ticker("ETH/USD", "2500", "-2", "5000")});
    QCOMPARE(m_model->index(0, MarketListModel::Last).data().toString(), QStringLiteral("68,000.50"));
    QCOMPARE(m_model->index(0, MarketListModel::Change).data().toString(), QStringLiteral("+1.50%"));
    QCOMPARE(m_model->index(1, MarketListModel::Change).data().toString(), QStringLiteral("-2.00%"));
    QCOMPARE(m_model->index(0, MarketListModel::Volume).data().toString(), QStringLiteral("1.23M"));
    QCOMPARE(m_model->index(0, MarketListModel::Change).data(bourse::models::SideRole).toInt(), 1);
    QCOMPARE(m_model->index(1, MarketListModel::Change).data(bourse::models::SideRole).toInt(), -1);
    QCOMPARE(m_model->index(2, MarketListModel::Last).data().toString(), QStringLiteral("—"));
}

void TestMarketListModel::filtersByBaseQuoteAndSymbol()
{
    MarketFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("eth"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("btc"));
    QCOMPARE(proxy.rowCount(), 2); // BTC/USD and ETH/BTC
    proxy.setFilterText(QStringLiteral("eth/b"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    proxy.setQuoteCurrency(QStringLiteral("USD"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setQuoteCurrency(QString());
    proxy.setFavouritesOnly(true);
    QCOMPARE(proxy.rowCount(), 0);
    m_model->setFavourite(QStringLiteral("ETH/BTC"), true);
    QCOMPARE(proxy.rowCount(), 1);
    m_model->setFavourite(QStringLiteral("ETH/BTC"), false);
}

void TestMarketListModel::sortsOnExactValues()
{
    m_model->applyTickers({ticker("BTC/USD", "68000", "1.5", "9"), ticker("ETH/USD", "2500", "-2", "10"),
                           ticker("ETH/BTC", "0.037", "0.1", "100")});
    MarketFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(MarketListModel::Volume, Qt::DescendingOrder);
    // As text "9" would sort above "100"; the raw decimals put 100 first.
    QCOMPARE(proxy.index(0, MarketListModel::Symbol).data().toString(), QStringLiteral("ETH/BTC"));
    QCOMPARE(proxy.index(2, MarketListModel::Symbol).data().toString(), QStringLiteral("BTC/USD"));
    proxy.sort(MarketListModel::Change, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, MarketListModel::Symbol).data().toString(), QStringLiteral("ETH/USD"));
}

void TestMarketListModel::favouritesPersist()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setFavourite(QStringLiteral("BTC/USD"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0, MarketListModel::Favourite).data().toString(), QStringLiteral("★"));
    MarketListModel again(QStringLiteral("demo"));
    QVERIFY(again.isFavourite(QStringLiteral("BTC/USD")));
    MarketListModel other(QStringLiteral("kraken"));
    QVERIFY(!other.isFavourite(QStringLiteral("BTC/USD")));
    m_model->setFavourite(QStringLiteral("BTC/USD"), false);
    QVERIFY(!MarketListModel(QStringLiteral("demo")).isFavourite(QStringLiteral("BTC/USD")));
}

QTEST_GUILESS_MAIN(TestMarketListModel)
#include "TestMarketListModel.moc"
