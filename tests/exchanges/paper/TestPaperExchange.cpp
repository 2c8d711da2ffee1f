// SPDX-License-Identifier: GPL-3.0-or-later
// Paper trading on binance, fed recorded binance answers through a scripted transport: the description says
// paper everywhere, public data passes through untouched, a marketable order walks the real book, a resting one
// fills when a later book or later trades go through it (once), money is conserved, and the account is kept in
// a file of its own.
#include "Registry.h"
#include "TestSupport.h"
#include "binance/Binance.h"
#include "core/OfflineTransports.h"
#include "paper/PaperExchange.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bourse;
using namespace bourse::ex;

namespace {

// After the first recorded print (…000500) and before the others (…002000 on).
constexpr long long kT0 = 1764000001000;

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

std::string fixture(const char* name)
{
    return test::readTextFile(QStringLiteral(PAPER_FIXTURES "/") + QLatin1String(name));
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

struct Fixture
{
    test::ScriptedTransport transport;
    Clock clock;
    std::unique_ptr<Exchange> exchange;
    PaperExchange* paper = nullptr;

    explicit Fixture(const QString& dataDir)
    {
        clock.fixAt(kT0);
        exchange = Registry::create("paper-binance", transport, clock);
        paper = dynamic_cast<PaperExchange*>(exchange.get());
        if (!paper) {
            qFatal("paper-binance is not a PaperExchange");
        }
        paper->setStatePath(QDir(dataDir).filePath(QStringLiteral("paper-binance-account.json")).toStdString());
    }
    Result<Order> order(const char* type, const char* side, const char* amount, OptDecimal price = {})
    {
        return call<Order>([&](Callback<Order> cb) {
            paper->createOrder("BTC/USDT", type, side, dec(amount), price, JsonValue::object(), cb);
        });
    }
    Balance balance()
    {
        return value<Balance>([&](Callback<Balance> cb) { paper->fetchBalance(JsonValue::object(), cb); });
    }
    Order fetchOrder(const std::string& id)
    {
        return value<Order>([&](Callback<Order> cb) { paper->fetchOrder(id, "", JsonValue::object(), cb); });
    }
    std::vector<Trade> myTrades()
    {
        return value<std::vector<Trade>>(
            [&](Callback<std::vector<Trade>> cb) { paper->fetchMyTrades("", {}, {}, JsonValue::object(), cb); });
    }
    OrderBook book()
    {
        return value<OrderBook>(
            [&](Callback<OrderBook> cb) { paper->fetchOrderBook("BTC/USDT", {}, JsonValue::object(), cb); });
    }
    std::vector<Trade> trades()
    {
        return value<std::vector<Trade>>(
            [&](Callback<std::vector<Trade>> cb) { paper->fetchTrades("BTC/USDT", {}, {}, JsonValue::object(), cb); });
    }
    std::string path(size_t request) const
    {
        const std::string& url = transport.requests.at(request).url;
        return url.substr(0, url.find('?'));
    }
};

// Totals are the starting balance plus what the trades brought in, less what they paid, to the last digit.
void checkConservation(const Balance& b, const std::vector<Trade>& trades)
{
    std::map<std::string, Decimal> expected = PaperExchange::defaultStartingBalance();
    for (const auto& t : trades) {
        if (t.side == "buy") {
            expected["USDT"] -= *t.cost;
            expected["BTC"] += *t.amount - *t.fee->cost;
        } else {
            expected["BTC"] -= *t.amount;
            expected["USDT"] += *t.cost - *t.fee->cost;
        }
    }
    for (const auto& [code, amount] : expected) {
        const Decimal total = *b.currencies.at(code).total;
        QVERIFY2(total == amount, (code + ": " + total.toString() + " != " + amount.toString()).c_str());
        QCOMPARE(*b.currencies.at(code).free + *b.currencies.at(code).used, total);
    }
}

} // namespace

class TestPaperExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saysPaperEverywhere();
    void publicDataPassesThrough();
    void marketableBuyWalksTheRealBook();
    void restingLimitFillsWhenTheMarketTradesThroughIt();
    void keepsItsAccountInAFileOfItsOwn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPaperExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPaperExchange::saysPaperEverywhere()
{
    Fixture f(m_dir->path());
    const ExchangeDescription& d = f.paper->description();
    QCOMPARE(d.id, std::string("paper-binance"));
    QCOMPARE(d.name, std::string("Binance (paper)"));
    QVERIFY(d.paper);
    QCOMPARE(d.api.at("public"), f.paper->real().description().api.at("public"));
    // Public methods as binance has them; the account's from the engine; nothing that moves real money.
    for (const char* m : {"fetchOrderBook", "fetchTrades", "fetchOHLCV", "fetchTickers", "fetchTime"}) {
        QCOMPARE(d.supports(m), f.paper->real().description().supports(m));
    }
    for (const char* m :
         {"createOrder", "cancelOrder", "fetchBalance", "fetchOpenOrders", "fetchMyTrades", "createStopOrder"}) {
        QCOMPARE(d.supports(m), Support::Yes);
    }
    QCOMPARE(d.supports("fetchDeposits"), Support::No);
    QCOMPARE(d.supports("fetchDepositAddress"), Support::No);
    QVERIFY(!d.requiredCredentials.apiKey && !d.requiredCredentials.secret);
    const std::string json = d.toJson().dump();
    QVERIFY(json.find(R"("paper":true)") != std::string::npos);
    QVERIFY(f.paper->real().description().toJson().dump().find(R"("paper")") == std::string::npos);

    // An account type, not an exchange: every real id has one, `list` shows none.
    QVERIFY(Registry::listJson().dump().find("paper-") == std::string::npos);
    auto entry = Registry::find("paper-binance");
    QVERIFY(entry);
    QCOMPARE(entry->name, std::string("Binance (paper)"));
    QCOMPARE(entry->status, std::string("implemented"));
    FixedResponseTransport none("");
    QVERIFY(Registry::create("paper-kraken", none, f.clock));
    QVERIFY(!Registry::create("paper-demo", none, f.clock));
    QVERIFY(!Registry::create("paper-paper-binance", none, f.clock));
    QVERIFY(!Registry::create("paper-nosuchexchange", none, f.clock));
}

void TestPaperExchange::publicDataPassesThrough()
{
    Fixture f(m_dir->path());
    f.transport.push(200, fixture("exchangeInfo.json"));
    f.transport.push(200, fixture("depth-1.json"));
    f.transport.push(200, fixture("aggTrades.json"));
    OrderBook book = f.book();
    std::vector<Trade> trades = f.trades();

    // The same answers through binance itself.
    test::ScriptedTransport transport;
    Binance binance(transport, f.clock);
    transport.push(200, fixture("exchangeInfo.json"));
    transport.push(200, fixture("depth-1.json"));
    transport.push(200, fixture("aggTrades.json"));
    auto direct = value<OrderBook>(
        [&](Callback<OrderBook> cb) { binance.fetchOrderBook("BTC/USDT", {}, JsonValue::object(), cb); });
    auto directTrades = value<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { binance.fetchTrades("BTC/USDT", {}, {}, JsonValue::object(), cb); });
    QCOMPARE(book.toJson().dump(), direct.toJson().dump());
    QCOMPARE(dump(trades), dump(directTrades));
    QCOMPARE(book.asks.size(), size_t(8));
    QCOMPARE(f.transport.requests.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(f.transport.requests[i].url, transport.requests[i].url);
    }
    QVERIFY(f.paper->markets().size() == 2 && f.paper->real().markets().size() == 2);
}

