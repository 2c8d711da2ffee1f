// SPDX-License-Identifier: GPL-3.0-or-later
// Parse and normalise, side by side with ccxt (issue 9): the payloads that /work/shared/perf/gen_payloads.py writes
// (binance, kraken, okx; markets, currencies, tickers, orderbook, trades, ohlcv, balance, time) go through the
// adapter's unified method, the same work ccxt_bench.mjs times: the request is built (and signed), the canned
// answer is handed back, its JSON is parsed and the result normalised into the unified structs. Markets (and
// kraken's currencies) are preloaded from the unified files, as `bourse-cli --markets` loads them; the unified
// result is not serialised, as ccxt's timing does not serialise it either.
//
//   bench_parse --payloads=DIR    (or BOURSE_PERF_PAYLOADS=DIR; DIR holds manifest.json)
#include "Registry.h"
#include "core/Exchange.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <sstream>

using namespace bourse::ex;

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Answers every request with the payload, as FixedResponseTransport does, without keeping the requests: a
// benchmark sends millions of them.
class PayloadTransport final : public Transport
{
public:
    explicit PayloadTransport(const std::string& body)
        : m_body(body)
    {
    }
    void send(const HttpRequest&, std::function<void(HttpResponse)> done) override
    {
        HttpResponse response;
        response.status = 200;
        response.body = m_body;
        done(std::move(response));
    }

private:
    const std::string& m_body;
};

struct ExchangeData
{
    std::vector<Market> markets;
    std::vector<Currency> currencies;
};

struct Case
{
    std::string exchange;
    std::string kind;
    std::string method;
    JsonValue args; // as the manifest gives them to ccxt
    std::string payload;
    long long items = 0; // what ccxt returns
    bool needsMarkets = false; // preloaded markets (and currencies), as ccxt_bench gives them
    const ExchangeData* data = nullptr;
};

template<typename T> std::vector<T> loadUnified(const std::filesystem::path& file)
{
    std::vector<T> out;
    if (!std::filesystem::exists(file)) {
        return out;
    }
    JsonDocument doc = JsonDocument::parse(readFile(file));
    for (const auto& member : doc.root().members()) {
        out.push_back(T::fromJson(member.value));
    }
    return out;
}

std::string argString(const JsonValue& args, size_t i)
{
    return i < args.items().size() ? args.items()[i].asString().value_or("") : std::string();
}

OptInt argInteger(const JsonValue& args, size_t i)
{
    return i < args.items().size() ? args.items()[i].asInteger() : std::nullopt;
}

// One call of the case's unified method; the result's item count (as ccxt counts them) goes to `items`, or the
// error's text to `error`. The canned transport answers at once, so the callback has run when this returns.
void callOnce(Exchange& ex, const Case& c, long long& items, std::string& error)
{
    const JsonValue params = JsonValue::object();
    auto count = [&](auto n) { items = static_cast<long long>(n); };
    auto onError = [&](const Error& e) { error = e.message(); };
    const std::string& m = c.method;
    if (m == "fetchMarkets") {
        ex.fetchMarkets(params,
                        [&](Result<std::vector<Market>> r) { r.ok() ? count(r.value().size()) : onError(r.error()); });
    } else if (m == "fetchCurrencies") {
        ex.fetchCurrencies(
            params, [&](Result<std::vector<Currency>> r) { r.ok() ? count(r.value().size()) : onError(r.error()); });
    } else if (m == "fetchTickers") {
        ex.fetchTickers({}, params,
                        [&](Result<std::vector<Ticker>> r) { r.ok() ? count(r.value().size()) : onError(r.error()); });
    } else if (m == "fetchOrderBook") {
        ex.fetchOrderBook(argString(c.args, 0), argInteger(c.args, 1), params, [&](Result<OrderBook> r) {
            r.ok() ? count(r.value().bids.size() + r.value().asks.size()) : onError(r.error());
        });
    } else if (m == "fetchTrades") {
        ex.fetchTrades(argString(c.args, 0), argInteger(c.args, 1), argInteger(c.args, 2), params,
                       [&](Result<std::vector<Trade>> r) { r.ok() ? count(r.value().size()) : onError(r.error()); });
    } else if (m == "fetchOHLCV") {
        const std::string timeframe = argString(c.args, 1);
        ex.fetchOHLCV(argString(c.args, 0), timeframe.empty() ? "1m" : timeframe, argInteger(c.args, 2),
                      argInteger(c.args, 3), params,
                      [&](Result<std::vector<Ohlcv>> r) { r.ok() ? count(r.value().size()) : onError(r.error()); });
    } else if (m == "fetchBalance") {
        ex.fetchBalance(params,
                        [&](Result<Balance> r) { r.ok() ? count(r.value().currencies.size()) : onError(r.error()); });
    } else if (m == "fetchTime") {
        ex.fetchTime(params, [&](Result<long long> r) { r.ok() ? count(1) : onError(r.error()); });
    } else {
        error = "bench_parse does not know " + m;
    }
}

