// SPDX-License-Identifier: GPL-3.0-or-later
// The demo account between runs: what one Demo writes the next one reads, a resting order fills in a later run,
// a damaged file is reported and kept, never overwritten, a reset starts over, the file survives being killed
// mid-write (for real: a writer process is SIGKILLed at random instants), and two bourse-cli runs share it.
#include "TestSupport.h"
#include "demo/AccountState.h"
#include "demo/Demo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace bourse;
using namespace bourse::ex;

namespace {

constexpr long long kT = 1764000000000;

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

template<typename T> Result<T> call(std::function<void(Callback<T>)> f)
{
    auto r = test::await<T>(std::move(f));
    if (!r) {
        return Error(ErrorKind::RequestTimeout, "no answer");
    }
    return std::move(*r);
}

template<typename T> T value(std::function<void(Callback<T>)> f)
{
    Result<T> r = call<T>(std::move(f));
    if (!r.ok()) {
        qFatal("unexpected %s: %s", std::string(errorKindName(r.error().kind())).c_str(), r.error().message().c_str());
    }
    return std::move(r.value());
}

template<typename T> std::string dump(const std::vector<T>& items)
{
    JsonValue list = JsonValue::array();
    for (const auto& item : items) {
        list.push(item.toJson());
    }
    return list.dump();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A demo on the account file `path`, at time `t`.
struct Session
{
    test::ScriptedTransport transport;
    Clock clock;
    Demo demo {transport, clock};

    Session(const QString& path, long long t = kT)
    {
        demo.setStatePath(path.toStdString());
        clock.fixAt(t);
        value<std::monostate>([&](Callback<std::monostate> cb) { demo.loadMarkets(cb); });
    }
    Result<Order> order(const char* symbol, const char* type, const char* side, const char* amount,
                        OptDecimal price = {})
    {
        return call<Order>([&](Callback<Order> cb) {
            demo.createOrder(symbol, type, side, dec(amount), price, JsonValue::object(), cb);
        });
    }
    Balance balance()
    {
        return value<Balance>([&](Callback<Balance> cb) { demo.fetchBalance(JsonValue::object(), cb); });
    }
    std::vector<Order> orders()
    {
        return value<std::vector<Order>>(
            [&](Callback<std::vector<Order>> cb) { demo.fetchOrders("", {}, {}, JsonValue::object(), cb); });
    }
    std::vector<Trade> myTrades()
    {
        return value<std::vector<Trade>>(
            [&](Callback<std::vector<Trade>> cb) { demo.fetchMyTrades("", {}, {}, JsonValue::object(), cb); });
    }
    Order fetchOrder(const std::string& id)
    {
        return value<Order>([&](Callback<Order> cb) { demo.fetchOrder(id, "", JsonValue::object(), cb); });
    }
};

// Every currency's total is the starting balance plus what the account's trades brought in, less what they
// paid: an account file that is whole adds up to the last digit.
void checkConservation(const Balance& balance, const std::vector<Trade>& trades,
                       const std::map<std::string, Decimal>& start)
{
    std::map<std::string, Decimal> expected = start;
    for (const auto& t : trades) {
        const auto slash = t.symbol.find('/');
        const std::string base = t.symbol.substr(0, slash);
        const std::string quote = t.symbol.substr(slash + 1);
        const Decimal fee = *t.fee->cost;
        if (t.side == "buy") {
            expected[quote] -= *t.cost;
            expected[base] += *t.amount - fee;
        } else {
            expected[base] -= *t.amount;
            expected[quote] += *t.cost - fee;
        }
    }
    for (const auto& [code, amount] : expected) {
        auto it = balance.currencies.find(code);
        const Decimal total = it == balance.currencies.end() ? Decimal() : *it->second.total;
        QVERIFY2(total == amount, (code + ": " + total.toString() + " != " + amount.toString()).c_str());
    }
}

} // namespace

class TestPracticeAccount : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aNewInstanceReadsWhatTheLastWrote();
    void aRestingOrderFillsInALaterRun();
    void missingFileIsAFreshAccount();
    void defaultPathIsInTheDataDirectory();
    void corruptFileIsKeptAsideAndReported_data();
    void corruptFileIsKeptAsideAndReported();
    void unreadableFileIsNeverOverwritten();
    void newerFormatIsLeftAlone();
    void resetStartsOver();
    void survivesKillsInTheMiddleOfWrites();
    void twoCliRunsShareTheAccount();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("demo-account.json")); }
};

