// SPDX-License-Identifier: GPL-3.0-or-later
#include "Demo.h"

#include "DemoMarketFeed.h"
#include "core/Filtering.h"

#include <algorithm>

namespace bourse::ex {

namespace {

constexpr long long kDefaultTrades = 50;
constexpr long long kMaxTrades = 1000;
constexpr long long kDefaultCandles = 500;
// More than a venue serves per call, since no server pays for it: a chart gets its history in one answer.
constexpr long long kMaxCandles = 5000;
// Resting orders are matched against at most this many books between two private calls; more would only make a
// call after a long idle slower, as the market is sampled every 100 ms at most anyway.
constexpr long long kMaxMatchSteps = 512;

// "15m" -> 900000.
std::optional<long long> timeframeMs(const std::string& timeframe)
{
    if (timeframe.size() < 2) {
        return std::nullopt;
    }
    long long count = 0;
    for (size_t i = 0; i + 1 < timeframe.size(); ++i) {
        if (timeframe[i] < '0' || timeframe[i] > '9') {
            return std::nullopt;
        }
        count = count * 10 + (timeframe[i] - '0');
    }
    switch (timeframe.back()) {
    case 'm':
        return count * 60000;
    case 'h':
        return count * 3600000;
    case 'd':
        return count * 86400000;
    default:
        return std::nullopt;
    }
}

long long clampLimit(OptInt limit, long long fallback, long long maximum)
{
    return std::clamp(limit.value_or(fallback), 1LL, maximum);
}

OptString stringParam(const JsonValue& params, const char* key)
{
    const JsonValue* v = params.find(key);
    return v ? v->asString() : std::nullopt;
}

OptDecimal decimalParam(const JsonValue& params, const char* key)
{
    const JsonValue* v = params.find(key);
    return v ? v->asDecimal() : std::nullopt;
}

// The engine serves paper trading on any exchange and does not know its name; the user should.
template<typename F> auto asDemo(F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const Error& e) {
        throw Error(e.kind(), "demo " + e.message());
    }
}

} // namespace

Demo::Demo(Transport& transport, Clock& clock)
    : Exchange(demoDescription(), transport, clock)
    , m_simulator(kDefaultSeed)
    , m_account(m_engine, "demo", kAccountFile, defaultStartingBalance())
{
    m_engine.setDefaultFees(m_description.tradingFees.maker, m_description.tradingFees.taker);
    for (const auto& m : demoMarkets()) {
        m_engine.addMarket(m, m_description.precisionMode);
    }
}

Demo::~Demo() = default;

std::map<std::string, Decimal> Demo::defaultStartingBalance()
{
    return {{"USD", Decimal(100000)}, {"BTC", Decimal(1)}, {"ETH", Decimal(10)}, {"SOL", Decimal(100)}};
}

void Demo::resetAccount(const std::optional<std::map<std::string, Decimal>>& balance)
{
    m_account.reset(balance);
}

MarketFeed* Demo::marketFeed()
{
    if (!m_feed) {
        m_feed = std::make_unique<DemoMarketFeed>(m_simulator, clock());
    }
    return m_feed.get();
}

HttpRequest Demo::sign(const RequestSpec&)
{
    throw Error(ErrorKind::NotSupported, "demo sends no HTTP requests: its market is computed inside the program");
}

std::vector<Market> Demo::demoMarkets() const
{
    std::vector<Market> markets = m_simulator.markets();
    for (auto& m : markets) {
        m.maker = m_description.tradingFees.maker;
        m.taker = m_description.tradingFees.taker;
    }
    return markets;
}

int Demo::indexOf(const Market& market) const
{
    int index = m_simulator.indexOf(market.symbol);
    if (index < 0) {
        // Markets preloaded from elsewhere (bourse-cli --markets) that the simulator does not know.
        throw Error(ErrorKind::BadSymbol, "demo does not simulate " + market.symbol);
    }
    return index;
}

