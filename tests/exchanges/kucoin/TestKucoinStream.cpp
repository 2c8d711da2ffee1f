// SPDX-License-Identifier: GPL-3.0-or-later
// KuCoin's spot websocket replayed by a local server: the bullet-public handshake before every connection (its
// token in the address, its pingInterval as the heartbeat), /market/level2 joined to the REST snapshot by
// sequenceStart/sequenceEnd and a gap leading to a new snapshot, the {"type":"ping"} heartbeat with its id, a
// reconnect with a new token and its resubscriptions, a refusal routed by request id and a failed bullet reaching
// the subscribers, /market/match trades and /market/snapshot tickers.
#include "../common/StreamTestKit.h"
#include "kucoin/Kucoin.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct KucoinRig : StreamRig<Kucoin>
{
    KucoinRig() { exchange.setMarkets(loadMarketsFile(QStringLiteral(KUCOIN_FIXTURES_DIR "/markets.json"))); }
};

std::string bullet(const std::string& token, int pingIntervalMs = 18000)
{
    return R"({"code":"200000","data":{"token":")" + token
        + R"(","instanceServers":[{"endpoint":"wss://ws-api-spot.kucoin.com/","encrypt":true,)"
          R"("protocol":"websocket","pingInterval":)"
        + std::to_string(pingIntervalMs) + R"(,"pingTimeout":10000}]}})";
}

std::string restBook(uint64_t sequence, const std::string& bids, const std::string& asks)
{
    return R"({"code":"200000","data":{"time":1700000000000,"sequence":")" + std::to_string(sequence) + R"(","bids":)"
        + bids + R"(,"asks":)" + asks + "}}";
}

std::string level2(uint64_t start, uint64_t end, const std::string& bids, const std::string& asks)
{
    return R"({"type":"message","topic":"/market/level2:BTC-USDT","subject":"trade.l2update","data":{"changes":)"
           R"({"asks":)"
        + asks + R"(,"bids":)" + bids + R"(},"sequenceEnd":)" + std::to_string(end) + R"(,"sequenceStart":)"
        + std::to_string(start) + R"(,"symbol":"BTC-USDT","time":1700000000200}})";
}

const std::string kBookSubscribe =
    R"({"id":"1","type":"subscribe","topic":"/market/level2:BTC-USDT","privateChannel":false,"response":true})";

// The request id KuCoin would echo for the subscription to `topic`.
std::string requestIdOf(const StreamServer& server, const std::string& topic)
{
    for (const auto& frame : server.received) {
        if (frame.find(R"("topic":")" + topic + "\"") != std::string::npos) {
            return JsonDocument::parse(frame).root()["id"].stringOr("");
        }
    }
    return {};
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

class TestKucoinStream : public QObject
{
    Q_OBJECT

private slots:
    void bookJoinsTheRestSnapshotBySequence();
    void pingsWithAnIdAtTheBulletsInterval();
    void reconnectsWithANewTokenAndResubscribes();
    void refusalsReachTheirStreams();
    void tradesAndTickers();
};

