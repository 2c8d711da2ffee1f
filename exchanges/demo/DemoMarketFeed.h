// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoMarketSimulator.h"
#include "core/Clock.h"
#include "core/MarketFeed.h"

#include <QTimer>
#include <map>
#include <optional>
#include <string>

namespace bourse::ex {

// The demo exchange's push channel. A QTimer polls the simulated market every 100 ms (the book's own step)
// while anyone subscribes, and each poll sends what changed since the last one: the book as a delta of the
// levels that moved (diffing the simulator's book at the two instants), the trades printed in between, and the
// 24 h ticker. Book sequences count the stream's messages (1, 2, 3...), each delta naming its predecessor, so a
// subscriber sees at once whether it missed one.
class DemoMarketFeed final : public MarketFeed
{
public:
    static constexpr int kIntervalMs = 100;
    // A 24 h ticker barely moves in 100 ms; exchanges push theirs once a second (binance's @ticker stream), and
    // computing it costs a day of candles.
    static constexpr long long kTickerIntervalMs = 1000;

    DemoMarketFeed(const DemoMarketSimulator& simulator, Clock& clock);
    ~DemoMarketFeed() override;

    // Sends what changed in the market up to `now`. The timer calls it with the clock's time; tests and
    // benchmarks call it directly with the instants they choose.
    void poll(long long now);
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool running() const { return m_timer.isActive(); }

    // What the feed has sent, for the benchmark and the status bar.
    struct Stats
    {
        uint64_t snapshots = 0;
        uint64_t deltas = 0;
        uint64_t levelChanges = 0;
        uint64_t trades = 0;
        uint64_t tickers = 0;
    };
    const Stats& stats() const { return m_stats; }

protected:
    void streamStarted(Channel channel, const std::string& symbol) override;
    void streamStopped(Channel channel, const std::string& symbol) override;

private:
    struct BookStream
    {
        int market = -1; // -1: a symbol the simulator does not have
        uint64_t sequence = 0; // 0: no book taken yet
        OrderBook last;
    };
    struct TradeStream
    {
        int market = -1;
        std::optional<long long> until; // trades up to this instant have been sent
    };
    struct TickerStream
    {
        int market = -1;
        std::optional<long long> sentAt;
    };

    void pollBook(const std::string& symbol, long long now);
    void pollTrades(const std::string& symbol, long long now);
    void pollTicker(const std::string& symbol, long long now);
    void updateTimer();

    const DemoMarketSimulator& m_simulator;
    Clock& m_clock;
    QTimer m_timer;
    std::map<std::string, BookStream> m_books;
    std::map<std::string, TradeStream> m_trades;
    std::map<std::string, TickerStream> m_tickers;
    Stats m_stats;
};

} // namespace bourse::ex
