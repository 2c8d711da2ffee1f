// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bourse::models;

class TestWorkspaceStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultLayoutHasEveryKindOnOneMarket();
    void layoutRoundTripsThroughJson();
    void panelsThatCannotBeShownAreDroppedAndSaid();
    void newerLayoutFormatIsRefused();
    void panelsKeepTheirAccount();
    void freeNamesCountUp();
    void missingFileIsAnEmptyStore();
    void savesRemovesAndRemembersTheCurrentOne();
    void unreadableFileIsSetAsideNotOverwritten();
    void defaultPathIsInTheDataFolder();

private:
    void writeFile(const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspaces.json"));
}

void TestWorkspaceStore::writeFile(const QByteArray& bytes)
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestWorkspaceStore::defaultLayoutHasEveryKindOnOneMarket()
{
    const WorkspaceLayout layout = WorkspaceLayout::defaultLayout(QStringLiteral("kraken"), QStringLiteral("ETH/EUR"));
    QCOMPARE(layout.panels.size(), PanelKind::all().size());
    for (const PanelBinding& p : layout.panels) {
        QCOMPARE(p.exchange, QStringLiteral("kraken"));
        QCOMPARE(p.name, p.kind);
        QCOMPARE(p.linkGroup, 1);
        QCOMPARE(p.symbol, PanelKind::isAccountWide(p.kind) ? QString() : QStringLiteral("ETH/EUR"));
    }
    QCOMPARE(layout.find(QStringLiteral("chart"))->timeframe, QStringLiteral("15m"));
    QCOMPARE(layout.find(QStringLiteral("chart"))->studies,
             (QStringList {QStringLiteral("sma20"), QStringLiteral("bb20")}));
    QVERIFY(layout.dockState.isEmpty());
}

void TestWorkspaceStore::layoutRoundTripsThroughJson()
{
    WorkspaceLayout layout = WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"));
    layout.panels.append({PanelKind::Chart,
                          QStringLiteral("chart-2"),
                          QStringLiteral("binance"),
                          QStringLiteral("ETH/USDT"),
                          3,
                          QStringLiteral("1h"),
                          QStringList {QStringLiteral("bb20"), QStringLiteral("sma20")},
                          {},
                          {}});
    layout.geometry = QByteArray("\x01\x02\xff geometry", 12);
    layout.dockState = QByteArray("\x00\x10 state", 8);
    // Through text, as the file holds it.
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(layout.toJson()).toJson()).object();
    WorkspaceLayout read;
    QStringList problems;
    QVERIFY(WorkspaceLayout::fromJson(json, read, problems));
    QVERIFY(problems.isEmpty());
    QCOMPARE(read.panels, layout.panels);
    QCOMPARE(read.geometry, layout.geometry);
    QCOMPARE(read.dockState, layout.dockState);
}

void TestWorkspaceStore::panelsThatCannotBeShownAreDroppedAndSaid()
{
    WorkspaceLayout layout = WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"));
    QJsonObject json = layout.toJson();
    QJsonArray panels = json.value(QStringLiteral("panels")).toArray();
    panels.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("heatmap")},
                               {QStringLiteral("name"), QStringLiteral("heatmap")},
                               {QStringLiteral("exchange"), QStringLiteral("demo")}});
    panels.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("chart")},
                               {QStringLiteral("name"), QStringLiteral("chart")}, // taken
                               {QStringLiteral("exchange"), QStringLiteral("demo")},
                               {QStringLiteral("symbol"), QStringLiteral("ETH/USD")}});
    panels.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("trades")},
                               {QStringLiteral("name"), QStringLiteral("trades-2")},
                               {QStringLiteral("exchange"), QStringLiteral("demo")}}); // no market
    panels.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("orders")},
                               {QStringLiteral("name"), QStringLiteral("orders-2")},
                               {QStringLiteral("exchange"), QStringLiteral("demo")},
                               {QStringLiteral("linkGroup"), 42}});
    json.insert(QStringLiteral("panels"), panels);
    WorkspaceLayout read;
    QStringList problems;
    QVERIFY(WorkspaceLayout::fromJson(json, read, problems));
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(QStringLiteral("heatmap")));
    QVERIFY(problems.at(2).contains(QStringLiteral("trades-2")));
    QCOMPARE(read.panels.size(), layout.panels.size() + 1);
    QCOMPARE(read.find(QStringLiteral("chart"))->symbol, QStringLiteral("BTC/USD"));
    QCOMPARE(read.find(QStringLiteral("orders-2"))->linkGroup, 0);
}

void TestWorkspaceStore::newerLayoutFormatIsRefused()
{
    QJsonObject json = WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD")).toJson();
    json.insert(QStringLiteral("version"), WorkspaceLayout::kFormatVersion + 1);
    WorkspaceLayout read;
    QStringList problems;
    QVERIFY(!WorkspaceLayout::fromJson(json, read, problems));
    QCOMPARE(problems.size(), 1);
}

