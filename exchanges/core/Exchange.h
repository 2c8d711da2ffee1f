// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ExchangeDescription.h"
#include "Http.h"
#include "Json.h"
#include "Result.h"
#include "RetryPolicy.h"
#include "Throttler.h"
#include "Types.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace bourse::ex {

class MarketFeed;
class StreamProtocol;

// API credentials, held only in memory and wiped when dropped. Never logged, never written to a file.
struct Credentials
{
    std::string apiKey;
    std::string secret;
    std::string password;
    std::string uid;
    std::map<std::string, std::string> other;

    Credentials() = default;
    Credentials(const Credentials&) = default;
    Credentials& operator=(const Credentials&) = default;
    ~Credentials();
    bool empty() const { return apiKey.empty() && secret.empty(); }
};

struct ExchangeOptions
{
    bool sandbox = false;
    // Every request goes to this origin instead of the exchange's host(s), path and query kept (tests, proxies).
    std::string apiUrl;
    // Every websocket stream connects to this origin instead (ws://127.0.0.1:port for a test's server).
    std::string streamUrl;
    int timeoutMs = 0; // 0: the exchange's default
    // Offline runs (the CLI's --dry-run / --respond-with) use fixed account facts instead of fetching them.
    bool offline = false;
};

// What an adapter sends, before signing: an API section of the description, a path below its URL, and the
// parameters in the order they are added (the order exchanges sign them in).
struct RequestSpec
{
    std::string api;
    std::string method = "GET";
    std::string path;
    JsonValue params = JsonValue::object();
    double cost = 1;
};

// Everything an exchange shares: the markets cache, symbol <-> id, currency codes, the request pipeline
// (throttle -> sign -> send -> handle errors -> parse) and the unified methods, which fail with NotSupported
// unless an adapter overrides them. Adapters add their description, signer, parsers and endpoint choices.
class Exchange
{
public:
    Exchange(ExchangeDescription description, Transport& transport, Clock& clock);
    virtual ~Exchange();
    Exchange(const Exchange&) = delete;
    Exchange& operator=(const Exchange&) = delete;

    const ExchangeDescription& description() const { return m_description; }
    const std::string& id() const { return m_description.id; }
    void setCredentials(Credentials credentials) { m_credentials = std::move(credentials); }
    const Credentials& credentials() const { return m_credentials; }
    void setOptions(ExchangeOptions options) { m_options = std::move(options); }
    const ExchangeOptions& options() const { return m_options; }
    Clock& clock() { return m_clock; }
    Throttler& throttler() { return m_throttler; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    const RetryPolicy& retryPolicy() const { return m_retry; }
    // Runs `then` after `ms` milliseconds through the retry policy's wait (a QTimer unless a test substitutes
    // one), unless the exchange is destroyed first.
    void later(int ms, std::function<void()> then);

    // ---- markets and currencies ----
    void setMarkets(std::vector<Market> markets);
    void setCurrencies(std::vector<Currency> currencies);
    bool marketsLoaded() const { return m_marketsLoaded; }
    const std::vector<Market>& markets() const { return m_markets; }
    const std::vector<Currency>& currencies() const { return m_currencies; }
    const Market* findMarket(std::string_view symbol) const;
    const Market* findMarketById(std::string_view id) const;
    const Currency* findCurrency(std::string_view code) const;
    // Throws BadSymbol.
    const Market& market(std::string_view symbol) const;
    // An exchange currency id as a unified code: the currencies cache, then the common-code map, upper-cased.
    std::string safeCurrencyCode(std::string_view currencyId) const;
    std::string commonCurrencyCode(std::string_view code) const;
    // The unified symbol for an exchange market id; unknown ids come back as given.
    std::string safeSymbol(std::string_view marketId, const Market* market = nullptr) const;

    void loadMarkets(Callback<std::monostate> done, bool reload = false);

    // ---- precision ----
    // TRUNCATE for amounts and costs, ROUND for prices, as ccxt does. Throw InvalidOrder when the result is zero.
    std::string amountToPrecision(const Market& market, const Decimal& amount) const;
    std::string priceToPrecision(const Market& market, const Decimal& price) const;
    std::string costToPrecision(const Market& market, const Decimal& cost) const;

    // ---- the unified API ----
    virtual void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done);
    virtual void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done);
    virtual void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done);
    virtual void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                              Callback<std::vector<Ticker>> done);
    virtual void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                                Callback<OrderBook> done);
    virtual void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Trade>> done);
    virtual void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Ohlcv>> done);
    virtual void fetchTime(const JsonValue& params, Callback<long long> done);
    virtual void fetchBalance(const JsonValue& params, Callback<Balance> done);
    virtual void createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                             const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done);
    virtual void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                             Callback<Order> done);
    virtual void cancelAllOrders(const std::string& symbol, const JsonValue& params, Callback<std::vector<Order>> done);
    virtual void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                            Callback<Order> done);
    virtual void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done);
    virtual void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                 Callback<std::vector<Order>> done);
    virtual void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                                   Callback<std::vector<Order>> done);
    virtual void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Trade>> done);
    virtual void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done);
    virtual void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done);
    virtual void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done);
    virtual void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                               Callback<std::vector<Transaction>> done);
    virtual void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                  Callback<std::vector<Transaction>> done);

    // ---- realtime ----
    // The exchange's push channel (order book snapshots and deltas, trades, tickers), or nullptr where it has none
    // yet and callers poll the methods above. Owned by the exchange.
    virtual MarketFeed* marketFeed() { return nullptr; }

    // ---- the request pipeline ----
    void request(const RequestSpec& spec, Callback<JsonDocument> done);
    template<typename T, typename Parse> void request(const RequestSpec& spec, Callback<T> done, Parse parse)
    {
        request(spec, [done = std::move(done), parse = std::move(parse)](Result<JsonDocument> reply) {
            if (!reply.ok()) {
                done(reply.error());
                return;
            }
            done(guarded<T>([&] { return parse(reply.value().root()); }));
        });
    }
    // The base URL of an API section, with sandbox and --api-url applied.
    std::string apiUrl(const std::string& section) const;

