// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded demo exchange: reproducible from its seed and clock, a sane moving book, candles that agree with
// each other and with the ticker at every timeframe and years back, a trade stream, and an account that trades
// against the simulated market through the unified API.
#include "TestSupport.h"
#include "demo/Demo.h"

#include <QTest>
#include <algorithm>

using namespace bourse;
using namespace bourse::ex;

namespace {

constexpr long long kT = 1764000000000; // 2025-11-24T16:00:00Z, on a quarter hour
constexpr long long kMinute = 60000;
constexpr long long kHour = 60 * kMinute;
constexpr long long kDay = 24 * kHour;

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

// The value of a call that must succeed. A failure ends the run with the error: the checks that follow would
// only read an empty value.
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

std::string dump(const std::vector<PriceLevel>& levels)
{
    std::string out;
    for (const auto& l : levels) {
        out += l.price.toString() + "@" + l.amount.toString() + " ";
    }
    return out;
}

struct Fixture
{
    test::ScriptedTransport transport; // never used: the demo sends nothing
    Clock clock;
    Demo demo {transport, clock};

    explicit Fixture(long long t = kT)
    {
        demo.setStatePath({}); // a fresh account in memory per fixture; TestPracticeAccount covers the file
        clock.fixAt(t);
        value<std::monostate>([&](Callback<std::monostate> cb) { demo.loadMarkets(cb); });
    }

    Ticker ticker(const std::string& s)
    {
        return value<Ticker>([&](Callback<Ticker> cb) { demo.fetchTicker(s, JsonValue::object(), cb); });
    }
    OrderBook book(const std::string& s, OptInt limit = {})
    {
        return value<OrderBook>(
            [&](Callback<OrderBook> cb) { demo.fetchOrderBook(s, limit, JsonValue::object(), cb); });
    }
    std::vector<Trade> trades(const std::string& s, OptInt since = {}, OptInt limit = {})
    {
        return value<std::vector<Trade>>(
            [&](Callback<std::vector<Trade>> cb) { demo.fetchTrades(s, since, limit, JsonValue::object(), cb); });
    }
    std::vector<Ohlcv> candles(const std::string& s, const std::string& tf, OptInt since = {}, OptInt limit = {})
    {
        return value<std::vector<Ohlcv>>(
            [&](Callback<std::vector<Ohlcv>> cb) { demo.fetchOHLCV(s, tf, since, limit, JsonValue::object(), cb); });
    }
    Balance balance()
    {
        return value<Balance>([&](Callback<Balance> cb) { demo.fetchBalance(JsonValue::object(), cb); });
    }
    Result<Order> order(const std::string& s, const char* type, const char* side, const char* amount,
                        OptDecimal price = {}, const char* params = "{}")
    {
        return call<Order>([&](Callback<Order> cb) {
            demo.createOrder(s, type, side, dec(amount), price, *JsonValue::parse(params), cb);
        });
    }
    std::vector<Order> openOrders()
    {
        return value<std::vector<Order>>(
            [&](Callback<std::vector<Order>> cb) { demo.fetchOpenOrders("", {}, {}, JsonValue::object(), cb); });
    }
};

Decimal free(const Balance& b, const char* code)
{
    auto it = b.currencies.find(code);
    return it == b.currencies.end() ? Decimal() : *it->second.free;
}

Decimal used(const Balance& b, const char* code)
{
    auto it = b.currencies.find(code);
    return it == b.currencies.end() ? Decimal() : *it->second.used;
}

const char* const kSymbols[] = {"BTC/USD", "ETH/USD", "ETH/BTC", "SOL/USD", "PEPE/USD"};

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void describesItselfTruthfully();
    void marketsCarryPrecisionAndLimits();
    void sameSeedAndClockGiveTheSameMarket();
    void anotherSeedGivesAnotherMarket();
    void orderBookIsSaneAndMoves();
    void candlesAreConsistent_data();
    void candlesAreConsistent();
    void coarseCandlesAgreeWithFineOnes();
    void tickerAgreesWithCandlesAndBook();
    void historyReachesThousandsOfCandles();
    void tradesAreAStream();
    void crossPairFollowsItsLegs();
    void marketOrderFillsAgainstTheSimulatedBook();
    void restingOrderFillsWhenTheMarketComesToIt();
    void cancelReturnsFundsAndErrorsAreTyped();
};