void TestWorkspaceStore::panelsKeepTheirAccount()
{
    WorkspaceLayout layout = WorkspaceLayout::defaultLayout(QStringLiteral("kraken"), QStringLiteral("BTC/USD"));
    layout.panels[5].account = QStringLiteral("kraken main");
    layout.panels[1].view = QStringLiteral("depth"); // the chart
    QJsonObject json = layout.toJson();
    const QJsonArray panels = json.value(QStringLiteral("panels")).toArray();
    QCOMPARE(panels.at(5).toObject().value(QStringLiteral("account")).toString(), QStringLiteral("kraken main"));
    QVERIFY(!panels.at(0).toObject().contains(QStringLiteral("account"))); // none named: not written
    WorkspaceLayout read;
    QStringList problems;
    QVERIFY(WorkspaceLayout::fromJson(json, read, problems));
    QCOMPARE(read.panels, layout.panels);
    QCOMPARE(read.panels.at(5).account, QStringLiteral("kraken main"));
    QCOMPARE(read.panels.at(1).view, QStringLiteral("depth"));

    // A workspace written before panels named their account (no "account" key) still loads, every panel on the
    // exchange's default account.
    const QByteArray old = R"({"version":1,"panels":[
        {"kind":"balances","name":"balances","exchange":"kraken","linkGroup":1},
        {"kind":"orderBook","name":"orderBook","exchange":"kraken","symbol":"BTC/USD","linkGroup":1}],
        "geometry":"","dockState":""})";
    QVERIFY(WorkspaceLayout::fromJson(QJsonDocument::fromJson(old).object(), read, problems));
    QVERIFY(problems.isEmpty());
    QCOMPARE(read.panels.size(), 2);
    QCOMPARE(read.panels.at(0).account, QString());
    QCOMPARE(read.panels.at(1).symbol, QStringLiteral("BTC/USD"));
}

void TestWorkspaceStore::freeNamesCountUp()
{
    WorkspaceLayout layout = WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"));
    QCOMPARE(layout.freeName(PanelKind::Chart), QStringLiteral("chart-2"));
    layout.panels.append({PanelKind::Chart,
                          QStringLiteral("chart-2"),
                          QStringLiteral("demo"),
                          QStringLiteral("BTC/USD"),
                          1,
                          {},
                          {},
                          {},
                          {}});
    QCOMPARE(layout.freeName(PanelKind::Chart), QStringLiteral("chart-3"));
    layout.panels.removeFirst(); // "markets"
    QCOMPARE(layout.freeName(PanelKind::Markets), QStringLiteral("markets"));
}

void TestWorkspaceStore::missingFileIsAnEmptyStore()
{
    WorkspaceStore store(m_path);
    QVERIFY(store.load());
    QVERIFY(store.names().isEmpty());
    QVERIFY(store.current().isEmpty());
    QVERIFY(!QFile::exists(m_path)); // reading writes nothing
}

void TestWorkspaceStore::savesRemovesAndRemembersTheCurrentOne()
{
    const WorkspaceLayout a = WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"));
    const WorkspaceLayout b = WorkspaceLayout::defaultLayout(QStringLiteral("kraken"), QStringLiteral("ETH/EUR"));
    WorkspaceStore store(m_path);
    QVERIFY(store.load());
    QVERIFY(!store.save(QStringLiteral("  "), a));
    QVERIFY(store.save(QStringLiteral("scalping"), a));
    QVERIFY(store.save(QStringLiteral("Arbitrage"), b));
    QCOMPARE(store.current(), QStringLiteral("Arbitrage"));
    QVERIFY(store.setCurrent(QStringLiteral("scalping")));
    QVERIFY(!store.setCurrent(QStringLiteral("nope")));

    WorkspaceStore reread(m_path);
    QVERIFY(reread.load());
    QCOMPARE(reread.names(), (QStringList {QStringLiteral("Arbitrage"), QStringLiteral("scalping")}));
    QCOMPARE(reread.current(), QStringLiteral("scalping"));
    QStringList problems;
    QCOMPARE(reread.layout(QStringLiteral("Arbitrage"), problems)->panels, b.panels);
    QVERIFY(!reread.layout(QStringLiteral("missing"), problems));

    QVERIFY(reread.remove(QStringLiteral("scalping")));
    QVERIFY(!reread.remove(QStringLiteral("scalping")));
    QVERIFY(reread.current().isEmpty());
    WorkspaceStore third(m_path);
    QVERIFY(third.load());
    QCOMPARE(third.names(), QStringList {QStringLiteral("Arbitrage")});
    // Atomic writes leave no temporary file behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("workspaces.json")});
}

void TestWorkspaceStore::unreadableFileIsSetAsideNotOverwritten()
{
    const QByteArray garbage = "{\"format\": \"bourse-workspaces\", \"workspaces\": {\"a\": "; // truncated
    writeFile(garbage);
    WorkspaceStore store(m_path);
    QVERIFY(!store.load());
    QVERIFY2(store.error().contains(QStringLiteral("not valid JSON")), qPrintable(store.error()));
    QVERIFY(store.names().isEmpty());
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("workspaces.json.unreadable-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    // Saving afterwards writes a fresh file and keeps the set-aside one.
    QVERIFY(store.save(QStringLiteral("fresh"),
                       WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"))));
    QVERIFY(QFile::exists(m_dir->filePath(aside.first())));

    // Another program's file, and one from a newer Bourse, are set aside just the same.
    writeFile(R"({"format": "something-else", "version": 1})");
    QVERIFY(!store.load());
    QVERIFY(store.error().contains(QStringLiteral("not a Bourse workspace file")));
}

void TestWorkspaceStore::defaultPathIsInTheDataFolder()
{
    // bourse_add_test points BOURSE_DATA_DIR at the test's own folder.
    const QString dataDir = qEnvironmentVariable("BOURSE_DATA_DIR");
    QVERIFY(!dataDir.isEmpty());
    QCOMPARE(WorkspaceStore::defaultPath(), dataDir + QStringLiteral("/workspaces.json"));
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "TestWorkspaceStore.moc"
