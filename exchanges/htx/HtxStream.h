// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"
#include "core/StreamReading.h"

#include <map>

namespace bourse::ex {

// HTX's (Huobi's) spot market websocket: every frame it sends is gzip-compressed JSON in a binary frame. Requests
// are {"sub":"market.btcusdt.trade.detail","id":"1"} (and "unsub"), acknowledged by {"id":"1","status":"ok",
// "subbed":..} or refused by {"id":"1","status":"error","err-code":..,"err-msg":..}, which names only the id. The
// server pings with {"ping":<ms>} every 5 s and closes a connection that misses two: the protocol answers
// {"pong":<ms>}.
//
// The book is market.<id>.mbp.150 on wss://api.huobi.pro/feed (ccxt's choice): every 100 ms the difference to the
// last message, numbered seqNum and naming its predecessor prevSeqNum. Its snapshot is asked for on the same
// socket with {"req":"market.<id>.mbp.150"} right after the subscription; the answer's seqNum is where the chain
// continues (a message whose prevSeqNum is not the book's last seqNum makes the feed resubscribe and ask again).
// Messages the snapshot already holds (seqNum at or below its own) are dropped here, as HTX documents. The
// depth.step0 channel (a whole 150-level book every second) would need no joining, but is ten times coarser and
// sends 300 levels a second per symbol, so mbp it is. Trades are market.<id>.trade.detail, the ticker
// market.<id>.detail (24 h statistics), on wss://api.huobi.pro/ws.
class HtxStream final : public StreamProtocol
{
public:
    static constexpr size_t kDepth = 150;

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;
    int silenceTimeoutMs() const override { return 30000; }
    size_t bookDepth() const override { return kDepth; }

private:
    void parseReply(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const;

    // Requests not yet answered, by id: what a refusal refers to.
    mutable stream::PendingRequests m_pending;
    // The seqNum of each symbol's latest snapshot: older messages are dropped.
    mutable std::map<std::string, uint64_t> m_snapshotSeqNum;
};

} // namespace bourse::ex