void TestDemo::describesItselfTruthfully()
{
    Fixture f;
    const auto& d = f.demo.description();
    QCOMPARE(d.id, std::string("demo"));
    QCOMPARE(d.name, std::string("Bourse Demo"));
    QVERIFY(d.api.empty());
    QCOMPARE(d.supports("createOrder"), Support::Yes);
    QCOMPARE(d.supports("fetchTradingFees"), Support::Yes);
    QCOMPARE(d.supports("fetchDeposits"), Support::No);
    QCOMPARE(d.timeframes.size(), size_t(7));
    QVERIFY(!d.requiredCredentials.apiKey && !d.requiredCredentials.secret);
    QCOMPARE(value<long long>([&](Callback<long long> cb) { f.demo.fetchTime(JsonValue::object(), cb); }), kT);
    auto deposits = call<std::vector<Transaction>>(
        [&](Callback<std::vector<Transaction>> cb) { f.demo.fetchDeposits("BTC", {}, {}, JsonValue::object(), cb); });
    QVERIFY(!deposits.ok());
    QCOMPARE(deposits.error().kind(), ErrorKind::NotSupported);
    QVERIFY(f.transport.requests.empty());
}

void TestDemo::marketsCarryPrecisionAndLimits()
{
    Fixture f;
    auto markets = value<std::vector<Market>>(
        [&](Callback<std::vector<Market>> cb) { f.demo.fetchMarkets(JsonValue::object(), cb); });
    QCOMPARE(markets.size(), size_t(5));
    for (const char* s : kSymbols) {
        auto it = std::find_if(markets.begin(), markets.end(), [&](const Market& m) { return m.symbol == s; });
        QVERIFY2(it != markets.end(), s);
        QVERIFY(it->precision.price && it->precision.amount && it->limits.amount.min && it->limits.cost.min);
        QCOMPARE(*it->taker, dec("0.002"));
        QCOMPARE(*it->maker, dec("0.001"));
    }
    const Market& pepe = f.demo.market("PEPE/USD");
    QCOMPARE(*pepe.precision.price, dec("0.000000001"));
    QCOMPARE(*pepe.precision.amount, dec("1"));
    QCOMPARE(*f.demo.market("ETH/BTC").precision.price, dec("0.00001"));
    // Many decimals print as plain decimals, never in exponent form.
    std::string ticker = f.ticker("PEPE/USD").toJson().dump();
    QVERIFY2(ticker.find("e-") == std::string::npos, ticker.c_str());
    auto currencies = value<std::vector<Currency>>(
        [&](Callback<std::vector<Currency>> cb) { f.demo.fetchCurrencies(JsonValue::object(), cb); });
    QCOMPARE(currencies.size(), size_t(5));
}

void TestDemo::sameSeedAndClockGiveTheSameMarket()
{
    Fixture a, b;
    // Asked in a different order: nothing depends on history.
    std::string bCandles = dump(b.candles("PEPE/USD", "1h", {}, 300)) + dump(b.candles("BTC/USD", "1d", {}, 100));
    std::string bTrades = dump(b.trades("SOL/USD"));
    std::string bBook = b.book("ETH/BTC").toJson().dump();
    std::string bTicker = b.ticker("BTC/USD").toJson().dump();

    QCOMPARE(a.ticker("BTC/USD").toJson().dump(), bTicker);
    QCOMPARE(a.book("ETH/BTC").toJson().dump(), bBook);
    QCOMPARE(dump(a.trades("SOL/USD")), bTrades);
    QCOMPARE(dump(a.candles("PEPE/USD", "1h", {}, 300)) + dump(a.candles("BTC/USD", "1d", {}, 100)), bCandles);
    QCOMPARE(dump(a.candles("ETH/USD", "1m", {}, 1000)), dump(b.candles("ETH/USD", "1m", {}, 1000)));
}

