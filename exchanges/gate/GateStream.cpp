// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateStream.h"

#include "Gate.h"
#include "GateParsers.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"spot.order_book_update", "spot.trades", "spot.tickers"};

// {"time":1650189272,"channel":"spot.order_book_update","event":"update","result":{"t":1650189272515,
//  "e":"depthUpdate","E":1650189272,"s":"GMT_USDT","U":140595902,"u":140595902,"b":[["2.51518","228.119"]],
//  "a":[["2.5182","4.199"]]}}
StreamBookMessage parseBook(const JsonRef& result, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.timestamp = result["t"].integer().value_or(0);
    auto first = result["U"].integer();
    auto last = result["u"].integer();
    if (!first || !last || *first <= 0 || *last < *first) {
        throw Error(ErrorKind::BadResponse, "gate order book update without its update ids");
    }
    message.firstUpdateId = static_cast<uint64_t>(*first);
    message.lastUpdateId = static_cast<uint64_t>(*last);
    stream::readChanges(result["b"], BookSide::Bid, message.update.changes, "gate");
    stream::readChanges(result["a"], BookSide::Ask, message.update.changes, "gate");
    return message;
}

} // namespace

GateStream::GateStream(Gate& exchange)
    : m_exchange(exchange)
{
}

std::string GateStream::request(const char* event, MarketFeed::Channel channel, const Market& market,
                                uint64_t requestId) const
{
    JsonValue payload = JsonValue::array();
    payload.push(market.id);
    if (channel == MarketFeed::Channel::OrderBook) {
        payload.push("100ms");
    }
    JsonValue message = JsonValue::object();
    message.set("time", m_exchange.clock().milliseconds() / 1000);
    message.set("id", static_cast<long long>(requestId));
    message.set("channel", kChannels.of(channel));
    message.set("event", event);
    message.set("payload", std::move(payload));
    return message.dump();
}

std::string GateStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://api.gateio.ws/ws/v4/";
}

std::vector<std::string> GateStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                               uint64_t requestId) const
{
    m_pending.remember(std::to_string(requestId), {channel, market.symbol, {}});
    return {request("subscribe", channel, market, requestId)};
}

std::vector<std::string> GateStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                 uint64_t requestId) const
{
    return {request("unsubscribe", channel, market, requestId)};
}

std::string GateStream::heartbeat() const
{
    JsonValue message = JsonValue::object();
    message.set("time", m_exchange.clock().milliseconds() / 1000);
    message.set("channel", "spot.ping");
    return message.dump();
}

void GateStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string event = m["event"].stringOr("");
    const std::string channel = m["channel"].stringOr("");
    if (event == "subscribe" || event == "unsubscribe") {
        // {"time":..,"id":3,"channel":"spot.trades","event":"subscribe","result":{"status":"success"}} or, refused,
        // {"time":..,"id":3,"channel":"spot.trades","event":"subscribe","error":{"code":2,"message":".."}}
        const auto target = m_pending.take(m["id"].stringOr("")).value_or(stream::PendingRequests::Stream {});
        const JsonRef error = m["error"];
        if (event == "subscribe" && !error.isNull()) {
            out.errors.push_back({target.channel, target.symbol,
                                  Error(ErrorKind::BadRequest,
                                        "gate refused a subscription to " + channel + ": "
                                            + error["message"].stringOr("no reason given"))});
        }
        return;
    }
    if (event != "update") {
        return; // spot.pong and notices
    }
    const JsonRef result = m["result"];
    if (channel == "spot.order_book_update") {
        const std::string marketId = result["s"].stringOr("");
        out.books.push_back(parseBook(result, exchange.safeSymbol(marketId, exchange.findMarketById(marketId))));
    } else if (channel == "spot.trades") {
        const Market* market = exchange.findMarketById(result["currency_pair"].stringOr(""));
        out.addTrade(gate::parseTrade(result, m_exchange, market));
    } else if (channel == "spot.tickers") {
        const Market* market = exchange.findMarketById(result["currency_pair"].stringOr(""));
        out.tickers.push_back(gate::parseTicker(result, m_exchange, market));
    }
}

} // namespace bourse::ex
