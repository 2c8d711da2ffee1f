// SPDX-License-Identifier: GPL-3.0-or-later
// The matching engine on hand-made books: walking depth, fees, resting and crossing, the order kinds, the typed
// rejections, and conservation of every currency over thousands of random orders.
#include "demo/MatchingEngine.h"

#include <QTest>
#include <random>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

constexpr long long kT0 = 1764000000000;

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

OrderBook book(std::vector<PriceLevel> bids, std::vector<PriceLevel> asks)
{
    OrderBook b;
    b.symbol = "BTC/USD";
    b.bids = std::move(bids);
    b.asks = std::move(asks);
    return b;
}

// asks 100 x1, 101 x2, 102 x5; bids 99 x1, 98 x2, 97 x5.
OrderBook standardBook()
{
    return book({{dec("99"), dec("1")}, {dec("98"), dec("2")}, {dec("97"), dec("5")}},
                {{dec("100"), dec("1")}, {dec("101"), dec("2")}, {dec("102"), dec("5")}});
}

struct Fixture
{
    MatchingEngine engine;
    Fixture()
    {
        engine.addMarket(btcUsd());
        engine.balances().setFree("USD", Decimal(10000));
        engine.balances().setFree("BTC", Decimal(10));
    }
    Order place(const char* type, const char* side, const char* amount, std::optional<const char*> price = {},
                const char* tif = "GTC", bool postOnly = false, std::optional<const char*> trigger = {})
    {
        EngineOrder r;
        r.symbol = "BTC/USD";
        r.type = type;
        r.side = side;
        r.amount = dec(amount);
        if (price) {
            r.price = dec(*price);
        }
        if (trigger) {
            r.triggerPrice = dec(*trigger);
        }
        r.timeInForce = tif;
        r.postOnly = postOnly;
        return engine.createOrder(r, standardBook(), kT0);
    }
    Decimal free(const char* code) const { return engine.balances().free(code); }
    Decimal used(const char* code) const { return engine.balances().used(code); }
};

template<typename F> std::optional<ErrorKind> errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    return std::nullopt;
}

} // namespace

class TestMatchingEngine : public QObject
{
    Q_OBJECT

private slots:
    void marketBuyWalksTheBookAndChargesTheTakerFee();
    void marketSellWalksTheBids();
    void marketableLimitTakesThenRests();
    void restingLimitFillsAsMakerWhenTheMarketCrosses();
    void restingLimitFillsPartiallyFromTheCrossingDepth();
    void priceTimePriorityAmongRestingOrders();
    void postOnlyIsRejectedWhenMarketable();
    void immediateOrCancelAndFillOrKill();
    void stopOrdersWaitForTheirTrigger();
    void insufficientFundsIsRejected();
    void cancelReturnsTheHeldFunds();
    void amountsAndPricesAreRounded();
    void limitsAreEnforced();
    void unknownOrdersAndMarkets();
    void conservesEveryCurrencyOverRandomOrders();
};

void TestMatchingEngine::marketBuyWalksTheBookAndChargesTheTakerFee()
{
    Fixture f;
    Order o = f.place("market", "buy", "2");
    QCOMPARE(*o.status, std::string("closed"));
    QCOMPARE(*o.filled, dec("2"));
    QCOMPARE(*o.remaining, dec("0"));
    QCOMPARE(*o.cost, dec("201")); // 1 @ 100 + 1 @ 101
    QCOMPARE(*o.average, dec("100.5"));
    QCOMPARE(o.trades.size(), size_t(2));
    QCOMPARE(*o.trades[0].price, dec("100"));
    QCOMPARE(*o.trades[1].price, dec("101"));
    QCOMPARE(*o.trades[0].takerOrMaker, std::string("taker"));
    // The taker fee (0.2 %) in the currency received.
    QCOMPARE(*o.fee->cost, dec("0.004"));
    QCOMPARE(*o.fee->currency, std::string("BTC"));
    QCOMPARE(f.free("USD"), dec("9799"));
    QCOMPARE(f.used("USD"), dec("0"));
    QCOMPARE(f.free("BTC"), dec("11.996"));
    QCOMPARE(f.engine.myTrades("BTC/USD").size(), size_t(2));
}

