// SPDX-License-Identifier: GPL-3.0-or-later
// OKX's public websocket replayed by a local server: the books channel's snapshot and seqId/prevSeqId chain, its
// CRC-32 over the top 25 levels (expected values computed independently with python3 zlib.crc32 over the text OKX
// documents) and the deprecated checksum 0, a gap and a bad checksum leading to a resubscription, the "ping"/"pong"
// heartbeat, a reconnect with its resubscriptions, a refused subscription, trades and tickers.
#include "../common/StreamTestKit.h"
#include "core/BookChecksum.h"
#include "core/Crc32.h"
#include "okx/Okx.h"
#include "okx/OkxParsers.h"
#include "okx/OkxStream.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct OkxRig : StreamRig<Okx>
{
    OkxRig()
    {
        const JsonDocument doc =
            JsonDocument::parse(readTextFile(QStringLiteral(OKX_FIXTURES_DIR "/instruments.json")));
        std::vector<Market> markets;
        for (const auto& raw : doc.root()["data"].items()) {
            markets.push_back(okx::parseMarket(raw, exchange));
        }
        exchange.setMarkets(std::move(markets));
    }
};

const std::string kBookSubscribe = R"({"op":"subscribe","args":[{"channel":"books","instId":"BTC-USDT"}]})";

std::string bookFrame(const char* action, const std::string& data)
{
    return std::string(R"({"arg":{"channel":"books","instId":"BTC-USDT"},"action":")") + action + R"(","data":[)" + data
        + "]}";
}

// The snapshot every case starts from: seqId 100; checksum of
// "41006.1:0.00123:41006.3:0.30178218:41005.9:1.5:41006.8:0.60038921:41007:0.2".
const std::string kSnapshot =
    bookFrame("snapshot",
              R"({"asks":[["41006.3","0.30178218","0","2"],["41006.8","0.60038921","0","1"],["41007","0.2","0","1"]],)"
              R"("bids":[["41006.1","0.00123","0","1"],["41005.9","1.5","0","3"]],"ts":"1700000000000",)"
              R"("checksum":-789610786,"prevSeqId":-1,"seqId":100})");

// 41006.3 leaves the asks, 41006.2 becomes the best bid; checksum of
// "41006.2:0.5:41006.8:0.60038921:41006.1:0.00123:41007:0.2:41005.9:1.5".
const std::string kUpdate101 =
    bookFrame("update",
              R"({"asks":[["41006.3","0","0","0"]],"bids":[["41006.2","0.5","0","1"]],"ts":"1700000000100",)"
              R"("checksum":1661317130,"prevSeqId":100,"seqId":105})");

} // namespace

class TestOkxStream : public QObject
{
    Q_OBJECT

private slots:
    void checksumTextFollowsTheDocumentedExamples();
    void bookFollowsTheSeqIdChainAndChecksum();
    void aGapOrABadChecksumResubscribesBeforeAnyoneSeesIt();
    void checksumCoversTheTop25LevelsOnly();
    void pingsWithTextAndReadsThePong();
    void reconnectsAndResubscribesAfterADrop();
    void tradesTickersAndRefusals();
};

void TestOkxStream::checksumTextFollowsTheDocumentedExamples()
{
    // OKX's two documented examples: equal sides, and more asks than bids.
    OrderBook even;
    even.bids = {{*Decimal::parse("3366.1"), 7}, {3366, 6}};
    even.asks = {{*Decimal::parse("3366.8"), 9}, {3368, 8}};
    QCOMPARE(interleavedBookText(even, 25), std::string("3366.1:7:3366.8:9:3366:6:3368:8"));
    QCOMPARE(static_cast<int32_t>(*OkxStream().bookChecksum(even, Market())), -1881014294);
    OrderBook odd;
    odd.bids = {{*Decimal::parse("3366.1"), 7}};
    odd.asks = {{*Decimal::parse("3366.8"), 9}, {3368, 8}, {3372, 8}};
    QCOMPARE(static_cast<int32_t>(*OkxStream().bookChecksum(odd, Market())), 831078360);
}