void TestPracticeAccount::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPracticeAccount::aNewInstanceReadsWhatTheLastWrote()
{
    std::string orders, trades, balance;
    {
        Session a(path());
        QVERIFY(a.order("BTC/USD", "market", "buy", "0.05").ok());
        QVERIFY(a.order("ETH/USD", "limit", "buy", "1", dec("2000")).ok()); // rests
        QVERIFY(a.order("SOL/USD", "limit", "sell", "3", dec("900")).ok()); // rests
        QVERIFY(a.order("BTC/USD", "limit", "buy", "0.01", dec("50000")).ok()); // rests, then cancelled
        auto cancelled = call<Order>([&](Callback<Order> cb) { a.demo.cancelOrder("4", "", JsonValue::object(), cb); });
        QVERIFY(cancelled.ok());
        QVERIFY(a.order("ETH/USD", "market", "sell", "0.5").ok());
        orders = dump(a.orders());
        trades = dump(a.myTrades());
        balance = a.balance().toJson().dump();
        QVERIFY(!a.demo.accountProblem());
        QVERIFY(QFile::exists(path()));
    }
    Session b(path());
    QCOMPARE(dump(b.orders()), orders);
    QCOMPARE(dump(b.myTrades()), trades);
    QCOMPARE(b.balance().toJson().dump(), balance);
    QVERIFY(!b.demo.accountProblem());
    // The id counter goes on.
    auto next = b.order("BTC/USD", "market", "buy", "0.001");
    QVERIFY(next.ok());
    QCOMPARE(*next.value().id, std::string("6"));
    QVERIFY(*next.value().trades.front().id != *b.myTrades().front().id);
    checkConservation(b.balance(), b.myTrades(), Demo::defaultStartingBalance());
}

void TestPracticeAccount::aRestingOrderFillsInALaterRun()
{
    // One run that stays open, and the same orders over two runs, must end alike: the file carries the instant
    // up to which the market was matched against the open order.
    Session whole(QString {});
    auto placed = whole.order("BTC/USD", "limit", "buy", "0.02", whole.demo.simulator().price(0, kT) - dec("30"));
    QVERIFY(placed.ok());
    QCOMPARE(*placed.value().status, std::string("open"));
    {
        Session first(path());
        QVERIFY(first.order("BTC/USD", "limit", "buy", "0.02", first.demo.simulator().price(0, kT) - dec("30")).ok());
    }
    // Find an instant at which the single run has filled the order.
    long long later = kT;
    Order filled;
    for (int hours = 1; hours <= 48; ++hours) {
        later = kT + hours * 3600000LL;
        whole.clock.fixAt(later);
        filled = whole.fetchOrder("1");
        if (filled.status != "open") {
            break;
        }
    }
    QCOMPARE(*filled.status, std::string("closed"));
    Session second(path(), later);
    QCOMPARE(second.fetchOrder("1").toJson().dump(), filled.toJson().dump());
    QCOMPARE(second.balance().toJson().dump(), whole.balance().toJson().dump());
}

void TestPracticeAccount::missingFileIsAFreshAccount()
{
    Session s(path());
    s.demo.setStartingBalance({{"USD", Decimal(2500)}, {"ETH", dec("0.5")}});
    Balance b = s.balance();
    QCOMPARE(b.currencies.size(), size_t(2));
    QCOMPARE(*b.currencies["USD"].free, Decimal(2500));
    QCOMPARE(*b.currencies["ETH"].total, dec("0.5"));
    QVERIFY(!s.demo.accountProblem());
    // Looking is not changing: nothing is written until something changes.
    QVERIFY(!QFile::exists(path()));
    QVERIFY(s.order("ETH/USD", "market", "buy", "0.1").ok());
    QVERIFY(QFile::exists(path()));
}

void TestPracticeAccount::defaultPathIsInTheDataDirectory()
{
    // bourse_add_test points BOURSE_DATA_DIR at the test's own folder; a test never sees the user's account.
    const QByteArray saved = qgetenv("BOURSE_DATA_DIR");
    qputenv("BOURSE_DATA_DIR", m_dir->path().toUtf8());
    test::ScriptedTransport transport;
    Clock clock;
    Demo demo(transport, clock);
    QCOMPARE(QString::fromStdString(demo.practiceAccount().statePath()), path());
    qputenv("BOURSE_DATA_DIR", saved);
}