void TestDemo::anotherSeedGivesAnotherMarket()
{
    Fixture a, b;
    b.demo.setSeed(7);
    QCOMPARE(b.demo.seed(), uint64_t(7));
    QCOMPARE(a.demo.seed(), Demo::kDefaultSeed);
    QVERIFY(a.ticker("BTC/USD").toJson().dump() != b.ticker("BTC/USD").toJson().dump());
    QVERIFY(a.book("ETH/USD").toJson().dump() != b.book("ETH/USD").toJson().dump());
    QVERIFY(dump(a.candles("SOL/USD", "1d")) != dump(b.candles("SOL/USD", "1d")));
    QVERIFY(dump(a.trades("BTC/USD")) != dump(b.trades("BTC/USD")));
}

void TestDemo::orderBookIsSaneAndMoves()
{
    Fixture f;
    for (const char* s : kSymbols) {
        const Decimal tick = *f.demo.market(s).precision.price;
        const Decimal step = *f.demo.market(s).precision.amount;
        OrderBook b = f.book(s);
        QVERIFY2(b.bids.size() >= 100 && b.asks.size() >= 100, s);
        QVERIFY2(b.bids.front().price < b.asks.front().price, s);
        QVERIFY(b.asks.front().price - b.bids.front().price >= tick);
        for (size_t i = 0; i < b.bids.size(); ++i) {
            QVERIFY(i == 0 || b.bids[i].price < b.bids[i - 1].price);
            QVERIFY(b.bids[i].amount.sign() > 0 && b.bids[i].price.sign() > 0);
            QVERIFY((b.bids[i].price % tick).isZero() && (b.bids[i].amount % step).isZero());
        }
        for (size_t i = 0; i < b.asks.size(); ++i) {
            QVERIFY(i == 0 || b.asks[i].price > b.asks[i - 1].price);
            QVERIFY(b.asks[i].amount.sign() > 0);
            QVERIFY((b.asks[i].price % tick).isZero() && (b.asks[i].amount % step).isZero());
        }
        // The mid is the price process at this instant.
        Decimal mid = (b.bids.front().price + b.asks.front().price).divided(Decimal(2));
        Decimal last = *f.ticker(s).last;
        QVERIFY2((mid - last).abs() <= tick * Decimal(3), s);
        QCOMPARE(*b.timestamp, kT);
    }
    // A limit takes the top of the same book.
    OrderBook full = f.book("BTC/USD");
    OrderBook top = f.book("BTC/USD", 5);
    QCOMPARE(top.bids.size(), size_t(5));
    QCOMPARE(top.asks.back().price, full.asks[4].price);
    QCOMPARE(top.bids.back().amount, full.bids[4].amount);

    // Within a 100 ms bucket the book holds; 200 ms later it has changed.
    f.clock.fixAt(kT + 50);
    QCOMPARE(dump(f.book("BTC/USD").bids), dump(full.bids));
    f.clock.fixAt(kT + 200);
    OrderBook later = f.book("BTC/USD");
    QVERIFY(dump(later.bids) + dump(later.asks) != dump(full.bids) + dump(full.asks));
    QVERIFY(*later.nonce > *full.nonce);
}

void TestDemo::candlesAreConsistent_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("timeframe");
    QTest::addColumn<qlonglong>("duration");
    const std::pair<const char*, long long> timeframes[] = {
        {"1m", kMinute}, {"5m", 5 * kMinute}, {"15m", 15 * kMinute}, {"30m", 30 * kMinute},
        {"1h", kHour},   {"4h", 4 * kHour},   {"1d", kDay}};
    for (const char* s : kSymbols) {
        for (const auto& [tf, ms] : timeframes) {
            QTest::addRow("%s %s", s, tf) << QString::fromLatin1(s) << QString::fromLatin1(tf) << qlonglong(ms);
        }
    }
}

