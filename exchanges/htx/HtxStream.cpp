// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtxStream.h"

#include "Htx.h"
#include "HtxParsers.h"
#include "core/Gzip.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

std::string topicOf(MarketFeed::Channel channel, const Market& market)
{
    switch (channel) {
    case MarketFeed::Channel::OrderBook:
        return "market." + market.id + ".mbp." + std::to_string(HtxStream::kDepth);
    case MarketFeed::Channel::Trades:
        return "market." + market.id + ".trade.detail";
    case MarketFeed::Channel::Ticker:
        return "market." + market.id + ".detail";
    }
    return {};
}

std::string request(const char* verb, const std::string& topic, const std::string& id)
{
    JsonValue message = JsonValue::object();
    message.set(verb, topic);
    message.set("id", id);
    return message.dump();
}

// "market.btcusdt.mbp.150" -> "btcusdt"
std::string marketIdOf(const std::string& topic)
{
    const auto first = topic.find('.');
    const auto second = topic.find('.', first + 1);
    if (first == std::string::npos || second == std::string::npos) {
        return {};
    }
    return topic.substr(first + 1, second - first - 1);
}

// The channel a topic names, by what follows the market id.
std::optional<MarketFeed::Channel> channelOf(const std::string& topic)
{
    const std::string marketId = marketIdOf(topic);
    if (marketId.empty()) {
        return std::nullopt;
    }
    const std::string rest = topic.substr(std::string("market.").size() + marketId.size());
    if (rest.rfind(".mbp.", 0) == 0) {
        return MarketFeed::Channel::OrderBook;
    }
    if (rest == ".trade.detail") {
        return MarketFeed::Channel::Trades;
    }
    if (rest == ".detail") {
        return MarketFeed::Channel::Ticker;
    }
    return std::nullopt;
}

uint64_t seqNumOf(const JsonRef& value, const char* what)
{
    auto number = value.integer();
    if (!number || *number < 0) {
        throw Error(ErrorKind::BadResponse, std::string("htx book message without its ") + what);
    }
    return static_cast<uint64_t>(*number);
}

} // namespace

std::string HtxStream::url(MarketFeed::Channel channel, const Market&) const
{
    return channel == MarketFeed::Channel::OrderBook ? "wss://api.huobi.pro/feed" : "wss://api.huobi.pro/ws";
}

std::vector<std::string> HtxStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                              uint64_t requestId) const
{
    const std::string id = std::to_string(requestId);
    m_pending.remember(id, {channel, market.symbol, {}});
    const std::string topic = topicOf(channel, market);
    if (channel != MarketFeed::Channel::OrderBook) {
        return {request("sub", topic, id)};
    }
    // The snapshot after the subscription: what it holds, the messages after it continue.
    m_pending.remember(id + "s", {channel, market.symbol, {}});
    return {request("sub", topic, id), request("req", topic, id + "s")};
}

std::vector<std::string> HtxStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                uint64_t requestId) const
{
    return {request("unsub", topicOf(channel, market), std::to_string(requestId))};
}

void HtxStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const auto* htx = dynamic_cast<const Htx*>(&exchange);
    if (!htx) {
        throw Error(ErrorKind::NotSupported, "htx's stream protocol needs the htx exchange");
    }
    const std::string text = isGzip(frame) ? gunzip(frame) : std::string(frame);
    const JsonDocument doc = JsonDocument::parse(text);
    const JsonRef m = doc.root();
    if (m.has("ping")) {
        // {"ping":1492420473027}: answered with the same number, as raw as it came.
        out.replies.push_back(R"({"pong":)" + std::string(m["ping"].rawText()) + "}");
        return;
    }
    if (m.has("status")) {
        parseReply(m, exchange, out);
        return;
    }
    const std::string topic = m["ch"].stringOr("");
    const auto channel = channelOf(topic);
    if (!channel) {
        return; // notices
    }
    const std::string marketId = marketIdOf(topic);
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    const JsonRef tick = m["tick"];
    if (channel == MarketFeed::Channel::OrderBook) {
        // {"ch":"market.btcusdt.mbp.150","ts":1583472025885,"tick":{"seqNum":104998984994,
        //  "prevSeqNum":104998984977,"bids":[[9058.27,0]],"asks":[[9084.27,0.2]]}}
        StreamBookMessage book;
        book.update.symbol = symbol;
        book.update.timestamp = m["ts"].integer().value_or(0);
        book.lastUpdateId = seqNumOf(tick["seqNum"], "seqNum");
        book.previousUpdateId = seqNumOf(tick["prevSeqNum"], "prevSeqNum");
        if (auto snapshot = m_snapshotSeqNum.find(symbol);
            snapshot != m_snapshotSeqNum.end() && book.lastUpdateId <= snapshot->second) {
            return; // already in the snapshot
        }
        stream::readChanges(tick["bids"], BookSide::Bid, book.update.changes, "htx");
        stream::readChanges(tick["asks"], BookSide::Ask, book.update.changes, "htx");
        out.books.push_back(std::move(book));
    } else if (channel == MarketFeed::Channel::Trades) {
        // {"ch":"market.btcusdt.trade.detail","ts":..,"tick":{"id":..,"ts":..,"data":[{"id":1.050046453727319e+22,
        //  "ts":1583495833751,"tradeId":102090727790,"amount":0.003893,"price":9150.01,"direction":"sell"}]}}
        for (const JsonRef& raw : tick["data"].items()) {
            Trade trade = htx::parseTrade(raw, *htx, market);
            // `id` is a float that has lost its last digits; tradeId is the trade's number, as in REST's trade-id.
            if (auto tradeId = raw["tradeId"].string()) {
                trade.id = *tradeId;
            }
            out.addTrade(std::move(trade));
        }
    } else {
        // {"ch":"market.btcusdt.detail","ts":1583494163784,"tick":{"id":209988464418,"low":8988,"high":9155.41,
        //  "open":9078.91,"close":9136.46,"vol":237813910.5928412,"amount":26184.202558551195,..}}
        Ticker ticker = htx::parseTicker(tick, *htx, market);
        if (!ticker.timestamp) {
            ticker.timestamp = m["ts"].integer();
        }
        out.tickers.push_back(std::move(ticker));
    }
}

void HtxStream::parseReply(const JsonRef& m, const Exchange& exchange, StreamEvents& out) const
{
    const auto target = m_pending.take(m["id"].stringOr("")).value_or(stream::PendingRequests::Stream {});
    if (m["status"].stringOr("") != "ok") {
        // {"id":"2","status":"error","err-code":"bad-request","err-msg":"invalid topic market.btcusdx.detail",..}
        out.errors.push_back({target.channel, target.symbol,
                              Error(ErrorKind::BadRequest,
                                    "htx refused a subscription (" + m["err-code"].stringOr("?")
                                        + "): " + m["err-msg"].stringOr("no reason given"))});
        return;
    }
    const std::string topic = m["rep"].stringOr("");
    if (topic.empty() || channelOf(topic) != MarketFeed::Channel::OrderBook) {
        return; // {"id":"1","status":"ok","subbed":"market.btcusdt.mbp.150","ts":1489474081631}
    }
    // {"id":"2s","rep":"market.btcusdt.mbp.150","status":"ok","ts":..,"data":{"seqNum":104999417756,
    //  "bids":[[9058.27,0.5]],"asks":[[9084.27,0.2]]}}
    const JsonRef data = m["data"];
    const std::string marketId = marketIdOf(topic);
    StreamBookMessage book;
    book.update.symbol = exchange.safeSymbol(marketId, exchange.findMarketById(marketId));
    book.update.snapshot = true;
    book.update.timestamp = m["ts"].integer().value_or(0);
    book.lastUpdateId = seqNumOf(data["seqNum"], "seqNum");
    std::vector<BookLevelChange> levels;
    stream::readChanges(data["bids"], BookSide::Bid, levels, "htx");
    stream::readChanges(data["asks"], BookSide::Ask, levels, "htx");
    book.update.book = stream::bookOf(book.update.symbol, levels);
    book.update.book.nonce = static_cast<long long>(book.lastUpdateId);
    m_snapshotSeqNum[book.update.symbol] = book.lastUpdateId;
    out.books.push_back(std::move(book));
}

} // namespace bourse::ex
