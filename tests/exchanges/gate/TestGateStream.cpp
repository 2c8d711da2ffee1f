// SPDX-License-Identifier: GPL-3.0-or-later
// Gate's spot websocket v4 replayed by a local server: spot.order_book_update joined to the REST snapshot by its id
// (U/u, Gate's documented procedure) and a gap leading to a new snapshot, the spot.ping heartbeat and its pong, a
// reconnect with its resubscriptions, a refusal routed by request id to its stream, spot.trades and spot.tickers.
#include "../common/StreamTestKit.h"
#include "gate/Gate.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct GateRig : StreamRig<Gate>
{
    GateRig()
    {
        exchange.setMarkets(loadMarketsFile(QStringLiteral(GATE_FIXTURES_DIR "/markets.json")));
        clock.fixAt(1700000000000);
    }
};

std::string update(uint64_t first, uint64_t last, const std::string& bids, const std::string& asks)
{
    return R"({"time":1700000000,"time_ms":1700000000123,"channel":"spot.order_book_update","event":"update",)"
           R"("result":{"t":1700000000120,"e":"depthUpdate","E":1700000000,"s":"BTC_USDT","U":)"
        + std::to_string(first) + R"(,"u":)" + std::to_string(last) + R"(,"b":)" + bids + R"(,"a":)" + asks + "}}";
}

std::string restBook(uint64_t id, const std::string& bids, const std::string& asks)
{
    return R"({"id":)" + std::to_string(id) + R"(,"current":1700000000100,"update":1700000000090,"asks":)" + asks
        + R"(,"bids":)" + bids + "}";
}

// The request id Gate would echo for the first frame sent on `channel`.
long long requestIdOf(const StreamServer& server, const std::string& channel)
{
    for (const auto& frame : server.received) {
        if (frame.find(R"("channel":")" + channel + "\"") != std::string::npos) {
            return JsonDocument::parse(frame).root()["id"].integer().value_or(-1);
        }
    }
    return -1;
}

} // namespace

class TestGateStream : public QObject
{
    Q_OBJECT

private slots:
    void bookJoinsTheRestSnapshotByUpdateIds();
    void pingsWithSpotPing();
    void reconnectsAndResubscribesAfterADrop();
    void aRefusalReachesTheStreamItsIdNames();
    void tradesAndTickers();
};

