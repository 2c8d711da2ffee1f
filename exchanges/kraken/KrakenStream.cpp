// SPDX-License-Identifier: GPL-3.0-or-later
#include "KrakenStream.h"

#include "core/Crc32.h"
#include "core/Exchange.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"book", "trade", "ticker"};

std::string request(const char* method, MarketFeed::Channel channel, const Market& market, uint64_t requestId)
{
    JsonValue params = JsonValue::object();
    params.set("channel", kChannels.of(channel));
    JsonValue symbols = JsonValue::array();
    symbols.push(market.symbol);
    params.set("symbol", std::move(symbols));
    if (channel == MarketFeed::Channel::OrderBook) {
        params.set("depth", static_cast<long long>(KrakenStream::kDepth));
    }
    JsonValue message = JsonValue::object();
    message.set("method", method);
    message.set("params", std::move(params));
    message.set("req_id", static_cast<long long>(requestId));
    return message.dump();
}

void readLevels(const JsonRef& levels, BookSide side, std::vector<BookLevelChange>& out)
{
    for (const JsonRef& level : levels.items()) {
        auto price = level["price"].decimal();
        auto qty = level["qty"].decimal();
        if (!price || !qty) {
            throw Error(ErrorKind::BadResponse, "kraken book message with an unreadable level");
        }
        out.push_back({side, *price, *qty});
    }
}

void parseBook(const JsonRef& message, bool snapshot, StreamEvents& out)
{
    for (const JsonRef& entry : message["data"].items()) {
        StreamBookMessage book;
        book.update.symbol = entry["symbol"].stringOr("");
        book.update.snapshot = snapshot;
        book.update.timestamp = parseIso8601(entry["timestamp"].stringOr("")).value_or(0);
        std::vector<BookLevelChange> levels;
        readLevels(entry["bids"], BookSide::Bid, levels);
        readLevels(entry["asks"], BookSide::Ask, levels);
        if (snapshot) {
            for (const auto& level : levels) {
                auto& side = level.side == BookSide::Bid ? book.update.book.bids : book.update.book.asks;
                side.push_back({level.price, level.amount});
            }
            book.update.book.symbol = book.update.symbol;
            book.update.book.sort();
        } else {
            book.update.changes = std::move(levels);
        }
        if (auto checksum = entry["checksum"].integer()) {
            book.checksum = static_cast<uint32_t>(*checksum);
        }
        out.books.push_back(std::move(book));
    }
}

void parseTrades(const JsonRef& message, StreamEvents& out)
{
    for (const JsonRef& entry : message["data"].items()) {
        Trade trade;
        trade.symbol = entry["symbol"].stringOr("");
        trade.id = entry["trade_id"].string();
        trade.timestamp = parseIso8601(entry["timestamp"].stringOr(""));
        trade.side = entry["side"].string();
        trade.type = entry["ord_type"].string();
        trade.price = entry["price"].decimal();
        trade.amount = entry["qty"].decimal();
        trade.info = JsonValue::fromRef(entry);
        trade.complete();
        if (!out.trades.empty() && out.trades.back().first == trade.symbol) {
            out.trades.back().second.push_back(std::move(trade));
        } else {
            out.trades.push_back({trade.symbol, {std::move(trade)}});
        }
    }
}

void parseTickers(const JsonRef& message, const Exchange& exchange, StreamEvents& out)
{
    for (const JsonRef& entry : message["data"].items()) {
        Ticker t;
        t.symbol = entry["symbol"].stringOr("");
        t.bid = entry["bid"].decimal();
        t.bidVolume = entry["bid_qty"].decimal();
        t.ask = entry["ask"].decimal();
        t.askVolume = entry["ask_qty"].decimal();
        t.last = entry["last"].decimal();
        t.close = t.last;
        t.baseVolume = entry["volume"].decimal();
        t.vwap = entry["vwap"].decimal();
        t.low = entry["low"].decimal();
        t.high = entry["high"].decimal();
        t.change = entry["change"].decimal();
        t.percentage = entry["change_pct"].decimal();
        t.info = JsonValue::fromRef(entry);
        t.complete(exchange.findMarket(t.symbol));
        out.tickers.push_back(std::move(t));
    }
}

} // namespace

std::string KrakenStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://ws.kraken.com/v2";
}

std::vector<std::string> KrakenStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                                 uint64_t requestId) const
{
    return {request("subscribe", channel, market, requestId)};
}

std::vector<std::string> KrakenStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                   uint64_t requestId) const
{
    return {request("unsubscribe", channel, market, requestId)};
}

void KrakenStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    if (m.has("method")) {
        // {"method":"subscribe","success":false,"error":"Currency pair not supported","symbol":"BTC/USDX",...};
        // acknowledgements and pongs carry nothing else.
        if (m["success"].boolean() == false) {
            const std::string channel = m["result"]["channel"].stringOr("");
            out.errors.push_back({kChannels.channelOf(channel).value_or(MarketFeed::Channel::OrderBook),
                                  m["symbol"].stringOr(""),
                                  Error(ErrorKind::BadRequest,
                                        "kraken refused a subscription: " + m["error"].stringOr("no reason given"))});
        }
        return;
    }
    const std::string channel = m["channel"].stringOr("");
    const std::string type = m["type"].stringOr("");
    if (channel == "book") {
        parseBook(m, type == "snapshot", out);
    } else if (channel == "trade") {
        // The snapshot holds the last trades before the subscription: history, not news.
        if (type == "update") {
            parseTrades(m, out);
        }
    } else if (channel == "ticker") {
        parseTickers(m, exchange, out);
    }
    // heartbeat and status say only that the connection lives.
}

std::string KrakenStream::checksumDigits(const Decimal& value, int places)
{
    std::string text = value.rounded(places).abs().toString();
    const auto point = text.find('.');
    std::string whole = point == std::string::npos ? text : text.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : text.substr(point + 1);
    if (places > 0) {
        fraction.resize(static_cast<size_t>(places), '0');
    } else {
        fraction.clear();
    }
    std::string digits = whole + fraction;
    const auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? std::string() : digits.substr(first);
}

std::optional<uint32_t> KrakenStream::bookChecksum(const OrderBook& book, const Market& market) const
{
    const int pricePlaces = market.precision.price ? std::max(0, market.precision.price->decimalPlaces()) : 8;
    const int amountPlaces = market.precision.amount ? std::max(0, market.precision.amount->decimalPlaces()) : 8;
    std::string text;
    for (size_t i = 0; i < book.asks.size() && i < kDepth; ++i) {
        text += checksumDigits(book.asks[i].price, pricePlaces) + checksumDigits(book.asks[i].amount, amountPlaces);
    }
    for (size_t i = 0; i < book.bids.size() && i < kDepth; ++i) {
        text += checksumDigits(book.bids[i].price, pricePlaces) + checksumDigits(book.bids[i].amount, amountPlaces);
    }
    return crc32(text);
}

} // namespace bourse::ex
