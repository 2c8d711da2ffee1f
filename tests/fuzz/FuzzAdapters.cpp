// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every implemented adapter's parsers, reached the way `bourse-cli <id> <method> ...
// --respond-with FILE` reaches them: the unified method runs against a transport that answers every request with
// the input's body. Whatever the body, the method must end in a result or a typed Error, never a crash.
//
// Input: an optional first line, a JSON array [id, method, [args...], {credentials}], names the adapter, the
// method and its arguments (the seed corpus uses it, so a seed stays meaningful when adapters are added); the rest
// is the response body. Without a readable first line, the first two bytes choose the adapter and the method, and
// the rest is the body.
#include "MethodDispatch.h"
#include "Registry.h"
#include "core/Errors.h"
#include "core/OfflineTransports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace bourse;
using namespace bourse::ex;

namespace {

struct Adapter
{
    std::string id;
    std::vector<Market> markets; // tests/exchanges/<id>/fixtures/markets.json, as the CLI's --markets
    std::string symbol; // a symbol of those markets, for the methods that take one
};

const char* const kMethods[] = {
    "fetchMarkets",      "fetchCurrencies",  "fetchTime",       "fetchTicker",      "fetchTickers",
    "fetchOrderBook",    "fetchTrades",      "fetchOHLCV",      "fetchBalance",     "createOrder",
    "cancelOrder",       "cancelAllOrders",  "fetchOrder",      "fetchOrders",      "fetchOpenOrders",
    "fetchClosedOrders", "fetchMyTrades",    "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress",
    "fetchDeposits",     "fetchWithdrawals",
};

std::vector<Adapter>& adapters()
{
    static std::vector<Adapter> list;
    return list;
}

std::vector<Market> readMarkets(const std::string& id)
{
    QFile file(QStringLiteral(BOURSE_FUZZ_FIXTURES "/%1/fixtures/markets.json").arg(QString::fromStdString(id)));
    std::vector<Market> markets;
    if (!file.open(QIODevice::ReadOnly)) {
        return markets;
    }
    auto doc = JsonDocument::tryParse(file.readAll().toStdString());
    if (!doc) {
        return markets;
    }
    for (const auto& m : doc->root().members()) {
        markets.push_back(Market::fromJson(m.value));
    }
    return markets;
}

// The arguments a method gets when the input does not say: ccxt's positional order, one symbol of the markets.
std::vector<JsonValue> defaultArgs(const std::string& method, const std::string& symbol)
{
    if (method == "fetchMarkets" || method == "fetchCurrencies" || method == "fetchTime" || method == "fetchTickers"
        || method == "fetchBalance" || method == "fetchTradingFees") {
        return {};
    }
    if (method == "fetchOHLCV") {
        return {JsonValue(symbol), JsonValue("1h")};
    }
    if (method == "createOrder") {
        return {JsonValue(symbol), JsonValue("limit"), JsonValue("buy"), JsonValue::number("0.5"),
                JsonValue::number("100")};
    }
    if (method == "cancelOrder" || method == "fetchOrder") {
        return {JsonValue("12345"), JsonValue(symbol)};
    }
    if (method == "fetchDepositAddress" || method == "fetchDeposits" || method == "fetchWithdrawals") {
        return {JsonValue("BTC")};
    }
    return {JsonValue(symbol)};
}

Credentials fakeCredentials()
{
    // ccxt's static-test credentials; a case's own (a base64 secret, say) come with its first line.
    Credentials c;
    c.apiKey = "key";
    c.secret = "secretsecret";
    c.password = "password";
    c.uid = "uid";
    return c;
}

struct Call
{
    const Adapter* adapter = nullptr;
    std::string method;
    std::vector<JsonValue> args;
    Credentials credentials = fakeCredentials();
    std::string_view body;
};

const Adapter* findAdapter(const std::string& id)
{
    for (const auto& a : adapters()) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

std::optional<Call> callFromHeader(std::string_view input)
{
    size_t newline = input.find('\n');
    if (newline == std::string_view::npos || input.empty() || input[0] != '[') {
        return std::nullopt;
    }
    auto header = JsonValue::parse(input.substr(0, newline));
    if (!header || !header->isArray() || header->items().size() < 2) {
        return std::nullopt;
    }
    const auto& items = header->items();
    auto id = items[0].asString();
    auto method = items[1].asString();
    if (!id || !method || !cli::isUnifiedMethod(*method)) {
        return std::nullopt;
    }
    Call call;
    call.adapter = findAdapter(*id);
    if (!call.adapter) {
        return std::nullopt;
    }
    call.method = *method;
    if (items.size() > 2 && items[2].isArray()) {
        call.args = items[2].items();
    } else {
        call.args = defaultArgs(call.method, call.adapter->symbol);
    }
    if (items.size() > 3 && items[3].isObject()) {
        for (const auto& [key, value] : items[3].members()) {
            std::string text = value.asString().value_or(std::string());
            if (key == "apiKey") {
                call.credentials.apiKey = text;
            } else if (key == "secret") {
                call.credentials.secret = text;
            } else if (key == "password") {
                call.credentials.password = text;
            } else if (key == "uid") {
                call.credentials.uid = text;
            } else {
                call.credentials.other[key] = text;
            }
        }
    }
    call.body = input.substr(newline + 1);
    return call;
}

Call callFromBytes(std::string_view input)
{
    Call call;
    const auto& list = adapters();
    call.adapter = &list[input.empty() ? 0 : static_cast<uint8_t>(input[0]) % list.size()];
    call.method = kMethods[input.size() < 2 ? 0 : static_cast<uint8_t>(input[1]) % std::size(kMethods)];
    call.args = defaultArgs(call.method, call.adapter->symbol);
    call.body = input.size() < 2 ? std::string_view() : input.substr(2);
    return call;
}

bool needsMarkets(const std::string& method)
{
    return method != "fetchMarkets" && method != "fetchCurrencies" && method != "fetchTime";
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    for (const auto& entry : Registry::entries()) {
        // demo and paper keep accounts on disk and have no parsers of a remote API.
        if (entry.status != "implemented" && entry.status != "partial") {
            continue;
        }
        if (entry.id == "demo" || entry.id == "paper") {
            continue;
        }
        Adapter adapter;
        adapter.id = entry.id;
        adapter.markets = readMarkets(entry.id);
        adapter.symbol = adapter.markets.empty() ? std::string("BTC/USDT") : adapter.markets.front().symbol;
        adapters().push_back(std::move(adapter));
    }
    if (adapters().empty()) {
        qFatal("no implemented adapters in the registry");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view input(reinterpret_cast<const char*>(data), size);
    Call call = callFromHeader(input).value_or(callFromBytes(input));

    FixedResponseTransport transport {std::string(call.body)};
    Clock clock;
    clock.fixAt(1700000000000);
    auto exchange = Registry::create(call.adapter->id, transport, clock);
    if (!exchange) {
        return 0;
    }
    exchange->setCredentials(call.credentials);
    ExchangeOptions options;
    options.offline = true;
    exchange->setOptions(options);
    if (needsMarkets(call.method) && !call.adapter->markets.empty()) {
        exchange->setMarkets(call.adapter->markets);
    }
    bool done = false;
    try {
        cli::callUnifiedMethod(*exchange, call.method, call.args, [&done](Result<JsonValue> result) {
            done = true;
            if (result.ok()) {
                (void)result.value().dump();
            }
        });
    } catch (const Error&) {
        // Bad arguments from a mutated first line: bourse-cli reports these the same way.
        return 0;
    }
    // The throttle holds a second request of a method for a moment.
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 3000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return 0;
}
