// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StreamProtocol.h"

namespace bourse::ex {

class CoinbaseExchange;

// Coinbase Exchange's websocket feed (wss://ws-feed.exchange.coinbase.com): {"type":"subscribe","product_ids":[..],
// "channels":[..]}. The book is a snapshot in the stream followed by l2update changes, with no sequence and no
// checksum: Coinbase guarantees delivery on the level2 channel instead. Since 2023 level2 needs the subscribe
// signed like a GET /users/self/verify request (ccxt pro signs it too), so with the account's credentials the
// protocol subscribes level2 signed at the exchange's clock; without them it takes level2_batch, the public channel
// with the same messages in 50 ms batches. Trades are the matches channel, the ticker the ticker channel. Coinbase
// answers websocket pings; the feed's default ping frames keep the connection proven alive.
class CoinbaseExchangeStream final : public StreamProtocol
{
public:
    // `exchange` owns the feed that owns this protocol: its credentials and clock are read at each subscribe.
    explicit CoinbaseExchangeStream(CoinbaseExchange& exchange);

    std::string url(MarketFeed::Channel channel, const Market& market) const override;
    std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                       uint64_t requestId) const override;
    std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                         uint64_t requestId) const override;
    void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const override;

private:
    std::string bookChannel() const;

    CoinbaseExchange& m_exchange;
};

} // namespace bourse::ex