void TestPaperExchange::marketableBuyWalksTheRealBook()
{
    Fixture f(m_dir->path());
    f.transport.push(200, fixture("exchangeInfo.json"));
    f.transport.push(200, fixture("depth-1.json"));
    auto placed = f.order("market", "buy", "0.03");
    QVERIFY2(placed.ok(), placed.ok() ? "" : placed.error().message().c_str());
    const Order& o = placed.value();
    // The book is fetched right before matching; nothing is signed or sent to an account.
    QCOMPARE(f.transport.requests.size(), size_t(2));
    QCOMPARE(f.path(0), std::string("https://api.binance.com/api/v3/exchangeInfo"));
    QCOMPARE(f.path(1), std::string("https://api.binance.com/api/v3/depth"));
    for (const auto& r : f.transport.requests) {
        QVERIFY(r.url.find("signature") == std::string::npos);
        for (const auto& [name, v] : r.headers) {
            QVERIFY(name != "X-MBX-APIKEY");
        }
    }
    // Three levels: 0.0087 at 42574.31, 0.00893 at 42574.80 and the rest, 0.01237, of the 0.02 at 42575.50.
    QCOMPARE(*o.status, std::string("closed"));
    QCOMPARE(o.trades.size(), size_t(3));
    const char* prices[] = {"42574.31", "42574.8", "42575.5"};
    const char* amounts[] = {"0.0087", "0.00893", "0.01237"};
    Decimal cost;
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(*o.trades[i].price, dec(prices[i]));
        QCOMPARE(*o.trades[i].amount, dec(amounts[i]));
        QCOMPARE(*o.trades[i].takerOrMaker, std::string("taker"));
        QCOMPARE(*o.trades[i].fee->rate, dec("0.001"));
        QCOMPARE(*o.trades[i].fee->currency, std::string("BTC"));
        cost += dec(prices[i]) * dec(amounts[i]);
    }
    QCOMPARE(*o.filled, dec("0.03"));
    QCOMPARE(*o.cost, cost);
    QCOMPARE(*o.fee->cost, dec("0.00003"));
    QCOMPARE(*o.info.find("paper")->asBool(), true);
    Balance b = f.balance();
    QCOMPARE(*b.currencies["USDT"].free, Decimal(100000) - cost);
    QCOMPARE(*b.currencies["BTC"].total, dec("1.02997"));
    QCOMPARE(*b.info.find("paper")->asBool(), true);
    checkConservation(b, f.myTrades());

    // The real limits and precision apply: binance's 5 USDT minimum.
    f.transport.push(200, fixture("depth-1.json"));
    auto tiny = f.order("market", "buy", "0.0001");
    QVERIFY(!tiny.ok());
    QCOMPARE(tiny.error().kind(), ErrorKind::InvalidOrder);
    QVERIFY2(tiny.error().message().find("paper-binance") == 0, tiny.error().message().c_str());
}

