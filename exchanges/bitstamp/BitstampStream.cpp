// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitstampStream.h"

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

constexpr std::string_view kBookPrefix = "order_book_";
constexpr std::string_view kTradesPrefix = "live_trades_";

std::string channelName(MarketFeed::Channel channel, const Market& market)
{
    return std::string(channel == MarketFeed::Channel::Trades ? kTradesPrefix : kBookPrefix) + market.id;
}

std::string request(const char* event, MarketFeed::Channel channel, const Market& market)
{
    JsonValue data = JsonValue::object();
    data.set("channel", channelName(channel, market));
    JsonValue message = JsonValue::object();
    message.set("event", event);
    message.set("data", std::move(data));
    return message.dump();
}

// {"data":{"timestamp":"1583656800","microtimestamp":"1583656800237527","bids":[["8732.02","0.00002478"],..],
//  "asks":[..]},"channel":"order_book_btcusd","event":"data"}
StreamBookMessage parseBook(const JsonRef& data, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.snapshot = true;
    message.update.timestamp = data["microtimestamp"].integer().value_or(0) / 1000;
    message.update.book.symbol = symbol;
    message.update.book.bids = stream::readLevels(data["bids"], "bitstamp");
    message.update.book.asks = stream::readLevels(data["asks"], "bitstamp");
    message.update.book.timestamp = message.update.timestamp;
    message.update.book.sort();
    return message;
}

// {"data":{"id":108637852,"timestamp":"1584642064","amount":1.08,"amount_str":"1.08000000","price":6294.77,
//  "price_str":"6294.77","type":1,"microtimestamp":"1584642064685000","buy_order_id":..,"sell_order_id":..},
//  "channel":"live_trades_btcusd","event":"trade"}; type 0 is a buy, 1 a sell (the taker's side).
Trade parseTrade(const JsonRef& data, const std::string& symbol)
{
    Trade trade;
    trade.symbol = symbol;
    trade.id = data["id"].string();
    if (auto micro = data["microtimestamp"].integer()) {
        trade.timestamp = *micro / 1000;
    }
    // The _str fields keep the exact text; the bare numbers are floats.
    trade.price = data["price_str"].decimal();
    if (!trade.price) {
        trade.price = data["price"].decimal();
    }
    trade.amount = data["amount_str"].decimal();
    if (!trade.amount) {
        trade.amount = data["amount"].decimal();
    }
    if (auto type = data["type"].integer()) {
        trade.side = std::string(*type == 0 ? "buy" : "sell");
    }
    trade.info = JsonValue::fromRef(data);
    trade.complete();
    return trade;
}

// The market and stream a channel name stands for ("order_book_btcusd").
struct ChannelTarget
{
    MarketFeed::Channel channel = MarketFeed::Channel::OrderBook;
    std::string symbol;
};

std::optional<ChannelTarget> targetOf(const std::string& channel, const Exchange& exchange)
{
    for (auto [prefix, kind] : {std::pair {kBookPrefix, MarketFeed::Channel::OrderBook},
                                std::pair {kTradesPrefix, MarketFeed::Channel::Trades}}) {
        if (channel.starts_with(prefix)) {
            const std::string marketId = channel.substr(prefix.size());
            return ChannelTarget {kind, exchange.safeSymbol(marketId, exchange.findMarketById(marketId))};
        }
    }
    return std::nullopt;
}

} // namespace

std::string BitstampStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://ws.bitstamp.net";
}

std::vector<std::string> BitstampStream::subscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    return {request("bts:subscribe", channel, market)};
}

std::vector<std::string> BitstampStream::unsubscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    return {request("bts:unsubscribe", channel, market)};
}

std::optional<Error> BitstampStream::unsupported(MarketFeed::Channel channel) const
{
    if (channel == MarketFeed::Channel::Ticker) {
        return Error(ErrorKind::NotSupported, "bitstamp has no ticker stream");
    }
    return std::nullopt;
}

void BitstampStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string event = m["event"].stringOr("");
    const std::string channel = m["channel"].stringOr("");
    const auto target = targetOf(channel, exchange);
    if (event == "bts:error") {
        // {"event":"bts:error","channel":"","data":{"code":null,"message":"Bad subscription string."}}: the
        // channel is often empty, and then every stream of the connection hears of it.
        out.errors.push_back(
            {target ? target->channel : MarketFeed::Channel::OrderBook, target ? target->symbol : "",
             Error(ErrorKind::BadRequest,
                   "bitstamp refused a subscription: " + m["data"]["message"].stringOr("no reason given"))});
        return;
    }
    if (!target) {
        return; // acknowledgements, heartbeats and bts:request_reconnect (the server then closes; the feed reopens)
    }
    if (event == "data" && target->channel == MarketFeed::Channel::OrderBook) {
        out.books.push_back(parseBook(m["data"], target->symbol));
    } else if (event == "trade" && target->channel == MarketFeed::Channel::Trades) {
        out.addTrade(parseTrade(m["data"], target->symbol));
    }
}

} // namespace bourse::ex
