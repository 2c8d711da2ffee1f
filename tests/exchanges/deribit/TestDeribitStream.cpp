// SPDX-License-Identifier: GPL-3.0-or-later
// Deribit's websocket API v2 replayed by a local server: public/set_heartbeat first on every connection and its
// test_request answered with public/test, public/subscribe over JSON-RPC, book.<instrument>.100ms with its snapshot
// and change_id/prev_change_id chain, a gap leading to a resubscription, a reconnect with its greeting and
// resubscriptions, a refusal (an error, or a channel missing from the result) reaching its stream, trades and
// tickers parsed exactly.
#include "../common/StreamTestKit.h"
#include "deribit/Deribit.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct DeribitRig : StreamRig<Deribit>
{
    DeribitRig()
    {
        // As deribit::parseMarket makes a spot pair: not inverse (the ccxt-made fixture says inverse, which
        // ccxt's own parser leaves undefined for spot, and which would turn a trade's cost into amount / price).
        std::vector<Market> markets = loadMarketsFile(QStringLiteral(DERIBIT_FIXTURES_DIR "/markets.json"));
        for (auto& market : markets) {
            market.inverse.reset();
        }
        exchange.setMarkets(std::move(markets));
    }
};

const std::string kSetHeartbeat =
    R"({"jsonrpc":"2.0","id":1000000000,"method":"public/set_heartbeat","params":{"interval":30}})";
const std::string kBookSubscribe =
    R"({"jsonrpc":"2.0","id":1,"method":"public/subscribe","params":{"channels":["book.BTC_USDT.100ms"]}})";

std::string book(const std::string& data)
{
    return R"({"jsonrpc":"2.0","method":"subscription","params":{"channel":"book.BTC_USDT.100ms","data":)" + data
        + "}}";
}

std::string change(uint64_t previous, uint64_t id, const std::string& bids, const std::string& asks)
{
    return book(R"({"type":"change","timestamp":1700000000200,"instrument_name":"BTC_USDT","prev_change_id":)"
                + std::to_string(previous) + R"(,"change_id":)" + std::to_string(id) + R"(,"bids":)" + bids
                + R"(,"asks":)" + asks + "}");
}

std::string snapshot(uint64_t id, const std::string& bids, const std::string& asks)
{
    return book(R"({"type":"snapshot","timestamp":1700000000100,"instrument_name":"BTC_USDT","change_id":)"
                + std::to_string(id) + R"(,"bids":)" + bids + R"(,"asks":)" + asks + "}");
}

const std::string kSnapshot100 =
    snapshot(100, R"([["new",37000,1.5],["new",36999,0.5]])", R"([["new",37001,0.25],["new",37002,3]])");

// The JSON-RPC id of the subscription to `channel`.
long long requestIdOf(const StreamServer& server, const std::string& channel)
{
    for (const auto& frame : server.received) {
        if (frame.find(R"("method":"public/subscribe")") != std::string::npos
            && frame.find("\"" + channel + "\"") != std::string::npos) {
            return JsonDocument::parse(frame).root()["id"].integer().value_or(-1);
        }
    }
    return -1;
}

} // namespace

class TestDeribitStream : public QObject
{
    Q_OBJECT

private slots:
    void greetsThenFollowsTheChangeIdChain();
    void aGapResubscribesForANewSnapshot();
    void answersTestRequests();
    void reconnectsGreetsAndResubscribes();
    void tradesTickersAndRefusals();
};

