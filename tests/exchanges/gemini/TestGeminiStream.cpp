// SPDX-License-Identifier: GPL-3.0-or-later
// Gemini's market data v2 replayed by a local server: the l2 subscription's first l2_updates (the whole book, told
// apart by its trades) and the changes after it, trade messages, the l2 subscription shared by the book and the
// trades of a symbol, a reconnect that waits for a new whole book, a refusal, and the ticker Gemini does not stream.
#include "../common/StreamTestKit.h"
#include "gemini/Gemini.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct GeminiRig : StreamRig<Gemini>
{
    GeminiRig() { exchange.setMarkets(loadMarketsFile(QStringLiteral(GEMINI_FIXTURES_DIR "/markets.json"))); }
};

const std::string kSubscribe = R"({"type":"subscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]})";
const std::string kUnsubscribe = R"({"type":"unsubscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]})";

std::string wholeBook(const std::string& changes)
{
    return R"({"type":"l2_updates","symbol":"BTCUSD","changes":)" + changes
        + R"(,"trades":[{"type":"trade","symbol":"BTCUSD","event_id":122258166738,"timestamp":1655330221424,)"
          R"("price":"22269.14","quantity":"0.00004473","side":"buy"}],"auction_events":[]})";
}

std::string changes(const std::string& list)
{
    return R"({"type":"l2_updates","symbol":"BTCUSD","changes":)" + list + "}";
}

} // namespace

class TestGeminiStream : public QObject
{
    Q_OBJECT

private slots:
    void firstL2UpdatesIsTheWholeBook();
    void bookAndTradesShareTheL2Subscription();
    void reconnectsAndWaitsForTheWholeBook();
    void tradesRefusalsAndNoTicker();
};

void TestGeminiStream::firstL2UpdatesIsTheWholeBook()
{
    GeminiRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kSubscribe), 1);
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/v2/marketdata"});
    rig.server.send(wholeBook(R"([["buy","22252.37","0.02"],["buy","22251.61","0.04"],["sell","22270.00","1.5"],)"
                              R"(["sell","22271.10","0.25"]])"));
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("22252.37x0.02 / 22270x1.5"));
    QCOMPARE(watcher.builder.bidCount(), size_t(2));

    rig.server.send(R"({"type":"heartbeat","timestamp":1655330222000})");
    rig.server.send(changes(R"([["sell","22270.00","0"],["buy","22260.00","3"]])"));
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.top(), std::string("22260x3 / 22271.1x0.25"));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.transport.requests.size(), size_t(0));
}

void TestGeminiStream::bookAndTradesShareTheL2Subscription()
{
    GeminiRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kSubscribe), 2);
    rig.server.send(wholeBook(R"([["buy","100","1"],["sell","101","1"]])"));
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(tape.trades.size(), size_t(0)); // the trades beside the whole book are history

    // The book goes: the trades still need l2, so nothing is unsubscribed.
    watcher.subscription.cancel();
    QTest::qWait(30);
    QCOMPARE(rig.server.countExactly(kUnsubscribe), 0);
    rig.server.send(R"({"type":"trade","symbol":"BTCUSD","event_id":7,"timestamp":1655330230000,"price":"100.5",)"
                    R"("quantity":"2","side":"sell"})");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    tape.tradeSubscription.cancel();
    QTRY_COMPARE(rig.server.countExactly(kUnsubscribe), 1);
}

void TestGeminiStream::reconnectsAndWaitsForTheWholeBook()
{
    GeminiRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(kSubscribe), 1);
    rig.server.send(wholeBook(R"([["buy","100","1"],["sell","101","1"]])"));
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.countExactly(kSubscribe), 2);
    // Changes without the whole book before them land on nothing.
    rig.server.send(changes(R"([["buy","100","5"]])"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    rig.server.send(wholeBook(R"([["buy","200","1"],["sell","201","1"]])"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(rig.feed().stats().reconnects >= 1);
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestGeminiStream::tradesRefusalsAndNoTicker()
{
    GeminiRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QCOMPARE(tape.tickerErrors.size(), size_t(1));
    QCOMPARE(tape.tickerErrors[0].kind(), ErrorKind::NotSupported);
    QTRY_COMPARE(rig.server.countExactly(kSubscribe), 1);

    rig.server.send(R"({"type":"trade","symbol":"BTCUSD","event_id":122278173770,"timestamp":1655335880981,)"
                    R"("price":"22530.80","quantity":"0.04","side":"buy"})");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    const Trade& trade = tape.trades[0];
    QCOMPARE(trade.symbol, std::string("BTC/USD"));
    QCOMPARE(trade.id.value_or(""), std::string("122278173770"));
    QCOMPARE(text(trade.price), std::string("22530.8"));
    QCOMPARE(text(trade.amount), std::string("0.04"));
    QCOMPARE(text(trade.cost), std::string("901.232"));
    QCOMPARE(trade.side.value_or(""), std::string("buy"));
    QCOMPARE(trade.timestamp.value_or(0), 1655335880981LL);

    rig.server.send(R"({"result":"error","reason":"NoValidTradingPairs"})");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tradeErrors[0].message()).contains(QStringLiteral("NoValidTradingPairs")));
}

QTEST_GUILESS_MAIN(TestGeminiStream)
#include "TestGeminiStream.moc"