void TestPracticeAccount::corruptFileIsKeptAsideAndReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    // A valid file to cut and edit.
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        Session s(good);
        QVERIFY(s.order("BTC/USD", "market", "buy", "0.01").ok());
        QVERIFY(s.order("ETH/USD", "limit", "buy", "1", dec("1500")).ok());
    }
    const QByteArray text = readAll(good);
    QVERIFY(text.size() > 500);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("cut short") << text.left(text.size() / 2) << QStringLiteral("not a JSON object");
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << QStringLiteral("not a JSON object");
    QTest::newRow("another file") << QByteArray(R"({"format":"something-else","version":1})")
                                  << QStringLiteral("not a bourse-practice-account");
    QTest::newRow("no version") << QByteArray(R"({"format":"bourse-practice-account"})")
                                << QStringLiteral("no format version");
    QByteArray usedChanged = text;
    usedChanged.replace(R"("used":1500)", R"("used":1400)");
    QVERIFY(usedChanged != text);
    QTest::newRow("held funds do not add up") << usedChanged << QStringLiteral("open orders hold 1500");
    QByteArray filledChanged = text;
    filledChanged.replace(R"("filled":0.01,)", R"("filled":0.02,)");
    QVERIFY(filledChanged != text);
    QTest::newRow("fills do not add up") << filledChanged << QStringLiteral("amounts that do not add up");
    QByteArray idChanged = text;
    idChanged.replace(R"("nextOrderId":3)", R"("nextOrderId":2)");
    QVERIFY(idChanged != text);
    QTest::newRow("ids past the counter") << idChanged << QStringLiteral("does not match its sequence");
}

void TestPracticeAccount::corruptFileIsKeptAsideAndReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    writeAll(path(), content);
    Session s(path());
    Balance b = s.balance();
    QCOMPARE(*b.currencies["USD"].free, Decimal(100000)); // a fresh account
    QVERIFY(s.orders().empty());
    const auto& problem = s.demo.accountProblem();
    QVERIFY(problem);
    QCOMPARE(problem->kind, AccountFileError::Kind::Corrupt);
    QVERIFY2(QString::fromStdString(problem->message).contains(why), problem->message.c_str());
    // The damaged file is kept, byte for byte, beside the new one.
    const QString aside = QString::fromStdString(problem->keptAs);
    QVERIFY(aside.startsWith(path() + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(aside), content);
    QVERIFY(!QFile::exists(path()));
    QVERIFY(s.order("BTC/USD", "market", "buy", "0.01").ok());
    Session again(path());
    QCOMPARE(again.orders().size(), size_t(1));
    QVERIFY(!again.demo.accountProblem());
}

void TestPracticeAccount::unreadableFileIsNeverOverwritten()
{
    // A folder where the file should be: it exists and cannot be read (chmod would not stop root).
    QVERIFY(QDir().mkpath(path()));
    Session s(path());
    QVERIFY(s.order("BTC/USD", "market", "buy", "0.01").ok());
    QVERIFY(s.demo.accountProblem());
    QCOMPARE(s.demo.accountProblem()->kind, AccountFileError::Kind::Unreadable);
    QVERIFY(QFileInfo(path()).isDir());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), qsizetype(0));
}

void TestPracticeAccount::newerFormatIsLeftAlone()
{
    const QByteArray future = R"({"format":"bourse-practice-account","version":99,"account":{"whatever":true}})";
    writeAll(path(), future);
    Session s(path());
    QVERIFY(s.order("BTC/USD", "market", "buy", "0.01").ok());
    QVERIFY(s.demo.accountProblem());
    QCOMPARE(s.demo.accountProblem()->kind, AccountFileError::Kind::NewerFormat);
    QCOMPARE(readAll(path()), future);
    // Resetting is the user's decision, and replaces it.
    s.demo.resetAccount();
    QVERIFY(!s.demo.accountProblem());
    QVERIFY(readAll(path()).contains(R"("version":1)"));
}

void TestPracticeAccount::resetStartsOver()
{
    Session s(path());
    QVERIFY(s.order("BTC/USD", "market", "buy", "0.01").ok());
    QVERIFY(s.order("ETH/USD", "limit", "buy", "1", dec("1500")).ok());
    s.demo.resetAccount();
    QVERIFY(s.orders().empty());
    QVERIFY(s.myTrades().empty());
    Balance b = s.balance();
    for (const auto& [code, amount] : Demo::defaultStartingBalance()) {
        QCOMPARE(*b.currencies[code].free, amount);
        QCOMPARE(*b.currencies[code].used, Decimal());
    }
    auto first = s.order("BTC/USD", "market", "buy", "0.01");
    QVERIFY(first.ok());
    QCOMPARE(*first.value().id, std::string("1"));
    // Reset to a balance of the user's choosing, and it is what the next run finds.
    s.demo.resetAccount(std::map<std::string, Decimal> {{"USD", Decimal(777)}});
    Session next(path());
    Balance nb = next.balance();
    QCOMPARE(nb.currencies.size(), size_t(1));
    QCOMPARE(*nb.currencies["USD"].total, Decimal(777));
    QVERIFY(next.orders().empty());
}