void TestMatchingEngine::marketSellWalksTheBids()
{
    Fixture f;
    Order o = f.place("market", "sell", "1.5");
    QCOMPARE(*o.status, std::string("closed"));
    QCOMPARE(*o.cost, dec("148")); // 1 @ 99 + 0.5 @ 98
    QCOMPARE(*o.fee->cost, dec("0.296"));
    QCOMPARE(*o.fee->currency, std::string("USD"));
    QCOMPARE(f.free("BTC"), dec("8.5"));
    QCOMPARE(f.free("USD"), dec("10147.704"));
}

void TestMatchingEngine::marketableLimitTakesThenRests()
{
    Fixture f;
    Order o = f.place("limit", "buy", "4", "101");
    QCOMPARE(*o.status, std::string("open"));
    QCOMPARE(*o.filled, dec("3"));
    QCOMPARE(*o.remaining, dec("1"));
    QCOMPARE(*o.cost, dec("302"));
    // The rest holds its quote at the limit price; the better fill's saving came back.
    QCOMPARE(f.used("USD"), dec("101"));
    QCOMPARE(f.free("USD"), dec("9597"));
    QCOMPARE(f.engine.openOrders("BTC/USD").size(), size_t(1));
}

void TestMatchingEngine::restingLimitFillsAsMakerWhenTheMarketCrosses()
{
    Fixture f;
    Order o = f.place("limit", "buy", "1", "99.5");
    QCOMPARE(*o.status, std::string("open"));
    QCOMPARE(*o.filled, dec("0"));
    QCOMPARE(f.used("USD"), dec("99.5"));

    f.engine.onMarket("BTC/USD", dec("99.4"), dec("99.6"), kT0 + 1000);
    QCOMPARE(*f.engine.order(*o.id).status, std::string("open"));

    f.engine.onMarket("BTC/USD", dec("98.5"), dec("99.2"), kT0 + 2000);
    Order filled = f.engine.order(*o.id);
    QCOMPARE(*filled.status, std::string("closed"));
    QCOMPARE(*filled.average, dec("99.5")); // at its own price, not the better ask
    QCOMPARE(*filled.trades.at(0).takerOrMaker, std::string("maker"));
    QCOMPARE(*filled.fee->cost, dec("0.001")); // the maker fee, 0.1 %
    QCOMPARE(*filled.lastTradeTimestamp, kT0 + 2000);
    QCOMPARE(f.used("USD"), dec("0"));
    QCOMPARE(f.free("USD"), dec("9900.5"));
    QCOMPARE(f.free("BTC"), dec("10.999"));
}

void TestMatchingEngine::restingLimitFillsPartiallyFromTheCrossingDepth()
{
    Fixture f;
    Order o = f.place("limit", "buy", "2", "99.5");
    f.engine.onBook(
        book({{dec("98"), dec("3")}}, {{dec("99"), dec("0.5")}, {dec("99.5"), dec("0.7")}, {dec("99.6"), dec("9")}}),
        kT0 + 100);
    Order partial = f.engine.order(*o.id);
    QCOMPARE(*partial.status, std::string("open"));
    QCOMPARE(*partial.filled, dec("1.2"));
    QCOMPARE(*partial.remaining, dec("0.8"));
    QCOMPARE(f.used("USD"), dec("79.6")); // 0.8 still held at 99.5
}

void TestMatchingEngine::priceTimePriorityAmongRestingOrders()
{
    Fixture f;
    Order first = f.place("limit", "buy", "1", "99.5");
    Order second = f.place("limit", "buy", "1", "99.5");
    Order better = f.place("limit", "buy", "1", "99.6");
    f.engine.onBook(book({{dec("98"), dec("3")}}, {{dec("99.4"), dec("1.5")}}), kT0 + 100);
    QCOMPARE(*f.engine.order(*better.id).filled, dec("1")); // best price first
    QCOMPARE(*f.engine.order(*first.id).filled, dec("0.5")); // then the oldest at the next price
    QCOMPARE(*f.engine.order(*second.id).filled, dec("0"));
}

