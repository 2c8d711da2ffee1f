// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces stream protocols share: channel names both ways, the level readers and their typed errors, a whole
// book from levels, and the interleaved top-N text okx and bitfinex checksum (the CRC-32 values computed
// independently with python3 zlib.crc32 over the same text).
#include "core/BookChecksum.h"
#include "core/Crc32.h"
#include "core/StreamProtocol.h"
#include "core/StreamReading.h"

#include <QTest>

using namespace bourse::ex;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::parse(text);
}

} // namespace

class TestStreamReading : public QObject
{
    Q_OBJECT

private slots:
    void channelNamesGoBothWays();
    void levelsAreReadOrRefusedWithATypedError();
    void aWholeBookLeavesEmptyLevelsOutAndIsSorted();
    void interleavedTextTakesTheTopLevelsInTurn();
    void tradesAreBatchedBySymbolInOrder();
    void pendingRequestsAreAnsweredOnce();
};

void TestStreamReading::channelNamesGoBothWays()
{
    const stream::ChannelNames names {"books", "trades", "tickers"};
    QCOMPARE(std::string(names.of(MarketFeed::Channel::Ticker)), std::string("tickers"));
    QVERIFY(names.channelOf("books") == MarketFeed::Channel::OrderBook);
    QVERIFY(names.channelOf("trades") == MarketFeed::Channel::Trades);
    QVERIFY(!names.channelOf("candle1m").has_value());
}

void TestStreamReading::levelsAreReadOrRefusedWithATypedError()
{
    const JsonDocument good = JsonDocument::parse(R"([["100.50","1.25","0","3"],["99","0"]])");
    std::vector<BookLevelChange> changes;
    stream::readChanges(good.root(), BookSide::Ask, changes, "x");
    QCOMPARE(changes.size(), size_t(2));
    QVERIFY(changes[0].side == BookSide::Ask);
    QCOMPARE(changes[0].price.toString(), std::string("100.5"));
    QCOMPARE(changes[1].amount.toString(), std::string("0"));
    QCOMPARE(stream::readLevels(good.root(), "x")[0].amount.toString(), std::string("1.25"));

    const JsonDocument sided = JsonDocument::parse(R"([["sell","10","2"],["up","1","1"]])");
    const BookLevelChange sell = stream::readSidedChange(sided.root()[0], "x");
    QVERIFY(sell.side == BookSide::Ask);
    QCOMPARE(sell.amount.toString(), std::string("2"));
    try {
        stream::readSidedChange(sided.root()[1], "somex");
        QFAIL("a side that is neither buy nor sell was read");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::BadResponse);
        QVERIFY(QString::fromStdString(e.message()).startsWith(QStringLiteral("somex")));
    }
    const JsonDocument bad = JsonDocument::parse(R"([["abc","1"]])");
    QVERIFY_THROWS_EXCEPTION(Error, stream::readLevels(bad.root(), "x"));
}

void TestStreamReading::aWholeBookLeavesEmptyLevelsOutAndIsSorted()
{
    const OrderBook book = stream::bookOf("BTC/USD",
                                          {{BookSide::Bid, dec("99"), dec("1")},
                                           {BookSide::Bid, dec("100"), dec("2")},
                                           {BookSide::Ask, dec("102"), dec("0")},
                                           {BookSide::Ask, dec("101"), dec("3")}});
    QCOMPARE(book.symbol, std::string("BTC/USD"));
    QCOMPARE(book.bids.size(), size_t(2));
    QCOMPARE(book.bids[0].price.toString(), std::string("100"));
    QCOMPARE(book.asks.size(), size_t(1));
    QCOMPARE(book.asks[0].price.toString(), std::string("101"));
}

void TestStreamReading::interleavedTextTakesTheTopLevelsInTurn()
{
    OrderBook book;
    book.bids = {{dec("7254.7"), dec("0.5")}, {dec("7254.6"), dec("1.25")}};
    book.asks = {{dec("7254.8"), dec("0.3")}, {dec("7255"), dec("2")}};
    // Bitfinex writes the asks' amounts negative. python3: zlib.crc32(b"7254.7:0.5:7254.8:-0.3:7254.6:1.25:7255:-2")
    QCOMPARE(interleavedBookText(book, 25, true), std::string("7254.7:0.5:7254.8:-0.3:7254.6:1.25:7255:-2"));
    QCOMPARE(static_cast<int32_t>(crc32(interleavedBookText(book, 25, true))), 1773623872);
    // Only the top `levels` of each side; the longer side goes on alone.
    QCOMPARE(interleavedBookText(book, 1), std::string("7254.7:0.5:7254.8:0.3"));
    book.asks.push_back({dec("7256"), dec("1")});
    QCOMPARE(interleavedBookText(book, 3), std::string("7254.7:0.5:7254.8:0.3:7254.6:1.25:7255:2:7256:1"));
    QCOMPARE(interleavedBookText(OrderBook(), 25), std::string());
}

void TestStreamReading::tradesAreBatchedBySymbolInOrder()
{
    StreamEvents events;
    for (const char* symbol : {"A/B", "A/B", "C/D", "A/B"}) {
        Trade trade;
        trade.symbol = symbol;
        events.addTrade(trade);
    }
    QCOMPARE(events.trades.size(), size_t(3));
    QCOMPARE(events.trades[0].second.size(), size_t(2));
    QCOMPARE(events.trades[1].first, std::string("C/D"));
    QCOMPARE(events.trades[2].first, std::string("A/B"));
}

void TestStreamReading::pendingRequestsAreAnsweredOnce()
{
    stream::PendingRequests pending;
    pending.remember("7", {MarketFeed::Channel::Ticker, "BTC/USDT", "ticker.BTC_USDT.100ms"});
    pending.remember("8", {MarketFeed::Channel::Trades, "ETH/USDT", {}});
    QVERIFY(!pending.take("9"));
    auto seven = pending.take("7");
    QVERIFY(seven);
    QCOMPARE(seven->channel, MarketFeed::Channel::Ticker);
    QCOMPARE(seven->symbol, std::string("BTC/USDT"));
    QCOMPARE(seven->name, std::string("ticker.BTC_USDT.100ms"));
    QVERIFY(!pending.take("7")); // answered: a second answer to 7 refers to nothing
    QCOMPARE(pending.take("8")->symbol, std::string("ETH/USDT"));
}

QTEST_GUILESS_MAIN(TestStreamReading)
#include "TestStreamReading.moc"
