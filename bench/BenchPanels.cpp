// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time and CPU of the panels that move fastest: the order book, the trades tape and the chart's forming
// candle. Each iteration is one update from the demo market applied to the panel's own model, then the event
// loop run until the view has painted what changed (the dirty rows, as on screen), on the offscreen platform.
// Counters: paints per update (a frame that painted nothing would be a cheat), updates/s of one core, and the
// share of one core the panel costs at the feed's pace (10 updates/s) and at a busy venue's (100 updates/s).
#include "demo/DemoMarketSimulator.h"
#include "models/CandleSeries.h"
#include "models/OrderBookModel.h"
#include "models/TradesModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/CandleChart.h"
#include "ui/Theme.h"
#include "ui/panels/ChartPanel.h"
#include "ui/panels/OrderBookPanel.h"
#include "ui/panels/TradesPanel.h"

#include <QApplication>
#include <QEvent>
#include <QStandardPaths>
#include <QTableView>
#include <benchmark/benchmark.h>
#include <ctime>
#include <qcustomplot.h>

using namespace bourse;

namespace {

constexpr long long kStart = 1764000000000;
constexpr long long kStepMs = 100;
constexpr int kPrepared = 600; // a minute of market, cycled through by the book (a snapshot replaces the last)
// Trades and candles only move forward in time, so those benchmarks run a fixed count of prepared updates.
constexpr int kForwardUpdates = 3000;

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Counts the paint events a widget receives: proof that each measured frame drew something.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    long long paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

// A demo session that is never started: the panels subscribe, but the benchmark alone feeds their models.
struct PanelRig
{
    ex::DemoMarketSimulator simulator {20261124};
    int market = simulator.indexOf("BTC/USD");
    models::ExchangeSession session {QStringLiteral("demo")};
    PaintCounter counter;

    void show(QWidget& panel, QWidget* painted)
    {
        panel.resize(420, 720);
        panel.show();
        painted->installEventFilter(&counter);
        frame();
    }
    // Delivers the model's signals' consequences: delayed layouts first, then the update request that paints.
    static void frame()
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    }
};

void report(benchmark::State& state, long long paints, double cpuSeconds)
{
    const double perUpdate = cpuSeconds / static_cast<double>(state.iterations());
    state.counters["paints/update"] = static_cast<double>(paints) / static_cast<double>(state.iterations());
    state.counters["updates/s"] = 1.0 / perUpdate;
    state.counters["core%@10/s"] = perUpdate * 10.0 * 100.0;
    state.counters["core%@100/s"] = perUpdate * 100.0 * 100.0;
}

void BM_OrderBookPanel(benchmark::State& state)
{
    PanelRig rig;
    ui::OrderBookPanel panel(rig.session, QStringLiteral("BTC/USD"));
    const auto& market = rig.simulator.markets()[static_cast<size_t>(rig.market)];
    panel.model()->setPrecision(*market.precision.price, 2, 5);
    std::vector<ex::OrderBook> books;
    for (int i = 0; i < kPrepared; ++i) {
        books.push_back(rig.simulator.orderBook(rig.market, kStart + i * kStepMs));
    }
    panel.model()->applySnapshot(books.back());
    rig.show(panel, panel.view()->viewport());
    rig.counter.paints = 0;
    size_t next = 0;
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        panel.model()->applySnapshot(books[next]);
        next = (next + 1) % books.size();
        PanelRig::frame();
    }
    report(state, rig.counter.paints, processCpuSeconds() - cpu0);
    state.counters["rows"] = panel.model()->rowCount();
}
BENCHMARK(BM_OrderBookPanel)->Unit(benchmark::kMicrosecond);

// Trades arrive in bursts: each update carries the trades of `range(0)` ms of market time.
void BM_TradesPanel(benchmark::State& state)
{
    PanelRig rig;
    ui::TradesPanel panel(rig.session, QStringLiteral("BTC/USD"));
    auto* model = rig.session.trades(QStringLiteral("BTC/USD"));
    model->setPrecision(2, 5);
    const long long burst = state.range(0);
    std::vector<std::vector<ex::Trade>> bursts;
    size_t tradesPrepared = 0;
    for (int i = 1; i <= kForwardUpdates; ++i) {
        const long long now = kStart + i * burst;
        bursts.push_back(rig.simulator.trades(rig.market, now - burst, 1000, now));
        tradesPrepared += bursts.back().size();
    }
    rig.show(panel, panel.findChild<QTableView*>()->viewport());
    rig.counter.paints = 0;
    size_t next = 0;
    long long inserted = 0;
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        inserted += model->applyTrades(bursts[next++]);
        PanelRig::frame();
    }
    report(state, rig.counter.paints, processCpuSeconds() - cpu0);
    state.counters["trades/update"] = static_cast<double>(tradesPrepared) / kForwardUpdates;
    state.counters["new/update"] = static_cast<double>(inserted) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TradesPanel)->Arg(100)->Arg(1000)->Iterations(kForwardUpdates)->Unit(benchmark::kMicrosecond);

// The forming one-minute candle moves every 100 ms; a new candle every 600 updates.
void BM_ChartLiveCandle(benchmark::State& state)
{
    PanelRig rig;
    ui::ChartPanel panel(rig.session, QStringLiteral("BTC/USD"), QStringLiteral("1m"));
    auto* series = rig.session.candles(QStringLiteral("BTC/USD"), QStringLiteral("1m"));
    constexpr long long minute = 60'000;
    series->apply(rig.simulator.candles(rig.market, minute, std::nullopt, 300, kStart));
    std::vector<ex::Ohlcv> forming;
    for (int i = 0; i < kForwardUpdates; ++i) {
        const long long now = kStart + i * kStepMs;
        forming.push_back(rig.simulator.candle(rig.market, now - now % minute, minute, now));
    }
    rig.show(panel, panel.chart()->plot());
    rig.counter.paints = 0;
    size_t next = 0;
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        series->apply({forming[next++]});
        PanelRig::frame();
    }
    report(state, rig.counter.paints, processCpuSeconds() - cpu0);
    state.counters["candles"] = static_cast<double>(panel.chart()->candleCount());
}
BENCHMARK(BM_ChartLiveCandle)->Iterations(kForwardUpdates)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    // Offscreen unless the caller chose a platform: the frame is painted into the backing store as on a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ui::Theme::applyDark(app);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