void runCase(benchmark::State& state, const Case& c, long long clockMs)
{
    PayloadTransport transport(c.payload);
    Clock clock;
    clock.fixAt(clockMs);
    auto ex = Registry::create(c.exchange, transport, clock);
    if (!ex) {
        state.SkipWithError(("no adapter for " + c.exchange).c_str());
        return;
    }
    Credentials credentials; // the conformance corpus's, as ccxt_bench signs with
    credentials.apiKey = "key";
    credentials.secret = "secretsecret";
    credentials.password = "password";
    credentials.uid = "uid";
    ex->setCredentials(credentials);
    ExchangeOptions options;
    options.offline = true;
    ex->setOptions(options);
    ex->throttler().setRateLimit(0); // ccxt_bench runs with enableRateLimit: false
    if (c.needsMarkets) {
        if (!c.data->currencies.empty()) {
            ex->setCurrencies(c.data->currencies);
        }
        ex->setMarkets(c.data->markets);
    }
    long long items = 0;
    std::string error;
    for (auto _ : state) {
        callOnce(*ex, c, items, error);
        if (!error.empty()) {
            break;
        }
        benchmark::DoNotOptimize(items);
    }
    if (!error.empty()) {
        state.SkipWithError(error.c_str());
        return;
    }
    // Fewer items than ccxt's is a difference in what the adapter keeps (binance drops markets whose
    // isSpotTradingAllowed is false; ccxt keeps them): reported beside the figures, not hidden.
    state.counters["ccxtItems"] = static_cast<double>(c.items);
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(c.payload.size()));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * items);
    state.counters["bytes"] = static_cast<double>(c.payload.size());
    state.counters["items"] = static_cast<double>(items);
}

// Takes --payloads=DIR out of argv (Google Benchmark refuses flags it does not know).
std::string takePayloadsDir(int& argc, char** argv)
{
    std::string dir;
    if (const char* env = std::getenv("BOURSE_PERF_PAYLOADS")) {
        dir = env;
    }
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a.starts_with("--payloads=")) {
            dir = std::string(a.substr(11));
        } else {
            argv[out++] = argv[i];
        }
    }
    argc = out;
    return dir;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the throttler's timer wants one; the canned answers never need the loop
    // A parse builds and frees megabytes of small blocks. Left to itself, glibc hands the freed top of the heap back
    // to the kernel after every call and faults it in again on the next (thousands of page faults a call, which a
    // shared VM bills at several microseconds each), and when it does so depends on the allocation history, so the
    // figures would swing several-fold between builds. Keeping the heap, as V8's does for ccxt, measures the parse.
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    const std::filesystem::path dir = takePayloadsDir(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    const std::filesystem::path manifestFile = dir / "manifest.json";
    if (dir.empty() || !std::filesystem::exists(manifestFile)) {
        std::cerr << "bench_parse: no payloads ("
                  << (dir.empty() ? "set BOURSE_PERF_PAYLOADS or --payloads=DIR"
                                  : manifestFile.string() + " is missing")
                  << "); make them with /work/shared/perf/gen_payloads.py or scripts/bench. Nothing to measure.\n";
        return 0;
    }
    const JsonDocument manifest = JsonDocument::parse(readFile(manifestFile));
    const long long clockMs = manifest.root()["clockMs"].integer().value_or(0);
    // Cases live as long as the run: the registered benchmarks refer to them.
    static std::deque<ExchangeData> exchangeData;
    static std::deque<Case> cases;
    for (const auto& ex : manifest.root()["exchanges"].members()) {
        ExchangeData& data = exchangeData.emplace_back();
        if (auto file = ex.value["unifiedMarkets"].string()) {
            data.markets = loadUnified<Market>(dir / *file);
        }
        if (auto file = ex.value["unifiedCurrencies"].string()) {
            data.currencies = loadUnified<Currency>(dir / *file);
        }
        for (const auto& kind : ex.value["kinds"].members()) {
            Case& c = cases.emplace_back();
            c.exchange = std::string(ex.key);
            c.kind = std::string(kind.key);
            c.method = kind.value["method"].stringOr("");
            c.args = JsonValue::fromRef(kind.value["args"]);
            c.payload = readFile(dir / kind.value["file"].stringOr(""));
            c.items = kind.value["items"].integer().value_or(0);
            c.needsMarkets = kind.value["needsMarkets"].boolean().value_or(false);
            c.data = &data;
            benchmark::RegisterBenchmark(("parse/" + c.exchange + "/" + c.kind).c_str(),
                                         [&c, clockMs](benchmark::State& state) { runCase(state, c, clockMs); })
                ->Unit(benchmark::kMicrosecond);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
