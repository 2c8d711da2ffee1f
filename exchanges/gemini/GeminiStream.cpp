// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeminiStream.h"

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/StreamReading.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string request(const char* type, const Market& market)
{
    JsonValue symbols = JsonValue::array();
    symbols.push(upper(market.id));
    JsonValue subscription = JsonValue::object();
    subscription.set("name", "l2");
    subscription.set("symbols", std::move(symbols));
    JsonValue subscriptions = JsonValue::array();
    subscriptions.push(std::move(subscription));
    JsonValue message = JsonValue::object();
    message.set("type", type);
    message.set("subscriptions", std::move(subscriptions));
    return message.dump();
}

// {"type":"l2_updates","symbol":"BTCUSD","changes":[["buy","22252.37","0.02"],..],"trades":[..],
//  "auction_events":[..]}: with "trades" the whole book, without them changes to it.
StreamBookMessage parseBook(const JsonRef& m, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.snapshot = m.has("trades");
    std::vector<BookLevelChange> changes;
    for (const JsonRef& change : m["changes"].items()) {
        changes.push_back(stream::readSidedChange(change, "gemini"));
    }
    if (!message.update.snapshot) {
        message.update.changes = std::move(changes);
        return message;
    }
    message.update.book = stream::bookOf(symbol, changes);
    return message;
}

// {"type":"trade","symbol":"BTCUSD","event_id":122258166738,"timestamp":1655330221424,"price":"22269.14",
//  "quantity":"0.00004473","side":"buy"}: the side is the taker's.
Trade parseTrade(const JsonRef& m, const std::string& symbol)
{
    Trade trade;
    trade.symbol = symbol;
    trade.id = m["event_id"].string();
    trade.timestamp = m["timestamp"].integer();
    trade.price = m["price"].decimal();
    trade.amount = m["quantity"].decimal();
    if (auto side = m["side"].string()) {
        trade.side = lower(*side);
    }
    trade.takerOrMaker = std::string("taker");
    trade.info = JsonValue::fromRef(m);
    trade.complete();
    return trade;
}

} // namespace

std::string GeminiStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://api.gemini.com/v2/marketdata";
}

std::vector<std::string> GeminiStream::subscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    m_streams.insert({market.symbol, channel});
    return {request("subscribe", market)};
}

std::vector<std::string> GeminiStream::unsubscribe(MarketFeed::Channel channel, const Market& market, uint64_t) const
{
    m_streams.erase({market.symbol, channel});
    const bool shared = std::any_of(m_streams.begin(), m_streams.end(),
                                    [&](const auto& stream) { return stream.first == market.symbol; });
    if (shared) {
        return {}; // the other stream of the symbol still needs the subscription
    }
    return {request("unsubscribe", market)};
}

std::optional<Error> GeminiStream::unsupported(MarketFeed::Channel channel) const
{
    if (channel == MarketFeed::Channel::Ticker) {
        return Error(ErrorKind::NotSupported, "gemini has no ticker stream");
    }
    return std::nullopt;
}

void GeminiStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    if (m["result"].stringOr("") == "error" || m["type"].stringOr("") == "error") {
        // {"result":"error","reason":"NoValidTradingPairs"}: names no symbol, so every stream hears of it.
        out.errors.push_back(
            {MarketFeed::Channel::OrderBook,
             {},
             Error(ErrorKind::BadRequest,
                   "gemini refused a subscription: " + m["reason"].stringOr("no reason given")
                       + (m.has("message") ? " (" + m["message"].stringOr("") + ")" : std::string()))});
        return;
    }
    const std::string type = m["type"].stringOr("");
    const std::string marketId = lower(m["symbol"].stringOr(""));
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    if (type == "l2_updates") {
        // The trades beside the first book are those before the subscription: history, not news.
        out.books.push_back(parseBook(m, symbol));
    } else if (type == "trade") {
        out.addTrade(parseTrade(m, symbol));
    }
    // heartbeat and subscription acknowledgements carry nothing for the feed.
}

} // namespace bourse::ex