void TestKucoinStream::bookJoinsTheRestSnapshotBySequence()
{
    KucoinRig rig;
    rig.transport.push(200, bullet("tokenA"));
    rig.transport.push(200, restBook(1000, R"([["37000.1","1.5"],["36999.9","0.75"]])", R"([["37000.2","0.25"]])"));
    rig.transport.push(200, restBook(2000, R"([["36000","1"]])", R"([["36001","2"]])"));
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    QTRY_COMPARE(watcher.snapshots, 1);
    // The bullet first, then the book.
    QCOMPARE(rig.transport.requests.size(), size_t(2));
    QCOMPARE(rig.transport.requests[0].method, std::string("POST"));
    QCOMPARE(rig.transport.requests[0].url, std::string("https://api.kucoin.com/api/v1/bullet-public"));
    QVERIFY(rig.transport.requests[1].url.find("v1/market/orderbook/level2_100?symbol=BTC-USDT") != std::string::npos);
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/"});
    QVERIFY(startsWith(rig.server.queries[0], "token=tokenA&connectId="));
    QCOMPARE(watcher.top(), std::string("37000.1x1.5 / 37000.2x0.25"));

    rig.server.send(R"({"id":"hQvf8jkno","type":"welcome"})");
    rig.server.send(R"({"id":"1","type":"ack"})");
    rig.server.send(level2(995, 1000, R"([["37000.1","9","1000"]])", "[]")); // inside the snapshot: dropped
    // Spans 1001: applied, its changes in KuCoin's order (1001 before 1002) whatever order the message lists them.
    rig.server.send(level2(999, 1002, R"([["37000.1","3","1002"],["37000.1","2","1001"]])", "[]"));
    rig.server.send(level2(1003, 1003, "[]", R"([["37000.2","0","1003"],["37000.5","4","1003"]])"));
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("37000.1x3 / 37000.5x4"));

    // 1004..1009 never arrive: a new snapshot rather than 1010 applied to 1003.
    rig.server.send(level2(1010, 1012, R"([["37000.1","5","1011"]])", "[]"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(1));
    QCOMPARE(rig.transport.requests.size(), size_t(3));
    QCOMPARE(watcher.top(), std::string("36000x1 / 36001x2"));
    rig.server.send(level2(2001, 2001, R"([["36000.5","1","2001"]])", "[]"));
    QTRY_COMPARE(watcher.top(), std::string("36000.5x1 / 36001x2"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

void TestKucoinStream::pingsWithAnIdAtTheBulletsInterval()
{
    KucoinRig rig;
    // A 40 ms pingInterval from the bullet: the feed pings as often as it allows (every 100 ms).
    rig.transport.push(200, bullet("tokenA", 40));
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(R"({"id":"ping1","type":"ping"})"), 1);
    QTRY_COMPARE(rig.server.countExactly(R"({"id":"ping2","type":"ping"})"), 1);
    rig.server.send(R"({"id":"ping1","type":"pong"})");
    QTest::qWait(30);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.server.connections, 1);
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QVERIFY(rig.feed().connected());
}

void TestKucoinStream::reconnectsWithANewTokenAndResubscribes()
{
    KucoinRig rig;
    rig.feed().setReconnectDelays(20, 200);
    rig.transport.push(200, bullet("tokenA"));
    rig.transport.push(200, restBook(10, R"([["100","1"]])", R"([["101","1"]])"));
    rig.transport.push(200, bullet("tokenB"));
    rig.transport.push(200, restBook(50, R"([["200","1"]])", R"([["201","1"]])"));
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 3);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QVERIFY(startsWith(rig.server.queries[1], "token=tokenB&connectId="));
    QVERIFY(rig.server.queries[1] != rig.server.queries[0]);
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 6);
    QCOMPARE(rig.server.count(R"("topic":"/market/level2:BTC-USDT")"), 2);
    QCOMPARE(rig.server.count(R"("topic":"/market/match:BTC-USDT")"), 2);
    QCOMPARE(rig.server.count(R"("topic":"/market/snapshot:BTC-USDT")"), 2);
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    // A delta numbered for the old book is not applied to the new one.
    rig.server.send(level2(11, 11, R"([["100","5","11"]])", "[]"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    QCOMPARE(rig.transport.requests.size(), size_t(4));
    QVERIFY(rig.feed().stats().reconnects >= 1);
}

void TestKucoinStream::refusalsReachTheirStreams()
{
    KucoinRig rig;
    rig.feed().setReconnectDelays(20, 200);
    // The first bullet fails: the stream that opened the connection hears of it (the ticker joins after), and the
    // feed tries again with the next one.
    rig.transport.pushTransportError(Error(ErrorKind::NetworkError, "bullet-public unreachable"));
    rig.transport.push(200, bullet("tokenA"));
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(1));
    QCOMPARE(tape.tickerErrors.size(), size_t(0));
    QVERIFY(QString::fromStdString(tape.tradeErrors[0].message()).contains(QStringLiteral("unreachable")));
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 2);
    QCOMPARE(rig.server.connections, 1);

    const std::string matchId = requestIdOf(rig.server, "/market/match:BTC-USDT");
    QVERIFY(!matchId.empty());
    rig.server.send(R"({"id":")" + matchId
                    + R"(","type":"error","code":404,"data":"topic /market/match:BTC-USDT is not found"})");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(2));
    QVERIFY(QString::fromStdString(tape.tradeErrors[1].message()).contains(QStringLiteral("(404)")));
    QVERIFY(QString::fromStdString(tape.tradeErrors[1].message()).contains(QStringLiteral("is not found")));
    QCOMPARE(tape.tickerErrors.size(), size_t(0));
}

void TestKucoinStream::tradesAndTickers()
{
    KucoinRig rig;
    rig.transport.push(200, bullet("tokenA"));
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 2);
    rig.server.send(
        R"({"type":"message","topic":"/market/match:BTC-USDT","subject":"trade.l3match","data":)"
        R"({"sequence":"1568787654360","symbol":"BTC-USDT","side":"buy","size":"0.00536577",)"
        R"("price":"9345","takerOrderId":"5e356c4a9f1a790008f8d921","time":"1580559434436443257",)"
        R"("type":"match","makerOrderId":"5e356bffedf0010008fa5d7f","tradeId":"5e356c4aeefabd62c62a1ece"}})");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    const Trade& trade = tape.trades[0];
    QCOMPARE(trade.symbol, std::string("BTC/USDT"));
    QCOMPARE(trade.id.value_or(""), std::string("5e356c4aeefabd62c62a1ece"));
    QCOMPARE(text(trade.price), std::string("9345"));
    QCOMPARE(text(trade.amount), std::string("0.00536577"));
    QCOMPARE(text(trade.cost), std::string("50.14312065"));
    QCOMPARE(trade.side.value_or(""), std::string("buy"));
    QCOMPARE(trade.timestamp.value_or(0), 1580559434436LL);

    rig.server.send(R"({"type":"message","topic":"/market/snapshot:BTC-USDT","subject":"trade.snapshot","data":)"
                    R"({"sequence":"1545896669291","data":{"trading":true,"symbol":"BTC-USDT","buy":37000.1,)"
                    R"("sell":37000.2,"sort":100,"volValue":1322567.6,"baseCurrency":"BTC","market":"USDS",)"
                    R"("quoteCurrency":"USDT","symbolCode":"BTC-USDT","datetime":1700000000123,"high":37500,)"
                    R"("vol":35.12345678,"low":36500.5,"changePrice":-120.3,"changeRate":-0.0032,)"
                    R"("lastTradedPrice":37000.2,"board":0,"mark":0}}})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(text(t.last), std::string("37000.2"));
    QCOMPARE(text(t.bid), std::string("37000.1"));
    QCOMPARE(text(t.ask), std::string("37000.2"));
    QCOMPARE(text(t.high), std::string("37500"));
    QCOMPARE(text(t.low), std::string("36500.5"));
    QCOMPARE(text(t.change), std::string("-120.3"));
    QCOMPARE(text(t.percentage), std::string("-0.32"));
    QCOMPARE(text(t.open), std::string("37120.5"));
    QCOMPARE(text(t.baseVolume), std::string("35.12345678"));
    QCOMPARE(text(t.quoteVolume), std::string("1322567.6"));
    QCOMPARE(t.timestamp.value_or(0), 1700000000123LL);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestKucoinStream)
#include "TestKucoinStream.moc"
