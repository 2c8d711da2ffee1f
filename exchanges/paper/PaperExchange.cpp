// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperExchange.h"

#include "core/Filtering.h"

#include <algorithm>

namespace bourse::ex {

namespace {

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

// Everything the account hands out says it is paper, so a copy pasted into a log or a spreadsheet still does.
void markPaper(JsonValue& info)
{
    if (!info.isObject()) {
        info = JsonValue::object();
    }
    info.set("paper", true);
}

Order paper(Order o)
{
    markPaper(o.info);
    for (auto& t : o.trades) {
        markPaper(t.info);
    }
    return o;
}

std::vector<Order> paper(std::vector<Order> orders)
{
    for (auto& o : orders) {
        o = paper(std::move(o));
    }
    return orders;
}

std::vector<Trade> paper(std::vector<Trade> trades)
{
    for (auto& t : trades) {
        markPaper(t.info);
    }
    return trades;
}

Balance paper(Balance b)
{
    markPaper(b.info);
    return b;
}

// Passes a result through after looking at it.
template<typename T, typename Look> Callback<T> peek(Callback<T> done, Look look)
{
    return [done = std::move(done), look = std::move(look)](Result<T> r) {
        if (r.ok()) {
            look(r.value());
        }
        done(std::move(r));
    };
}

} // namespace

PaperExchange::PaperExchange(std::unique_ptr<Exchange> real, Transport& transport, Clock& clock)
    : Exchange(paperDescription(real->description()), transport, clock)
    , m_real(std::move(real))
    , m_account(m_engine, m_description.id, m_description.id + "-account.json", defaultStartingBalance())
{
    m_engine.setDefaultFees(m_real->description().tradingFees.maker, m_real->description().tradingFees.taker);
}

PaperExchange::~PaperExchange() = default;

std::map<std::string, Decimal> PaperExchange::defaultStartingBalance()
{
    // Real venues quote in dollars, tethers or dollar coins, whichever the exchange lists: a practice account
    // holds each, so that every large market can be traded from the start.
    return {{"USD", Decimal(100000)},
            {"USDT", Decimal(100000)},
            {"USDC", Decimal(100000)},
            {"BTC", Decimal(1)},
            {"ETH", Decimal(10)}};
}

Exchange& PaperExchange::real()
{
    // Options and preloaded data are set on this object (bourse-cli, the session); the wrapped adapter is the one
    // that uses them.
    m_real->setOptions(options());
    if (marketsLoaded() && !m_real->marketsLoaded()) {
        m_real->setMarkets(markets());
    }
    if (!currencies().empty() && m_real->currencies().empty()) {
        m_real->setCurrencies(currencies());
    }
    return *m_real;
}

HttpRequest PaperExchange::sign(const RequestSpec&)
{
    throw Error(ErrorKind::NotSupported,
                id() + " sends no request of its own: its public data comes from " + m_real->id());
}

MatchingEngine& PaperExchange::engine()
{
    m_account.load();
    return m_engine;
}

void PaperExchange::resetAccount(const std::optional<std::map<std::string, Decimal>>& balance)
{
    m_account.reset(balance);
}

void PaperExchange::addEngineMarkets()
{
    if (m_engineMarkets == markets().size()) {
        return;
    }
    for (const auto& m : markets()) {
        m_engine.addMarket(m, m_real->description().precisionMode);
    }
    m_engineMarkets = markets().size();
}

template<typename T, typename F> void PaperExchange::answer(const Callback<T>& done, F&& compute)
{
    m_account.load();
    std::optional<Result<T>> result;
    try {
        result.emplace(compute());
    } catch (const Error& e) {
        // The engine does not know which exchange it plays; the user should.
        result.emplace(Error(e.kind(), id() + " " + e.message()));
    }
    m_account.save();
    done(std::move(*result));
}

void PaperExchange::onBook(const OrderBook& book)
{
    m_account.load();
    if (!m_engine.hasOpenOrders(book.symbol) || !findMarket(book.symbol)) {
        return;
    }
    addEngineMarkets();
    m_engine.onBook(book, now());
    m_account.save();
}

// Trades are looked at once: the account remembers, per market with open orders, the time of the last print it
// saw, so fetching the same trades again (a refresh, the next run) does not fill the same order twice.
void PaperExchange::onTrades(const std::string& symbol, const std::vector<Trade>& trades)
{
    m_account.load();
    JsonValue& venue = m_account.venueState();
    if (!venue.find("tradesSeen")) {
        venue.set("tradesSeen", JsonValue::object());
    }
    JsonValue& seen = *venue.find("tradesSeen");
    if (!m_engine.hasOpenOrders(symbol) || !findMarket(symbol)) {
        seen.remove(symbol);
        m_account.save();
        return;
    }
    const JsonValue* mark = seen.find(symbol);
    const long long after = mark ? mark->asInteger().value_or(0) : 0;
    std::vector<Trade> fresh;
    long long latest = after;
    for (const auto& t : trades) {
        if (t.timestamp && *t.timestamp > after && t.symbol == symbol) {
            fresh.push_back(t);
            latest = std::max(latest, *t.timestamp);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Trade& a, const Trade& b) { return *a.timestamp < *b.timestamp; });
    addEngineMarkets();
    m_engine.onTrades(fresh, now());
    seen.set(symbol, latest);
    m_account.save();
}

// ---- public data ----

void PaperExchange::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    Exchange& r = real();
    r.loadMarkets([&r, done](Result<std::monostate> loaded) {
        if (!loaded.ok()) {
            done(loaded.error());
            return;
        }
        done(r.markets());
    });
}

void PaperExchange::fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done)
{
    real().fetchCurrencies(params, std::move(done));
}

