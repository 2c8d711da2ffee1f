// SPDX-License-Identifier: GPL-3.0-or-later
// HTX's spot websocket replayed by a local server that gzips every frame as HTX does: market.<id>.mbp.150 on /feed
// with its snapshot asked for by "req" and the seqNum/prevSeqNum chain (messages the snapshot holds dropped, a gap
// leading to a resubscription and a new snapshot), {"ping":n} answered by {"pong":n}, a frame that does not
// inflate, a reconnect of each of the two connections with its resubscriptions, a refusal routed by request id,
// trade.detail and detail parsed exactly.
#include "../common/StreamTestKit.h"
#include "core/Gzip.h"
#include "htx/Htx.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct HtxRig : StreamRig<Htx>
{
    HtxRig() { exchange.setMarkets(loadMarketsFile(QStringLiteral(HTX_FIXTURES_DIR "/markets.json"))); }
    // What HTX sends: gzipped JSON in a binary frame.
    void send(const std::string& path, const std::string& json) { server.sendBinary(path, gzip(json)); }
};

const std::string kBookSub = R"({"sub":"market.btcusdt.mbp.150","id":"1"})";
const std::string kBookReq = R"({"req":"market.btcusdt.mbp.150","id":"1s"})";

std::string snapshot(const std::string& id, uint64_t seqNum, const std::string& bids, const std::string& asks)
{
    return R"({"id":")" + id + R"(","rep":"market.btcusdt.mbp.150","status":"ok","ts":1700000000000,)"
        + R"("data":{"seqNum":)" + std::to_string(seqNum) + R"(,"bids":)" + bids + R"(,"asks":)" + asks + "}}";
}

std::string delta(uint64_t prevSeqNum, uint64_t seqNum, const std::string& bids, const std::string& asks)
{
    return R"({"ch":"market.btcusdt.mbp.150","ts":1700000000100,"tick":{"seqNum":)" + std::to_string(seqNum)
        + R"(,"prevSeqNum":)" + std::to_string(prevSeqNum) + R"(,"bids":)" + bids + R"(,"asks":)" + asks + "}}";
}

const std::string kSnapshot100 = snapshot("1s", 100, "[[37000.1,1.5],[36999.9,0.75]]", "[[37000.2,0.25],[37000.5,2]]");

// The id of the last request for `verb` on `topic` ("sub", "req", "unsub").
std::string requestIdOf(const StreamServer& server, const std::string& verb, const std::string& topic)
{
    std::string id;
    for (const auto& frame : server.received) {
        const JsonDocument doc = JsonDocument::parse(frame);
        if (doc.root()[verb].stringOr("") == topic) {
            id = doc.root()["id"].stringOr("");
        }
    }
    return id;
}

} // namespace

class TestHtxStream : public QObject
{
    Q_OBJECT

private slots:
    void bookJoinsItsSnapshotBySeqNum();
    void aGapResubscribesAndAsksForANewSnapshot();
    void answersPingsAndCountsBadFrames();
    void reconnectsEachConnectionAndResubscribes();
    void tradesTickersAndRefusals();
};

void TestHtxStream::bookJoinsItsSnapshotBySeqNum()
{
    HtxRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookReq), 1);
    QCOMPARE(rig.server.received, (std::vector<std::string> {kBookSub, kBookReq}));
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/feed"});
    QCOMPARE(rig.transport.requests.size(), size_t(0)); // the snapshot comes over the socket

    rig.send("/feed", R"({"id":"1","status":"ok","subbed":"market.btcusdt.mbp.150","ts":1700000000000})");
    rig.send("/feed", delta(95, 98, "[[37000.1,9]]", "[]")); // before the snapshot: not applied
    rig.send("/feed", kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("37000.1x1.5 / 37000.2x0.25"));
    QCOMPARE(watcher.deltas, 0);

    rig.send("/feed", delta(98, 100, "[[37000.1,9]]", "[]")); // in the snapshot already: dropped, no gap
    rig.send("/feed", delta(100, 104, "[[37000.1,0],[37000.15,3]]", "[[37000.2,0]]"));
    rig.send("/feed", delta(104, 107, "[]", "[[37000.4,1]]"));
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("37000.15x3 / 37000.4x1"));
    QCOMPARE(watcher.builder.bidCount(), size_t(2));
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

