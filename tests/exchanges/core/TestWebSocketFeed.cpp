// SPDX-License-Identifier: GPL-3.0-or-later
// The websocket feed against a local QWebSocketServer that plays binance's and kraken's stream APIs: subscription,
// snapshots and deltas, a gap, a bad checksum, a dropped connection, a silent one. The subscriber side is what the
// models do: an OrderBookBuilder fed by the subscription.
#include "../common/StreamTestKit.h"
#include "TestSupport.h"
#include "binance/Binance.h"
#include "binance/BinanceStream.h"
#include "core/Crc32.h"
#include "kraken/Kraken.h"
#include "kraken/KrakenStream.h"

#include <QSignalSpy>

using namespace bourse;
using namespace bourse::ex;

namespace {

using test::BookWatcher;
using test::StreamServer;

// An exchange with its markets loaded, REST scripted, and its streams pointed at a local StreamServer.
template<typename ExchangeT> struct Rig
{
    explicit Rig(const QString& marketsFile, std::string origin = {})
        : exchange(transport, clock)
    {
        exchange.setMarkets(test::loadMarketsFile(marketsFile));
        ExchangeOptions options;
        options.streamUrl = origin.empty() ? server.origin() : std::move(origin);
        exchange.setOptions(options);
    }
    WebSocketFeed& feed() { return *dynamic_cast<WebSocketFeed*>(exchange.marketFeed()); }

    StreamServer server;
    test::ScriptedTransport transport;
    Clock clock;
    ExchangeT exchange;
};
using BinanceRig = Rig<Binance>;
using KrakenRig = Rig<Kraken>;
const QString kBinanceMarkets = QStringLiteral(BINANCE_FIXTURES "/markets.json");
const QString kKrakenMarkets = QStringLiteral(KRAKEN_FIXTURES "/markets.json");

std::string depthUpdate(uint64_t first, uint64_t last, const std::string& bids, const std::string& asks)
{
    return R"({"e":"depthUpdate","E":1700000000000,"s":"BTCUSDT","U":)" + std::to_string(first) + R"(,"u":)"
        + std::to_string(last) + R"(,"b":)" + bids + R"(,"a":)" + asks + "}";
}

std::string restDepth(uint64_t lastUpdateId, const std::string& bids, const std::string& asks)
{
    return R"({"lastUpdateId":)" + std::to_string(lastUpdateId) + R"(,"bids":)" + bids + R"(,"asks":)" + asks + "}";
}

// The kraken v2 checksum computed the way kraken's documentation describes it, on text, independently of the
// protocol's Decimal-based code: asks low to high then bids high to low, each price and qty with its point and
// leading zeros removed.
uint32_t documentedKrakenChecksum(const std::vector<std::pair<std::string, std::string>>& asks,
                                  const std::vector<std::pair<std::string, std::string>>& bids)
{
    auto digits = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
        s.erase(0, s.find_first_not_of('0'));
        return s;
    };
    std::string text;
    for (const auto& [p, q] : asks) {
        text += digits(p) + digits(q);
    }
    for (const auto& [p, q] : bids) {
        text += digits(p) + digits(q);
    }
    return crc32(text);
}

std::string krakenLevels(const std::vector<std::pair<std::string, std::string>>& levels)
{
    std::string out = "[";
    for (const auto& [p, q] : levels) {
        out += (out.size() > 1 ? "," : "") + std::string(R"({"price":)") + p + R"(,"qty":)" + q + "}";
    }
    return out + "]";
}

} // namespace

class TestWebSocketFeed : public QObject
{
    Q_OBJECT

private slots:
    void crc32MatchesTheCheckValue();
    void binanceBookJoinsTheRestSnapshotAndResyncsOnAGap();
    void binanceReconnectsAndResubscribesAfterADrop();
    void binanceTradesTickersAndRefusals();
    void krakenChecksumsTheBookAndResubscribesOnAMismatch();
    void krakenTruncatesToTheSubscribedDepth();
    void plainWebsocketsAreRefusedBeyondThisMachine();
};