protected:
    // Turns a spec into the request that leaves, signed where the section is private. Pure apart from the clock.
    virtual HttpRequest sign(const RequestSpec& spec) = 0;
    // The exchange's own error shapes (an error code inside a 200 body...). Throws a typed Error; `json` is null
    // when the body is not JSON. Runs before the HTTP status is looked at, as in ccxt.
    virtual void handleErrors(const HttpResponse& response, const JsonDocument* json);
    void throwMapped(std::string_view code, std::string_view message, ErrorKind fallback) const;
    void requireCredentials() const;
    Error notSupported(std::string_view method) const;

    // Runs `then(market)` once markets are loaded, or reports BadSymbol / the load's error.
    template<typename T, typename Then> void withMarket(const std::string& symbol, Callback<T> done, Then then)
    {
        loadMarkets([this, symbol, done, then](Result<std::monostate> loaded) mutable {
            if (!loaded.ok()) {
                done(loaded.error());
                return;
            }
            const Market* m = findMarket(symbol);
            if (!m) {
                done(Error(ErrorKind::BadSymbol, m_description.id + " does not have market symbol " + symbol));
                return;
            }
            try {
                then(*m);
            } catch (const Error& e) {
                done(e);
            }
        });
    }
    // The websocket feed built on the protocol `make` gives, the first time it is asked for (an adapter's
    // marketFeed()); nullptr in offline runs, which have no network.
    MarketFeed* websocketFeed(const std::function<std::unique_ptr<StreamProtocol>()>& make);

    template<typename T, typename Then> void withMarkets(Callback<T> done, Then then)
    {
        loadMarkets([done, then](Result<std::monostate> loaded) mutable {
            if (!loaded.ok()) {
                done(loaded.error());
                return;
            }
            try {
                then();
            } catch (const Error& e) {
                done(e);
            }
        });
    }

    ExchangeDescription m_description;

private:
    void attempt(const RequestSpec& spec, int number, Callback<JsonDocument> done);
    Result<JsonDocument> interpret(const HttpRequest& sent, const HttpResponse& response);

    Transport& m_transport;
    Clock& m_clock;
    Throttler m_throttler;
    // Off unless the owner turns it on (the GUI's ExchangeWorker does): bourse-cli and the replay tests expect
    // exactly one request per call.
    RetryPolicy m_retry = RetryPolicy::once();
    // Expires with the exchange, so that a retry scheduled for later finds out it has nothing left to run on.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    Credentials m_credentials;
    ExchangeOptions m_options;
    std::vector<Market> m_markets;
    std::vector<Currency> m_currencies;
    std::unordered_map<std::string, size_t> m_marketBySymbol;
    std::unordered_map<std::string, size_t> m_marketById;
    std::unordered_map<std::string, size_t> m_currencyByCode;
    std::unordered_map<std::string, size_t> m_currencyById;
    bool m_marketsLoaded = false;
    std::vector<Callback<std::monostate>> m_marketsWaiting;
    // Last: it holds a reference to this exchange, so it goes first.
    std::unique_ptr<MarketFeed> m_websocketFeed;
};

// Parameters: a JSON object the caller passes through to the exchange (ccxt's `params`).
// Copies `extra`'s members into `into`, overriding, keeping order.
void mergeParams(JsonValue& into, const JsonValue& extra);
// Takes a member out of params (ccxt's omit after safeValue).
std::optional<JsonValue> takeParam(JsonValue& params, std::string_view key);
// Parameters as key/value text in order, for a query string or form body: strings and numbers as their text,
// booleans as true/false, arrays and objects as compact JSON.
std::vector<std::pair<std::string, std::string>> paramPairs(const JsonValue& params);
// A random client order id: the handle by which Bourse finds an order again when the answer to its creation was
// lost. `prefix` + 20 characters of [0-9a-z].
std::string randomClientOrderId(std::string_view prefix);

} // namespace bourse::ex
