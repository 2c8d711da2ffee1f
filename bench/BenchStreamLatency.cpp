// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end latency of a pushed order book update: from a binance depth frame written by a local websocket
// server (127.0.0.1) to the order book model having applied it, through the real parts: QWebSocket, WebSocketFeed,
// BinanceStream's parser, the feed's own book, StreamRelay's OrderBookBuilder and OrderBookModel. One thread:
// the session's worker-to-GUI hop is one queued call more, not included. Reported as manual time per update, with
// the share spent before the feed had handled the frame (socket and parse) as a counter.
#include "binance/Binance.h"
#include "core/WebSocketFeed.h"
#include "models/OrderBookModel.h"
#include "models/session/StreamRelay.h"

#include <QGuiApplication>
#include <QWebSocket>
#include <QWebSocketServer>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>

using namespace bourse;
using namespace bourse::ex;
using SteadyClock = std::chrono::steady_clock;

namespace {

// Answers the feed's one REST request, the depth snapshot the stream is joined to.
class SnapshotTransport final : public Transport
{
public:
    void send(const HttpRequest&, std::function<void(HttpResponse)> done) override
    {
        HttpResponse r;
        r.status = 200;
        r.body = R"({"lastUpdateId":1000,"bids":[)";
        for (int i = 0; i < 100; ++i) {
            r.body += (i ? "," : "") + std::string(R"([")") + std::to_string(50000 - i) + R"(.00","1.5"])";
        }
        r.body += R"(],"asks":[)";
        for (int i = 0; i < 100; ++i) {
            r.body += (i ? "," : "") + std::string(R"([")") + std::to_string(50001 + i) + R"(.00","1.5"])";
        }
        r.body += "]}";
        done(std::move(r));
    }
};

Market btcUsdt()
{
    Market m;
    m.id = "BTCUSDT";
    m.symbol = "BTC/USDT";
    m.base = "BTC";
    m.quote = "USDT";
    m.precision.price = Decimal::parse("0.01");
    m.precision.amount = Decimal::parse("0.00001");
    return m;
}

void BM_DepthFrameToModel(benchmark::State& state)
{
    QWebSocketServer server(QStringLiteral("bench"), QWebSocketServer::NonSecureMode);
    server.listen(QHostAddress::LocalHost, 0);
    std::unique_ptr<QWebSocket> client;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server,
                     [&] { client.reset(server.nextPendingConnection()); });

    SnapshotTransport transport;
    ex::Clock clock;
    Binance binance(transport, clock);
    binance.setMarkets({btcUsdt()});
    ExchangeOptions options;
    options.streamUrl = "ws://127.0.0.1:" + std::to_string(server.serverPort());
    binance.setOptions(options);
    auto* feed = dynamic_cast<WebSocketFeed*>(binance.marketFeed());

    models::OrderBookModel model(QStringLiteral("BTC/USDT"));
    model.setDepth(25);
    uint64_t applied = 0;
    SteadyClock::time_point handled;
    feed->setFrameObserver([&] { handled = SteadyClock::now(); });
    models::StreamRelay::Handlers handlers;
    handlers.book = [&](const OrderBook& book) {
        model.applySnapshot(book);
        ++applied;
    };
    models::StreamRelay relay(*feed, MarketFeed::Channel::OrderBook, "BTC/USDT", 100, handlers);
    while (!client || applied == 0) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    uint64_t id = 1001;
    double feedSeconds = 0;
    for (auto _ : state) {
        // A change near the top on both sides, as most live deltas are.
        const std::string price = std::to_string(49990 + int(id % 10)) + ".00";
        const std::string frame = R"({"e":"depthUpdate","E":1,"s":"BTCUSDT","U":)" + std::to_string(id) + R"(,"u":)"
            + std::to_string(id) + R"(,"b":[[")" + price + R"(",")" + std::to_string(id % 7 + 1)
            + R"("]],"a":[["50005.00",")" + std::to_string(id % 5 + 1) + R"("]]})";
        ++id;
        const uint64_t before = applied;
        const auto sent = SteadyClock::now();
        client->sendTextMessage(QString::fromStdString(frame));
        client->flush();
        while (applied == before) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        const auto done = SteadyClock::now();
        state.SetIterationTime(std::chrono::duration<double>(done - sent).count());
        feedSeconds += std::chrono::duration<double>(handled - sent).count();
    }
    state.counters["feed_us"] =
        benchmark::Counter(feedSeconds * 1e6 / double(std::max<benchmark::IterationCount>(1, state.iterations())));
    if (feed->stats().bookResyncs != 0) {
        state.SkipWithError("the feed lost the book's thread during the run");
    }
}
BENCHMARK(BM_DepthFrameToModel)->UseManualTime()->Unit(benchmark::kMicrosecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