void TestHtxStream::aGapResubscribesAndAsksForANewSnapshot()
{
    HtxRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookReq), 1);
    rig.send("/feed", kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);

    // prevSeqNum 103: a message the feed never saw.
    rig.send("/feed", delta(103, 110, "[[37000.1,5]]", "[]"));
    QTRY_COMPARE(rig.server.count(R"("req":"market.btcusdt.mbp.150")"), 2);
    QCOMPARE(rig.server.count(R"("unsub":"market.btcusdt.mbp.150")"), 1);
    QCOMPARE(rig.server.count(R"("sub":"market.btcusdt.mbp.150")"), 2);
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(1));
    QCOMPARE(watcher.deltas, 0);
    rig.send("/feed", delta(110, 111, "[[37000.1,6]]", "[]")); // continues the gap: still no book to put it on
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    QCOMPARE(watcher.top(), std::string("37000.1x1.5 / 37000.2x0.25"));

    const std::string req = requestIdOf(rig.server, "req", "market.btcusdt.mbp.150");
    QVERIFY(req != "1s");
    rig.send("/feed", snapshot(req, 200, "[[36000,1]]", "[[36001,2]]"));
    QTRY_COMPARE(watcher.snapshots, 2);
    rig.send("/feed", delta(200, 201, "[[36000.5,1]]", "[]"));
    QTRY_COMPARE(watcher.top(), std::string("36000.5x1 / 36001x2"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestHtxStream::answersPingsAndCountsBadFrames()
{
    HtxRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("sub":)"), 2);
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/ws"});
    rig.send("/ws", R"({"ping":1492420473027})");
    QTRY_COMPARE(rig.server.countExactly(R"({"pong":1492420473027})"), 1);
    // Bytes that claim to be gzip but do not inflate: counted, and the connection goes on.
    rig.server.sendBinary("/ws", std::string("\x1f\x8b\x08\x00garbage", 11));
    QTRY_COMPARE(rig.feed().stats().badFrames, uint64_t(1));
    rig.send("/ws", R"({"ping":1492420478000})");
    QTRY_COMPARE(rig.server.countExactly(R"({"pong":1492420478000})"), 1);
    QCOMPARE(rig.server.connections, 1);
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
}

void TestHtxStream::reconnectsEachConnectionAndResubscribes()
{
    HtxRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("sub":)"), 3);
    QTRY_COMPARE(rig.server.connections, 2);
    rig.send("/feed", kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop("/ws");
    QTRY_COMPARE(rig.server.connections, 3);
    QTRY_COMPARE(rig.server.count(R"("sub":"market.btcusdt.trade.detail")"), 2);
    QTRY_COMPARE(rig.server.count(R"("sub":"market.btcusdt.detail")"), 2);
    QCOMPARE(rig.server.count(R"("sub":"market.btcusdt.mbp.150")"), 1); // the book's connection stayed up
    QCOMPARE(watcher.snapshots, 1);

    rig.server.drop("/feed");
    QTRY_COMPARE(rig.server.connections, 4);
    QTRY_COMPARE(rig.server.count(R"("req":"market.btcusdt.mbp.150")"), 2);
    // The old book is of unknown age: a message chained to it waits for the new snapshot.
    rig.send("/feed", delta(100, 101, "[[37000.1,7]]", "[]"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    rig.send("/feed",
             snapshot(requestIdOf(rig.server, "req", "market.btcusdt.mbp.150"), 300, "[[200,1]]", "[[201,1]]"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(rig.feed().stats().reconnects >= 2);
}

void TestHtxStream::tradesTickersAndRefusals()
{
    HtxRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("sub":)"), 2);
    rig.send("/ws",
             R"({"ch":"market.btcusdt.trade.detail","ts":1630994963175,"tick":{"id":137005445109,)"
             R"("ts":1630994963173,"data":[{"id":1.37005445109359e+26,"ts":1630994963173,)"
             R"("tradeId":102523573486,"amount":0.006754,"price":52648.62,"direction":"buy"},)"
             R"({"id":1.37005445109359e+26,"ts":1630994963174,"tradeId":102523573487,"amount":0.5,)"
             R"("price":52648.61,"direction":"sell"}]}})");
    QTRY_COMPARE(tape.trades.size(), size_t(2));
    QCOMPARE(tape.trades[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(tape.trades[0].id.value_or(""), std::string("102523573486"));
    QCOMPARE(text(tape.trades[0].price), std::string("52648.62"));
    QCOMPARE(text(tape.trades[0].amount), std::string("0.006754"));
    QCOMPARE(text(tape.trades[0].cost), std::string("355.58877948"));
    QCOMPARE(tape.trades[0].side.value_or(""), std::string("buy"));
    QCOMPARE(tape.trades[0].timestamp.value_or(0), 1630994963173LL);
    QCOMPARE(tape.trades[1].id.value_or(""), std::string("102523573487"));
    QCOMPARE(text(tape.trades[1].cost), std::string("26324.305"));
    QCOMPARE(tape.trades[1].side.value_or(""), std::string("sell"));

    rig.send("/ws",
             R"({"ch":"market.btcusdt.detail","ts":1630998026649,"tick":{"id":235667799749,)"
             R"("low":50110.43,"high":53500,"open":51000.5,"close":52700.25,"vol":12345678.5,)"
             R"("amount":234.5678,"version":235667799749,"count":1234}})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(text(t.last), std::string("52700.25"));
    QCOMPARE(text(t.open), std::string("51000.5"));
    QCOMPARE(text(t.high), std::string("53500"));
    QCOMPARE(text(t.low), std::string("50110.43"));
    QCOMPARE(text(t.change), std::string("1699.75"));
    QCOMPARE(text(t.baseVolume), std::string("234.5678"));
    QCOMPARE(text(t.quoteVolume), std::string("12345678.5"));
    QCOMPARE(t.timestamp.value_or(0), 1630998026649LL);

    const std::string tickerId = requestIdOf(rig.server, "sub", "market.btcusdt.detail");
    QVERIFY(!tickerId.empty());
    rig.send("/ws",
             R"({"id":")" + tickerId
                 + R"(","status":"error","err-code":"bad-request","err-msg":"invalid topic )"
                   R"(market.btcusdt.detail","ts":1630998026700})");
    QTRY_COMPARE(tape.tickerErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("bad-request")));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("invalid topic")));
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestHtxStream)
#include "TestHtxStream.moc"
