// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

namespace bourse::ex {

// Binance spot's market streams (wss://stream.binance.com:9443/ws): one socket for every stream, subscribed with
// SUBSCRIBE/UNSUBSCRIBE requests; the book is the diff-depth stream at 100 ms joined to a REST snapshot by update
// ids (first id U, last id u); trades are the raw trade stream and the ticker the 24 h rolling window. The server
// pings every 20 s and Qt answers; the feed's own pings keep a quiet connection proven alive.
class BinanceStream final : public StreamProtocol
{
public:
    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    bool bookSnapshotFromRest() const override { return true; }

    // The stream name of a channel (btcusdt@depth@100ms).
    static std::string streamName(MarketFeed::Channel channel, const Market& market);
};

} // namespace bourse::ex