// The account file remembers until when the market was run over the open orders ("evaluatedUntil"), so that a
// later run (another bourse-cli call) fills what the market did in between, and never runs the same books over
// them twice. Without open orders there is nothing to remember.
void Demo::advance()
{
    JsonValue& venue = m_account.venueState();
    const long long until = now();
    const JsonValue* mark = venue.find("evaluatedUntil");
    const OptInt from = mark ? mark->asInteger() : std::nullopt;
    if (!from || until <= *from || !m_engine.hasOpenOrders("")) {
        return;
    }
    const long long span = until - *from;
    const long long steps = std::clamp(span / DemoMarketSimulator::kBookBucketMs, 1LL, kMaxMatchSteps);
    for (const auto& m : m_simulator.markets()) {
        if (!m_engine.hasOpenOrders(m.symbol)) {
            continue;
        }
        const int index = m_simulator.indexOf(m.symbol);
        for (long long s = 1; s <= steps; ++s) {
            long long t = *from + span * s / steps;
            m_engine.onBook(m_simulator.orderBook(index, t), t);
        }
    }
    venue.set("evaluatedUntil", until);
}

void Demo::settle()
{
    JsonValue& venue = m_account.venueState();
    if (m_engine.hasOpenOrders("")) {
        // Never backwards (a run with an earlier --time): the books up to the mark have been matched already.
        const JsonValue* mark = venue.find("evaluatedUntil");
        const long long until = std::max(now(), mark ? mark->asInteger().value_or(0) : 0LL);
        venue.set("evaluatedUntil", until);
    } else {
        venue.remove("evaluatedUntil");
    }
    m_account.save();
}

// ---- public data ----

void Demo::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    done(demoMarkets());
}

void Demo::fetchCurrencies(const JsonValue&, Callback<std::vector<Currency>> done)
{
    done(m_simulator.currencies());
}

void Demo::fetchTime(const JsonValue&, Callback<long long> done)
{
    done(now());
}

void Demo::fetchTicker(const std::string& symbol, const JsonValue&, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, done](const Market& m) { done(m_simulator.ticker(indexOf(m), now())); });
}

void Demo::fetchTickers(const std::vector<std::string>& symbols, const JsonValue&, Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, done] {
        std::vector<Ticker> tickers;
        const long long t = now();
        if (symbols.empty()) {
            for (const auto& m : markets()) {
                tickers.push_back(m_simulator.ticker(indexOf(m), t));
            }
        } else {
            for (const auto& s : symbols) {
                tickers.push_back(m_simulator.ticker(indexOf(market(s)), t));
            }
        }
        done(std::move(tickers));
    });
}

void Demo::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue&, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, done](const Market& m) {
        int depth =
            static_cast<int>(clampLimit(limit, DemoMarketSimulator::kBookDepth, DemoMarketSimulator::kBookDepth));
        done(m_simulator.orderBook(indexOf(m), now(), depth));
    });
}

void Demo::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                       Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, since, limit, done](const Market& m) {
        done(m_simulator.trades(indexOf(m), since, clampLimit(limit, kDefaultTrades, kMaxTrades), now()));
    });
}

void Demo::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                      const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [this, timeframe, since, limit, params, done](const Market& m) {
        auto duration = m_description.timeframe(timeframe) ? timeframeMs(timeframe) : std::nullopt;
        if (!duration) {
            throw Error(ErrorKind::BadRequest, "demo has no timeframe " + timeframe);
        }
        auto candles =
            m_simulator.candles(indexOf(m), *duration, since, clampLimit(limit, kDefaultCandles, kMaxCandles), now());
        if (const JsonValue* until = params.find("until")) {
            if (auto end = until->asInteger()) {
                std::erase_if(candles, [&](const Ohlcv& c) { return c.timestamp > *end; });
            }
        }
        done(std::move(candles));
    });
}

// ---- the account ----

void Demo::fetchBalance(const JsonValue&, Callback<Balance> done)
{
    onAccount<Balance>(done, [this] { return m_engine.balance(now()); });
}

