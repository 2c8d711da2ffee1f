// SPDX-License-Identifier: GPL-3.0-or-later
// Bitstamp's websocket v2 replayed by a local server: the order_book channel (a whole top-100 book per message,
// never joined to REST), live_trades, the bts:heartbeat, a reconnect with its resubscriptions, a refused
// subscription, and the ticker that bitstamp does not stream refused at once.
#include "../common/StreamTestKit.h"
#include "bitstamp/Bitstamp.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct BitstampRig : StreamRig<Bitstamp>
{
    BitstampRig() { exchange.setMarkets(loadMarketsFile(QStringLiteral(BITSTAMP_FIXTURES_DIR "/markets.json"))); }
};

const std::string kBookSubscribe = R"({"event":"bts:subscribe","data":{"channel":"order_book_btcusd"}})";
const std::string kTradesSubscribe = R"({"event":"bts:subscribe","data":{"channel":"live_trades_btcusd"}})";

std::string bookFrame(const std::string& bids, const std::string& asks)
{
    return R"({"data":{"timestamp":"1583656800","microtimestamp":"1583656800237527","bids":)" + bids + R"(,"asks":)"
        + asks + R"(},"channel":"order_book_btcusd","event":"data"})";
}

} // namespace

class TestBitstampStream : public QObject
{
    Q_OBJECT

private slots:
    void everyBookMessageIsAWholeBook();
    void sendsTheHeartbeatEvent();
    void reconnectsAndResubscribesAfterADrop();
    void tradesRefusalsAndNoTicker();
};

void TestBitstampStream::everyBookMessageIsAWholeBook()
{
    BitstampRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    rig.server.send(R"({"event":"bts:subscription_succeeded","channel":"order_book_btcusd","data":{}})");
    rig.server.send(bookFrame(R"([["8732.02","0.00002478"],["8729.62","0.01600000"],["8727.22","0.01800000"]])",
                              R"([["8735.67","2.00000000"],["8735.68","1.53294500"]])"));
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("8732.02x0.00002478 / 8735.67x2"));
    QCOMPARE(watcher.builder.bidCount(), size_t(3));

    // The next message replaces the book: 8732.02 and 8735.67 are gone without a word about them.
    rig.server.send(bookFrame(R"([["8729.62","0.01600000"],["8727.22","0.01800000"]])",
                              R"([["8735.68","1.53294500"],["8736","0.5"]])"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("8729.62x0.016 / 8735.68x1.532945"));
    QCOMPARE(watcher.builder.bidCount(), size_t(2));
    QCOMPARE(watcher.builder.askCount(), size_t(2));
    QCOMPARE(rig.transport.requests.size(), size_t(0)); // never joined to a REST snapshot
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));

    // An unreadable level loses the message, not the book.
    rig.server.send(bookFrame(R"([["x","1"]])", "[]"));
    QTRY_COMPARE(rig.feed().stats().badFrames, uint64_t(1));
    QCOMPARE(watcher.top(), std::string("8729.62x0.016 / 8735.68x1.532945"));
}

void TestBitstampStream::sendsTheHeartbeatEvent()
{
    BitstampRig rig;
    rig.feed().setHeartbeatInterval(30);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_VERIFY(rig.server.countExactly(R"({"event":"bts:heartbeat"})") >= 2);
    rig.server.send(R"({"event":"bts:heartbeat","channel":"","data":{"status":"success"}})");
    QTest::qWait(30);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.server.connections, 1);
}

void TestBitstampStream::reconnectsAndResubscribesAfterADrop()
{
    BitstampRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kTradesSubscribe), 1);
    rig.server.send(bookFrame(R"([["100","1"]])", R"([["101","1"]])"));
    QTRY_COMPARE(watcher.snapshots, 1);

    // Bitstamp announces a restart, then closes.
    rig.server.send(R"({"event":"bts:request_reconnect","channel":"","data":""})");
    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 2);
    QTRY_COMPARE(rig.server.countExactly(kTradesSubscribe), 2);
    rig.server.send(bookFrame(R"([["200","1"]])", R"([["201","1"]])"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(rig.feed().stats().reconnects >= 1);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

void TestBitstampStream::tradesRefusalsAndNoTicker()
{
    BitstampRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    // No ticker channel: refused before anything is sent.
    QCOMPARE(tape.tickerErrors.size(), size_t(1));
    QCOMPARE(tape.tickerErrors[0].kind(), ErrorKind::NotSupported);
    QTRY_COMPARE(rig.server.countExactly(kTradesSubscribe), 1);
    QCOMPARE(rig.server.received.size(), size_t(1));

    rig.server.send(R"({"data":{"id":108637852,"timestamp":"1584642064","amount":1.08,"amount_str":"1.08000000",)"
                    R"("price":6294.77,"price_str":"6294.77","type":1,"microtimestamp":"1584642064685000",)"
                    R"("buy_order_id":1211625836466176,"sell_order_id":1211625840754689},)"
                    R"("channel":"live_trades_btcusd","event":"trade"})");
    rig.server.send(R"({"data":{"id":108637853,"timestamp":"1584642065","amount":0.5,"amount_str":"0.50000000",)"
                    R"("price":6295,"price_str":"6295.00","type":0,"microtimestamp":"1584642065001000",)"
                    R"("buy_order_id":1,"sell_order_id":2},"channel":"live_trades_btcusd","event":"trade"})");
    QTRY_COMPARE(tape.trades.size(), size_t(2));
    QCOMPARE(tape.trades[0].symbol, std::string("BTC/USD"));
    QCOMPARE(tape.trades[0].id.value_or(""), std::string("108637852"));
    QCOMPARE(text(tape.trades[0].price), std::string("6294.77"));
    QCOMPARE(text(tape.trades[0].amount), std::string("1.08"));
    QCOMPARE(text(tape.trades[0].cost), std::string("6798.3516"));
    QCOMPARE(tape.trades[0].side.value_or(""), std::string("sell"));
    QCOMPARE(tape.trades[0].timestamp.value_or(0), 1584642064685LL);
    QCOMPARE(tape.trades[1].side.value_or(""), std::string("buy"));
    QCOMPARE(text(tape.trades[1].price), std::string("6295"));

    rig.server.send(R"({"event":"bts:error","channel":"live_trades_btcusd",)"
                    R"("data":{"code":null,"message":"Bad subscription string."}})");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tradeErrors[0].message()).contains(QStringLiteral("Bad subscription")));
}

QTEST_GUILESS_MAIN(TestBitstampStream)
#include "TestBitstampStream.moc"
