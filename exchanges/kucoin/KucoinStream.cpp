// SPDX-License-Identifier: GPL-3.0-or-later
#include "KucoinStream.h"

#include "Kucoin.h"
#include "KucoinParsers.h"
#include "KucoinRequests.h"
#include "core/Json.h"
#include "core/StreamReading.h"

#include <algorithm>

namespace bourse::ex {

namespace {

const stream::ChannelNames kChannels {"/market/level2", "/market/match", "/market/snapshot"};
constexpr kucoin::Endpoint kBulletPublic {"public", "POST", "v1/bullet-public", 10};

std::string request(const char* type, MarketFeed::Channel channel, const Market& market, uint64_t requestId)
{
    JsonValue message = JsonValue::object();
    message.set("id", std::to_string(requestId));
    message.set("type", type);
    message.set("topic", std::string(kChannels.of(channel)) + ":" + market.id);
    message.set("privateChannel", false);
    message.set("response", true);
    return message.dump();
}

// {"code":"200000","data":{"token":"2neAiuYv..","instanceServers":[{"endpoint":"wss://ws-api-spot.kucoin.com/",
//  "encrypt":true,"protocol":"websocket","pingInterval":18000,"pingTimeout":10000}]}}
struct Bullet
{
    std::string endpoint;
    std::string token;
    int pingIntervalMs = KucoinStream::kDefaultPingIntervalMs;
    int pingTimeoutMs = KucoinStream::kDefaultPingTimeoutMs;
};

Bullet readBullet(const JsonRef& root)
{
    const JsonRef data = root["data"];
    const JsonRef server = data["instanceServers"][0];
    Bullet bullet;
    bullet.endpoint = server["endpoint"].stringOr("");
    bullet.token = data["token"].stringOr("");
    if (bullet.endpoint.empty() || bullet.token.empty()) {
        throw Error(ErrorKind::BadResponse, "kucoin bullet-public answer without an endpoint or a token");
    }
    bullet.pingIntervalMs = int(server["pingInterval"].integer().value_or(bullet.pingIntervalMs));
    bullet.pingTimeoutMs = int(server["pingTimeout"].integer().value_or(bullet.pingTimeoutMs));
    return bullet;
}

// {"type":"message","topic":"/market/level2:BTC-USDT","subject":"trade.l2update","data":{"changes":{"asks":
//  [["18906","0.00331","14103845"]],"bids":[]},"sequenceEnd":14103845,"sequenceStart":14103844,
//  "symbol":"BTC-USDT","time":1663747970273}}
StreamBookMessage parseBook(const JsonRef& data, const std::string& symbol)
{
    StreamBookMessage message;
    message.update.symbol = symbol;
    message.update.timestamp = data["time"].integer().value_or(0);
    auto first = data["sequenceStart"].integer();
    auto last = data["sequenceEnd"].integer();
    if (!first || !last || *first <= 0 || *last < *first) {
        throw Error(ErrorKind::BadResponse, "kucoin level2 message without its sequenceStart/sequenceEnd");
    }
    message.firstUpdateId = static_cast<uint64_t>(*first);
    message.lastUpdateId = static_cast<uint64_t>(*last);
    // [price, size, sequence]: applied in KuCoin's order, so that where a message spans the snapshot a change the
    // snapshot already holds is followed by any later one at its price. A price of 0 only moves the sequence on.
    std::vector<std::pair<long long, BookLevelChange>> changes;
    for (const auto side : {BookSide::Bid, BookSide::Ask}) {
        for (const JsonRef& level : data["changes"][side == BookSide::Bid ? "bids" : "asks"].items()) {
            auto price = level[0].decimal();
            auto amount = level[1].decimal();
            if (!price || !amount) {
                throw Error(ErrorKind::BadResponse, "kucoin book message with an unreadable level");
            }
            if (!price->isZero()) {
                changes.push_back({level[2].integer().value_or(0), {side, *price, *amount}});
            }
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [sequence, change] : changes) {
        message.update.changes.push_back(std::move(change));
    }
    return message;
}

} // namespace

std::string KucoinStream::url(MarketFeed::Channel, const Market&) const
{
    // Stands for the one connection every public stream shares; resolveUrl gives the address to open.
    return "wss://ws-api-spot.kucoin.com/";
}

void KucoinStream::resolveUrl(Exchange& exchange, const std::string&, Callback<std::string> done) const
{
    const std::string connectId = std::to_string(exchange.clock().milliseconds()) + std::to_string(m_nextConnectId++);
    exchange.request(kucoin::spec(kBulletPublic, JsonValue::object(), JsonValue::object()),
                     [this, connectId, done](Result<JsonDocument> answer) {
                         if (!answer.ok()) {
                             done(answer.error());
                             return;
                         }
                         Bullet bullet;
                         try {
                             bullet = readBullet(answer.value().root());
                         } catch (const Error& e) {
                             done(e);
                             return;
                         }
                         // Nonsense (0, negative) keeps the defaults; the feed sends no more than ten a second.
                         if (bullet.pingIntervalMs > 0) {
                             m_pingIntervalMs = bullet.pingIntervalMs;
                         }
                         if (bullet.pingTimeoutMs > 0) {
                             m_pingTimeoutMs = bullet.pingTimeoutMs;
                         }
                         done(bullet.endpoint + "?token=" + bullet.token + "&connectId=" + connectId);
                     });
}

std::vector<std::string> KucoinStream::subscribe(MarketFeed::Channel channel, const Market& market,
                                                 uint64_t requestId) const
{
    m_pending.remember(std::to_string(requestId), {channel, market.symbol, {}});
    return {request("subscribe", channel, market, requestId)};
}

std::vector<std::string> KucoinStream::unsubscribe(MarketFeed::Channel channel, const Market& market,
                                                   uint64_t requestId) const
{
    return {request("unsubscribe", channel, market, requestId)};
}

std::string KucoinStream::heartbeat() const
{
    JsonValue message = JsonValue::object();
    message.set("id", "ping" + std::to_string(m_nextPingId++));
    message.set("type", "ping");
    return message.dump();
}

void KucoinStream::parse(std::string_view frame, const Exchange& exchange, StreamEvents& out) const
{
    const auto* kucoin = dynamic_cast<const Kucoin*>(&exchange);
    if (!kucoin) {
        throw Error(ErrorKind::NotSupported, "kucoin's stream protocol needs the kucoin exchange");
    }
    const JsonDocument doc = JsonDocument::parse(frame);
    const JsonRef m = doc.root();
    const std::string type = m["type"].stringOr("");
    const std::string id = m["id"].stringOr("");
    if (type == "ack") {
        m_pending.take(id);
        return;
    }
    if (type == "error") {
        // {"id":"3","type":"error","code":404,"data":"topic /market/match:BTC-USDX is not found"}; an error with an
        // id nobody sent (an expired token) concerns every stream of the connection.
        const auto target = m_pending.take(id).value_or(stream::PendingRequests::Stream {});
        out.errors.push_back({target.channel, target.symbol,
                              Error(ErrorKind::BadRequest,
                                    "kucoin refused a subscription (" + m["code"].stringOr("?")
                                        + "): " + m["data"].stringOr("no reason given"))});
        return;
    }
    if (type != "message") {
        return; // welcome, pong: they prove the connection alive by arriving
    }
    const std::string topic = m["topic"].stringOr("");
    const auto colon = topic.find(':');
    const std::string marketId = colon == std::string::npos ? std::string() : topic.substr(colon + 1);
    const Market* market = exchange.findMarketById(marketId);
    const std::string symbol = kucoin::symbolOf(marketId, market, *kucoin);
    const auto channel = kChannels.channelOf(std::string_view(topic).substr(0, colon));
    const JsonRef data = m["data"];
    if (channel == MarketFeed::Channel::OrderBook) {
        out.books.push_back(parseBook(data, symbol));
    } else if (channel == MarketFeed::Channel::Trades) {
        out.addTrade(kucoin::parseTrade(data, market, *kucoin));
    } else if (channel == MarketFeed::Channel::Ticker) {
        // {"sequence":"1545896669291","data":{"symbol":"KCS-BTC","lastTradedPrice":0.00012,"high":..,..}}
        out.tickers.push_back(kucoin::parseTicker(data["data"], market, *kucoin));
    }
}

} // namespace bourse::ex
