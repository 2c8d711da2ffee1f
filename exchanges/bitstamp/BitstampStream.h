// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

namespace bourse::ex {

// Bitstamp's websocket v2 (wss://ws.bitstamp.net): {"event":"bts:subscribe","data":{"channel":"<name>_<pair>"}}.
// The book is the order_book channel: the top 100 levels a side, whole, on every change. Bitstamp's deltas
// (diff_order_book) carry only a microtimestamp, no sequence: a REST snapshot can be joined to them by time, but a
// delta lost on the way cannot be noticed and the book would stay wrong silently. A whole book per message cannot
// drift, so it is the correct book, at the cost of depth (100) and bandwidth. Trades are live_trades. Bitstamp has
// no ticker channel (ccxt pro has no watchTicker for it either): a ticker stream is refused at once. The
// application heartbeat is {"event":"bts:heartbeat"}, answered by the server with the same event.
class BitstampStream final : public StreamProtocol
{
public:
    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    std::optional<Error> unsupported(MarketFeed::Channel channel) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    std::string heartbeat() const override { return R"({"event":"bts:heartbeat"})"; }
    int silenceTimeoutMs() const override { return 45000; }
};

} // namespace bourse::ex