void TestMatchingEngine::postOnlyIsRejectedWhenMarketable()
{
    Fixture f;
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "1", "100", "GTC", true); }),
             std::optional(ErrorKind::OrderImmediatelyFillable));
    QCOMPARE(errorOf([&] { f.place("limit", "sell", "1", "99", "PO"); }),
             std::optional(ErrorKind::OrderImmediatelyFillable));
    QCOMPARE(f.free("USD"), dec("10000"));
    QCOMPARE(f.engine.orders("").size(), size_t(0));
    Order maker = f.place("limit", "buy", "1", "99.99", "GTC", true);
    QCOMPARE(*maker.status, std::string("open"));
    QCOMPARE(*maker.postOnly, true);
    QCOMPARE(*maker.timeInForce, std::string("PO"));
    QCOMPARE(errorOf([&] { f.place("market", "buy", "1", {}, "GTC", true); }), std::optional(ErrorKind::InvalidOrder));
}

void TestMatchingEngine::immediateOrCancelAndFillOrKill()
{
    Fixture f;
    Order ioc = f.place("limit", "buy", "5", "101", "IOC");
    QCOMPARE(*ioc.status, std::string("expired"));
    QCOMPARE(*ioc.filled, dec("3"));
    QCOMPARE(f.used("USD"), dec("0"));
    QCOMPARE(f.free("USD"), dec("9698"));

    Order fok = f.place("limit", "buy", "5", "101", "FOK");
    QCOMPARE(*fok.status, std::string("expired"));
    QCOMPARE(*fok.filled, dec("0"));
    QCOMPARE(f.free("USD"), dec("9698"));
    QCOMPARE(f.used("USD"), dec("0"));

    Order fokFilled = f.place("limit", "buy", "3", "101", "FOK");
    QCOMPARE(*fokFilled.status, std::string("closed"));
}

void TestMatchingEngine::stopOrdersWaitForTheirTrigger()
{
    Fixture f;
    // A stop that the market has already passed would fire at once: rejected, as venues do.
    QCOMPARE(errorOf([&] { f.place("market", "sell", "1", {}, "GTC", false, "99.5"); }),
             std::optional(ErrorKind::OrderImmediatelyFillable));

    Order stopMarket = f.place("market", "sell", "1", {}, "GTC", false, "95");
    QCOMPARE(*stopMarket.status, std::string("open"));
    QCOMPARE(f.used("BTC"), dec("1"));
    Order stopLimit = f.place("limit", "buy", "1", "106", "GTC", false, "105");
    QCOMPARE(f.used("USD"), dec("106"));

    f.engine.onMarket("BTC/USD", dec("96"), dec("96.1"), kT0 + 100);
    QCOMPARE(*f.engine.order(*stopMarket.id).status, std::string("open"));

    f.engine.onMarket("BTC/USD", dec("94.9"), dec("95.1"), kT0 + 200);
    Order sold = f.engine.order(*stopMarket.id);
    QCOMPARE(*sold.status, std::string("closed"));
    QCOMPARE(*sold.average, dec("94.9"));
    QCOMPARE(*sold.trades.at(0).takerOrMaker, std::string("taker"));

    f.engine.onMarket("BTC/USD", dec("104.9"), dec("105.2"), kT0 + 300);
    Order bought = f.engine.order(*stopLimit.id);
    QCOMPARE(*bought.status, std::string("closed"));
    QCOMPARE(*bought.average, dec("105.2"));
    QCOMPARE(f.used("USD"), dec("0"));
    QCOMPARE(f.used("BTC"), dec("0"));
}

void TestMatchingEngine::insufficientFundsIsRejected()
{
    Fixture f;
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "200", "99"); }), std::optional(ErrorKind::InsufficientFunds));
    QCOMPARE(errorOf([&] { f.place("market", "sell", "11"); }), std::optional(ErrorKind::InsufficientFunds));
    f.engine.balances().setFree("USD", Decimal(150));
    QCOMPARE(errorOf([&] { f.place("market", "buy", "2"); }), std::optional(ErrorKind::InsufficientFunds));
    QCOMPARE(f.free("USD"), dec("150"));
    QCOMPARE(f.free("BTC"), dec("10"));
    QCOMPARE(f.engine.orders("").size(), size_t(0));
}