void TestDemo::candlesAreConsistent()
{
    QFETCH(QString, symbol);
    QFETCH(QString, timeframe);
    QFETCH(qlonglong, duration);
    Fixture f;
    auto candles = f.candles(symbol.toStdString(), timeframe.toStdString());
    QCOMPARE(candles.size(), size_t(500)); // the default page
    for (size_t i = 0; i < candles.size(); ++i) {
        const Ohlcv& c = candles[i];
        QVERIFY(*c.low <= *c.open && *c.low <= *c.close);
        QVERIFY(*c.high >= *c.open && *c.high >= *c.close);
        QVERIFY(c.low->sign() > 0 && !c.volume->isNegative());
        QCOMPARE(c.timestamp % duration, 0LL);
        if (i > 0) {
            QCOMPARE(c.timestamp, candles[i - 1].timestamp + duration); // no gaps
            QCOMPARE(*c.open, *candles[i - 1].close); // each opens where the last closed
        }
    }
    // The last candle is the current one, partial, closing at the last price.
    QCOMPARE(candles.back().timestamp, kT / duration * duration);
    QCOMPARE(*candles.back().close, *f.ticker(symbol.toStdString()).last);
}

void TestDemo::coarseCandlesAgreeWithFineOnes()
{
    Fixture f;
    struct Pair
    {
        const char* coarse;
        const char* fine;
        long long duration;
        size_t parts;
        size_t count;
    };
    // The last 24 complete hours against their minutes, the last 10 complete days against their hours.
    const Pair pairs[] = {{"1h", "1m", kHour, 60, 24}, {"1d", "1h", kDay, 24, 10}, {"4h", "15m", 4 * kHour, 16, 12}};
    for (const char* s : kSymbols) {
        for (const auto& p : pairs) {
            const long long from = kT / p.duration * p.duration - static_cast<long long>(p.count) * p.duration;
            auto coarse = f.candles(s, p.coarse, from, static_cast<long long>(p.count));
            auto fine = f.candles(s, p.fine, from, static_cast<long long>(p.count * p.parts));
            QCOMPARE(coarse.size(), p.count);
            QCOMPARE(fine.size(), p.count * p.parts);
            for (size_t c = 0; c < coarse.size(); ++c) {
                const Ohlcv& big = coarse[c];
                const size_t first = c * p.parts, last = first + p.parts - 1;
                Decimal high = *fine[first].high, low = *fine[first].low, volume;
                for (size_t k = first; k <= last; ++k) {
                    high = std::max(high, *fine[k].high);
                    low = std::min(low, *fine[k].low);
                    volume += *fine[k].volume;
                }
                QCOMPARE(big.timestamp, fine[first].timestamp);
                QCOMPARE(*big.open, *fine[first].open);
                QCOMPARE(*big.close, *fine[last].close);
                // A coarse candle samples at instants its fine candles also sample, and they see more: its range
                // lies inside theirs, and misses at most a sliver of it.
                QVERIFY2(*big.high <= high && *big.low >= low, s);
                QVERIFY2(big.high->toDouble() >= high.toDouble() * 0.99, s);
                QVERIFY2(big.low->toDouble() <= low.toDouble() * 1.01, s);
                // Volume comes from the same busyness curve, sampled more coarsely, with a per-candle jitter.
                double ratio = big.volume->toDouble() / volume.toDouble();
                QVERIFY2(ratio > 0.5 && ratio < 2.0, s);
            }
        }
    }
}

