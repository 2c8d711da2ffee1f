// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

#include <set>

namespace bourse::ex {

// Gemini's market data v2 (wss://api.gemini.com/v2/marketdata): {"type":"subscribe","subscriptions":[{"name":"l2",
// "symbols":["BTCUSD"]}]}. One l2 subscription carries both the book and the trades of a symbol: its first
// l2_updates message is the whole book (with the last trades and auction events alongside, which is how it is told
// apart), later ones are changes ["buy"|"sell", price, new total]; trades arrive as "trade" messages. There are no
// sequence numbers or checksums: the book is exact as long as the connection lives, and a reconnect waits for a new
// first message. Since the book and trades share the subscription, the l2 unsubscribe goes out only when neither
// is wanted any more. Gemini v2 has no ticker (ccxt pro neither): a ticker stream is refused at once. The server
// sends a heartbeat message every few seconds and answers websocket pings.
class GeminiStream final : public StreamProtocol
{
public:
    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    std::optional<Error> unsupported(MarketFeed::Channel channel) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    int silenceTimeoutMs() const override { return 30000; }

private:
    // The streams riding on each symbol's l2 subscription.
    mutable std::set<std::pair<std::string, MarketFeed::Channel>> m_streams;
};

} // namespace bourse::ex