void TestPaperExchange::restingLimitFillsWhenTheMarketTradesThroughIt()
{
    Fixture f(m_dir->path());
    f.transport.push(200, fixture("exchangeInfo.json"));
    f.transport.push(200, fixture("depth-1.json"));
    auto placed = f.order("limit", "buy", "0.03", dec("42570"));
    QVERIFY(placed.ok());
    QCOMPARE(*placed.value().status, std::string("open")); // the best ask, 42574.31, is above it
    QCOMPARE(*f.balance().currencies["USDT"].used, dec("1277.1"));

    // A later book: asks at 42561.10 (0.00512) and 42566.00 (0.0081) now sit below the bid.
    f.clock.fixAt(kT0 + 3000);
    f.transport.push(200, fixture("depth-2.json"));
    f.book();
    Order o = f.fetchOrder("1");
    QCOMPARE(*o.filled, dec("0.01322"));
    QCOMPARE(*o.status, std::string("open"));
    QCOMPARE(o.trades.size(), size_t(1)); // one fill for what one book crossed
    QCOMPARE(*o.trades[0].price, dec("42570")); // at its own price, as a maker
    QCOMPARE(*o.trades[0].takerOrMaker, std::string("maker"));
    QCOMPARE(*o.trades[0].fee->rate, dec("0.001"));

    // Later trades: the one before the order and the one at its price do not fill it; 0.003 at 42569 and 0.01
    // at 42568.50 do.
    f.transport.push(200, fixture("aggTrades.json"));
    f.trades();
    o = f.fetchOrder("1");
    QCOMPARE(*o.filled, dec("0.02622"));
    QCOMPARE(o.trades.size(), size_t(3));
    QCOMPARE(*o.trades[1].amount, dec("0.003"));
    QCOMPARE(*o.trades[2].amount, dec("0.01"));
    QCOMPARE(*o.trades[2].price, dec("42570"));
    // The same prints fetched again fill nothing more.
    f.transport.push(200, fixture("aggTrades.json"));
    f.trades();
    QCOMPARE(*f.fetchOrder("1").filled, dec("0.02622"));

    Balance b = f.balance();
    QCOMPARE(*b.currencies["USDT"].used, dec("0.00378") * dec("42570"));
    checkConservation(b, f.myTrades());

    auto cancelled =
        call<Order>([&](Callback<Order> cb) { f.paper->cancelOrder("1", "BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(cancelled.ok());
    QCOMPARE(*cancelled.value().status, std::string("canceled"));
    b = f.balance();
    QCOMPARE(*b.currencies["USDT"].used, Decimal());
    checkConservation(b, f.myTrades());
    QCOMPARE(f.transport.requests.size(), size_t(5));
}

void TestPaperExchange::keepsItsAccountInAFileOfItsOwn()
{
    std::string orders, balance;
    {
        Fixture f(m_dir->path());
        f.transport.push(200, fixture("exchangeInfo.json"));
        f.transport.push(200, fixture("depth-1.json"));
        QVERIFY(f.order("market", "buy", "0.01").ok());
        f.transport.push(200, fixture("depth-1.json"));
        QVERIFY(f.order("limit", "sell", "0.5", dec("50000")).ok());
        orders = dump(value<std::vector<Order>>(
            [&](Callback<std::vector<Order>> cb) { f.paper->fetchOrders("", {}, {}, JsonValue::object(), cb); }));
        balance = f.balance().toJson().dump();
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("paper-binance-account.json"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("demo-account.json"))));
    // The default file name, in the data folder.
    {
        test::ScriptedTransport transport;
        Clock clock;
        auto fresh = Registry::create("paper-binance", transport, clock);
        const std::string path = dynamic_cast<PaperExchange&>(*fresh).practiceAccount().statePath();
        QVERIFY2(QString::fromStdString(path).endsWith(QStringLiteral("/paper-binance-account.json")), path.c_str());
    }
    Fixture again(m_dir->path());
    QCOMPARE(dump(value<std::vector<Order>>([&](Callback<std::vector<Order>> cb) {
                 again.paper->fetchOrders("", {}, {}, JsonValue::object(), cb);
             })),
             orders);
    QCOMPARE(again.balance().toJson().dump(), balance);
    // Nothing was fetched to answer from the account.
    QVERIFY(again.transport.requests.empty());
    again.paper->resetAccount();
    QCOMPARE(*again.balance().currencies["USDT"].total, Decimal(100000));
}

QTEST_GUILESS_MAIN(TestPaperExchange)
#include "TestPaperExchange.moc"