void TestGateStream::bookJoinsTheRestSnapshotByUpdateIds()
{
    GateRig rig;
    rig.transport.push(200, restBook(1000, R"([["37000.1","1.5"],["36999.9","0.75"]])", R"([["37000.2","0.25"]])"));
    rig.transport.push(200, restBook(2000, R"([["36000","1"]])", R"([["36001","2"]])"));
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(R"({"time":1700000000,"id":1,"channel":"spot.order_book_update",)"
                                         R"("event":"subscribe","payload":["BTC_USDT","100ms"]})"),
                 1);
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(rig.transport.requests.size(), size_t(1));
    QVERIFY(rig.transport.requests[0].url.find("spot/order_book?currency_pair=BTC_USDT&limit=1000&with_id=true")
            != std::string::npos);
    QCOMPARE(watcher.top(), std::string("37000.1x1.5 / 37000.2x0.25"));

    rig.server.send(R"({"time":1700000000,"time_ms":1700000000001,"id":1,"channel":"spot.order_book_update",)"
                    R"("event":"subscribe","result":{"status":"success"}})");
    rig.server.send(update(995, 1000, R"([["37000.1","9"]])", "[]")); // inside the snapshot: dropped
    rig.server.send(update(999, 1002, R"([["37000.1","3"]])", "[]")); // spans id + 1: applied
    rig.server.send(update(1003, 1003, "[]", R"([["37000.2","0"],["37000.5","4"]])"));
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("37000.1x3 / 37000.5x4"));

    // 1004..1009 never arrive: the feed fetches a new snapshot rather than apply 1010 to 1003.
    rig.server.send(update(1010, 1012, R"([["37000.1","5"]])", "[]"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(1));
    QCOMPARE(rig.transport.requests.size(), size_t(2));
    QCOMPARE(watcher.top(), std::string("36000x1 / 36001x2"));
    rig.server.send(update(2001, 2001, R"([["36000.5","1"]])", "[]"));
    QTRY_COMPARE(watcher.top(), std::string("36000.5x1 / 36001x2"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestGateStream::pingsWithSpotPing()
{
    GateRig rig;
    rig.feed().setHeartbeatInterval(30);
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_VERIFY(rig.server.countExactly(R"({"time":1700000000,"channel":"spot.ping"})") >= 2);
    rig.server.send(R"({"time":1700000000,"time_ms":1700000000005,"channel":"spot.pong","event":"","result":null})");
    QTest::qWait(30);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QCOMPARE(rig.server.connections, 1);
}

void TestGateStream::reconnectsAndResubscribesAfterADrop()
{
    GateRig rig;
    rig.feed().setReconnectDelays(20, 200);
    rig.transport.push(200, restBook(10, R"([["100","1"]])", R"([["101","1"]])"));
    rig.transport.push(200, restBook(50, R"([["200","1"]])", R"([["201","1"]])"));
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 3);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 6);
    QCOMPARE(rig.server.count("spot.order_book_update"), 2);
    QCOMPARE(rig.server.count("spot.trades"), 2);
    QCOMPARE(rig.server.count("spot.tickers"), 2);
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(rig.feed().stats().reconnects >= 1);
}

void TestGateStream::aRefusalReachesTheStreamItsIdNames()
{
    GateRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 2);
    const long long tradesId = requestIdOf(rig.server, "spot.trades");
    QVERIFY(tradesId > 0);
    rig.server.send(R"({"time":1700000000,"time_ms":1700000000002,"id":)" + std::to_string(tradesId)
                    + R"(,"channel":"spot.trades","event":"subscribe","error":{"code":2,)"
                      R"("message":"unknown currency pair BTC_USDT"},"result":null})");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tradeErrors[0].message()).contains(QStringLiteral("unknown currency pair")));
    QCOMPARE(tape.tickerErrors.size(), size_t(0));
}

void TestGateStream::tradesAndTickers()
{
    GateRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("event":"subscribe")"), 2);
    rig.server.send(R"({"time":1606292218,"time_ms":1606292218231,"channel":"spot.trades","event":"update",)"
                    R"("result":{"id":309143071,"create_time":1606292218,"create_time_ms":"1606292218213.4578",)"
                    R"("side":"sell","currency_pair":"BTC_USDT","amount":"16.4700000000","price":"0.4705000000",)"
                    R"("range":"2390902-2390902"}})");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    const Trade& trade = tape.trades[0];
    QCOMPARE(trade.symbol, std::string("BTC/USDT"));
    QCOMPARE(trade.id.value_or(""), std::string("309143071"));
    QCOMPARE(text(trade.price), std::string("0.4705"));
    QCOMPARE(text(trade.amount), std::string("16.47"));
    QCOMPARE(text(trade.cost), std::string("7.749135"));
    QCOMPARE(trade.side.value_or(""), std::string("sell"));
    QCOMPARE(trade.timestamp.value_or(0), 1606292218213LL);

    rig.server.send(R"({"time":1669107766,"time_ms":1669107766406,"channel":"spot.tickers","event":"update",)"
                    R"("result":{"currency_pair":"BTC_USDT","last":"16602.2","lowest_ask":"16602.2",)"
                    R"("highest_bid":"16602.1","change_percentage":"-0.3985","base_volume":"79.6738",)"
                    R"("quote_volume":"1322567.6","high_24h":"16701.5","low_24h":"16500"}})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(text(t.last), std::string("16602.2"));
    QCOMPARE(text(t.ask), std::string("16602.2"));
    QCOMPARE(text(t.bid), std::string("16602.1"));
    QCOMPARE(text(t.percentage), std::string("-0.3985"));
    QCOMPARE(text(t.baseVolume), std::string("79.6738"));
    QCOMPARE(text(t.quoteVolume), std::string("1322567.6"));
    QCOMPARE(text(t.high), std::string("16701.5"));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestGateStream)
#include "TestGateStream.moc"
