// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's account as data: it goes through JSON and back without a digit changing, a restored engine goes on
// exactly as the original does, an inconsistent state is refused, and resting orders fill from public trades only
// when these print beyond their price after they were placed.
#include "demo/AccountState.h"
#include "demo/MatchingEngine.h"

#include <QTest>
#include <random>

using namespace bourse::ex;

namespace {

constexpr long long kT0 = 1764000000000;

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

Market btcUsd()
{
    Market m;
    m.id = "BTCUSD";
    m.symbol = "BTC/USD";
    m.base = "BTC";
    m.quote = "USD";
    m.precision.amount = dec("0.00001");
    m.precision.price = dec("0.01");
    m.limits.amount = {dec("0.0001"), dec("1000")};
    m.limits.cost = {dec("10"), std::nullopt};
    m.maker = dec("0.001");
    m.taker = dec("0.002");
    return m;
}

MatchingEngine engine()
{
    MatchingEngine e;
    e.addMarket(btcUsd());
    e.reset({{"USD", Decimal(10000)}, {"BTC", Decimal(10)}});
    return e;
}

Trade print(long long t, const char* price, const char* amount)
{
    Trade p;
    p.timestamp = t;
    p.symbol = "BTC/USD";
    p.price = dec(price);
    p.amount = dec(amount);
    return p;
}

Order limit(MatchingEngine& e, const char* side, const char* amount, const char* price, long long t)
{
    EngineOrder r;
    r.symbol = "BTC/USD";
    r.type = "limit";
    r.side = side;
    r.amount = dec(amount);
    r.price = dec(price);
    OrderBook empty;
    empty.symbol = "BTC/USD";
    return e.createOrder(r, empty, t);
}

std::string snapshot(const MatchingEngine& e)
{
    JsonValue v = JsonValue::array();
    for (const auto& o : e.orders("")) {
        v.push(o.toJson());
    }
    for (const auto& t : e.myTrades("")) {
        v.push(t.toJson());
    }
    v.push(e.balance(kT0).toJson());
    return v.dump();
}

// One step of a random session: an order of any kind, a cancel, a new book or a few prints.
void randomStep(MatchingEngine& e, std::mt19937_64& rng, long long& mid, int i)
{
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    mid = std::max(1000LL, mid + uniform(-40, 40));
    const long long t = kT0 + i * 100;
    OrderBook b;
    b.symbol = "BTC/USD";
    for (int k = 0; k < 10; ++k) {
        const Decimal amount = Decimal(uniform(1, 300000)) * dec("0.00001");
        b.bids.push_back({Decimal(mid - 1 - k * 2) * dec("0.01"), amount});
        b.asks.push_back({Decimal(mid + 1 + k * 2) * dec("0.01"), amount});
    }
    const int action = uniform(0, 9);
    try {
        if (action == 0) {
            auto open = e.openOrders("");
            if (!open.empty()) {
                e.cancelOrder(*open[static_cast<size_t>(uniform(0, static_cast<int>(open.size()) - 1))].id, t);
            }
        } else if (action == 1) {
            e.onBook(b, t);
        } else if (action == 2) {
            std::vector<Trade> prints;
            for (int k = 0; k < 3; ++k) {
                Trade p;
                p.timestamp = t + k;
                p.symbol = "BTC/USD";
                p.price = Decimal(mid + uniform(-120, 120)) * dec("0.01");
                p.amount = Decimal(uniform(1, 50000)) * dec("0.00001");
                prints.push_back(p);
            }
            e.onTrades(prints, t);
        } else {
            EngineOrder r;
            r.symbol = "BTC/USD";
            r.side = uniform(0, 1) ? "buy" : "sell";
            r.type = uniform(0, 3) == 0 ? "market" : "limit";
            r.amount = Decimal(uniform(1, 200000)) * dec("0.00001");
            if (r.type == "limit") {
                r.price = Decimal(mid + uniform(-150, 150)) * dec("0.01");
            }
            if (uniform(0, 9) == 0) {
                r.triggerPrice = Decimal(mid + (r.side == "buy" ? 1 : -1) * uniform(10, 200)) * dec("0.01");
            }
            r.clientOrderId = uniform(0, 1) ? OptString("c" + std::to_string(i)) : std::nullopt;
            e.createOrder(r, b, t);
        }
    } catch (const Error&) {
        // Rejections are part of the session; the engine is unchanged by them.
    }
}

} // namespace

class TestAccountState : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAndGoesOnAlike();
    void refusesInconsistentStates();
    void tradesFillOnlyThroughThePriceAndAfterTheOrder();
    void tradesFollowPriceTimePriority();
};

