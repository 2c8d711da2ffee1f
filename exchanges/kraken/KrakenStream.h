// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

namespace bourse::ex {

// Kraken's websocket API v2 (wss://ws.kraken.com/v2): JSON-RPC-like subscribe/unsubscribe per channel and symbol
// (the unified symbol, BTC/USD), a book snapshot in the stream followed by updates, each with a CRC-32 of the top
// ten levels a side; trades and the ticker as lists of objects. Kraken sends a heartbeat every second on a
// subscribed connection; the feed's application-level ping ({"method":"ping"}) covers quiet ones.
class KrakenStream final : public StreamProtocol
{
public:
    static constexpr size_t kDepth = 10;

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    std::string heartbeat() const override { return R"({"method":"ping"})"; }
    int silenceTimeoutMs() const override { return 15000; }
    std::optional<uint32_t> bookChecksum(const OrderBook& book, const Market& market) const override;
    size_t bookDepth() const override { return kDepth; }
    size_t checksumLevels() const override { return kDepth; }

    // Kraken's checksum text of one figure: fixed to `places` decimals, the point and the leading zeros removed.
    static std::string checksumDigits(const Decimal& value, int places);
};

} // namespace bourse::ex
