// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Json.h"
#include "MarketFeed.h"
#include "Types.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What most stream protocols read the same way: their names for the three channels, and book levels written as
// [price, amount, ...] arrays or as [side, price, amount] changes. Each throws BadResponse naming the exchange on a
// level it cannot read, so the feed counts the frame as bad and keeps its book.
namespace bourse::ex::stream {

// An exchange's names for the order book, trades and ticker channels.
struct ChannelNames
{
    const char* book;
    const char* trades;
    const char* ticker;

    const char* of(MarketFeed::Channel channel) const;
    std::optional<MarketFeed::Channel> channelOf(std::string_view name) const;
};

// Subscriptions sent and not yet answered, by the request id the exchange echoes: what an acknowledgement or a
// refusal that names nothing but its id refers to (gate, kucoin, htx, deribit).
class PendingRequests
{
public:
    struct Stream
    {
        MarketFeed::Channel channel = MarketFeed::Channel::OrderBook;
        std::string symbol;
        std::string name; // the stream as the exchange names it, where an answer lists names
    };
    void remember(const std::string& id, Stream stream) { m_byId[id] = std::move(stream); }
    // The stream `id` asked for, forgotten now that it is answered; nullopt for an id never remembered.
    std::optional<Stream> take(const std::string& id);

private:
    std::map<std::string, Stream> m_byId;
};

// [[price, amount, ...], ...] as changes to one side (amount 0 removes the level).
void readChanges(const JsonRef& levels, BookSide side, std::vector<BookLevelChange>& out, const char* exchange);
// [[price, amount, ...], ...] as the levels of one side of a whole book.
std::vector<PriceLevel> readLevels(const JsonRef& levels, const char* exchange);
// ["buy"|"sell", price, amount]: a change that names its side (coinbase, gemini).
BookLevelChange readSidedChange(const JsonRef& change, const char* exchange);
// A whole book from levels read as changes (levels with amount 0 left out), sorted.
OrderBook bookOf(const std::string& symbol, const std::vector<BookLevelChange>& levels);

} // namespace bourse::ex::stream