void TestDemo::tickerAgreesWithCandlesAndBook()
{
    Fixture f;
    for (const char* s : kSymbols) {
        Ticker t = f.ticker(s);
        QCOMPARE(*t.timestamp, kT);
        QCOMPARE(*t.last, *f.candles(s, "1m", {}, 1).back().close);
        QCOMPARE(*t.open, *f.candles(s, "1m", kT - kDay, 1).front().open);
        // kT is on a quarter hour: the ticker's 24 h are exactly the last 96 quarter-hour candles.
        auto quarters = f.candles(s, "15m", kT - kDay, 96);
        QCOMPARE(quarters.size(), size_t(96));
        Decimal high = *quarters[0].high, low = *quarters[0].low, volume;
        for (const auto& c : quarters) {
            high = std::max(high, *c.high);
            low = std::min(low, *c.low);
            volume += *c.volume;
        }
        QCOMPARE(*t.high, high);
        QCOMPARE(*t.low, low);
        QCOMPARE(*t.baseVolume, volume);
        for (const auto& hour : f.candles(s, "1h", kT - kDay, 24)) {
            QVERIFY(*hour.high <= *t.high && *hour.low >= *t.low);
        }
        QVERIFY(*t.low <= *t.last && *t.last <= *t.high);
        QVERIFY(t.quoteVolume->sign() > 0);
        QCOMPARE(*t.change, *t.last - *t.open);
        OrderBook b = f.book(s, 1);
        QCOMPARE(*t.bid, b.bids.front().price);
        QCOMPARE(*t.ask, b.asks.front().price);
        QCOMPARE(*t.bidVolume, b.bids.front().amount);
    }
    auto all = value<std::vector<Ticker>>(
        [&](Callback<std::vector<Ticker>> cb) { f.demo.fetchTickers({}, JsonValue::object(), cb); });
    QCOMPARE(all.size(), size_t(5));
    QCOMPARE(all[0].toJson().dump(), f.ticker(all[0].symbol).toJson().dump());
}

void TestDemo::historyReachesThousandsOfCandles()
{
    Fixture f;
    const long long listing = DemoMarketSimulator::listingTime();
    auto days = f.candles("BTC/USD", "1d", 0, 5000);
    QVERIFY2(days.size() >= 2800, std::to_string(days.size()).c_str()); // 2018-01-01 to 2025-11-24
    QCOMPARE(days.front().timestamp, listing);
    QCOMPARE(days.back().timestamp, kT / kDay * kDay);
    for (size_t i = 1; i < days.size(); ++i) {
        QCOMPARE(days[i].timestamp, days[i - 1].timestamp + kDay);
        QVERIFY(days[i].low->sign() > 0);
    }
    // Prices stay in a believable band over the years: mean reversion, no drift to zero or infinity.
    auto [lo, hi] = std::minmax_element(days.begin(), days.end(),
                                        [](const Ohlcv& a, const Ohlcv& b) { return *a.close < *b.close; });
    QVERIFY(lo->close->toDouble() > 20000 && hi->close->toDouble() < 400000);

    auto minutes = f.candles("PEPE/USD", "1m", kT - 5000 * kMinute, 5000);
    QCOMPARE(minutes.size(), size_t(5000));
    QCOMPARE(minutes.back().timestamp, kT - kMinute);
    auto pageFarBack = f.candles("ETH/BTC", "4h", listing + 1000 * kDay, 3000);
    QCOMPARE(pageFarBack.size(), size_t(3000));
    QCOMPARE(pageFarBack.front().timestamp, listing + 1000 * kDay);
    // Nothing before the listing, and a timeframe the exchange does not declare is refused.
    QCOMPARE(f.candles("SOL/USD", "1h", listing - 10 * kHour, 5).front().timestamp, listing);
    auto bad = call<std::vector<Ohlcv>>(
        [&](Callback<std::vector<Ohlcv>> cb) { f.demo.fetchOHLCV("BTC/USD", "2h", {}, {}, JsonValue::object(), cb); });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), ErrorKind::BadRequest);
}

