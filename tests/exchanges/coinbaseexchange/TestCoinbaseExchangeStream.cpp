// SPDX-License-Identifier: GPL-3.0-or-later
// Coinbase Exchange's websocket feed replayed by a local server: level2_batch without credentials, level2 signed
// with them (the signature at a fixed clock against a value computed independently with python3 hmac), snapshot and
// l2update, websocket pings as the heartbeat, a reconnect with its resubscriptions, a refused (unauthenticated)
// subscription, matches and the ticker.
#include "../common/StreamTestKit.h"
#include "coinbaseexchange/CoinbaseExchange.h"

using namespace bourse;
using namespace bourse::ex;
using namespace bourse::test;

namespace {

struct CoinbaseRig : StreamRig<CoinbaseExchange>
{
    CoinbaseRig()
    {
        exchange.setMarkets(loadMarketsFile(QStringLiteral(COINBASEEXCHANGE_FIXTURES_DIR "/markets.json")));
    }
};

const std::string kSnapshot = R"({"type":"snapshot","product_id":"BTC-USD","bids":[["10101.10","0.45054140"],)"
                              R"(["10100.00","1.5"]],"asks":[["10102.55","0.57753524"],["10103.00","2"]]})";

std::string l2update(const std::string& changes)
{
    return R"({"type":"l2update","product_id":"BTC-USD","time":"2019-08-14T20:42:27.265Z","changes":)" + changes + "}";
}

} // namespace

class TestCoinbaseExchangeStream : public QObject
{
    Q_OBJECT

private slots:
    void publicBookIsLevel2BatchSnapshotAndUpdates();
    void level2IsSignedWithTheAccountsKeys();
    void aRefusedSubscriptionReachesTheSubscriber();
    void reconnectsAndWaitsForANewSnapshot();
    void matchesAndTicker();
};

void TestCoinbaseExchangeStream::publicBookIsLevel2BatchSnapshotAndUpdates()
{
    CoinbaseRig rig;
    rig.feed().setHeartbeatInterval(30);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(
        rig.server.countExactly(R"({"type":"subscribe","product_ids":["BTC-USD"],"channels":["level2_batch"]})"), 1);
    rig.server.send(R"({"type":"subscriptions","channels":[{"name":"level2_batch","product_ids":["BTC-USD"]}]})");
    // A change before the snapshot has no book to land on.
    rig.server.send(l2update(R"([["buy","10101.10","9"]])"));
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);
    QCOMPARE(watcher.deltas, 0);
    QCOMPARE(watcher.top(), std::string("10101.1x0.4505414 / 10102.55x0.57753524"));

    rig.server.send(l2update(R"([["buy","10101.80000000","0.162567"],["sell","10102.55","0.00000000"]])"));
    QTRY_COMPARE(watcher.deltas, 1);
    QCOMPARE(watcher.top(), std::string("10101.8x0.162567 / 10103x2"));
    rig.server.send(l2update(R"([["up","1","1"]])")); // not a side: the frame is counted and dropped
    QTRY_COMPARE(rig.feed().stats().badFrames, uint64_t(1));
    QCOMPARE(watcher.top(), std::string("10101.8x0.162567 / 10103x2"));

    // The heartbeat is websocket pings (answered by the server's websocket layer): no text frame goes out for it.
    QTest::qWait(120);
    QCOMPARE(rig.server.received.size(), size_t(1));
    QVERIFY(rig.feed().connected());
    QCOMPARE(rig.transport.requests.size(), size_t(0));
}

void TestCoinbaseExchangeStream::level2IsSignedWithTheAccountsKeys()
{
    CoinbaseRig rig;
    Credentials credentials;
    credentials.apiKey = "key";
    credentials.secret = "c2VjcmV0"; // base64("secret")
    credentials.password = "pass";
    rig.exchange.setCredentials(credentials);
    rig.clock.fixAt(1700000000000);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    // python3: base64(hmac.new(b64decode("c2VjcmV0"), b"1700000000GET/users/self/verify", sha256).digest())
    QTRY_COMPARE(rig.server.countExactly(
                     R"({"type":"subscribe","product_ids":["BTC-USD"],"channels":["level2"],)"
                     R"("signature":"lhmJXK08fk9SI1ZwFXKFRrPtzfbNOwC+D1xMJJ/1KZg=","key":"key","passphrase":"pass",)"
                     R"("timestamp":"1700000000"})"),
                 1);
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);

    // Trades and the ticker are public: never signed.
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.countExactly(R"({"type":"subscribe","product_ids":["BTC-USD"],"channels":["matches"]})"),
                 1);
    QTRY_COMPARE(rig.server.countExactly(R"({"type":"subscribe","product_ids":["BTC-USD"],"channels":["ticker"]})"), 1);
    watcher.subscription.cancel();
    QTRY_COMPARE(rig.server.countExactly(R"({"type":"unsubscribe","product_ids":["BTC-USD"],"channels":["level2"]})"),
                 1);
}