void PaperExchange::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    real().fetchTicker(symbol, params, std::move(done));
}

void PaperExchange::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                                 Callback<std::vector<Ticker>> done)
{
    real().fetchTickers(symbols, params, std::move(done));
}

void PaperExchange::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                   Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, symbol, limit, params, done](const Market&) {
        real().fetchOrderBook(symbol, limit, params, peek<OrderBook>(done, [this](const OrderBook& b) { onBook(b); }));
    });
}

void PaperExchange::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [this, symbol, since, limit, params, done](const Market&) {
        real().fetchTrades(symbol, since, limit, params,
                           peek<std::vector<Trade>>(
                               done, [this, symbol](const std::vector<Trade>& trades) { onTrades(symbol, trades); }));
    });
}

void PaperExchange::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                               const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    real().fetchOHLCV(symbol, timeframe, since, limit, params, std::move(done));
}

void PaperExchange::fetchTime(const JsonValue& params, Callback<long long> done)
{
    real().fetchTime(params, std::move(done));
}

MarketFeed* PaperExchange::marketFeed()
{
    // The real exchange's stream, as is. Filling paper orders from pushed books and trades comes with the
    // websocket adapters; until then they fill from what is fetched.
    return m_real->marketFeed();
}

// ---- the paper account ----

void PaperExchange::fetchBalance(const JsonValue&, Callback<Balance> done)
{
    answer<Balance>(done, [this] { return paper(m_engine.balance(now())); });
}

void PaperExchange::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                                const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        EngineOrder request;
        request.symbol = m.symbol;
        request.type = type;
        request.side = side;
        request.amount = amount;
        request.price = price;
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
        // The book as it is now decides what the order takes, as the exchange's own matching would.
        real().fetchOrderBook(m.symbol, std::nullopt, JsonValue::object(), [this, request, done](Result<OrderBook> r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            answer<Order>(done, [&] {
                addEngineMarkets();
                const long long t = now();
                m_engine.onBook(r.value(), t);
                return paper(m_engine.createOrder(request, r.value(), t));
            });
        });
    });
}

void PaperExchange::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue&,
                                Callback<Order> done)
{
    // Markets first: releasing what an order holds needs its market's rules.
    withOptionalMarket<Order>(symbol, done, [this, id, symbol, done] {
        answer<Order>(done, [&] {
            addEngineMarkets();
            if (!symbol.empty() && m_engine.order(id).symbol != symbol) {
                throw Error(ErrorKind::OrderNotFound, "order " + id + " is not an order of " + symbol);
            }
            return paper(m_engine.cancelOrder(id, now()));
        });
    });
}

void PaperExchange::cancelAllOrders(const std::string& symbol, const JsonValue&, Callback<std::vector<Order>> done)
{
    withOptionalMarket<std::vector<Order>>(symbol, done, [this, symbol, done] {
        answer<std::vector<Order>>(done, [&] {
            addEngineMarkets();
            return paper(m_engine.cancelAllOrders(symbol, now()));
        });
    });
}

void PaperExchange::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue&, Callback<Order> done)
{
    answer<Order>(done, [&] {
        Order o = m_engine.order(id);
        if (!symbol.empty() && o.symbol != symbol) {
            throw Error(ErrorKind::OrderNotFound, "order " + id + " is not an order of " + symbol);
        }
        return paper(std::move(o));
    });
}

void PaperExchange::fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                                Callback<std::vector<Order>> done)
{
    answer<std::vector<Order>>(done, [&] {
        auto orders = m_engine.orders(symbol);
        filterBySinceLimit(orders, since, limit);
        return paper(std::move(orders));
    });
}

void PaperExchange::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                                    Callback<std::vector<Order>> done)
{
    answer<std::vector<Order>>(done, [&] {
        auto orders = m_engine.openOrders(symbol);
        filterBySinceLimit(orders, since, limit);
        return paper(std::move(orders));
    });
}

void PaperExchange::fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                                      Callback<std::vector<Order>> done)
{
    answer<std::vector<Order>>(done, [&] {
        auto orders = m_engine.closedOrders(symbol);
        filterBySinceLimit(orders, since, limit);
        return paper(std::move(orders));
    });
}

void PaperExchange::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue&,
                                  Callback<std::vector<Trade>> done)
{
    answer<std::vector<Trade>>(done, [&] {
        auto trades = m_engine.myTrades(symbol);
        filterBySinceLimit(trades, since, limit);
        return paper(std::move(trades));
    });
}

void PaperExchange::fetchTradingFee(const std::string& symbol, const JsonValue&, Callback<TradingFee> done)
{
    withMarket<TradingFee>(symbol, done, [this, done](const Market& m) {
        TradingFee fee;
        fee.symbol = m.symbol;
        fee.maker = m.maker.value_or(m_real->description().tradingFees.maker);
        fee.taker = m.taker.value_or(m_real->description().tradingFees.taker);
        fee.percentage = true;
        fee.tierBased = false;
        fee.info = JsonValue::object();
        markPaper(fee.info);
        done(std::move(fee));
    });
}

void PaperExchange::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        std::vector<TradingFee> fees;
        for (const auto& m : markets()) {
            TradingFee fee;
            fee.symbol = m.symbol;
            fee.maker = m.maker.value_or(m_real->description().tradingFees.maker);
            fee.taker = m.taker.value_or(m_real->description().tradingFees.taker);
            fee.percentage = true;
            fee.tierBased = false;
            fee.info = JsonValue::object();
            markPaper(fee.info);
            fees.push_back(std::move(fee));
        }
        done(std::move(fees));
    });
}

} // namespace bourse::ex
