// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoMarketSimulator.h"
#include "MatchingEngine.h"
#include "PracticeVenue.h"
#include "core/Exchange.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

namespace bourse::ex {

ExchangeDescription demoDescription();
class DemoMarketFeed;

// The exchange that lives inside the program (DESIGN.md, "The embedded demo exchange"): public data computed by
// DemoMarketSimulator from a seed and the clock, the user's orders filled by MatchingEngine against that market.
// No request ever leaves: the transport is ignored and every method answers synchronously. The same seed and
// the same clock (bourse-cli --time) give the same answers, to the digit.
//
// The account persists between runs in "demo-account.json" in the app data folder (PracticeAccount: read at the
// first private call, written atomically after every change), so a second bourse-cli run sees the first one's
// orders. Book, trades and ticker changes are also pushed through marketFeed() (DemoMarketFeed).
class Demo final : public Exchange, public PracticeVenue
{
public:
    static constexpr uint64_t kDefaultSeed = 20261124;
    static constexpr const char* kAccountFile = "demo-account.json";

    Demo(Transport& transport, Clock& clock);
    ~Demo() override;

    // Another market history. Call before use: open orders are not re-evaluated against the new history.
    void setSeed(uint64_t seed) { m_simulator.setSeed(seed); }
    uint64_t seed() const { return m_simulator.seed(); }
    const DemoMarketSimulator& simulator() const { return m_simulator; }
    // The engine with the account loaded into it.
    MatchingEngine& engine()
    {
        m_account.load();
        return m_engine;
    }

    // The opening balance of a practice account: enough to trade every market at a realistic size.
    static std::map<std::string, Decimal> defaultStartingBalance();
    // Where the account is kept (default: PracticeAccount::dataDirectory()/demo-account.json; empty: memory only)
    // and what a fresh one holds. Call before the first private call.
    void setStatePath(std::string path) { m_account.setStatePath(std::move(path)); }
    void setStartingBalance(std::map<std::string, Decimal> balance)
    {
        m_account.setStartingBalance(std::move(balance));
    }
    const std::optional<AccountFileError>& accountProblem() const { return m_account.problem(); }
    PracticeAccount& practiceAccount() override { return m_account; }
    void resetAccount(const std::optional<std::map<std::string, Decimal>>& balance = std::nullopt) override;

    MarketFeed* marketFeed() override;

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;

private:
    std::vector<Market> demoMarkets() const;
    int indexOf(const Market& market) const;
    long long now() { return clock().milliseconds(); }
    // Lets the market run over the user's resting orders from the last evaluation until now.
    void advance();
    // Records until when the market was evaluated and saves the account if it changed.
    void settle();
    // A private call: advance, compute, settle, answer (an error too: what advance() filled is saved).
    template<typename T, typename F> void onAccount(const Callback<T>& done, F&& compute)
    {
        advance();
        std::optional<Result<T>> result;
        try {
            result.emplace(compute());
        } catch (const Error& e) {
            result.emplace(e);
        }
        settle();
        done(std::move(*result));
    }
    // Runs `then` once markets are loaded; an empty symbol means every market, any other must exist.
    template<typename T, typename Then> void withOptionalMarket(const std::string& symbol, Callback<T> done, Then then)
    {
        if (symbol.empty()) {
            withMarkets<T>(done, then);
        } else {
            withMarket<T>(symbol, done, [then](const Market&) { then(); });
        }
    }

    DemoMarketSimulator m_simulator;
    MatchingEngine m_engine;
    PracticeAccount m_account;
    std::unique_ptr<DemoMarketFeed> m_feed;
};

} // namespace bourse::ex