void TestPracticeAccount::survivesKillsInTheMiddleOfWrites()
{
    constexpr int kKills = 40;
    auto* random = QRandomGenerator::global();
    long long lastNextOrder = 0;
    int kills = 0;
    for (int round = 0; round < kKills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(ACCOUNT_WRITER), {path()});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(10000), "the writer never saved");
        // Let it write a while, a different while every round, then kill it where it stands.
        QTest::qSleep(static_cast<int>(random->bounded(1, 120)));
        writer.kill(); // SIGKILL: no destructor, no flush, nothing finishes
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++kills;

        // Whole and consistent (load() checks every invariant), and never older than the last state seen.
        Session s(path(), kT + round);
        Balance balance = s.balance();
        QVERIFY2(!s.demo.accountProblem(), s.demo.accountProblem() ? s.demo.accountProblem()->message.c_str() : "");
        checkConservation(balance, s.myTrades(), Demo::defaultStartingBalance());
        auto doc = JsonDocument::parse(readAll(path()).toStdString());
        const long long nextOrder = *doc.root()["account"]["nextOrderId"].integer();
        QVERIFY(nextOrder >= lastNextOrder);
        lastNextOrder = nextOrder;
    }
    QCOMPARE(kills, kKills);
    QVERIFY2(lastNextOrder > kKills, "the writer made too little progress to test anything");
    // No damaged file was ever found; QSaveFile's temporary files die with the process (O_TMPFILE) or are cleaned.
    const QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(names.filter(QStringLiteral(".corrupt-")).isEmpty(), qPrintable(names.join(QLatin1Char(' '))));
    qInfo("%d kills, %lld orders written; files left: %s", kills, lastNextOrder - 1,
          qPrintable(names.join(QLatin1Char(' '))));
}

void TestPracticeAccount::twoCliRunsShareTheAccount()
{
    auto run = [&](const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BOURSE_DATA_DIR"), m_dir->path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOURSE_CLI), args);
        if (!p.waitForFinished(20000)) {
            p.kill();
        }
        auto out = p.readAllStandardOutput();
        [&] { QCOMPARE(p.exitCode(), 0); }();
        return JsonDocument::parse(out.toStdString());
    };
    auto order = run({QStringLiteral("demo"), QStringLiteral("createOrder"), QStringLiteral("BTC/USD"),
                      QStringLiteral("market"), QStringLiteral("buy"), QStringLiteral("0.01")});
    const Decimal cost = *order.root()["cost"].decimal();
    const Decimal fee = *order.root()["fee"]["cost"].decimal();
    QCOMPARE(*order.root()["filled"].decimal(), dec("0.01"));
    auto balance = run({QStringLiteral("demo"), QStringLiteral("fetchBalance")});
    QCOMPARE(*balance.root()["BTC"]["total"].decimal(), Decimal(1) + dec("0.01") - fee);
    QCOMPARE(*balance.root()["USD"]["total"].decimal(), Decimal(100000) - cost);
    QVERIFY(QFile::exists(path()));

    auto reset = run({QStringLiteral("demo"), QStringLiteral("resetAccount"), QStringLiteral(R"({"USD":5000})")});
    QCOMPARE(*reset.root()["USD"]["free"].decimal(), Decimal(5000));
    QVERIFY(reset.root()["BTC"].isMissing());
    auto orders = run({QStringLiteral("demo"), QStringLiteral("fetchOrders")});
    QCOMPARE(orders.root().size(), size_t(0));
    auto real = [&] {
        QProcess p;
        p.start(QStringLiteral(BOURSE_CLI), {QStringLiteral("binance"), QStringLiteral("resetAccount")});
        p.waitForFinished(20000);
        return std::pair {p.exitCode(), p.readAllStandardOutput()};
    }();
    QCOMPARE(real.first, 1);
    QVERIFY(real.second.contains("NotSupported"));
}

QTEST_GUILESS_MAIN(TestPracticeAccount)
#include "TestPracticeAccount.moc"