void TestDemo::tradesAreAStream()
{
    Fixture f;
    auto trades = f.trades("BTC/USD");
    QCOMPARE(trades.size(), size_t(50));
    Decimal last = *f.ticker("BTC/USD").last;
    for (size_t i = 0; i < trades.size(); ++i) {
        const Trade& t = trades[i];
        QVERIFY(*t.timestamp <= kT && *t.timestamp > kT - kMinute);
        QVERIFY(*t.side == "buy" || *t.side == "sell");
        QVERIFY(t.amount->sign() > 0);
        QCOMPARE(*t.cost, *t.price * *t.amount);
        QVERIFY((*t.price - last).abs().toDouble() < last.toDouble() * 0.005);
        if (i > 0) {
            QVERIFY(*t.timestamp >= *trades[i - 1].timestamp);
            QVERIFY(std::stoll(*t.id) > std::stoll(*trades[i - 1].id));
        }
    }
    auto since = f.trades("BTC/USD", kT - 10000, 1000);
    QVERIFY(!since.empty());
    QVERIFY(*since.front().timestamp >= kT - 10000);
    QCOMPARE(*since.back().id, *trades.back().id); // ends at the newest print

    // Later, the stream has moved on and keeps every earlier print as it was.
    f.clock.fixAt(kT + 30000);
    auto later = f.trades("BTC/USD", kT - 10000, 1000);
    QVERIFY(later.size() > since.size());
    QCOMPARE(dump(std::vector<Trade>(later.begin(), later.begin() + static_cast<long>(since.size()))), dump(since));
    QCOMPARE(f.trades("PEPE/USD", {}, 7).size(), size_t(7));
}

void TestDemo::crossPairFollowsItsLegs()
{
    Fixture f;
    for (long long t : {kT, kT - 400 * kDay, kT - 2000 * kDay}) {
        f.clock.fixAt(t);
        double cross = f.ticker("ETH/BTC").last->toDouble();
        double implied = f.ticker("ETH/USD").last->toDouble() / f.ticker("BTC/USD").last->toDouble();
        QVERIFY2(std::abs(cross / implied - 1) < 0.01, std::to_string(cross / implied).c_str());
    }
}

void TestDemo::marketOrderFillsAgainstTheSimulatedBook()
{
    Fixture f;
    Balance opening = f.balance();
    QCOMPARE(free(opening, "USD"), dec("100000"));
    QCOMPARE(free(opening, "BTC"), dec("1"));
    QCOMPARE(free(opening, "ETH"), dec("10"));
    QCOMPARE(free(opening, "SOL"), dec("100"));

    OrderBook b = f.book("BTC/USD");
    auto r = f.order("BTC/USD", "market", "buy", "0.01");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
    const Order& o = r.value();
    QCOMPARE(*o.status, std::string("closed"));
    QCOMPARE(*o.filled, dec("0.01"));
    QVERIFY(*o.average >= b.asks.front().price);
    QCOMPARE(*o.fee->cost, dec("0.00002")); // taker 0.2 % of 0.01 BTC
    QCOMPARE(*o.fee->currency, std::string("BTC"));
    // It walked the very book fetchOrderBook shows.
    Decimal expected, left = dec("0.01");
    for (const auto& level : b.asks) {
        Decimal take = std::min(left, level.amount);
        expected += take * level.price;
        left -= take;
        if (left.isZero()) {
            break;
        }
    }
    QCOMPARE(*o.cost, expected);

    Balance after = f.balance();
    QCOMPARE(free(after, "BTC"), dec("1.00998"));
    QCOMPARE(free(after, "USD"), dec("100000") - *o.cost);
    auto mine = value<std::vector<Trade>>(
        [&](Callback<std::vector<Trade>> cb) { f.demo.fetchMyTrades("BTC/USD", {}, {}, JsonValue::object(), cb); });
    QCOMPARE(mine.size(), o.trades.size());
    QCOMPARE(*mine.front().takerOrMaker, std::string("taker"));
    auto closed = value<std::vector<Order>>(
        [&](Callback<std::vector<Order>> cb) { f.demo.fetchClosedOrders("BTC/USD", {}, {}, JsonValue::object(), cb); });
    QCOMPARE(closed.size(), size_t(1));
    QCOMPARE(*closed.front().id, *o.id);
}

