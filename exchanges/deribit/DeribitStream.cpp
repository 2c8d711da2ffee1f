// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeribitStream.h"

#include "DeribitParsers.h"
#include "core/Json.h"
#include "core/StreamReading.h"

#include <algorithm>

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"book", "trades", "ticker"};

std::string channelName(MarketFeed::Channel channel, const Market& market)
{
    return std::string(kChannels.of(channel)) + "." + market.id + ".100ms";
}

std::string rpc(long long id, const char* method, JsonValue params)
{
    JsonValue message = JsonValue::object();
    message.set("jsonrpc", "2.0");
    message.set("id", id);
    message.set("method", method);
    message.set("params", std::move(params));
    return message.dump();
}

std::string subscription(const char* method, MarketFeed::Channel channel, const Market& market, uint64_t requestId)
{
    JsonValue channels = JsonValue::array();
    channels.push(channelName(channel, market));
    JsonValue params = JsonValue::object();
    params.set("channels", std::move(channels));
    return rpc(static_cast<long long>(requestId), method, std::move(params));
}

// ["new"|"change"|"delete", price, amount]
void readChanges(const JsonRef& levels, BookSide side, std::vector<BookLevelChange>& out)
{
    for (const JsonRef& level : levels.items()) {
        const auto action = level[0].stringView();
        auto price = level[1].decimal();
        auto amount = level[2].decimal();
        if (!action || (*action != "new" && *action != "change" && *action != "delete") || !price || !amount) {
            throw Error(ErrorKind::BadResponse, "deribit book message with an unreadable level");
        }
        out.push_back({side, *price, *action == "delete" ? Decimal() : *amount});
    }
}

// {"type":"snapshot"|"change","timestamp":1655395057025,"instrument_name":"BTC_USDC","change_id":1550694837,
//  "prev_change_id":1550694836,"bids":[["new",20987,0.487]],"asks":[["delete",20999,0]]}
StreamBookMessage parseBook(const JsonRef& data, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.timestamp = data["timestamp"].integer().value_or(0);
    const auto changeId = data["change_id"].integer();
    if (!changeId || *changeId < 0) {
        throw Error(ErrorKind::BadResponse, "deribit book message without its change_id");
    }
    message.lastUpdateId = static_cast<uint64_t>(*changeId);
    std::vector<BookLevelChange> levels;
    readChanges(data["bids"], BookSide::Bid, levels);
    readChanges(data["asks"], BookSide::Ask, levels);
    if (data["type"].stringOr("") == "snapshot") {
        message.update.snapshot = true;
        message.update.book = stream::bookOf(symbol, levels);
        return message;
    }
    const auto previous = data["prev_change_id"].integer();
    if (!previous || *previous < 0) {
        throw Error(ErrorKind::BadResponse, "deribit book change without its prev_change_id");
    }
    message.previousUpdateId = static_cast<uint64_t>(*previous);
    message.update.changes = std::move(levels);
    return message;
}

} // namespace

std::string DeribitStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://www.deribit.com/ws/api/v2";
}

std::string DeribitStream::ownRequest(const char* method, JsonValue params) const
{
    return rpc(static_cast<long long>(m_nextOwnId++), method, std::move(params));
}

std::vector<std::string> DeribitStream::greeting() const
{
    JsonValue params = JsonValue::object();
    params.set("interval", kHeartbeatSeconds);
    return {ownRequest("public/set_heartbeat", std::move(params))};
}

std::vector<std::string> DeribitStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                                  uint64_t requestId) const
{
    m_pending.remember(std::to_string(requestId), {channel, market.symbol, channelName(channel, market)});
    return {subscription("public/subscribe", channel, market, requestId)};
}

std::vector<std::string> DeribitStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                    uint64_t requestId) const
{
    return {subscription("public/unsubscribe", channel, market, requestId)};
}

void DeribitStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string method = m["method"].stringOr("");
    if (method == "heartbeat") {
        // {"jsonrpc":"2.0","method":"heartbeat","params":{"type":"test_request"}}: answered at once; a plain
        // {"type":"heartbeat"} only proves the connection alive.
        if (m["params"]["type"].stringOr("") == "test_request") {
            out.replies.push_back(ownRequest("public/test", JsonValue::object()));
        }
        return;
    }
    if (method != "subscription") {
        parseAnswer(m, out);
        return;
    }
    const JsonRef params = m["params"];
    const std::string channel = params["channel"].stringOr("");
    const JsonRef data = params["data"];
    const auto dot = channel.find('.');
    const auto kind = kChannels.channelOf(std::string_view(channel).substr(0, dot));
    if (!kind) {
        return;
    }
    // "book.BTC_USDC.100ms": the instrument between the first and the last dot.
    const auto lastDot = channel.rfind('.');
    const std::string marketId =
        dot == std::string::npos || lastDot <= dot ? std::string() : channel.substr(dot + 1, lastDot - dot - 1);
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    if (kind == MarketFeed::Channel::OrderBook) {
        out.books.push_back(parseBook(data, symbol));
    } else if (kind == MarketFeed::Channel::Trades) {
        // [{"trade_seq":..,"trade_id":"..","timestamp":..,"price":..,"amount":..,"direction":"buy",..}]
        for (const JsonRef& raw : data.items()) {
            out.addTrade(deribit::parseTrade(raw, exchange, market));
        }
    } else {
        out.tickers.push_back(deribit::parseTicker(data, exchange, market));
    }
}

void DeribitStream::parseAnswer(const JsonRef& m, StreamEvents& out) const
{
    const auto pending = m_pending.take(m["id"].stringOr(""));
    const JsonRef error = m["error"];
    if (!pending) {
        if (!error.isNull()) {
            // An answer to the protocol's own request (set_heartbeat): it concerns the whole connection.
            out.errors.push_back({MarketFeed::Channel::OrderBook,
                                  {},
                                  Error(ErrorKind::ExchangeError,
                                        "deribit refused a request (" + error["code"].stringOr("?")
                                            + "): " + error["message"].stringOr("no reason given"))});
        }
        return; // public/test's answer, acknowledgements of unsubscriptions
    }
    if (!error.isNull()) {
        // {"jsonrpc":"2.0","id":3,"error":{"message":"Invalid params","data":{"reason":"invalid format",
        //  "param":"channels"},"code":-32602}}
        std::string reason = error["message"].stringOr("no reason given");
        if (auto detail = error["data"]["reason"].string()) {
            reason += " (" + *detail + ")";
        }
        out.errors.push_back({pending->channel, pending->symbol,
                              Error(ErrorKind::BadRequest,
                                    "deribit refused a subscription to " + pending->name + " ("
                                        + error["code"].stringOr("?") + "): " + reason)});
        return;
    }
    // {"jsonrpc":"2.0","id":2,"result":["book.BTC_USDC.100ms"]}: a channel Deribit does not know is left out.
    const auto subscribed = m["result"].items();
    const bool granted = std::any_of(subscribed.begin(), subscribed.end(),
                                     [&](const JsonRef& name) { return name.stringOr("") == pending->name; });
    if (!granted) {
        out.errors.push_back({pending->channel, pending->symbol,
                              Error(ErrorKind::BadRequest, "deribit did not subscribe to " + pending->name)});
    }
}

} // namespace bourse::ex
