// SPDX-License-Identifier: GPL-3.0-or-later
// Bitfinex's public websocket v2 replayed by a local server: channel ids from the subscribed replies, the book's
// snapshot and single-level updates, the OB_CHECKSUM conf flag and "cs" checksums (expected values computed
// independently with python3 zlib.crc32 over the text Bitfinex documents, as signed integers), a bad checksum
// leading to an unsubscribe by id and a resubscription, "hb" heartbeats and the ping/pong, a reconnect, a refused
// subscription, "te" trades and the ticker.
#include "../common/StreamTestKit.h"
#include "bitfinex/Bitfinex.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct BitfinexRig : StreamRig<Bitfinex>
{
    BitfinexRig() { exchange.setMarkets(loadMarketsFile(QStringLiteral(BITFINEX_FIXTURES_DIR "/markets.json"))); }
};

const std::string kConf = R"({"event":"conf","flags":131072})";
const std::string kBookSubscribe =
    R"({"event":"subscribe","channel":"book","symbol":"tBTCUSD","prec":"P0","freq":"F0","len":"25"})";
const std::string kInfo = R"({"event":"info","version":2,"serverId":"1d9d4c2b","platform":{"status":1}})";

std::string subscribed(const char* channel, int chanId)
{
    return std::string(R"({"event":"subscribed","channel":")") + channel + R"(","chanId":)" + std::to_string(chanId)
        + R"(,"symbol":"tBTCUSD","pair":"BTCUSD"})";
}

// python3: zlib.crc32(b"7254.7:0.5:7254.8:-0.3:7254.6:1.25:7255:-2") as a signed int.
const std::string kSnapshotChecksum = "1773623872";
std::string snapshot(int chanId)
{
    return "[" + std::to_string(chanId) + R"(,[[7254.7,1,0.5],[7254.6,2,1.25],[7254.8,1,-0.3],[7255,3,-2]]])";
}

} // namespace

class TestBitfinexStream : public QObject
{
    Q_OBJECT

private slots:
    void bookIsCheckedAgainstEachChecksum();
    void aBadChecksumResubscribesByChannelId();
    void pingsAndReadsHeartbeats();
    void reconnectsAndMapsTheNewChannelIds();
    void tradesTickerAndRefusals();
};

void TestBitfinexStream::bookIsCheckedAgainstEachChecksum()
{
    BitfinexRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    QCOMPARE(rig.server.received.front(), kConf); // checksums asked for before the book
    rig.server.send(kInfo);
    rig.server.send(subscribed("book", 17));
    rig.server.send(snapshot(17));
    rig.server.send("[17,\"cs\"," + kSnapshotChecksum + "]");
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("7254.7x0.5 / 7254.8x0.3"));

    // 7254.8 leaves (count 0), 7254.75 arrives; python3: zlib.crc32(b"7254.7:0.5:7254.75:-0.1:7254.6:1.25:7255:-2")
    rig.server.send("[17,[7254.8,0,-1]]");
    rig.server.send("[17,[7254.75,1,-0.1]]");
    rig.server.send("[17,\"hb\"]");
    rig.server.send("[17,\"cs\",-831346570]");
    QTRY_COMPARE(watcher.deltas, 4);
    QCOMPARE(watcher.top(), std::string("7254.7x0.5 / 7254.75x0.1"));
    QCOMPARE(watcher.builder.askCount(), size_t(2));
    QCOMPARE(rig.feed().stats().checksumFailures, uint64_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    // A channel id nobody subscribed is not ours.
    rig.server.send("[99,[1,1,1]]");
    QTest::qWait(20);
    QCOMPARE(watcher.deltas, 4);
}

void TestBitfinexStream::aBadChecksumResubscribesByChannelId()
{
    BitfinexRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    rig.server.send(subscribed("book", 17));
    rig.server.send(snapshot(17));
    QTRY_COMPARE(watcher.snapshots, 1);
    rig.server.send("[17,[7254.7,1,0.9]]");
    rig.server.send("[17,\"cs\"," + kSnapshotChecksum + "]"); // the book before the update: not this one
    QTRY_COMPARE(rig.feed().stats().checksumFailures, uint64_t(1));
    QTRY_COMPARE(rig.server.countExactly(R"({"event":"unsubscribe","chanId":17})"), 1);
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 2);
    QCOMPARE(rig.server.countExactly(kConf), 2);
    QCOMPARE(watcher.deltas, 1); // the update, published; the book it made was never confirmed
    // What still arrives on the old id is dropped; the new id brings the new snapshot.
    rig.server.send("[17,[7254.7,1,5]]");
    rig.server.send(R"({"event":"unsubscribed","status":"OK","chanId":17})");
    rig.server.send(subscribed("book", 23));
    rig.server.send(snapshot(23));
    rig.server.send("[23,\"cs\"," + kSnapshotChecksum + "]");
    QTRY_COMPARE(watcher.snapshots, 2);
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("7254.7x0.5 / 7254.8x0.3"));
    QCOMPARE(rig.feed().stats().checksumFailures, uint64_t(1));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestBitfinexStream::pingsAndReadsHeartbeats()
{
    BitfinexRig rig;
    rig.feed().setHeartbeatInterval(30);
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_VERIFY(rig.server.countExactly(R"({"event":"ping","cid":1})") >= 2);
    rig.server.send(R"({"event":"pong","ts":1511545528111,"cid":1})");
    rig.server.send(subscribed("trades", 5));
    rig.server.send("[5,\"hb\"]");
    QTest::qWait(30);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.server.connections, 1);
}

