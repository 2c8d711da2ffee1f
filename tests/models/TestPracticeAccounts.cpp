// SPDX-License-Identifier: GPL-3.0-or-later
// Several demo accounts in the accounts list each keep their own practice money: the first one the venue's
// unnamed file (as before, and as bourse-cli), every other one a file of its own.
#include "../support/AdapterFixture.h"
#include "demo/Demo.h"
#include "models/accounts/AccountList.h"
#include "models/session/ExchangeSession.h"
#include "models/session/ExchangeWorker.h"
#include "models/session/SessionPool.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace bourse;
using namespace bourse::ex;

class TestPracticeAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachNameHasItsOwnFile();
    void poolNamesEveryAccountButTheFirst();
    void ordersOnOneAccountLeaveTheOtherAlone();

private:
    static Decimal freeOf(Exchange& exchange, const std::string& currency)
    {
        auto balance =
            test::finish<Balance>([&](Callback<Balance> cb) { exchange.fetchBalance(JsonValue::object(), cb); });
        if (!balance.ok()) {
            qWarning("%s", balance.error().message().c_str());
            return Decimal(-1);
        }
        const auto it = balance.value().currencies.find(currency);
        return it == balance.value().currencies.end() || !it->second.free ? Decimal(0) : *it->second.free;
    }
};

void TestPracticeAccounts::eachNameHasItsOwnFile()
{
    MatchingEngine engine;
    PracticeAccount account(engine, "demo", "demo-account.json", Demo::defaultStartingBalance());
    const QString folder = QString::fromStdString(PracticeAccount::dataDirectory());
    QVERIFY(!folder.isEmpty());
    QCOMPARE(QString::fromStdString(account.statePath()), folder + QStringLiteral("/demo-account.json"));

    QStringList paths;
    for (const char* name : {"Practice B", "practice-b", "../../etc/passwd", "Übung 練習"}) {
        account.setAccountName(name);
        const QString path = QString::fromStdString(account.statePath());
        QCOMPARE(QFileInfo(path).absolutePath(), folder); // never outside the data folder
        QVERIFY2(QFileInfo(path).fileName().startsWith(QLatin1String("demo-account-")), qPrintable(path));
        QVERIFY(path.endsWith(QLatin1String(".json")));
        paths << path;
    }
    QCOMPARE(QFileInfo(paths[0]).fileName().left(24), QStringLiteral("demo-account-practice-b-"));
    paths.removeDuplicates();
    QCOMPARE(paths.size(), 4); // "Practice B" and "practice-b" differ by their hash
    account.setAccountName("");
    QCOMPARE(QString::fromStdString(account.statePath()), folder + QStringLiteral("/demo-account.json"));
}

void TestPracticeAccounts::poolNamesEveryAccountButTheFirst()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    models::AccountList accounts(&settings);
    QVERIFY(accounts.put({QStringLiteral("Practice A"), QStringLiteral("demo")}));
    QVERIFY(accounts.put({QStringLiteral("Practice B"), QStringLiteral("demo")}));
    models::SessionPool pool;
    pool.holdStarts(true);
    pool.setAccounts(&accounts, nullptr);
    QCOMPARE(pool.session(QStringLiteral("demo"), QStringLiteral("Practice A")).practiceAccountName(), QString());
    QCOMPARE(pool.session(QStringLiteral("demo"), QStringLiteral("Practice B")).practiceAccountName(),
             QStringLiteral("Practice B"));
    QCOMPARE(pool.session(QStringLiteral("demo")).practiceAccountName(), QString()); // the first, again
}

void TestPracticeAccounts::ordersOnOneAccountLeaveTheOtherAlone()
{
    {
        models::ExchangeWorker second(QStringLiteral("demo"));
        second.setPracticeAccountName(QStringLiteral("Practice B"));
        QVERIFY(second.open());
        auto* venue = dynamic_cast<PracticeVenue*>(second.exchange());
        QVERIFY(venue);
        venue->resetAccount();
        models::ExchangeWorker first(QStringLiteral("demo"));
        QVERIFY(first.open());
        dynamic_cast<PracticeVenue*>(first.exchange())->resetAccount();

        auto order = test::finish<Order>([&](Callback<Order> cb) {
            second.exchange()->createOrder("BTC/USD", "market", "sell", test::dec("0.25"), std::nullopt,
                                           JsonValue::object(), cb);
        });
        QVERIFY2(order.ok(), order.ok() ? "" : order.error().message().c_str());
        QCOMPARE(freeOf(*second.exchange(), "BTC"), test::dec("0.75"));
        QCOMPARE(freeOf(*first.exchange(), "BTC"), test::dec("1"));
    }
    // Read back from the files by workers opened afresh: each account kept its own money.
    models::ExchangeWorker second(QStringLiteral("demo"));
    second.setPracticeAccountName(QStringLiteral("Practice B"));
    QVERIFY(second.open());
    models::ExchangeWorker first(QStringLiteral("demo"));
    QVERIFY(first.open());
    QCOMPARE(freeOf(*second.exchange(), "BTC"), test::dec("0.75"));
    QCOMPARE(freeOf(*first.exchange(), "BTC"), test::dec("1"));
}

QTEST_GUILESS_MAIN(TestPracticeAccounts)
#include "TestPracticeAccounts.moc"