void TestWebSocketFeed::crc32MatchesTheCheckValue()
{
    QCOMPARE(crc32("123456789"), 0xCBF43926u);
    QCOMPARE(crc32(""), 0u);
    // zlib.crc32(b"The quick brown fox jumps over the lazy dog")
    QCOMPARE(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

void TestWebSocketFeed::binanceBookJoinsTheRestSnapshotAndResyncsOnAGap()
{
    BinanceRig rig(kBinanceMarkets);
    StreamServer& server = rig.server;
    test::ScriptedTransport& transport = rig.transport;
    Binance& binance = rig.exchange;
    // The snapshot the feed fetches over REST, and the one after the gap.
    transport.push(200, restDepth(100, R"([["100.00","1.0"],["99.00","2.0"]])", R"([["101.00","1.5"]])"));
    transport.push(200, restDepth(300, R"([["90.00","9.0"]])", R"([["91.00","9.5"]])"));

    auto* feed = dynamic_cast<WebSocketFeed*>(binance.marketFeed());
    QVERIFY(feed);
    BookWatcher watcher;
    watcher.watch(*feed, "BTC/USDT");
    QTRY_VERIFY(server.hasClient());
    QTRY_COMPARE(server.count(R"("method":"SUBSCRIBE","params":["btcusdt@depth@100ms"])"), 1);
    QCOMPARE(transport.requests.size(), size_t(1));
    QVERIFY(transport.requests[0].url.find("/api/v3/depth?symbol=BTCUSDT&limit=1000") != std::string::npos);
    QCOMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("100x1 / 101x1.5"));

    server.send(R"({"result":null,"id":1})");
    server.send(depthUpdate(95, 100, R"([["100.00","7.0"]])", "[]")); // inside the snapshot: skipped
    server.send(depthUpdate(99, 102, R"([["100.00","3.0"]])", "[]")); // straddles it: applied
    server.send(depthUpdate(103, 104, "[]", R"([["101.00","0"],["102.00","4.0"]])"));
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("100x3 / 102x4"));
    QCOMPARE(feed->stats().bookResyncs, uint64_t(0));

    // 105..109 never arrive: the feed must not apply 110 on top of 104.
    server.send(depthUpdate(110, 112, R"([["100.00","5.0"]])", "[]"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(feed->stats().bookResyncs, uint64_t(1));
    QCOMPARE(transport.requests.size(), size_t(2));
    QCOMPARE(watcher.top(), std::string("90x9 / 91x9.5")); // the new snapshot (300) is newer than 112
    server.send(depthUpdate(301, 301, R"([["90.50","1"]])", "[]"));
    QTRY_COMPARE(watcher.top(), std::string("90.5x1 / 91x9.5"));
    QCOMPARE(watcher.builder.gaps(), size_t(0)); // what reached the subscriber never had a hole
}

void TestWebSocketFeed::binanceReconnectsAndResubscribesAfterADrop()
{
    BinanceRig rig(kBinanceMarkets);
    StreamServer& server = rig.server;
    test::ScriptedTransport& transport = rig.transport;
    Binance& binance = rig.exchange;
    transport.push(200, restDepth(10, R"([["100.00","1.0"]])", R"([["101.00","1.0"]])"));
    transport.push(200, restDepth(50, R"([["200.00","1.0"]])", R"([["201.00","1.0"]])"));

    auto* feed = dynamic_cast<WebSocketFeed*>(binance.marketFeed());
    feed->setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(*feed, "BTC/USDT");
    std::vector<Trade> trades;
    FeedSubscription tradeSub = feed->subscribeTrades(
        "BTC/USDT", [&](const std::vector<Trade>& t) { trades.insert(trades.end(), t.begin(), t.end()); });
    QTRY_COMPARE(server.count("SUBSCRIBE"), 2);
    QCOMPARE(watcher.snapshots, 1);

    server.drop();
    // Back on a new connection with both streams, and the book rebuilt from a new REST snapshot.
    QTRY_COMPARE(server.connections, 2);
    QTRY_COMPARE(server.count("btcusdt@depth@100ms"), 2);
    QTRY_COMPARE(server.count("btcusdt@trade"), 2);
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(feed->stats().reconnects >= 1);
    QVERIFY(feed->connected());

    server.send(R"({"e":"trade","E":1,"s":"BTCUSDT","t":77,"p":"200.50","q":"0.25","T":1700000000999,"m":true})");
    QTRY_COMPARE(trades.size(), size_t(1));
    QCOMPARE(trades[0].side.value_or(""), std::string("sell"));

    // The last subscriber gone: the streams are unsubscribed and the connection closed.
    watcher.subscription.cancel();
    tradeSub.cancel();
    QTRY_COMPARE(server.count("UNSUBSCRIBE"), 2);
    QTRY_COMPARE(feed->connectionCount(), size_t(0));
}

void TestWebSocketFeed::binanceTradesTickersAndRefusals()
{
    BinanceRig rig(kBinanceMarkets);
    StreamServer& server = rig.server;
    Binance& binance = rig.exchange;
    MarketFeed* feed = binance.marketFeed();

    std::vector<Ticker> tickers;
    std::vector<Error> errors;
    FeedSubscription sub = feed->subscribeTicker(
        "BTC/USDT", [&](const Ticker& t) { tickers.push_back(t); }, [&](const Error& e) { errors.push_back(e); });
    QTRY_COMPARE(server.count("btcusdt@ticker"), 1);
    server.send(R"({"e":"24hrTicker","E":1700000000500,"s":"BTCUSDT","p":"150.00","P":"0.350","w":"42900.1",)"
                R"("x":"42850.00","c":"43000.00","Q":"0.1","b":"42999.99","B":"1.2","a":"43000.01","A":"0.8",)"
                R"("o":"42850.00","h":"43500.00","l":"42500.00","v":"1234.5","q":"52960000.0","O":1,"C":1700000000400,)"
                R"("F":1,"L":2,"n":2})");
    QTRY_COMPARE(tickers.size(), size_t(1));
    QCOMPARE(tickers[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(tickers[0].last->toString(), std::string("43000"));
    QCOMPARE(tickers[0].bid->toString(), std::string("42999.99"));
    QCOMPARE(tickers[0].percentage->toString(), std::string("0.35"));
    QCOMPARE(tickers[0].timestamp.value_or(0), 1700000000400LL);

    // A frame that is not JSON is counted and skipped; the stream goes on.
    server.send("<html>502 Bad Gateway</html>");
    server.send(R"({"error":{"code":2,"msg":"Invalid request: unknown stream"},"id":9})");
    QTRY_COMPARE(errors.size(), size_t(1));
    QVERIFY(QString::fromStdString(errors[0].message()).contains(QStringLiteral("unknown stream")));
    auto* ws = dynamic_cast<WebSocketFeed*>(feed);
    QCOMPARE(ws->stats().badFrames, uint64_t(1));

    // A symbol the exchange does not have fails at once, without a frame.
    std::vector<Error> badSymbol;
    FeedSubscription none = feed->subscribeTrades(
        "NOPE/USDT", [](const std::vector<Trade>&) {}, [&](const Error& e) { badSymbol.push_back(e); });
    QCOMPARE(badSymbol.size(), size_t(1));
    QCOMPARE(badSymbol[0].kind(), ErrorKind::BadSymbol);
}

void TestWebSocketFeed::krakenChecksumsTheBookAndResubscribesOnAMismatch()
{
    KrakenRig rig(kKrakenMarkets);
    StreamServer& server = rig.server;
    test::ScriptedTransport& transport = rig.transport;
    Kraken& kraken = rig.exchange;
    auto* feed = dynamic_cast<WebSocketFeed*>(kraken.marketFeed());
    QVERIFY(feed);
    BookWatcher watcher;
    watcher.watch(*feed, "BTC/USD");
    QTRY_COMPARE(server.count(R"("method":"subscribe","params":{"channel":"book","symbol":["BTC/USD"],"depth":10})"),
                 1);
    QCOMPARE(transport.requests.size(), size_t(0)); // kraken's snapshot comes in the stream

    // BTC/USD: price to 0.1, qty to 8 decimals, as kraken puts them on the wire.
    std::vector<std::pair<std::string, std::string>> asks {{"45285.2", "0.00100000"}, {"45286.4", "1.54582015"}};
    std::vector<std::pair<std::string, std::string>> bids {{"45283.5", "0.10000000"}, {"45283.4", "1.54582015"}};
    server.send(R"({"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":)" + krakenLevels(bids)
                + R"(,"asks":)" + krakenLevels(asks) + R"(,"checksum":)"
                + std::to_string(documentedKrakenChecksum(asks, bids)) + "}]}");
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("45283.5x0.1 / 45285.2x0.001"));

    // An update whose checksum agrees with the book after it: applied.
    asks[0].second = "0.50000000";
    server.send(R"({"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[],"asks":[{"price":45285.2,)"
                R"("qty":0.50000000}],"checksum":)"
                + std::to_string(documentedKrakenChecksum(asks, bids))
                + R"(,"timestamp":"2023-10-06T17:35:55.440295Z"}]})");
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.top(), std::string("45283.5x0.1 / 45285.2x0.5"));
    QCOMPARE(feed->stats().checksumFailures, uint64_t(0));

    // An update whose checksum does not: the feed drops the book, resubscribes, and waits for the new snapshot.
    server.send(R"({"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,)"
                R"("qty":0.2}],"asks":[],"checksum":12345,"timestamp":"2023-10-06T17:35:56.000000Z"}]})");
    QTRY_COMPARE(feed->stats().checksumFailures, uint64_t(1));
    QTRY_COMPARE(server.count(R"("method":"unsubscribe")"), 1);
    QTRY_COMPARE(server.count(R"("method":"subscribe")"), 2);
    QCOMPARE(watcher.deltas, 1); // the update with the bad checksum never reached the subscriber
    server.send(R"({"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":)" + krakenLevels(bids)
                + R"(,"asks":)" + krakenLevels(asks) + R"(,"checksum":)"
                + std::to_string(documentedKrakenChecksum(asks, bids)) + "}]}");
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("45283.5x0.1 / 45285.2x0.5"));

    // Heartbeats and acknowledgements carry nothing and break nothing.
    server.send(R"({"channel":"heartbeat"})");
    server.send(R"({"method":"pong","req_id":3,"time_in":"x","time_out":"y"})");
    QTest::qWait(20);
    QCOMPARE(feed->stats().badFrames, uint64_t(0));
}

void TestWebSocketFeed::krakenTruncatesToTheSubscribedDepth()
{
    KrakenRig rig(kKrakenMarkets);
    StreamServer& server = rig.server;
    Kraken& kraken = rig.exchange;
    MarketFeed* feed = kraken.marketFeed();
    BookWatcher watcher;
    watcher.watch(*feed, "BTC/USD");
    QTRY_VERIFY(server.count("subscribe") >= 1);

    std::vector<std::pair<std::string, std::string>> bids;
    std::vector<std::pair<std::string, std::string>> asks;
    for (int i = 0; i < 10; ++i) {
        bids.push_back({std::to_string(100 - i) + ".0", "1.00000000"});
        asks.push_back({std::to_string(101 + i) + ".0", "1.00000000"});
    }
    server.send(R"({"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":)" + krakenLevels(bids)
                + R"(,"asks":)" + krakenLevels(asks) + "}]}");
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.builder.bidCount(), size_t(10));
    // A new best bid pushes the 10th out; kraken sends no deletion for it.
    bids.insert(bids.begin(), {"100.5", "2.00000000"});
    bids.pop_back();
    server.send(R"({"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":100.5,"qty":2}],)"
                R"("asks":[],"checksum":)"
                + std::to_string(documentedKrakenChecksum(asks, bids)) + "}]}");
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.builder.bidCount(), size_t(10));
    QCOMPARE(watcher.builder.book().bids.back().price.toString(), std::string("92"));
}

void TestWebSocketFeed::plainWebsocketsAreRefusedBeyondThisMachine()
{
    BinanceRig rig(kBinanceMarkets, "ws://198.51.100.7:9443");
    std::vector<Error> errors;
    WebSocketFeed* feed = &rig.feed();
    FeedSubscription sub = feed->subscribeTrades(
        "BTC/USDT", [](const std::vector<Trade>&) {}, [&](const Error& e) { errors.push_back(e); });
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY(QString::fromStdString(errors[0].message()).contains(QStringLiteral("unencrypted")));
    QCOMPARE(feed->connectionCount(), size_t(0));
}

QTEST_GUILESS_MAIN(TestWebSocketFeed)
#include "TestWebSocketFeed.moc"
