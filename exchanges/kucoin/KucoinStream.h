// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"
#include "core/StreamReading.h"

namespace bourse::ex {

class Kucoin;

// KuCoin's classic spot websocket. There is no fixed address: before every connection a POST to
// api/v1/bullet-public hands out a server (endpoint, pingInterval, pingTimeout) and a token, and the socket opens
// at <endpoint>?token=..&connectId=.. (resolveUrl). The server greets with {"type":"welcome"}; each request is
// {"id":..,"type":"subscribe","topic":"/market/level2:BTC-USDT","privateChannel":false,"response":true}, answered by
// an ack with the same id or an error naming only the id, so the protocol remembers which stream each id asked for.
// The book is /market/level2: deltas numbered sequenceStart..sequenceEnd (each change also carries its own
// sequence) joined to the REST snapshot (level2_100, whose `sequence` is its id) by the binance rule the feed
// applies. Trades are /market/match, the ticker /market/snapshot (the 24 h statistics, every 2 s). KuCoin has no
// websocket-level ping: the client sends {"id":..,"type":"ping"} every pingInterval and the server answers
// {"id":..,"type":"pong"}; a connection silent for longer than pingInterval + pingTimeout is dead.
class KucoinStream final : public StreamProtocol
{
public:
    static constexpr int kDefaultPingIntervalMs = 18000;
    static constexpr int kDefaultPingTimeoutMs = 10000;

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    void resolveUrl(Exchange& exchange, const std::string& url, Callback<std::string> done) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    int heartbeatIntervalMs() const override { return m_pingIntervalMs; }
    std::string heartbeat() const override;
    int silenceTimeoutMs() const override { return m_pingIntervalMs + m_pingTimeoutMs; }
    bool bookSnapshotFromRest() const override { return true; }
    // The public snapshot holds the best 100 levels (the whole book needs a key): deeper levels are known only
    // from the deltas that touch them.
    int restSnapshotDepth() const override { return 100; }

private:
    // What the last bullet said: the feed asks for the heartbeat interval once the socket it named is open.
    mutable int m_pingIntervalMs = kDefaultPingIntervalMs;
    mutable int m_pingTimeoutMs = kDefaultPingTimeoutMs;
    mutable uint64_t m_nextPingId = 1;
    mutable uint64_t m_nextConnectId = 1;
    // Subscriptions not yet acknowledged, by request id: what an error refers to.
    mutable stream::PendingRequests m_pending;
};

} // namespace bourse::ex
