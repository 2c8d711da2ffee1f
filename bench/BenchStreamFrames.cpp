// SPDX-License-Identifier: GPL-3.0-or-later
// One book frame through a stream protocol's parse, for the protocols that read more than JSON: htx's gzipped
// mbp.150 update (with the inflate, and the same text unzipped to show what the inflate costs), kucoin's level2
// update (its changes put in sequence order) and deribit's book change. 20 bid and 20 ask changes a frame.
#include "core/Gzip.h"
#include "core/Http.h"
#include "deribit/Deribit.h"
#include "deribit/DeribitStream.h"
#include "htx/Htx.h"
#include "htx/HtxStream.h"
#include "kucoin/Kucoin.h"
#include "kucoin/KucoinStream.h"

#include <benchmark/benchmark.h>

using namespace bourse::ex;

namespace {

class NoTransport final : public Transport
{
public:
    void send(const HttpRequest&, std::function<void(HttpResponse)> done) override { done(HttpResponse {}); }
};

Market market(const std::string& id)
{
    Market m;
    m.id = id;
    m.symbol = "BTC/USDT";
    m.base = "BTC";
    m.quote = "USDT";
    m.spot = true;
    return m;
}

// 20 levels of one side around 37000: [price, amount] as numbers, or as strings (`quoted`), after an action
// (deribit's "change") or followed by a sequence (kucoin's).
std::string levels(bool bids, bool quoted, const std::string& action = {}, bool withSequence = false)
{
    std::string out = "[";
    for (int i = 0; i < 20; ++i) {
        const std::string price = std::to_string(bids ? 37000 - i : 37001 + i) + "." + std::to_string(i % 10);
        const std::string amount = "0." + std::to_string(1000 + i * 37);
        const std::string q = quoted ? "\"" : "";
        out += (i ? "," : "") + std::string("[") + (action.empty() ? "" : "\"" + action + "\",") + q + price + q + ","
            + q + amount + q + (withSequence ? ",\"" + std::to_string(5000 + i) + "\"" : "") + "]";
    }
    return out + "]";
}

template<typename ExchangeT, typename ProtocolT>
void parseFrames(benchmark::State& state, const std::string& marketId, const std::string& frame)
{
    NoTransport transport;
    Clock clock;
    ExchangeT exchange(transport, clock);
    exchange.setMarkets({market(marketId)});
    ProtocolT protocol;
    for (auto _ : state) {
        StreamEvents events;
        protocol.parse(frame, exchange, events);
        benchmark::DoNotOptimize(events.books.data());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(frame.size()));
}

const std::string kHtxText = R"({"ch":"market.btcusdt.mbp.150","ts":1700000000100,"tick":{"seqNum":1000,)"
                             R"("prevSeqNum":999,"bids":)"
    + levels(true, false) + R"(,"asks":)" + levels(false, false) + "}}";

void HtxGzippedUpdate(benchmark::State& state)
{
    parseFrames<Htx, HtxStream>(state, "btcusdt", gzip(kHtxText));
}
void HtxUpdateAsText(benchmark::State& state)
{
    parseFrames<Htx, HtxStream>(state, "btcusdt", kHtxText);
}
void KucoinLevel2Update(benchmark::State& state)
{
    parseFrames<Kucoin, KucoinStream>(
        state, "BTC-USDT",
        R"({"type":"message","topic":"/market/level2:BTC-USDT","subject":"trade.l2update","data":{"changes":{"asks":)"
            + levels(false, true, {}, true) + R"(,"bids":)" + levels(true, true, {}, true)
            + R"(},"sequenceEnd":5019,"sequenceStart":5000,"symbol":"BTC-USDT","time":1700000000200}})");
}
void DeribitBookChange(benchmark::State& state)
{
    parseFrames<Deribit, DeribitStream>(
        state, "BTC_USDT",
        R"({"jsonrpc":"2.0","method":"subscription","params":{"channel":"book.BTC_USDT.100ms","data":{"type":"change",)"
        R"("timestamp":1700000000200,"instrument_name":"BTC_USDT","prev_change_id":100,"change_id":101,"bids":)"
            + levels(true, false, "change") + R"(,"asks":)" + levels(false, false, "change") + "}}}");
}

} // namespace

BENCHMARK(HtxGzippedUpdate);
BENCHMARK(HtxUpdateAsText);
BENCHMARK(KucoinLevel2Update);
BENCHMARK(DeribitBookChange);
BENCHMARK_MAIN();
