// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"
#include "core/StreamReading.h"

namespace bourse::ex {

class Gate;

// Gate's spot websocket v4 (wss://api.gateio.ws/ws/v4/): {"time":<s>,"id":<n>,"channel":"spot.<name>",
// "event":"subscribe","payload":[..]}. The book is spot.order_book_update (100 ms) joined to a REST snapshot
// fetched with with_id=true, as Gate documents: drop updates whose last id u is at or below the snapshot's id,
// the first kept one spans id+1 (U <= id+1 <= u), and each next one starts at the previous u + 1 — the same rule
// the feed applies to binance. Trades are spot.trades, the ticker spot.tickers. Gate closes a connection it has not
// heard from, so the heartbeat is its application-level {"time":<s>,"channel":"spot.ping"}, answered by
// spot.pong. Refusals name only the request id: the protocol remembers which stream each id subscribed.
class GateStream final : public StreamProtocol
{
public:
    // `exchange` owns the feed that owns this protocol: its clock stamps each request, as Gate asks.
    explicit GateStream(Gate& exchange);

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    std::string heartbeat() const override;
    int heartbeatIntervalMs() const override { return 10000; }
    int silenceTimeoutMs() const override { return 30000; }
    bool bookSnapshotFromRest() const override { return true; }

private:
    std::string request(const char* event, MarketFeed::Channel channel, const Market& market, uint64_t requestId) const;

    Gate& m_exchange;
    // Subscriptions not yet acknowledged, by request id: what a refusal refers to.
    mutable stream::PendingRequests m_pending;
};

} // namespace bourse::ex