void TestOkxStream::bookFollowsTheSeqIdChainAndChecksum()
{
    OkxRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/ws/v5/public"});
    QCOMPARE(rig.transport.requests.size(), size_t(0)); // the snapshot comes in the stream

    rig.server.send(R"({"event":"subscribe","arg":{"channel":"books","instId":"BTC-USDT"},"connId":"a4d3ae55"})");
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("41006.1x0.00123 / 41006.3x0.30178218"));

    rig.server.send(kUpdate101);
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.top(), std::string("41006.2x0.5 / 41006.8x0.60038921"));
    // No change for a while: OKX repeats the seqId as prevSeqId. And since the deprecation the checksum is 0.
    rig.server.send(bookFrame("update",
                              R"({"asks":[],"bids":[],"ts":"1700000001000","checksum":0,)"
                              R"("prevSeqId":105,"seqId":105})"));
    rig.server.send(bookFrame("update",
                              R"({"asks":[["41006.8","1","0","1"]],"bids":[],"ts":"1700000001100",)"
                              R"("checksum":0,"prevSeqId":105,"seqId":106})"));
    QTRY_COMPARE(watcher.deltas, 3);
    QCOMPARE(watcher.top(), std::string("41006.2x0.5 / 41006.8x1"));
    QCOMPARE(rig.feed().stats().checksumFailures, uint64_t(0));
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

void TestOkxStream::aGapOrABadChecksumResubscribesBeforeAnyoneSeesIt()
{
    OkxRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);

    // prevSeqId 103 names a message the feed never saw (100 was the last).
    rig.server.send(bookFrame("update",
                              R"({"asks":[],"bids":[["41006.1","9","0","1"]],"ts":"1700000000100",)"
                              R"("checksum":0,"prevSeqId":103,"seqId":104})"));
    QTRY_COMPARE(rig.server.count(R"("op":"unsubscribe")"), 1);
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 2);
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(1));
    QCOMPARE(watcher.deltas, 0);
    // The message after the gap continues it, but the book it would land on is missing a step: not applied.
    rig.server.send(bookFrame("update",
                              R"({"asks":[],"bids":[["41006.1","8","0","1"]],"ts":"1700000000200",)"
                              R"("checksum":0,"prevSeqId":104,"seqId":106})"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    QCOMPARE(watcher.top(), std::string("41006.1x0.00123 / 41006.3x0.30178218"));

    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 2);
    // The chain holds but the book after it is not OKX's: the checksum names another book.
    rig.server.send(bookFrame("update",
                              R"({"asks":[],"bids":[["41006.1","9","0","1"]],"ts":"1700000000100",)"
                              R"("checksum":1661317130,"prevSeqId":100,"seqId":101})"));
    QTRY_COMPARE(rig.feed().stats().checksumFailures, uint64_t(1));
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 3);
    QCOMPARE(watcher.deltas, 0);
    rig.server.send(kSnapshot);
    rig.server.send(kUpdate101);
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.top(), std::string("41006.2x0.5 / 41006.8x0.60038921"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestOkxStream::checksumCoversTheTop25LevelsOnly()
{
    OkxRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    // 30 levels a side: bids 100..71 with amounts 1..30, asks 101..130 with 0.25 each. python3:
    // zlib.crc32(b"100:1:101:0.25:99:2:102:0.25:...:76:25:125:0.25") as a signed int = 477722998.
    std::string bids;
    std::string asks;
    for (int i = 0; i < 30; ++i) {
        bids += (i ? "," : "") + std::string("[\"") + std::to_string(100 - i) + "\",\"" + std::to_string(i + 1)
            + "\",\"0\",\"1\"]";
        asks += (i ? "," : "") + std::string("[\"") + std::to_string(101 + i) + "\",\"0.25\",\"0\",\"1\"]";
    }
    rig.server.send(bookFrame("snapshot",
                              R"({"asks":[)" + asks + R"(],"bids":[)" + bids
                                  + R"(],"ts":"1","checksum":477722998,"prevSeqId":-1,"seqId":7})"));
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.builder.bidCount(), size_t(30));
    QCOMPARE(rig.feed().stats().checksumFailures, uint64_t(0));
}