void TestBitfinexStream::reconnectsAndMapsTheNewChannelIds()
{
    BitfinexRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 3);
    rig.server.send(kInfo);
    rig.server.send(subscribed("book", 17));
    rig.server.send(snapshot(17));
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 6);
    QCOMPARE(rig.server.countExactly(kBookSubscribe), 2);
    rig.server.send(kInfo);
    rig.server.send("[17,[7254.7,1,5]]"); // the old connection's id: nothing now
    rig.server.send(subscribed("book", 40));
    rig.server.send(subscribed("trades", 41));
    rig.server.send("[40,[[100,1,1],[101,1,-1]]]");
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("100x1 / 101x1"));
    rig.server.send(R"([41,"te",[5,1574694478808,0.5,100.5]])");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    // Unsubscribing uses the new id.
    watcher.subscription.cancel();
    QTRY_COMPARE(rig.server.countExactly(R"({"event":"unsubscribe","chanId":40})"), 1);
}

void TestBitfinexStream::tradesTickerAndRefusals()
{
    BitfinexRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(R"({"event":"subscribe","channel":"trades","symbol":"tBTCUSD"})"), 1);
    QTRY_COMPARE(rig.server.countExactly(R"({"event":"subscribe","channel":"ticker","symbol":"tBTCUSD"})"), 1);
    rig.server.send(subscribed("trades", 20));
    rig.server.send(subscribed("ticker", 21));
    rig.server.send("[20,[[401597393,1574694475039,0.005,7244.9],[401597392,1574694470000,-0.1,7244.8]]]");
    rig.server.send("[20,\"te\",[401597395,1574694478808,0.005,7245.3]]");
    rig.server.send("[20,\"tu\",[401597395,1574694478808,0.005,7245.3]]");
    rig.server.send("[20,\"te\",[401597396,1574694478900,-0.25,7245.2]]");
    QTRY_COMPARE(tape.trades.size(), size_t(2));
    QCOMPARE(tape.trades[0].symbol, std::string("BTC/USD"));
    QCOMPARE(tape.trades[0].id.value_or(""), std::string("401597395"));
    QCOMPARE(tape.trades[0].side.value_or(""), std::string("buy"));
    QCOMPARE(text(tape.trades[0].price), std::string("7245.3"));
    QCOMPARE(text(tape.trades[0].amount), std::string("0.005"));
    QCOMPARE(tape.trades[0].timestamp.value_or(0), 1574694478808LL);
    QCOMPARE(tape.trades[1].side.value_or(""), std::string("sell"));
    QCOMPARE(text(tape.trades[1].amount), std::string("0.25"));
    QCOMPARE(text(tape.trades[1].cost), std::string("1811.3"));

    rig.server.send("[21,[7254.7,10.5,7254.8,3.2,-12.5,-0.0017,7254.8,1500.25,7300,7200]]");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(text(t.bid), std::string("7254.7"));
    QCOMPARE(text(t.ask), std::string("7254.8"));
    QCOMPARE(text(t.last), std::string("7254.8"));
    QCOMPARE(text(t.change), std::string("-12.5"));
    QCOMPARE(text(t.percentage), std::string("-0.17"));
    QCOMPARE(text(t.baseVolume), std::string("1500.25"));
    QCOMPARE(text(t.high), std::string("7300"));
    QCOMPARE(text(t.low), std::string("7200"));

    rig.server.send(
        R"({"event":"error","msg":"symbol: invalid","code":10300,"channel":"ticker","symbol":"tBTCUSD","pair":"BTCUSD"})");
    QTRY_COMPARE(tape.tickerErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("10300")));
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestBitfinexStream)
#include "TestBitfinexStream.moc"