void TestMatchingEngine::cancelReturnsTheHeldFunds()
{
    Fixture f;
    Order o = f.place("limit", "buy", "1", "90");
    Order s = f.place("limit", "sell", "2", "110");
    QCOMPARE(f.used("USD"), dec("90"));
    QCOMPARE(f.used("BTC"), dec("2"));
    Order canceled = f.engine.cancelOrder(*o.id, kT0 + 5);
    QCOMPARE(*canceled.status, std::string("canceled"));
    QCOMPARE(*canceled.lastUpdateTimestamp, kT0 + 5);
    QCOMPARE(f.used("USD"), dec("0"));
    QCOMPARE(f.free("USD"), dec("10000"));
    QCOMPARE(errorOf([&] { f.engine.cancelOrder(*o.id, kT0 + 6); }), std::optional(ErrorKind::OrderNotFound));
    QCOMPARE(f.engine.cancelAllOrders("BTC/USD", kT0 + 7).size(), size_t(1));
    QCOMPARE(*f.engine.order(*s.id).status, std::string("canceled"));
    QCOMPARE(f.free("BTC"), dec("10"));
    QCOMPARE(f.engine.openOrders("").size(), size_t(0));
    QCOMPARE(f.engine.closedOrders("").size(), size_t(0)); // canceled is not closed
}

void TestMatchingEngine::amountsAndPricesAreRounded()
{
    Fixture f;
    Order o = f.place("limit", "buy", "0.123456789", "90.005");
    QCOMPARE(*o.amount, dec("0.12345")); // truncated to the step
    QCOMPARE(*o.price, dec("90.01")); // rounded to the tick
    QCOMPARE(f.used("USD"), dec("0.12345") * dec("90.01"));
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "0.000001", "90"); }), std::optional(ErrorKind::InvalidOrder));
}