void TestOkxStream::pingsWithTextAndReadsThePong()
{
    OkxRig rig;
    rig.feed().setHeartbeatInterval(30);
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_VERIFY(rig.server.countExactly("ping") >= 2);
    rig.server.send("pong");
    QTest::qWait(50);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.server.connections, 1);
    QVERIFY(rig.feed().connected());
}

void TestOkxStream::reconnectsAndResubscribesAfterADrop()
{
    OkxRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("op":"subscribe")"), 3);
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 2);
    QTRY_COMPARE(rig.server.count(R"({"channel":"trades","instId":"BTC-USDT"})"), 2);
    QTRY_COMPARE(rig.server.count(R"({"channel":"tickers","instId":"BTC-USDT"})"), 2);
    // The old book is of unknown age: an update chained to it is not applied until a new snapshot.
    rig.server.send(kUpdate101);
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("41006.1x0.00123 / 41006.3x0.30178218"));
    QVERIFY(rig.feed().stats().reconnects >= 1);
}

void TestOkxStream::tradesTickersAndRefusals()
{
    OkxRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("op":"subscribe")"), 2);

    rig.server.send(R"({"arg":{"channel":"trades","instId":"BTC-USDT"},"data":[)"
                    R"({"instId":"BTC-USDT","tradeId":"130639474","px":"42219.9","sz":"0.12060306","side":"buy",)"
                    R"("ts":"1630048897897","count":"3","source":"0","seqId":1234},)"
                    R"({"instId":"BTC-USDT","tradeId":"130639475","px":"42219.8","sz":"0.5","side":"sell",)"
                    R"("ts":"1630048897898","count":"1","source":"0","seqId":1235}]})");
    QTRY_COMPARE(tape.trades.size(), size_t(2));
    QCOMPARE(tape.trades[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(tape.trades[0].id.value_or(""), std::string("130639474"));
    QCOMPARE(text(tape.trades[0].price), std::string("42219.9"));
    QCOMPARE(text(tape.trades[0].amount), std::string("0.12060306"));
    QCOMPARE(tape.trades[0].side.value_or(""), std::string("buy"));
    QCOMPARE(tape.trades[0].timestamp.value_or(0), 1630048897897LL);
    QCOMPARE(text(tape.trades[1].cost), std::string("21109.9"));
    QCOMPARE(tape.trades[1].side.value_or(""), std::string("sell"));

    rig.server.send(R"({"arg":{"channel":"tickers","instId":"BTC-USDT"},"data":[{"instType":"SPOT",)"
                    R"("instId":"BTC-USDT","last":"31500.1","lastSz":"0.00001754","askPx":"31500.1",)"
                    R"("askSz":"0.00998144","bidPx":"31500","bidSz":"3.05652439","open24h":"31697",)"
                    R"("high24h":"32248","low24h":"31165.6","sodUtc0":"31385.5","sodUtc8":"32134.9",)"
                    R"("volCcy24h":"503403597.38138519","vol24h":"15937.10781721","ts":"1626526618762"}]})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(text(t.last), std::string("31500.1"));
    QCOMPARE(text(t.bid), std::string("31500"));
    QCOMPARE(text(t.bidVolume), std::string("3.05652439"));
    QCOMPARE(text(t.ask), std::string("31500.1"));
    QCOMPARE(text(t.open), std::string("31697"));
    QCOMPARE(text(t.high), std::string("32248"));
    QCOMPARE(text(t.low), std::string("31165.6"));
    QCOMPARE(text(t.baseVolume), std::string("15937.10781721"));
    QCOMPARE(text(t.quoteVolume), std::string("503403597.38138519"));
    QCOMPARE(t.timestamp.value_or(0), 1626526618762LL);

    // OKX names the refused stream only inside its message; the error reaches that stream alone.
    rig.server.send(R"({"event":"error","code":"60018","msg":"Wrong URL or channel:tickers,instId:BTC-USDT )"
                    R"(doesn't exist. Please use the correct URL, channel and parameters referring to API document.",)"
                    R"("connId":"a4d3ae55"})");
    QTRY_COMPARE(tape.tickerErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("60018")));
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestOkxStream)
#include "TestOkxStream.moc"
