// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitfinexStream.h"

#include "BitfinexParsers.h"
#include "core/BookChecksum.h"
#include "core/Crc32.h"
#include "core/Exchange.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"book", "trades", "ticker"};

// [price, count, amount]: amount > 0 a bid, < 0 an ask; count 0 removes the level (amount then 1 or -1).
BookLevelChange readLevel(const JsonRef& level)
{
    auto price = level[0].decimal();
    auto count = level[1].integer();
    auto amount = level[2].decimal();
    if (!price || !count || !amount || amount->isZero()) {
        throw Error(ErrorKind::BadResponse, "bitfinex book message with an unreadable level");
    }
    const BookSide side = amount->isNegative() ? BookSide::Ask : BookSide::Bid;
    return {side, *price, *count == 0 ? Decimal() : amount->abs()};
}

StreamBookMessage parseBook(const JsonRef& payload, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    // A snapshot is a list of levels (possibly empty); an update is one level.
    if (payload.size() == 0 || payload[0].isArray()) {
        message.update.snapshot = true;
        message.update.book.symbol = symbol;
        for (const JsonRef& entry : payload.items()) {
            const BookLevelChange level = readLevel(entry);
            (level.side == BookSide::Bid ? message.update.book.bids : message.update.book.asks)
                .push_back({level.price, level.amount});
        }
        message.update.book.sort();
    } else {
        message.update.changes.push_back(readLevel(payload));
    }
    return message;
}

} // namespace

std::string BitfinexStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://api-pub.bitfinex.com/ws/2";
}

std::vector<std::string> BitfinexStream::subscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    JsonValue message = JsonValue::object();
    message.set("event", "subscribe");
    message.set("channel", kChannels.of(channel));
    message.set("symbol", market.id);
    if (channel != MarketFeed::Channel::OrderBook) {
        return {message.dump()};
    }
    message.set("prec", "P0");
    message.set("freq", "F0");
    message.set("len", "25");
    JsonValue conf = JsonValue::object();
    conf.set("event", "conf");
    conf.set("flags", static_cast<long long>(kChecksumFlag));
    return {conf.dump(), message.dump()};
}

std::vector<std::string> BitfinexStream::unsubscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        if (it->second.channel == channel && it->second.symbol == market.symbol) {
            JsonValue message = JsonValue::object();
            message.set("event", "unsubscribe");
            message.set("chanId", it->first);
            // Forgotten at once: whatever still arrives on the id belongs to no stream.
            m_channels.erase(it);
            return {message.dump()};
        }
    }
    return {}; // not acknowledged yet: nothing Bitfinex could unsubscribe by
}

void BitfinexStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    if (m.isObject()) {
        parseEvent(m, exchange, out);
    } else if (m.isArray()) {
        parseData(m, exchange, out);
    } else {
        throw Error(ErrorKind::BadResponse, "bitfinex frame that is neither an event nor a channel message");
    }
}

void BitfinexStream::parseEvent(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const
{
    const std::string event = m["event"].stringOr("");
    const std::string marketId = m["symbol"].stringOr("");
    const auto channel = kChannels.channelOf(m["channel"].stringOr(""));
    if (event == "subscribed") {
        // {"event":"subscribed","channel":"book","chanId":10961,"symbol":"tBTCUSD","prec":"P0",..}
        auto id = m["chanId"].integer();
        if (id && channel) {
            const std::string symbol = exchange.safeSymbol(marketId, exchange.findMarketById(marketId));
            // A stream has one live id: an older one (from before a resubscription) is dead.
            std::erase_if(m_channels, [&](const auto& entry) {
                return entry.second.channel == *channel && entry.second.symbol == symbol;
            });
            m_channels[*id] = {*channel, symbol};
        }
    } else if (event == "info" && m.has("version")) {
        m_channels.clear(); // the greeting of a new connection: the old one's ids are gone with it
    } else if (event == "unsubscribed") {
        if (auto id = m["chanId"].integer()) {
            m_channels.erase(*id);
        }
    } else if (event == "error") {
        // {"event":"error","msg":"symbol: invalid","code":10300,"channel":"book","symbol":"tBTCUSDX",..}
        std::string symbol;
        if (!marketId.empty()) {
            symbol = exchange.safeSymbol(marketId, exchange.findMarketById(marketId));
        }
        out.errors.push_back({channel.value_or(MarketFeed::Channel::OrderBook), symbol,
                              Error(ErrorKind::BadRequest,
                                    "bitfinex refused a subscription (" + m["code"].string().value_or("?")
                                        + "): " + m["msg"].stringOr("no reason given"))});
    }
    // info (version, maintenance notices), conf and pong say nothing about the streams.
}

void BitfinexStream::parseData(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const
{
    auto id = m[0].integer();
    auto it = id ? m_channels.find(*id) : m_channels.end();
    if (it == m_channels.end()) {
        return; // a channel already unsubscribed, or never ours
    }
    const Stream& stream = it->second;
    const JsonRef second = m[1];
    if (second.isString()) {
        const std::string tag(*second.stringView());
        if (tag == "cs" && stream.channel == MarketFeed::Channel::OrderBook) {
            // The checksum of the book after the updates before it: a message with no change that carries it.
            auto checksum = m[2].integer();
            if (!checksum) {
                throw Error(ErrorKind::BadResponse, "bitfinex checksum message without its checksum");
            }
            StreamBookMessage book;
            book.update.symbol = stream.symbol;
            book.checksum = static_cast<uint32_t>(static_cast<int32_t>(*checksum));
            out.books.push_back(std::move(book));
        } else if (tag == "te" && stream.channel == MarketFeed::Channel::Trades) {
            out.addTrade(bitfinex::parseTrade(m[2], exchange, exchange.findMarket(stream.symbol)));
        }
        return; // "hb", and "tu" (the same trade again)
    }
    switch (stream.channel) {
    case MarketFeed::Channel::OrderBook:
        out.books.push_back(parseBook(second, stream.symbol));
        break;
    case MarketFeed::Channel::Ticker:
        out.tickers.push_back(bitfinex::parseTicker(second, exchange.findMarket(stream.symbol), exchange));
        break;
    case MarketFeed::Channel::Trades:
        break; // the trades before the subscription: history, not news
    }
}

std::optional<uint32_t> BitfinexStream::bookChecksum(const OrderBook& book, const Market&) const
{
    return crc32(interleavedBookText(book, 25, true));
}

} // namespace bourse::ex