void TestDeribitStream::greetsThenFollowsTheChangeIdChain()
{
    DeribitRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    QCOMPARE(rig.server.received, (std::vector<std::string> {kSetHeartbeat, kBookSubscribe}));
    QCOMPARE(rig.server.paths, std::vector<std::string> {"/ws/api/v2"});

    rig.server.send(R"({"jsonrpc":"2.0","id":1000000000,"result":"ok","usIn":1,"usOut":2,"usDiff":1})");
    rig.server.send(R"({"jsonrpc":"2.0","id":1,"result":["book.BTC_USDT.100ms"],"usIn":1,"usOut":2,"usDiff":1})");
    rig.server.send(kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.top(), std::string("37000x1.5 / 37001x0.25"));

    rig.server.send(change(100, 102, R"([["change",37000,2],["new",37000.5,1]])", R"([["delete",37001,0]])"));
    rig.server.send(change(102, 103, "[]", R"([["new",37001.5,0.75]])"));
    QTRY_COMPARE(watcher.deltas, 2);
    QCOMPARE(watcher.top(), std::string("37000.5x1 / 37001.5x0.75"));
    QCOMPARE(watcher.builder.bidCount(), size_t(3));
    QCOMPARE(watcher.errors.size(), size_t(0));
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

void TestDeribitStream::aGapResubscribesForANewSnapshot()
{
    DeribitRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.countExactly(kBookSubscribe), 1);
    rig.server.send(kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);

    // prev_change_id 101 names a change the feed never saw.
    rig.server.send(change(101, 104, R"([["change",37000,9]])", "[]"));
    QTRY_COMPARE(rig.server.count(R"("method":"public/subscribe")"), 2);
    QCOMPARE(rig.server.count(R"("method":"public/unsubscribe","params":{"channels":["book.BTC_USDT.100ms"]})"), 1);
    QCOMPARE(rig.feed().stats().bookResyncs, uint64_t(1));
    rig.server.send(change(104, 105, R"([["change",37000,8]])", "[]"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    QCOMPARE(watcher.top(), std::string("37000x1.5 / 37001x0.25"));

    rig.server.send(snapshot(200, R"([["new",36000,1]])", R"([["new",36001,2]])"));
    QTRY_COMPARE(watcher.snapshots, 2);
    rig.server.send(change(200, 201, R"([["new",36000.5,1]])", "[]"));
    QTRY_COMPARE(watcher.top(), std::string("36000.5x1 / 36001x2"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestDeribitStream::answersTestRequests()
{
    DeribitRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("method":"public/subscribe")"), 2);
    rig.server.send(R"({"jsonrpc":"2.0","method":"heartbeat","params":{"type":"heartbeat"}})");
    rig.server.send(R"({"jsonrpc":"2.0","method":"heartbeat","params":{"type":"test_request"}})");
    QTRY_COMPARE(rig.server.countExactly(R"({"jsonrpc":"2.0","id":1000000001,"method":"public/test","params":{}})"), 1);
    QCOMPARE(rig.server.count("public/test"), 1); // the plain heartbeat needs no answer
    rig.server.send(R"({"jsonrpc":"2.0","id":1000000001,"result":{"version":"1.2.26"},"usIn":1,"usOut":2})");
    QTest::qWait(30);
    QCOMPARE(tape.tradeErrors.size(), size_t(0));
    QCOMPARE(tape.tickerErrors.size(), size_t(0));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
    QCOMPARE(rig.server.connections, 1);
}

void TestDeribitStream::reconnectsGreetsAndResubscribes()
{
    DeribitRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USDT");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("method":"public/subscribe")"), 3);
    rig.server.send(kSnapshot100);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.count(R"("method":"public/subscribe")"), 6);
    QCOMPARE(rig.server.count("public/set_heartbeat"), 2);
    QCOMPARE(rig.server.count(R"("book.BTC_USDT.100ms")"), 2);
    QCOMPARE(rig.server.count(R"("trades.BTC_USDT.100ms")"), 2);
    QCOMPARE(rig.server.count(R"("ticker.BTC_USDT.100ms")"), 2);
    // The old book is of unknown age: a change chained to it waits for the new snapshot.
    rig.server.send(change(100, 101, R"([["change",37000,4]])", "[]"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    rig.server.send(snapshot(300, R"([["new",200,1]])", R"([["new",201,1]])"));
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("200x1 / 201x1"));
    QVERIFY(rig.feed().stats().reconnects >= 1);
}

void TestDeribitStream::tradesTickersAndRefusals()
{
    DeribitRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USDT");
    QTRY_COMPARE(rig.server.count(R"("method":"public/subscribe")"), 2);

    rig.server.send(R"({"jsonrpc":"2.0","method":"subscription","params":{"channel":"trades.BTC_USDT.100ms",)"
                    R"("data":[{"trade_seq":30289,"trade_id":"BTC_USDT-1234567","timestamp":1700000000500,)"
                    R"("tick_direction":1,"price":37000.5,"mark_price":37000.1,"instrument_name":"BTC_USDT",)"
                    R"("index_price":37001.2,"direction":"sell","amount":0.0123},)"
                    R"({"trade_seq":30290,"trade_id":"BTC_USDT-1234568","timestamp":1700000000501,)"
                    R"("tick_direction":2,"price":36999,"mark_price":37000.1,"instrument_name":"BTC_USDT",)"
                    R"("index_price":37001.2,"direction":"buy","amount":0.5}]}})");
    QTRY_COMPARE(tape.trades.size(), size_t(2));
    QCOMPARE(tape.trades[0].symbol, std::string("BTC/USDT"));
    QCOMPARE(tape.trades[0].id.value_or(""), std::string("BTC_USDT-1234567"));
    QCOMPARE(text(tape.trades[0].price), std::string("37000.5"));
    QCOMPARE(text(tape.trades[0].amount), std::string("0.0123"));
    QCOMPARE(text(tape.trades[0].cost), std::string("455.10615"));
    QCOMPARE(tape.trades[0].side.value_or(""), std::string("sell"));
    QCOMPARE(tape.trades[0].timestamp.value_or(0), 1700000000500LL);
    QCOMPARE(text(tape.trades[1].cost), std::string("18499.5"));
    QCOMPARE(tape.trades[1].side.value_or(""), std::string("buy"));

    rig.server.send(R"({"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC_USDT.100ms",)"
                    R"("data":{"timestamp":1700000000600,"stats":{"volume_usd":123456.7,"volume":3.456,)"
                    R"("price_change":-1.25,"low":36500,"high":37500},"state":"open","mark_price":37000.3,)"
                    R"("last_price":37000.5,"instrument_name":"BTC_USDT","index_price":37001.2,)"
                    R"("estimated_delivery_price":37001.2,"best_bid_price":37000,"best_bid_amount":0.5,)"
                    R"("best_ask_price":37001,"best_ask_amount":0.25,"min_price":36445,"max_price":37555}}})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USDT"));
    QCOMPARE(text(t.last), std::string("37000.5"));
    QCOMPARE(text(t.bid), std::string("37000"));
    QCOMPARE(text(t.bidVolume), std::string("0.5"));
    QCOMPARE(text(t.ask), std::string("37001"));
    QCOMPARE(text(t.askVolume), std::string("0.25"));
    QCOMPARE(text(t.high), std::string("37500"));
    QCOMPARE(text(t.low), std::string("36500"));
    QCOMPARE(text(t.baseVolume), std::string("3.456"));
    QCOMPARE(text(t.quoteVolume), std::string("123456.7"));
    QCOMPARE(t.timestamp.value_or(0), 1700000000600LL);

    // Deribit leaves a channel it will not stream out of the result; or it answers with an error.
    const long long tradesId = requestIdOf(rig.server, "trades.BTC_USDT.100ms");
    const long long tickerId = requestIdOf(rig.server, "ticker.BTC_USDT.100ms");
    QVERIFY(tradesId > 0 && tickerId > 0 && tradesId != tickerId);
    rig.server.send(R"({"jsonrpc":"2.0","id":)" + std::to_string(tradesId) + R"(,"result":[],"usIn":1,"usOut":2})");
    QTRY_COMPARE(tape.tradeErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tradeErrors[0].message())
                .contains(QStringLiteral("did not subscribe to trades.BTC_USDT.100ms")));
    QCOMPARE(tape.tickerErrors.size(), size_t(0));
    rig.server.send(R"({"jsonrpc":"2.0","id":)" + std::to_string(tickerId)
                    + R"(,"error":{"message":"Invalid params","data":{"reason":"invalid format",)"
                      R"("param":"channels"},"code":-32602},"usIn":1,"usOut":2})");
    QTRY_COMPARE(tape.tickerErrors.size(), size_t(1));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("-32602")));
    QVERIFY(QString::fromStdString(tape.tickerErrors[0].message()).contains(QStringLiteral("invalid format")));
    QCOMPARE(tape.tradeErrors.size(), size_t(1));
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestDeribitStream)
#include "TestDeribitStream.moc"