void Demo::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                       const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        EngineOrder request;
        request.symbol = m.symbol;
        request.type = type;
        request.side = side;
        request.amount = amount;
        request.price = price;
        // ccxt's unified names first, then the older ones traders still send.
        request.triggerPrice = decimalParam(params, "triggerPrice");
        if (!request.triggerPrice) {
            request.triggerPrice = decimalParam(params, "stopPrice");
        }
        if (auto tif = stringParam(params, "timeInForce")) {
            request.timeInForce = *tif;
        }
        if (const JsonValue* postOnly = params.find("postOnly")) {
            request.postOnly = postOnly->asBool().value_or(false);
        }
        request.clientOrderId = stringParam(params, "clientOrderId");
        const int index = indexOf(m);
        onAccount<Order>(done, [&] {
            const long long t = now();
            return asDemo([&] { return m_engine.createOrder(request, m_simulator.orderBook(index, t), t); });
        });
    });
}

void Demo::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue&, Callback<Order> done)
{
    withOptionalMarket<Order>(symbol, done, [this, id, symbol, done] {
        onAccount<Order>(done, [&] {
            if (!symbol.empty() && asDemo([&] { return m_engine.order(id); }).symbol != symbol) {
                throw Error(ErrorKind::OrderNotFound, "demo order " + id + " is not an order of " + symbol);
            }
            return asDemo([&] { return m_engine.cancelOrder(id, now()); });
        });
    });
}

void Demo::cancelAllOrders(const std::string& symbol, const JsonValue&, Callback<std::vector<Order>> done)
{
    withOptionalMarket<std::vector<Order>>(symbol, done, [this, symbol, done] {
        onAccount<std::vector<Order>>(done, [&] { return m_engine.cancelAllOrders(symbol, now()); });
    });
}

void Demo::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue&, Callback<Order> done)
{
    withOptionalMarket<Order>(symbol, done, [this, id, symbol, done] {
        onAccount<Order>(done, [&] {
            Order o = asDemo([&] { return m_engine.order(id); });
            if (!symbol.empty() && o.symbol != symbol) {
                throw Error(ErrorKind::OrderNotFound, "demo order " + id + " is not an order of " + symbol);
            }
            return o;
        });
    });
}

void Demo::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                       Callback<std::vector<Order>> done)
{
    withOptionalMarket<std::vector<Order>>(symbol, done, [this, symbol, since, limit, done] {
        onAccount<std::vector<Order>>(done, [&] {
            auto orders = m_engine.orders(symbol);
            filterBySinceLimit(orders, since, limit);
            return orders;
        });
    });
}

void Demo::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                           Callback<std::vector<Order>> done)
{
    withOptionalMarket<std::vector<Order>>(symbol, done, [this, symbol, since, limit, done] {
        onAccount<std::vector<Order>>(done, [&] {
            auto orders = m_engine.openOrders(symbol);
            filterBySinceLimit(orders, since, limit);
            return orders;
        });
    });
}

void Demo::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                             Callback<std::vector<Order>> done)
{
    withOptionalMarket<std::vector<Order>>(symbol, done, [this, symbol, since, limit, done] {
        onAccount<std::vector<Order>>(done, [&] {
            auto orders = m_engine.closedOrders(symbol);
            filterBySinceLimit(orders, since, limit);
            return orders;
        });
    });
}

void Demo::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                         Callback<std::vector<Trade>> done)
{
    withOptionalMarket<std::vector<Trade>>(symbol, done, [this, symbol, since, limit, done] {
        onAccount<std::vector<Trade>>(done, [&] {
            auto trades = m_engine.myTrades(symbol);
            filterBySinceLimit(trades, since, limit);
            return trades;
        });
    });
}

void Demo::fetchTradingFee(const std::string& symbol, const JsonValue&, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, done](const Market& m) {
        TradingFee fee;
        fee.symbol = m.symbol;
        fee.maker = m.maker;
        fee.taker = m.taker;
        fee.percentage = true;
        fee.tierBased = false;
        fee.info = JsonValue::object();
        done(std::move(fee));
    });
}

void Demo::fetchTradingFees(const JsonValue&, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, done] {
        std::vector<TradingFee> fees;
        for (const auto& m : markets()) {
            TradingFee fee;
            fee.symbol = m.symbol;
            fee.maker = m.maker;
            fee.taker = m.taker;
            fee.percentage = true;
            fee.tierBased = false;
            fee.info = JsonValue::object();
            fees.push_back(std::move(fee));
        }
        done(std::move(fees));
    });
}

} // namespace bourse::ex
