// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"
#include "demo/MatchingEngine.h"
#include "demo/PracticeVenue.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace bourse::ex {

// Paper trading on a real exchange (DESIGN.md, "The embedded demo exchange"): the exchange's public data as it
// is (markets, tickers, books, trades, candles pass straight through the wrapped adapter), and the user's orders
// filled by Bourse's MatchingEngine against it, with practice money that never reaches the exchange.
//
// - createOrder fetches the real order book first, settles the resting orders against it, then executes the new
//   order: a marketable one walks the real levels at the taker fee, the rest rests.
// - A resting order fills, at its price and the maker fee, when a book fetched later (fetchOrderBook, or the next
//   createOrder on its market) crosses it, or when trades fetched later (fetchTrades) printed beyond its price
//   after it was placed. No request is made just to watch the orders: they move when the user (or the terminal's
//   panels) looks at the market.
// - Balances, orders and my trades come from the engine, kept in "paper-<id>-account.json" beside the demo's.
//
// No credentials are needed or ever sent. The description says "paper" in its id, its name and its `paper` flag.
class PaperExchange final : public Exchange, public PracticeVenue
{
public:
    static constexpr const char* kIdPrefix = "paper-";

    // `real` is the adapter whose public data is used; it shares this exchange's transport and clock.
    PaperExchange(std::unique_ptr<Exchange> real, Transport& transport, Clock& clock);
    ~PaperExchange() override;

    // The wrapped exchange, with this one's options (host override, timeout, offline mode) and preloaded markets.
    Exchange& real();
    static std::map<std::string, Decimal> defaultStartingBalance();

    void setStatePath(std::string path) { m_account.setStatePath(std::move(path)); }
    void setStartingBalance(std::map<std::string, Decimal> balance)
    {
        m_account.setStartingBalance(std::move(balance));
    }
    const std::optional<AccountFileError>& accountProblem() const { return m_account.problem(); }
    PracticeAccount& practiceAccount() override { return m_account; }
    void resetAccount(const std::optional<std::map<std::string, Decimal>>& balance = std::nullopt) override;
    // The engine with the account loaded into it.
    MatchingEngine& engine();

    // ---- public data: the real exchange's ----
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
    MarketFeed* marketFeed() override;

    // ---- the paper account ----
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
    // Paper trading sends no request of its own: public data goes through the wrapped adapter's pipeline.
    HttpRequest sign(const RequestSpec& spec) override;

private:
    long long now() { return clock().milliseconds(); }
    // Gives the engine every market it does not know yet (precision, limits, the exchange's fees).
    void addEngineMarkets();
    // The market moved: settle the resting orders against a fetched book or fetched trades, and save.
    void onBook(const OrderBook& book);
    void onTrades(const std::string& symbol, const std::vector<Trade>& trades);
    // Answers a private call from the engine: compute, save, answer (errors named after this exchange).
    template<typename T, typename F> void answer(const Callback<T>& done, F&& compute);
    template<typename T, typename Then> void withOptionalMarket(const std::string& symbol, Callback<T> done, Then then)
    {
        if (symbol.empty()) {
            withMarkets<T>(done, then);
        } else {
            withMarket<T>(symbol, done, [then](const Market&) { then(); });
        }
    }

    std::unique_ptr<Exchange> m_real;
    MatchingEngine m_engine;
    PracticeAccount m_account;
    size_t m_engineMarkets = 0;
};

ExchangeDescription paperDescription(const ExchangeDescription& real);

} // namespace bourse::ex
