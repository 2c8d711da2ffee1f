// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Errors.h"
#include "MarketFeed.h"
#include "Result.h"
#include "Types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bourse::ex {

class Exchange;

// One order book message of an exchange's stream, before the feed checks it. Exchanges keep a book in sync in one
// of two ways, and a message carries what its way needs:
//  - numbered updates (binance, kucoin): `firstUpdateId`..`lastUpdateId` are the exchange's own ids, a delta
//    continues the one before it when its first id is the previous last id + 1, and the snapshot comes from REST;
//  - a snapshot in the stream, then deltas that name their predecessor (`previousUpdateId`: okx's prevSeqId,
//    deribit's prev_change_id, htx's prevSeqNum) and/or a checksum of the top of the book after each message
//    (kraken, okx, bitfinex).
// `update.sequence`/`previousSequence` are left at zero: the feed numbers what it publishes itself.
struct StreamBookMessage
{
    OrderBookUpdate update;
    uint64_t firstUpdateId = 0;
    uint64_t lastUpdateId = 0;
    uint64_t previousUpdateId = 0; // 0: the exchange does not chain its messages
    std::optional<uint32_t> checksum;
};

// What one frame said. A frame may carry several messages (a batch of trades, a book and a ticker) or none (an
// acknowledgement, a heartbeat).
struct StreamEvents
{
    std::vector<StreamBookMessage> books;
    std::vector<std::pair<std::string, std::vector<Trade>>> trades; // symbol -> trades, oldest first
    std::vector<Ticker> tickers;
    // Frames to send back at once (an application-level pong).
    std::vector<std::string> replies;
    // The exchange refused a subscription or reported a failure of one stream.
    struct StreamError
    {
        MarketFeed::Channel channel = MarketFeed::Channel::OrderBook;
        std::string symbol; // empty: every stream of the connection
        Error error;
    };
    std::vector<StreamError> errors;

    // Appends a trade to the batch of its symbol (a new batch when the symbol changes), keeping frame order.
    void addTrade(Trade trade)
    {
        if (trades.empty() || trades.back().first != trade.symbol) {
            trades.push_back({trade.symbol, {}});
        }
        trades.back().second.push_back(std::move(trade));
    }
};

// An exchange's websocket dialect: where to connect, how to subscribe, how to read what arrives, how to keep the
// connection alive, and how the exchange keeps books in sync. Pure: it builds and parses text and never touches a
// socket, so every exchange's message sequences are tested without a network. WebSocketFeed does the rest.
class StreamProtocol
{
public:
    virtual ~StreamProtocol() = default;

    // The socket a stream lives on. Streams with the same URL share one connection.
    virtual std::string url(MarketFeed::Channel channel, const Market& market) const = 0;
    // The frames that start and stop a stream; `requestId` is unique per connection (for protocols that echo it).
    virtual std::vector<std::string> subscribe(MarketFeed::Channel channel, const Market& market,
                                               uint64_t requestId) const = 0;
    virtual std::vector<std::string> unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                 uint64_t requestId) const = 0;
    // Frames to send first on every new connection, before its subscriptions (deribit's public/set_heartbeat).
    virtual std::vector<std::string> greeting() const { return {}; }
    // Why a channel cannot be streamed (bitstamp has no ticker channel); the feed reports it to the subscriber
    // without opening anything.
    virtual std::optional<Error> unsupported(MarketFeed::Channel channel) const
    {
        (void)channel;
        return std::nullopt;
    }
    // The address to open for `url`, asked before every (re)connect: most exchanges connect as they are; some hand
    // out a one-time address or token over REST first (kucoin's bullet). Answers through `done`, at once or later.
    virtual void resolveUrl(Exchange& exchange, const std::string& url, Callback<std::string> done) const
    {
        (void)exchange;
        done(url);
    }
    // Reads one frame (text, or a binary frame's bytes: htx gzips its frames). `exchange` maps market ids to symbols
    // (its markets are loaded). Throws Error on a frame that cannot be read; the feed reports it and goes on.
    virtual void parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const = 0;

    // Keep-alive: a frame to send every `heartbeatIntervalMs` (empty text: a websocket ping frame instead), and how
    // long a connection may stay silent before it is taken for dead and reopened.
    virtual int heartbeatIntervalMs() const { return 20000; }
    virtual std::string heartbeat() const { return {}; }
    virtual int silenceTimeoutMs() const { return 60000; }

    // True for exchanges whose book stream has no snapshot: the feed fetches it over REST and joins the deltas
    // to it by update id (binance's documented procedure).
    virtual bool bookSnapshotFromRest() const { return false; }
    virtual int restSnapshotDepth() const { return 1000; }
    // The exchange's checksum of the book as the feed holds it, for protocols that send one; nullopt otherwise.
    virtual std::optional<uint32_t> bookChecksum(const OrderBook& book, const Market& market) const
    {
        (void)book;
        (void)market;
        return std::nullopt;
    }
    // How many levels a side bookChecksum reads (kraken 10; okx and bitfinex 25).
    virtual size_t checksumLevels() const { return 25; }
    // How many levels a side the exchange keeps in the stream; deeper levels are dropped from the feed's book
    // (kraken stops updating levels below the subscribed depth without deleting them). 0: no limit.
    virtual size_t bookDepth() const { return 0; }
};

} // namespace bourse::ex