void TestCoinbaseExchangeStream::aRefusedSubscriptionReachesTheSubscriber()
{
    CoinbaseRig rig;
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.count("level2_batch"), 1);
    rig.server.send(
        R"({"type":"error","message":"Authentication Failed","reason":"{\"message\":\"Invalid API Key\"}"})");
    QTRY_COMPARE(watcher.errors.size(), size_t(1));
    QCOMPARE(watcher.errors[0].kind(), ErrorKind::AuthenticationError);
    QVERIFY(QString::fromStdString(watcher.errors[0].message()).contains(QStringLiteral("Invalid API Key")));
    rig.server.send(R"({"type":"error","message":"Failed to subscribe","reason":"BTC-USDX is not a valid product"})");
    QTRY_COMPARE(watcher.errors.size(), size_t(2));
    QCOMPARE(watcher.errors[1].kind(), ErrorKind::BadRequest);
}

void TestCoinbaseExchangeStream::reconnectsAndWaitsForANewSnapshot()
{
    CoinbaseRig rig;
    rig.feed().setReconnectDelays(20, 200);
    BookWatcher watcher;
    watcher.watch(rig.feed(), "BTC/USD");
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 3);
    rig.server.send(kSnapshot);
    QTRY_COMPARE(watcher.snapshots, 1);

    rig.server.drop();
    QTRY_COMPARE(rig.server.connections, 2);
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 6);
    QCOMPARE(rig.server.count("level2_batch"), 2);
    // Changes on the new connection before its snapshot are not applied to the old book.
    rig.server.send(l2update(R"([["buy","10101.10","7"]])"));
    QTest::qWait(30);
    QCOMPARE(watcher.deltas, 0);
    rig.server.send(R"({"type":"snapshot","product_id":"BTC-USD","bids":[["20000","1"]],"asks":[["20001","1"]]})");
    QTRY_COMPARE(watcher.snapshots, 2);
    QCOMPARE(watcher.top(), std::string("20000x1 / 20001x1"));
    QCOMPARE(watcher.builder.gaps(), size_t(0));
}

void TestCoinbaseExchangeStream::matchesAndTicker()
{
    CoinbaseRig rig;
    TapeWatcher tape;
    tape.watch(rig.feed(), "BTC/USD");
    QTRY_COMPARE(rig.server.count(R"("type":"subscribe")"), 2);
    // last_match is the trade before the subscription; match is news. "side" is the maker's.
    rig.server.send(R"({"type":"last_match","trade_id":9,"sequence":49,"maker_order_id":"a","taker_order_id":"b",)"
                    R"("time":"2014-11-07T08:19:26.000000Z","product_id":"BTC-USD","size":"1","price":"400",)"
                    R"("side":"buy"})");
    rig.server.send(R"({"type":"match","trade_id":10,"sequence":50,)"
                    R"("maker_order_id":"ac928c66-ca53-498f-9c13-a110027a60e8",)"
                    R"("taker_order_id":"132fb6ae-456b-4654-b4e0-d681ac05cea1","time":"2014-11-07T08:19:27.028459Z",)"
                    R"("product_id":"BTC-USD","size":"5.23512","price":"400.23","side":"sell"})");
    QTRY_COMPARE(tape.trades.size(), size_t(1));
    const Trade& trade = tape.trades[0];
    QCOMPARE(trade.symbol, std::string("BTC/USD"));
    QCOMPARE(trade.id.value_or(""), std::string("10"));
    QCOMPARE(text(trade.price), std::string("400.23"));
    QCOMPARE(text(trade.amount), std::string("5.23512"));
    QCOMPARE(text(trade.cost), std::string("2095.2520776"));
    QCOMPARE(trade.side.value_or(""), std::string("buy")); // a sell maker was hit by a buying taker
    QCOMPARE(trade.timestamp.value_or(0), 1415348367028LL);

    rig.server.send(R"({"type":"ticker","sequence":7388547310,"product_id":"BTC-USD","price":"22345.67",)"
                    R"("open_24h":"22308.13","volume_24h":"470.21123644","low_24h":"22150","high_24h":"22495.15",)"
                    R"("volume_30d":"25713.98401605","best_bid":"22345.67","best_bid_size":"0.10647825",)"
                    R"("best_ask":"22349.68","best_ask_size":"0.03131702","side":"sell",)"
                    R"("time":"2023-03-04T03:37:20.799258Z","trade_id":11586478,"last_size":"0.00352175"})");
    QTRY_COMPARE(tape.tickers.size(), size_t(1));
    const Ticker& t = tape.tickers[0];
    QCOMPARE(t.symbol, std::string("BTC/USD"));
    QCOMPARE(text(t.last), std::string("22345.67"));
    QCOMPARE(text(t.open), std::string("22308.13"));
    QCOMPARE(text(t.high), std::string("22495.15"));
    QCOMPARE(text(t.low), std::string("22150"));
    QCOMPARE(text(t.bid), std::string("22345.67"));
    QCOMPARE(text(t.askVolume), std::string("0.03131702"));
    QCOMPARE(text(t.baseVolume), std::string("470.21123644"));
    QCOMPARE(t.timestamp.value_or(0), 1677901040799LL);
    QCOMPARE(rig.feed().stats().badFrames, uint64_t(0));
}

QTEST_GUILESS_MAIN(TestCoinbaseExchangeStream)
#include "TestCoinbaseExchangeStream.moc"
