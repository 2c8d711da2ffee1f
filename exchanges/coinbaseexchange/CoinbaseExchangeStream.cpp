// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseExchangeStream.h"

#include "CoinbaseCommon.h"
#include "CoinbaseExchange.h"
#include "CoinbaseExchangeParsers.h"
#include "CoinbaseExchangeSigner.h"
#include "core/Json.h"
#include "core/StreamReading.h"

namespace bourse::ex {

namespace {

JsonValue request(const char* type, const std::string& channel, const Market& market)
{
    JsonValue products = JsonValue::array();
    products.push(market.id);
    JsonValue channels = JsonValue::array();
    channels.push(channel);
    JsonValue message = JsonValue::object();
    message.set("type", type);
    message.set("product_ids", std::move(products));
    message.set("channels", std::move(channels));
    return message;
}

// {"type":"ticker","sequence":7388547310,"product_id":"BTC-USDT","price":"22345.67","open_24h":"22308.13",
//  "volume_24h":"470.21123644","low_24h":"22150","high_24h":"22495.15","volume_30d":"25713.98401605",
//  "best_bid":"22345.67","best_bid_size":"0.10647825","best_ask":"22349.68","best_ask_size":"0.03131702",
//  "side":"sell","time":"2023-03-04T03:37:20.799258Z","trade_id":11586478,"last_size":"0.00352175"}
Ticker parseTicker(const JsonRef& m, const Market* market, const std::string& symbol)
{
    Ticker t;
    t.symbol = symbol;
    t.timestamp = coinbasecommon::time8601(m["time"]);
    t.last = m["price"].decimal();
    t.close = t.last;
    t.open = m["open_24h"].decimal();
    t.high = m["high_24h"].decimal();
    t.low = m["low_24h"].decimal();
    t.bid = m["best_bid"].decimal();
    t.bidVolume = m["best_bid_size"].decimal();
    t.ask = m["best_ask"].decimal();
    t.askVolume = m["best_ask_size"].decimal();
    t.baseVolume = m["volume_24h"].decimal();
    t.info = JsonValue::fromRef(m);
    t.complete(market);
    return t;
}

} // namespace

CoinbaseExchangeStream::CoinbaseExchangeStream(CoinbaseExchange& exchange)
    : m_exchange(exchange)
{
}

std::string CoinbaseExchangeStream::bookChannel() const
{
    return m_exchange.credentials().apiKey.empty() ? "level2_batch" : "level2";
}

std::string CoinbaseExchangeStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://ws-feed.exchange.coinbase.com";
}

std::vector<std::string> CoinbaseExchangeStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                                           uint64_t) const
{
    switch (channel) {
    case MarketFeed::Channel::Trades:
        return {request("subscribe", "matches", market).dump()};
    case MarketFeed::Channel::Ticker:
        return {request("subscribe", "ticker", market).dump()};
    case MarketFeed::Channel::OrderBook:
        break;
    }
    JsonValue message = request("subscribe", bookChannel(), market);
    const Credentials& credentials = m_exchange.credentials();
    if (!credentials.apiKey.empty()) {
        // The fields of a signed GET /users/self/verify, in whole seconds like the REST signature.
        const std::string timestamp = std::to_string(m_exchange.clock().milliseconds() / 1000);
        message.set("signature",
                    coinbaseexchange::accessSign(timestamp, "GET", "/users/self/verify", "", credentials.secret));
        message.set("key", credentials.apiKey);
        message.set("passphrase", credentials.password);
        message.set("timestamp", timestamp);
    }
    return {message.dump()};
}

std::vector<std::string> CoinbaseExchangeStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                             uint64_t) const
{
    const std::string name = channel == MarketFeed::Channel::Trades ? "matches"
        : channel == MarketFeed::Channel::Ticker                    ? "ticker"
                                                                    : bookChannel();
    return {request("unsubscribe", name, market).dump()};
}

void CoinbaseExchangeStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string type = m["type"].stringOr("");
    if (type == "error") {
        // {"type":"error","message":"Failed to subscribe","reason":"level2 channel requires authentication"}: no
        // product named, so every stream of the connection hears of it.
        const std::string reason = m["reason"].stringOr("");
        out.errors.push_back(
            {MarketFeed::Channel::OrderBook,
             {},
             Error(m["message"].stringOr("") == "Authentication Failed" ? ErrorKind::AuthenticationError
                                                                        : ErrorKind::BadRequest,
                   "coinbaseexchange: " + m["message"].stringOr("error")
                       + (reason.empty() ? "" : " (" + reason + ")"))});
        return;
    }
    const std::string marketId = m["product_id"].stringOr("");
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    if (type == "snapshot") {
        StreamBookMessage book;
        book.update.symbol = symbol;
        book.update.snapshot = true;
        book.update.book.symbol = symbol;
        book.update.book.bids = stream::readLevels(m["bids"], "coinbaseexchange");
        book.update.book.asks = stream::readLevels(m["asks"], "coinbaseexchange");
        book.update.book.sort();
        out.books.push_back(std::move(book));
    } else if (type == "l2update") {
        StreamBookMessage book;
        book.update.symbol = symbol;
        book.update.timestamp = coinbasecommon::time8601(m["time"]).value_or(0);
        // ["buy", "10101.80000000", "0.162567"]: the size is the level's new total, 0 removes it.
        for (const JsonRef& change : m["changes"].items()) {
            book.update.changes.push_back(stream::readSidedChange(change, "coinbaseexchange"));
        }
        out.books.push_back(std::move(book));
    } else if (type == "match" || type == "last_match") {
        // last_match is the trade before the subscription: history, not news.
        if (type == "match") {
            Trade trade = coinbaseexchange::parseTrade(m, exchange, market);
            // "side" is the maker's: the taker, whose trade it is on the tape, took the other side.
            trade.side = std::string(m["side"].stringOr("") == "buy" ? "sell" : "buy");
            trade.takerOrMaker = std::string("taker");
            out.addTrade(std::move(trade));
        }
    } else if (type == "ticker") {
        out.tickers.push_back(parseTicker(m, market, symbol));
    }
    // subscriptions (the acknowledgement) and heartbeat carry nothing for the feed.
}

} // namespace bourse::ex
