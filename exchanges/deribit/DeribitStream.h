// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"
#include "core/StreamReading.h"

namespace bourse::ex {

// Deribit's websocket API v2 (wss://www.deribit.com/ws/api/v2), JSON-RPC 2.0 both ways: streams start with
// {"jsonrpc":"2.0","id":n,"method":"public/subscribe","params":{"channels":["book.BTC_USDC.100ms"]}}, answered with
// the channels actually subscribed ({"id":n,"result":[..]}: a channel missing from it was not) or an error; data
// comes as {"method":"subscription","params":{"channel":..,"data":..}}. The book is book.<instrument>.100ms: a
// snapshot first, then changes ("new"/"change"/"delete", price, amount) each naming its predecessor
// (prev_change_id = the last change_id), which the feed checks. Trades are trades.<instrument>.100ms, the ticker
// ticker.<instrument>.100ms. Every connection opens with public/set_heartbeat: Deribit then sends heartbeats and,
// now and then, a test_request that must be answered with public/test or it closes the connection.
class DeribitStream final : public StreamProtocol
{
public:
    static constexpr int kHeartbeatSeconds = 30;
    // Ids of the protocol's own requests (set_heartbeat, test): far above the feed's per-connection request ids,
    // so that their answers are never taken for a subscription's.
    static constexpr uint64_t kOwnIdBase = 1000000000;

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> greeting() const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    // Deribit's heartbeats come every kHeartbeatSeconds: two missed and the connection is dead.
    int silenceTimeoutMs() const override { return (2 * kHeartbeatSeconds + 5) * 1000; }

private:
    std::string ownRequest(const char* method, JsonValue params) const;
    void parseAnswer(const JsonRef& m, StreamEvents& out) const;

    mutable uint64_t m_nextOwnId = kOwnIdBase;
    // Subscriptions not yet answered, by request id.
    mutable stream::PendingRequests m_pending;
};

} // namespace bourse::ex
