// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMarketFeed.h"

#include "core/OrderBookBuilder.h"

#include <vector>

namespace bourse::ex {

namespace {

// More than a second of the busiest simulated market prints; a poll that finds more (after a long stall) sends
// the rest at the next one.
constexpr long long kMaxTradesPerPoll = 5000;

template<typename Map> std::vector<std::string> keys(const Map& map)
{
    std::vector<std::string> out;
    out.reserve(map.size());
    for (const auto& entry : map) {
        out.push_back(entry.first);
    }
    return out;
}

Error unknownSymbol(const std::string& symbol)
{
    return Error(ErrorKind::BadSymbol, "demo does not have market symbol " + symbol);
}

} // namespace

DemoMarketFeed::DemoMarketFeed(const DemoMarketSimulator& simulator, Clock& clock)
    : m_simulator(simulator)
    , m_clock(clock)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(m_clock.milliseconds()); });
}

DemoMarketFeed::~DemoMarketFeed() = default;

void DemoMarketFeed::streamStarted(Channel channel, const std::string& symbol)
{
    const int market = m_simulator.indexOf(symbol);
    switch (channel) {
    case Channel::OrderBook:
        m_books[symbol] = BookStream {market, 0, {}};
        break;
    case Channel::Trades:
        m_trades[symbol] = TradeStream {market, std::nullopt};
        break;
    case Channel::Ticker:
        m_tickers[symbol] = TickerStream {market, std::nullopt};
        break;
    }
    updateTimer();
}

void DemoMarketFeed::streamStopped(Channel channel, const std::string& symbol)
{
    switch (channel) {
    case Channel::OrderBook:
        m_books.erase(symbol);
        break;
    case Channel::Trades:
        m_trades.erase(symbol);
        break;
    case Channel::Ticker:
        m_tickers.erase(symbol);
        break;
    }
    updateTimer();
}

void DemoMarketFeed::updateTimer()
{
    const bool needed = !m_books.empty() || !m_trades.empty() || !m_tickers.empty();
    if (needed && !m_timer.isActive()) {
        m_timer.start();
    } else if (!needed) {
        m_timer.stop();
    }
}

// Handlers may subscribe and cancel while they are called, which adds and removes streams: every step below
// looks its stream up again by symbol and keeps no reference across a delivery.
void DemoMarketFeed::poll(long long now)
{
    for (const auto& symbol : keys(m_books)) {
        pollBook(symbol, now);
    }
    for (const auto& symbol : keys(m_trades)) {
        pollTrades(symbol, now);
    }
    for (const auto& symbol : keys(m_tickers)) {
        pollTicker(symbol, now);
    }
}

void DemoMarketFeed::pollBook(const std::string& symbol, long long now)
{
    auto it = m_books.find(symbol);
    if (it == m_books.end()) {
        return;
    }
    if (it->second.market < 0) {
        m_books.erase(it); // heard once; the subscriptions stay, silent
        updateTimer();
        publishError(Channel::OrderBook, symbol, unknownSymbol(symbol));
        return;
    }
    OrderBook book = m_simulator.orderBook(it->second.market, now);
    if (it->second.sequence == 0) {
        it->second.sequence = 1;
        it->second.last = std::move(book);
    } else {
        std::vector<BookLevelChange> changes = OrderBookBuilder::diff(it->second.last, book);
        if (!changes.empty()) {
            OrderBookUpdate delta;
            delta.symbol = symbol;
            delta.previousSequence = it->second.sequence;
            delta.sequence = ++it->second.sequence;
            delta.timestamp = now;
            delta.changes = std::move(changes);
            it->second.last = std::move(book);
            ++m_stats.deltas;
            m_stats.levelChanges += delta.changes.size();
            publishDelta(delta);
        }
    }
    if (wantsSnapshot(symbol)) {
        it = m_books.find(symbol);
        if (it == m_books.end()) {
            return;
        }
        OrderBookUpdate snapshot;
        snapshot.symbol = symbol;
        snapshot.snapshot = true;
        snapshot.sequence = it->second.sequence;
        snapshot.timestamp = now;
        snapshot.book = it->second.last;
        ++m_stats.snapshots;
        deliverSnapshot(snapshot);
    }
}

void DemoMarketFeed::pollTrades(const std::string& symbol, long long now)
{
    auto it = m_trades.find(symbol);
    if (it == m_trades.end()) {
        return;
    }
    if (it->second.market < 0) {
        m_trades.erase(it);
        updateTimer();
        publishError(Channel::Trades, symbol, unknownSymbol(symbol));
        return;
    }
    if (!it->second.until) {
        // New trades only: what printed before the subscription is history, for fetchTrades.
        it->second.until = now;
        return;
    }
    if (now <= *it->second.until) {
        return;
    }
    std::vector<Trade> trades = m_simulator.trades(it->second.market, *it->second.until + 1, kMaxTradesPerPoll, now);
    if (static_cast<long long>(trades.size()) < kMaxTradesPerPoll) {
        it->second.until = now;
    } else {
        // Cut at a whole millisecond, so the next poll starts with the first print not sent.
        const long long last = *trades.back().timestamp;
        std::erase_if(trades, [last](const Trade& t) { return *t.timestamp == last; });
        it->second.until = last - 1;
    }
    if (!trades.empty()) {
        m_stats.trades += trades.size();
        publishTrades(symbol, trades);
    }
}

void DemoMarketFeed::pollTicker(const std::string& symbol, long long now)
{
    auto it = m_tickers.find(symbol);
    if (it == m_tickers.end()) {
        return;
    }
    if (it->second.market < 0) {
        m_tickers.erase(it);
        updateTimer();
        publishError(Channel::Ticker, symbol, unknownSymbol(symbol));
        return;
    }
    if (it->second.sentAt && now - *it->second.sentAt < kTickerIntervalMs) {
        return;
    }
    it->second.sentAt = now;
    Ticker ticker = m_simulator.ticker(it->second.market, now);
    ++m_stats.tickers;
    publishTicker(ticker);
}

} // namespace bourse::ex
