// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

namespace bourse::ex {

// OKX's public websocket (wss://ws.okx.com:8443/ws/v5/public; okxus: wsus.okx.com): {"op":"subscribe","args":[..]}
// per channel and instrument. The book is the `books` channel (400 levels): a snapshot in the stream, then updates
// chained by seqId/prevSeqId (an update continues the book only if its prevSeqId is the last seqId applied). Each
// message also carries a CRC-32 of the top 25 levels, bids and asks in turn, as a signed integer; OKX deprecated it
// on 23 June 2026 and now always sends 0, which the protocol takes as "no checksum" so the chain ids carry the sync.
// OKX has no websocket-level ping: the client sends the text "ping" and the server answers "pong", and a connection
// without traffic for 30 s is closed by the server.
class OkxStream final : public StreamProtocol
{
public:
    static constexpr size_t kDepth = 400;

    explicit OkxStream(std::string baseUrl = "wss://ws.okx.com:8443/ws/v5");

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    int heartbeatIntervalMs() const override { return 15000; }
    std::string heartbeat() const override { return "ping"; }
    int silenceTimeoutMs() const override { return 30000; }
    std::optional<uint32_t> bookChecksum(const OrderBook& book, const Market& market) const override;
    size_t checksumLevels() const override { return 25; }
    size_t bookDepth() const override { return kDepth; }

private:
    std::string m_baseUrl;
};

} // namespace bourse::ex
