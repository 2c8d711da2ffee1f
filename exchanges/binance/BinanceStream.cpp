// SPDX-License-Identifier: GPL-3.0-or-later
#include "BinanceStream.h"

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/StreamReading.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string request(const char* method, const std::string& stream, uint64_t requestId)
{
    JsonValue message = JsonValue::object();
    message.set("method", method);
    JsonValue params = JsonValue::array();
    params.push(stream);
    message.set("params", std::move(params));
    message.set("id", static_cast<long long>(requestId));
    return message.dump();
}

// {"e":"depthUpdate","E":1700000000123,"s":"BTCUSDT","U":157,"u":160,"b":[["0.0024","10"]],"a":[["0.0026","0"]]}
void parseDepth(const JsonRef& m, const std::string& symbol, StreamEvents& out)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.timestamp = m["E"].integer().value_or(0);
    auto first = m["U"].integer();
    auto last = m["u"].integer();
    if (!first || !last || *first <= 0 || *last < *first) {
        throw Error(ErrorKind::BadResponse, "binance depth update without its update ids");
    }
    message.firstUpdateId = static_cast<uint64_t>(*first);
    message.lastUpdateId = static_cast<uint64_t>(*last);
    stream::readChanges(m["b"], BookSide::Bid, message.update.changes, "binance");
    stream::readChanges(m["a"], BookSide::Ask, message.update.changes, "binance");
    out.books.push_back(std::move(message));
}

// {"e":"trade","E":..,"s":"BTCUSDT","t":12345,"p":"0.001","q":"100","T":1700000000000,"m":true}
// "m": the buyer is the maker, so the taker sold.
Trade parseTrade(const JsonRef& m, const std::string& symbol)
{
    Trade trade;
    trade.symbol = symbol;
    trade.id = m["t"].string();
    trade.timestamp = m["T"].integer();
    trade.price = m["p"].decimal();
    trade.amount = m["q"].decimal();
    if (auto buyerMaker = m["m"].boolean()) {
        trade.side = std::string(*buyerMaker ? "sell" : "buy");
    }
    trade.takerOrMaker = std::string("taker");
    trade.info = JsonValue::fromRef(m);
    trade.complete();
    return trade;
}

// {"e":"24hrTicker","E":..,"s":"BTCUSDT","p":change,"P":percent,"w":vwap,"x":previous close,"c":last,"b":bid,
//  "B":bid size,"a":ask,"A":ask size,"o":open,"h":high,"l":low,"v":base volume,"q":quote volume,"C":close time}
Ticker parseTicker(const JsonRef& m, const Market* market, const std::string& symbol)
{
    Ticker t;
    t.symbol = symbol;
    t.timestamp = m["C"].integer();
    if (!t.timestamp) {
        t.timestamp = m["E"].integer();
    }
    t.change = m["p"].decimal();
    t.percentage = m["P"].decimal();
    t.vwap = m["w"].decimal();
    t.previousClose = m["x"].decimal();
    t.last = m["c"].decimal();
    t.close = t.last;
    t.bid = m["b"].decimal();
    t.bidVolume = m["B"].decimal();
    t.ask = m["a"].decimal();
    t.askVolume = m["A"].decimal();
    t.open = m["o"].decimal();
    t.high = m["h"].decimal();
    t.low = m["l"].decimal();
    t.baseVolume = m["v"].decimal();
    t.quoteVolume = m["q"].decimal();
    t.info = JsonValue::fromRef(m);
    t.complete(market);
    return t;
}

} // namespace

std::string BinanceStream::streamName(MarketFeed::Channel channel, const Market& market)
{
    const std::string id = lower(market.id);
    switch (channel) {
    case MarketFeed::Channel::OrderBook:
        return id + "@depth@100ms";
    case MarketFeed::Channel::Trades:
        return id + "@trade";
    case MarketFeed::Channel::Ticker:
        return id + "@ticker";
    }
    return id;
}

std::string BinanceStream::url(MarketFeed::Channel, const Market&) const
{
    return "wss://stream.binance.com:9443/ws";
}

std::vector<std::string> BinanceStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                                  uint64_t requestId) const
{
    return {request("SUBSCRIBE", streamName(channel, market), requestId)};
}

std::vector<std::string> BinanceStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                    uint64_t requestId) const
{
    return {request("UNSUBSCRIBE", streamName(channel, market), requestId)};
}

void BinanceStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const JsonDocument doc = JsonDocument::parse(frame);
    JsonRef m = doc.root();
    // A combined-stream envelope ({"stream":..,"data":{..}}) carries the same events.
    if (m["data"].isObject()) {
        m = m["data"];
    }
    if (m.has("id") && !m.has("e")) {
        // {"result":null,"id":1} acknowledges; {"error":{"code":2,"msg":".."},"id":1} refuses.
        const JsonRef error = m["error"];
        if (!error.isNull()) {
            out.errors.push_back(
                {MarketFeed::Channel::OrderBook,
                 {},
                 Error(ErrorKind::BadRequest,
                       "binance refused a subscription: " + error["msg"].stringOr("no reason given"))});
        }
        return;
    }
    const std::string event = m["e"].stringOr("");
    const std::string marketId = m["s"].stringOr("");
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = exchange.safeSymbol(marketId, market);
    if (event == "depthUpdate") {
        parseDepth(m, symbol, out);
    } else if (event == "trade") {
        out.trades.push_back({symbol, {parseTrade(m, symbol)}});
    } else if (event == "24hrTicker") {
        out.tickers.push_back(parseTicker(m, market, symbol));
    }
}

} // namespace bourse::ex
