// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketFeed.h"
#include "StreamProtocol.h"

#include <functional>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

class QTimer;
class QWebSocket;

namespace bourse::ex {

class Exchange;

// An exchange's push channel over websockets: the MarketFeed that the live adapters return. It owns the
// connections (one per URL, every stream on it multiplexed), keeps them alive (heartbeats; a silent connection is
// taken for dead), reopens a dropped one with exponential back-off and jitter and subscribes its streams again,
// and keeps every order book honest: it holds its own copy of each book, joins REST snapshots to numbered deltas
// or checks the exchange's checksums, and on a gap, a bad checksum or a reconnect makes its subscribers wait for
// a new snapshot rather than show a stale or crossed book. What an exchange says and how is its StreamProtocol.
//
// Lives in the thread that owns the exchange (the session's worker), like the exchange itself.
class WebSocketFeed final : public MarketFeed
{
public:
    WebSocketFeed(Exchange& exchange, std::unique_ptr<StreamProtocol> protocol);
    ~WebSocketFeed() override;

    // Connects to this origin (ws://127.0.0.1:port for a test's server) instead of the exchange's, path kept.
    void setOriginOverride(std::string origin) { m_originOverride = std::move(origin); }
    // Back-off after a drop: `firstMs`, doubling up to `maxMs`, each delay varied by up to a fifth either way so
    // that many terminals do not reconnect in step after an exchange restarts.
    void setReconnectDelays(int firstMs, int maxMs);
    // Sends the protocol's heartbeat every `ms` instead of at its own interval (tests: see the ping go out).
    void setHeartbeatInterval(int ms) { m_heartbeatOverrideMs = ms; }

    struct Stats
    {
        uint64_t frames = 0;
        uint64_t badFrames = 0;
        uint64_t connects = 0;
        uint64_t reconnects = 0;
        uint64_t bookResyncs = 0; // gaps, bad checksums and drops that made a book wait for a new snapshot
        uint64_t checksumFailures = 0;
        uint64_t restSnapshots = 0;
    };
    const Stats& stats() const { return m_stats; }
    size_t connectionCount() const { return m_connections.size(); }
    bool connected() const;
    // Called after every frame has been handled (the latency benchmark, the status bar's activity).
    void setFrameObserver(std::function<void()> observer) { m_frameObserver = std::move(observer); }

protected:
    void streamStarted(Channel channel, const std::string& symbol) override;
    void streamStopped(Channel channel, const std::string& symbol) override;
    void snapshotWanted(const std::string& symbol) override;

private:
    struct Connection;
    struct BookState;
    using StreamKey = std::pair<Channel, std::string>;

    bool isStreamWanted(Channel channel, const std::string& symbol) const;
    void open(Channel channel, const std::string& symbol);
    Connection& connectionFor(const std::string& url);
    void connect(Connection& connection);
    void onConnected(Connection& connection);
    void onLost(Connection& connection, const std::string& why);
    void onFrame(Connection& connection, const std::string& frame);
    void onHeartbeat(Connection& connection);
    void send(Connection& connection, const std::vector<std::string>& frames);
    void closeIfIdle(const std::string& url);

    void onBook(StreamBookMessage& message);
    // Applies a delta to the feed's book and publishes it, unless the book then fails the exchange's checksum.
    void applyDelta(BookState& state, StreamBookMessage& message, const Market* market);
    // False once the book's stream stopped (a subscriber may cancel from inside a delivery).
    bool isCurrent(const BookState& state) const;
    void publishBookSnapshot(BookState& state);
    // Drops a book that lost the thread and asks for a new snapshot; `keep` is a delta to apply after it.
    void resync(BookState& state, StreamBookMessage* keep = nullptr);
    void fetchRestSnapshot(BookState& state);
    void onRestSnapshot(const std::string& symbol, uint64_t generation, const OrderBook& book);
    std::string urlOf(Channel channel, const Market& market) const;
    std::string withOrigin(const std::string& url) const;

    Exchange& m_exchange;
    std::unique_ptr<StreamProtocol> m_protocol;
    std::string m_originOverride;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 30000;
    int m_heartbeatOverrideMs = 0;
    std::mt19937 m_jitter;
    std::map<std::string, std::unique_ptr<Connection>> m_connections; // by URL
    std::map<StreamKey, std::string> m_streamUrl; // live streams -> their connection
    std::map<std::string, std::unique_ptr<BookState>> m_books; // by symbol
    std::vector<std::unique_ptr<BookState>> m_retiredBooks;
    std::vector<std::unique_ptr<Connection>> m_retiredConnections; // closed, destroyed outside their own signals
    std::set<StreamKey> m_wanted; // the trade and ticker streams subscribers want
    std::function<void()> m_frameObserver;
    Stats m_stats;
    uint64_t m_generation = 0;
};

} // namespace bourse::ex
