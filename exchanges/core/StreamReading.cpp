// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamReading.h"

#include "Errors.h"

namespace bourse::ex::stream {

namespace {

[[noreturn]] void unreadable(const char* exchange)
{
    throw Error(ErrorKind::BadResponse, std::string(exchange) + " book message with an unreadable level");
}

} // namespace

const char* ChannelNames::of(MarketFeed::Channel channel) const
{
    switch (channel) {
    case MarketFeed::Channel::OrderBook:
        return book;
    case MarketFeed::Channel::Trades:
        return trades;
    case MarketFeed::Channel::Ticker:
        return ticker;
    }
    return book;
}

std::optional<MarketFeed::Channel> ChannelNames::channelOf(std::string_view name) const
{
    if (name == book) {
        return MarketFeed::Channel::OrderBook;
    }
    if (name == trades) {
        return MarketFeed::Channel::Trades;
    }
    if (name == ticker) {
        return MarketFeed::Channel::Ticker;
    }
    return std::nullopt;
}

std::optional<PendingRequests::Stream> PendingRequests::take(const std::string& id)
{
    auto it = m_byId.find(id);
    if (it == m_byId.end()) {
        return std::nullopt;
    }
    Stream stream = std::move(it->second);
    m_byId.erase(it);
    return stream;
}

void readChanges(const JsonRef& levels, BookSide side, std::vector<BookLevelChange>& out, const char* exchange)
{
    for (const JsonRef& level : levels.items()) {
        auto price = level[0].decimal();
        auto amount = level[1].decimal();
        if (!price || !amount) {
            unreadable(exchange);
        }
        out.push_back({side, *price, *amount});
    }
}

std::vector<PriceLevel> readLevels(const JsonRef& levels, const char* exchange)
{
    std::vector<BookLevelChange> changes;
    readChanges(levels, BookSide::Bid, changes, exchange);
    std::vector<PriceLevel> out;
    out.reserve(changes.size());
    for (const auto& change : changes) {
        out.push_back({change.price, change.amount});
    }
    return out;
}

BookLevelChange readSidedChange(const JsonRef& change, const char* exchange)
{
    const auto side = change[0].stringView();
    auto price = change[1].decimal();
    auto amount = change[2].decimal();
    if (!side || (*side != "buy" && *side != "sell") || !price || !amount) {
        unreadable(exchange);
    }
    return {*side == "buy" ? BookSide::Bid : BookSide::Ask, *price, *amount};
}

OrderBook bookOf(const std::string& symbol, const std::vector<BookLevelChange>& levels)
{
    OrderBook book;
    book.symbol = symbol;
    for (const auto& level : levels) {
        if (!level.amount.isZero()) {
            (level.side == BookSide::Bid ? book.bids : book.asks).push_back({level.price, level.amount});
        }
    }
    book.sort();
    return book;
}

} // namespace bourse::ex::stream
