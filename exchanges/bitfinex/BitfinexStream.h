// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

#include <map>

namespace bourse::ex {

// Bitfinex's public websocket v2 (wss://api-pub.bitfinex.com/ws/2). A subscription is answered by
// {"event":"subscribed","chanId":N,..} and everything after it arrives as arrays headed by that channel id, so the
// protocol keeps the id -> stream map (and unsubscribes by id). The book is "book" P0/F0/len 25: a snapshot of
// [price, count, amount] levels (amount > 0 bid, < 0 ask), then single-level updates (count 0 removes the level).
// With the conf flag OB_CHECKSUM (131072, sent before each book subscription) Bitfinex follows the updates with
// [chanId, "cs", checksum]: a signed CRC-32 of the top 25 bids and asks in turn, price:amount with the asks'
// amounts negative, which the feed checks against its own book. Trades are "te" executions (the "tu" repeat and
// the opening snapshot are skipped), the ticker a ten-figure array. Channels send [chanId, "hb"] every 15 s; the
// feed's heartbeat is Bitfinex's {"event":"ping"}.
class BitfinexStream final : public StreamProtocol
{
public:
    static constexpr int kChecksumFlag = 131072;

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    std::string heartbeat() const override { return R"({"event":"ping","cid":1})"; }
    int silenceTimeoutMs() const override { return 45000; }
    std::optional<uint32_t> bookChecksum(const OrderBook& book, const Market& market) const override;
    size_t checksumLevels() const override { return 25; }

private:
    struct Stream
    {
        MarketFeed::Channel channel = MarketFeed::Channel::OrderBook;
        std::string symbol;
    };
    void parseEvent(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const;
    void parseData(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const;

    // Live channel ids (from the "subscribed" replies) and the streams they carry.
    mutable std::map<long long, Stream> m_channels;
};

} // namespace bourse::ex