void TestMatchingEngine::limitsAreEnforced()
{
    Fixture f;
    // 0.001 BTC at 90 is 0.09 USD, below the 10 USD minimum cost.
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "0.001", "90"); }), std::optional(ErrorKind::InvalidOrder));
    // 0.00005 is a whole number of steps but below the minimum amount.
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "0.00005", "90"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "1"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "1", "-5"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(errorOf([&] { f.place("stop", "buy", "1", "90"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(errorOf([&] { f.place("limit", "hold", "1", "90"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(errorOf([&] { f.place("limit", "buy", "1", "90", "GTD"); }), std::optional(ErrorKind::InvalidOrder));
    QCOMPARE(f.engine.orders("").size(), size_t(0));
}

void TestMatchingEngine::unknownOrdersAndMarkets()
{
    Fixture f;
    QCOMPARE(errorOf([&] { f.engine.order("42"); }), std::optional(ErrorKind::OrderNotFound));
    EngineOrder r;
    r.symbol = "DOGE/USD";
    r.type = "market";
    r.side = "buy";
    r.amount = Decimal(1);
    QCOMPARE(errorOf([&] { f.engine.createOrder(r, standardBook(), kT0); }), std::optional(ErrorKind::BadSymbol));
    EngineOrder m;
    m.symbol = "BTC/USD";
    m.type = "market";
    m.side = "buy";
    m.amount = Decimal(1);
    QCOMPARE(errorOf([&] { f.engine.createOrder(m, book({}, {}), kT0); }), std::optional(ErrorKind::OrderNotFillable));
}

void TestMatchingEngine::conservesEveryCurrencyOverRandomOrders()
{
    // Thousands of random orders of every kind against a wandering book. Whatever is accepted or rejected, the
    // account's totals must equal the opening balance plus the flows of its own trades, nothing may go negative,
    // and what is held must be exactly what the open orders need.
    Fixture f;
    const Decimal openUsd = f.engine.balances().total("USD");
    const Decimal openBtc = f.engine.balances().total("BTC");
    std::mt19937_64 rng(20261124);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    long long mid = 10000; // in cents
    int accepted = 0, rejected = 0;
    const int kOrders = 4000;

    auto makeBook = [&] {
        std::vector<PriceLevel> bids, asks;
        long long spread = uniform(1, 3);
        for (int i = 0; i < 20; ++i) {
            Decimal amount = Decimal(uniform(1, 300000)) * dec("0.00001");
            bids.push_back({Decimal(mid - spread - i * uniform(1, 4)) * dec("0.01"), amount});
            asks.push_back({Decimal(mid + spread + i * uniform(1, 4)) * dec("0.01"), amount});
        }
        OrderBook b = book(std::move(bids), std::move(asks));
        b.sort();
        return b;
    };
    auto check = [&] {
        const auto& bal = f.engine.balances();
        Decimal usd = openUsd, btc = openBtc;
        for (const auto& t : f.engine.myTrades("")) {
            if (t.side == "buy") {
                btc += *t.amount - *t.fee->cost;
                usd -= *t.cost;
            } else {
                btc -= *t.amount;
                usd += *t.cost - *t.fee->cost;
            }
        }
        QCOMPARE(bal.total("USD"), usd);
        QCOMPARE(bal.total("BTC"), btc);
        QVERIFY(!bal.free("USD").isNegative() && !bal.used("USD").isNegative());
        QVERIFY(!bal.free("BTC").isNegative() && !bal.used("BTC").isNegative());
        Decimal heldUsd, heldBtc;
        for (const auto& o : f.engine.openOrders("")) {
            if (o.side == "sell") {
                heldBtc += *o.remaining;
            } else {
                heldUsd += *o.remaining * (o.price ? *o.price : *o.triggerPrice);
            }
        }
        QCOMPARE(bal.used("USD"), heldUsd);
        QCOMPARE(bal.used("BTC"), heldBtc);
    };

    for (int i = 0; i < kOrders; ++i) {
        mid = std::max(1000LL, mid + uniform(-40, 40));
        OrderBook b = makeBook();
        long long t = kT0 + i * 100;
        int action = uniform(0, 9);
        if (action == 0) {
            auto open = f.engine.openOrders("");
            if (!open.empty()) {
                f.engine.cancelOrder(*open[static_cast<size_t>(uniform(0, static_cast<int>(open.size()) - 1))].id, t);
            }
        } else if (action <= 2) {
            f.engine.onBook(b, t);
        } else {
            EngineOrder r;
            r.symbol = "BTC/USD";
            r.side = uniform(0, 1) ? "buy" : "sell";
            r.type = uniform(0, 3) == 0 ? "market" : "limit";
            r.amount = Decimal(uniform(1, 2000000)) * dec("0.000001"); // often off the step, sometimes too small
            if (r.type == "limit") {
                r.price = Decimal(mid + uniform(-150, 150)) * dec("0.01");
            }
            int kind = uniform(0, 9);
            r.timeInForce = kind == 0 ? "IOC" : kind == 1 ? "FOK" : "GTC";
            r.postOnly = kind == 2 && r.type == "limit";
            if (kind == 3) {
                bool up = r.side == "buy";
                r.triggerPrice = Decimal(mid + (up ? 1 : -1) * uniform(10, 200)) * dec("0.01");
            }
            try {
                f.engine.createOrder(r, b, t);
                ++accepted;
            } catch (const Error& e) {
                QVERIFY2(e.is(ErrorKind::InvalidOrder) || e.kind() == ErrorKind::InsufficientFunds
                             || e.kind() == ErrorKind::OrderImmediatelyFillable,
                         e.what());
                ++rejected;
            }
        }
        if (i % 100 == 0) {
            check();
        }
    }
    check();
    QVERIFY(accepted > kOrders / 3);
    QVERIFY(rejected > 0);
    QVERIFY(f.engine.myTrades("").size() > 500);
    QVERIFY(!f.engine.openOrders("").empty() || !f.engine.closedOrders("").empty());
}

QTEST_GUILESS_MAIN(TestMatchingEngine)
#include "TestMatchingEngine.moc"
