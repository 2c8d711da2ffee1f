// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkxStream.h"

#include "Okx.h"
#include "OkxParsers.h"
#include "core/BookChecksum.h"
#include "core/Crc32.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"books", "trades", "tickers"};

std::string request(const char* op, MarketFeed::Channel channel, const Market& market)
{
    JsonValue arg = JsonValue::object();
    arg.set("channel", kChannels.of(channel));
    arg.set("instId", market.id);
    JsonValue args = JsonValue::array();
    args.push(std::move(arg));
    JsonValue message = JsonValue::object();
    message.set("op", op);
    message.set("args", std::move(args));
    return message.dump();
}

// {"arg":{"channel":"books","instId":"BTC-USDT"},"action":"snapshot"|"update","data":[{"asks":[..],"bids":[..],
//  "ts":"1626532416403","checksum":-1023440116,"prevSeqId":-1,"seqId":123456}]}
void parseBook(const JsonRef& m, const std::string& symbol, StreamEvents& out)
{
    const bool snapshot = m["action"].stringOr("") == "snapshot";
    for (const JsonRef& entry : m["data"].items()) {
        StreamBookMessage book;
        book.update.symbol = symbol;
        book.update.snapshot = snapshot;
        book.update.timestamp = entry["ts"].integer().value_or(0);
        auto seqId = entry["seqId"].integer();
        if (!seqId) {
            throw Error(ErrorKind::BadResponse, "okx book message without its seqId");
        }
        book.lastUpdateId = static_cast<uint64_t>(*seqId);
        std::vector<BookLevelChange> levels;
        // [price, size, liquidated orders (deprecated), orders]
        stream::readChanges(entry["bids"], BookSide::Bid, levels, "okx");
        stream::readChanges(entry["asks"], BookSide::Ask, levels, "okx");
        if (snapshot) {
            book.update.book = stream::bookOf(symbol, levels);
        } else {
            // -1 on a snapshot; an update with no change repeats the last seqId as its prevSeqId.
            const long long previous = entry["prevSeqId"].integer().value_or(-1);
            if (previous < 0) {
                throw Error(ErrorKind::BadResponse, "okx book update without its prevSeqId");
            }
            book.previousUpdateId = static_cast<uint64_t>(previous);
            book.update.changes = std::move(levels);
        }
        // Zero since OKX deprecated the field: nothing to check.
        if (auto checksum = entry["checksum"].integer(); checksum && *checksum != 0) {
            book.checksum = static_cast<uint32_t>(static_cast<int32_t>(*checksum));
        }
        out.books.push_back(std::move(book));
    }
}

// The text after `key` up to the next ',' or space: OKX names the stream it refuses only inside its message
// ("Wrong URL or channel:books,instId:BTC-USDX doesn't exist").
std::string fieldIn(const std::string& text, std::string_view key)
{
    const auto at = text.find(key);
    if (at == std::string::npos) {
        return {};
    }
    const auto start = at + key.size();
    const auto end = text.find_first_of(", ", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

void parseError(const JsonRef& m, const Exchange& exchange, StreamEvents& out)
{
    // {"event":"error","code":"60018","msg":"Wrong URL or channel:books,instId:BTC-USDX doesn't exist","connId":".."}
    const std::string message = m["msg"].stringOr("no reason given");
    std::string channel = m["arg"]["channel"].stringOr("");
    std::string instrument = m["arg"]["instId"].stringOr("");
    if (channel.empty()) {
        channel = fieldIn(message, "channel:");
        instrument = fieldIn(message, "instId:");
    }
    std::string symbol;
    if (!instrument.empty()) {
        symbol = exchange.safeSymbol(instrument, exchange.findMarketById(instrument));
    }
    out.errors.push_back(
        {kChannels.channelOf(channel).value_or(MarketFeed::Channel::OrderBook), symbol,
         Error(ErrorKind::BadRequest, "okx refused a subscription (" + m["code"].stringOr("?") + "): " + message)});
}

} // namespace

OkxStream::OkxStream(std::string baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
}

std::string OkxStream::url(MarketFeed::Channel, const Market&) const
{
    return m_baseUrl + "/public";
}

std::vector<std::string> OkxStream::subscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    return {request("subscribe", channel, market)};
}

std::vector<std::string> OkxStream::unsubscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    return {request("unsubscribe", channel, market)};
}

void OkxStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    if (frame == "pong") {
        return; // the answer to the heartbeat: it proved the connection alive by arriving
    }
    const auto* okx = dynamic_cast<const Okx*>(&exchange);
    if (!okx) {
        throw Error(ErrorKind::NotSupported, "okx's stream protocol needs the okx exchange");
    }
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string event = m["event"].stringOr("");
    if (event == "error") {
        parseError(m, exchange, out);
        return;
    }
    if (!event.empty()) {
        return; // subscribe/unsubscribe acknowledgements, notices
    }
    const std::string channel = m["arg"]["channel"].stringOr("");
    const std::string marketId = m["arg"]["instId"].stringOr("");
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    if (channel == "books") {
        parseBook(m, symbol, out);
    } else if (channel == "trades") {
        for (const JsonRef& entry : m["data"].items()) {
            out.addTrade(okx::parseTrade(entry, market, *okx));
        }
    } else if (channel == "tickers") {
        for (const JsonRef& entry : m["data"].items()) {
            out.tickers.push_back(okx::parseTicker(entry, market, *okx));
        }
    }
}

std::optional<uint32_t> OkxStream::bookChecksum(const OrderBook& book, const Market&) const
{
    return crc32(interleavedBookText(book, 25));
}

} // namespace bourse::ex