void TestDemo::restingOrderFillsWhenTheMarketComesToIt()
{
    Fixture f;
    const Market& m = f.demo.market("ETH/USD");
    const int index = f.demo.simulator().indexOf("ETH/USD");
    // Where the market goes in the next hour is known in advance (it is a function of time): bid a little above
    // the hour's low, below the current ask, so the order rests now and is reached later.
    auto nextHour = f.demo.simulator().candles(index, kMinute, kT, 60, kT + kHour);
    Decimal low = *nextHour.front().low;
    for (const auto& c : nextHour) {
        low = std::min(low, *c.low);
    }
    Decimal price = roundToPrecision(low * dec("1.0015"), Rounding::Round, *m.precision.price, CountingMode::TickSize);
    OrderBook now = f.book("ETH/USD", 1);
    QVERIFY2(price < now.asks.front().price, "the seed's next hour must dip below the current ask");

    auto r = f.order("ETH/USD", "limit", "buy", "1.5", price);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
    QCOMPARE(*r.value().status, std::string("open"));
    QCOMPARE(used(f.balance(), "USD"), price * dec("1.5"));
    QCOMPARE(f.openOrders().size(), size_t(1));

    f.clock.fixAt(kT + kHour);
    QCOMPARE(f.openOrders().size(), size_t(0));
    Order filled =
        value<Order>([&](Callback<Order> cb) { f.demo.fetchOrder(*r.value().id, "ETH/USD", JsonValue::object(), cb); });
    QCOMPARE(*filled.status, std::string("closed"));
    QCOMPARE(*filled.average, price);
    QCOMPARE(*filled.trades.front().takerOrMaker, std::string("maker"));
    QCOMPARE(*filled.fee->cost, dec("0.0015")); // maker 0.1 % of 1.5 ETH
    QVERIFY(*filled.lastTradeTimestamp > kT && *filled.lastTradeTimestamp <= kT + kHour);
    Balance b = f.balance();
    QCOMPARE(used(b, "USD"), dec("0"));
    QCOMPARE(free(b, "ETH"), dec("11.4985"));
    QCOMPARE(free(b, "USD"), dec("100000") - price * dec("1.5"));
}

void TestDemo::cancelReturnsFundsAndErrorsAreTyped()
{
    Fixture f;
    Decimal far = roundToPrecision(f.book("SOL/USD", 1).bids.front().price * dec("0.8"), Rounding::Round, dec("0.001"),
                                   CountingMode::TickSize);
    auto r = f.order("SOL/USD", "limit", "buy", "2", far, R"({"clientOrderId":"mine-1"})");
    QVERIFY(r.ok());
    QCOMPARE(*r.value().clientOrderId, std::string("mine-1"));
    QCOMPARE(used(f.balance(), "USD"), far * Decimal(2));
    Order canceled = value<Order>(
        [&](Callback<Order> cb) { f.demo.cancelOrder(*r.value().id, "SOL/USD", JsonValue::object(), cb); });
    QCOMPARE(*canceled.status, std::string("canceled"));
    QCOMPARE(used(f.balance(), "USD"), dec("0"));
    QCOMPARE(free(f.balance(), "USD"), dec("100000"));

    auto kind = [](const Result<Order>& result) { return result.ok() ? ErrorKind::BaseError : result.error().kind(); };
    QCOMPARE(kind(f.order("SOL/USD", "limit", "buy", "0.001", far)), ErrorKind::InvalidOrder); // below the step
    QCOMPARE(kind(f.order("SOL/USD", "limit", "buy", "0.01", far)), ErrorKind::InvalidOrder); // below 5 USD
    QCOMPARE(kind(f.order("BTC/USD", "market", "buy", "100")), ErrorKind::InsufficientFunds);
    QCOMPARE(kind(f.order("DOGE/USD", "market", "buy", "1")), ErrorKind::BadSymbol);
    Decimal ask = f.book("BTC/USD", 1).asks.front().price;
    QCOMPARE(kind(f.order("BTC/USD", "limit", "buy", "0.01", ask, R"({"postOnly":true})")),
             ErrorKind::OrderImmediatelyFillable);
    auto missing = call<Order>([&](Callback<Order> cb) { f.demo.cancelOrder("999", "", JsonValue::object(), cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::OrderNotFound);
    QCOMPARE(free(f.balance(), "USD"), dec("100000"));
    QCOMPARE(free(f.balance(), "BTC"), dec("1"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