void TestAccountState::roundTripsAndGoesOnAlike()
{
    MatchingEngine a = engine();
    std::mt19937_64 rngA(42);
    long long midA = 10000;
    for (int i = 0; i < 1500; ++i) {
        randomStep(a, rngA, midA, i);
    }
    QVERIFY(a.myTrades("").size() > 100);
    QVERIFY(!a.openOrders("").empty());

    const std::string text = a.state().toJson().dump();
    MatchingEngine b;
    b.addMarket(btcUsd());
    b.restore(AccountState::fromJson(JsonDocument::parse(text).root()));
    QCOMPARE(b.state().toJson().dump(), text);
    QCOMPARE(snapshot(b), snapshot(a));

    // The same session goes on in both: ids, holds, fills and balances stay identical.
    std::mt19937_64 rngB = rngA;
    long long midB = midA;
    for (int i = 1500; i < 2500; ++i) {
        randomStep(a, rngA, midA, i);
        randomStep(b, rngB, midB, i);
    }
    QCOMPARE(snapshot(b), snapshot(a));
    QVERIFY(a.orders("").size() > 1500);
}

void TestAccountState::refusesInconsistentStates()
{
    MatchingEngine e = engine();
    limit(e, "buy", "1", "100", kT0);
    limit(e, "sell", "2", "200", kT0);
    OrderBook book;
    book.symbol = "BTC/USD";
    book.asks = {{dec("99"), dec("0.4")}};
    e.onBook(book, kT0 + 1); // order 1 partly filled
    const AccountState good = e.state();
    good.check();

    auto refused = [](const AccountState& s) {
        try {
            s.check();
        } catch (const Error& err) {
            return err.kind() == ErrorKind::BadResponse;
        }
        return false;
    };
    AccountState s = good;
    s.balances["USD"].free = Decimal(-1);
    QVERIFY(refused(s));
    s = good;
    s.balances["BTC"].used += Decimal(1);
    QVERIFY(refused(s));
    s = good;
    s.orders.push_back(s.orders.front());
    QVERIFY(refused(s));
    s = good;
    s.trades.front().order = "77";
    QVERIFY(refused(s));
    s = good;
    s.orders.front().order.filled = dec("0.5");
    s.orders.front().order.remaining = dec("0.5");
    QVERIFY(refused(s));
    s = good;
    s.orders.back().order.status = "canceled";
    QVERIFY(refused(s)); // still holding its BTC
    s = good;
    s.nextTrade = 1;
    QVERIFY(refused(s));
    // And restore() refuses it too, leaving the engine as it was.
    MatchingEngine other = engine();
    s = good;
    s.balances["USD"].used = Decimal();
    bool threw = false;
    try {
        other.restore(s);
    } catch (const Error&) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(other.orders("").size(), size_t(0));
}

void TestAccountState::tradesFillOnlyThroughThePriceAndAfterTheOrder()
{
    MatchingEngine e = engine();
    limit(e, "buy", "1", "100", kT0 + 10);
    limit(e, "sell", "1", "102", kT0 + 10);
    // Before the orders existed; exactly at their prices: nothing.
    e.onTrades({print(kT0 + 5, "90", "5"), print(kT0 + 20, "100", "5"), print(kT0 + 21, "102", "5")}, kT0 + 30);
    QCOMPARE(*e.order("1").filled, Decimal());
    QCOMPARE(*e.order("2").filled, Decimal());
    // Beyond them: fills at the orders' own prices, as far as the prints reach, at the maker fee.
    e.onTrades({print(kT0 + 40, "99.5", "0.3"), print(kT0 + 41, "103", "5")}, kT0 + 50);
    Order buy = e.order("1");
    QCOMPARE(*buy.filled, dec("0.3"));
    QCOMPARE(*buy.trades.front().price, dec("100"));
    QCOMPARE(*buy.trades.front().takerOrMaker, std::string("maker"));
    QCOMPARE(*buy.trades.front().fee->cost, dec("0.0003"));
    Order sell = e.order("2");
    QCOMPARE(*sell.status, std::string("closed"));
    QCOMPARE(*sell.cost, dec("102"));
    QCOMPARE(e.balances().used("USD"), dec("70"));
    QCOMPARE(e.balances().used("BTC"), Decimal());
}

void TestAccountState::tradesFollowPriceTimePriority()
{
    MatchingEngine e = engine();
    limit(e, "buy", "1", "100", kT0);
    limit(e, "buy", "1", "100.5", kT0 + 1);
    limit(e, "buy", "1", "100.5", kT0 + 2);
    // 1.5 printed at 99: the better-priced orders first, the older of them first.
    e.onTrades({print(kT0 + 10, "99", "1.5")}, kT0 + 10);
    QCOMPARE(*e.order("2").filled, dec("1"));
    QCOMPARE(*e.order("3").filled, dec("0.5"));
    QCOMPARE(*e.order("1").filled, Decimal());
}

QTEST_GUILESS_MAIN(TestAccountState)
#include "TestAccountState.moc"
